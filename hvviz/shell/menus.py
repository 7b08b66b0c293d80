"""The table of actions made real: a QAction for each, in the menus and the toolbar, with its
shortcuts, its name in the current language, and its check mark and enabled state kept in step
with the state. Keys that a view handles itself (the stage's, the presentation's) are listed
in the help, not bound here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from hvviz.core.actions import Action
from hvviz.shell.actions import MENUS
from hvviz.shell.words import tr

_MENU_WORDS = {"file": "menu.file", "view": "menu.view", "language": "menu.language", "help": "menu.help"}


class ActionBinder:
    def __init__(self, window: QMainWindow, host, actions: list[Action], feature_menus: dict, family_font):
        self.window, self.host, self.actions = window, host, actions
        self.feature_menus = feature_menus
        self.qactions: dict[str, QAction] = {}
        #: (action id, "checked" or "enabled") → the value Qt has
        self._shown: dict[tuple[str, str], bool] = {}
        self._groups: dict[str, QActionGroup] = {}
        for action in actions:
            if action.run is not None and action.context == "window":
                self.qactions[action.id] = self._make(action)
        self.menus = self._build_menus()
        self.toolbar = self._build_toolbar(family_font)

    def _make(self, action: Action) -> QAction:
        qaction = QAction(self.window)
        qaction.setObjectName(action.id)
        if action.keys:
            qaction.setShortcuts([QKeySequence(key) for key in action.keys])
        qaction.setCheckable(action.checked is not None)
        qaction.triggered.connect(lambda _checked=False, a=action: self._run(a))
        if action.group is not None:
            group = self._groups.get(action.group)
            if group is None:
                group = self._groups[action.group] = QActionGroup(self.window)
                group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
            group.addAction(qaction)
        self.window.addAction(qaction)  # its keys work with the menus hidden too (presenting)
        return qaction

    def _run(self, action: Action) -> None:
        if action.enabled is None or action.enabled(self.host):
            action.run(self.host)
        self._shown.pop((action.id, "checked"), None)  # Qt toggled it on the click: say again what is right
        for other in self.actions:
            if other.group is not None and other.group == action.group:
                self._shown.pop((other.id, "checked"), None)
        self.refresh()

    def _build_menus(self) -> dict:
        bar = self.window.menuBar()
        menus = {}
        for menu_id in MENUS:
            members = [a for a in self.actions if a.menu == menu_id and a.id in self.qactions]
            if not members:
                continue
            menu = bar.addMenu("")
            section = members[0].section
            for action in members:
                if action.section != section:
                    menu.addSeparator()
                    section = action.section
                menu.addAction(self.qactions[action.id])
            menus[menu_id] = menu
        return menus

    def _build_toolbar(self, font) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setFont(font)
        section = None
        for action in self.actions:
            if action.toolbar and action.id in self.qactions:
                if section is not None and action.section != section:
                    toolbar.addSeparator()
                section = action.section
                toolbar.addAction(self.qactions[action.id])
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def retranslate(self, lang: str) -> None:
        content = self.host.state.content
        for action in self.actions:
            qaction = self.qactions.get(action.id)
            if qaction is not None:
                qaction.setText(action.name(content, lang))
                qaction.setToolTip(action.tip.get(lang) if action.tip is not None else action.name(content, lang).replace("&", ""))
        for menu_id, menu in self.menus.items():
            title = self.feature_menus.get(menu_id)
            menu.setTitle(title.get(lang) if title is not None else tr(_MENU_WORDS[menu_id], lang))
        self.toolbar.setWindowTitle(tr("toolbar.view", lang))
        self.refresh()

    def refresh(self, *_args) -> None:
        """Check marks and enabled states from the state (Qt is told only what changed)."""
        for action in self.actions:
            qaction = self.qactions.get(action.id)
            if qaction is None:
                continue
            if action.checked is not None:
                self._set(action.id, "checked", bool(action.checked(self.host)), qaction.setChecked)
            if action.enabled is not None:
                self._set(action.id, "enabled", bool(action.enabled(self.host)), qaction.setEnabled)

    def _set(self, action_id: str, what: str, value: bool, setter) -> None:
        if self._shown.get((action_id, what)) != value:
            self._shown[(action_id, what)] = value
            setter(value)

    def qaction(self, action_id: str) -> QAction:
        return self.qactions[action_id]
