"""Every control the keyboard reaches shows that it has the focus, in the theme's focus colour."""

from __future__ import annotations

import pytest
from helpers import io_controls, stack_tabs, stage_view
from PySide6.QtCore import Qt


def focus_pixels(widget, colour: str) -> int:
    image = widget.grab().toImage()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).name().upper() == colour.upper())


def controls(window):
    stack_tabs(window).setCurrentIndex(stack_tabs(window).index_of("kvm"))
    return {
        "product tabs": stack_tabs(window),
        "side tabs": window.side_tabs.tabBar(),
        "an I/O method": next(iter(io_controls(window).method_buttons.values())),
        "the play button": io_controls(window).play_button,
        "the speed": io_controls(window).speed,
    }


@pytest.mark.parametrize("name", ["product tabs", "side tabs", "an I/O method", "the play button", "the speed"])
@pytest.mark.parametrize("theme", ["default", "projector"])
def test_a_focused_control_draws_a_focus_ring(qtbot, window, name, theme):
    """The control draws no focus colour until it has the keyboard focus, then draws it."""
    window.state.set_theme(theme)
    widget = controls(window)[name]
    window.state.set_io_method("paravirtual")
    window.views("io_path").stop()
    qtbot.waitUntil(widget.isVisible, timeout=2000)
    stage_view(window).setFocus()
    focus = window.state.theme.focus
    qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=2000)
    before = focus_pixels(widget, focus)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.waitUntil(lambda: focus_pixels(widget, focus) > before + 20, timeout=2000)
    window.views("io_path").stop()
