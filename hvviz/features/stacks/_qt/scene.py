"""The stage: the stacks on screen, side by side, following the app state.

The scene is rebuilt when the shown stacks (or the content) change and restyled when the
selection, focus or language change. How the selection lights the layers is a rule of the
core (`hvviz.core.rules.layer_looks`); the scene only draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from hvviz.core import rules
from hvviz.core.layout import Rect, build_order
from hvviz.core.theme import Theme
from hvviz.features.stacks._qt.layer_item import LayerItem
from hvviz.features.stacks._qt.links import LinkItem
from hvviz.features.stacks._qt.stack_item import STACK_WIDTH, StackItem
from hvviz.features.stacks.words import tr
from hvviz.gui import animations
from hvviz.state import AppState

STACK_GAP = 130.0
SCENE_MARGIN = 28.0


class StageScene(QGraphicsScene):
    #: the view now draws the stage at another scale (screen pixels per scene unit), and the layers
    #: have laid their words out again for it
    view_scale_changed = Signal(float)

    def __init__(self, state: AppState, theme: Theme, family: str, parent=None):
        super().__init__(parent)
        self.state = state
        #: screen pixels per scene unit in the view that shows the stage (None: none shows it yet)
        self.view_scale: float | None = None
        self.theme = theme
        self.family = family
        self.keyboard_focus_visible = False
        self.caching = True
        self.stack_items: dict[str, StackItem] = {}
        self.links = LinkItem(theme)
        self.addItem(self.links)
        self._animation: QAbstractAnimation | None = None
        #: a reveal that runs beside a stack change (both belong to one lesson step)
        self._side_animation: QAbstractAnimation | None = None
        self.setBackgroundBrush(QColor(theme.background))
        state.shown_changed.connect(self._rebuild)
        state.language_changed.connect(self._retranslate)
        state.selection_changed.connect(self.refresh_looks)
        state.focus_changed.connect(self.refresh_looks)
        state.revealed_changed.connect(self._reveal)
        state.theme_changed.connect(self._restyle)
        state.content_changed.connect(self._reload)
        self._rebuild()

    def _reload(self) -> None:
        """New content: every stack is built again from it, in the current theme."""
        self.finish_animations()
        for item in self.stack_items.values():
            self.removeItem(item)
        self.stack_items = {}
        self._restyle()
        self._rebuild()

    # building --------------------------------------------------------------------
    def _rebuild(self, *_args) -> None:
        """Lay out the stacks now on screen. Stacks that stay are kept (and, during a lesson
        step, glide to their new place); new ones are built; those that left are removed."""
        self.finish_animations()
        self._animation = None
        glide = self.state.in_lesson_step
        previous = self.stack_items
        stacks = [self.state.content.stack(stack_id) for stack_id in self.state.shown]
        items = []
        for stack in stacks:
            item = previous.pop(stack.id, None)
            if item is None:
                item = StackItem(stack, self.state.theme, self.family, self._icons())
                item.setData(0, "new")
                item.xChanged.connect(self._relink)  # the links follow a stack as it glides
                item.yChanged.connect(self._relink)
            else:
                item.setData(0, "kept")
            items.append(item)
        for item in previous.values():
            self.removeItem(item)
        self.stack_items = {}
        tallest = max(item.levels_height for item in items)
        moves = []
        for index, item in enumerate(items):
            # hardware on one baseline: a shorter stack starts lower
            target = QPointF(index * (STACK_WIDTH + STACK_GAP), tallest - item.levels_height)
            if item.data(0) == "kept" and glide and item.pos() != target:
                moves.append((item, item.pos(), target))
            item.setPos(target)
            if item.scene() is not self:
                self.addItem(item)
            self.stack_items[item.stack.id] = item
        bottom = max(item.y() + item.total_height for item in items)
        width = len(items) * STACK_WIDTH + (len(items) - 1) * STACK_GAP
        self.setSceneRect(QRectF(-SCENE_MARGIN, -SCENE_MARGIN, width + 2 * SCENE_MARGIN, bottom + 2 * SCENE_MARGIN))
        rescaled = self._adopt_view_scale()  # the view has fitted the new stage: lay out once, for its scale
        for layer_id, item in self.layer_items().items():
            item.setVisible(self.state.is_revealed(layer_id))
            if glide:
                item.set_hovered(False)  # the pointer is over another place once the stacks move
        self._caption_only_when_built()
        if not self.caching:
            self.set_caching(False)
        self._retranslate()
        if rescaled:
            self.view_scale_changed.emit(self.view_scale)
        if glide:
            new_layers = [layer for item in items if item.data(0) == "new" for layer in item.layer_items.values() if layer.isVisible()]
            extras = [part for item in items if item.data(0) == "new" for part in (item.title, item.caption)]
            self._animation = animations.restack(moves, self._levels(new_layers), extras)
            self._animation.finished.connect(self._relink)
            self._animation.start()

    # the on-screen scale ------------------------------------------------------------
    def set_view_scale(self, scale: float, repaint: bool = True) -> bool:
        """Tell the layers how many screen pixels a scene unit now takes, so that none draws its
        words below their minimum on screen. Only a real change lays them out again (and says so
        with `view_scale_changed`); returns whether it was one."""
        if not self._rescales(scale):
            return False
        self.view_scale = scale
        for item in self.stack_items.values():
            item.set_view_scale(scale, repaint)
        self.view_scale_changed.emit(scale)
        return True

    def _rescales(self, scale: float) -> bool:
        return scale > 0 and (self.view_scale is None or abs(scale - self.view_scale) > 1e-4 * self.view_scale)

    def drawBackground(self, painter, rect) -> None:
        """The view draws with its scale of the moment: after a resize or a zoom the layers lay
        their words out again, before they are drawn (their caches are drawn anew at a new scale)."""
        super().drawBackground(painter, rect)
        view = self._view_of(painter.device())
        if view is not None:
            self.set_view_scale(view.transform().m11(), repaint=False)

    def _view_of(self, device) -> QGraphicsView | None:
        """The view whose viewport `device` is (None for an image, a PDF or a print)."""
        for view in self.views():
            if view.viewport() is device:
                return view
        return None

    def _adopt_view_scale(self) -> bool:
        """Take the scale of the view that shows the stage, if one does (it fits the stage as its
        rectangle changes): the new layers are laid out once, for it. Whether it changed."""
        views = [view for view in self.views() if view.isVisible()]
        scale = views[0].transform().m11() if views else None
        changed = scale is not None and self._rescales(scale)
        if changed:
            self.view_scale = scale
        for item in self.stack_items.values():
            for layer in item.layer_items.values():
                layer.view_scale = self.view_scale  # and laid out for it in `_retranslate`, next
        return changed

    def _caption_only_when_built(self) -> None:
        """A stack's caption describes the whole stack: while a lesson step has built only part of
        it, the caption waits."""
        for item in self.stack_items.values():
            item.caption.setVisible(all(self.state.is_revealed(layer.id) for layer in item.stack.layers()))

    def _icons(self) -> dict[str, str]:
        return {kind.id: kind.icon for kind in self.state.content.pack.kinds}

    def set_caching(self, enabled: bool) -> None:
        """Item caches speed up the screen; a PDF wants every item drawn as vectors."""
        from PySide6.QtWidgets import QGraphicsItem

        self.caching = enabled
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if enabled else QGraphicsItem.CacheMode.NoCache
        for stack in self.stack_items.values():
            for item in (stack.title, stack.caption, *stack.layer_items.values()):
                item.setCacheMode(mode)

    def _restyle(self, *_args) -> None:
        theme = self.state.theme
        self.theme = theme
        self.links.theme = theme
        self.links.update()
        self.setBackgroundBrush(QColor(theme.background))
        for item in self.stack_items.values():
            item.set_theme(theme)

    def _reveal(self, *_args) -> None:
        """Layers a lesson step adds rise into place; those it removes fade away."""
        appearing, leaving = [], []
        for layer_id, item in self.layer_items().items():
            wanted = self.state.is_revealed(layer_id)
            if wanted and not item.isVisible():
                item.setVisible(True)
                appearing.append(item)
            elif not wanted and item.isVisible():
                leaving.append(item)
        if not appearing and not leaving:
            return
        animations.finish(self._side_animation)
        transition = animations.transition(self._levels(appearing), leaving)
        running = self._animation is not None and self._animation.state() == QAbstractAnimation.State.Running
        if running and self.state.in_lesson_step:
            self._side_animation = transition  # beside the stacks' glide, not instead of it
        else:
            animations.finish(self._animation)
            self._animation = transition
        transition.finished.connect(self._relink)
        self._caption_only_when_built()
        transition.start()

    def _retranslate(self, *_args) -> None:
        for item in self.stack_items.values():
            item.set_language(self.state.language)
        self.refresh_looks()

    # state → looks -----------------------------------------------------------------
    def layer_items(self) -> dict[str, LayerItem]:
        return {lid: li for item in self.stack_items.values() for lid, li in item.layer_items.items()}

    def layer_item(self, layer_id: str) -> LayerItem:
        return self.layer_items()[layer_id]

    def set_keyboard_focus_visible(self, visible: bool) -> None:
        if visible != self.keyboard_focus_visible:
            self.keyboard_focus_visible = visible
            self.refresh_looks()

    def refresh_looks(self, *_args) -> None:
        state = self.state
        looks = rules.layer_looks(state)
        others = rules.extra_layer_others(state)
        badge = badge_short = ""
        if others:
            names = ", ".join(state.content.stack(stack_id).title.get(state.language) for stack_id in others)
            badge = tr("badge.extra", state.language, other=names)
            badge_short = tr("badge.extra.short", state.language)
        for layer_id, item in self.layer_items().items():
            look = looks.get(layer_id, rules.PLAIN)  # a stack leaving the screen: not yet rebuilt
            item.set_look(
                selected=look.selected,
                focused=self.keyboard_focus_visible and layer_id == state.focused,
                linked=look.linked,
                dimmed=look.dimmed,
                badge=badge if look.extra else "",
                badge_short=badge_short if look.extra else "",
            )
        self._linked = {layer_id for layer_id, look in looks.items() if look.linked}
        self._update_links(state.selected, self._linked)

    def _relink(self, *_args) -> None:
        """Draw the links again where their layers are now (after a glide, a rise, a reveal)."""
        if self.state.selected is not None and self.state.selected in self.layer_items():
            self._update_links(self.state.selected, {layer for layer in getattr(self, "_linked", ()) if layer in self.layer_items()})

    def _update_links(self, selected: str | None, linked: set[str]) -> None:
        if selected is None or not linked:
            self.links.set_segments([])
            return
        own_stack = self.state.content.stack_of(selected).id
        source = self.layer_item(selected)
        segments = []
        seen_heights = set()
        for layer_id in sorted(linked):
            target = self.layer_item(layer_id)
            other_stack = self.state.content.stack_of(layer_id).id
            ys = (round(target.sceneBoundingRect().center().y()), other_stack)
            if ys in seen_heights:
                continue
            seen_heights.add(ys)
            a_stack, b_stack = self.stack_items[own_stack], self.stack_items[other_stack]
            left_to_right = a_stack.x() < b_stack.x()
            a = self._edge_point(a_stack, source, right=left_to_right)
            b = self._edge_point(b_stack, target, right=not left_to_right)
            segments.append((a, b))
        self.links.set_segments(segments)

    @staticmethod
    def _edge_point(stack: StackItem, layer: LayerItem, right: bool) -> QPointF:
        """A point at the layer's height on the outer edge of its stack facing the other."""
        y = layer.mapToScene(layer.block_rect().center()).y()
        x = stack.x() + (STACK_WIDTH + 8 if right else -8)
        return QPointF(x, y)

    # navigation helpers -------------------------------------------------------------
    def layer_rects(self) -> dict[str, Rect]:
        """Every drawn layer's rectangle in scene units with y pointing up, in reading order."""
        rects = {}
        for item in self.stack_items.values():
            for level in build_order(item.stack):
                for layer_id in level:
                    if not self.state.is_revealed(layer_id):
                        continue
                    r = item.layer_items[layer_id].mapRectToScene(item.layer_items[layer_id].block_rect())
                    rects[layer_id] = Rect(r.x(), -r.bottom(), r.width(), r.height())
        return rects

    def layer_at(self, scene_pos: QPointF) -> str | None:
        for item in self.items(scene_pos):
            while item is not None and not isinstance(item, LayerItem):
                item = item.parentItem()
            if isinstance(item, LayerItem) and item.isVisible():
                return item.layer_id
        return None

    # animation ----------------------------------------------------------------------
    def _levels(self, only: list[LayerItem] | None = None) -> list[list[LayerItem]]:
        """Layer items grouped by height, lowest first (all drawn ones, or `only` these)."""
        levels: list[list[LayerItem]] = []
        wanted = set(only) if only is not None else None
        for item in self.stack_items.values():
            for depth, level in enumerate(build_order(item.stack)):
                while len(levels) <= depth:
                    levels.append([])
                for layer_id in level:
                    layer = item.layer_items[layer_id]
                    if layer.isVisible() and (wanted is None or layer in wanted):
                        levels[depth].append(layer)
        return [level for level in levels if level]

    def build_up(self) -> QAbstractAnimation:
        """Replay the stacks rising from the hardware up."""
        self.finish_animations()
        extras = [part for item in self.stack_items.values() for part in (item.title, item.caption)]
        self._animation = animations.build_up(self._levels(), extras)
        self._animation.finished.connect(self._relink)
        self._animation.start()
        return self._animation

    @property
    def animation(self) -> QAbstractAnimation | None:
        return self._animation

    def finish_animations(self) -> None:
        animations.finish(self._animation)
        animations.finish(self._side_animation)
