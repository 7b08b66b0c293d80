"""Registering the bundled Korean font (NanumSquare) with Qt, once.

Without it, Hangul would render as empty boxes on a machine with no CJK font: everything the
app shows ships with it."""

from __future__ import annotations

from functools import lru_cache

from hvviz.core.resources import FONT_FAMILY, ResourceMissing, font_paths


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the bundled NanumSquare fonts; return the family name. Needs a QGuiApplication."""
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for path in font_paths():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise ResourceMissing(f"Qt could not load the bundled font {path.name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families else sorted(families)[0]
