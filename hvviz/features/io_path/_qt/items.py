"""What the I/O animation draws: the travelling request, its trail, and a callout per step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsObject

from hvviz.core.theme import TYPE_SCALE, Theme
from hvviz.gui.scene_fonts import scene_font

TOKEN_RADIUS = 26.0
CALLOUT_MAX_WIDTH = 420.0
#: narrower wrappings the player may choose, to fit a callout between the stacks
CALLOUT_NARROW_WIDTHS = (300.0, 220.0)


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
    """The dashed line through the points the request has already passed."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.theme = theme
        self._path = QPainterPath()
        self.setZValue(15)

    def set_points(self, points: list[QPointF]) -> None:
        self.prepareGeometryChange()
        path = QPainterPath()
        if points:
            path.moveTo(points[0])
            for point in points[1:]:
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
        painter.setPen(QPen(colour, 5, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap))
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

    def set_text(self, text: str, max_width: float = CALLOUT_MAX_WIDTH) -> None:
        """The bubble's text, wrapped to lines of at most `max_width`."""
        self.prepareGeometryChange()
        self._text = text
        self._rect = QRectF(QPointF(0, 0), self.bubble_size(text, max_width))
        self.update()

    def bubble_size(self, text: str, max_width: float = CALLOUT_MAX_WIDTH) -> QSizeF:
        """The bubble's size for `text` wrapped to `max_width`, without showing it."""
        bounds = QFontMetricsF(self._font).boundingRect(QRectF(0, 0, max_width, 400), int(Qt.TextFlag.TextWordWrap), text)
        return QSizeF(bounds.width() + 24, bounds.height() + 14)

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
        painter.drawText(self._rect.adjusted(12, 7, -12, -7), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), self._text)
