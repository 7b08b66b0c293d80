"""The presenter view: the lecturer's screen while the audience sees the stage.

It shows the current step and its caption, a live preview of the next step, the speaker
notes, the time since the talk started (click to reset) and the clock. It reads the same
app state as the audience window, and keys pressed here drive the same presentation.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from hvviz.features.lecture.words import tr
from hvviz.features.stacks._qt.scene import StageScene
from hvviz.state import AppState

PREVIEW_SIZE = (640, 360)


class PresenterView(QWidget):
    def __init__(self, state: AppState, family: str, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setProperty("hvvizWindow", True)  # presenting listens to keys here too
        self.state = state
        self.family = family
        # the next step is drawn by a scene of its own, on a state of its own
        self.preview_state = AppState(state.content, state.language)
        self.preview_scene = StageScene(self.preview_state, state.theme, family, self)
        self.started = time.monotonic()

        layout = QGridLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setHorizontalSpacing(16)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.notes = QTextBrowser()
        self.notes.setOpenLinks(False)
        left = QVBoxLayout()
        left.addWidget(self.step_label)
        left.addWidget(self.caption)
        left.addWidget(self.notes, 1)
        layout.addLayout(left, 0, 0, 2, 1)
        self.next_label = QLabel()
        self.preview = QLabel()
        self.preview.setMinimumSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_caption = QLabel()
        self.next_caption.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.preview)
        right.addWidget(self.next_caption)
        right.addStretch(1)
        self.timer_button = QPushButton()
        self.timer_button.setFlat(True)
        self.timer_button.clicked.connect(self.reset_timer)
        self.clock = QLabel()
        clocks = QVBoxLayout()
        clocks.addWidget(self.timer_button)
        clocks.addWidget(self.clock)
        right.addLayout(clocks)
        layout.addLayout(right, 0, 1, 2, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

        big = QFont(family)
        big.setPixelSize(28)
        big.setBold(True)
        self.step_label.setFont(big)
        for label, size in ((self.caption, 22), (self.next_caption, 16), (self.next_label, 16), (self.clock, 20)):
            font = QFont(family)
            font.setPixelSize(size)
            label.setFont(font)
        timer_font = QFont(family)
        timer_font.setPixelSize(40)
        timer_font.setBold(True)
        self.timer_button.setFont(timer_font)
        notes_font = QFont(family)
        notes_font.setPixelSize(18)
        self.notes.document().setDefaultFont(notes_font)

        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_clocks)
        self._tick.start()
        state.lesson_step_changed.connect(self.refresh)
        state.language_changed.connect(self.refresh)
        state.theme_changed.connect(self.refresh)
        state.content_changed.connect(self._reload)
        self.resize(1280, 760)
        self.refresh()
        self._update_clocks()

    def _reload(self) -> None:
        self.preview_state.set_content(self.state.content)
        self.refresh()

    def reset_timer(self) -> None:
        self.started = time.monotonic()
        self._update_clocks()

    def elapsed_text(self) -> str:
        seconds = int(time.monotonic() - self.started)
        return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    def _update_clocks(self) -> None:
        self.timer_button.setText(self.elapsed_text())
        self.timer_button.setToolTip(tr("presenter.reset", self.state.language))
        self.clock.setText(QTime.currentTime().toString("HH:mm"))

    def refresh(self, *_args) -> None:
        lang = self.state.language
        steps = self.state.content.lesson
        index = max(0, self.state.lesson_step)
        self.setWindowTitle(tr("presenter.title", lang))
        if not steps:
            return
        step = steps[index]
        self.step_label.setText(f"{index + 1} / {len(steps)}   {step.title.get(lang)}")
        self.caption.setText(step.caption.get(lang))
        self.notes.setMarkdown(step.notes.get(lang))
        if index + 1 < len(steps):
            following = steps[index + 1]
            self.next_label.setText(tr("presenter.next", lang, title=following.title.get(lang)))
            self.next_caption.setText(following.caption.get(lang))
            self.preview_state.set_language(lang)
            self.preview_state.set_theme(self.state.theme.name)
            self.preview_state.go_to_step(index + 1)
            self.preview_scene.finish_animations()
            self.preview.setPixmap(self._render_preview())
        else:
            self.next_label.setText(tr("presenter.end", lang))
            self.next_caption.setText("")
            self.preview.clear()

    def _render_preview(self) -> QPixmap:
        width, height = PREVIEW_SIZE
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self.state.theme.background))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.preview_scene.render(painter, QRectF(0, 0, width, height), self.preview_scene.sceneRect(),
                                  Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        return QPixmap.fromImage(image)

    def preview_step(self) -> int:
        return self.preview_state.lesson_step
