"""Live reload: a teacher saves a content file and sees the change, with no restart.

The pack's folder, its subfolders and its files are watched (`QFileSystemWatcher`; editors that
save by writing a new file and renaming it over the old one are followed by watching the
folder too, and by watching each file again after a change). Several saves in quick succession
reload once. A good save swaps the content in place (`AppState.set_content`); a broken one
keeps the last good content on screen and shows the located errors in a banner, which the
next good save clears. While presenting, a reload waits for the step's transition to end and
never changes the step the audience sees.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from hvviz.core.cache import pack_files

#: saves closer together than this reload once
DEBOUNCE_MS = 300


class LiveReload(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.active = False
        self.watcher: QFileSystemWatcher | None = None
        self.reloads = 0  # good reloads done (tests wait on it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self.banner = None

    @property
    def folder(self) -> Path:
        return self.window.state.content.pack.folder

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        if on:
            self.watcher = QFileSystemWatcher(self)
            self.watcher.fileChanged.connect(self._changed)
            self.watcher.directoryChanged.connect(self._changed)
            self._watch()
        else:
            self._timer.stop()
            if self.watcher is not None:
                self.watcher.deleteLater()
                self.watcher = None

    def _watch(self) -> None:
        """Watch the folder, its subfolders and every file; again after each change, since a save
        by rename leaves the watcher on a file that is gone."""
        files = pack_files(self.folder)
        wanted = {str(self.folder)} | {os.path.dirname(path) for path in files} | set(files)
        missing = sorted(wanted - set(self.watcher.files()) - set(self.watcher.directories()))
        if missing:
            self.watcher.addPaths(missing)

    def _changed(self, _path: str) -> None:
        if self.active:
            self._timer.start()  # debounced: the last of several saves wins

    def reload(self) -> None:
        """Check the pack again; swap it in if it is good, else show what is wrong."""
        from hvviz.core.errors import ContentErrors
        from hvviz.features import load_pack

        if self.watcher is not None:
            self._watch()
        try:
            content = load_pack(self.folder)
        except ContentErrors as err:
            self._show_errors(err.errors)
            return
        if self.banner is not None:
            self.banner.hide()
        self._swap_in(content)

    def _swap_in(self, content) -> None:
        """While presenting, wait until the step's transition has ended."""
        animation = self.window.views("stacks").scene.animation
        if self.window.presenting and animation is not None and animation.state() == animation.State.Running:
            animation.finished.connect(lambda: self._swap_in(content))
            return
        self.window.state.set_content(content)
        self.reloads += 1

    def _show_errors(self, errors) -> None:
        from hvviz.shell.reload_banner import ReloadBanner

        if self.banner is None:
            self.banner = ReloadBanner(self.window.state)
            self.window.central_column.insertWidget(0, self.banner)
        self.banner.show_errors(errors)
