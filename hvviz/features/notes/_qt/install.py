"""The notes' views in the window: the notes panel, the side panel's first tab."""

from __future__ import annotations

from hvviz.features.notes._qt.panel import NotesPanel
from hvviz.features.notes.words import WORDS


class NotesViews:
    def __init__(self, host):
        self.panel = NotesPanel(host.state, host.family, addons=host.note_addons(), open_place=host.open_place)
        host.place("side", self.panel, title=WORDS["panel.notes"])


def install(host) -> NotesViews:
    return NotesViews(host)
