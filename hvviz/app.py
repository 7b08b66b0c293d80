"""Start-up: the QApplication, the bundled fonts, and the window on a pack's content."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPixmapCache
from PySide6.QtWidgets import QApplication

from hvviz.gui.pyside_feature_scan import spare_source_reads

spare_source_reads()  # before hvviz's Qt modules are imported

from hvviz.core import queries  # noqa: E402
from hvviz.core.resources import app_icon_path  # noqa: E402
from hvviz.core.text import normalize_language  # noqa: E402
from hvviz.features import all_features  # noqa: E402
from hvviz.gui.korean_font import register_fonts  # noqa: E402
from hvviz.gui.palette import apply_palette  # noqa: E402
from hvviz.shell.window import MainWindow  # noqa: E402
from hvviz.state import AppState  # noqa: E402

ORGANIZATION = "hvviz"
APPLICATION = "hvviz"


def application(offscreen: bool = False) -> QApplication:
    """The running QApplication, created (and set up once) if there is none."""
    app = QApplication.instance()
    if app is None:
        if offscreen and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "hvviz"])
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APPLICATION)
        app.setApplicationDisplayName("hvviz")
        app.setDesktopFileName("hvviz")
        app.setWindowIcon(QIcon(str(app_icon_path())))
        # item caches at 4K need more than Qt's default 10 MB, or layers redraw every frame
        QPixmapCache.setCacheLimit(96 * 1024)
    font = QFont(register_fonts())
    font.setPointSizeF(10.5)
    app.setFont(font)
    return app


def build_window(content, language: str, select: str | None = None, settings: QSettings | None = None,
                 theme: str = "default", product: str | None = None, io_method: str | None = None) -> MainWindow:
    app = application()
    state = AppState(content, normalize_language(language))
    state.set_theme(theme)
    apply_palette(app, state.theme)
    if settings is not None:
        shown = settings.value("shown")
        if isinstance(shown, list) and shown:
            state.show_stacks(tuple(str(s) for s in shown))
        state.language_changed.connect(lambda lang: settings.setValue("language", lang))
    from hvviz.shell.qt_translations import QT_WORDS

    QT_WORDS.use(state.language)
    state.language_changed.connect(QT_WORDS.use)
    window = MainWindow(state, register_fonts(), all_features(), settings)
    if product is not None:
        state.show_stacks(content.products[product].shown_stacks())
    if select is not None:
        stack_id = content.stack_of(select).id
        if stack_id not in state.shown:  # the layer's own tab: its product's, else the comparison
            state.show_stacks(queries.tab_for(content, stack_id))
        state.select(select)
    if io_method is not None:
        state.set_io_method(io_method)
    return window


def run_window(content, language: str | None, select: str | None, product: str | None = None,
               io_method: str | None = None, theme: str | None = None, step: int | None = None, present: bool = False,
               screen: int | None = None, watch: bool = False) -> int:
    """Open the window and run the event loop until it closes."""
    app = application()
    install_error_hook()
    settings = QSettings()
    remembered = settings.value("language")
    remembered_theme = settings.value("theme")
    window = build_window(content, language or (remembered if isinstance(remembered, str) else "ko"), select, settings,
                          theme=theme or (remembered_theme if isinstance(remembered_theme, str) else "default"),
                          product=product, io_method=io_method)
    _show(window, step, screen, watch)
    if present:
        window.views("lecture").start(from_beginning=step is None)
    return app.exec()


def _show(window: MainWindow, step: int | None = None, screen: int | None = None, watch: bool = False) -> None:
    window.restore()
    window.audience_screen = screen
    window.reopen = lambda folder, old=window: _reopen(old, folder)
    if step is not None:
        window.state.go_to_step(step - 1)
    window.show()
    window.replay()
    if watch:
        window.set_watching(True)


def _reopen(old: MainWindow, folder: Path) -> None:
    """Another pack: a new window on it, in the same place, language and theme; the old one closes."""
    from hvviz.core.errors import ContentErrors
    from hvviz.features import load_pack
    from hvviz.shell.dialogs import show_content_errors

    try:
        content = load_pack(folder)
    except ContentErrors as err:
        show_content_errors(err.errors, old.state.language, old)
        return
    window = build_window(content, old.state.language, settings=old.settings, theme=old.state.theme.name)
    if old.settings is not None:
        old.settings.setValue("pack", str(folder))
    old.close()
    _show(window, watch=old.watching)
    window.setGeometry(old.geometry())
    _open_windows.append(window)


#: windows opened for another pack stay alive while they are open
_open_windows: list = []


def render_screenshot(content, path: Path, size: QSize, language: str, select: str | None = None,
                      product: str | None = None, io_method: str | None = None, theme: str = "default",
                      step: int | None = None) -> None:
    """Render the window off screen, every animation at its end state, to a PNG."""
    from hvviz.gui.image_files import save_png

    app = application(offscreen=True)
    window = build_window(content, language, select, theme=theme, product=product, io_method=io_method)
    if step is not None:
        window.state.go_to_step(step - 1)
    window.resize(size)
    window.show()
    window.replay()
    window.finish_animations()
    app.processEvents()
    window.views("stacks").view.fit()
    image = window.grab().toImage()
    window.close()
    save_png(image, path)


def install_error_hook() -> None:
    """Unexpected errors: the details go to a log file, the user gets a plain message."""
    import tempfile
    import traceback

    log = Path(tempfile.gettempdir()) / "hvviz-error.log"

    def hook(kind, value, tb):
        with open(log, "a", encoding="utf-8") as out:
            out.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
        print(f"hvviz: unexpected error: {kind.__name__}: {value} (details in {log})", file=sys.stderr)
        if QGuiApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "hvviz", f"{kind.__name__}: {value}\n\n{log}")

    sys.excepthook = hook


__all__ = ["application", "build_window", "render_screenshot", "run_window"]
