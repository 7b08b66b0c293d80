"""The I/O path's views in the window, built when a product is first shown: the player (on the
stage's scene), its controls under the stage, and the path's journey in the notes panel."""

from __future__ import annotations

from hvviz.features.io_path._qt.controls import IoControls, pick_method
from hvviz.features.io_path._qt.player import IoPlayer
from hvviz.features.io_path.markdown import io_path_markdown


class IoPathViews:
    def __init__(self, host):
        self.host = host
        self.state = host.state
        self.player = IoPlayer(host.state, host.views("stacks").scene, host.family)
        self.controls = IoControls(host.state, self.player)
        host.place("below_stage", self.controls)
        host.views("notes").panel.add_source(self.note)
        host.state.shown_changed.connect(self.sync_controls)
        self.sync_controls()

    def note(self, state):
        """The path's journey for the notes panel, while a path is shown and nothing is selected."""
        path = state.io_path()
        if path is None or state.selected is not None:
            return None
        lang = state.language
        markdown = io_path_markdown(state.content, path.product, path.method, state.io_step, lang)
        return markdown, state.content.io_methods[path.method].name.get(lang)

    def sync_controls(self, *_args) -> None:
        """The controls show on a product's tab, never while presenting."""
        self.controls.suppressed = self.host.presenting
        self.controls.setVisible(self.state.product() is not None and not self.host.presenting)

    def pick(self, method: str | None) -> None:
        pick_method(self.state, method)

    def runnable(self) -> bool:
        path = self.state.io_path()
        return path is not None and bool(path.steps)

    def finish(self) -> None:
        if self.player.steps():
            self.player.finish()

    def stop(self) -> None:
        self.player.stop()


def install(host) -> IoPathViews:
    return IoPathViews(host)
