"""The path-cost chart: what each I/O path costs, with sliders for what one crossing costs (pyqtgraph).

This module imports pyqtgraph (and so numpy). The window imports it only when the chart's
tab is first opened, so start-up stays light.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from hvviz.core import queries
from hvviz.core.theme import OKABE_ITO, Theme
from hvviz.features.charts import iocost
from hvviz.features.charts._qt.plot_style import Themed, style_plot
from hvviz.features.charts._qt.range_slider import RangeSlider
from hvviz.features.charts.words import tr
from hvviz.state import AppState


class CostChart(Themed, QWidget):
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
        style_plot(self.plot, theme, family)
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


def build(host) -> CostChart:
    return CostChart(host.state, host.state.theme, host.family)
