"""Driving the stage as a user does: clicks, hover, keys, linked highlighting, replay."""

from __future__ import annotations

import pytest
from helpers import action, layer_center_on_screen, notes_panel, scene, stage_view
from PySide6.QtCore import QPoint, Qt


def click_layer(qtbot, window, layer_id):
    qtbot.mouseClick(stage_view(window).viewport(), Qt.MouseButton.LeftButton, pos=layer_center_on_screen(window, layer_id))


def test_clicking_a_layer_selects_it_and_the_notes_show_its_note(qtbot, window, content):
    """A click at the layer's place on screen selects it; the notes panel shows that layer's note."""
    with qtbot.waitSignal(window.state.selection_changed, timeout=1000) as blocker:
        click_layer(qtbot, window, "type2.host")
    assert blocker.args == ["type2.host"]
    note = content.notes["host-os"]
    text = notes_panel(window).toPlainText()
    assert note.title.ko in text
    assert note.what.ko.split("\n")[0][:30] in text
    assert content.analogies["store-chain"].better.ko[:20] in text
    assert "VirtualBox" in text  # where this layer appears in real products
    assert note.summary.ko in window.caption.text()
    assert scene(window).layer_item("type2.host").selected


def test_clicking_each_layer_shows_its_own_note(qtbot, window, content):
    """Clicking each layer of the compared stacks selects it and the notes panel opens with its own note."""
    for stack_id in content.compare:
        for layer in content.stack(stack_id).layers():
            click_layer(qtbot, window, layer.id)
            assert window.state.selected == layer.id
            assert notes_panel(window).toPlainText().startswith(content.notes[layer.note].title.ko)


