"""Lecture mode in the window, built on the first F5: the presentation, the screen over the
window, the progress bar under the stage, and the presenter view on the lecturer's screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from hvviz.features.lecture._qt.lesson_progress import LessonProgress
from hvviz.features.lecture._qt.presentation import Presentation
from hvviz.features.lecture._qt.screen_overlay import ScreenOverlay


class LectureViews:
    def __init__(self, host):
        self.host = host
        self.state = host.state
        window = host.window
        self.presentation = Presentation(host.state, host, window)
        self.screen_overlay = ScreenOverlay(host.state, host.state.theme, host.family, window, host.presenting_help)
        self.lesson_progress = LessonProgress(host.state, host.state.theme)
        self.lesson_progress.hide()
        host.place("below_stage", self.lesson_progress)
        self.presenter_view = None
        self.presentation.active_changed.connect(self._active_changed)
        self.presentation.overlay_changed.connect(self.screen_overlay.set_mode)
        self.presentation.goto_changed.connect(lambda _digits: host.refresh_caption())
        self.presentation.presenter_requested.connect(self.open_presenter_view)
        host.state.theme_changed.connect(self._restyle)

    @property
    def active(self) -> bool:
        return self.presentation.active

    def start(self, from_beginning: bool = False) -> None:
        self.presentation.start(from_beginning=from_beginning)

    def _restyle(self, *_args) -> None:
        for widget in (self.screen_overlay, self.lesson_progress):
            widget.theme = self.state.theme
            widget.update()

    def _active_changed(self, active: bool) -> None:
        if active:
            self._place_on_audience_screen()
            if len(QGuiApplication.screens()) > 1:
                self.open_presenter_view()
        elif self.presenter_view is not None:
            self.presenter_view.close()
        self.lesson_progress.setVisible(active)
        self.host.presenting_changed(active)

    def open_presenter_view(self) -> None:
        """The lecturer's view (S, or by itself on a second screen): notes, next step, timer."""
        from hvviz.features.lecture._qt.presenter_view import PresenterView

        if self.presenter_view is None:
            self.presenter_view = PresenterView(self.state, self.host.family)
        screens = QGuiApplication.screens()
        own = self.host.window.screen()
        if len(screens) > 1:  # the presenter view goes to a screen the audience does not see
            own = next((s for s in screens if s is not own), screens[0])
        self.presenter_view.fit_to(own.availableGeometry())
        self.presenter_view.show()
        self.presenter_view.raise_()

    def _place_on_audience_screen(self) -> None:
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return
        index = self.host.audience_screen if self.host.audience_screen is not None else 1
        screen = screens[max(0, min(index, len(screens) - 1))]
        window = self.host.window
        window.setScreen(screen)
        window.move(screen.geometry().topLeft())

    def close(self) -> None:
        if self.presenter_view is not None:
            self.presenter_view.close()


def install(host) -> LectureViews:
    return LectureViews(host)
