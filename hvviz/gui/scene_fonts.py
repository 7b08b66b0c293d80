"""Fonts for the stage and everything drawn on it, sized in scene units.

A point size depends on the device's dots per inch, so the same scene would draw its text
three times larger on a 300-dpi PDF page than on a screen. Pixel sizes are scene units:
text keeps its place in the drawing on any device.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

#: the type scale (`hvviz.core.theme.TYPE_SCALE`) is written in points at 96 dpi
PIXELS_PER_POINT = 96 / 72


def scene_font(family: str, size: float, bold: bool = False) -> QFont:
    """`family` at `size` (type-scale points), in scene pixels."""
    font = QFont(family)
    font.setBold(bold)
    font.setPixelSize(max(1, round(size * PIXELS_PER_POINT)))
    return font


#: a fitted font shrinks to this share of its size, no further
MIN_FONT_RATIO = 0.62


def fitted_font(family: str, size: float, bold: bool, text: str, width: float, floor: float | None = None) -> QFont:
    """The font at `size`, shrunk (to `floor`, by default a fixed share of `size`) until `text` fits `width`."""
    from PySide6.QtGui import QFontMetricsF

    floor = size * MIN_FONT_RATIO if floor is None else floor
    while True:
        font = scene_font(family, size, bold)
        if QFontMetricsF(font).horizontalAdvance(text) <= width or size <= floor:
            return font
        size = max(floor, size * 0.92)
