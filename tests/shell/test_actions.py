"""The one table of actions: F1 lists exactly its keys, and every window key is bound as a shortcut."""

from __future__ import annotations

from helpers import stage_view
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from hvviz.shell import actions as table


def key_cells(markdown: str) -> list[str]:
    return [line.split("|")[1].strip() for line in markdown.splitlines()
            if line.startswith("|") and not line.startswith("|---") and line.split("|")[1].strip() not in ("Key", "키")]


def shown_help(qtbot, window, key=Qt.Key.Key_F1) -> str:
    """Press a key on the window and return the text of the message box it opens (then close it)."""
    found = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            found.append(box.text())
            box.close()
        else:
            QTimer.singleShot(10, read_and_close)

    window.activateWindow()  # back from an earlier box: window shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(stage_view(window), key)
    qtbot.waitUntil(lambda: bool(found), timeout=3000)
    return found[0]


def test_f1_lists_exactly_the_keys_of_the_table(qtbot, window):
    """F1's help has one row per action with keys, in the window and while presenting: no more, no fewer."""
    text = shown_help(qtbot, window)
    rows = (table.key_rows(window.actions_table, ("window", "stage", "notes"))
            + table.key_rows(window.actions_table, ("presenting",)))
    assert key_cells(text) == [table.key_text(action) for action in rows]
    assert len(rows) > 30


def test_f1_follows_the_language(qtbot, window):
    """In English the help's words are English; in Korean, Korean."""
    korean = shown_help(qtbot, window)
    window.state.set_language("en")
    english = shown_help(qtbot, window)
    assert "하는 일" in korean and "Does" in english and "하는 일" not in english


def test_every_window_key_of_the_table_is_a_shortcut_of_its_action(window):
    """Each action that runs in the window has exactly its declared keys as shortcuts."""
    for action in window.actions_table:
        if action.run is not None and action.context == "window":
            qaction = window.binder.qaction(action.id)
            assert [s.toString() for s in qaction.shortcuts()] == [QKeySequence(k).toString() for k in action.keys], action.id
