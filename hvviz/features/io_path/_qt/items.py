"""What the I/O animation draws: the travelling request, its trail, a callout per step and, where
the callout stands off, a leader line to the request."""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsObject

from hvviz.core.theme import TYPE_SCALE, Theme
from hvviz.gui.scene_fonts import scene_font

TOKEN_RADIUS = 26.0
CALLOUT_MAX_WIDTH = 420.0
#: narrower wrappings the player may choose, to fit a callout between the stacks
CALLOUT_NARROW_WIDTHS = (300.0, 220.0, 160.0)


class TokenItem(QGraphicsObject):
    """The request: a bright disc labelled I/O, moved by the player's animations."""

    def __init__(self, theme: Theme, family: str):
        super().__init__()
        self.theme = theme
        self._font = scene_font(family, TYPE_SCALE.badge, bold=True)
        self.setZValue(20)
        self.setVisible(False)

    def boundingRect(self) -> QRectF:
        r = TOKEN_RADIUS + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.theme.outline), 3))
        painter.setBrush(QColor(self.theme.selection))
        painter.drawEllipse(QPointF(0, 0), TOKEN_RADIUS, TOKEN_RADIUS)
        painter.setFont(self._font)
        painter.setPen(QColor(self.theme.on_selection))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, "I/O")


class TrailItem(QGraphicsObject):
    """The dotted line along the way the request has already come: right-angle lines along the
    blocks' edges, from stop to stop (the player works the ways out)."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.theme = theme
        self._path = QPainterPath()
        #: the ways drawn, each a list of corners in scene coordinates
        self.ways: list[list[QPointF]] = []
        self.setZValue(15)

    def set_ways(self, ways: list[list[QPointF]]) -> None:
        self.prepareGeometryChange()
        self.ways = [list(way) for way in ways]
        path = QPainterPath()
        for way in self.ways:
            path.moveTo(way[0])
            for point in way[1:]:
                path.lineTo(point)
        self._path = path

    def boundingRect(self) -> QRectF:
        return QRectF() if self._path.isEmpty() else self._path.boundingRect().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._path.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.theme.selection)
        colour.setAlphaF(0.7)  # the way so far stays readable under the layers' labels
        pen = QPen(colour, 5, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(self._path)


#: terms a callout never breaks across lines: "VM exit"; "한 번", a number and its counter
KEEP_TOGETHER = re.compile(r"\b(VM|VF) (exits?|entry)(?![A-Za-z])|(?<!\S)(한|두|세|네|몇) (번|개)")


def keep_together(text: str) -> str:
    """`text` with a no-break space inside each of the terms of `KEEP_TOGETHER`."""
    return KEEP_TOGETHER.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)


class LeaderItem(QGraphicsObject):
    """A thin line from the callout to the request, where the callout had to go further off than
    beside it; it keeps to the gaps, like the trail (the player works its way out)."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.theme = theme
        self.way: list[QPointF] = []
        self._path = QPainterPath()
        self.setZValue(24)

    def set_way(self, way: list[QPointF]) -> None:
        self.prepareGeometryChange()
        self.way = list(way)
        self._path = QPainterPath()
        if len(way) > 1:
            self._path.moveTo(way[0])
            for point in way[1:]:
                self._path.lineTo(point)

    def boundingRect(self) -> QRectF:
        return QRectF() if self._path.isEmpty() else self._path.boundingRect().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._path.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.theme.selection), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(self._path)


class CalloutItem(QGraphicsObject):
    """What happens at this step, in a bubble beside the request."""

    def __init__(self, theme: Theme, family: str):
        super().__init__()
        self.theme = theme
        self._font = scene_font(family, TYPE_SCALE.label, bold=True)
        self._text = ""
        self._rect = QRectF()
        self.setZValue(25)
        self.setVisible(False)

    @property
    def text(self) -> str:
        return self._text

    @property
    def shown_text(self) -> str:
        """The text as drawn: terms that must not break across lines held together (`keep_together`)."""
        return keep_together(self._text)

    @property
    def font(self):
        return self._font

    def set_text(self, text: str, max_width: float = CALLOUT_MAX_WIDTH) -> None:
        """The bubble's text, wrapped to lines of at most `max_width`."""
        self.prepareGeometryChange()
        self._text = text
        self._rect = QRectF(QPointF(0, 0), self.bubble_size(text, max_width))
        self.update()

    def bubble_size(self, text: str, max_width: float = CALLOUT_MAX_WIDTH) -> QSizeF:
        """The bubble's size for `text` wrapped to `max_width`, without showing it."""
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = QFontMetricsF(self._font).boundingRect(QRectF(0, 0, max_width, 400), flags, keep_together(text))
        return QSizeF(bounds.width() + 24, bounds.height() + 14)

    def bubble_rect(self) -> QRectF:
        """The bubble, in item coordinates."""
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self._text:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.theme.outline), 2))
        painter.setBrush(QColor(self.theme.selection))
        painter.drawRoundedRect(self._rect, 10, 10)
        painter.setPen(QColor(self.theme.on_selection))
        painter.setFont(self._font)
        painter.drawText(self._rect.adjusted(12, 7, -12, -7), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), self.shown_text)
