"""What a feature declares, as data: its content files, the checks that join them, its words,
its actions and where its views are. The shell composes features from these declarations and
imports a feature's views only when they are first shown.

These are plain classes with slots rather than NamedTuples: they are defined at every
start-up, and a NamedTuple of fifteen fields costs some 2 M instructions to define.
"""

from __future__ import annotations

from typing import Callable

from hvviz.core.text import Text


class Check:
    """A check that joins several records or files, run on the loaded content.

    `run(content, report)` reports through `report.error(origin, message, expected)` and finds
    places with `report.where(record, key)` or `report.where_in_list(record, key, index)`. It is
    skipped when a file holding one of the `needs` namespaces could not be read, so one broken
    file gives one error, not one per reference."""

    __slots__ = ("needs", "run")

    def __init__(self, needs: tuple[str, ...], run: Callable):
        self.needs, self.run = needs, run


class SidePanel:
    """A tab of the side panel whose widget is built (and its module imported) when first shown.

    `build` is "module:function", called with the window's host, returning the widget; a `wide`
    panel widens the side panel when it is shown."""

    __slots__ = ("key", "title", "build", "wide")

    def __init__(self, key: str, title: Text, build: str, wide: bool = False):
        self.key, self.title, self.build, self.wide = key, title, build, wide


class Feature:
    """A feature's declaration.

    - `package`: the feature's package (`__name__` of its `__init__`): where its code is;
    - `files`: its content files (`hvviz.core.schema.ContentFile`);
    - `checks`: the checks that join them, or "module:NAME" of a tuple of them, imported only when
      content is really loaded;
    - `requires`: features a pack must also use when it uses this one;
    - `words`: its interface words;
    - `actions(content)`: its actions (`hvviz.core.actions.Action`), as data;
    - `views`: "module:function" that installs its views into the window, imported on first use;
      `built_at_start` when they are part of the first frame (the stage, the notes), and
      `wake(state)` -> True when they must be built now (a product's tab shown);
    - `markdown(content, lang)`: (where, Markdown) for every Markdown text it composes, so that
      `--check-content` checks exactly what is rendered (or "module:function");
    - `panels`: side panels beside the notes (`SidePanel`), built on first view;
    - `menus`: menus of its own (id → title), placed after the View menu;
    - `opens`: the kinds of place it opens (`hvviz.core.places`), kind → "module:function" called
      with (host, parts) when an `hvviz://` link of that kind is followed;
    - `note_addons`: "module:function(content, layer_id, markdown, lang) -> markdown", given each
      note's Markdown before it is shown (the glossary links its terms, the reader adds a link);
    - `searchable`: "module:function(content)" yielding `hvviz.core.search.Entry`: what search finds.
    """

    __slots__ = ("name", "doc", "package", "files", "checks", "requires", "words", "actions", "views",
                 "built_at_start", "markdown", "wake", "panels", "menus",
                 "opens", "note_addons", "searchable")

    def __init__(self, name: str, doc: str, package: str, files: tuple = (), checks: tuple | str = (),
                 requires: tuple[str, ...] = (), words: dict | None = None, actions: Callable | None = None,
                 views: str | None = None, built_at_start: bool = False, markdown: Callable | str | None = None,
                 wake: Callable | None = None, panels: tuple = (), menus: dict | None = None,
                 opens: dict[str, str] | None = None, note_addons: str | None = None, searchable: str | None = None):
        self.name, self.doc, self.package, self.files, self.checks = name, doc, package, files, checks
        self.requires, self.words, self.actions, self.views = requires, words or {}, actions, views
        self.built_at_start, self.markdown, self.wake = built_at_start, markdown, wake
        self.panels, self.menus = panels, menus or {}
        self.opens, self.note_addons, self.searchable = opens or {}, note_addons, searchable


def resolve(reference):
    """The object a "module:NAME" string names (anything else is returned as it is)."""
    if not isinstance(reference, str):
        return reference
    import importlib

    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)
