"""A cache of validated content, so that a start-up need not parse the YAML again.

Reading and checking the content files costs more than a tenth of hvviz's start-up
(importing PyYAML, then some 220 KB of YAML). The result depends only on those files and
on hvviz's version, so it is kept in the user's cache folder together with a key made of
exactly that: hvviz's version, the folder, and each file's size and modification time, the
same rule Python uses for its own bytecode caches. The key is compared whole, so an edited
file (or another version of hvviz) always gives a fresh, fully checked load.

The cache is written by hvviz itself into a folder only the user can write, the same trust
as the bytecode Python caches beside its modules. Content files from elsewhere are still
only ever read with the safe YAML loader. `HVVIZ_NO_CACHE=1` turns the cache off.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
import zlib
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


def content_key(folder: Path) -> str | None:
    """What the cached content depends on: hvviz's version, the cache format, the folder, and
    each content file's name, size and modification time (None if a file cannot be read)."""
    parts = [f"hvviz {__version__} cache {CACHE_FORMAT}", str(Path(folder).resolve())]
    for name in CONTENT_FILES + OPTIONAL_FILES:
        try:
            stat = (Path(folder) / name).stat()
        except FileNotFoundError:
            parts.append(f"{name} missing")
            continue
        except OSError:
            return None
        parts.append(f"{name} {stat.st_size} {stat.st_mtime_ns}")
    return "\n".join(parts)


def cache_path(key: str) -> Path:
    """Where the content for `key` is kept (the key itself is stored inside and compared whole)."""
    return cache_dir() / f"content-{zlib.crc32(key.encode()):08x}.pickle"


def load_content_cached(folder: Path | str) -> Content:
    """The content of `folder`: from the cache when its files are unchanged, else checked in full.

    Raises `loader.ContentErrors` for broken content, exactly as `loader.load_content`."""
    folder = Path(folder)
    enabled = os.environ.get("HVVIZ_NO_CACHE", "") in ("", "0")
    key = content_key(folder) if enabled else None
    path = cache_path(key) if key else None
    if path is not None and path.is_file():
        try:
            stored_key, content = pickle.loads(path.read_bytes())
            if stored_key == key and isinstance(content, Content):
                return content
        except Exception:  # a stale or damaged cache is simply rebuilt
            pass
    from hvviz.model.loader import load_content  # imports PyYAML: only when really loading

    content = load_content(folder)
    if path is not None:
        _write(path, key, content)
    return content


def _write(path: Path, key: str, content: Content) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("content-*.pickle"):  # one folder's cache at a time is plenty
            if old != path and old.stat().st_mtime < path.parent.stat().st_mtime - 7 * 86400:
                old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            out.write(pickle.dumps((key, content), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(out.name, path)
    except OSError:
        pass  # no cache: the next start-up checks the files again
