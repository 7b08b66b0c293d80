"""Builds the QApplication, registers fonts, and wires content + state + window."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPixmapCache
from PySide6.QtWidgets import QApplication

from hvviz import resources
from hvviz.model.content import Content
from hvviz.model.errors import ContentError
from hvviz.model.i18n import normalize_language
from hvviz.palette import apply_palette
from hvviz.state import AppState
from hvviz.ui_text import tr
from hvviz.window import MainWindow

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
        app.setWindowIcon(QIcon(str(resources.icon_path("hvviz"))))
        # item caches at 4K need more than Qt's default 10 MB, or layers redraw every frame
        QPixmapCache.setCacheLimit(96 * 1024)
    family = resources.register_fonts()
    font = QFont(family)
    font.setPointSizeF(10.5)
    app.setFont(font)
    return app


def build_window(content: Content, language: str, select: str | None = None, settings: QSettings | None = None,
                 theme: str = "default", product: str | None = None, io_method: str | None = None) -> MainWindow:
    app = application()
    family = resources.register_fonts()
    state = AppState(content, normalize_language(language))
    state.set_theme(theme)
    apply_palette(app, state.theme)
    if settings is not None:
        shown = settings.value("shown")
        if isinstance(shown, list) and shown:
            state.show_stacks(tuple(str(s) for s in shown))
        state.language_changed.connect(lambda lang: settings.setValue("language", lang))
    window = MainWindow(state, state.theme, family, settings)
    if product is not None:
        state.show_stacks(content.products[product].shown_stacks())
    if select is not None:
        stack_id = content.stack_of(select).id
        if stack_id not in state.shown:  # the layer's own tab: its product's, else the comparison
            owner = content.product_for_stack(stack_id)
            state.show_stacks(owner.shown_stacks() if owner is not None else content.compare)
        state.select(select)
    if io_method is not None:
        state.set_io_method(io_method)
    return window


def run_window(content: Content, language: str | None, select: str | None, product: str | None = None,
               io_method: str | None = None, theme: str | None = None, step: int | None = None, present: bool = False,
               screen: int | None = None) -> int:
    """Open the window and run the event loop until it closes."""
    app = application()
    install_error_hook()
    settings = QSettings()
    remembered = settings.value("language")
    remembered_theme = settings.value("theme")
    window = build_window(content, language or (remembered if isinstance(remembered, str) else "ko"), select, settings,
                          theme=theme or (remembered_theme if isinstance(remembered_theme, str) else "default"),
                          product=product, io_method=io_method)
    window.resize(1280, 760)
    window.restore()
    window.audience_screen = screen
    if step is not None:
        window.state.go_to_step(step - 1)
    window.show()
    window.replay()
    if present:
        window.presentation.start(from_beginning=step is None)
    return app.exec()


def render_screenshot(content: Content, path: Path, size: QSize, language: str, select: str | None = None,
                      product: str | None = None, io_method: str | None = None, theme: str = "default",
                      step: int | None = None) -> None:
    """Render the window off screen, every animation at its end state, to a PNG."""
    app = application(offscreen=True)
    window = build_window(content, language, select, theme=theme, product=product, io_method=io_method)
    if step is not None:
        window.state.go_to_step(step - 1)
    window.resize(size)
    window.show()
    window.replay()
    window.finish_animations()
    app.processEvents()
    window.stage_view.fit()
    image = window.grab().toImage()
    window.close()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def show_content_errors(errors: list[ContentError], language: str = "ko") -> None:
    """The content errors in a readable dialog (the app's own, never a traceback)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

    application()
    dialog = QDialog()
    dialog.setWindowTitle(tr("dialog.content_error", language))
    layout = QVBoxLayout(dialog)
    intro = QLabel(tr("dialog.content_error.body", language))
    intro.setWordWrap(True)
    layout.addWidget(intro)
    details = QPlainTextEdit("\n".join(str(e) for e in errors))
    details.setReadOnly(True)
    details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    layout.addWidget(details)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(820, 360)
    dialog.exec()


def install_error_hook() -> None:
    """Unexpected errors: the details go to a log file, the user gets a plain message."""
    log = Path(tempfile.gettempdir()) / "hvviz-error.log"

    def hook(kind, value, tb):
        with open(log, "a", encoding="utf-8") as out:
            out.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
        print(f"hvviz: unexpected error: {kind.__name__}: {value} (details in {log})", file=sys.stderr)
        if QGuiApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "hvviz", f"{kind.__name__}: {value}\n\n{log}")

    sys.excepthook = hook


__all__ = ["application", "build_window", "render_screenshot", "run_window", "show_content_errors"]
