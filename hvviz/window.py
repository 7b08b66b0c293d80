"""The main window: composes the stage, the notes panel and the caption, and wires actions.

It explains nothing itself: words come from the content and `ui_text`, behaviour from
the state and the stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hvviz import __version__, resources
from hvviz.panels.notes import NotesPanel
from hvviz.panels.stack_tabs import StackTabs
from hvviz.stage.scene import StageScene
from hvviz.stage.view import StageView
from hvviz.state import AppState
from hvviz.theme import Theme
from hvviz.ui_text import tr

if TYPE_CHECKING:
    from hvviz.panels.lesson_overlay import LessonProgress, ScreenOverlay
    from hvviz.presenting import Presentation


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, theme: Theme, family: str, settings: QSettings | None = None):
        super().__init__()
        self.state = state
        self.theme = theme
        self.settings = settings
        self.setWindowIcon(QIcon(str(resources.icon_path("hvviz"))))
        self.setMinimumSize(960, 600)
        self.setProperty("hvvizWindow", True)  # presenting listens to keys in hvviz's windows

        self.family = family
        self.scene = StageScene(state, theme, family, self)
        self.stage_view = StageView(self.scene, state)
        self.stack_tabs = StackTabs(state)
        self._io_player = None  # the I/O machinery is built when a product is first shown
        self._io_controls = None
        self.notes = NotesPanel(state, theme, family)
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.caption.setFont(QFont(family))

        stage_column = QWidget()
        column = QVBoxLayout(stage_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack_tabs)
        column.addWidget(self.stage_view, 1)
        self._stage_column = column
        self._stage_column_widget = stage_column

        # the side panel: notes first; the charts are built (and pyqtgraph imported) on first view
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.notes, "")
        self.chart_tabs: dict[str, QWidget | None] = {"cost": None, "scheduling": None}
        for _name in self.chart_tabs:
            self.side_tabs.addTab(QWidget(), "")
        self.side_tabs.currentChanged.connect(self._side_tab_shown)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(stage_column)
        splitter.addWidget(self.side_tabs)
        # the stage keeps about 70 % of the width as the window grows or shrinks
        splitter.setStretchFactor(0, 7)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([700, 300])
        splitter.setChildrenCollapsible(False)
        self.side_tabs.setMinimumWidth(320)
        self.splitter = splitter
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.caption)
        self.setCentralWidget(central)

        # presenting is built on first use (F5): none of it is on screen before then
        self._presentation: Presentation | None = None
        self._screen_overlay: ScreenOverlay | None = None
        self._lesson_progress: LessonProgress | None = None
        self.presenter_view = None
        #: the screen the audience sees when there are several (--screen N); None: the second one
        self.audience_screen: int | None = None
        self._saved_chrome: dict[str, bool] = {}

        self._apply_style(14)
        self._build_actions(family)
        self._build_menus()
        state.language_changed.connect(self.retranslate)
        state.shown_changed.connect(self._sync_view_actions)
        state.selection_changed.connect(self._update_caption)
        state.shown_changed.connect(self._product_shown)
        state.shown_changed.connect(self._update_caption)
        state.io_method_changed.connect(self._update_caption)
        state.io_step_changed.connect(self._update_caption)
        state.lesson_step_changed.connect(self._update_caption)
        # a lesson step is shown to a room: no keyboard focus ring on it
        state.lesson_step_changed.connect(lambda _step: self.scene.set_keyboard_focus_visible(False))

        state.theme_changed.connect(self._restyle)
        self.retranslate()

    # presenting, built on first use ------------------------------------------------
    @property
    def presentation(self) -> Presentation:
        self._ensure_presentation()
        return self._presentation

    @property
    def screen_overlay(self) -> ScreenOverlay:
        self._ensure_presentation()
        return self._screen_overlay

    def _ensure_presentation(self) -> None:
        if self._presentation is not None:
            return
        from hvviz.panels.lesson_overlay import ScreenOverlay
        from hvviz.presenting import Presentation

        self._presentation = Presentation(self.state, self)
        self._screen_overlay = ScreenOverlay(self.state, self.theme, self.family, self)
        self._presentation.active_changed.connect(self._presenting_changed)
        self._presentation.overlay_changed.connect(self._screen_overlay.set_mode)
        self._presentation.goto_changed.connect(self._update_caption)
        self._presentation.presenter_requested.connect(self.open_presenter_view)

    @property
    def presenting(self) -> bool:
        return self._presentation is not None and self._presentation.active

    @property
    def lesson_progress(self) -> LessonProgress:
        if self._lesson_progress is None:
            from hvviz.panels.lesson_overlay import LessonProgress

            self._lesson_progress = LessonProgress(self.state, self.theme)
            self._lesson_progress.hide()
            self._stage_column.insertWidget(self._stage_column.indexOf(self.stage_view) + 1, self._lesson_progress)
        return self._lesson_progress

    # the I/O path, built on first use ---------------------------------------------
    @property
    def io_player(self):
        self._ensure_io()
        return self._io_player

    @property
    def io_controls(self):
        self._ensure_io()
        return self._io_controls

    def _ensure_io(self) -> None:
        if self._io_player is not None:
            return
        from hvviz.panels.io_controls import IoControls
        from hvviz.stage.io_player import IoPlayer

        self._io_player = IoPlayer(self.state, self.scene, self.family)
        self._io_controls = IoControls(self.state, self._io_player, self._stage_column_widget)
        self._stage_column.addWidget(self._io_controls)

    def _product_shown(self, *_args) -> None:
        if self.state.product() is not None:
            self._ensure_io()
            self._io_controls.suppressed = self.presenting
            self._io_controls.setVisible(not self.presenting)

    # actions ----------------------------------------------------------------------
    def _build_actions(self, family: str) -> None:
        content = self.state.content
        self.view_group = QActionGroup(self)
        self.view_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.view_actions: dict[tuple[str, ...], QAction] = {}
        choices: list[tuple[str, ...]] = []
        compare = content.compare
        if len(compare) > 1:
            choices = [(compare[0],), compare] + [(stack_id,) for stack_id in compare[1:]]
        else:
            choices = [compare]
        for number, shown in enumerate(choices, start=1):
            action = QAction(self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(str(number)))
            action.triggered.connect(lambda _checked=False, s=shown: self.state.show_stacks(s))
            self.view_group.addAction(action)
            self.view_actions[shown] = action
        self._sync_view_actions()

        self.replay_action = QAction(self)
        self.replay_action.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.replay_action.triggered.connect(self.replay)

        self.clear_action = QAction(self)
        self.clear_action.triggered.connect(lambda: self.state.select(None))

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in ("ko", "en"):
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(lang == self.state.language)
            action.triggered.connect(lambda _checked=False, code=lang: self.state.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[lang] = action
        self.next_tab_action = QAction(self)
        self.next_tab_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_tab_action.triggered.connect(lambda: self._step_tab(1))
        self.previous_tab_action = QAction(self)
        self.previous_tab_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_tab_action.triggered.connect(lambda: self._step_tab(-1))
        self.addAction(self.next_tab_action)
        self.addAction(self.previous_tab_action)

        self.present_action = QAction(self)
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.triggered.connect(lambda: self.presentation.start())
        self.present_start_action = QAction(self)
        self.present_start_action.setShortcut(QKeySequence("Shift+F5"))
        self.present_start_action.triggered.connect(lambda: self.presentation.start(from_beginning=True))
        for action in (self.present_action, self.present_start_action):
            action.setEnabled(bool(content.lesson))
            self.addAction(action)

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in ("default", "projector"):
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(name == self.state.theme.name)
            action.triggered.connect(lambda _checked=False, n=name: self.state.set_theme(n))
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.theme_actions["projector"].setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_in_action.triggered.connect(lambda: self.zoom(1.2))
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence("Ctrl+-"))
        self.zoom_out_action.triggered.connect(lambda: self.zoom(1 / 1.2))
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.zoom(None))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, *self.theme_actions.values()):
            self.addAction(action)

        self.toggle_language_action = QAction(self)
        self.toggle_language_action.setShortcut(QKeySequence("Ctrl+L"))
        self.toggle_language_action.triggered.connect(
            lambda: self.state.set_language("en" if self.state.language == "ko" else "ko")
        )
        self.addAction(self.toggle_language_action)

        self.screenshot_action = QAction(self)
        self.screenshot_action.setShortcut(QKeySequence.StandardKey.Save)
        self.screenshot_action.triggered.connect(self._save_screenshot)
        self.export_pdf_action = QAction(self)
        self.export_pdf_action.triggered.connect(lambda: self._export("pdf"))
        self.export_png_action = QAction(self)
        self.export_png_action.triggered.connect(lambda: self._export("png"))
        for action in (self.export_pdf_action, self.export_png_action):
            action.setEnabled(bool(content.lesson))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.keys_action = QAction(self)
        self.keys_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.keys_action.triggered.connect(self._show_keys)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._show_about)

        self.toolbar = QToolBar()
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setFont(QFont(family))
        for action in self.view_actions.values():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.replay_action)
        self.toolbar.addSeparator()
        for action in self.language_actions.values():
            self.toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.screenshot_action)
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addAction(self.export_png_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for action in self.view_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.replay_action)
        self.view_menu.addAction(self.clear_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.next_tab_action)
        self.view_menu.addAction(self.previous_tab_action)
        self.view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        for action in self.theme_actions.values():
            self.view_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.language_menu.addAction(self.toggle_language_action)
        self.lesson_menu = bar.addMenu("")
        self.lesson_menu.addAction(self.present_action)
        self.lesson_menu.addAction(self.present_start_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.keys_action)
        self.help_menu.addAction(self.about_action)

    def _sync_view_actions(self, *_args) -> None:
        """Check the view on screen; on a product tab none of them is."""
        for shown, action in self.view_actions.items():
            action.setChecked(shown == self.state.shown)

    # language -----------------------------------------------------------------------
    def retranslate(self, *_args) -> None:
        lang = self.state.language
        content = self.state.content
        self.setWindowTitle(tr("app.title", lang))
        for shown, action in self.view_actions.items():
            if len(shown) == 1 and len(content.compare) > 1:
                action.setText(tr("action.only", lang, title=content.stack(shown[0]).title.get(lang)))
            else:
                action.setText(tr("action.both", lang))
        self.replay_action.setText(tr("action.replay", lang))
        self.replay_action.setToolTip(tr("action.replay.tip", lang))
        self.clear_action.setText(tr("action.clear", lang))
        self.next_tab_action.setText(tr("action.next_tab", lang))
        self.theme_actions["default"].setText(tr("action.theme_default", lang))
        self.theme_actions["projector"].setText(tr("action.theme_projector", lang))
        self.zoom_in_action.setText(tr("action.zoom_in", lang))
        self.zoom_out_action.setText(tr("action.zoom_out", lang))
        self.zoom_reset_action.setText(tr("action.zoom_reset", lang))
        self.previous_tab_action.setText(tr("action.previous_tab", lang))
        self.side_tabs.setTabText(0, tr("panel.notes", lang))
        self.side_tabs.setTabText(1, tr("panel.cost", lang))
        self.side_tabs.setTabText(2, tr("panel.scheduling", lang))
        for code, action in self.language_actions.items():
            action.setText(tr(f"lang.{code}", lang))
            action.setChecked(code == lang)
        self.toggle_language_action.setText("한국어 ⇄ English")
        self.screenshot_action.setText(tr("action.screenshot", lang))
        self.quit_action.setText(tr("action.quit", lang))
        self.export_pdf_action.setText(tr("action.export_pdf", lang))
        self.export_png_action.setText(tr("action.export_png", lang))
        self.keys_action.setText(tr("action.keys", lang))
        self.about_action.setText(tr("action.about", lang))
        self.file_menu.setTitle(tr("menu.file", lang))
        self.lesson_menu.setTitle(tr("menu.lesson", lang))
        self.present_action.setText(tr("action.present", lang))
        self.present_start_action.setText(tr("action.present_start", lang))
        self.view_menu.setTitle(tr("menu.view", lang))
        self.language_menu.setTitle(tr("menu.language", lang))
        self.help_menu.setTitle(tr("menu.help", lang))
        self.toolbar.setWindowTitle(tr("toolbar.view", lang))
        self._update_caption()

    def _update_caption(self, *_args) -> None:
        lang = self.state.language
        selected = self.state.selected
        path = self.state.io_path()
        step_index = self.state.lesson_step
        if self.presenting and step_index >= 0:
            step = self.state.content.lesson[step_index]
            aside = selected is not None and selected != step.select
            if not aside:
                counter = f"{step_index + 1} / {len(self.state.content.lesson)}"
                if self.presentation.goto_digits is not None:  # "G 1 2": show where it will jump
                    counter = f"G {self.presentation.goto_digits}_ / {len(self.state.content.lesson)}"
                self.caption.setText(f"<span style='color:{self.theme.muted}'>{counter}</span>&nbsp;&nbsp; {step.caption.get(lang)}")
                return
        if selected is None and path is not None:
            step = self.state.io_step
            if path.not_applicable is not None or (path.steps and step == len(path.steps) - 1):
                self.caption.setText(tr("io.caption.answer", lang, answer=path.answer.get(lang).strip()))
            elif step >= 0:
                label = path.steps[step].label.get(lang)
                self.caption.setText(tr("io.caption.step", lang, n=str(step + 1), total=str(len(path.steps)), label=label))
            return
        if selected is None:
            product = self.state.product()
            self.caption.setText(tr("io.pick" if product is not None else "caption.hint", lang))
            return
        layer = self.state.content.layer(selected)
        note = self.state.content.note_for(selected)
        stack = self.state.content.stack_of(selected)
        self.caption.setText(f"<b>{layer.label.get(lang)}</b> ({stack.title.get(lang)}): {note.summary.get(lang)}")

    # commands ---------------------------------------------------------------------
    def replay(self) -> None:
        self.scene.build_up()

    def finish_animations(self) -> None:
        """Every animation at its end state: the build-up, and the I/O request at its last step."""
        self.scene.finish_animations()
        if self._io_player is not None and self._io_player.steps():
            self._io_player.finish()

    def stop_animations(self) -> None:
        """Stop what runs without jumping to its end (closing, tests)."""
        self.scene.finish_animations()
        if self._io_player is not None:
            self._io_player.stop()

    def _step_tab(self, delta: int) -> None:
        count = self.stack_tabs.count()
        self.stack_tabs.setCurrentIndex((self.stack_tabs.currentIndex() + delta) % count)

    def _side_tab_shown(self, index: int) -> None:
        """Build a chart the first time its tab is opened: only then is pyqtgraph imported."""
        names = list(self.chart_tabs)
        if index >= 1:  # charts want room: widen the side panel, as far as the stage keeps its tabs
            total = sum(self.splitter.sizes())
            side = min(round(total * 0.42), total - self.stack_tabs.sizeHint().width())
            if self.splitter.sizes()[1] < side:
                self.splitter.setSizes([total - side, side])
        if index < 1 or self.chart_tabs[names[index - 1]] is not None:
            return
        from hvviz.panels.charts import CostChart, SchedulingChart

        name = names[index - 1]
        chart = (CostChart if name == "cost" else SchedulingChart)(self.state, self.theme, self.family)
        self.chart_tabs[name] = chart
        self.side_tabs.blockSignals(True)
        self.side_tabs.removeTab(index)
        self.side_tabs.insertTab(index, chart, tr(f"panel.{name}", self.state.language))
        self.side_tabs.setCurrentIndex(index)
        self.side_tabs.blockSignals(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.notes.prewarm()

    def _save_screenshot(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, tr("action.screenshot", self.state.language), "hvviz.png", "PNG (*.png)")
        if path:
            self.scene.finish_animations()
            self.grab().save(path, "PNG")

    def _export(self, kind: str) -> None:
        """File menu: pick where, then export every step with a progress dialog that can cancel."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

        from hvviz import export

        lang = self.state.language
        if kind == "pdf":
            target, _ = QFileDialog.getSaveFileName(self, tr("action.export_pdf", lang), "hvviz-lesson.pdf", "PDF (*.pdf)")
        else:
            target = QFileDialog.getExistingDirectory(self, tr("action.export_png", lang))
        if not target:
            return
        dialog = QProgressDialog(tr("export.progress", lang), tr("export.cancel", lang), 0, len(self.state.content.lesson), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> bool:
            dialog.setValue(done)
            return not dialog.wasCanceled()

        try:
            if kind == "pdf":
                count = export.export_pdf(self, target, progress)
            else:
                count = len(export.export_png(self, target, self.size(), progress))
        except OSError as err:
            QMessageBox.warning(self, "hvviz", str(err))
            return
        finally:
            dialog.close()
        self.statusBar().showMessage(tr("export.done", lang, count=str(count), path=target), 8000)

    def _show_keys(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(tr("keys.title", self.state.language))
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        box.setText(tr("keys.body", self.state.language))
        box.exec()

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, tr("action.about", self.state.language), tr("about.body", self.state.language, version=__version__))

    def _restyle(self, *_args) -> None:
        from PySide6.QtWidgets import QApplication

        from hvviz.palette import apply_palette

        self.theme = self.state.theme
        apply_palette(QApplication.instance(), self.theme)
        self._apply_style(self._chrome_px)
        for widget in (self._screen_overlay, self._lesson_progress):
            if widget is not None:
                widget.theme = self.theme
                widget.update()
        for name, action in self.theme_actions.items():
            action.setChecked(name == self.theme.name)
        for chart in self.chart_tabs.values():
            if chart is not None:
                chart.set_theme(self.theme)
        if self.settings is not None:
            self.settings.setValue("theme", self.theme.name)
        self._update_caption()

    def zoom(self, factor: float | None) -> None:
        """Ctrl+= / Ctrl+- zoom the stage in and out; Ctrl+0 fits it to the window again."""
        self.stage_view.set_zoom(1.0 if factor is None else self.stage_view.zoom * factor)

    # presenting ---------------------------------------------------------------------
    def open_presenter_view(self) -> None:
        """The lecturer's view (S, or by itself on a second screen): notes, next step, timer."""
        from PySide6.QtGui import QGuiApplication

        from hvviz.panels.presenter import PresenterView

        if self.presenter_view is None:
            self.presenter_view = PresenterView(self.state, self.family)
        screens = QGuiApplication.screens()
        if len(screens) > 1:  # the presenter view goes to a screen the audience does not see
            audience = self.screen()
            own = next((s for s in screens if s is not audience), screens[0])
            self.presenter_view.move(own.availableGeometry().topLeft())
        self.presenter_view.show()
        self.presenter_view.raise_()

    def _place_on_audience_screen(self) -> None:
        from PySide6.QtGui import QGuiApplication

        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return
        index = self.audience_screen if self.audience_screen is not None else 1
        screen = screens[max(0, min(index, len(screens) - 1))]
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())

    def _presenting_changed(self, active: bool) -> None:
        """Full screen with only the stage, the caption and the lesson's progress; and back."""
        from PySide6.QtGui import QGuiApplication

        chrome = {"menu": self.menuBar(), "toolbar": self.toolbar, "tabs": self.stack_tabs, "side": self.side_tabs}
        if active:
            self._place_on_audience_screen()
            if len(QGuiApplication.screens()) > 1:
                self.open_presenter_view()
            self._saved_chrome = {name: widget.isVisible() for name, widget in chrome.items()}
            self._saved_full_screen = self.isFullScreen()
            for widget in chrome.values():
                widget.hide()
            if self._io_controls is not None:
                self._io_controls.suppressed = True
                self._io_controls.setVisible(False)
            self.lesson_progress.show()
            self.showFullScreen()
        else:
            for name, widget in chrome.items():
                widget.setVisible(self._saved_chrome.get(name, True))
            if self._io_controls is not None:
                self._io_controls.suppressed = False
                self._io_controls.setVisible(self.state.product() is not None)
            self.lesson_progress.hide()
            if not getattr(self, "_saved_full_screen", False):
                self.showNormal()
            if self.presenter_view is not None:
                self.presenter_view.close()
        self._scale_text()
        self._update_caption()

    # size -------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_text()
        if self._screen_overlay is not None and self._screen_overlay.isVisible():
            self._screen_overlay.setGeometry(self.rect())

    def _scale_text(self) -> None:
        """Side text grows with the window, so a projected full-screen window stays readable."""
        height = self.height()
        body = max(14, min(26, round(height / 48)))
        self.notes.set_text_size(body)
        font = self.caption.font()
        # presenting, the caption is read from the back of the room
        font.setPixelSize(max(24, round(height / 26)) if self.presenting else body + 2)
        self.caption.setFont(font)
        self._apply_style(max(14, min(22, round(height / 52))))

    def _apply_style(self, chrome_px: int) -> None:
        """The window's style sheet, set only when it changes: Qt restyles every widget on each set."""
        self._chrome_px = chrome_px
        theme = self.theme
        sheet = (
            f"QMainWindow {{ background: {theme.background}; }}"
            f"QMenuBar, QMenu {{ font-size: {chrome_px}px; }}"
            f"QLabel#caption {{ background: {theme.surface}; color: {theme.text}; padding: 10px 18px;"
            f" border-top: 1px solid {theme.outline}; }}"
            f"QToolBar {{ background: {theme.surface}; border: none; spacing: 6px; padding: 4px 8px; }}"
            f"QToolBar QToolButton {{ color: {theme.text}; padding: 5px 12px; border-radius: 6px; font-size: {chrome_px}px; }}"
            f"QToolBar QToolButton:checked {{ background: {theme.link}; color: {theme.on_link}; }}"
            f"QToolBar QToolButton:hover {{ background: {theme.background}; }}"
            f"QToolBar QToolButton:checked:hover {{ background: {theme.link}; }}"
            f"QSplitter::handle {{ background: {theme.outline}; }}"
            f"QTabBar::tab {{ color: {theme.muted}; background: {theme.background}; padding: 6px 14px; font-size: {chrome_px}px;"
            f" border: none; border-bottom: 3px solid transparent; }}"
            f"QTabBar::tab:selected {{ color: {theme.text}; border-bottom: 3px solid {theme.link}; }}"
            f"QTabBar::tab:hover {{ color: {theme.text}; }}"
            f"QWidget#ioControls {{ background: {theme.surface}; border-top: 1px solid {theme.outline}; }}"
            f"QWidget#ioControls QToolButton {{ color: {theme.text}; padding: 4px 10px; border-radius: 6px; font-size: {chrome_px}px; }}"
            f"QWidget#ioControls QToolButton:checked {{ background: {theme.link}; color: {theme.on_link}; }}"
            f"QWidget#ioControls QToolButton:disabled {{ color: {theme.muted}; }}"
            f"QWidget#ioControls QLabel, QWidget#ioControls QComboBox {{ color: {theme.text}; font-size: {chrome_px}px; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    # settings -----------------------------------------------------------------------
    def restore(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        self.stop_animations()
        if self.presenter_view is not None:
            self.presenter_view.close()
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("language", self.state.language)
            self.settings.setValue("shown", list(self.state.shown))
        super().closeEvent(event)
