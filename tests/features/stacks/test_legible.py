"""Layer words stay legible on screen at any window size: none is drawn below its minimum (as
drawn: its pixel size in the scene times the view's scale); a detail that does not fit is drawn
in its short form or left to the tooltip; the layers lay out again only when the scale changes."""

from __future__ import annotations

import pytest
from helpers import scene, stack_tabs, stage_view

from hvviz.core import queries
from hvviz.core.schema import TEXT, schema_of
from hvviz.features.stacks._qt import layer_item as layer_item_module
from hvviz.features.stacks._qt.layer_item import MIN_DETAIL_PX, MIN_LABEL_PX
from hvviz.features.stacks.records import Layer

MINIMUM = {"label": MIN_LABEL_PX, "detail": MIN_DETAIL_PX, "badge": MIN_DETAIL_PX}


def settle(qtbot, window) -> float:
    """Wait until the stage has been drawn at the view's present scale; return that scale."""
    view = stage_view(window)
    view.viewport().update()
    qtbot.waitUntil(lambda: scene(window).view_scale == pytest.approx(view.transform().m11(), rel=1e-4), timeout=2000)
    return view.transform().m11()


def views(content):
    """Every set of stacks a tab shows: the comparison, then each product's."""
    yield 0, content.compare
    for product in queries.product_tabs(content):
        yield product.id, product.shown_stacks()


def show(window, tab) -> None:
    tabs = stack_tabs(window)
    tabs.setCurrentIndex(tab if isinstance(tab, int) else tabs.index_of(tab))
    window.finish_animations()


def small_words(window, scale: float) -> dict:
    """(layer, kind, text) → size on screen, for every word drawn below its minimum."""
    small = {}
    for layer_id, item in scene(window).layer_items().items():
        for kind, text, font in item.drawn_fonts():
            on_screen = font.pixelSize() * scale
            if on_screen < MINIMUM[kind] - 1e-6:
                small[(layer_id, kind, text)] = round(on_screen, 1)
    return small


def test_the_layer_record_has_an_optional_short_detail():
    """`short` is declared once on the Layer record: an optional text in both languages."""
    short = {field.name: field for field in schema_of(Layer).fields}["short"]
    assert short.kind == TEXT and not short.required


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600), (960, 600)])
def test_no_layer_word_is_drawn_below_the_minimum_on_screen(qtbot, window, content, size):
    """On every tab, in both languages, at 1280x720, 1024x600 and the 960x600 minimum: every label
    is drawn at 13 px or more on screen and every detail at 11 px or more, none is cut short, and a
    detail not drawn in full is drawn in its short form or given in full in the tooltip."""
    window.resize(*size)
    for tab, _shown in views(content):
        show(window, tab)
        for lang in ("ko", "en"):
            window.state.set_language(lang)
            scale = settle(qtbot, window)
            assert small_words(window, scale) == {}, (tab, lang, size)
            for layer_id, item in scene(window).layer_items().items():
                assert item.clipped_texts() == [], (tab, lang, layer_id)
                layer = item.layer
                if layer.detail and item.shown_detail != layer.detail.get(lang):
                    short = layer.short.get(lang) if layer.short else None
                    assert item.shown_detail in ("", short), (tab, lang, layer_id)
                    assert layer.detail.get(lang) in item.toolTip(), (tab, lang, layer_id)


def test_a_short_detail_stands_in_where_the_full_one_does_not_fit(qtbot, window, content):
    """On the hosted tab at 1280x720, the VMM's detail is too long for its block at 11 px: its short
    form from the content is drawn, and the tooltip gives the full one."""
    window.resize(1280, 720)
    show(window, "vmware-workstation")
    window.state.set_language("en")
    settle(qtbot, window)
    item = scene(window).layer_item("hosted.vmm")
    assert item.shown_detail == item.layer.short.en
    assert item.layer.detail.en in item.toolTip()


def test_the_layers_lay_out_again_when_the_scale_changes_and_only_then(qtbot, window, content, monkeypatch):
    """Shrinking the window to its minimum re-lays the words for the new scale (still legible);
    drawing again at the same scale lays nothing out."""
    show(window, "kvm")
    settle(qtbot, window)
    layouts = []
    original = layer_item_module.LayerItem._layout_fonts
    monkeypatch.setattr(layer_item_module.LayerItem, "_layout_fonts", lambda item: (layouts.append(item), original(item)))
    for _ in range(3):
        stage_view(window).viewport().repaint()
    assert layouts == []  # the same scale: nothing to do, at start-up or later
    window.resize(960, 600)
    scale = settle(qtbot, window)
    assert len(layouts) >= len(scene(window).layer_items())
    assert small_words(window, scale) == {}


def test_an_extra_layer_badge_is_legible_at_the_smallest_window(qtbot, window, content):
    """Selected at 960x600 on every tab, an extra layer's badge is drawn at 11 px or more on screen
    and stays inside its block, off its words."""
    window.resize(960, 600)
    badged = 0
    for tab, _shown in views(content):
        show(window, tab)
        scale = settle(qtbot, window)
        for layer_id, item in scene(window).layer_items().items():
            window.state.select(layer_id)
            if item.badge:
                badged += 1
                assert item.extra_badge.font.pixelSize() * scale >= MIN_DETAIL_PX - 1e-6, (tab, layer_id)
                assert item.block_rect().contains(item._badge_rect), (tab, layer_id)
                assert not item._badge_touches_text(), (tab, layer_id)
        window.state.select(None)
    assert badged >= 5
