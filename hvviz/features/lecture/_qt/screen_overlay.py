"""The screen over the whole window while presenting: black, white, or the keys (? or F1).

The keys are a table on an opaque panel in the theme's surface colour, with an outline, centred
over the dimmed slide: no word of the slide shows through the table's cells.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette, QPen, QTextDocument,
                           QTextFrameFormat, QTextLength, QTextTable)
from PySide6.QtWidgets import QWidget

from hvviz.core.theme import Theme
from hvviz.state import AppState

#: how dark the slide is behind the panel of keys
HELP_DIM = QColor(0, 0, 0, 215)
#: the keys' text size: the window's height over this, within the bounds after it
HELP_TEXT_DIVISOR = 30
HELP_TEXT_BOUNDS = (13, 34)
#: the widest the panel's text gets, in text heights (a line that is read at a glance)
HELP_MEASURE = 36
#: the key column's share of the table, in per cent
KEY_COLUMN = 36


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
            painter.fillRect(self.rect(), HELP_DIM)
            self._paint_help(painter)

    # the keys -------------------------------------------------------------------------------
    def panel_rect(self) -> QRectF:
        """Where the panel of keys is drawn, centred in the overlay."""
        return self._help_layout()[1]

    def _paint_help(self, painter: QPainter) -> None:
        document, panel, padding = self._help_layout()
        theme = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = max(1.0, theme.outline_width)
        painter.setPen(QPen(QColor(theme.muted), border))
        painter.setBrush(QColor(theme.surface))
        painter.drawRoundedRect(panel.adjusted(border / 2, border / 2, -border / 2, -border / 2), 8, 8)
        painter.translate(panel.topLeft() + QPointF(padding, padding))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
        document.documentLayout().draw(painter, context)

    def _help_layout(self) -> tuple[QTextDocument, QRectF, float]:
        """The keys laid out at the largest readable size that fits the window, and their panel."""
        low, high = HELP_TEXT_BOUNDS
        pixels = max(low, min(high, self.height() // HELP_TEXT_DIVISOR))
        margin = max(12.0, self.height() * 0.04)
        while True:
            padding = round(pixels * 1.1)
            width = max(120.0, min(self.width() - 2 * (margin + padding), pixels * HELP_MEASURE))
            document = self._help_document(pixels, width)
            height = document.size().height()
            if pixels <= low or height + 2 * (margin + padding) <= self.height():
                break
            pixels -= 1
        panel = QRectF(0, 0, width + 2 * padding, height + 2 * padding)
        panel.moveCenter(QRectF(self.rect()).center())
        return document, panel, padding

    def _help_document(self, pixels: int, width: float) -> QTextDocument:
        document = QTextDocument(self)
        font = QFont(self.family)
        font.setPixelSize(pixels)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setMarkdown(self.help_markdown(self.state.language))
        for frame in document.rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                frame.setFormat(self._table_format(frame, pixels))
        document.setTextWidth(width)
        return document

    def _table_format(self, table: QTextTable, pixels: int):
        """The table of keys: full width, rows ruled in the muted colour, cells padded."""
        table_format = table.format()
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, KEY_COLUMN),
                                                QTextLength(QTextLength.Type.PercentageLength, 100 - KEY_COLUMN)])
        table_format.setBorder(1)
        table_format.setBorderBrush(QColor(self.theme.muted))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(max(3, round(pixels * 0.3)))
        table_format.setMargin(0)
        table_format.setTopMargin(pixels * 0.4)
        return table_format

