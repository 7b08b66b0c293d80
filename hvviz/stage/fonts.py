"""Fonts for the stage, sized in scene units.

A point size depends on the device's dots per inch, so the same scene would draw its text
three times larger on a 300-dpi PDF page than on a screen. Pixel sizes are scene units:
text keeps its place in the drawing on any device.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

#: the type scale (theme.TYPE_SCALE) is written in points at 96 dpi
PIXELS_PER_POINT = 96 / 72


def scene_font(family: str, size: float, bold: bool = False) -> QFont:
    """`family` at `size` (type-scale points), in scene pixels."""
    font = QFont(family)
    font.setBold(bold)
    font.setPixelSize(max(1, round(size * PIXELS_PER_POINT)))
    return font
