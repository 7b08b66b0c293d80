"""The I/O path's controls under the stage: the method, then play, pause, step and speed.

Their keys (Ctrl+Space, Ctrl+Right, Ctrl+Left) are window actions in the one table of actions,
not the buttons' own shortcuts: `setText` on a button replaces its shortcut with the text's
mnemonic."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from hvviz.core import rules
from hvviz.features.io_path._qt.player import SPEEDS, IoPlayer
from hvviz.features.io_path.words import tr
from hvviz.state import AppState


class IoControls(QWidget):
    def __init__(self, state: AppState, player: IoPlayer, parent=None):
        super().__init__(parent)
        self.setObjectName("ioControls")
        self.state = state
        self.player = player
        #: hidden while presenting, whatever is on screen
        self.suppressed = False
        rows = QVBoxLayout(self)
        rows.setContentsMargins(12, 6, 12, 6)
        rows.setSpacing(4)
        first = QHBoxLayout()
        first.setSpacing(4)
        rows.addLayout(first)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        rows.addLayout(layout)
        self.title = QLabel()
        self.title.setObjectName("ioTitle")
        first.addWidget(self.title)
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(False)  # a second click on the chosen method hides the path
        self.method_buttons: dict[str, QToolButton] = {}
        self._arrows = _MethodArrows(self)
        self._methods_layout = QHBoxLayout()
        self._methods_layout.setSpacing(4)
        first.addLayout(self._methods_layout)
        first.addStretch(1)
        style = self.style()
        self.restart_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward), lambda: player.restart())
        self.play_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay), lambda: player.toggle())
        self.step_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward), lambda: player.step())
        for button in (self.restart_button, self.play_button, self.step_button):
            layout.addWidget(button)
        self.speed = QComboBox()
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}x", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: player.set_speed(self.speed.itemData(i)))
        layout.addWidget(self.speed)
        self.progress = QLabel()
        self.progress.setMinimumWidth(60)
        layout.addWidget(self.progress)
        layout.addStretch(1)

        state.shown_changed.connect(self._rebuild_methods)
        state.io_method_changed.connect(self._sync)
        state.io_step_changed.connect(self._sync)
        state.language_changed.connect(self.retranslate)
        state.content_changed.connect(self._rebuild_methods)
        player.playing_changed.connect(self._sync)
        self._rebuild_methods()

    def _button(self, icon, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    def _rebuild_methods(self, *_args) -> None:
        for button in self.method_buttons.values():
            self.method_group.removeButton(button)
            button.deleteLater()
        self.method_buttons = {}
        product = self.state.product()
        self.setVisible(product is not None and not self.suppressed)
        if product is None:
            return
        for method_id in product.io_methods:
            button = QToolButton()
            button.setCheckable(True)
            button.clicked.connect(lambda checked, m=method_id: self._choose_method(m if checked else None))
            button.installEventFilter(self._arrows)
            self.method_group.addButton(button)
            self._methods_layout.addWidget(button)
            self.method_buttons[method_id] = button
        self.retranslate()

    def _choose_method(self, method: str | None) -> None:
        """The learner picks a method (`rules.selection_after_io_pick`: a selection gives way)."""
        pick_method(self.state, method)

    def retranslate(self, *_args) -> None:
        lang = self.state.language
        self.title.setText(tr("io.title", lang))
        for method_id, button in self.method_buttons.items():
            method = self.state.content.io_methods[method_id]
            button.setText(method.name.get(lang))
            button.setToolTip(method.summary.get(lang))
        self.restart_button.setText(tr("io.restart", lang))
        self.step_button.setText(tr("io.step", lang))
        self.speed.setToolTip(tr("io.speed", lang))
        self._sync()

    def _sync(self, *_args) -> None:
        lang = self.state.language
        chosen = self.state.io_method if self.state.io_method in self.method_buttons else next(iter(self.method_buttons), None)
        for method_id, button in self.method_buttons.items():
            button.setChecked(method_id == self.state.io_method)
            # one Tab stop for the group, on the method chosen (or the first); arrows move within it
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if method_id == chosen else Qt.FocusPolicy.ClickFocus)
        path = self.state.io_path()
        runnable = path is not None and bool(path.steps)
        for button in (self.restart_button, self.play_button, self.step_button):
            button.setEnabled(runnable)
        playing = self.player.is_playing()
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(tr("io.pause" if playing else "io.play", lang))
        if runnable:
            self.progress.setText(f"{self.state.io_step + 1} / {len(path.steps)}")
        else:
            self.progress.setText("")


def pick_method(state: AppState, method: str | None) -> None:
    """Show `method`'s path (None hides it); the selection follows the rule of the core."""
    state.select(rules.selection_after_io_pick(state.selected, method))
    state.set_io_method(method)


class _MethodArrows(QObject):
    """The methods are one group, as radio buttons are: the arrow keys pick the next or previous one."""

    def __init__(self, controls: IoControls):
        super().__init__(controls)
        self.controls = controls

    def eventFilter(self, watched, event) -> bool:
        keys = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        if event.type() != QEvent.Type.KeyPress or event.key() not in keys or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        buttons = list(self.controls.method_buttons.values())
        if watched not in buttons:
            return False
        target = buttons[(buttons.index(watched) + keys[event.key()]) % len(buttons)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not target.isChecked():
            target.click()
        return True
