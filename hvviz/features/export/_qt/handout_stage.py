"""A stage of its own for the exports: the lesson's steps are drawn off screen on a state and a
scene that no window shows, so exporting never changes what is on screen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from hvviz.features.io_path._qt.player import IoPlayer
from hvviz.features.stacks._qt.scene import StageScene
from hvviz.state import AppState


class HandoutStage:
    """The lesson's steps, one at a time, every animation at its end."""

    def __init__(self, content, lang: str, theme: str, family: str, vectors: bool):
        """`vectors`: no item caches, so a PDF gets every item as vector graphics."""
        self.state = AppState(content, lang)
        self.state.set_theme(theme)
        self.scene = StageScene(self.state, self.state.theme, family)
        self.player = IoPlayer(self.state, self.scene, family)
        self.scene.set_caching(not vectors)

    @property
    def theme(self):
        return self.state.theme

    def show(self, index: int) -> None:
        self.state.go_to_step(index)
        self.scene.finish_animations()
        if self.player.steps():
            self.player.finish()
        self.scene.refresh_looks()  # links and badges for where the stacks have landed

    def render(self, painter: QPainter, target: QRectF) -> None:
        """The stage, scaled to fit `target` and centred in it."""
        source = self.scene.sceneRect()
        scale = min(target.width() / source.width(), target.height() / source.height())
        width, height = source.width() * scale, source.height() * scale
        fitted = QRectF(target.center().x() - width / 2, target.center().y() - height / 2, width, height)
        self.scene.render(painter, fitted, source, Qt.AspectRatioMode.KeepAspectRatio)

    def close(self) -> None:
        self.player.stop()
        self.scene.finish_animations()
        self.scene.clear()
        self.state.deleteLater()
