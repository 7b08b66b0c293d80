"""Where hvviz's bundled files are: `assets/` (fonts, the app icon) and `content/` (the packs).

In a source checkout the folders sit beside the package; an installed wheel carries them
inside it (`hvviz/assets`, `hvviz/content`). Everything the app shows ships with it: nothing
is fetched at run time. (Registering the fonts with Qt is `hvviz.gui.korean_font`.)
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
FONT_FAMILY = "NanumSquare"
FONT_FILES = ("NanumSquareR.ttf", "NanumSquareB.ttf")
#: the pack hvviz opens when none is asked for
DEFAULT_PACK = "hypervisors"


class ResourceMissing(FileNotFoundError):
    """A bundled file is not where it should be; the message lists what exists."""


def _data_dir(name: str) -> Path:
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise ResourceMissing(f"hvviz's `{name}` folder is missing (looked in {PACKAGE_DIR} and {PACKAGE_DIR.parent})")


def assets_dir() -> Path:
    return _data_dir("assets")


def packs_dir() -> Path:
    """The folder of the bundled content packs."""
    return _data_dir("content")


def default_content_dir() -> Path:
    """The bundled default pack's folder."""
    return packs_dir() / DEFAULT_PACK


def asset(relative: str) -> Path:
    """A file under `assets/`; a missing one is an error naming what is there."""
    path = assets_dir() / relative
    if not path.is_file():
        folder = path.parent
        known = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        raise ResourceMissing(f"no asset `{relative}`; {folder} has: {', '.join(known) or 'nothing'}")
    return path


def font_paths() -> list[Path]:
    return [asset(f"fonts/{name}") for name in FONT_FILES]


def app_icon_path() -> Path:
    return asset("icons/hvviz.svg")
