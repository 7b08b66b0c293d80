"""What every start-up child shares: it reports once its first frame is painted, then stops.

Each child watches its top-level window: Qt paints a window and all its children in one pass,
so a timer queued at the window's first paint runs once the whole frame is drawn. (Asking for a
child such as the stage's viewport from Python would add work to one child only: PySide looks
up the Python class of a widget it has not seen before.)"""

import json
import os
import resource
import sys

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstFrame(QObject):
    def __init__(self, widget):
        super().__init__()
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False


def report():
    mods = sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_mb": rss_mb, "heavy_modules": mods}), flush=True)
    os._exit(0)  # the first frame is what is measured; not the tidying up after it
