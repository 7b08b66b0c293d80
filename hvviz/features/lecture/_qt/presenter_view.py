"""The presenter view: the lecturer's screen while the audience sees the stage.

It shows the current step and its caption, a live preview of the next step, the speaker
notes, the time since the talk started (click to reset) and the clock. It reads the same
app state as the audience window, and keys pressed here drive the same presentation.

It sizes itself to the screen it opens on (`fit_to`, also on every show), and everything in it
scales with its height, so nothing is cut from a 1024x600 netbook to a 1920x1080 monitor: the
preview is drawn at the size its label has, the type grows and shrinks within bounds, the notes
scroll. Its colours are the theme's, and follow it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTextBrowser,
                               QVBoxLayout, QWidget)

from hvviz.core.theme import Theme
from hvviz.features.lecture.words import tr
from hvviz.features.stacks._qt.scene import StageScene
from hvviz.state import AppState

#: the preview is drawn as a slide of this shape (the audience's screen), as large as its label allows
PREVIEW_ASPECT = 16 / 9
#: the smallest preview the layout may shrink to
PREVIEW_MIN = QSize(160, 90)
#: the view's height the type sizes below are for; they scale with the height, within SCALE_BOUNDS
DESIGN_HEIGHT = 760
SCALE_BOUNDS = (0.8, 1.5)
#: pixel sizes at DESIGN_HEIGHT
TYPE_SIZES = {"step": 28, "caption": 22, "notes": 18, "next": 16, "timer": 44, "clock": 24}
#: room left for a window frame and title bar before the window system has told their size
FRAME_GUESS = QSize(8, 36)


class PresenterView(QWidget):
    def __init__(self, state: AppState, family: str, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setProperty("hvvizWindow", True)  # presenting listens to keys here too
        self.setObjectName("presenterView")
        self.state = state
        self.family = family
        # the next step is drawn by a scene of its own, on a state of its own
        self.preview_state = AppState(state.content, state.language)
        self.preview_scene = StageScene(self.preview_state, state.theme, family, self)
        self.started = time.monotonic()
        self._scale = 0.0
        self._fitted_to: QRect | None = None
        self._has_next = False
        self._build_layout()
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_clocks)
        self._tick.start()
        state.lesson_step_changed.connect(self.refresh)
        state.language_changed.connect(self.refresh)
        state.theme_changed.connect(self._restyle)
        state.content_changed.connect(self._reload)
        self._restyle()
        self.fit_to(self._own_screen().availableGeometry())
        self._update_clocks()

    def _build_layout(self) -> None:
        """The current step, its caption and notes on the left; the next step and the clocks on the right."""
        layout = QGridLayout(self)
        self.step_label = _label("presenterStep")
        self.caption = _label("presenterCaption")
        self.notes = QTextBrowser()
        self.notes.setObjectName("presenterNotes")
        self.notes.setOpenLinks(False)
        self.notes.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.notes.setMinimumHeight(60)
        left = QVBoxLayout()
        left.addWidget(self.step_label)
        left.addWidget(self.caption)
        left.addWidget(self.notes, 1)
        layout.addLayout(left, 0, 0)
        self.next_label = _label("presenterNext")
        self.next_caption = _label("presenterNextCaption")
        self.preview = QLabel()
        self.preview.setObjectName("presenterPreview")
        self.preview.setMinimumSize(PREVIEW_MIN)
        # the pixmap follows the label's size, never the other way round
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.installEventFilter(self)
        self.timer_button = QPushButton()
        self.timer_button.setObjectName("presenterTimer")
        self.timer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.timer_button.clicked.connect(self.reset_timer)
        self.clock = QLabel()
        self.clock.setObjectName("presenterClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        clocks = QHBoxLayout()
        clocks.addWidget(self.timer_button)
        clocks.addStretch(1)
        clocks.addWidget(self.clock)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.next_caption)
        right.addWidget(self.preview, 1)
        right.addLayout(clocks)
        layout.addLayout(right, 0, 1)
        layout.setColumnStretch(0, 4)
        layout.setColumnStretch(1, 3)

    # size ---------------------------------------------------------------------------------
    def fit_to(self, available: QRect) -> None:
        """Fill `available` (a screen's available geometry), frame and title bar included."""
        self._fitted_to = QRect(available)
        frame = self.frameGeometry().size() - self.size()
        if not self.isVisible() or frame.isEmpty():
            frame = frame.expandedTo(FRAME_GUESS)
        size = QSize(max(320, available.width() - frame.width()), max(240, available.height() - frame.height()))
        self._apply_scale(size.height())
        self.move(available.topLeft())
        self.resize(size)

    def _own_screen(self):
        """The screen the view's top-left corner is on (where the opener moved it), else its own."""
        return QGuiApplication.screenAt(self.geometry().topLeft()) or self.screen()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        available = self._own_screen().availableGeometry()
        # opened on another screen than it was last fitted to, or too large for this one
        if available != self._fitted_to or not available.contains(self.frameGeometry()):
            self.fit_to(available)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale(self.height())

    def _apply_scale(self, height: int) -> None:
        """Type and spacing in proportion to the view's height, within SCALE_BOUNDS."""
        low, high = SCALE_BOUNDS
        scale = round(min(high, max(low, height / DESIGN_HEIGHT)), 2)
        if scale == self._scale:
            return
        self._scale = scale
        px = {name: round(size * scale) for name, size in TYPE_SIZES.items()}
        for widget, name, bold in ((self.step_label, "step", True), (self.caption, "caption", False),
                                   (self.next_label, "next", True), (self.next_caption, "next", False),
                                   (self.timer_button, "timer", True), (self.clock, "clock", False)):
            widget.setFont(_font(self.family, px[name], bold))
        self.notes.document().setDefaultFont(_font(self.family, px["notes"], False))
        self.notes.document().setIndentWidth(px["notes"])  # bullets, not Qt's 40 px
        gap = round(12 * scale)
        self.layout().setContentsMargins(gap, gap, gap, gap)
        self.layout().setHorizontalSpacing(gap + 4)
        for column in (self.layout().itemAtPosition(0, 0), self.layout().itemAtPosition(0, 1)):
            column.layout().setSpacing(round(8 * scale))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview and event.type() == QEvent.Type.Resize:
            self._render_preview()
        return False

    # colours ------------------------------------------------------------------------------
    def _restyle(self, *_args) -> None:
        theme = self.state.theme
        palette = QPalette(self.palette())
        for role, colour in ((QPalette.ColorRole.Window, theme.background), (QPalette.ColorRole.WindowText, theme.text),
                             (QPalette.ColorRole.Base, theme.surface), (QPalette.ColorRole.Text, theme.text),
                             (QPalette.ColorRole.Button, theme.surface), (QPalette.ColorRole.ButtonText, theme.text),
                             (QPalette.ColorRole.ToolTipBase, theme.surface), (QPalette.ColorRole.ToolTipText, theme.text),
                             (QPalette.ColorRole.Highlight, theme.link), (QPalette.ColorRole.HighlightedText, theme.on_link)):
            palette.setColor(role, QColor(colour))
        self.setStyleSheet(presenter_style(theme))  # first: a new style sheet puts back the palette it found
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.refresh()

    # following the lesson -----------------------------------------------------------------
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
        self.notes.setAccessibleName(tr("presenter.notes", lang))
        self.preview.setAccessibleName(tr("presenter.preview", lang))
        self.clock.setAccessibleName(tr("presenter.clock", lang))
        if not steps:
            return
        step = steps[index]
        self.step_label.setText(f"{index + 1} / {len(steps)}   {step.title.get(lang)}")
        self.caption.setText(step.caption.get(lang))
        self.notes.setMarkdown(step.notes.get(lang))
        self._has_next = index + 1 < len(steps)
        if self._has_next:
            following = steps[index + 1]
            self.next_label.setText(tr("presenter.next", lang, title=following.title.get(lang)))
            self.next_caption.setText(following.caption.get(lang))
            self.preview_state.set_language(lang)
            self.preview_state.set_theme(self.state.theme.name)
            self.preview_state.go_to_step(index + 1)
            self.preview_scene.finish_animations()
        else:
            self.next_label.setText(tr("presenter.end", lang))
            self.next_caption.setText("")
        self._render_preview()

    def _render_preview(self) -> None:
        """The next step as a slide, as large as the label's room allows, in the stage's shape."""
        room = self.preview.contentsRect().size()
        width = min(room.width(), room.height() * PREVIEW_ASPECT)
        if not self._has_next or width < PREVIEW_MIN.width() / 2:
            self.preview.clear()
            return
        width, height = int(width), int(width / PREVIEW_ASPECT)
        ratio = self.devicePixelRatioF()
        image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor(self.state.theme.background))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        source = self.preview_scene.sceneRect()
        room_rect = QRectF(0, 0, width, height).adjusted(6, 6, -6, -6)
        fit = min(room_rect.width() / max(1.0, source.width()), room_rect.height() / max(1.0, source.height()))
        target = QRectF(0, 0, source.width() * fit, source.height() * fit)
        target.moveCenter(room_rect.center())  # QGraphicsScene.render keeps the ratio, but top-left
        self.preview_scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.setPen(QPen(QColor(self.state.theme.muted), 1))
        painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(image))

    def preview_step(self) -> int:
        return self.preview_state.lesson_step


def presenter_style(theme: Theme) -> str:
    """The panels: caption and notes on the theme's surface, the secondary words muted."""
    return (
        f"QLabel#presenterStep {{ color: {theme.text}; }}"
        f"QLabel#presenterCaption {{ background: {theme.surface}; color: {theme.text}; padding: 8px 12px;"
        f" border-left: 4px solid {theme.link}; }}"
        f"QTextBrowser#presenterNotes {{ background: {theme.surface}; color: {theme.text}; padding: 4px 8px;"
        f" border: 1px solid {theme.outline}; selection-background-color: {theme.link}; selection-color: {theme.on_link}; }}"
        f"QLabel#presenterNext, QLabel#presenterNextCaption, QLabel#presenterClock {{ color: {theme.muted}; }}"
        f"QPushButton#presenterTimer {{ background: {theme.surface}; color: {theme.text}; border: 1px solid {theme.outline};"
        f" border-radius: 8px; padding: 2px 14px; }}"
        f"QPushButton#presenterTimer:hover {{ border-color: {theme.focus}; }}"
        f"QPushButton#presenterTimer:focus {{ border: 2px solid {theme.focus}; }}"
    )


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _font(family: str, pixels: int, bold: bool) -> QFont:
    font = QFont(family)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font
