"""Lecture mode: the lesson steps, the presenting keys, the projector theme's contrast."""

from __future__ import annotations

import pytest
from helpers import io_controls, layer_center_on_screen, presentation, scene, stage_view
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from hvviz.core.theme import contrast_ratio, text_pairs, theme_for
from hvviz.features.lecture._qt import presentation as presenting


@pytest.fixture
def presenting_window(qtbot, window):
    presentation(window).start(from_beginning=True)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    yield window
    presentation(window).stop()


def press(qtbot, window, key, text=""):
    qtbot.keyClick(stage_view(window), key)


def test_the_shipped_lesson_follows_the_text(content):
    """The shipped lesson has 8+ steps with unique ids, an I/O step, a build-up, and captions and notes in both languages."""
    lesson = content.lesson
    assert len(lesson) >= 8
    ids = [step.id for step in lesson]
    assert len(set(ids)) == len(ids)
    assert any(step.io for step in lesson), "a step plays a guest's I/O path"
    assert any(step.reveal for step in lesson), "a stack is built up step by step"
    for step in lesson:
        assert step.caption.ko and step.caption.en and step.notes.ko and step.notes.en


def test_stepping_forward_then_back_gives_identical_states(qtbot, window, content):
    """Every step looks the same whether reached going forward or coming back."""
    state = window.state
    forward = []
    for index in range(len(content.lesson)):
        state.go_to_step(index)
        window.finish_animations()
        forward.append((state.snapshot(), {lid for lid, item in scene(window).layer_items().items() if item.isVisible()}))
    backward = []
    for index in reversed(range(len(content.lesson))):
        state.go_to_step(index)
        window.finish_animations()
        backward.append((state.snapshot(), {lid for lid, item in scene(window).layer_items().items() if item.isVisible()}))
    assert forward == list(reversed(backward))
    window.stop_animations()


def test_a_step_draws_exactly_what_it_reveals(qtbot, window, content):
    """A lesson step with a reveal list shows exactly those layers, on exactly the step's stacks."""
    step_index = next(i for i, s in enumerate(content.lesson) if s.reveal)
    step = content.lesson[step_index]
    window.state.go_to_step(step_index)
    window.finish_animations()
    drawn = {lid for lid, item in scene(window).layer_items().items() if item.isVisible()}
    assert drawn == set(step.reveal)
    assert window.state.shown == step.stacks


def test_presenting_is_full_screen_with_only_the_stage_and_caption(qtbot, presenting_window, content):
    """Presenting is full screen with no menu, toolbar or side tabs, shows step 1 and its progress; Esc leaves it."""
    window = presenting_window
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible() and not window.side_tabs.isVisible()
    assert window.state.lesson_step == 0
    assert content.lesson[0].caption.ko in window.caption.text()
    assert f"1 / {len(content.lesson)}" in window.caption.text()
    assert window.views("lecture").lesson_progress.isVisible() and window.views("lecture").lesson_progress.fraction() == pytest.approx(1 / len(content.lesson))
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Escape)
    assert not presentation(window).active
    assert window.menuBar().isVisible() and window.side_tabs.isVisible() and not window.isFullScreen()


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_N, Qt.Key.Key_Return])
def test_next_keys(qtbot, presenting_window, key):
    """Each next key (Right, Down, Space, Page Down, N, Enter) moves the presentation one step forward."""
    qtbot.keyClick(stage_view(presenting_window), key)
    assert presenting_window.state.lesson_step == 1


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_P, Qt.Key.Key_Backspace])
def test_previous_keys(qtbot, presenting_window, key):
    """Each previous key (Left, Up, Page Up, P, Backspace) moves the presentation one step back."""
    presentation(presenting_window).go(3)
    qtbot.keyClick(stage_view(presenting_window), key)
    assert presenting_window.state.lesson_step == 1


