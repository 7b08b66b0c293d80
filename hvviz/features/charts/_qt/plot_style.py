"""How the charts look: plots in the theme's colours and the bundled font (pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from hvviz.core.theme import Theme


def style_plot(plot: pg.PlotWidget, theme: Theme, family: str) -> None:
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


class Themed:
    """Charts follow the app's theme: plot backgrounds, axes and titles."""

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for plot in self.findChildren(pg.PlotWidget):
            style_plot(plot, theme, self.family)
        self.retranslate()
