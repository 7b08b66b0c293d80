"""The notes panel from the keyboard: one Tab stop with a visible focus, its links reached inside."""

from __future__ import annotations

from helpers import notes_panel, stage_view
from PySide6.QtCore import Qt


def focused_notes(qtbot, window):
    panel = notes_panel(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    panel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.hasFocus, timeout=2000)
    return panel


def test_one_tab_leaves_the_notes_whatever_links_they_hold(qtbot, window):
    """The home note has many source links; a single Tab still moves the focus out of the panel."""
    panel = focused_notes(qtbot, window)
    assert len(panel.links()) >= 5
    qtbot.keyClick(panel, Qt.Key.Key_Tab)
    assert not panel.hasFocus()


def test_the_arrows_walk_the_links_and_enter_opens_one(qtbot, window, monkeypatch):
    """→ selects the first link, → again the next, ← goes back; Enter opens the link chosen."""
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())))
    panel = focused_notes(qtbot, window)
    links = panel.links()
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert panel.link_at_cursor() == links[0][2]
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert panel.link_at_cursor() == links[1][2]
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert panel.link_at_cursor() == links[0][2]
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert opened == [links[0][2]] and opened[0].startswith("http")


def test_the_notes_focus_is_drawn(qtbot, window):
    """With the focus, the panel's border is drawn in the theme's focus colour; without it, it is not."""
    panel = focused_notes(qtbot, window)
    focus = window.state.theme.focus.upper()
    qtbot.waitUntil(lambda: panel.grab().toImage().pixelColor(1, panel.height() // 2).name().upper() == focus, timeout=2000)
    stage_view(window).setFocus()
    qtbot.waitUntil(lambda: panel.grab().toImage().pixelColor(1, panel.height() // 2).name().upper() != focus, timeout=2000)
