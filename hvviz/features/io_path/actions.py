"""The I/O path's actions, as data: a menu with every method (so each can be picked from the
keyboard), and play / pause, step and restart as window-wide keys."""

from __future__ import annotations

from hvviz.core.actions import Action
from hvviz.features.io_path.words import WORDS


def _offered(host, method: str) -> bool:
    product = host.state.product()
    return product is not None and method in product.io_methods


def actions(content) -> list[Action]:
    methods = [
        Action(f"io.method.{method.id}", method.name, menu="io", section="methods",
               run=lambda host, m=method.id: host.views("io_path").pick(None if host.state.io_method == m else m),
               checked=lambda host, m=method.id: host.state.io_method == m, group="io methods",
               enabled=lambda host, m=method.id: _offered(host, m))
        for method in content.io_methods.values()
    ]
    return methods + [
        Action("io.hide", WORDS["action.hide"], menu="io", section="methods",
               run=lambda host: host.views("io_path").pick(None), enabled=lambda host: host.state.io_method is not None),
        Action("io.play", WORDS["io.play"], keys=("Ctrl+Space",), menu="io", section="player", help=WORDS["keys.play"],
               run=lambda host: host.views("io_path").player.toggle(), enabled=lambda host: _runnable(host)),
        Action("io.step", WORDS["io.step"], keys=("Ctrl+Right",), menu="io", section="player", help=WORDS["keys.step"],
               run=lambda host: host.views("io_path").player.step(), enabled=lambda host: _runnable(host)),
        Action("io.restart", WORDS["io.restart"], keys=("Ctrl+Left",), menu="io", section="player", help=WORDS["keys.restart"],
               run=lambda host: host.views("io_path").player.restart(), enabled=lambda host: _runnable(host)),
    ]


def _runnable(host) -> bool:
    path = host.state.io_path()
    return path is not None and bool(path.steps)
