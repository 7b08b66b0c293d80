"""What search finds: each feature yields its entries (`Feature.searchable`), in both languages.
Qt-free."""

from __future__ import annotations

from hvviz.core.text import Text


class Entry:
    """One thing search can find: a note, a layer, a glossary entry, a question.

    `kind` names what it is (a word key of the search feature, such as "note"); `title` and
    `body` are matched in both languages; `address` is the `hvviz://` place a result opens."""

    __slots__ = ("kind", "title", "body", "address")

    def __init__(self, kind: str, title: Text, body: Text, address: str):
        self.kind, self.title, self.body, self.address = kind, title, body, address

    def __repr__(self) -> str:
        return f"Entry({self.kind!r}, {self.address!r})"
