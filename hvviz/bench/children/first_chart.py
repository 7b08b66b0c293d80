"""A bench child: the window, then its cost chart opened and timed (pyqtgraph is imported then)."""

import json
import sys
import time

from PySide6.QtTest import QTest

from hvviz.app import application, build_window
from hvviz.core.resources import default_content_dir
from hvviz.features import load_pack

app = application()
window = build_window(load_pack(default_content_dir()), "ko")
window.resize(1280, 720)
window.show()
QTest.qWaitForWindowExposed(window)
window.finish_animations()
QTest.qWait(300)
before = sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules)
start = time.perf_counter()
window.side.show("cost").repaint()
app.processEvents()
elapsed = time.perf_counter() - start
print(json.dumps({"first_chart_ms": round(elapsed * 1000, 1), "imported_before": before}), flush=True)
