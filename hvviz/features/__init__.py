"""The features, each in a folder of its own; this plain list registers them.

A feature declares its content files, checks, words and actions as data in its package
(`FEATURE`), keeps its Qt-free logic beside them and its views under `_qt/`, which the shell
imports only when they are first shown. No entry points are scanned: start-up imports exactly
the packages named here.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

#: in the order their files are read, their menus are built and their keys are listed
NAMES = ("stacks", "notes", "products", "io_path", "charts", "lecture", "export", "quiz", "glossary", "reader", "search")


@lru_cache(maxsize=1)
def all_features() -> tuple:
    """Every registered feature's declaration (`hvviz.core.feature.Feature`)."""
    return tuple(importlib.import_module(f"{__name__}.{name}").FEATURE for name in NAMES)


def feature(name: str):
    return next(f for f in all_features() if f.name == name)


def load_pack(folder: Path | str, cached: bool = True):
    """The pack in `folder`, read by the registered features: from the content cache when nothing
    it depends on changed, else checked in full. Raises `ContentErrors` for broken content."""
    if cached:
        from hvviz.core.cache import load_content_cached

        return load_content_cached(folder, all_features())
    from hvviz.core.loader import load_content

    return load_content(folder, all_features())


def check_pack(folder: Path | str):
    """(content, []) or (None, errors): the loader's full check, never the cache."""
    from hvviz.core.loader import check_content

    return check_content(folder, all_features())
