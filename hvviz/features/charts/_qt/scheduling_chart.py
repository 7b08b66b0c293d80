"""The CPU scheduling chart: which entity runs on which physical CPU, slice by slice, in Type 1
and in Type 2, with the simulation's parameters as sliders (pyqtgraph, imported on first view)."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from hvviz.core.theme import OKABE_ITO, Theme
from hvviz.features.charts import scheduling
from hvviz.features.charts._qt.plot_style import Themed, radio_style, style_plot
from hvviz.features.charts._qt.range_slider import RangeSlider
from hvviz.features.charts.words import tr
from hvviz.state import AppState

GUEST_COLOURS = [OKABE_ITO[name] for name in ("green", "sky", "orange", "purple", "yellow", "vermillion")]
HOST_COLOUR = "#8A94A6"


class SchedulingChart(Themed, QWidget):
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
        style_plot(self.plot, theme, family)
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
        self.restyle()
        self.retranslate()

    def restyle(self) -> None:
        """Radio buttons whose circle shows on the theme's background, checked or not."""
        sheet = radio_style(self.theme)
        for button in self.mode_buttons.values():
            button.setStyleSheet(sheet)

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
        entries = [(GUEST_COLOURS[g % len(GUEST_COLOURS)], f"VM{g + 1}", schedule.share(g)) for g in guests]
        if schedule.mode == "type2":
            entries.append((HOST_COLOUR, tr("sched.host", lang), schedule.share(None)))
        entries.append((None, tr("sched.idle", lang), schedule.idle()))
        self.shares.setText(legend_html(tr("sched.shares", lang), entries))
        self.explanation.setText(tr(f"sched.explain.{schedule.mode}", lang))


def legend_html(title: str, entries) -> str:
    """The legend: each entry (colour or None, name, share) as a swatch, its name and its share kept on
    one line, so a line only ever breaks between entries, never inside one."""
    def entry(colour: str | None, name: str, share: float) -> str:
        swatch = f'<span style="color:{colour}">&#9632;</span>&nbsp;' if colour else ""
        words = html.escape(f"{name} {share:.0%}").replace(" ", "&nbsp;")
        return f'<span style="white-space:nowrap">{swatch}{words}</span>'  # Hangul may break between syllables

    return html.escape(title) + "&nbsp; " + " &nbsp; ".join(entry(*e) for e in entries)


def scheduling_parameter_order(ranges) -> list[str]:
    order = ("guests", "vcpus", "pcpus", "host_processes", "load")
    return [name for name in order if name in ranges]


def build(host) -> SchedulingChart:
    return SchedulingChart(host.state, host.state.theme, host.family)
