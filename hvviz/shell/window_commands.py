"""What the window does beyond composing: its commands (screenshot, keys, about, packs, live
reload), presenting full screen, text that grows with the window, and its settings."""

from __future__ import annotations

from pathlib import Path

from hvviz.shell import actions as table
from hvviz.shell.words import tr


class WindowCommands:
    """Mixed into `MainWindow` (a QMainWindow), which provides the state and the views."""

    watcher = None
    #: reopen(folder): set by the app, which opens another pack in a new window
    reopen = None
    _saved_chrome: dict = {}
    _saved_full_screen = False

    # animations -----------------------------------------------------------------------
    def replay(self) -> None:
        self.views("stacks").replay()

    def finish_animations(self) -> None:
        """Every animation at its end state: the build-up, and the I/O request at its last step."""
        self.views("stacks").finish_animations()
        io = self.built("io_path")
        if io is not None:
            io.finish()

    def stop_animations(self) -> None:
        """Stop what runs without jumping to its end (closing, tests)."""
        self.views("stacks").finish_animations()
        io = self.built("io_path")
        if io is not None:
            io.stop()

    # commands -------------------------------------------------------------------------
    def save_screenshot(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from hvviz.gui.file_dialogs import PICTURES, save_file
        from hvviz.gui.image_files import save_png

        lang = self.state.language
        path = save_file(self, tr("action.screenshot", lang), "hvviz.png", "PNG (*.png)", "screenshot", PICTURES)
        if path is None:
            return
        self.finish_animations()
        try:
            save_png(self.grab().toImage(), path)
        except OSError as err:
            QMessageBox.warning(self, "hvviz", str(err))
            return
        self.show_status(str(path))

    def show_keys(self) -> None:
        from hvviz.shell.dialogs import show_keys

        lang = self.state.language
        markdown = table.help_markdown(self.actions_table, self.state.content, lang)
        show_keys(self, lang, markdown + "\n" + self.presenting_help(lang))

    def show_about(self) -> None:
        from hvviz.shell.dialogs import show_about

        pack = self.state.content.pack
        show_about(self, self.state.language, pack.title.get(self.state.language), str(pack.folder))

    def open_pack(self, folder: Path) -> None:
        if self.reopen is not None and Path(folder).resolve() != self.state.content.pack.folder.resolve():
            self.reopen(Path(folder))

    def choose_pack(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, tr("action.open_pack", self.state.language))
        if chosen:
            self.open_pack(Path(chosen))

    @property
    def watching(self) -> bool:
        return self.watcher is not None and self.watcher.active

    def set_watching(self, on: bool) -> None:
        """Live reload: watch the pack's folder and swap the content in on each good save."""
        if self.watcher is None:
            from hvviz.shell.live_reload import LiveReload

            self.watcher = LiveReload(self)
        self.watcher.set_active(on)
        self.binder.refresh()

    # presenting -----------------------------------------------------------------------
    def presenting_changed(self, active: bool) -> None:
        """Full screen with only the stage, the caption and the lesson's progress; and back."""
        chrome = {"menu": self.menuBar(), "toolbar": self.toolbar, "side": self.side_tabs}
        tabs = self.built("products")
        if tabs is not None:
            chrome["tabs"] = tabs.tabs
        if active:
            self._saved_chrome = {name: widget.isVisible() for name, widget in chrome.items()}
            self._saved_full_screen = self.isFullScreen()
            for widget in chrome.values():
                widget.hide()
            self.showFullScreen()
        else:
            for name, widget in chrome.items():
                widget.setVisible(self._saved_chrome.get(name, True))
            if not self._saved_full_screen:
                self.showNormal()
        io = self.built("io_path")
        if io is not None:
            io.sync_controls()
        self._scale_text()
        self.refresh_caption()

    # size -----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_text()
        lecture = self.built("lecture")
        if lecture is not None and lecture.screen_overlay.isVisible():
            lecture.screen_overlay.setGeometry(self.rect())

    def _scale_text(self) -> None:
        """Side text grows with the window, so a projected full-screen window stays readable."""
        height = self.height()
        body = max(14, min(26, round(height / 48)))
        notes = self.built("notes")
        if notes is not None:
            notes.panel.set_text_size(body)
        font = self.caption.font()
        # presenting, the caption is read from the back of the room
        font.setPixelSize(max(24, round(height / 26)) if self.presenting else body + 2)
        self.caption.setFont(font)
        self._apply_style(max(14, min(22, round(height / 52))))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        notes = self.built("notes")
        if notes is not None:
            notes.panel.prewarm()

    # size and settings ------------------------------------------------------------------
    def available_geometry(self):
        """Where the window may be on its screen (without the desktop's panels)."""
        return self.screen().availableGeometry()

    def fit_to_screen(self, width: int = 1280, height: int = 760) -> None:
        """Open at a size that fits the screen, with a minimum that fits it too (a 1280x720 laptop,
        or 1920x1080 at a scale factor of 2, is 960x540 in Qt's units)."""
        available = self.available_geometry()
        self.setMinimumSize(min(960, available.width()), min(600, available.height()))
        self.resize(min(width, available.width()), min(height, available.height()))

    def restore(self) -> None:
        """The size and place of last time, if they are readable and still fit on the screen."""
        from PySide6.QtCore import QByteArray

        self.fit_to_screen()
        geometry = self.settings.value("window/geometry") if self.settings is not None else None
        if not isinstance(geometry, (QByteArray, bytes)) or not self.restoreGeometry(QByteArray(geometry)):
            return
        if not self.available_geometry().contains(self.geometry()):
            self.fit_to_screen()

    def closeEvent(self, event) -> None:
        self.stop_animations()
        lecture = self.built("lecture")
        if lecture is not None:
            lecture.close()
        if self.watcher is not None:
            self.watcher.set_active(False)
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("language", self.state.language)
            self.settings.setValue("shown", list(self.state.shown))
        super().closeEvent(event)
