"""The lesson's progress while presenting: a thin bar across the bottom of the stage."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from hvviz.core.theme import Theme
from hvviz.state import AppState


class LessonProgress(QWidget):
    """A thin bar across the bottom of the stage: how far through the lesson we are."""

    def __init__(self, state: AppState, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.setFixedHeight(6)
        state.lesson_step_changed.connect(lambda _step: self.update())

    def fraction(self) -> float:
        count = len(self.state.content.lesson)
        return (self.state.lesson_step + 1) / count if count and self.state.lesson_step >= 0 else 0.0

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.theme.surface))
        done = self.rect()
        done.setWidth(round(self.width() * self.fraction()))
        painter.fillRect(done, QColor(self.theme.link))
