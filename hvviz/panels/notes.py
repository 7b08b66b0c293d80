"""The notes panel: the selected layer's note (or the home note), as rendered Markdown."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QTextBrowser

from hvviz.panels.notes_markdown import note_markdown
from hvviz.state import AppState
from hvviz.theme import Theme
from hvviz.ui_text import tr


class NotesPanel(QTextBrowser):
    def __init__(self, state: AppState, theme: Theme, family: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.setOpenLinks(False)  # links open in the user's browser, only when clicked
        self.anchorClicked.connect(self._open_link)
        font = QFont(family)
        font.setPointSizeF(11.5)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(14)
        self.setStyleSheet(
            f"QTextBrowser {{ background: {theme.surface}; color: {theme.text}; border: none;"
            f" selection-background-color: {theme.link}; }}"
        )
        self._link_colour = theme.link
        state.selection_changed.connect(self.refresh)
        state.language_changed.connect(self.refresh)
        state.shown_changed.connect(self.refresh)
        self.refresh()

    def shown_note_id(self) -> str:
        selected = self.state.selected
        return self.state.content.layer(selected).note if selected else self.state.content.home

    def refresh(self, *_args) -> None:
        content, lang = self.state.content, self.state.language
        selected = self.state.selected
        if selected is None:
            note, context = content.notes[content.home], ""
        else:
            note = content.note_for(selected)
            context = content.stack_of(selected).title.get(lang)
        self.setMarkdown(note_markdown(content, note, lang, context))
        self.setAccessibleName(tr("notes.accessible", lang) + ": " + note.title.get(lang))
        self.verticalScrollBar().setValue(0)

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
