"""The links between a selected layer and its counterparts in the other stacks: dashed curves
drawn in the gaps between stacks, so they never cross a layer."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsObject

from hvviz.core.theme import Theme


class LinkItem(QGraphicsObject):
    """Dashed connectors between a selected layer and its counterparts."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.theme = theme
        self._path = QPainterPath()
        self.segments: list[tuple[QPointF, QPointF]] = []
        self.segment_count = 0
        self.setZValue(-1)

    def set_segments(self, segments: list[tuple[QPointF, QPointF]]) -> None:
        self.prepareGeometryChange()
        #: (from, to) in scene coordinates: each on the outer edge of its stack, at its layer's height
        self.segments = list(segments)
        self.segment_count = len(segments)
        path = QPainterPath()
        for a, b in segments:
            path.moveTo(a)
            middle = (a.x() + b.x()) / 2
            path.cubicTo(QPointF(middle, a.y()), QPointF(middle, b.y()), b)
            path.addEllipse(a, 6, 6)
            path.addEllipse(b, 6, 6)
        self._path = path

    def boundingRect(self) -> QRectF:
        if self._path.isEmpty():
            return QRectF()
        return self._path.boundingRect().adjusted(-8, -8, 8, 8)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._path.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.theme.selection), 3.0, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
