"""The path-cost chart: what each I/O path costs, with sliders for what one crossing costs (pyqtgraph).

Rows are grouped under each product's name, so the axis labels are only the I/O methods and the
bars keep most of a narrow panel's width. Rows never come closer than their labels are tall: in a
short panel they scroll (`RowsPlot`). The path on screen is outlined, drawn brighter and marked
"◀ on screen", so colour is not its only cue.

This module imports pyqtgraph (and so numpy). The window imports it only when the chart's
tab is first opened, so start-up stays light.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QFrame, QGraphicsRectItem, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from hvviz.core.theme import OKABE_ITO, Theme, contrast_ratio
from hvviz.features.charts import iocost
from hvviz.features.charts._qt.cost_sliders import CostSliders
from hvviz.features.charts._qt.plot_style import TICK_PX, Themed, nice_ticks, tick_font, tick_text
from hvviz.features.charts._qt.rows_plot import RowsPlot
from hvviz.features.charts.words import tr
from hvviz.state import AppState

#: a bar's thickness, as a fraction of its row
BAR_HEIGHT = 0.7
#: pixels between a bar's end and its label
LABEL_GAP = 3
#: the least pixels between two bottom-axis ticks
TICK_SPACING_PX = 48
#: the plot's least height: rows, axis and title all legible
PLOT_MIN_PX = 180


def warning_colour(theme: Theme, background: str) -> str:
    """Orange where it reads on `background` at the theme's contrast; the text colour where it does not."""
    orange = OKABE_ITO["orange"]
    return orange if contrast_ratio(orange, background) >= theme.min_contrast else theme.text


