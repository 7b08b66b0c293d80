"""Zooming the stage never starts a loop: with the zoom above 1, the scroll bars do not flap."""

from __future__ import annotations

from helpers import stage_view
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class Flips(QObject):
    """Counts how often a widget is shown or hidden."""

    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.count += 1
        return False


def test_zoomed_in_the_scroll_bars_settle_at_every_size(qtbot, window):
    """Zoomed in at 1.2, through 60 window sizes, each size settles within a few event-loop turns:
    the scroll bars are shown or hidden a bounded number of times, never for ever."""
    view = stage_view(window)
    view.set_zoom(1.2)
    bars = [Flips(view.verticalScrollBar()), Flips(view.horizontalScrollBar())]
    worst = 0
    for step in range(60):
        window.resize(960 + step * 13, 600 + (step * 7) % 300)
        before = sum(bar.count for bar in bars)
        for _ in range(30):
            QApplication.processEvents()
        worst = max(worst, sum(bar.count for bar in bars) - before)
    assert worst <= 4
    view.set_zoom(1.0)
