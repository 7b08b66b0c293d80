"""The charts at 1024x600 and 1280x720: legible rows, usable sliders, the path on screen marked by
more than colour, radio buttons that show, a legend that keeps each swatch with its label."""

from __future__ import annotations

import itertools
import re

import pytest
from helpers import io_player, stack_tabs
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QTextDocument, QTextOption, QWheelEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QStyleOptionSlider

from functools import cache

from hvviz.core.font_coverage import FontCoverage
from hvviz.core.resources import font_paths
from hvviz.core.theme import contrast_ratio


@cache
def font_coverage() -> FontCoverage:
    """The regular face of the bundled font (NanumSquareR.ttf), the one the charts' text is set in."""
    return FontCoverage.from_file(next(path for path in font_paths() if path.name == "NanumSquareR.ttf"))


def small_window(qtbot, window, size=(1024, 600)):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1])
    return window


def open_cost(qtbot, window):
    chart = window.side.show("cost")
    qtbot.waitUntil(lambda: chart.isVisible() and chart.plot.getViewBox().height() > 0)
    qtbot.waitUntil(lambda: window.side_tabs.width() >= 300)  # the side panel has widened for the chart
    qtbot.waitUntil(chart.plot.getPlotItem().layout.isActivated)  # pyqtgraph has laid the plot out
    return chart


