"""hvviz:// places: every link of the notes, reader, glossary, search and quiz goes through them."""

from __future__ import annotations

from hvviz.core.places import address, parse
from hvviz.core.queries import product_tabs


def test_address_round_trips():
    """An address parses back to its kind and parts; a web link is not a place."""
    assert parse(address("io", "kvm", "virtio", 2)) == ("io", ("kvm", "virtio", "2"))
    assert parse(address("glossary", "루트 파티션")) == ("glossary", ("루트 파티션",))
    assert parse("https://example.org/") is None
    assert parse("hvviz://") is None


def test_a_layer_of_a_product_opens_its_tab_selected(window, content):
    """Opening a product's layer shows that product's tab, selects the layer and shows its note."""
    product = product_tabs(content)[0]
    layer = content.stack(product.stack).layers()[-1]
    window.side_tabs.setCurrentIndex(window.side_tabs.count() - 1)
    assert window.open_place(address("layer", layer.id))
    assert window.state.shown == product.shown_stacks()
    assert window.state.selected == layer.id
    assert window.side_tabs.currentWidget() is window.views("notes").panel


def test_a_stack_opens_its_tab_with_nothing_selected(window, content):
    """Opening a stack shows its tab and clears the selection."""
    window.state.select(content.stack(content.compare[0]).layers()[0].id)
    product = product_tabs(content)[-1]
    assert window.open_place(address("stack", product.stack))
    assert window.state.shown == product.shown_stacks() and window.state.selected is None


def test_an_io_step_opens_the_path_at_that_step(window, content):
    """hvviz://io/PRODUCT/METHOD/STEP shows the product's tab, the method's path, at the step."""
    product = next(p for p in product_tabs(content) if p.io_methods)
    method = product.io_methods[-1]
    assert window.open_place(address("io", product.id, method, 1))
    assert window.state.io_method == method and window.state.io_step == 1
    assert window.state.shown == product.shown_stacks()


def test_unknown_places_are_refused(window):
    """A place no feature opens, or that the content lacks, opens nothing and changes nothing."""
    before = window.state.snapshot()
    for bad in ("hvviz://nowhere/x", "hvviz://layer/no-such-layer", "hvviz://io/kvm/no-such-method",
                "hvviz://io/kvm/virtio/not-a-number", "https://example.org/"):
        assert not window.open_place(bad), bad
    assert window.state.snapshot() == before


def test_a_place_link_in_a_note_is_followed(window, content, qtbot):
    """Clicking an hvviz:// link in the notes panel opens its place."""
    from PySide6.QtCore import QUrl

    layer = content.stack(content.compare[-1]).layers()[0]
    window.views("notes").panel.anchorClicked.emit(QUrl(address("layer", layer.id)))
    qtbot.waitUntil(lambda: window.state.selected == layer.id)
