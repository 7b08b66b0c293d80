"""Helpers shared by the GUI tests: a window's features' views, where a layer is on screen,
what text is visible."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def scene(window):
    return window.views("stacks").scene


def stage_view(window):
    return window.views("stacks").view


def notes_panel(window):
    return window.views("notes").panel


def stack_tabs(window):
    return window.views("products").tabs


def io_player(window):
    return window.views("io_path").player


def io_controls(window):
    return window.views("io_path").controls


def presentation(window):
    return window.views("lecture").presentation


def action(window, action_id: str):
    """The QAction made from the table's action `action_id`."""
    return window.binder.qaction(action_id)


def layer_center_on_screen(window, layer_id: str) -> QPoint:
    """The point in the stage viewport where the layer `layer_id` is drawn."""
    item = scene(window).layer_item(layer_id)
    scene_point = item.mapToScene(item.block_rect().center())
    return stage_view(window).mapFromScene(scene_point)


def visible_strings(window) -> list[tuple[str, str]]:
    """(where, text) for every string a user can see: chrome, stage, notes, caption."""
    out = [("window title", window.windowTitle())]
    for menu_action in window.menuBar().actions():
        out.append(("menu", menu_action.text()))
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            out.extend(("menu item", a.text()) for a in menu.actions() if not a.isSeparator())
    out.extend(("toolbar", a.text()) for a in window.toolbar.actions() if not a.isSeparator())
    for stack_item in scene(window).stack_items.values():
        out.append(("stack title", stack_item.title._title))
        out.append(("stack aka", stack_item.title._aka))
        out.append(("stack caption", stack_item.caption.toPlainText()))
        for layer_item in stack_item.layer_items.values():
            out.append(("layer label", layer_item.label_text()))
            out.append(("layer detail", layer_item._detail))
            if layer_item.badge:
                out.append(("badge", layer_item.badge))
    out.append(("notes", notes_panel(window).toPlainText()))
    out.append(("caption", window.caption.text()))
    out.append(("stage description", stage_view(window).accessibleDescription()))
    return [(where, text) for where, text in out if text]
