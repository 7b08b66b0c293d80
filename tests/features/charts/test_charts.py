"""The charts: imported only when first opened, updated live, and never fed a value out of range."""

from __future__ import annotations

from helpers import io_player, stack_tabs

import os
import subprocess
import sys

import pytest

from hvviz.features.charts import iocost, scheduling


def open_side_tab(window, name):
    return window.side.show(name)


def test_start_up_does_not_import_pyqtgraph_or_numpy():
    """The window opens and paints without the chart libraries; opening a chart brings them in."""
    code = (
        "import sys\n"
        "from PySide6.QtTest import QTest\n"
        "from hvviz.app import application, build_window\n"
        "from hvviz.features import load_pack\n"
        "from hvviz.core.resources import default_content_dir\n"
        "app = application()\n"
        "w = build_window(load_pack(default_content_dir()), 'ko'); w.show(); w.replay()\n"
        "QTest.qWaitForWindowExposed(w); QTest.qWait(200)\n"
        "print(sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))\n"
        "w.side_tabs.setCurrentIndex(1)\n"
        "print(sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))\n"
        "w.finish_animations()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    before, after = out.strip().splitlines()[-2:]
    assert before == "[]"
    assert after == "['numpy', 'pyqtgraph']"


def test_cost_chart_updates_when_a_slider_moves(qtbot, window, content):
    """Maxing a crossing's cost slider lengthens only the bars of paths that cross it; the crossing-count labels stay."""
    chart = open_side_tab(window, "cost")
    assert chart is not None and window.side_tabs.currentWidget() is chart
    rows = chart.rows()
    assert len(rows) == len(chart.cost_bars.opts["width"])
    crossing = "vm-exit" if "vm-exit" in chart.sliders else next(iter(chart.sliders))
    uses = [i for i, row in enumerate(rows) if crossing in iocost.crossing_ids(content.io_paths[(row.product, row.method)])]
    assert uses, "some path crosses it"
    before = list(chart.cost_bars.opts["width"])
    slider = chart.sliders[crossing]
    slider.slider.setValue(slider.slider.maximum())
    after = list(chart.cost_bars.opts["width"])
    for i in uses:
        assert after[i] > before[i]
    untouched = [i for i in range(len(rows)) if i not in uses]
    assert all(after[i] == before[i] for i in untouched)
    # the crossings, written at each bar's end, do not depend on the costs
    assert [label.textItem.toPlainText() for label in chart.crossing_labels] == [f"경계 {r.crossings}번" for r in rows]


def test_cost_chart_says_its_numbers_are_illustrative(qtbot, window, content):
    """The cost chart shows a warning that its numbers are illustrative, not measurements, in Korean and in English."""
    chart = open_side_tab(window, "cost")
    assert iocost.uses_illustrative_costs(content)
    assert chart.warning.isVisibleTo(window) and "측정값이 아니라" in chart.warning.text()
    window.state.set_language("en")
    assert "not measurements" in chart.warning.text()


def test_the_path_on_screen_is_highlighted_in_the_cost_chart(qtbot, window, content):
    """The I/O path playing on screen has its bar in the cost chart drawn in a colour that sets it apart."""
    chart = open_side_tab(window, "cost")
    stack_tabs(window).setCurrentIndex(stack_tabs(window).index_of("kvm"))
    window.state.set_io_method("paravirtual")
    index = [(r.product, r.method) for r in chart.rows()].index(("kvm", "paravirtual"))
    brushes = chart.cost_bars.opts["brushes"]
    assert brushes[index] != brushes[(index + 1) % len(brushes)]
    io_player(window).stop()


def test_scheduling_type2_gives_host_processes_cpu_time(qtbot, window):
    """In Type 1 only vCPUs get CPU time; switching to Type 2 gives host processes a share, with a bar per slice."""
    chart = open_side_tab(window, "scheduling")
    assert chart.schedule().share(None) == 0  # Type 1: only vCPUs
    chart.mode_buttons["type2"].click()
    assert chart.schedule().mode == "type2"
    assert chart.schedule().share(None) > 0
    assert len(chart.bars.opts["x0"]) == len(chart.schedule().slices)


def test_scheduling_sliders_update_the_chart(qtbot, window):
    """Changing the physical CPU count reschedules onto that many CPUs and relabels the chart's CPU axis."""
    chart = open_side_tab(window, "scheduling")
    pcpus = chart.parameters["pcpus"]
    pcpus.set_value(1)
    one = chart.schedule()
    assert max(s.cpu for s in one.slices) == 0
    pcpus.set_value(8)
    assert chart.schedule().pcpus == 8
    assert "CPU 7" in [label for _, label in chart.plot.getAxis("left")._tickLevels[0]]


def test_out_of_range_values_are_refused(content):
    """The sliders cannot leave their range, and the models refuse values that do."""
    from hvviz.features.charts._qt.range_slider import RangeSlider

    slider = RangeSlider(0.1, 1.0, 0.5)
    slider.set_value(99)
    assert slider.value() == 1.0
    with pytest.raises(ValueError):
        iocost.checked_costs(content, {"vm-exit": -1})
    with pytest.raises(ValueError):
        scheduling.check_parameters({"guests": 99}, content.scheduling)
    with pytest.raises(ValueError):
        scheduling.simulate("type3", 1, 1, 1, 0, 0.5)


def test_the_scheduling_model_is_deterministic_and_accounts_for_every_slice():
    """The scheduling model gives the same result twice, its shares sum to one, and round robin is fair under load."""
    a = scheduling.simulate("type2", 3, 2, 4, 2, 0.7)
    b = scheduling.simulate("type2", 3, 2, 4, 2, 0.7)
    assert a == b
    total = sum(a.share(g) for g in range(3)) + a.share(None) + a.idle()
    assert abs(total - 1) < 1e-9
    busy = scheduling.simulate("type1", 4, 2, 2, 0, 1.0)
    assert busy.idle() == 0  # more vCPUs than CPUs, all wanting to run: no CPU idles
    assert {round(busy.share(g), 2) for g in range(4)} == {0.25}  # round robin is fair


@pytest.mark.parametrize("size", [(1280, 720), (1280, 800), (1366, 768)])
def test_opening_a_chart_leaves_the_product_tabs_room_to_show_whole(qtbot, window, size):
    """The side panel widens for a chart, but not so far that the product tabs need scroll arrows."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    open_side_tab(window, "cost")
    qtbot.waitUntil(lambda: window.side_tabs.width() > 400)
    tabs = stack_tabs(window)
    assert tabs.sizeHint().width() <= tabs.width()
