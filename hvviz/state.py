"""The single place where what is shown lives: the content, language, stacks, selection, focus,
the I/O path, the lesson step and the theme.

Views read this state and ask it for changes; they never keep their own copy of the truth.
It uses Qt only for signals (QtCore), never widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hvviz.core import queries
from hvviz.core.content import Content
from hvviz.core.text import normalize_language
from hvviz.core.theme import THEME_NAMES, Theme, theme_for


class AppState(QObject):
    #: the content was replaced (a live reload): every view rebuilds from the state
    content_changed = Signal()
    language_changed = Signal(str)
    shown_changed = Signal(tuple)
    #: the selected layer id, or None
    selection_changed = Signal(object)
    #: the layer with the keyboard focus ring, or None
    focus_changed = Signal(object)
    #: the I/O method whose path is shown on the current product, or None
    io_method_changed = Signal(object)
    #: how far the I/O request has travelled: -1 before it starts, else a step index
    io_step_changed = Signal(int)
    #: the layers drawn changed (a lesson step builds a stack up); the set, or None for all
    revealed_changed = Signal(object)
    #: the lesson step on screen, or -1 when the lesson is not followed
    lesson_step_changed = Signal(int)
    #: the look: "default" or "projector"
    theme_changed = Signal(str)

    def __init__(self, content: Content, language: str = "ko", parent: QObject | None = None):
        super().__init__(parent)
        self.content = content
        self._language = normalize_language(language)
        self._shown: tuple[str, ...] = content.compare
        self._selected: str | None = None
        self._focused: str | None = None
        self._io_method: str | None = None
        self._io_step = -1
        self._revealed: frozenset[str] | None = None
        self._lesson_step = -1
        self._theme_name = "default"
        self._theme: Theme = theme_for("default", content.pack)
        #: True while a lesson step is being applied: views may animate what changes
        self.in_lesson_step = False

    # reading --------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._language

    @property
    def shown(self) -> tuple[str, ...]:
        return self._shown

    @property
    def selected(self) -> str | None:
        return self._selected

    @property
    def focused(self) -> str | None:
        return self._focused

    @property
    def theme(self) -> Theme:
        """The theme, with the pack's fills for its layer kinds."""
        return self._theme

    @property
    def revealed(self) -> frozenset[str] | None:
        return self._revealed

    @property
    def lesson_step(self) -> int:
        return self._lesson_step

    def is_revealed(self, layer_id: str) -> bool:
        return self._revealed is None or layer_id in self._revealed

    def is_visible(self, layer_id: str) -> bool:
        return (self.content.has_layer(layer_id) and self.content.stack_of(layer_id).id in self._shown
                and self.is_revealed(layer_id))

    @property
    def io_method(self) -> str | None:
        return self._io_method

    @property
    def io_step(self) -> int:
        return self._io_step

    def product(self):
        """The product whose own stack is on screen, if any."""
        return queries.product_on_screen(self.content, self._shown)

    def io_path(self):
        """The I/O path being shown (it may be a `not_applicable` one), or None."""
        product = self.product()
        if product is None or self._io_method is None:
            return None
        return self.content.io_paths.get((product.id, self._io_method))

    def counterparts(self) -> tuple[str, ...]:
        """Layers linked to the selection in the other stacks on screen."""
        if self._selected is None:
            return ()
        return queries.counterparts(self.content, self._selected, self._shown)

    # changing ---------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        if name in THEME_NAMES and name != self._theme_name:
            self._theme_name = name
            self._theme = theme_for(name, self.content.pack)
            self.theme_changed.emit(name)

    def set_language(self, language: str) -> None:
        language = normalize_language(language)
        if language != self._language:
            self._language = language
            self.language_changed.emit(language)

    def show_stacks(self, stack_ids: tuple[str, ...], revealed: frozenset[str] | None = None) -> None:
        """Show these stacks, with only the `revealed` layers drawn (None: all of them).

        A partial build-up belongs to the stacks it was made on, so by default it is reset.
        Views hear `shown_changed` with the new layers already decided, so a stack that
        appears draws only what it should."""
        stack_ids = tuple(s for s in stack_ids if self.content.has("stack", s))
        if not stack_ids or stack_ids == self._shown:
            return
        self._shown = stack_ids
        revealed_changed = revealed != self._revealed
        self._revealed = revealed
        self._forget_hidden()
        if self._io_method is not None:
            self._io_method, self._io_step = None, -1
            self.io_method_changed.emit(None)
        self.shown_changed.emit(stack_ids)
        if revealed_changed:
            self.revealed_changed.emit(revealed)

    def select(self, layer_id: str | None) -> None:
        """Select a visible layer, or clear the selection with None; unknown ids are ignored."""
        if layer_id is not None and not self.is_visible(layer_id):
            return
        if layer_id != self._selected:
            self._selected = layer_id
            self.selection_changed.emit(layer_id)
        if layer_id is not None:
            self.set_focus(layer_id)

    def set_focus(self, layer_id: str | None) -> None:
        if layer_id is not None and not self.is_visible(layer_id):
            return
        if layer_id != self._focused:
            self._focused = layer_id
            self.focus_changed.emit(layer_id)

    def set_io_method(self, method: str | None) -> None:
        """Show the path of `method` on the current product (None hides it); the request restarts."""
        product = self.product()
        if method is not None and (product is None or method not in product.io_methods):
            return
        if method != self._io_method:
            self._io_method = method
            self._io_step = -1
            self.io_method_changed.emit(method)

    def set_io_step(self, index: int) -> None:
        path = self.io_path()
        last = len(path.steps) - 1 if path is not None else -1
        index = max(-1, min(index, last))
        if index != self._io_step:
            self._io_step = index
            self.io_step_changed.emit(index)

    def set_revealed(self, layer_ids: frozenset[str] | None) -> None:
        """Draw only these layers (None: all); the selection and focus follow."""
        if layer_ids == self._revealed:
            return
        self._revealed = layer_ids
        self._forget_hidden()
        self.revealed_changed.emit(layer_ids)

    def _forget_hidden(self) -> None:
        """Drop a selection or focus that is no longer drawn, before anyone redraws."""
        if self._selected is not None and not self.is_visible(self._selected):
            self._selected = None
            self.selection_changed.emit(None)
        if self._focused is not None and not self.is_visible(self._focused):
            self._focused = None
            self.focus_changed.emit(None)

    def go_to_step(self, index: int) -> None:
        """Put exactly what lesson step `index` shows on screen (-1: leave the lesson as it is)."""
        steps = self.content.lesson
        if index == -1:
            self._lesson_step = -1
            self.lesson_step_changed.emit(-1)
            return
        if not steps:
            return
        index = max(0, min(index, len(steps) - 1))
        self.in_lesson_step = True
        try:
            self._apply_step(steps[index])
        finally:
            self.in_lesson_step = False
        self._lesson_step = index
        self.lesson_step_changed.emit(index)

    def _apply_step(self, step) -> None:
        revealed = frozenset(step.reveal) if step.reveal is not None else None
        if step.stacks != self._shown:
            self.show_stacks(step.stacks, revealed)
        else:
            self.set_revealed(revealed)
        self.select(step.select)
        if step.select is None:
            self.set_focus(None)
        self.set_io_method(step.io)

    def set_content(self, content: Content) -> None:
        """Swap in new content (a live reload), keeping the stacks, selection, focus, I/O method
        and lesson step wherever their ids still exist, and the language and theme always."""
        old_step = self.content.lesson[self._lesson_step].id if 0 <= self._lesson_step < len(self.content.lesson) else None
        self.content = content
        self._theme = theme_for(self._theme_name, content.pack)
        shown = tuple(s for s in self._shown if content.has("stack", s))
        self._shown = shown if len(shown) == len(self._shown) else content.compare
        step_ids = [step.id for step in content.lesson]
        self._lesson_step = step_ids.index(old_step) if old_step in step_ids else -1
        if self._lesson_step >= 0:
            step = content.lesson[self._lesson_step]
            self._shown = step.stacks
            self._revealed = frozenset(step.reveal) if step.reveal is not None else None
        elif self._revealed is not None:
            self._revealed = frozenset(layer for layer in self._revealed if content.has_layer(layer)) or None
        if self._selected is not None and not self.is_visible(self._selected):
            self._selected = None
        if self._focused is not None and not self.is_visible(self._focused):
            self._focused = None
        product = self.product()
        if self._io_method is not None and (product is None or self._io_method not in product.io_methods):
            self._io_method = None
        self._io_step = -1
        self.content_changed.emit()

    def snapshot(self) -> tuple:
        """Everything on screen that a lesson step decides, for comparing states."""
        return (self._shown, self._revealed, self._selected, self._io_method, self._lesson_step, self._language, self._theme_name)