def drawn_ticks(axis) -> list[tuple[QRectF, str]]:
    """The tick labels pyqtgraph would draw on `axis` now: (text rectangle, text), in axis pixels."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in texts]


def row_pixels(chart, y: float) -> float:
    """The scene y of data row `y` in the cost chart."""
    return chart.plot.getViewBox().mapViewToScene(QPointF(0, y)).y()


def test_cost_rows_are_legible_at_1024x600(qtbot, window):
    """At 1024x600 no two row labels overlap, each fits beside its tick, and every row is no closer to the next than its label is tall."""
    small_window(qtbot, window)
    chart = open_cost(qtbot, window)
    axis = chart.plot.getAxis("left")
    metrics = QFontMetrics(axis.style["tickFont"])
    shown = [(y, text) for y, text in axis._tickLevels[0] if _in_view(chart, y)]
    assert len(shown) >= 5, "the plot shows several rows at once"
    pixels = sorted(row_pixels(chart, y) for y, _ in shown)
    assert min(b - a for a, b in itertools.pairwise(pixels)) >= metrics.height()
    drawn = drawn_ticks(axis)
    assert len(drawn) == len(shown)
    for (a, _), (b, _) in itertools.combinations(drawn, 2):
        assert not a.intersects(b), "two row labels overlap"
    room = axis.width() - axis.style["tickTextOffset"][0] - max(0, axis.style["tickLength"])
    assert max(metrics.horizontalAdvance(text) for _, text in shown) <= room, "a row label runs into the ticks"


def _in_view(chart, y: float) -> bool:
    low, high = chart.plot.viewRange()[1]
    return low <= y <= high


def test_cost_plot_and_its_titles_fit_at_1024x600(qtbot, window):
    """At 1024x600 the plot keeps 150 px or more, and neither its title nor its axis title is clipped."""
    small_window(qtbot, window)
    chart = open_cost(qtbot, window)
    plot_area = QRectF(chart.plot.viewport().rect())
    pg_title = chart.plot.getPlotItem().titleLabel  # a title drawn by pyqtgraph, if any, lies inside the plot
    if pg_title.isVisible() and pg_title.text:
        assert plot_area.contains(drawn_text(pg_title.item)), "the plot's title is cut off"
    title = chart.plot_title  # the title above the plot
    assert title.text() and title.isVisibleTo(window)
    assert title.wordWrap() or title.sizeHint().width() <= title.width()
    assert title.heightForWidth(title.width()) <= title.height()
    bottom = chart.plot.getAxis("bottom")
    axis_title = drawn_text(bottom.label)
    assert plot_area.contains(axis_title), "the axis title is cut off"
    assert bottom.mapRectToScene(QRectF(0, 0, bottom.width(), bottom.height())).adjusted(0, 0, 0, 1).contains(axis_title)
    for rect, text in drawn_ticks(bottom):
        assert not bottom.mapRectToScene(rect).intersects(axis_title), f"the axis title runs into the tick {text}"
    assert chart.plot.height() >= 150


def drawn_text(item) -> QRectF:
    """The scene rectangle a QGraphicsTextItem draws its text in (its blank margin left out)."""
    margin = item.document().documentMargin()
    return item.mapRectToScene(item.boundingRect().adjusted(margin, margin, -margin, -margin))


def test_cost_x_axis_starts_at_zero_with_a_zero_tick(qtbot, window):
    """The cost axis starts at 0 and writes its 0, at 1024x600 and at 1280x720."""
    for size in ((1280, 720), (1024, 600)):
        small_window(qtbot, window, size)
        chart = open_cost(qtbot, window)
        assert chart.plot.viewRange()[0][0] == 0
        assert "0" in [text for _, text in drawn_ticks(chart.plot.getAxis("bottom"))]


@pytest.mark.parametrize("panel", ["cost", "scheduling"])
def test_bottom_tick_labels_are_drawn_whole(qtbot, window, panel):
    """At 1024x600 and 1280x720 every number under a chart lies inside the plot, none cut at its edges."""
    for size in ((1280, 720), (1024, 600)):
        small_window(qtbot, window, size)
        chart = window.side.show(panel)
        qtbot.waitUntil(lambda: chart.isVisible() and window.side_tabs.width() >= 300)
        qtbot.waitUntil(chart.plot.getPlotItem().layout.isActivated)
        bottom = chart.plot.getAxis("bottom")
        metrics = QFontMetrics(bottom.style["tickFont"])
        area = QRectF(chart.plot.viewport().rect())
        drawn = drawn_ticks(bottom)
        assert len(drawn) >= 3
        for rect, text in drawn:
            centre = bottom.mapRectToScene(rect).center()
            width = metrics.horizontalAdvance(text)
            assert area.left() <= centre.x() - width / 2 and centre.x() + width / 2 <= area.right(), f"{text} at {size}"


def test_every_row_can_be_scrolled_to_and_the_path_on_screen_is_shown(qtbot, window, content):
    """Rows that do not fit scroll (bar and wheel), and choosing a path off the visible rows scrolls it into view."""
    small_window(qtbot, window)
    chart = open_cost(qtbot, window)
    rows_plot = chart.rows_plot
    assert rows_plot.scrollbar.isVisible() and rows_plot.scrollbar.maximum() + rows_plot.visible_slots() == rows_plot.slots
    last_y = chart.cost_bars.opts["y"][-1]
    assert not _in_view(chart, last_y)
    viewport = chart.plot.viewport()
    wheel = QWheelEvent(QPointF(20, 20), QPointF(viewport.mapToGlobal(QPoint(20, 20))), QPoint(0, 0), QPoint(0, -120 * 30),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert rows_plot.scrollbar.value() == rows_plot.scrollbar.maximum() and _in_view(chart, last_y)
    rows_plot.scrollbar.setValue(0)
    last = chart.rows()[-1]
    stack_tabs(window).setCurrentIndex(stack_tabs(window).index_of(last.product))
    window.state.set_io_method(last.method)
    qtbot.waitUntil(lambda: _in_view(chart, last_y))
    io_player(window).stop()


def test_scrolled_rows_stay_under_their_products_name(qtbot, window):
    """However far the rows are scrolled, the top of the plot names the product of the rows below it, and no row label is drawn there."""
    from hvviz.features.charts import iocost

    small_window(qtbot, window)
    chart = open_cost(qtbot, window)
    rows, ys = chart.rows(), chart.cost_bars.opts["y"]
    heading = dict(zip([product for product, _ in iocost.by_product(rows)], [h.textItem.toPlainText() for h in chart.headers]))
    scrollbar = chart.rows_plot.scrollbar
    assert scrollbar.maximum() > 0
    for value in range(scrollbar.maximum() + 1):
        scrollbar.setValue(value)
        top_y = chart.plot.viewRange()[1][1] - 0.5  # the middle of the top row
        on_top = [h.textItem.toPlainText() for h in chart.headers + [chart.pinned]
                  if h.isVisible() and abs(h.pos().y() - top_y) < 1e-6]
        next_row = next(row for row, y in zip(rows, ys) if y <= top_y + 1e-6)
        assert on_top == [heading[next_row.product]], f"scrolled {value} rows down"
        assert all(abs(y - top_y) > 1e-6 for y, _ in chart.plot.getAxis("left")._tickLevels[0]), f"scrolled {value} rows down"


def test_a_chart_opened_on_a_path_shows_that_paths_row(qtbot, window):
    """Opened while the last row's path is on screen, the chart at 1024x600 is scrolled to that row."""
    small_window(qtbot, window)
    product, method = "vmware-workstation", "paravirtual"
    stack_tabs(window).setCurrentIndex(stack_tabs(window).index_of(product))
    window.state.set_io_method(method)
    chart = open_cost(qtbot, window)
    index = [(r.product, r.method) for r in chart.rows()].index((product, method))
    assert index == len(chart.rows()) - 1, "the path is the last row, out of view unless scrolled to"
    qtbot.waitUntil(lambda: _in_view(chart, chart.cost_bars.opts["y"][index]))
    io_player(window).stop()


