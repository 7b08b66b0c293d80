"""The path-cost chart's sliders: what one crossing of each kind costs, in μs, with a button that
puts them all back. They scroll when the panel is short; in a narrow panel each label goes above
its slider (`_arrange`), so the groove keeps its length."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from hvviz.features.charts._qt.range_slider import RangeSlider
from hvviz.features.charts.words import tr

#: the shortest a slider's groove may be
GROOVE_PX = 110
#: the least height of the sliders' scroll area: two sliders with their labels above
SCROLL_MIN_PX = 80


class CostSliders(QWidget):
    """A slider per kind of crossing, in a scroll area, under a caption with the unit and a reset button."""

    #: a cost changed (once per reset, not once per slider)
    changed = Signal()

    def __init__(self, content, parent=None):
        super().__init__(parent)
        self.content = content
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.reset_button = QPushButton()
        self.reset_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.reset_button.clicked.connect(self.reset)
        top.addWidget(self.caption, 1)
        top.addWidget(self.reset_button)
        layout.addLayout(top)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumHeight(SCROLL_MIN_PX)
        self.inner = QWidget()
        self.form = QVBoxLayout(self.inner)
        self.form.setContentsMargins(0, 0, 4, 0)
        self.form.setSpacing(6)
        self.beside = False
        self._arranged = None
        self.sliders: dict[str, RangeSlider] = {}
        self.labels: dict[str, QLabel] = {}
        self.rows: list[QBoxLayout] = []
        for crossing in content.crossings.values():
            self._add(crossing)
        self.scroll.setWidget(self.inner)
        layout.addWidget(self.scroll, 1)

    def _add(self, crossing) -> None:
        slider = RangeSlider(crossing.min, crossing.max, crossing.cost, unit=tr("cost.unit", "en"))
        slider.slider.setMinimumWidth(GROOVE_PX)
        slider.slider.valueChanged.connect(self._moved)
        label = QLabel()
        row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        row.setSpacing(2)
        row.addWidget(label)
        row.addWidget(slider, 1)
        self.form.addLayout(row)
        self.rows.append(row)
        self.sliders[crossing.id] = slider
        self.labels[crossing.id] = label

    def costs(self) -> dict[str, float]:
        return {crossing_id: slider.value() for crossing_id, slider in self.sliders.items()}

    def reset(self) -> None:
        """Every slider back to the cost the content gives."""
        self._quiet = True
        try:
            for crossing_id, slider in self.sliders.items():
                slider.set_value(self.content.crossings[crossing_id].cost)
        finally:
            self._quiet = False
        self.changed.emit()

    def _moved(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit()

    def retranslate(self, lang: str) -> None:
        self.caption.setText(tr("cost.sliders", lang))
        self.reset_button.setText(tr("cost.reset", lang))
        self.reset_button.setToolTip(tr("cost.reset_tip", lang))
        for crossing_id, label in self.labels.items():
            crossing = self.content.crossings[crossing_id]
            mark = " *" if crossing.illustrative else ""
            label.setText(f"{crossing.name.get(lang)}{mark}")
        for slider in self.sliders.values():
            slider.unit = tr("cost.unit", lang)
            slider.set_value(slider.value())
        self._arrange()

    def least_height(self, width: int) -> int:
        """The caption row (however its words wrap at `width`) above the scroll area's least height."""
        button = self.reset_button.sizeHint()
        caption = self.caption.heightForWidth(max(40, width - button.width() - 8))
        return max(caption, button.height()) + self.layout().spacing() + SCROLL_MIN_PX

    def hasHeightForWidth(self) -> bool:
        # the sliders scroll: the panel takes the height it is given, not the height its wrapped labels want
        return False

    def content_height(self) -> int:
        """The height the sliders want, all shown, at the scroll area's present width."""
        width = self.scroll.viewport().width()
        wanted = self.form.totalHeightForWidth(width) if self.form.hasHeightForWidth() else self.form.totalSizeHint().height()
        return wanted + 2 * self.scroll.frameWidth()

    def _arrange(self) -> None:
        """Each label beside its slider where every row fits on one line, else above it (wrapping its words)."""
        # from the panel's own width: the scroll area's viewport may not have followed it yet
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = self.width() - 2 * self.scroll.frameWidth() - bar - self.form.contentsMargins().right()
        widest = max((label.fontMetrics().horizontalAdvance(label.text()) for label in self.labels.values()), default=0)
        field = max((slider.minimumSizeHint().width() for slider in self.sliders.values()), default=0)
        gap = 8
        beside = widest + gap + field <= width
        if (beside, widest) == self._arranged:
            return
        self._arranged = (beside, widest)
        self.beside = beside
        for row, label in zip(self.rows, self.labels.values()):
            row.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)
            row.setSpacing(gap if beside else 2)
            label.setWordWrap(not beside)
            if beside:
                label.setFixedWidth(widest)
            else:
                label.setMinimumWidth(0)
                label.setMaximumWidth(16777215)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()
        # never taller than the sliders need: the plot above takes what is left
        self.scroll.setMaximumHeight(max(self.scroll.minimumHeight(), self.content_height()))
