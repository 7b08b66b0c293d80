"""Test set-up: Qt runs off screen, settings are isolated, no animation may be left running."""

from __future__ import annotations

import os
import tempfile  # noqa: E402

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import
# the content cache of every hvviz the tests start goes here, not into the user's cache
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="hvviz-test-cache-")
# and their study progress here: the tests never touch the user's real data folder
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="hvviz-test-data-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from hvviz.core.resources import default_content_dir  # noqa: E402
from hvviz.features import load_pack  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def content():
    return load_pack(default_content_dir(), cached=False)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Every test gets its own settings file; the user's real settings are never touched."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture(autouse=True)
def no_animation_left_running(qapp):
    """Fail a test that leaves an animation running (it would leak into the next one)."""
    yield
    from hvviz.gui.animations import running_animations

    running = running_animations()
    for animation in running:
        animation.stop()
    assert not running, f"{len(running)} animation(s) still running after the test"


@pytest.fixture
def window(qtbot, content):
    """The main window as a user first sees it (Korean, both stacks), at 1280x720."""
    from hvviz.app import build_window

    win = build_window(content, "ko")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)  # window shortcuts need an active window
    yield win
    win.stop_animations()


def pytest_sessionfinish(session, exitstatus):
    from hvviz.gui.icons import icon_renderer

    icon_renderer.cache_clear()


def pytest_addoption(parser):
    parser.addoption("--update-approved", action="store_true", help="rewrite tests/approved/*.png from the current look")
