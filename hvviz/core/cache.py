"""A cache of validated content, so that a start-up need not parse the YAML again.

Reading and checking a pack costs more than a tenth of hvviz's start-up (importing PyYAML,
then some 220 KB of YAML). The result depends only on the pack's bytes, on the declarations
it is read by and on the code that reads it, so the cache is kept in the user's cache folder
with a key made of exactly that:

- hvviz's version and the pack's folder;
- the schema's fingerprint (`schema.fingerprint`): any declared field, record or file;
- the loader's code: each Qt-free module of `core` and of every feature, by size and modification
  time, as Python's own bytecode cache knows its sources;
- a checksum of the bytes of every file in the pack's folder (`zlib.crc32`, well under a
  millisecond), so an edit that keeps a file's size and time (`cp -p`, `rsync`) is seen too.

The key is compared whole, so anything else always gives a fresh, fully checked load.
`HVVIZ_NO_CACHE=1` turns the cache off.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Iterable

from hvviz import __version__
from hvviz.core.atomic_write import write_atomically
from hvviz.core.content import Content
from hvviz.core.feature import Feature
from hvviz.core.schema import fingerprint

#: larger files in a pack's folder are left out of its checksum (they are not content)
MAX_CHECKSUM_BYTES = 8 * 1024 * 1024


def cache_dir() -> Path:
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "hvviz"


def _stamps(paths: Iterable[str]) -> str:
    value = 0
    for path in paths:
        info = os.stat(path)
        value = zlib.crc32(f"{path} {info.st_size} {info.st_mtime_ns}".encode(), value)
    return f"{value:08x}"


def _checksum(paths: Iterable[str], root: str) -> str:
    value = 0
    for path in paths:
        value = zlib.crc32(os.path.relpath(path, root).encode(), value)
        with open(path, "rb") as stream:
            value = zlib.crc32(stream.read(MAX_CHECKSUM_BYTES), value)
    return f"{value:08x}"


def _python_files(folder: str) -> list[str]:
    with os.scandir(folder) as entries:
        return sorted(entry.path for entry in entries if entry.name.endswith(".py") and entry.is_file())


def code_files(features: Iterable[Feature]) -> list[str]:
    """The loader's code: every module of the core, and each feature's Qt-free modules."""
    files = _python_files(os.path.dirname(__file__))
    for feature in features:
        files += _python_files(os.path.dirname(sys.modules[feature.package].__file__))
    return files


def pack_files(folder) -> list[str]:
    """Every regular file in the pack's folder and below, but hidden ones, in a fixed order."""
    found = []
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                found += pack_files(entry.path)
            elif entry.is_file():
                found.append(entry.path)
    return found


def content_key(folder: Path, features: Iterable[Feature]) -> str | None:
    """What the cached content depends on (None if the folder cannot be read)."""
    features = list(features)
    folder = os.path.realpath(folder)
    try:
        code = _stamps(code_files(features))
        data = _checksum(pack_files(folder), folder)
    except OSError:
        return None
    schema = fingerprint(content_file for feature in features for content_file in feature.files)
    return f"hvviz {__version__}\n{folder}\nschema {schema}\ncode {code}\ncontent {data}"


def cache_path(key: str) -> Path:
    """Where the content for `key` is kept (the key itself is stored inside and compared whole)."""
    return cache_dir() / f"content-{zlib.crc32(key.encode()):08x}.pickle"


def load_content_cached(folder: Path | str, features: Iterable[Feature]) -> Content:
    """The pack in `folder`: from the cache when nothing it depends on changed, else checked in full.

    Raises `ContentErrors` for broken content, exactly as `loader.load_content`."""
    folder = Path(folder)
    features = list(features)
    enabled = os.environ.get("HVVIZ_NO_CACHE", "") in ("", "0")
    key = content_key(folder, features) if enabled else None
    path = cache_path(key) if key else None
    if path is not None and path.is_file():
        try:
            stored_key, content = pickle.loads(path.read_bytes())
            if stored_key == key and isinstance(content, Content):
                return content
        except Exception:  # a stale or damaged cache is simply rebuilt
            pass
    from hvviz.core.loader import load_content  # imports PyYAML: only when really loading

    content = load_content(folder, features)
    if path is not None:
        _write(path, key, content)
    return content


def _write(path: Path, key: str, content: Content) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("content-*.pickle"):  # drop caches unused for a week
            if old != path and old.stat().st_mtime < path.parent.stat().st_mtime - 7 * 86400:
                old.unlink(missing_ok=True)
        write_atomically(path, pickle.dumps((key, content), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # no cache: the next start-up checks the files again
