"""The presenter view: sized to its screen, nothing cut or overlapping, drawn in the theme's colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette

from hvviz.features.lecture._qt.presenter_view import PresenterView
from hvviz.gui.korean_font import register_fonts
from hvviz.state import AppState

SCREENS = [(1024, 600), (1280, 720), (1366, 768), (1920, 1080)]


@pytest.fixture
def presenter(qtbot, content):
    """A presenter view on a state of its own, at a step with a next one, shown."""
    state = AppState(content, "ko")
    state.go_to_step(2)
    view = PresenterView(state, register_fonts())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()


def fitted(qtbot, view, width, height):
    """Fit the view to a screen's available geometry of this size and wait until it is laid out."""
    available = QRect(0, 0, width, height)
    view.fit_to(available)
    qtbot.waitUntil(lambda: view.frameGeometry().topLeft() == available.topLeft(), timeout=3000)
    view.layout().activate()
    return available


def parts(view):
    return {"step": view.step_label, "caption": view.caption, "notes": view.notes, "next": view.next_label,
            "next caption": view.next_caption, "preview": view.preview, "timer": view.timer_button, "clock": view.clock}


def rect_in_view(view, widget) -> QRect:
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


def layout_problems(view, available) -> list[str]:
    """What is wrong with the view's layout: outside the screen, parts outside it or overlapping, text cut."""
    problems = [] if available.contains(view.frameGeometry()) else [f"view {view.frameGeometry()} outside {available}"]
    if view.width() < available.width() * 0.9 or view.height() < available.height() * 0.85:
        problems.append(f"view {view.size()} does not use the screen")
    rects = {name: rect_in_view(view, widget) for name, widget in parts(view).items()}
    problems += [f"{name} {rect} outside the view" for name, rect in rects.items() if not view.rect().contains(rect)]
    names = list(rects)
    problems += [f"{a} overlaps {b}" for i, a in enumerate(names) for b in names[i + 1:] if rects[a].intersects(rects[b])]
    for name in ("step", "caption", "next", "next caption"):
        label = parts(view)[name]
        if label.height() < label.heightForWidth(label.width()):
            problems.append(f"{name}: its wrapped text is cut ({label.height()} < {label.heightForWidth(label.width())})")
    for name in ("timer", "clock"):
        widget, hint = parts(view)[name], parts(view)[name].sizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            problems.append(f"{name}: {widget.size()} is smaller than its text ({hint})")
    if view.notes.viewport().height() < 4 * view.notes.fontMetrics().height():
        problems.append("the notes show fewer than four lines")
    return problems


@pytest.mark.parametrize("width,height", SCREENS)
def test_the_presenter_view_fits_its_screen_with_nothing_cut_or_overlapping(qtbot, presenter, width, height):
    """On each screen size the view fits the available geometry, and every part lies inside it,
    overlaps no other, and has the room its text needs."""
    available = fitted(qtbot, presenter, width, height)
    assert layout_problems(presenter, available) == []


def test_every_step_fits_the_smallest_screen(qtbot, presenter, content):
    """At 1024x600, every step of the lesson (the longest titles and captions, the last step) fits uncut."""
    available = fitted(qtbot, presenter, 1024, 600)
    problems = {}
    for index in range(len(content.lesson)):
        for lang in ("ko", "en"):
            presenter.state.set_language(lang)
            presenter.state.go_to_step(index)
            presenter.layout().activate()
            problems.update({(index + 1, lang): found for found in [layout_problems(presenter, available)] if found})
    assert problems == {}


@pytest.mark.parametrize("width,height", SCREENS)
def test_the_preview_is_drawn_at_the_size_of_its_label(qtbot, presenter, width, height):
    """The next step's picture fits its label, fills its width or height, and keeps the slide's shape."""
    fitted(qtbot, presenter, width, height)
    room = presenter.preview.contentsRect().size()

    def drawn_to_fit():
        pixmap = presenter.preview.pixmap()
        size = pixmap.deviceIndependentSize()
        return (not pixmap.isNull() and size.width() <= room.width() and size.height() <= room.height()
                and (room.width() - size.width() <= 2 or room.height() - size.height() <= 2))

    qtbot.waitUntil(drawn_to_fit, timeout=3000)
    size = presenter.preview.pixmap().deviceIndependentSize()
    assert size.width() / size.height() == pytest.approx(16 / 9, abs=0.02)


def test_the_preview_grows_with_the_screen(qtbot, presenter):
    """The next step's picture is larger on a larger screen (it is drawn for the room it has, not at one size)."""
    widths = []
    for width, height in SCREENS:
        fitted(qtbot, presenter, width, height)
        room = presenter.preview.contentsRect().width()
        qtbot.waitUntil(lambda: room - 2 <= presenter.preview.pixmap().deviceIndependentSize().width() <= room, timeout=3000)
        widths.append(presenter.preview.pixmap().deviceIndependentSize().width())
    assert widths == sorted(widths) and widths[-1] > 1.5 * widths[0]


def test_the_type_grows_with_the_screen_within_bounds(qtbot, presenter):
    """Fonts are larger on a 1080-line screen than on a 600-line one, and stay readable and bounded."""
    fitted(qtbot, presenter, 1024, 600)
    small = presenter.caption.font().pixelSize(), presenter.timer_button.font().pixelSize()
    fitted(qtbot, presenter, 1920, 1080)
    large = presenter.caption.font().pixelSize(), presenter.timer_button.font().pixelSize()
    assert large[0] > small[0] and large[1] > small[1]
    assert small[0] >= 16 and large[0] <= 40


def test_opened_without_a_size_it_fits_the_screen_it_is_on(qtbot, content):
    """A presenter view shown as the opener shows it (no explicit size) fits its screen's available geometry."""
    view = PresenterView(AppState(content, "en"), register_fonts())
    qtbot.addWidget(view)
    view.resize(1280, 760)  # as it used to open, whatever the screen
    view.show()
    qtbot.waitExposed(view)
    available = view.screen().availableGeometry()
    qtbot.waitUntil(lambda: available.contains(view.frameGeometry()), timeout=3000)
    view.close()


def colour_at(view, widget, x, y) -> str:
    return view.grab().toImage().pixelColor(widget.mapTo(view, QPoint(x, y))).name().upper()


def test_the_presenter_view_wears_the_theme_and_follows_it(qtbot, presenter):
    """The view is drawn in its state's theme (background, surface panels, text, muted words), not the
    app's palette, and changes with the projector theme."""
    fitted(qtbot, presenter, 1280, 720)
    for name in ("default", "projector"):
        presenter.state.set_theme(name)
        theme = presenter.state.theme
        qtbot.waitUntil(lambda: presenter.palette().color(QPalette.ColorRole.Window) == QColor(theme.background), timeout=2000)
        assert presenter.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.text)
        assert colour_at(presenter, presenter, 2, 2) == theme.background.upper()
        caption = presenter.caption
        assert colour_at(presenter, caption, caption.width() - 3, 2) == theme.surface.upper()  # a panel
        notes = presenter.notes.viewport()
        assert colour_at(presenter, notes, notes.width() - 3, notes.height() - 3) == theme.surface.upper()
        for label in (presenter.next_label, presenter.clock):
            assert label.palette().color(label.foregroundRole()) == QColor(theme.muted)
        assert presenter.step_label.palette().color(presenter.step_label.foregroundRole()) == QColor(theme.text)