def test_cost_sliders_are_long_enough_say_their_unit_and_fit(qtbot, window):
    """At 1024x600 every slider's groove is 80 px or longer and its value is written whole, with a unit the font can draw."""
    small_window(qtbot, window)
    chart = open_cost(qtbot, window)
    for crossing_id, range_slider in chart.sliders.items():
        slider = range_slider.slider
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        groove = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                               QStyle.SubControl.SC_SliderGroove, slider)
        assert groove.width() >= 80, f"the slider for {crossing_id} is {groove.width()} px long"
        value = range_slider.value_label
        viewport = chart.slider_panel.scroll.viewport()
        assert value.mapTo(viewport, value.rect().topRight()).x() < viewport.width(), f"the value of {crossing_id} is cut off"
        assert value.text().endswith(" μs"), value.text()
        assert value.sizeHint().width() <= value.width()
        assert all(ch in font_coverage() for ch in value.text())
        label = chart.slider_labels[crossing_id]
        assert label.wordWrap() or label.sizeHint().width() <= label.width(), f"the label of {crossing_id} is cut"


def test_reset_puts_every_cost_back(qtbot, window, content):
    """After every slider is moved, the reset button puts each back to the content's cost, and the bars with it."""
    chart = open_cost(qtbot, window)
    before = list(chart.cost_bars.opts["width"])
    for range_slider in chart.sliders.values():
        range_slider.slider.setValue(range_slider.slider.maximum())
    assert list(chart.cost_bars.opts["width"]) != before
    assert chart.reset_button.text() == "되돌리기" and chart.reset_button.isVisibleTo(window)
    qtbot.mouseClick(chart.reset_button, Qt.MouseButton.LeftButton)
    assert chart.costs() == {c.id: c.cost for c in content.crossings.values()}
    assert list(chart.cost_bars.opts["width"]) == before


@pytest.mark.parametrize("lang, marker", [("ko", "◀ 지금"), ("en", "◀ on screen")])
def test_the_path_on_screen_is_marked_by_more_than_colour(qtbot, window, lang, marker):
    """The path on screen has an outline no other bar has and a text marker beside its label, whole and inside the plot."""
    small_window(qtbot, window)
    window.state.set_language(lang)
    chart = open_cost(qtbot, window)
    stack_tabs(window).setCurrentIndex(stack_tabs(window).index_of("kvm"))
    window.state.set_io_method("paravirtual")
    index = [(r.product, r.method) for r in chart.rows()].index(("kvm", "paravirtual"))
    pens = chart.cost_bars.opts["pens"]
    assert all(pens[index] != pen for i, pen in enumerate(pens) if i != index)
    assert pens[index].widthF() >= 2
    assert chart.marker.isVisible() and chart.marker.textItem.toPlainText() == marker
    assert all(ch in font_coverage() for ch in marker)
    qtbot.waitUntil(lambda: _in_view(chart, chart.cost_bars.opts["y"][index]))
    label = text_rect(chart, chart.crossing_labels[index])
    mark = text_rect(chart, chart.marker)
    assert abs(mark.center().y() - label.center().y()) < 1 and mark.left() >= label.right() - 1
    view = chart.plot.getViewBox().sceneBoundingRect()
    assert view.contains(mark) and view.contains(label), "the marker or its label is cut off"
    io_player(window).stop()