class CostChart(Themed, QScrollArea):
    """Modelled cost per request for every product and method, each bar labelled with its
    number of crossings; the sliders below set what one crossing of each kind costs.

    The plot and the sliders share the panel; when even their least heights do not fit (a short
    window with a long caption), the whole chart scrolls rather than drawing one part over another."""

    def __init__(self, state: AppState, theme: Theme, family: str, parent=None):
        super().__init__(parent)
        self.state, self.theme, self.family = state, theme, family
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = _Body()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        # the plot and the sliders share what the texts leave, 2 to 1, each keeping a usable least height
        layout.addWidget(self._plot_frame(theme, family), 2)
        self.slider_panel = CostSliders(state.content)
        self.slider_panel.changed.connect(self.update_chart)
        layout.addWidget(self.slider_panel, 1)
        for part in (self.frame, self.slider_panel):
            part.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.sliders = self.slider_panel.sliders
        self.slider_labels = self.slider_panel.labels
        self.reset_button = self.slider_panel.reset_button
        self.cost_bars = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[], brush=OKABE_ITO["orange"])
        self.plot.addItem(self.cost_bars)
        self.crossing_labels: list[pg.TextItem] = []
        self.headers: list[pg.TextItem] = []
        self.marker = pg.TextItem("", anchor=(0, 0.5))
        self.marker.setZValue(2)
        self.plot.addItem(self.marker)
        # the top row's product heading, pinned over it when the rows are scrolled (`_pin_product`)
        self.cover = QGraphicsRectItem()
        self.cover.setPen(QPen(Qt.PenStyle.NoPen))
        self.cover.setZValue(5)
        self.cover.setVisible(False)
        self.plot.addItem(self.cover)
        self.pinned = pg.TextItem("", anchor=(0, 0.5))
        self.pinned.setZValue(6)
        self.pinned.setVisible(False)
        self.plot.addItem(self.pinned)
        self._ticks: list[tuple[float, str]] = []
        self._product_of_slot: dict[int, str] = {}
        self._current_slot: int | None = None
        self._marker_row: int | None = None
        self._shown_current = None
        self._rows: list[iocost.PathCost] = []
        self.rows_plot.window_changed.connect(self._lay_out_x)
        self.rows_plot.window_changed.connect(self._pin_product)
        state.language_changed.connect(self.retranslate)
        state.io_method_changed.connect(self.update_chart)
        state.shown_changed.connect(self.update_chart)
        self.setWidget(self.body)
        self.restyle()
        self.retranslate()

    def _plot_frame(self, theme: Theme, family: str) -> QWidget:
        """The plot under its title, on one background, so a screenshot of the chart keeps the title."""
        self.frame = _PlotFrame()
        self.frame.setObjectName("costPlotFrame")
        frame_layout = QVBoxLayout(self.frame)
        frame_layout.setContentsMargins(0, 4, 0, 0)
        frame_layout.setSpacing(0)
        self.plot_title = QLabel()
        self.plot_title.setWordWrap(True)
        self.plot_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        frame_layout.addWidget(self.plot_title)
        self.rows_plot = RowsPlot(theme, family)
        self.rows_plot.setMinimumHeight(PLOT_MIN_PX)
        self.plot = self.rows_plot.plot
        self.plot.getAxis("left").setStyle(tickLength=0, autoExpandTextSpace=False)
        self.plot.getAxis("bottom").setStyle(autoExpandTextSpace=False)
        frame_layout.addWidget(self.rows_plot, 1)
        return self.frame

    def costs(self) -> dict[str, float]:
        return self.slider_panel.costs()

    def resizeEvent(self, event) -> None:
        self._keep_least_heights()
        super().resizeEvent(event)

    def _keep_least_heights(self) -> None:
        """The plot (with its title, however it wraps) and the sliders' caption never squeezed away."""
        width = self.viewport().width() - 12
        title = self.plot_title.heightForWidth(width) if not self.plot_title.isHidden() else 0
        self.frame.setMinimumHeight(PLOT_MIN_PX + max(0, title) + 4)
        self.slider_panel.setMinimumHeight(self.slider_panel.least_height(width))

    def rows(self) -> list[iocost.PathCost]:
        return iocost.cost_table(self.state.content, self.costs())

    def restyle(self) -> None:
        theme = self.theme
        self.frame.setStyleSheet(f"QWidget#costPlotFrame {{ background: {theme.surface}; }}")
        self.warning.setStyleSheet(f"color: {warning_colour(theme, theme.background)}; font-weight: bold;")
        self.plot_title.setStyleSheet(f"color: {warning_colour(theme, theme.surface)}; font-weight: bold;"
                                      f" background: {theme.surface};")

    def retranslate(self, *_args) -> None:
        lang = self.state.language
        content = self.state.content
        self.heading.setText(tr("cost.heading", lang))
        illustrative = iocost.uses_illustrative_costs(content)
        self.warning.setText(tr("cost.illustrative", lang) if illustrative else "")
        self.warning.setVisible(illustrative)
        # said on the chart itself too, so a screenshot of it cannot pass for a measurement
        self.plot_title.setText(tr("cost.plot_title", lang) if illustrative else "")
        self.plot_title.setVisible(illustrative)
        self.slider_panel.retranslate(lang)
        self._keep_least_heights()
        bottom = self.plot.getAxis("bottom")
        bottom.setLabel(tr("cost.cost", lang), color=self.theme.text)
        bottom.label.setFont(tick_font(self.family))
        metrics = QFontMetrics(tick_font(self.family))
        bottom.setHeight(metrics.height() + bottom.style["tickTextOffset"][1] + bottom.label.boundingRect().height() + 2)
        self.update_chart()

    def update_chart(self, *_args) -> None:
        lang = self.state.language
        content = self.state.content
        groups = iocost.by_product(self.rows())
        rows = [row for _, members in groups for row in members]
        self._rows = rows
        header_slots, row_slots, row_headers = _slots(groups)
        self.rows_plot.slots = len(header_slots) + len(row_slots)
        ys = [self.rows_plot.slot_y(s) for s in row_slots]
        current = self._current_index(rows)
        self._draw_bars(rows, ys, current)
        products = [_short_name(content, product, lang) for product, _ in groups]
        self._draw_headers(products, [self.rows_plot.slot_y(s) for s in header_slots])
        self._draw_crossing_labels(rows, ys, current)
        names = [content.io_methods[r.method].name.get(lang) for r in rows]
        self._ticks = list(zip(ys, names))
        self._product_of_slot = {s: products[header_slots.index(h)] for s, h in zip(row_slots, row_headers)}
        left = self.plot.getAxis("left")
        metrics = QFontMetrics(tick_font(self.family))
        left.setWidth(max([metrics.horizontalAdvance(n) for n in names] + [20]) + left.style["tickTextOffset"][0] + 6)
        self._current_slot = row_slots[current] if current is not None else None
        self.rows_plot.set_slots(len(header_slots) + len(row_slots))
        key = (rows[current].product, rows[current].method) if current is not None else None
        if key != self._shown_current:  # a new path on screen: scroll its row, under its product, into view
            if current is not None:
                self.rows_plot.ensure_visible(row_slots[current], top=row_headers[current])
            else:
                self.rows_plot.kept = None
        self._shown_current = key

    def _pin_product(self) -> None:
        """When the rows are scrolled so that the top row's product heading is out of view, that
        heading is pinned over the top row, so every row shown sits under the name of its product."""
        first = self.rows_plot.first_slot()
        product = self._product_of_slot.get(first)
        left = self.plot.getAxis("left")
        if product is None or first == self._current_slot:
            self.pinned.setVisible(False)
            self.cover.setVisible(False)
            left.setTicks([self._ticks])
            return
        y = self.rows_plot.slot_y(first)
        self.pinned.setText(product, color=self.theme.text)
        self.pinned.setPos(0, y)
        self.pinned.setVisible(True)
        self.cover.setRect(QRectF(0, y - 0.5, self.plot.viewRange()[0][1] * 2 + 1, 1.0))
        self.cover.setBrush(QColor(self.theme.surface))
        self.cover.setVisible(True)
        left.setTicks([[tick for tick in self._ticks if tick[0] != y]])

    def _current_index(self, rows) -> int | None:
        product = self.state.product()
        current = (product.id if product else None, self.state.io_method)
        return next((i for i, r in enumerate(rows) if (r.product, r.method) == current), None)

    def _draw_bars(self, rows, ys, current) -> None:
        normal = pg.mkPen(self.theme.surface, width=1)
        outline = pg.mkPen(self.theme.text, width=2.5)
        brushes = [OKABE_ITO["yellow"] if i == current else OKABE_ITO["orange"] for i in range(len(rows))]
        pens = [outline if i == current else normal for i in range(len(rows))]
        self.cost_bars.setOpts(x0=[0] * len(rows), y=ys, width=[r.cost_us for r in rows], height=BAR_HEIGHT,
                               brushes=brushes, pens=pens)

    def _draw_headers(self, names: list[str], ys: list[float]) -> None:
        font = QFont(self.family)
        font.setPixelSize(TICK_PX)
        font.setBold(True)
        self.headers = self._text_items(self.headers, len(names), anchor=(0, 0.5))
        self.pinned.setFont(font)
        for item, name, y in zip(self.headers, names, ys):
            item.setText(name, color=self.theme.text)
            item.setFont(font)
            item.setPos(0, y)

    def _draw_crossing_labels(self, rows, ys, current) -> None:
        lang = self.state.language
        font = QFont(self.family)
        font.setPixelSize(TICK_PX - 1)
        self.crossing_labels = self._text_items(self.crossing_labels, len(rows), anchor=(0, 0.5))
        for label, row, y in zip(self.crossing_labels, rows, ys):
            label.setText(tr("cost.crossings_label", lang, n=str(row.crossings)), color=self.theme.text)
            label.setFont(font)
            label.setPos(row.cost_us, y)
        bold = QFont(font)
        bold.setBold(True)
        self.marker.setText(tr("cost.on_screen", lang), color=self.theme.text)
        self.marker.setFont(bold)
        self.marker.setVisible(current is not None)
        self._marker_row = current

    def _text_items(self, items: list[pg.TextItem], count: int, anchor) -> list[pg.TextItem]:
        """`items`, grown or shrunk to `count` text items on the plot."""
        while len(items) > count:
            self.plot.removeItem(items.pop())
        while len(items) < count:
            item = pg.TextItem("", anchor=anchor)
            self.plot.addItem(item)
            items.append(item)
        return items

    def _lay_out_x(self) -> None:
        """The x range from 0, wide enough that every bar's label (and the marker) fits in the plot."""
        width = self.rows_plot.view_width()
        rows = self._rows
        if width <= 0 or not rows:
            return
        room = [label.textItem.boundingRect().width() + LABEL_GAP for label in self.crossing_labels]
        marker_px = self.marker.textItem.boundingRect().width()
        if self._marker_row is not None and self._marker_row < len(room):
            room[self._marker_row] += marker_px
        widest = max(r.cost_us for r in rows) or 1.0
        limit = widest * 1.05
        for row, px in zip(rows, room):
            free = max(width - px - 4, width * 0.05)  # the pixels its bar may take, its label after it
            limit = max(limit, row.cost_us * width / free)
        ticks = nice_ticks(limit, int(width // TICK_SPACING_PX) + 1)
        self.plot.getAxis("bottom").setTicks([[(v, tick_text(v)) for v in ticks]])
        self.plot.setXRange(0, limit, padding=0)
        if self._marker_row is not None and self._marker_row < len(rows):
            label = self.crossing_labels[self._marker_row]
            label_px = label.textItem.boundingRect().width()
            x = rows[self._marker_row].cost_us + (label_px + LABEL_GAP) * limit / width
            self.marker.setPos(x, label.pos().y())


class _Body(QWidget):
    """What the chart scrolls: never shorter, at a width, than its parts' least heights at that width
    (the scroll area asks its height for its width, and a part that ignores its size hint counts as 0)."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return max(super().heightForWidth(width), layout.totalMinimumHeightForWidth(width))


class _PlotFrame(QWidget):
    """The plot and its title. It takes the height the chart gives it (its least height is kept by
    the chart), not the height its wrapped title would ask for."""

    def hasHeightForWidth(self) -> bool:
        return False


def _slots(groups) -> tuple[list[int], list[int], list[int]]:
    """Where each product's heading goes (slot 0 at the top), where each row goes, and each row's heading slot."""
    header_slots, row_slots, row_headers, slot = [], [], [], 0
    for _, members in groups:
        header_slots.append(slot)
        row_slots.extend(range(slot + 1, slot + 1 + len(members)))
        row_headers.extend([slot] * len(members))
        slot += 1 + len(members)
    return header_slots, row_slots, row_headers


def _short_name(content, product_id: str, lang: str) -> str:
    """The product's stack title ("KVM + QEMU"), shorter than its full name."""
    product = content.products[product_id]
    return content.stack(product.stack).title.get(lang) if product.stack else product.name.get(lang)


def build(host) -> CostChart:
    return CostChart(host.state, host.state.theme, host.family)
