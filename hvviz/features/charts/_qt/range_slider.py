"""A labelled slider over a real range (a cost, a scheduling parameter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

#: a real-valued slider moves in hundredths, so a cost of 0.5 is exactly 0.5
SLIDER_RESOLUTION = 0.01


class RangeSlider(QWidget):
    """A labelled slider over a real range; it cannot leave the range, so the model never sees a bad value."""

    def __init__(self, minimum: float, maximum: float, value: float, integer: bool = False, parent=None):
        super().__init__(parent)
        self.minimum, self.maximum, self.integer = minimum, maximum, integer
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.resolution = 1.0 if integer else SLIDER_RESOLUTION
        self.slider.setRange(round(minimum / self.resolution), round(maximum / self.resolution))
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(56)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._show)
        self.set_value(value)

    def value(self) -> float:
        return round(self.slider.value() * self.resolution, 2)

    def set_value(self, value: float) -> None:
        """Set the value; one outside the range is pulled to the nearest end."""
        value = min(self.maximum, max(self.minimum, value))
        self.slider.setValue(round(value / self.resolution))
        self._show()

    def _show(self, *_args) -> None:
        value = self.value()
        self.value_label.setText(f"{int(value)}" if self.integer else f"{value:.2f}".rstrip("0").rstrip("."))
