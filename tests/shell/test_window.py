"""The window at a lecturer's screen: it fits, starts where the keys are, names itself once, and
saves where a user keeps files."""

from __future__ import annotations

from helpers import action, stage_view
from PySide6.QtCore import QRect, QSettings, QStandardPaths, Qt

from hvviz.app import build_window
from hvviz.shell.window import MainWindow


def small_screen(monkeypatch, width: int, height: int) -> None:
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: QRect(0, 0, width, height))


def test_the_window_opens_within_a_small_screen(qtbot, content, monkeypatch):
    """On 1280x720 and on 1920x1080 at scale factor 2 (960x540), the window and its minimum fit the screen."""
    for width, height in ((1280, 690), (960, 540), (1024, 600)):
        small_screen(monkeypatch, width, height)
        win = build_window(content, "ko", settings=QSettings())
        qtbot.addWidget(win)
        win.restore()
        assert win.width() <= width and win.height() <= height, (width, height)
        assert win.minimumWidth() <= width and win.minimumHeight() <= height, (width, height)
        win.close()


def test_a_saved_geometry_is_used_only_if_it_still_fits(qtbot, content, monkeypatch):
    """A window saved at 1900x1000 on a big screen opens within a 1280x690 one; garbage is ignored."""
    settings = QSettings()
    big = build_window(content, "ko", settings=settings)
    qtbot.addWidget(big)
    big.setMinimumSize(100, 100)
    big.setGeometry(10, 10, 1900, 1000)
    settings.setValue("window/geometry", big.saveGeometry())
    small_screen(monkeypatch, 1280, 690)
    win = build_window(content, "ko", settings=settings)
    qtbot.addWidget(win)
    win.restore()
    assert win.width() <= 1280 and win.height() <= 690
    settings.setValue("window/geometry", "not a geometry")
    win.restore()  # calmly: no TypeError
    assert win.width() <= 1280


def test_the_keys_start_on_the_stage(qtbot, window):
    """At start-up the focus is on the stage, so the first arrow key moves between layers, not tabs."""
    qtbot.waitUntil(lambda: stage_view(window).hasFocus(), timeout=2000)
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Right)
    assert window.views("products").tabs.currentIndex() == 0
    assert window.state.focused is not None


def test_the_window_title_names_hvviz_once(window):
    """The title is the pack's name; Qt adds "hvviz" once, so the title does not say it again."""
    assert "hvviz" not in window.windowTitle()


def test_ctrl_shift_p_turns_the_projector_theme_on_and_off(qtbot, window):
    """The projector theme's key toggles it, and its menu item shows whether it is on."""
    qtbot.keyClick(stage_view(window), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.theme.name == "projector" and action(window, "shell.projector").isChecked()
    qtbot.keyClick(stage_view(window), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.theme.name == "default" and not action(window, "shell.projector").isChecked()


def test_save_dialogs_open_in_the_users_folders_and_remember_the_last(qtbot, window, monkeypatch, tmp_path):
    """The screenshot dialog starts in Pictures, then in the folder last chosen."""
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def fake_dialog(parent, title, start, file_filter):
        asked.append(start)
        return str(tmp_path / "shot.png"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    (tmp_path / "config").mkdir()
    (tmp_path / "Pictures").mkdir()
    (tmp_path / "config" / "user-dirs.dirs").write_text(f'XDG_PICTURES_DIR="{tmp_path / "Pictures"}"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) == str(tmp_path / "Pictures")
    window.save_screenshot()
    assert (tmp_path / "shot.png").is_file()
    window.save_screenshot()
    assert asked == [str(tmp_path / "Pictures" / "hvviz.png"), str(tmp_path / "hvviz.png")]
