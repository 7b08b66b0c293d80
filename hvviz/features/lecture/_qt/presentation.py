"""Presenting the lesson: full screen, stepped from the keyboard or a presentation clicker.

Clickers send PageDown/PageUp or the arrow keys, and some send B or "." to black the
screen; the keys follow reveal.js and PowerPoint, and are declared, with what they do, in
`hvviz.features.lecture.actions`. While presenting, every key press in any of hvviz's windows
comes here first, so the audience view and the presenter view move together.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from hvviz.features.lecture.actions import presenting_actions
from hvviz.state import AppState
#: how long the pointer may rest before it is hidden
POINTER_HIDE_MS = 2000
#: how long "G 1 2" waits for another digit
GOTO_TIMEOUT_MS = 1500

OVERLAYS = ("", "black", "white", "help")


class Presentation(QObject):
    active_changed = Signal(bool)
    #: "", "black", "white" or "help"
    overlay_changed = Signal(str)
    #: the digits typed after G, shown while they are typed
    goto_changed = Signal(str)
    #: S: the lecturer asks for the presenter view
    presenter_requested = Signal()

    def __init__(self, state: AppState, host, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.host = host
        #: (key, with Shift) → the action it runs, from the declared keys
        self.keymap = _keymap(presenting_actions())
        self.active = False
        self.overlay = ""
        self._goto: str | None = None
        self._goto_timer = QTimer(self)
        self._goto_timer.setSingleShot(True)
        self._goto_timer.setInterval(GOTO_TIMEOUT_MS)
        self._goto_timer.timeout.connect(self._finish_goto)
        self._pointer_timer = QTimer(self)
        self._pointer_timer.setSingleShot(True)
        self._pointer_timer.setInterval(POINTER_HIDE_MS)
        self._pointer_timer.timeout.connect(self._hide_pointer)
        self._pointer_hidden = False

    # starting and stopping ----------------------------------------------------------
    def start(self, from_beginning: bool = False) -> None:
        """F5: from the current step (or the first); Shift+F5: from step 1."""
        if not self.state.content.lesson:
            return
        step = 0 if from_beginning or self.state.lesson_step < 0 else self.state.lesson_step
        if not self.active:
            self.active = True
            QApplication.instance().installEventFilter(self)
            self.active_changed.emit(True)
        self.state.go_to_step(step)
        self._pointer_timer.start()

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        QApplication.instance().removeEventFilter(self)
        self._pointer_timer.stop()
        self._show_pointer()
        self.set_overlay("")
        self.active_changed.emit(False)

    # moving -------------------------------------------------------------------------
    def next(self) -> None:
        self._go(self.state.lesson_step + 1)

    def previous(self) -> None:
        self._go(self.state.lesson_step - 1)

    def first(self) -> None:
        self._go(0)

    def last(self) -> None:
        self._go(len(self.state.content.lesson) - 1)

    def go(self, number: int) -> None:
        """Go to step `number`, counted from 1 as on screen."""
        self._go(number - 1)

    def _go(self, index: int) -> None:
        count = len(self.state.content.lesson)
        if count:
            self.set_overlay("")
            self.state.go_to_step(max(0, min(index, count - 1)))

    def set_overlay(self, overlay: str) -> None:
        if overlay not in OVERLAYS:
            raise ValueError(f"overlay must be one of {OVERLAYS}")
        if overlay != self.overlay:
            self.overlay = overlay
            self.overlay_changed.emit(overlay)

    # keys -----------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a key pressed while presenting; True if it was a lesson key."""
        key = int(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return False
        if self._goto is not None:
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                self._goto += chr(key)
                self.goto_changed.emit(self._goto)
                self._goto_timer.start()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._finish_goto()
                return True
            self._cancel_goto()
        action = self.action_for(key, bool(modifiers & Qt.KeyboardModifier.ShiftModifier), event.text())
        lifts = action is None or action.id not in ("present.black", "present.white", "present.help", "present.stop")
        if self.overlay and lifts:
            self.set_overlay("")  # any other key first lifts the overlay
            if action is None or action.id not in ("present.next", "present.previous"):
                return True
        if action is None:
            return False
        action.run(self.host)
        return True

    def action_for(self, key: int, shift: bool, text: str = ""):
        """The presenting action a key runs, or None. Shift is ignored but for Shift+Space, so "?"
        (Shift+/ on most keyboards) works as typed; "." "," "?" also by the text they type."""
        found = self.keymap.get((key, shift)) or self.keymap.get((key, False))
        if found is None and text in (".", ",", "?"):
            found = self.keymap.get((int(QKeySequence(text)[0].key()), False))
        return found

    def toggle_overlay(self, overlay: str) -> None:
        self.set_overlay("" if self.overlay == overlay else overlay)

    def start_goto(self) -> None:
        self._goto = ""
        self.goto_changed.emit("")
        self._goto_timer.start()

    def ask_presenter_view(self) -> None:
        self.presenter_requested.emit()

    def escape(self) -> None:
        """Esc lifts a black, white or help screen first, then stops presenting."""
        if self.overlay:
            self.set_overlay("")
        else:
            self.stop()

    def _finish_goto(self) -> None:
        digits, self._goto = self._goto, None
        self._goto_timer.stop()
        self.goto_changed.emit("")
        if digits:
            self.go(int(digits))

    def _cancel_goto(self) -> None:
        self._goto = None
        self._goto_timer.stop()
        self.goto_changed.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active:
            return False
        if event.type() == QEvent.Type.KeyPress and watched.isWidgetType() and watched.window().property("hvvizWindow"):
            if self.handle_key(event):
                return True
        elif event.type() == QEvent.Type.ShortcutOverride and watched.isWidgetType() and watched.window().property("hvvizWindow"):
            # lesson keys (and digits after G) win over the window's single-key shortcuts (R, 1, 2, 3)
            key = int(event.key())
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            if plain and (self.action_for(key, False, event.text()) is not None
                          or (self._goto is not None and Qt.Key.Key_0 <= key <= Qt.Key.Key_9)):
                event.accept()
                return False
        elif event.type() == QEvent.Type.MouseMove:
            self._show_pointer()
            self._pointer_timer.start()
        return False

    # the pointer ----------------------------------------------------------------------
    def _hide_pointer(self) -> None:
        if self.active and not self._pointer_hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._pointer_hidden = True

    def _show_pointer(self) -> None:
        if self._pointer_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._pointer_hidden = False

    @property
    def goto_digits(self) -> str | None:
        """The digits typed after G so far (None when not jumping)."""
        return self._goto

    @property
    def pointer_hidden(self) -> bool:
        return self._pointer_hidden


def _keymap(actions) -> dict:
    keymap = {}
    for action in actions:
        for name in action.keys:
            combination = QKeySequence(name)[0]
            shift = bool(combination.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
            keymap[(int(combination.key()), shift)] = action
    return keymap
