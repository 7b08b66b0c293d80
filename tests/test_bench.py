"""The benchmark itself: it must keep running as the app changes (its figures are not checked here)."""

from __future__ import annotations


def test_the_benchmark_times_hvviz_and_the_windows_it_is_compared_with():
    from hvviz.bench import measure_startup

    startup, memory = measure_startup(runs=1)
    assert 0 < startup["bare_best_s"] <= startup["bare_s"]
    assert 0 < startup["hvviz_best_s"] <= startup["hvviz_s"]
    assert startup["korean_floor_ratio"] > 0
    assert startup["heavy_modules_at_startup"] == []  # pyqtgraph and numpy wait for the first chart
    assert memory["hvviz_mb"] > 0 and memory["bare_mb"] > 0
