"""The stacks' views in the window: the stage (scene and view), built with the window."""

from __future__ import annotations

from hvviz.features.stacks._qt.scene import StageScene
from hvviz.features.stacks._qt.view import StageView


class StacksViews:
    def __init__(self, host):
        self.state = host.state
        self.scene = StageScene(host.state, host.state.theme, host.family, host.window)
        self.view = StageView(self.scene, host.state)
        host.place("stage", self.view)

    def replay(self) -> None:
        """Build the stacks up again from the hardware (R)."""
        self.scene.build_up()

    def zoom(self, factor: float | None) -> None:
        """Ctrl+= / Ctrl+- zoom the stage in and out; Ctrl+0 fits it to the window again."""
        self.view.set_zoom(1.0 if factor is None else self.view.zoom * factor)

    def finish_animations(self) -> None:
        self.scene.finish_animations()


def install(host) -> StacksViews:
    return StacksViews(host)
