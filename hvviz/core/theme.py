"""Colours and type: a theme's chrome, each layer kind's fill, text colours chosen by measured contrast.

A theme (`DEFAULT` here, `projector_theme.PROJECTOR`) gives the colours of everything but the layers;
the layers' fills come from the pack's manifest, one per kind, so a pack brings its own
colours. Each layer also carries its label and a kind icon, so colour is never the only cue.
"""

from __future__ import annotations

from functools import lru_cache
from collections import namedtuple

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


_THEME_FIELDS = (
    "name background surface text muted outline selection focus link kind_fills text_candidates on_link "
    "on_selection outline_width label_scale min_contrast dim_amount dim_keeps_text"
)


class Theme(namedtuple("Theme", _THEME_FIELDS, defaults=(("#111418", "#FFFFFF"), "#111418", "#0B0D11", 2.0, 1.0, 4.5,
                                                          0.55, False))):
    """The colours of everything but the layers, and how the look changes.

    `kind_fills` holds each layer kind's fill: the pack's colours for this theme (`with_fills`).
    `on_link` is the text on a checked toolbar button or tab marker (drawn on `link`); `on_selection`
    the text on `selection` (badges, the I/O callout and token). Layer labels grow by `label_scale`
    (projected text must be read from the back of a room); every text must reach `min_contrast` on
    its background (WCAG: 4.5 AA, 7 AAA); a layer that is not part of the selection fades
    `dim_amount` towards the background, and keeps fully readable text if `dim_keeps_text`."""

    __slots__ = ()

    @property
    def projector(self) -> bool:
        return self.name == "projector"

    def fill(self, kind: str) -> str:
        return self.kind_fills[kind]

    def text_on(self, kind: str) -> str:
        """The text colour for a layer of this kind: whichever candidate contrasts most with its fill."""
        return readable_on(self.kind_fills[kind], self.text_candidates)

    def with_fills(self, fills: dict[str, str]) -> "Theme":
        return self._replace(kind_fills=dict(fills))


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


#: point sizes in scene units (the stage scales with the window)
TypeScale = namedtuple("TypeScale", "stack_title stack_aka caption label detail badge")
TYPE_SCALE = TypeScale(stack_title=30, stack_aka=19, caption=17, label=23, detail=17, badge=19)


#: the default theme: dark, for a screen in a lit room; text at 4.5:1 (WCAG AA) or more
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
    kind_fills={},
)


def themes() -> dict[str, Theme]:
    """The themes by name, without kind fills (a pack adds its own)."""
    from hvviz.core.projector_theme import PROJECTOR

    return {DEFAULT.name: DEFAULT, PROJECTOR.name: PROJECTOR}


THEME_NAMES = ("default", "projector")


def theme_for(name: str, pack) -> Theme:
    """Theme `name` (the default one for an unknown name) with the pack's fills for its kinds."""
    base = themes().get(name) or themes()["default"]
    return base.with_fills(pack.fills(projector=base.projector))
