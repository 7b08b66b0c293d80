"""Sparing PySide6 from reading hvviz's source files.

Once PySide6 is imported, it checks every module imported after it for `from __feature__ import`
(snake_case, true_property): it reads the module's whole source with `inspect.getsource` and looks
for the word PySide6. hvviz uses no such feature, and imports some eighty small modules of its own
and a few large ones of the standard library after Qt, so the reads cost about 20 M instructions
of start-up (measured with callgrind). A meta path hook that finds nothing, but enters each module
in PySide's table as "no feature" before PySide asks, saves them. A module that does use a feature
still says so itself when it runs `from __feature__ import …`, which overwrites the entry. Where
the table is not there (another PySide6 release), nothing happens.
"""

from __future__ import annotations

import sys

#: PySide's value for "uses PySide, with no feature switched on"
NO_FEATURE = 0


class _TellPySide:
    def __init__(self, table: dict):
        self.table = table

    def find_spec(self, name: str, path=None, target=None):
        self.table.setdefault(name, NO_FEATURE)
        return None  # the ordinary finders find the module


def spare_source_reads() -> bool:
    """Install the hook (once); True if PySide's table was found."""
    feature = sys.modules.get("__feature__")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    if not any(isinstance(finder, _TellPySide) for finder in sys.meta_path):
        sys.meta_path.insert(0, _TellPySide(table))
    for name in list(sys.modules):  # imported before: PySide asks again at their next `import`
        table.setdefault(name, NO_FEATURE)
    return True