def test_home_end_and_g_then_a_number(qtbot, presenting_window, content, monkeypatch):
    """End and Home go to the last and first steps; G and a number jumps there, on Enter or after a pause."""
    window = presenting_window
    qtbot.keyClick(stage_view(window), Qt.Key.Key_End)
    assert window.state.lesson_step == len(content.lesson) - 1
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Home)
    assert window.state.lesson_step == 0
    qtbot.keyClicks(stage_view(window), "g12")
    assert "G 12_" in window.caption.text()  # the jump being typed is shown
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Return)
    assert window.state.lesson_step == 11
    qtbot.keyClicks(stage_view(window), "g5")  # without Enter: it jumps after a pause
    qtbot.waitUntil(lambda: window.state.lesson_step == 4, timeout=3000)


@pytest.mark.parametrize("keys,overlay", [("b", "black"), (".", "black"), ("w", "white"), (",", "white"), ("?", "help")])
def test_black_white_and_help_screens(qtbot, presenting_window, keys, overlay):
    """B or '.', W or ',', and ? cover the window in black, white or help; the first Esc lifts it, keeping the step."""
    window = presenting_window
    qtbot.keyClicks(stage_view(window), keys)
    assert presentation(window).overlay == overlay
    assert window.views("lecture").screen_overlay.isVisible() and window.views("lecture").screen_overlay.geometry() == window.rect()
    step = window.state.lesson_step
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Escape)  # the first Esc lifts the screen
    assert presentation(window).overlay == "" and presentation(window).active
    assert window.state.lesson_step == step


def test_f1_shows_the_keys(qtbot, presenting_window):
    """F1 while presenting shows the help screen of keys."""
    qtbot.keyClick(stage_view(presenting_window), Qt.Key.Key_F1)
    assert presentation(presenting_window).overlay == "help"


def test_f5_and_shift_f5(qtbot, window):
    """F5 presents from the current step and Shift+F5 from the first."""
    window.state.go_to_step(4)
    qtbot.keyClick(stage_view(window), Qt.Key.Key_F5)
    assert presentation(window).active and window.state.lesson_step == 4
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Escape)
    qtbot.keyClick(stage_view(window), Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert presentation(window).active and window.state.lesson_step == 0
    presentation(window).stop()


def test_a_click_is_an_aside_and_the_next_key_returns_to_the_lesson(qtbot, presenting_window, content):
    """A click while presenting selects a layer without changing step; the next key goes on with the lesson's selection."""
    window = presenting_window
    window.finish_animations()
    target = next(lid for lid, item in scene(window).layer_items().items() if item.isVisible())
    qtbot.mouseClick(stage_view(window).viewport(), Qt.MouseButton.LeftButton, pos=layer_center_on_screen(window, target))
    assert window.state.selected == target
    assert window.state.lesson_step == 0
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Right)
    assert window.state.lesson_step == 1
    assert window.state.selected == content.lesson[1].select


def test_the_pointer_hides_when_it_rests(qtbot, window, monkeypatch):
    """While presenting, a resting mouse pointer is hidden, and it comes back when presenting stops."""
    monkeypatch.setattr(presenting, "POINTER_HIDE_MS", 50)
    presentation(window)._pointer_timer.setInterval(50)
    presentation(window).start()
    qtbot.waitUntil(lambda: presentation(window).pointer_hidden, timeout=2000)
    assert QGuiApplication.overrideCursor() is not None
    presentation(window).stop()
    assert QGuiApplication.overrideCursor() is None


@pytest.mark.parametrize("name", ["default", "projector"])
def test_every_text_colour_pair_meets_its_themes_contrast(name, content):
    """WCAG contrast of every text on its background: 4.5:1 in the default theme, 7:1 projected
    (the layers' fills come from the pack's manifest)."""
    theme = theme_for(name, content.pack)
    assert theme.min_contrast >= (7.0 if name == "projector" else 4.5)
    failing = [(what, round(contrast_ratio(fg, bg), 2)) for what, fg, bg in text_pairs(theme) if contrast_ratio(fg, bg) < theme.min_contrast]
    assert failing == []


def test_the_wcag_formula():
    """The contrast ratio follows WCAG: 21 for black on white, 4.48 for #777 on white, 1 for equal colours."""
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == 1.0


