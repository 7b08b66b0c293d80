"""The notes panel: the selected layer's note (or the home note), as rendered Markdown."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from hvviz.panels.notes_markdown import note_markdown
from hvviz.state import AppState
from hvviz.theme import Theme
from hvviz.ui_text import tr


class NotesPanel(QTextBrowser):
    def __init__(self, state: AppState, theme: Theme, family: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.setTabChangesFocus(True)  # Tab moves on, as in any panel; links still open on click
        self.setOpenLinks(False)  # links open in the user's browser, only when clicked
        self.anchorClicked.connect(self._open_link)
        self._family = family
        self.set_text_size(15)
        self.document().setDocumentMargin(14)
        self.setStyleSheet(
            f"QTextBrowser {{ background: {theme.surface}; color: {theme.text}; border: none;"
            f" selection-background-color: {theme.link}; }}"
        )
        state.selection_changed.connect(self.refresh)
        state.language_changed.connect(self.refresh)
        state.shown_changed.connect(self.refresh)
        self.refresh()

    def set_text_size(self, pixels: int) -> None:
        """Body text size; the window scales it with its height so it reads well when projected."""
        font = QFont(self._family)
        font.setPixelSize(pixels)
        self._pixels = pixels
        self.document().setDefaultFont(font)
        self._space_blocks()

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
            if context == note.title.get(lang):
                context = ""
        self.setMarkdown(note_markdown(content, note, lang, context))
        self._space_blocks()
        self.setAccessibleName(tr("notes.accessible", lang) + ": " + note.title.get(lang))
        self.verticalScrollBar().setValue(0)

    def _space_blocks(self) -> None:
        """Breathing room between paragraphs and before headings (Markdown import sets none)."""
        px = getattr(self, "_pixels", 15)
        block = self.document().begin()
        cursor = QTextCursor(self.document())
        while block.isValid():
            fmt = QTextBlockFormat(block.blockFormat())
            heading = fmt.headingLevel()
            fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            if heading:
                fmt.setTopMargin(px * (0.4 if heading == 1 else 1.1))
                fmt.setBottomMargin(px * 0.35)
            elif block.textList() is None:
                fmt.setBottomMargin(px * 0.55)
            else:
                fmt.setBottomMargin(px * 0.2)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
