"""The charts: what each I/O path costs, and how CPUs are shared out (pyqtgraph).

This module imports pyqtgraph (and so numpy). The window imports it only when a chart
tab is first opened, so start-up stays light.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from hvviz.model import iocost, scheduling
from hvviz.state import AppState
from hvviz.theme import OKABE_ITO, Theme
from hvviz.ui_text import tr

#: a real-valued slider moves in hundredths, so a cost of 0.5 is exactly 0.5
SLIDER_RESOLUTION = 0.01
GUEST_COLOURS = [OKABE_ITO[name] for name in ("green", "sky", "orange", "purple", "yellow", "vermillion")]
HOST_COLOUR = "#8A94A6"


def _style_plot(plot: pg.PlotWidget, theme: Theme, family: str) -> None:
    plot.setBackground(theme.surface)
    font = QFont(family)
    font.setPixelSize(13)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(font)
        axis.setTextPen(QColor(theme.text))
        axis.setPen(QColor(theme.muted))
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()


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


class _Themed:
    """Charts follow the app's theme: plot backgrounds, axes and titles."""

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for plot in self.findChildren(pg.PlotWidget):
            _style_plot(plot, theme, self.family)
        self.retranslate()


class CostChart(_Themed, QWidget):
    """Modelled cost per request for every product and method, each bar labelled with its
    number of crossings; the sliders below set what one crossing of each kind costs."""

    def __init__(self, state: AppState, theme: Theme, family: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.family = family
        content = state.content
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {OKABE_ITO['orange']}; font-weight: bold;")
        layout.addWidget(self.warning)
        self.plot = pg.PlotWidget()
        _style_plot(self.plot, theme, family)
        layout.addWidget(self.plot, 1)
        self.cost_bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[], brush=OKABE_ITO["orange"])
        self.plot.addItem(self.cost_bars)
        self.crossing_labels: list[pg.TextItem] = []
        sliders = QFormLayout()
        self.sliders: dict[str, RangeSlider] = {}
        self.slider_labels: dict[str, QLabel] = {}
        for crossing in content.crossings.values():
            slider = RangeSlider(crossing.min, crossing.max, crossing.cost)
            slider.slider.valueChanged.connect(self.update_chart)
            label = QLabel()
            sliders.addRow(label, slider)
            self.sliders[crossing.id] = slider
            self.slider_labels[crossing.id] = label
        layout.addLayout(sliders)
        state.language_changed.connect(self.retranslate)
        state.io_method_changed.connect(self.update_chart)
        state.shown_changed.connect(self.update_chart)
        self.retranslate()

    def costs(self) -> dict[str, float]:
        return {crossing_id: slider.value() for crossing_id, slider in self.sliders.items()}

    def rows(self) -> list[iocost.PathCost]:
        return iocost.cost_table(self.state.content, self.costs())

    def retranslate(self, *_args) -> None:
        lang = self.state.language
        content = self.state.content
        self.heading.setText(tr("cost.heading", lang))
        illustrative = iocost.uses_illustrative_costs(content)
        self.warning.setText(tr("cost.illustrative", lang) if illustrative else "")
        self.warning.setVisible(illustrative)
        for crossing_id, label in self.slider_labels.items():
            crossing = content.crossings[crossing_id]
            mark = " *" if crossing.illustrative else ""
            label.setText(f"{crossing.name.get(lang)}{mark}")
        self.plot.setLabel("bottom", tr("cost.cost", lang), color=self.theme.text)
        # said on the chart itself too, so a screenshot of it cannot pass for a measurement
        self.plot.setTitle(tr("cost.plot_title", lang) if illustrative else "", color=OKABE_ITO["orange"], size="11pt")
        self.update_chart()

    def update_chart(self, *_args) -> None:
        lang = self.state.language
        content = self.state.content
        rows = self.rows()
        product = self.state.product()
        current = (product.id if product else None, self.state.io_method)
        ys = list(range(len(rows)))[::-1]
        brushes = [OKABE_ITO["yellow"] if (r.product, r.method) == current else OKABE_ITO["orange"] for r in rows]
        self.cost_bars.setOpts(x0=[0] * len(rows), y=ys, width=[r.cost_us for r in rows], height=0.7, brushes=brushes)
        ticks = [(y, f"{_short_name(content, r.product, lang)}: {content.io_methods[r.method].name.get(lang)}") for y, r in zip(ys, rows)]
        self.plot.getAxis("left").setTicks([ticks])
        for label in self.crossing_labels:
            self.plot.removeItem(label)
        font = QFont(self.family)
        font.setPixelSize(12)
        self.crossing_labels = []
        for y, row in zip(ys, rows):
            label = pg.TextItem(tr("cost.crossings_label", lang, n=str(row.crossings)), color=self.theme.text, anchor=(0, 0.5))
            label.setFont(font)
            label.setPos(row.cost_us, y)
            self.plot.addItem(label)
            self.crossing_labels.append(label)
        widest = max([r.cost_us for r in rows] + [0.001])
        self.plot.setYRange(-0.9, len(rows) - 0.4, padding=0)  # room below the last label, above the axis
        self.plot.setXRange(0, widest * 1.5, padding=0)


