"""Helpers shared by the GUI tests: where a layer is on screen, what text is visible."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def layer_center_on_screen(window, layer_id: str) -> QPoint:
    """The point in the stage viewport where the layer `layer_id` is drawn."""
    item = window.scene.layer_item(layer_id)
    scene_point = item.mapToScene(item.block_rect().center())
    return window.stage_view.mapFromScene(scene_point)


def visible_strings(window) -> list[tuple[str, str]]:
    """(where, text) for every string a user can see: chrome, stage, notes, caption."""
    out = [("window title", window.windowTitle())]
    for menu_action in window.menuBar().actions():
        out.append(("menu", menu_action.text()))
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            out.extend(("menu item", a.text()) for a in menu.actions() if not a.isSeparator())
    out.extend(("toolbar", a.text()) for a in window.toolbar.actions() if not a.isSeparator())
    for stack_item in window.scene.stack_items.values():
        out.append(("stack title", stack_item.title._title))
        out.append(("stack aka", stack_item.title._aka))
        out.append(("stack caption", stack_item.caption.toPlainText()))
        for layer_item in stack_item.layer_items.values():
            out.append(("layer label", layer_item.label_text()))
            out.append(("layer detail", layer_item._detail))
            if layer_item.badge:
                out.append(("badge", layer_item.badge))
    out.append(("notes", window.notes.toPlainText()))
    out.append(("caption", window.caption.text()))
    out.append(("stage description", window.stage_view.accessibleDescription()))
    return [(where, text) for where, text in out if text]
