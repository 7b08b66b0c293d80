"""A plot of rows (a horizontal bar chart) whose rows scroll when more are wanted than fit, while
its axes and title stay in place; rows are never squeezed closer than their labels are tall."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QScrollBar, QWidget

from hvviz.core.theme import Theme
from hvviz.features.charts._qt.plot_style import style_plot, tick_font

#: the most pixels a row gets when there is room to spare (bars do not balloon in a tall panel)
MOST_ROW_PX = 30
#: rows one wheel notch scrolls
WHEEL_ROWS = 2


class RowsPlot(QWidget):
    """A PlotWidget whose y axis shows `slots` rows, slot 0 at the top, at `row_px()` or more pixels
    each; a scroll bar beside it reaches the rows that do not fit. Slot `i` is at y = slots - 1 - i."""

    #: the rows shown or the plot's size changed: what depends on the pixel size can be laid out again
    window_changed = Signal()

    def __init__(self, theme: Theme, family: str, parent=None):
        super().__init__(parent)
        self.family = family
        self.slots = 0
        self.plot = pg.PlotWidget()
        style_plot(self.plot, theme, family)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical)
        self.scrollbar.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.scrollbar)
        self.view = self.plot.getViewBox()
        self.view.sigResized.connect(self._fit)
        self.scrollbar.valueChanged.connect(self._apply)
        self.scrollbar.actionTriggered.connect(self._scrolled_by_hand)
        #: (heading, row) kept in view (the path on screen) until the learner scrolls
        self.kept: tuple[int, int] | None = None
        self._wheel = _WheelToScrollbar(self.scrollbar, self)
        self._wheel.scrolled.connect(self._scrolled_by_hand)
        self.plot.viewport().installEventFilter(self._wheel)

    def row_px(self) -> int:
        """The fewest pixels between two rows: a tick label's height and some air."""
        return QFontMetrics(tick_font(self.family)).height() + 4

    def view_height(self) -> float:
        return self.view.height()

    def view_width(self) -> float:
        return self.view.width()

    def visible_slots(self) -> int:
        """How many rows fit in the plot at `row_px()` each (at least one)."""
        return max(1, math.floor(self.view_height() / self.row_px()))

    def first_slot(self) -> int:
        return self.scrollbar.value()

    def set_slots(self, slots: int) -> None:
        self.slots = slots
        self._fit()

    def slot_y(self, slot: int) -> float:
        return self.slots - 1 - slot

    def ensure_visible(self, slot: int, top: int | None = None) -> None:
        """Scroll so that row `slot` is shown, with row `top` (its group's heading) above it if both
        fit, and keep them shown as the plot is resized until the learner scrolls."""
        self.kept = (slot if top is None else top, slot)
        self._scroll_to_kept()

    def _scroll_to_kept(self) -> None:
        if self.kept is None:
            return
        top, slot = self.kept
        first, visible = self.first_slot(), self.visible_slots()
        if slot - top < visible:  # both fit
            if top < first:
                self.scrollbar.setValue(top)
            elif slot >= first + visible:
                self.scrollbar.setValue(slot - visible + 1)
        elif not first < slot < first + visible:
            self.scrollbar.setValue(slot - visible + 1)

    def _scrolled_by_hand(self, *_args) -> None:
        self.kept = None

    def _fit(self, *_args) -> None:
        visible = self.visible_slots()
        excess = max(0, self.slots - visible)
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, excess)
        self.scrollbar.setPageStep(visible)
        self.scrollbar.setSingleStep(1)
        self.scrollbar.blockSignals(False)
        self.scrollbar.setVisible(excess > 0)
        self._scroll_to_kept()
        self._apply()

    def _apply(self, *_args) -> None:
        """Show the rows from the scroll bar's value down, as many as fit."""
        top = self.slots - 0.5 - self.first_slot()
        if self.scrollbar.maximum() == 0:  # every row fits: share the height out, up to MOST_ROW_PX each
            span = max(self.slots, self.view_height() / MOST_ROW_PX, 1)
        else:
            span = self.visible_slots()
        self.plot.setYRange(top - span, top, padding=0)
        self.window_changed.emit()


class _WheelToScrollbar(QObject):
    """The wheel over the plot scrolls its rows (the plot itself neither pans nor zooms)."""

    scrolled = Signal()

    def __init__(self, scrollbar: QScrollBar, parent=None):
        super().__init__(parent)
        self.scrollbar = scrollbar

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Wheel or not self.scrollbar.isVisible():
            return False
        notches = event.angleDelta().y() / 120
        self.scrolled.emit()
        self.scrollbar.setValue(self.scrollbar.value() - round(notches * WHEEL_ROWS))
        return True
