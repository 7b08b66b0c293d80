"""The main window: composes the features' views around the stage, and is their host.

It explains nothing itself: the words come from the content and the features, the behaviour
from the state, the core's rules and the features' views. A feature's views are built when
first needed (`views`), so start-up builds only what the first frame shows.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from hvviz.core.feature import resolve
from hvviz.core.resources import app_icon_path
from hvviz.shell import actions as table
from hvviz.shell.caption import CaptionBar
from hvviz.shell.menus import ActionBinder
from hvviz.shell.side_panels import SidePanels
from hvviz.shell.style import window_style
from hvviz.shell.window_commands import WindowCommands
from hvviz.shell.words import tr
from hvviz.state import AppState


class MainWindow(WindowCommands, QMainWindow):
    def __init__(self, state: AppState, family: str, features, settings: QSettings | None = None):
        super().__init__()
        self.state, self.family, self.settings = state, family, settings
        self.window = self  # the host's window, for features' dialogs
        self.features = [f for f in features if f.name in state.content.pack.features]
        self._views: dict[str, object] = {}
        self._chrome_px = 0
        self.audience_screen: int | None = None
        self.fit_to_screen()
        self.setProperty("hvvizWindow", True)  # presenting listens to keys in hvviz's windows
        self._build_layout()
        for feature in self.features:
            if feature.built_at_start:
                self.views(feature.name)
        self.side = SidePanels(self, self.side_tabs, [panel for f in self.features for panel in f.panels])
        self.actions_table = table.table(state.content, self.features)
        menus = {key: words for f in self.features for key, words in f.menus.items()}
        self.binder = ActionBinder(self, self, self.actions_table, menus, QFont(family))
        self.toolbar = self.binder.toolbar
        self._apply_style(14)
        for signal in (state.shown_changed, state.selection_changed, state.io_method_changed, state.io_step_changed,
                       state.lesson_step_changed, state.theme_changed, state.language_changed):
            signal.connect(self._state_changed)
        state.language_changed.connect(self.retranslate)
        state.theme_changed.connect(self._restyle)
        state.content_changed.connect(self._content_changed)
        # a lesson step is shown to a room: no keyboard focus ring on it
        state.lesson_step_changed.connect(lambda _step: self.views("stacks").scene.set_keyboard_focus_visible(False))
        self.retranslate()
        self._wake()
        self.views("stacks").view.setFocus()  # the keys start on the stage: arrows move between layers

    def _build_layout(self) -> None:
        self.setWindowIcon(QIcon(str(app_icon_path())))
        self.stage_column = QVBoxLayout()
        self.stage_column.setContentsMargins(0, 0, 0, 0)
        self.stage_column.setSpacing(0)
        stage = QWidget()
        stage.setLayout(self.stage_column)
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(stage)
        self.splitter.addWidget(self.side_tabs)
        # the stage keeps about 70 % of the width as the window grows or shrinks
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([700, 300])  # before the side's minimum, which would clamp it
        self.splitter.setChildrenCollapsible(False)
        self.side_tabs.setMinimumWidth(320)
        self.caption = CaptionBar(self.state, self.family)
        central = QWidget()
        self.central_column = QVBoxLayout(central)
        self.central_column.setContentsMargins(0, 0, 0, 0)
        self.central_column.setSpacing(0)
        self.central_column.addWidget(self.splitter, 1)
        self.central_column.addWidget(self.caption)
        self.setCentralWidget(central)
        self._slots = {"above_stage": [], "stage": [], "below_stage": []}

    # the host's side: what features ask of the window ----------------------------------
    def views(self, name: str):
        """A feature's views, built (and their modules imported) the first time they are asked for."""
        if name not in self._views:
            feature = next(f for f in self.features if f.name == name)
            self._views[name] = resolve(feature.views)(self)
        return self._views[name]

    def built(self, name: str):
        return self._views.get(name)

    def place(self, where: str, widget: QWidget, title=None) -> None:
        """Put a feature's widget above, on or below the stage, or as a side panel tab."""
        if where == "side":
            self.side_tabs.insertTab(0, widget, title.get(self.state.language))
            self.side_tabs.setCurrentIndex(0)
            return
        order = ("above_stage", "stage", "below_stage")
        index = sum(len(self._slots[slot]) for slot in order[:order.index(where) + 1])
        self._slots[where].append(widget)
        self.stage_column.insertWidget(index, widget, 1 if where == "stage" else 0)

    @property
    def presenting(self) -> bool:
        lecture = self._views.get("lecture")
        return lecture is not None and lecture.active

    def presenting_help(self, lang: str) -> str:
        return f"## {tr('keys.presenting', lang)}\n\n" + table.help_markdown(self.actions_table, self.state.content, lang, True)

    def refresh_caption(self) -> None:
        lecture = self._views.get("lecture")
        digits = lecture.presentation.goto_digits if lecture is not None else None
        self.caption.refresh(self.presenting, digits)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def open_place(self, address: str) -> bool:
        """Follow an `hvviz://` link: the feature that opens its kind shows the place. False if no
        feature of this pack opens it (or the place is not in the content)."""
        from hvviz.core.places import parse

        place = parse(address)
        if place is None:
            return False
        kind, parts = place
        opener = next((f.opens[kind] for f in self.features if kind in f.opens), None)
        return bool(opener is not None and resolve(opener)(self, parts))

    def show_panel(self, key: str) -> None:
        """Bring a side panel's tab to the front: "notes", or a feature's panel by its key."""
        if key == "notes":
            notes = self.built("notes")
            if notes is not None:
                self.side_tabs.setCurrentWidget(notes.panel)
        else:
            self.side.show(key)

    def note_addons(self) -> list:
        """Each feature's `note_addons(content, layer_id, markdown, lang)`, in feature order."""
        return [resolve(f.note_addons) for f in self.features if f.note_addons is not None]

    # following the state ----------------------------------------------------------------
    def _state_changed(self, *_args) -> None:
        self._wake()
        self.binder.refresh()
        self.refresh_caption()

    def _wake(self) -> None:
        """Build the views of features that the state now needs (the I/O path on a product's tab)."""
        for feature in self.features:
            if feature.wake is not None and feature.name not in self._views and feature.wake(self.state):
                self.views(feature.name)

    def retranslate(self, *_args) -> None:
        from hvviz.shell.pack_titles import remember

        lang = self.state.language
        pack = self.state.content.pack
        remember(pack)
        bundled = pack.folder.resolve().parent == table_packs_dir()
        key = "window.title" if bundled else "window.title.folder"
        self.setWindowTitle(tr(key, lang, pack=pack.title.get(lang), folder=str(pack.folder)))
        self.side.retranslate(lang)
        self.binder.retranslate(lang)
        self.refresh_caption()

    def _restyle(self, *_args) -> None:
        from PySide6.QtWidgets import QApplication

        from hvviz.gui.palette import apply_palette

        apply_palette(QApplication.instance(), self.state.theme)
        self._apply_style(self._chrome_px)
        self.side.restyle(self.state.theme)
        if self.settings is not None:
            self.settings.setValue("theme", self.state.theme.name)

    def _content_changed(self) -> None:
        self.binder.refresh()
        self.retranslate()

    def _apply_style(self, chrome_px: int) -> None:
        """Set only when it changes: Qt restyles every widget on each set."""
        self._chrome_px = chrome_px
        sheet = window_style(self.state.theme, chrome_px)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)


def table_packs_dir():
    from hvviz.core.resources import packs_dir

    return packs_dir().resolve()
