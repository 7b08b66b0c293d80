"""The titles of the packs in the pack picker. A pack not in use is not loaded: only its
manifest is read, with the loader's bounded reader, and only when the View menu first opens
(until then a pack is named by its folder), so start-up never imports PyYAML for it."""

from __future__ import annotations

from pathlib import Path

_titles: dict[str, dict[str, str]] = {}


def remember(pack) -> None:
    """The pack in use: its title is known without reading anything."""
    _titles[str(pack.folder.resolve())] = {"ko": pack.title.ko, "en": pack.title.en}


def read_titles(folders) -> None:
    """Read the manifests not read yet."""
    from hvviz.core.loader import read_document

    for folder in folders:
        key = str(Path(folder).resolve())
        if key in _titles:
            continue
        doc = read_document(Path(folder) / "pack.yaml", [])
        title = doc.get("title") if doc is not None else None
        _titles[key] = {lang: str(text) for lang, text in title.items()} if isinstance(title, dict) else {}


def pack_title(folder: Path, lang: str) -> str:
    return _titles.get(str(Path(folder).resolve()), {}).get(lang) or Path(folder).name
