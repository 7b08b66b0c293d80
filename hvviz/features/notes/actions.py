"""The notes' keys, as data: the panel is one Tab stop, and its links are reached inside it."""

from __future__ import annotations

from hvviz.core.actions import Action
from hvviz.features.notes.words import WORDS


def actions(content) -> list[Action]:
    return [
        Action("notes.links", WORDS["keys.links"], keys=("Right", "Left"), key_text="→ ←", context="notes"),
        Action("notes.open_link", WORDS["keys.open_link"], keys=("Enter",), context="notes"),
    ]
