"""A cache of validated content, so that a start-up need not parse the YAML again.

Reading and checking the content files costs more than a tenth of hvviz's start-up
(importing PyYAML, then some 220 KB of YAML). The result depends only on those files and
on hvviz's version, so it is kept in the user's cache folder under a digest of exactly
that; any change to a file gives another digest and a fresh, fully checked load.

The cache is written by hvviz itself into a folder only the user can write, the same trust
as the bytecode Python caches beside its modules. Content files from elsewhere are still
only ever read with the safe YAML loader. `HVVIZ_NO_CACHE=1` turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from hvviz import __version__
from hvviz.model.content import Content

#: the shape of a cached file: raise it whenever the model's classes change
CACHE_FORMAT = 2
#: the files a content folder has, and those it may leave out
CONTENT_FILES = (
    "sources.yaml",
    "analogies.yaml",
    "definitions.yaml",
    "products.yaml",
    "notes.yaml",
    "stacks.yaml",
    "costs.yaml",
    "io_paths.yaml",
)
OPTIONAL_FILES = ("lesson.yaml",)


def cache_dir() -> Path:
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "hvviz"


def content_digest(folder: Path) -> str | None:
    """A digest of hvviz's version, the cache format and every content file's name and bytes
    (None if one is unreadable)."""
    digest = hashlib.sha256(f"hvviz {__version__} cache {CACHE_FORMAT}\n{Path(folder).resolve()}\n".encode())
    for name in CONTENT_FILES + OPTIONAL_FILES:
        path = Path(folder) / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            data = b"<missing>"
        except OSError:
            return None
        digest.update(name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def load_content_cached(folder: Path | str) -> Content:
    """The content of `folder`: from the cache when its files are unchanged, else checked in full.

    Raises `loader.ContentErrors` for broken content, exactly as `loader.load_content`."""
    folder = Path(folder)
    enabled = os.environ.get("HVVIZ_NO_CACHE", "") in ("", "0")
    digest = content_digest(folder) if enabled else None
    path = cache_dir() / f"content-{digest}.pickle" if digest else None
    if path is not None and path.is_file():
        try:
            content = pickle.loads(path.read_bytes())
            if isinstance(content, Content):
                return content
        except Exception:  # a stale or damaged cache is simply rebuilt
            pass
    from hvviz.model.loader import load_content  # imports PyYAML: only when really loading

    content = load_content(folder)
    if path is not None:
        _write(path, content)
    return content


def _write(path: Path, content: Content) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("content-*.pickle"):  # one folder's cache at a time is plenty
            if old != path and old.stat().st_mtime < path.parent.stat().st_mtime - 7 * 86400:
                old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            out.write(pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(out.name, path)
    except OSError:
        pass  # no cache: the next start-up checks the files again