def test_projector_labels_are_large_in_full_screen(qtbot, window):
    """In the projector theme, full screen at 1920x1080, layer labels are at least 3% of the screen height."""
    window.state.set_theme("projector")
    presentation(window).start(from_beginning=True)
    presentation(window).last()
    window.state.show_stacks(window.state.content.compare)
    window.resize(1920, 1080)
    window.finish_animations()
    qtbot.waitUntil(lambda: stage_view(window).transform().m11() > 1.0, timeout=2000)
    scale = stage_view(window).transform().m11()
    sizes = {lid: item._label_font.pixelSize() * scale for lid, item in scene(window).layer_items().items()}
    small = {lid: round(p) for lid, p in sizes.items() if p < 0.03 * 1080}
    assert small == {}
    presentation(window).stop()


def test_presenter_view_and_audience_stay_in_step(qtbot, presenting_window, content):
    """S opens the presenter view; a key pressed in either window moves both."""
    window = presenting_window
    qtbot.keyClick(stage_view(window), Qt.Key.Key_S)
    presenter = window.views("lecture").presenter_view
    assert presenter is not None and presenter.isVisible()
    qtbot.addWidget(presenter)
    assert presenter.preview_step() == 1
    assert content.lesson[0].caption.ko in presenter.caption.text()
    qtbot.keyClick(presenter.notes, Qt.Key.Key_Right)
    assert window.state.lesson_step == 1
    assert content.lesson[1].caption.ko in window.caption.text()
    assert content.lesson[1].caption.ko in presenter.caption.text()
    assert presenter.preview_step() == 2
    assert "2 / " in presenter.step_label.text()
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Left)
    assert presenter.preview_step() == 1 and window.state.lesson_step == 0
    from PySide6.QtGui import QTextDocument

    expected = QTextDocument()
    expected.setMarkdown(content.lesson[0].notes.ko)
    assert presenter.notes.toPlainText() == expected.toPlainText()


def test_presenter_timer_resets_on_click(qtbot, presenting_window):
    """The presenter view's timer shows the elapsed time and clicking it resets it to zero."""
    window = presenting_window
    window.views("lecture").open_presenter_view()
    presenter = window.views("lecture").presenter_view
    qtbot.addWidget(presenter)
    presenter.started -= 125
    presenter._update_clocks()
    assert presenter.timer_button.text() == "0:02:05"
    qtbot.mouseClick(presenter.timer_button, Qt.MouseButton.LeftButton)
    assert presenter.timer_button.text() == "0:00:00"


def test_a_stack_that_stays_glides_to_its_new_place_and_new_stacks_rise(qtbot, window, content):
    """Between steps, a stack on screen in both keeps its items and moves smoothly."""
    lesson = content.lesson
    pairs = [(i, s) for i in range(len(lesson) - 1) for s in lesson[i].stacks
             if s in lesson[i + 1].stacks and lesson[i].stacks.index(s) != lesson[i + 1].stacks.index(s)]
    assert pairs, "the lesson moves some stack to a new place"
    index, stack_id = pairs[0]
    window.state.go_to_step(index)
    window.finish_animations()
    item = scene(window).stack_items[stack_id]
    start = item.pos()
    window.state.go_to_step(index + 1)
    assert scene(window).stack_items[stack_id] is item  # the same drawing, not a new one
    animation = scene(window).animation
    assert animation is not None and animation.state() == animation.State.Running
    target = item.pos()  # the glide animates from here once the event loop runs
    qtbot.waitUntil(lambda: item.pos() != target and item.pos() != start, timeout=1000)
    with qtbot.waitSignal(animation.finished, timeout=3000):
        pass
    assert item.pos().x() != start.x()
    new = [sid for sid in lesson[index + 1].stacks if sid not in lesson[index].stacks]
    for sid in new:
        drawn = {lid for lid, layer in scene(window).stack_items[sid].layer_items.items() if layer.isVisible()}
        step = lesson[index + 1]
        everything = {layer.id for layer in content.stack(sid).layers()}
        expected = everything if step.reveal is None else set(step.reveal) & everything
        assert drawn == expected
    window.stop_animations()


