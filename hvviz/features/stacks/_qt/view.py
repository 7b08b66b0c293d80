"""The stage's view: fits the stacks to the window and turns clicks and keys into state changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from hvviz.core.navigation import neighbour, step
from hvviz.features.stacks._qt.scene import StageScene
from hvviz.features.stacks.words import tr
from hvviz.state import AppState

ARROWS = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
}


class StageView(QGraphicsView):
    def __init__(self, scene: StageScene, state: AppState, parent=None):
        super().__init__(scene, parent)
        # A viewport made here is known to PySide from the start. Qt's own would be met first in
        # the items' paint(), where PySide must find its Python class by trying every QWidget
        # subclass: about 14 ms of start-up, in the first frame.
        self.setViewport(QWidget())
        self.stage = scene
        self.state = state
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        scene.sceneRectChanged.connect(lambda _rect: self.fit())
        state.focus_changed.connect(self._describe_focus)
        state.language_changed.connect(self._describe_focus)
        state.content_changed.connect(self._describe_focus)
        self._describe_focus()

    zoom = 1.0
    ZOOM_RANGE = (0.5, 4.0)

    def fit(self) -> None:
        """Fit the stacks to the view, then apply the user's zoom around the centre. The fit is
        measured on the whole view, whether or not its scroll bars show, so that a zoom of 1.2
        is 1.2 times the fitted size (as `fitInView`, with its margin of 2 px)."""
        rect = self.stage.sceneRect()
        area = self.contentsRect().adjusted(2, 2, -2, -2)
        if rect.isEmpty() or area.width() <= 0 or area.height() <= 0:
            return
        fitted = min(area.width() / rect.width(), area.height() / rect.height())
        self.resetTransform()
        self.scale(fitted * self.zoom, fitted * self.zoom)
        self.centerOn(rect.center())

    def set_zoom(self, zoom: float) -> None:
        low, high = self.ZOOM_RANGE
        self.zoom = max(low, min(high, zoom))
        # zoomed in, the bars stay: shown "as needed", a bar that appears narrows the view, the view
        # fits again, the bar is not needed, it goes, and so on for ever (a freeze seen in a lecture)
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOn if self.zoom > 1.0 else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    # mouse ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.stage.set_keyboard_focus_visible(False)
        self.state.select(self.stage.layer_at(self.mapToScene(event.position().toPoint())))
        event.accept()

    # keyboard ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in ARROWS and plain:
            self._move_focus(neighbour(self.stage.layer_rects(), self.state.focused, ARROWS[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and plain:
            self.stage.set_keyboard_focus_visible(True)
            target = self.state.focused or next(iter(self.stage.layer_rects()), None)
            self.state.select(target)
        elif key == Qt.Key.Key_Escape and self.state.selected is not None:
            self.state.select(None)
        else:
            return super().keyPressEvent(event)
        event.accept()

    def _move_focus(self, layer_id: str | None) -> None:
        self.stage.set_keyboard_focus_visible(True)
        self.state.set_focus(layer_id)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks the layers; past the last (or first) it leaves the stage as usual."""
        if self.hasFocus():
            target = step(list(self.stage.layer_rects()), self.state.focused, forward)
            if target is not None:
                self._move_focus(target)
                return True
            self.stage.set_keyboard_focus_visible(False)
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            order = list(self.stage.layer_rects())
            if order:
                first = order[0] if event.reason() == Qt.FocusReason.TabFocusReason else order[-1]
                self._move_focus(first)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.stage.set_keyboard_focus_visible(False)

    # accessibility ----------------------------------------------------------------
    def _describe_focus(self, *_args) -> None:
        lang = self.state.language
        self.setAccessibleName(tr("stage.accessible", lang))
        focused = self.state.focused
        if focused is None:
            self.setAccessibleDescription(tr("caption.hint", lang))
            return
        layer = self.state.content.layer(focused)
        stack = self.state.content.stack_of(focused)
        note = self.state.content.note_for(focused)
        self.setAccessibleDescription(
            tr("stage.layer", lang, label=layer.label.get(lang), stack=stack.title.get(lang)) + ". " + note.summary.get(lang)
        )
