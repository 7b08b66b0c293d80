"""Plays the I/O path of the current product and method: play, pause, step, speed.

Time controls in the manner of PhET's: the request hops from layer to layer, dwells a
moment at each so its callout can be read, and the learner can pause, step one hop, or
change the speed. The player owns no truth: the step reached lives in the app state, so
the notes and the caption follow it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QEasingCurve, QObject, QPauseAnimation, QPointF, QPropertyAnimation, QRectF, Signal

from hvviz.core.placement import HIDES_WORDS, Router, place_callout, trimmed
from hvviz.features.io_path._qt.items import (CALLOUT_MAX_WIDTH, CALLOUT_NARROW_WIDTHS, TOKEN_RADIUS, CalloutItem, LeaderItem,
                                              TokenItem, TrailItem)
from hvviz.gui import animations
from hvviz.state import AppState

#: one hop from a layer to the next, at 1x
HOP_MS = 650
#: the pause at each layer so its callout can be read, at 1x
DWELL_MS = 1100
SPEEDS = (0.5, 1.0, 2.0, 4.0)
#: what a callout over an icon, or over the trail so far, costs per unit of area (a word: `HIDES_WORDS`)
HIDES_ICON, HIDES_TRAIL = 20.0, 10.0
#: a callout further than this from the request's edge is joined to it by a leader line
LEADER_AFTER = 22.0


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
        self.leader = LeaderItem(scene.theme)
        for item in (self.trail, self.token, self.callout, self.leader):
            scene.addItem(item)  # the scene keeps them when it rebuilds its stacks
        state.io_method_changed.connect(self._load)
        state.io_step_changed.connect(self._show_step)
        state.language_changed.connect(lambda _lang: self._show_step(self.state.io_step))
        state.theme_changed.connect(self._restyle)
        state.content_changed.connect(self._load)
        # the layers' words moved (the stage is drawn at another scale): the callout and the trail follow
        scene.view_scale_changed.connect(lambda _scale: self._show_step(self.state.io_step))
        #: the stops and words the ways were worked out for, the ways, and the ways as drawn
        self._router: tuple[tuple, list, list] | None = None

    def _restyle(self, *_args) -> None:
        for item in (self.trail, self.token, self.callout, self.leader):
            item.theme = self.state.theme
            item.update()
        self._show_step(self.state.io_step)  # the layers' words have other sizes in another theme

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
        way = [self._point(0)] if first else self.ways()[target - 1]
        hop.setStartValue(way[0])
        _along(hop, way)
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

    def _place_callout(self, text: str, point: QPointF, layer_id: str) -> None:
        """Put the callout beside the request (on `layer_id`) where it hides no layer's words on the
        stage, and as little else as it can (`hvviz.core.placement`); if it had to go further off, a
        leader line joins it to the request."""
        steps = self.steps()
        own = self.state.content.stack_of(steps[0].layer).id if steps else None
        own_item = self.scene.stack_items.get(own)
        travelled = _box(own_item.mapRectToScene(own_item.childrenBoundingRect())) if own_item is not None else None

        def size_for(width: float) -> tuple[float, float]:
            size = self.callout.bubble_size(text, width)
            return size.width(), size.height()

        layer = self.scene.layer_item(layer_id)
        block = _box(layer.mapRectToScene(layer.block_rect()))
        placed = place_callout((point.x(), point.y()), (CALLOUT_MAX_WIDTH, *CALLOUT_NARROW_WIDTHS), size_for,
                               self._words_on_stage(own), _box(self.scene.sceneRect()), travelled, TOKEN_RADIUS + 10, block)
        self.callout.set_text(text, placed.width)
        self.callout.setPos(placed.x, placed.y)
        self.leader.set_way(self._leader_way(point, _box(self.callout.mapRectToScene(self.callout.bubble_rect())), own_item))

    def _leader_way(self, point: QPointF, bubble: tuple, stack_item) -> list[QPointF]:
        """Where the callout could not go beside the request: a line from the middle of its side
        facing the request to the request, through the gaps, across no word (`Router`)."""
        x, y, w, h = bubble
        tx, ty = point.x(), point.y()
        if max(x - tx, tx - x - w, y - ty, ty - y - h) <= TOKEN_RADIUS + LEADER_AFTER:
            return []
        if tx > x + w or tx < x:
            anchor = (x + w if tx > x + w else x, y + h / 2)
        else:
            anchor = (x + w / 2, y + h if ty > y + h else y)
        layers = [item for item in stack_item.layer_items.values() if item.isVisible()]
        words = [_box(r) for item in self.scene.stack_items.values() for r in [*self._layer_words(item), *item.text_rects()]]
        router = Router([anchor, (tx, ty)], [_box(item.mapRectToScene(item.block_rect())) for item in layers],
                        words + [(x + 6, y + 6, w - 12, h - 12)],
                        [_box(item.mapRectToScene(item.icon_rect())) for item in layers])
        r = TOKEN_RADIUS + 2
        return [QPointF(*p) for p in trimmed(router.route(anchor, (tx, ty)), None, (tx - r, ty - r, 2 * r, 2 * r), 0)]

    def _words_on_stage(self, own: str | None) -> list[tuple[tuple, float]]:
        """Every drawn title, caption, label and detail in scene coordinates, with how much hiding
        it costs: a layer's label or detail, in any stack, `HIDES_WORDS` (a callout never hides
        one where it can help it); a title or caption little, three times more in the travelled stack."""
        words = []
        for stack_id, stack_item in self.scene.stack_items.items():
            weight = 3.0 if stack_id == own else 1.0
            words += [(_box(rect), weight) for rect in stack_item.text_rects()]
            words += [(_box(rect.adjusted(-4, -2, 4, 2)), HIDES_WORDS) for rect in self._layer_words(stack_item)]
            words += [(_box(item.mapRectToScene(item.icon_rect())), HIDES_ICON) for item in stack_item.layer_items.values()
                      if item.isVisible() and not item.icon_rect().isEmpty()]
        return words + [(_box(QRectF(a, b).normalized().adjusted(-3, -3, 3, 3)), HIDES_TRAIL)
                        for way in self.trail.ways for a, b in zip(way, way[1:])]

    @staticmethod
    def _layer_words(stack_item) -> list[QRectF]:
        """Where the drawn layers of a stack have their labels and details, in scene coordinates."""
        return [layer_item.mapRectToScene(rect) for layer_item in stack_item.layer_items.values()
                if layer_item.isVisible() and layer_item.opacity() > 0 for rect in layer_item.text_rects()]

    def ways(self) -> list[list[QPointF]]:
        """The way from each stop of the path to the next, along the blocks' edges: right-angle
        lines through the gaps between blocks and down the sides of the stack, across no word
        (`hvviz.core.placement.Router`). Worked out again only when the stops or the words move."""
        return self._ways()[0]

    def trail_ways(self) -> list[list[QPointF]]:
        """The ways as the trail draws them: each from the edge of one stop's icon to the next's."""
        return self._ways()[1]

    def _ways(self) -> tuple[list, list]:
        steps = self.steps()
        if not steps:
            return [], []
        stops = [self._point(i) for i in range(len(steps))]
        stack_item = self.scene.stack_items[self.state.content.stack_of(steps[0].layer).id]
        key = (tuple((p.x(), p.y()) for p in stops), tuple(_box(r) for r in self._layer_words(stack_item)))
        if self._router is None or self._router[0] != key:
            layers = [item for item in stack_item.layer_items.values() if item.isVisible()]
            router = Router(key[0], [_box(item.mapRectToScene(item.block_rect())) for item in layers], list(key[1]),
                            [_box(item.mapRectToScene(item.icon_rect())) for item in layers])
            icons = [_box(self.scene.layer_item(step.layer).mapRectToScene(self.scene.layer_item(step.layer).icon_rect()))
                     for step in steps]
            ways = [router.route(stop, following) for stop, following in zip(key[0], key[0][1:])]
            drawn = [trimmed(way, icons[i], icons[i + 1]) for i, way in enumerate(ways)]
            self._router = (key, [[QPointF(*p) for p in way] for way in ways], [[QPointF(*p) for p in way] for way in drawn])
        return self._router[1], self._router[2]

    def _show_step(self, index: int) -> None:
        steps = self.steps()
        if not 0 <= index < len(steps):
            self.token.setVisible(False)
            self.callout.setVisible(False)
            self.trail.set_ways([])
            self.leader.set_way([])
            return
        point = self._point(index)
        if self._hop is None or self._hop.state() == QAbstractAnimation.State.Stopped:
            self.token.setPos(point)
        self.token.setVisible(True)
        lang = self.state.language
        self.trail.set_ways([way for way in self.trail_ways()[:index] if way])
        self._place_callout(f"{index + 1}. {steps[index].label.get(lang)}", point, steps[index].layer)
        self.callout.setVisible(True)


def _box(rect: QRectF) -> tuple[float, float, float, float]:
    return (rect.x(), rect.y(), rect.width(), rect.height())


def _along(hop: QPropertyAnimation, way: list[QPointF]) -> None:
    """The hop passes the way's corners, each at its share of the way's length."""
    lengths = [abs(b.x() - a.x()) + abs(b.y() - a.y()) for a, b in zip(way, way[1:])]
    total, done = sum(lengths), 0.0
    for corner, length in zip(way[1:-1], lengths):
        done += length
        hop.setKeyValueAt(done / total, corner)
