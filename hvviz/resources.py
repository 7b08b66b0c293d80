"""Paths into `assets/` and `content/`, the bundled fonts and the icons.

In a source checkout the folders sit beside the package; an installed wheel carries
them inside it (`hvviz/assets`, `hvviz/content`). Everything the app shows ships
with it: nothing is fetched at run time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
FONT_FAMILY = "NanumSquare"
FONT_FILES = ("NanumSquareR.ttf", "NanumSquareB.ttf")


class ResourceMissing(FileNotFoundError):
    """A bundled file is not where it should be; the message lists what exists."""


def _data_dir(name: str) -> Path:
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise ResourceMissing(f"hvviz's `{name}` folder is missing (looked in {PACKAGE_DIR} and {PACKAGE_DIR.parent})")


def assets_dir() -> Path:
    return _data_dir("assets")


def default_content_dir() -> Path:
    return _data_dir("content")


def asset(relative: str) -> Path:
    """A file under `assets/`; a missing one is an error naming what is there."""
    path = assets_dir() / relative
    if not path.is_file():
        folder = path.parent
        known = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        raise ResourceMissing(f"no asset `{relative}`; {folder} has: {', '.join(known) or 'nothing'}")
    return path


def icon_path(name: str) -> Path:
    """The SVG icon `assets/icons/<name>.svg`."""
    return asset(f"icons/{name}.svg")


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the bundled NanumSquare fonts once; return the family name.

    Needs a QGuiApplication. Without the bundled font, Hangul would render as empty
    boxes on a machine with no CJK font.
    """
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(asset(f"fonts/{name}")))
        if font_id < 0:
            raise ResourceMissing(f"Qt could not load the bundled font {name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families else sorted(families)[0]
