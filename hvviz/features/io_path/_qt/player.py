"""Plays the I/O path of the current product and method: play, pause, step, speed.

Time controls in the manner of PhET's: the request hops from layer to layer, dwells a
moment at each so its callout can be read, and the learner can pause, step one hop, or
change the speed. The player owns no truth: the step reached lives in the app state, so
the notes and the caption follow it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QEasingCurve, QObject, QPauseAnimation, QPointF, QPropertyAnimation, QRectF, Signal

from hvviz.core.placement import place_callout
from hvviz.features.io_path._qt.items import CALLOUT_MAX_WIDTH, CALLOUT_NARROW_WIDTHS, TOKEN_RADIUS, CalloutItem, TokenItem, TrailItem
from hvviz.gui import animations
from hvviz.state import AppState

#: one hop from a layer to the next, at 1x
HOP_MS = 650
#: the pause at each layer so its callout can be read, at 1x
DWELL_MS = 1100
SPEEDS = (0.5, 1.0, 2.0, 4.0)


class IoPlayer(QObject):
    playing_changed = Signal(bool)
    #: the request is back where it started
    finished = Signal()

    def __init__(self, state: AppState, scene, family: str):
        """`scene` is the stage's scene (`hvviz.features.stacks._qt.scene.StageScene`)."""
        super().__init__(scene)
        self.state = state
        self.scene = scene
        self.speed = 1.0
        self._playing = False
        self._hop: QPropertyAnimation | None = None
        self._dwell: QPauseAnimation | None = None
        self.token = TokenItem(scene.theme, family)
        self.trail = TrailItem(scene.theme)
        self.callout = CalloutItem(scene.theme, family)
        for item in (self.trail, self.token, self.callout):
            scene.addItem(item)  # the scene keeps them when it rebuilds its stacks
        state.io_method_changed.connect(self._load)
        state.io_step_changed.connect(self._show_step)
        state.language_changed.connect(lambda _lang: self._show_step(self.state.io_step))
        state.theme_changed.connect(self._restyle)
        state.content_changed.connect(self._load)

    def _restyle(self, *_args) -> None:
        for item in (self.trail, self.token, self.callout):
            item.theme = self.state.theme
            item.update()

    # queries ------------------------------------------------------------------------
    def is_playing(self) -> bool:
        return self._playing

    def steps(self):
        path = self.state.io_path()
        return path.steps if path is not None else ()

    def at_end(self) -> bool:
        steps = self.steps()
        return bool(steps) and self.state.io_step == len(steps) - 1

    def _point(self, index: int) -> QPointF:
        item = self.scene.layer_item(self.steps()[index].layer)
        return item.mapToScene(item.marker_point())

    # controls -----------------------------------------------------------------------
    def play(self) -> None:
        if not self.steps():
            return
        if self.at_end():
            self.restart(play=False)
        self._set_playing(True)
        if self._resume_running():
            return
        self._advance()

    def pause(self) -> None:
        self._set_playing(False)
        for animation in (self._hop, self._dwell):
            if animation is not None and animation.state() == QAbstractAnimation.State.Running:
                animation.pause()

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def step(self) -> None:
        """One hop forward, then hold still."""
        self._set_playing(False)
        if self._hop is not None and self._hop.state() != QAbstractAnimation.State.Stopped:
            animations.finish(self._hop)  # arrive now; its finished handler records the step
            return
        self._stop(self._dwell)
        if not self.at_end():
            self._advance()

    def restart(self, play: bool = True) -> None:
        self._stop(self._hop)
        self._stop(self._dwell)
        self.state.set_io_step(-1)
        self._show_step(-1)
        if play:
            self.play()

    def set_speed(self, speed: float) -> None:
        if speed not in SPEEDS:
            raise ValueError(f"speed must be one of {SPEEDS}, not {speed}")
        self.speed = speed

    def finish(self) -> None:
        """Jump to the end of the path (screenshots, exports and tests)."""
        self._set_playing(False)
        self._stop(self._hop)
        self._stop(self._dwell)
        if self.steps():
            self.state.set_io_step(len(self.steps()) - 1)

    def stop(self) -> None:
        self._set_playing(False)
        self._stop(self._hop)
        self._stop(self._dwell)

    # machinery ----------------------------------------------------------------------
    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)

    @staticmethod
    def _stop(animation: QAbstractAnimation | None) -> None:
        if animation is not None and animation.state() != QAbstractAnimation.State.Stopped:
            animation.stop()

    def _resume_running(self) -> bool:
        for animation in (self._hop, self._dwell):
            if animation is not None and animation.state() == QAbstractAnimation.State.Paused:
                animation.resume()
                return True
        return False

    def _advance(self) -> None:
        target = self.state.io_step + 1
        if target >= len(self.steps()):
            return
        first = self.state.io_step < 0  # the request appears at the guest application
        self.token.setVisible(True)
        hop = QPropertyAnimation(self.token, b"pos", self)
        hop.setStartValue(self._point(0 if first else self.state.io_step))
        hop.setEndValue(self._point(target))
        hop.setDuration(1 if first else int(HOP_MS / self.speed))
        hop.setEasingCurve(QEasingCurve.Type.InOutCubic)
        hop.finished.connect(lambda t=target: self._arrived(t))
        self._hop = animations.register(hop)
        hop.start()

    def _arrived(self, index: int) -> None:
        self.state.set_io_step(index)
        if index >= len(self.steps()) - 1:
            self._set_playing(False)
            self.finished.emit()
            return
        if self._playing:
            dwell = QPauseAnimation(int(DWELL_MS / self.speed), self)
            dwell.finished.connect(self._dwelt)
            self._dwell = animations.register(dwell)
            dwell.start()

    def _dwelt(self) -> None:
        if self._playing:
            self._advance()

    def _load(self, _method=None) -> None:
        """A new method (or none): stop, clear, and start the request from the guest app."""
        self.stop()
        self._show_step(-1)
        if self.steps():
            self.play()

    def _place_callout(self, text: str, point: QPointF) -> None:
        """Put the callout beside the request where it hides the fewest words on the stage
        (`hvviz.core.placement`): the travelled stack's words weigh three times as much."""
        steps = self.steps()
        own = self.state.content.stack_of(steps[0].layer).id if steps else None
        own_item = self.scene.stack_items.get(own)
        travelled = _box(own_item.mapRectToScene(own_item.childrenBoundingRect())) if own_item is not None else None

        def size_for(width: float) -> tuple[float, float]:
            size = self.callout.bubble_size(text, width)
            return size.width(), size.height()

        placed = place_callout((point.x(), point.y()), (CALLOUT_MAX_WIDTH, *CALLOUT_NARROW_WIDTHS), size_for,
                               self._words_on_stage(own), _box(self.scene.sceneRect()), travelled, TOKEN_RADIUS + 10)
        self.callout.set_text(text, placed.width)
        self.callout.setPos(placed.x, placed.y)

    def _words_on_stage(self, own: str | None) -> list[tuple[tuple, float]]:
        """Every drawn title, caption, label and detail in scene coordinates, with how much hiding
        it costs: three times as much in the stack the request travels through."""
        words = []
        for stack_id, stack_item in self.scene.stack_items.items():
            weight = 3.0 if stack_id == own else 1.0
            words += [(_box(rect), weight) for rect in stack_item.text_rects()]
            words += [
                (_box(layer_item.mapRectToScene(rect)), weight)
                for layer_item in stack_item.layer_items.values()
                if layer_item.isVisible() and layer_item.opacity() > 0
                for rect in layer_item.text_rects()
            ]
        return words

    def _show_step(self, index: int) -> None:
        steps = self.steps()
        if index < 0 or not steps:
            self.token.setVisible(False)
            self.callout.setVisible(False)
            self.trail.set_points([])
            return
        point = self._point(index)
        if self._hop is None or self._hop.state() == QAbstractAnimation.State.Stopped:
            self.token.setPos(point)
        self.token.setVisible(True)
        lang = self.state.language
        self._place_callout(f"{index + 1}. {steps[index].label.get(lang)}", point)
        self.callout.setVisible(True)
        self.trail.set_points([self._point(i) for i in range(index + 1)])


def _box(rect: QRectF) -> tuple[float, float, float, float]:
    return (rect.x(), rect.y(), rect.width(), rect.height())