def text_rect(chart, item) -> QRectF:
    """Where a text item of the plot (anchored at its left middle) draws its text, in scene pixels."""
    assert tuple(item.anchor) == (0, 0.5)
    at = chart.plot.getViewBox().mapViewToScene(item.pos())
    size = item.textItem.boundingRect().size()
    margin = item.textItem.document().documentMargin()  # blank space around the text
    return QRectF(at.x(), at.y() - size.height() / 2, size.width(), size.height()).adjusted(margin, margin, -margin, -margin)


def indicator_contrast(button, background: str) -> float:
    """The highest contrast, against `background`, of any pixel of the radio button's indicator."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    rect = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
    image = button.grab().toImage()
    ratio = image.devicePixelRatio()
    best = 1.0
    for x in range(int(rect.left() * ratio), int((rect.right() + 1) * ratio)):
        for y in range(int(rect.top() * ratio), int((rect.bottom() + 1) * ratio)):
            best = max(best, contrast_ratio(image.pixelColor(x, y).name(), background))
    return best


@pytest.mark.parametrize("theme", ["default", "projector"])
def test_scheduling_radio_buttons_show_their_circle(qtbot, window, theme):
    """Checked and unchecked, each radio button's indicator reaches 3:1 against the background, in either theme."""
    chart = window.side.show("scheduling")
    window.state.set_theme(theme)  # a chart already built follows the theme
    qtbot.waitUntil(chart.isVisible)
    background = window.state.theme.background
    for button in chart.mode_buttons.values():
        assert indicator_contrast(button, background) >= 3, f"{button.text()} ({'on' if button.isChecked() else 'off'})"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_scheduling_radio_buttons_are_whole_at_1024x600(qtbot, window, lang):
    """At 1024x600 each radio button, its circle and its words, fits in the panel."""
    small_window(qtbot, window)
    window.state.set_language(lang)
    chart = window.side.show("scheduling")
    qtbot.waitUntil(lambda: chart.isVisible() and window.side_tabs.width() >= 300)
    for button in chart.mode_buttons.values():
        assert button.sizeHint().width() <= button.width(), button.text()
        right = button.mapTo(chart, button.rect().topLeft()).x() + button.sizeHint().width()
        assert right <= chart.contentsRect().right() + 1, button.text()


def legend_document(label, width: int) -> QTextDocument:
    """The legend's text laid out as its QLabel lays it out, at `width`."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as QLabel: a word too long for a line is not cut
    document.setDefaultTextOption(option)
    document.setHtml(label.text())
    document.setTextWidth(width)
    return document


def entries_split(label, width: int) -> list[str]:
    """The legend entries ("■ VM3 30%", "idle 8%") that do not stay on one line at `width`.

    Entries are the runs of text after the title whose words are one space apart; two or more
    spaces part one entry from the next."""
    document = legend_document(label, width)
    document.size()  # lays the text out
    text = document.toPlainText().replace("\xa0", " ")
    entries = list(re.finditer(r"\S(?:\S| (?=\S))*", text))[1:]
    assert entries, "the legend has entries"
    return [m.group() for m in entries if _line_of(document, m.start()) != _line_of(document, m.end() - 1)]


def _line_of(document, position: int) -> tuple[int, int]:
    block = document.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    assert line.isValid()
    return block.blockNumber(), line.lineNumber()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_scheduling_legend_keeps_each_swatch_with_its_label(qtbot, window, lang):
    """At 1024x600, and at any width, the legend never breaks a line between a swatch and its label and share."""
    small_window(qtbot, window)
    window.state.set_language(lang)
    chart = window.side.show("scheduling")
    qtbot.waitUntil(lambda: chart.isVisible() and window.side_tabs.width() >= 300)
    for mode in ("type1", "type2"):
        chart.mode_buttons[mode].click()
        assert legend_document(chart.shares, 1000).toPlainText().count("■") >= 2  # a swatch per VM
        assert entries_split(chart.shares, chart.shares.contentsRect().width()) == []
        for width in range(200, 560, 7):  # from about the widest entry (a narrower label cuts it anyway)
            assert entries_split(chart.shares, width) == [], f"at {width} px"
