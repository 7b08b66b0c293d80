"""The kind icons of a pack, drawn in any colour: each is the SVG text from the pack's manifest,
with `currentColor` replaced (vector, so crisp at any zoom)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer


@lru_cache(maxsize=128)
def icon_renderer(svg: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
