"""How the charts look: plots in the theme's colours and the bundled font (pyqtgraph)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from hvviz.core.theme import Theme, contrast_ratio

#: the pixel size of the axes' tick labels
TICK_PX = 13
#: how far (pixels) a bottom tick label may reach past the axis' ends: the "0" at the left end is drawn
BOTTOM_LABEL_OVERHANG = 12
#: pixels right of the plot, room for the half of the last bottom tick label that reaches past the axis' end
RIGHT_MARGIN_PX = 14


def tick_font(family: str) -> QFont:
    font = QFont(family)
    font.setPixelSize(TICK_PX)
    return font


def style_plot(plot: pg.PlotWidget, theme: Theme, family: str) -> None:
    plot.setBackground(theme.surface)
    font = tick_font(family)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(font)
        axis.setTextPen(QColor(theme.text))
        axis.setPen(QColor(theme.muted))
    plot.getAxis("bottom").setStyle(hideOverlappingLabels=BOTTOM_LABEL_OVERHANG)
    plot.getPlotItem().layout.setContentsMargins(2, 2, RIGHT_MARGIN_PX, 2)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()


def nice_ticks(limit: float, most: int) -> list[float]:
    """Round tick values from 0 up to `limit`, at most `most` of them (at least 0 and one more)."""
    if limit <= 0:
        return [0.0]
    most = max(2, most)
    raw = limit / (most - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    count = int(limit / step + 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def tick_text(value: float) -> str:
    return f"{value:g}"


def accent_on(theme: Theme, background: str) -> str:
    """The theme's accent (its link colour) if it stands out from `background` (3:1), else its text colour."""
    return theme.link if contrast_ratio(theme.link, background) >= 3 else theme.text


def radio_style(theme: Theme) -> str:
    """Radio buttons whose ring shows in either theme: the ring in the secondary text colour
    (well over 3:1 on the background), the checked one filled with the accent."""
    accent = accent_on(theme, theme.background)
    dot = (f"qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {accent}, stop:0.45 {accent},"
           f" stop:0.55 {theme.background}, stop:1 {theme.background})")
    return (
        f"QRadioButton {{ color: {theme.text}; spacing: 6px; }}"
        f"QRadioButton::indicator {{ width: 12px; height: 12px; border-radius: 8px;"
        f" border: 2px solid {theme.muted}; background: {theme.background}; }}"
        f"QRadioButton::indicator:checked {{ border: 2px solid {accent}; background: {dot}; }}"
        f"QRadioButton::indicator:hover {{ border: 2px solid {theme.text}; }}"
        f"QRadioButton:focus {{ outline: none; }}"
        f"QRadioButton::indicator:focus {{ border: 2px solid {theme.focus}; }}"
    )


class Themed:
    """Charts follow the app's theme: plot backgrounds, axes and titles."""

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for plot in self.findChildren(pg.PlotWidget):
            style_plot(plot, theme, self.family)
        self.restyle()
        self.retranslate()

    def restyle(self) -> None:
        """What a chart styles beyond its plots (its own widgets); nothing by default."""
