"""The product stacks: each one draws, is clickable, and links to the generic stacks."""

from __future__ import annotations

import pytest
from helpers import layer_center_on_screen, notes_panel, scene, stage_view, stack_tabs
from PySide6.QtCore import Qt

from hvviz.core import queries


def show_product(window, product_id):
    stack_tabs(window).setCurrentIndex(stack_tabs(window).index_of(product_id))


def test_every_product_with_a_stack_has_a_tab_that_shows_it_beside_its_type(qtbot, window, content):
    """Each product with a stack has a tab showing it beside its generic type; the first tab shows the comparison."""
    products = queries.product_tabs(content)
    assert {p.id for p in products} >= {"esxi", "hyper-v", "xen", "kvm"}
    for product in products:
        qtbot.mouseClick(stack_tabs(window), Qt.MouseButton.LeftButton, pos=stack_tabs(window).tabRect(stack_tabs(window).index_of(product.id)).center())
        assert window.state.shown == product.shown_stacks()
        assert product.stack in scene(window).stack_items
        for generic in product.compare_with:
            assert generic in scene(window).stack_items
    stack_tabs(window).setCurrentIndex(0)
    assert window.state.shown == content.compare


def test_every_layer_of_every_product_stack_is_clickable_and_has_its_note(qtbot, window, content):
    """Clicking each layer of each product stack selects it and the notes panel opens with its note's title."""
    for product in queries.product_tabs(content):
        show_product(window, product.id)
        for layer in content.stack(product.stack).layers():
            qtbot.mouseClick(stage_view(window).viewport(), Qt.MouseButton.LeftButton, pos=layer_center_on_screen(window, layer.id))
            assert window.state.selected == layer.id, layer.id
            assert notes_panel(window).toPlainText().startswith(content.notes[layer.note].title.ko)


@pytest.mark.parametrize("theme", ["default", "projector"])
def test_no_product_layer_text_is_clipped(qtbot, window, content, theme):
    """No layer text on any product tab is clipped, in Korean or English, in the given theme."""
    window.state.set_theme(theme)
    for product in queries.product_tabs(content):
        show_product(window, product.id)
        for lang in ("ko", "en"):
            window.state.set_language(lang)
            clipped = {lid: item.clipped_texts() for lid, item in scene(window).layer_items().items() if item.clipped_texts()}
            assert clipped == {}, (product.id, lang, theme)
        window.state.set_language("ko")


def test_product_layers_link_to_the_generic_layers_they_play(qtbot, window, content):
    """Selecting a product layer links the generic layers it plays; KVM's kernel links both host OS and hypervisor."""
    show_product(window, "esxi")
    window.state.select("esxi.vmkernel")
    assert scene(window).layer_item("type1.hypervisor").linked
    show_product(window, "kvm")
    window.state.select("kvm.kernel")  # debated: both the host OS and the hypervisor
    assert scene(window).layer_item("type2.host").linked
    assert scene(window).layer_item("type1.hypervisor").linked


def test_ctrl_page_down_walks_the_tabs_and_wraps(qtbot, window):
    """Ctrl+Page Down moves through the stack tabs one by one and wraps from the last to the first."""
    count = stack_tabs(window).count()
    for expected in list(range(1, count)) + [0]:
        qtbot.keyClick(stage_view(window), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert stack_tabs(window).currentIndex() == expected


def test_selecting_a_product_layer_at_start_opens_its_products_tab(qtbot, content):
    """`hvviz --select hyper-v.root-kernel` opens on the Hyper-V tab with that layer's note."""
    from hvviz.app import build_window

    layer_id = "hyper-v.root-kernel"
    win = build_window(content, "en", select=layer_id)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    product = queries.product_for_stack(content, content.stack_of(layer_id).id)
    assert win.state.shown == product.shown_stacks()
    assert win.state.selected == layer_id
    assert stack_tabs(win).currentIndex() == stack_tabs(win).index_of(product.id)
    assert content.note_for(layer_id).title.en in notes_panel(win).toPlainText()
    win.stop_animations()
