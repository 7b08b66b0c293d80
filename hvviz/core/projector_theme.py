"""The projector theme, as PhET's projector mode: light, high contrast, thick outlines, larger labels.

Every text reaches 7:1 (WCAG AAA) on its background. A pack may give each kind's projector
fill; otherwise `projector_fill` darkens or lightens its default colour until its label does.
The selected layer must be found from the back of a room: the layers outside the selection fade
well towards the background (outlines too), and the selection has a thick dark ring, with a band of
the background inside it so that it stands out from any fill, dark or light.
"""

from __future__ import annotations

from hvviz.core.theme import Theme, contrast_ratio, readable_on

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
    kind_fills={},
    on_selection="#FFFFFF",
    outline_width=4.0,
    label_scale=1.15,
    min_contrast=7.0,
    dim_amount=0.6,
    dim_keeps_text=True,
)


#: the selected layer's ring in the projector theme, and the band of background inside it: their
#: widths on screen, in pixels (they grow in the scene as the stage is drawn smaller)
SELECTION_RING_PX = 6.0
SELECTION_HALO_PX = 3.0
#: and their widths in the scene at least
SELECTION_RING_MIN, SELECTION_HALO_MIN = 10.0, 4.0
#: the selected layer's outline in the other themes (scene units)
SELECTION_OUTLINE = 5.0


def selection_ring(theme: Theme, scale: float | None) -> tuple[float, float]:
    """The selected layer's outline for a stage drawn at `scale` (screen pixels per scene unit;
    None off screen): its width, and the width of a band of the background colour inside it (0
    but in the projector theme), in scene units."""
    if not theme.projector:
        return SELECTION_OUTLINE, 0.0
    scale = scale or 1.0
    return max(SELECTION_RING_MIN, SELECTION_RING_PX / scale), max(SELECTION_HALO_MIN, SELECTION_HALO_PX / scale)


def projector_fill(colour: str) -> str:
    """`colour`, with the same hue, made lighter or darker until the better of the two label
    colours reaches the projector's 7:1 on it (unchanged where it already does)."""
    import colorsys  # only for a pack that gives no projector fill of its own

    candidates = PROJECTOR.text_candidates
    if contrast_ratio(readable_on(colour, candidates), colour) >= PROJECTOR.min_contrast:
        return colour
    red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    for step in range(1, 101):
        for direction in (-1, 1):  # darker first: white labels on saturated fills read best
            shade = min(1.0, max(0.0, lightness + direction * step / 100))
            r, g, b = colorsys.hls_to_rgb(hue, shade, saturation)
            candidate = "#{:02X}{:02X}{:02X}".format(round(r * 255), round(g * 255), round(b * 255))
            if contrast_ratio(readable_on(candidate, candidates), candidate) >= PROJECTOR.min_contrast:
                return candidate
    return "#000000"
