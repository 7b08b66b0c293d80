"""The I/O path from the keyboard: its window keys work, and every method can be picked without a mouse."""

from __future__ import annotations

import pytest
from helpers import io_controls, io_player, stack_tabs, stage_view
from PySide6.QtCore import Qt

from hvviz.features.io_path._qt import player as player_module

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def fast(monkeypatch):
    """The real player, with hops and dwells of a few milliseconds."""
    monkeypatch.setattr(player_module, "HOP_MS", 12)
    monkeypatch.setattr(player_module, "DWELL_MS", 8)


def activate(qtbot, window) -> None:
    """Window shortcuts need the active window; the off-screen platform can lose it when a popup is made."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def on_kvm(qtbot, window, method="paravirtual"):
    stack_tabs(window).setCurrentIndex(stack_tabs(window).index_of("kvm"))
    window.state.set_io_method(method)
    io_player(window).stop()
    window.state.set_io_step(-1)


def test_ctrl_space_plays_and_pauses_and_never_selects_a_layer(qtbot, window, fast):
    """Ctrl+Space on the stage starts and pauses the path, and selects nothing."""
    on_kvm(qtbot, window)
    view = stage_view(window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space, CTRL)
    assert io_player(window).is_playing()
    assert window.state.selected is None
    qtbot.keyClick(view, Qt.Key.Key_Space, CTRL)
    assert not io_player(window).is_playing()
    assert window.state.selected is None


def test_ctrl_right_steps_once_and_ctrl_left_restarts(qtbot, window, fast):
    """Ctrl+Right moves the request one step and holds; Ctrl+Left sends it back to the start and plays."""
    on_kvm(qtbot, window)
    view = stage_view(window)
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    qtbot.waitUntil(lambda: window.state.io_step == 0, timeout=2000)
    activate(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    qtbot.waitUntil(lambda: window.state.io_step == 1, timeout=2000)
    assert not io_player(window).is_playing()
    activate(qtbot, window)
    with qtbot.waitSignal(io_player(window).finished, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Left, CTRL)
    assert window.state.io_step == len(window.state.io_path().steps) - 1


def test_the_io_keys_do_nothing_where_there_is_no_path(qtbot, window):
    """On the comparison tab the I/O keys are disabled: Ctrl+Space neither plays nor selects."""
    view = stage_view(window)
    qtbot.keyClick(view, Qt.Key.Key_Space, CTRL)
    assert window.built("io_path") is None and window.state.selected is None
    assert not window.binder.qaction("io.play").isEnabled()


def test_every_method_can_be_picked_with_the_arrow_keys(qtbot, window, fast):
    """Tab reaches the methods as one stop; the arrow keys then pick each of them in turn, and back."""
    on_kvm(qtbot, window, method=None)
    buttons = io_controls(window).method_buttons
    first = next(iter(buttons.values()))
    qtbot.waitUntil(first.isVisible, timeout=2000)
    assert [b.focusPolicy() == Qt.FocusPolicy.StrongFocus for b in buttons.values()].count(True) == 1
    activate(qtbot, window)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert first.hasFocus()
    picked = []
    for _ in buttons:
        qtbot.keyClick(first.window().focusWidget(), Qt.Key.Key_Right)
        picked.append(window.state.io_method)
    assert sorted(picked) == sorted(buttons)
    qtbot.keyClick(first.window().focusWidget(), Qt.Key.Key_Left)
    assert window.state.io_method == picked[-2]
    io_player(window).stop()


def test_every_method_is_in_the_io_menu(qtbot, window, fast):
    """The I/O path menu lists every method of the product on screen; choosing one shows its path."""
    on_kvm(qtbot, window, method=None)
    for method in window.state.product().io_methods:
        qaction = window.binder.qaction(f"io.method.{method}")
        assert qaction.isEnabled()
        qaction.trigger()
        assert window.state.io_method == method and qaction.isChecked()
    io_player(window).stop()
