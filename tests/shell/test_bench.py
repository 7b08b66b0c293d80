"""The benchmark itself: it must keep running as the app changes (its figures are not checked here)."""

from __future__ import annotations

import shutil

import pytest


def test_the_benchmark_times_hvviz_and_the_windows_it_is_compared_with():
    """One start-up of each child runs to its first frame; pyqtgraph and numpy are not imported by then."""
    from hvviz.bench import measure_startup

    startup, memory = measure_startup(runs=1)
    assert 0 < startup["bare_best_s"] <= startup["bare_s"]
    assert 0 < startup["hvviz_best_s"] <= startup["hvviz_s"]
    assert startup["korean_floor_ratio"] > 0
    assert startup["heavy_modules_at_startup"] == []  # pyqtgraph and numpy wait for the first chart
    assert memory["hvviz_mb"] > 0 and memory["bare_mb"] > 0


needs_valgrind = pytest.mark.skipif(shutil.which("valgrind") is None, reason="counting instructions needs valgrind")


@needs_valgrind
def test_instruction_counts_are_the_same_from_run_to_run(tmp_path):
    """Callgrind counts the same program alike twice, within 0.1 %."""
    from hvviz.bench.startup import count_instructions

    child = tmp_path / "child.py"
    child.write_text('import json; print(json.dumps({"peak_mb": 0}))\n')
    first, second = count_instructions(child), count_instructions(child)
    assert first > 1_000_000
    assert abs(first - second) / first < 0.001


@needs_valgrind
def test_a_child_that_fails_under_valgrind_is_reported_not_counted(tmp_path):
    """A child that fails is an error, not a count."""
    from hvviz.bench.startup import count_instructions

    child = tmp_path / "child.py"
    child.write_text("raise SystemExit(3)\n")
    with pytest.raises(RuntimeError, match="failed under valgrind"):
        count_instructions(child)
