"""A learner's first moves, timed: opening the first chart (pyqtgraph imported then), and a
click on a layer to its note painted."""

from __future__ import annotations

import statistics
import time

from hvviz.bench.frames import _percentile
from hvviz.bench.startup import CHILDREN, run_child


def measure_first_chart(runs: int = 3) -> dict:
    """Time from opening the cost tab to its chart painted, pyqtgraph's import included."""
    results = [run_child(CHILDREN / "first_chart.py") for _ in range(runs)]
    return {
        "median_ms": statistics.median(r["first_chart_ms"] for r in results),
        "heavy_modules_before": sorted({m for r in results for m in r["imported_before"]}),
        "runs": runs,
    }


def measure_click_to_note(clicks: int = 40) -> dict:
    """Click layers in turn; time from the click to the repainted notes panel and stage."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from hvviz.app import application, build_window
    from hvviz.core.resources import default_content_dir
    from hvviz.features import load_pack

    application()
    window = build_window(load_pack(default_content_dir()), "ko")
    window.resize(1280, 720)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(500)  # as a user would: the window has been up a moment before the first click
    view = window.views("stacks").view
    # fetched before the clock runs: the first time Python asks for a widget Qt made, PySide
    # looks up its class, once; that is the harness's cost, not a click's
    stage_viewport, notes_viewport = view.viewport(), window.views("notes").panel.viewport()
    scene = window.views("stacks").scene
    layer_ids = list(scene.layer_items())
    costs = []
    for i in range(clicks):
        layer_id = layer_ids[i % len(layer_ids)]
        item = scene.layer_item(layer_id)
        pos = view.mapFromScene(item.mapToScene(item.block_rect().center()))
        start = time.perf_counter()
        QTest.mouseClick(stage_viewport, Qt.MouseButton.LeftButton, pos=pos)
        notes_viewport.repaint()
        stage_viewport.repaint()
        costs.append((time.perf_counter() - start) * 1000)
        assert window.state.selected == layer_id
    window.close()
    return {"median_ms": round(statistics.median(costs), 2), "p95_ms": round(_percentile(costs, 0.95), 2), "clicks": clicks}
