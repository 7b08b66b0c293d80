"""The screen over the whole window while presenting: black, white, or the keys (? or F1)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QWidget

from hvviz.core.theme import Theme
from hvviz.state import AppState


class ScreenOverlay(QWidget):
    """Covers the whole window: black, white, or the list of keys."""

    def __init__(self, state: AppState, theme: Theme, family: str, parent: QWidget, help_markdown):
        """`help_markdown(lang)` is the list of keys (from the one table of actions)."""
        super().__init__(parent)
        self.state = state
        self.help_markdown = help_markdown
        self.theme = theme
        self.family = family
        self.mode = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.hide()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.setVisible(bool(mode))
        if mode:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self.mode == "black":
            painter.fillRect(self.rect(), QColor("#000000"))
        elif self.mode == "white":
            painter.fillRect(self.rect(), QColor("#FFFFFF"))
        elif self.mode == "help":
            painter.fillRect(self.rect(), QColor(0, 0, 0, 215))
            document = QTextDocument()
            font = QFont(self.family)
            font.setPixelSize(max(18, self.height() // 32))
            document.setDefaultFont(font)
            document.setDefaultStyleSheet(f"* {{ color: {self.theme.selection}; }}")
            document.setMarkdown(self.help_markdown(self.state.language))
            document.setTextWidth(min(self.width() * 0.8, 1100))
            x = (self.width() - document.textWidth()) / 2
            y = max(20.0, (self.height() - document.size().height()) / 2)
            painter.translate(x, y)
            painter.setPen(QColor(self.theme.selection))
            document.drawContents(painter, QRectF(0, 0, document.textWidth(), document.size().height()))