def _short_name(content, product_id: str, lang: str) -> str:
    """The product's stack title ("KVM + QEMU"), shorter than its full name."""
    product = content.products[product_id]
    return content.stack(product.stack).title.get(lang) if product.stack else product.name.get(lang)


class SchedulingChart(_Themed, QWidget):
    """Which entity runs on which physical CPU, slice by slice; the learner sets the parameters."""

    def __init__(self, state: AppState, theme: Theme, family: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.family = family
        ranges = state.content.scheduling
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        modes = QVBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for mode in scheduling.MODES:
            button = QRadioButton()
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        modes.addStretch(1)
        self.mode_buttons["type1"].setChecked(True)
        layout.addLayout(modes)
        self.plot = pg.PlotWidget()
        _style_plot(self.plot, theme, family)
        layout.addWidget(self.plot, 1)
        self.bars = pg.BarGraphItem(x0=[], y0=[], width=[], height=[])
        self.plot.addItem(self.bars)
        self.shares = QLabel()
        self.shares.setWordWrap(True)
        layout.addWidget(self.shares)
        grid = QGridLayout()
        self.parameters: dict[str, RangeSlider] = {}
        self.parameter_labels: dict[str, QLabel] = {}
        for row, name in enumerate(scheduling_parameter_order(ranges)):
            allowed = ranges[name]
            slider = RangeSlider(allowed.min, allowed.max, allowed.default, integer=name != "load")
            slider.slider.valueChanged.connect(self.update_chart)
            label = QLabel()
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            self.parameters[name] = slider
            self.parameter_labels[name] = label
        layout.addLayout(grid)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        for button in self.mode_buttons.values():
            button.toggled.connect(self.update_chart)
        state.language_changed.connect(self.retranslate)
        self.retranslate()

    def mode(self) -> str:
        return next(mode for mode, button in self.mode_buttons.items() if button.isChecked())

    def values(self) -> dict[str, float]:
        return {name: slider.value() for name, slider in self.parameters.items()}

    def schedule(self) -> scheduling.Schedule:
        values = scheduling.check_parameters(self.values(), self.state.content.scheduling)
        return scheduling.simulate(
            self.mode(), int(values["guests"]), int(values["vcpus"]), int(values["pcpus"]),
            int(values["host_processes"]), values["load"],
        )

    def retranslate(self, *_args) -> None:
        lang = self.state.language
        self.heading.setText(tr("sched.heading", lang))
        self.mode_buttons["type1"].setText(tr("sched.type1", lang))
        self.mode_buttons["type2"].setText(tr("sched.type2", lang))
        for name, label in self.parameter_labels.items():
            label.setText(tr(f"sched.{name}", lang))
        self.plot.setLabel("bottom", tr("sched.time", lang), color=self.theme.text)
        self.update_chart()

    def update_chart(self, *_args) -> None:
        lang = self.state.language
        schedule = self.schedule()
        colours = [GUEST_COLOURS[s.entity.guest % len(GUEST_COLOURS)] if s.entity.guest is not None else HOST_COLOUR
                   for s in schedule.slices]
        self.bars.setOpts(
            x0=[s.start for s in schedule.slices], y0=[s.cpu + 0.1 for s in schedule.slices],
            width=[0.92] * len(schedule.slices), height=[0.8] * len(schedule.slices),
            brushes=colours, pen=QColor(self.theme.background),
        )
        self.plot.getAxis("left").setTicks([[(cpu + 0.5, f"CPU {cpu}") for cpu in range(schedule.pcpus)]])
        self.plot.setYRange(0, schedule.pcpus, padding=0.02)
        self.plot.setXRange(0, schedule.ticks, padding=0.01)
        guests = sorted({e.guest for e in schedule.entities if e.guest is not None})
        def swatch(colour: str) -> str:
            return f'<span style="color:{colour}">&#9632;</span>'

        parts = [f"{swatch(GUEST_COLOURS[g % len(GUEST_COLOURS)])} VM{g + 1} {schedule.share(g):.0%}" for g in guests]
        if schedule.mode == "type2":
            parts.append(f"{swatch(HOST_COLOUR)} {tr('sched.host', lang)} {schedule.share(None):.0%}")
        parts.append(f"{tr('sched.idle', lang)} {schedule.idle():.0%}")
        self.shares.setText(tr("sched.shares", lang) + "&nbsp; " + "&nbsp;&nbsp; ".join(parts))
        self.explanation.setText(tr(f"sched.explain.{schedule.mode}", lang))


def scheduling_parameter_order(ranges) -> list[str]:
    order = ("guests", "vcpus", "pcpus", "host_processes", "load")
    return [name for name in order if name in ranges]
