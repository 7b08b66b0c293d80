"""Projected, the selected layer is found from the back of the room: a thick ring of high contrast
against the background, the dimmed layers' fills and outlines, and its own fill."""

from __future__ import annotations

import pytest
from helpers import scene, stage_view
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from hvviz.core.projector_theme import SELECTION_RING_PX, selection_ring
from hvviz.core.theme import contrast_ratio, theme_for
from hvviz.features.stacks._qt.layer_item import _mix, dimmed_outline

#: the least contrast between the selection's ring and what it must stand out from (WCAG, non-text)
LEAST = 3.0


def test_the_projector_selection_colours_contrast_with_the_background_and_every_fill(content):
    """The ring's colour reaches 3:1 against the background, every dimmed fill and the dimmed
    outline; against each selected fill, the ring or the band of background inside it does."""
    theme = theme_for("projector", content.pack)
    ring, halo = theme.selection, theme.background
    assert contrast_ratio(ring, theme.background) >= LEAST
    assert contrast_ratio(ring, dimmed_outline(theme).name()) >= LEAST
    for kind, fill in theme.kind_fills.items():
        dimmed = _mix(QColor(fill), QColor(theme.background), theme.dim_amount).name()
        assert contrast_ratio(ring, dimmed) >= LEAST, kind
        assert max(contrast_ratio(ring, fill), contrast_ratio(halo, fill)) >= LEAST, kind
    assert selection_ring(theme, 1.0)[1] > 0  # the band is drawn


def _colour(image, view, item, point: QPointF) -> str:
    """The colour drawn on screen at `point`, given in the item's coordinates."""
    return image.pixelColor(view.mapFromScene(item.mapToScene(point))).name()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_the_selected_layer_stands_out_on_screen_in_the_projector_theme(qtbot, window, size):
    """With the host OS selected in the projector theme, the pixels drawn show a ring at least
    6 px thick above the block, 3:1 or more against the background, the dimmed layers' fills and
    their outlines."""
    window.resize(*size)
    window.state.set_theme("projector")
    window.state.select("type2.host")
    view = stage_view(window)
    view.viewport().update()
    qtbot.waitUntil(lambda: scene(window).view_scale == pytest.approx(view.transform().m11(), rel=1e-4), timeout=2000)
    image = view.grab().toImage()
    theme = window.state.theme
    host = scene(window).layer_item("type2.host")
    block = host.block_rect()
    # from the block's top edge upward, in screen pixels: the ring's thickness
    top = view.mapFromScene(host.mapToScene(QPointF(block.center().x(), block.top())))
    ring = [image.pixelColor(top.x(), y).name() for y in range(top.y() - 1, top.y() - 40, -1)]
    dark = [contrast_ratio(colour, theme.background) >= LEAST for colour in ring]
    start = dark.index(True)
    thickness = dark[start:].index(False) if False in dark[start:] else len(dark) - start
    assert thickness >= SELECTION_RING_PX - 1, ring
    drawn_ring = ring[start + thickness // 2]
    hardware = scene(window).layer_item("type1.hw")
    assert hardware.dimmed
    hw_block = hardware.block_rect()
    dimmed_fill = _colour(image, view, hardware, QPointF(hw_block.center().x(), hw_block.top() + 6))
    dimmed_edge = _colour(image, view, hardware, QPointF(hw_block.center().x(), hw_block.top()))
    for what, colour in (("background", theme.background), ("dimmed fill", dimmed_fill), ("dimmed outline", dimmed_edge)):
        assert contrast_ratio(drawn_ring, colour) >= LEAST, (what, drawn_ring, colour)
