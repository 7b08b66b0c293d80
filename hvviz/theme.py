"""Colours and type: one colour per layer kind, text colours chosen by measured contrast.

Fills come from the Okabe–Ito palette, designed to stay distinguishable for
colour-blind viewers; each layer also carries its label and a kind icon, so colour
is never the only cue.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of `#RRGGBB`."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@lru_cache(maxsize=None)
def readable_on(fill: str, candidates: tuple[str, ...]) -> str:
    """The candidate text colour with the highest contrast against `fill`."""
    return max(candidates, key=lambda c: contrast_ratio(fill, c))


class Theme(NamedTuple):
    name: str
    background: str
    surface: str
    text: str
    muted: str
    outline: str
    selection: str
    focus: str
    link: str
    kind_fills: dict[str, str]
    text_candidates: tuple[str, ...] = ("#111418", "#FFFFFF")
    #: the text on a checked toolbar button or tab marker (drawn on `link`)
    on_link: str = "#111418"
    #: the text on `selection` (badges, the I/O callout and token)
    on_selection: str = "#0B0D11"
    outline_width: float = 2.0
    #: layer labels grow by this factor (projected text must be read from the back of a room)
    label_scale: float = 1.0
    #: the contrast every text must reach on its background (WCAG: 4.5 AA, 7 AAA)
    min_contrast: float = 4.5
    #: how far a layer that is not part of the selection fades towards the background
    dim_amount: float = 0.55
    #: whether dimmed layers keep fully readable text (a projected room needs it)
    dim_keeps_text: bool = False

    def fill(self, kind: str) -> str:
        return self.kind_fills[kind]

    def text_on(self, kind: str) -> str:
        """The text colour for a layer of this kind: whichever candidate contrasts most with its fill."""
        return readable_on(self.kind_fills[kind], self.text_candidates)


KIND_FILLS = {
    "hardware": OKABE_ITO["blue"],
    "hypervisor": OKABE_ITO["orange"],
    "host-os": OKABE_ITO["purple"],
    "management": OKABE_ITO["sky"],
    "guest": OKABE_ITO["green"],
    "app": OKABE_ITO["yellow"],
    "channel": OKABE_ITO["vermillion"],
}

def text_pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """(what, text colour, background colour) for every text the theme draws."""
    pairs = [(f"{kind} label", theme.text_on(kind), fill) for kind, fill in theme.kind_fills.items()]
    pairs += [
        ("text on background", theme.text, theme.background),
        ("text on panels", theme.text, theme.surface),
        ("secondary text on background", theme.muted, theme.background),
        ("secondary text on panels", theme.muted, theme.surface),
        ("badge and callout text", theme.on_selection, theme.selection),
        ("checked button", theme.on_link, theme.link),
    ]
    return pairs


DEFAULT = Theme(
    name="default",
    background="#171B22",
    surface="#20262F",
    text="#E9EDF2",
    muted="#A9B3C1",
    outline="#0B0D11",
    selection="#FFFFFF",
    focus="#F0E442",
    link="#56B4E9",
    kind_fills=KIND_FILLS,
)

#: PhET-style projector mode: a light room-friendly background, saturated fills with text at
#: 7:1 (WCAG AAA) or more, thick outlines and larger labels
PROJECTOR = Theme(
    name="projector",
    background="#FFFFFF",
    surface="#EEF0F3",
    text="#111418",
    muted="#3B4351",
    outline="#111418",
    selection="#111418",
    focus="#D55E00",
    link="#56B4E9",
    kind_fills={
        "hardware": "#00598B",
        "hypervisor": OKABE_ITO["orange"],
        "host-os": "#D48EB5",
        "management": OKABE_ITO["sky"],
        "guest": "#006247",
        "app": OKABE_ITO["yellow"],
        "channel": "#8D3E00",
    },
    on_selection="#FFFFFF",
    outline_width=4.0,
    label_scale=1.15,
    min_contrast=7.0,
    dim_amount=0.45,
    dim_keeps_text=True,
)

THEMES = {DEFAULT.name: DEFAULT, PROJECTOR.name: PROJECTOR}


class TypeScale(NamedTuple):
    """Point sizes in scene units (the stage scales with the window)."""

    stack_title: float = 30
    stack_aka: float = 19
    caption: float = 17
    label: float = 23
    detail: float = 17
    badge: float = 19


TYPE_SCALE = TypeScale()