def test_presenting_hides_the_io_controls_and_focus_rings(qtbot, presenting_window, content):
    """While presenting, an I/O step plays its method with the I/O controls and focus rings hidden; they return after."""
    window = presenting_window
    io_step = next(i for i, step in enumerate(content.lesson) if step.io)
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Right)
    presentation(window)._go(io_step)
    assert window.state.io_method == content.lesson[io_step].io
    assert not io_controls(window).isVisible()
    assert not any(item.focused for item in scene(window).layer_items().values())
    presentation(window).stop()
    assert io_controls(window).isVisible()


def test_dimmed_layers_stay_readable_in_the_projector_theme(qtbot, window):
    """Projected, a layer outside the selection fades, but its text keeps 4.5:1 or more."""
    from hvviz.core.theme import readable_on
    from hvviz.features.stacks._qt.layer_item import _mix

    theme = theme_for("projector", window.state.content.pack)
    for kind, fill in theme.kind_fills.items():
        from PySide6.QtGui import QColor

        dimmed = _mix(QColor(fill), QColor(theme.background), theme.dim_amount).name()
        assert contrast_ratio(readable_on(dimmed, theme.text_candidates), dimmed) >= 4.5, kind


def _pixels(image, rect):
    """The 0xAARRGGBB pixels of `image` inside `rect`, as a 2-D array."""
    import numpy

    part = image.copy(rect).convertToFormat(image.Format.Format_ARGB32)
    rows = numpy.frombuffer(part.constBits(), dtype=numpy.uint32).reshape(part.height(), part.bytesPerLine() // 4)
    return rows[:, :part.width()].copy()  # before the image (and its memory) goes


@pytest.mark.parametrize("theme", ["default", "projector"])
def test_the_keys_while_presenting_are_an_opaque_centred_panel(qtbot, window, theme):
    """The help screen (? or F1) draws the keys on an opaque panel in the theme's surface colour, centred
    over the dimmed slide: under the panel, not one pixel of the slide's words shows through."""
    from PySide6.QtGui import QColor

    window.state.set_theme(theme)
    presentation(window).start(from_beginning=True)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    window.finish_animations()
    overlay = window.views("lecture").screen_overlay
    presentation(window).set_overlay("help")
    qtbot.waitUntil(lambda: overlay.isVisible() and overlay.geometry() == window.rect(), timeout=2000)
    panel = overlay.panel_rect().toAlignedRect()
    assert overlay.rect().contains(panel) and panel.width() > overlay.width() * 0.5
    assert abs(panel.center().x() - overlay.rect().center().x()) <= 1
    assert abs(panel.center().y() - overlay.rect().center().y()) <= 1
    inside = panel.adjusted(10, 10, -10, -10)  # within the outline and its rounded corners
    presentation(window).set_overlay("")
    slide = _pixels(window.grab().toImage(), inside)
    assert len(set(slide.flatten().tolist())) > 20, "the slide under the panel has words and layers"
    presentation(window).set_overlay("help")
    over_the_slide = _pixels(window.grab().toImage(), inside)
    panel_alone = _pixels(overlay.grab().toImage(), inside)  # the overlay drawn over nothing
    assert (over_the_slide != panel_alone).sum() == 0, "the slide shows through the panel"
    surface, text = (QColor(window.state.theme.surface).rgba(), QColor(window.state.theme.text).rgba())
    assert (panel_alone == surface).mean() > 0.6  # mostly bare panel, where there are no keys
    assert (panel_alone == text).sum() > 100  # the keys, in the theme's text colour
    border = _pixels(window.grab().toImage(), panel.adjusted(panel.width() // 2, 1, -panel.width() // 2 + 1, 0))
    assert QColor(window.state.theme.muted).rgba() in border[:3].flatten().tolist(), "an outline at the top"
    presentation(window).stop()
