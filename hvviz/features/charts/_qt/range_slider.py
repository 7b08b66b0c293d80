"""A labelled slider over a real range (a cost, a scheduling parameter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

#: a real-valued slider moves in hundredths, so a cost of 0.5 is exactly 0.5
SLIDER_RESOLUTION = 0.01


class RangeSlider(QWidget):
    """A labelled slider over a real range; it cannot leave the range, so the model never sees a bad value.

    `unit` (say "μs") follows the number; the number's label is as wide as its widest value, so the
    groove does not jump as the value changes."""

    def __init__(self, minimum: float, maximum: float, value: float, integer: bool = False, unit: str = "",
                 parent=None):
        super().__init__(parent)
        self.minimum, self.maximum, self.integer, self.unit = minimum, maximum, integer, unit
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.resolution = 1.0 if integer else SLIDER_RESOLUTION
        self.slider.setRange(round(minimum / self.resolution), round(maximum / self.resolution))
        self.value_label = QLabel()
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._show)
        self.set_value(value)
        self._fit_value_label()

    def value(self) -> float:
        return round(self.slider.value() * self.resolution, 2)

    def set_value(self, value: float) -> None:
        """Set the value; one outside the range is pulled to the nearest end."""
        value = min(self.maximum, max(self.minimum, value))
        self.slider.setValue(round(value / self.resolution))
        self._show()

    def text(self, value: float) -> str:
        """`value` as the label shows it, with its unit."""
        number = f"{int(value)}" if self.integer else f"{value:.2f}".rstrip("0").rstrip(".")
        return f"{number} {self.unit}" if self.unit else number

    def _show(self, *_args) -> None:
        self.value_label.setText(self.text(self.value()))

    def _fit_value_label(self) -> None:
        metrics = self.value_label.fontMetrics()
        samples = (self.minimum, self.maximum, max(self.minimum, self.maximum - self.resolution * 11))  # the widest have most digits
        widest = max(metrics.horizontalAdvance(self.text(round(v, 2))) for v in samples)
        self.value_label.setMinimumWidth(max(40, widest + 6))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_value_label()