def test_clicking_empty_stage_clears_the_selection_and_shows_the_overview(qtbot, window, content):
    """A click on empty stage clears the selection and the notes show the overview with the vendors' definitions."""
    click_layer(qtbot, window, "type1.hw")
    assert window.state.selected == "type1.hw"
    qtbot.mouseClick(stage_view(window).viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.state.selected is None
    text = notes_panel(window).toPlainText()
    assert content.notes["overview"].title.ko in text
    assert content.definitions[0].vendor.ko in text  # the vendors' definitions are on the overview


def test_hovering_a_layer_highlights_it(qtbot, window):
    """A layer is highlighted while the mouse is over it, and not once the mouse moves to another layer."""
    item = scene(window).layer_item("type1.hypervisor")
    assert not item.hovered
    qtbot.mouseMove(stage_view(window).viewport(), layer_center_on_screen(window, "type1.hypervisor"))
    qtbot.waitUntil(lambda: item.hovered, timeout=1000)
    qtbot.mouseMove(stage_view(window).viewport(), layer_center_on_screen(window, "type1.hw"))
    qtbot.waitUntil(lambda: not item.hovered, timeout=1000)


def test_selecting_the_hypervisor_marks_the_vmm_and_draws_a_link(qtbot, window):
    """Linked views: hypervisor ↔ VMM; the others are dimmed; a connector joins the two."""
    click_layer(qtbot, window, "type1.hypervisor")
    vmm = scene(window).layer_item("type2.vmm")
    assert vmm.linked and not vmm.dimmed
    assert scene(window).layer_item("type2.host").dimmed
    assert scene(window).links.segment_count == 1
    click_layer(qtbot, window, "type2.vmm")
    assert scene(window).layer_item("type1.hypervisor").linked


def test_guests_link_to_all_guests_of_the_other_stack(qtbot, window):
    """Selecting a Type 2 guest links all Type 1 guests, leaves its sibling undimmed and dims the hardware."""
    click_layer(qtbot, window, "type2.guest1")
    for layer_id in ("type1.guest1", "type1.guest2", "type1.guest3"):
        assert scene(window).layer_item(layer_id).linked
    assert not scene(window).layer_item("type2.guest2").dimmed  # its sibling is not dimmed
    assert scene(window).layer_item("type1.hw").dimmed


def test_the_host_os_is_marked_as_the_extra_layer(qtbot, window):
    """The host OS has no counterpart in Type 1: it gets a badge saying so, and nothing is linked."""
    click_layer(qtbot, window, "type2.host")
    host = scene(window).layer_item("type2.host")
    assert host.badge == "추가 계층"
    assert "Type 1" in host.toolTip() and "없는" in host.toolTip()  # the full wording, on hover
    assert not any(item.linked for item in scene(window).layer_items().values())
    assert scene(window).links.segment_count == 0
    window.state.set_language("en")
    assert host.badge == "extra layer"
    assert host.toolTip() == "extra layer: not in Type 1 hypervisor"
    click_layer(qtbot, window, "type2.vmm")
    assert host.badge == "" and host.toolTip() == ""


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_extra_layer_badge_stays_inside_its_block_and_off_its_text(qtbot, window, content, lang):
    """Select every layer of every view: a badge never reaches into a neighbour or covers words."""
    window.state.set_language(lang)
    views = [content.compare] + [product.shown_stacks() for product in content.products.values()]
    badged = 0
    for shown in views:
        window.state.show_stacks(shown)
        for layer_id, item in scene(window).layer_items().items():
            window.state.select(layer_id)
            if item.badge:
                badged += 1
                assert item.block_rect().contains(item._badge_rect), layer_id
                assert not item._badge_touches_text(), layer_id
                assert item._words_inside(), layer_id
    assert badged >= 5  # the host OS, and the extra layers of the product stacks


def test_keyboard_tab_arrows_enter_and_escape(qtbot, window):
    """Tab enters the layers, arrows move by the picture, Enter selects, Esc clears."""
    view = stage_view(window)
    notes_panel(window).setFocus()
    view.setFocus(Qt.FocusReason.TabFocusReason)  # arriving by Tab focuses the first layer
    qtbot.waitUntil(view.hasFocus, timeout=1000)
    assert window.state.focused == "type1.hw"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.state.focused == "type1.hypervisor"
    assert scene(window).layer_item("type1.hypervisor").focused  # a visible focus ring
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.state.focused == "type2.host"  # the layer at the same height in Type 2
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.state.focused == "type2.vmm"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.state.focused == "type2.host"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.state.selected == "type2.host"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.state.selected == "type2.vmm"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.state.selected is None


def test_tab_walks_every_layer_then_leaves_the_stage(qtbot, window, content):
    """Tab focuses every layer once, starting at the hardware, and the next Tab leaves the stage."""
    view = stage_view(window)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    visited = []
    for _ in range(len(scene(window).layer_items())):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        visited.append(window.state.focused)
    assert set(visited) == set(scene(window).layer_items())
    assert visited[0] == "type1.hw"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()


def test_a_mouse_click_hides_the_focus_ring_and_keys_bring_it_back(qtbot, window):
    """A mouse click shows no focus ring on the layer, and an arrow key brings the ring back."""
    click_layer(qtbot, window, "type1.hw")
    assert not scene(window).layer_item("type1.hw").focused
    qtbot.keyClick(stage_view(window), Qt.Key.Key_Up)
    assert scene(window).layer_item("type1.hypervisor").focused


def test_replay_builds_the_stacks_up_from_the_hardware(qtbot, window):
    """R replays the build-up: the hardware rises first, the guests last, then all are in place."""
    hw = scene(window).layer_item("type1.hw")
    guest = scene(window).layer_item("type1.guest1")
    final = guest.pos()
    qtbot.keyClick(stage_view(window), Qt.Key.Key_R)
    animation = scene(window).animation
    assert animation is not None and animation.state() == animation.State.Running
    assert guest.opacity() == 0.0
    qtbot.waitUntil(lambda: hw.opacity() > 0.5 and guest.opacity() < 0.1, timeout=2000)
    with qtbot.waitSignal(animation.finished, timeout=5000):
        pass
    assert guest.opacity() == 1.0 and guest.pos() == final


def test_showing_one_stack_alone_and_both_again(qtbot, window):
    """Keys 1 and 3 show one stack alone, clearing a selection in the hidden one; 2 shows both and checks its action."""
    click_layer(qtbot, window, "type2.vmm")
    qtbot.keyClick(stage_view(window), Qt.Key.Key_1)
    assert list(scene(window).stack_items) == ["type1"]
    assert window.state.selected is None  # the selection was in the hidden stack
    qtbot.keyClick(stage_view(window), Qt.Key.Key_3)
    assert list(scene(window).stack_items) == ["type2"]
    qtbot.keyClick(stage_view(window), Qt.Key.Key_2)
    assert list(scene(window).stack_items) == ["type1", "type2"]
    assert action(window, "stacks.view.2").isChecked()


def test_selection_is_drawn_in_the_rendered_image(qtbot, window):
    """The selected layer's outline changes the pixels on screen, not only a flag."""
    before = stage_view(window).grab().toImage()
    click_layer(qtbot, window, "type1.hypervisor")
    after = stage_view(window).grab().toImage()
    pos = layer_center_on_screen(window, "type1.hypervisor")
    item = scene(window).layer_item("type1.hypervisor")
    top = stage_view(window).mapFromScene(item.mapToScene(item.block_rect().topLeft()))
    edge = QPoint(pos.x(), top.y())
    assert before.pixelColor(edge) != after.pixelColor(edge)


@pytest.mark.parametrize("theme", ["default", "projector"])
def test_no_layer_text_is_clipped_in_either_language(qtbot, window, content, theme):
    """Every label and detail line fits its layer at 1280x720, in Korean and in English, in both themes."""
    window.state.set_theme(theme)
    for lang in ("ko", "en"):
        window.state.set_language(lang)
        clipped = {layer_id: item.clipped_texts() for layer_id, item in scene(window).layer_items().items()}
        assert {k: v for k, v in clipped.items() if v} == {}, lang


def test_ctrl_plus_minus_and_zero_zoom_the_stage(qtbot, window):
    """Ctrl+= zooms in by 1.2, Ctrl+- zooms out by 1.2, and Ctrl+0 returns to the fitted zoom."""
    view = stage_view(window)
    fitted = view.transform().m11()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(fitted * 1.2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(fitted / 1.2)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(fitted)


def test_the_projector_theme_restyles_the_stage(qtbot, window):
    """Ctrl+Shift+P: a light background and thicker outlines, drawn, not only set."""
    before = stage_view(window).grab().toImage().pixelColor(3, 3)
    qtbot.keyClick(stage_view(window), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.theme.name == "projector"
    after = stage_view(window).grab().toImage().pixelColor(3, 3)
    assert after.lightness() > 200 > before.lightness()
    assert all(item.theme.outline_width == 4.0 for item in scene(window).layer_items().values())


def test_the_notes_never_scroll_sideways(qtbot, window, content):
    """Long source addresses wrap: the notes panel has no horizontal scrolling, in any note."""
    for note_layer in ("type1.hw", "type1.hypervisor", "type2.vmm", "type2.host", "type2.guest1", "type2.apps"):
        window.state.select(note_layer)
        qtbot.wait(10)
        assert not notes_panel(window).horizontalScrollBar().isVisible(), note_layer
        assert notes_panel(window).document().idealWidth() <= notes_panel(window).viewport().width() + 4, note_layer
    window.state.select(None)
    assert not notes_panel(window).horizontalScrollBar().isVisible()
