"""The Qt-free core: the shipped content, layout and keyboard navigation."""

from __future__ import annotations

import pytest

from hvviz.core import queries
from hvviz.core.layout import Column, Row, build_order, layout_stack
from hvviz.core.navigation import neighbour, step
from hvviz.features.stacks.records import Layer, Stack


def layer(layer_id: str, height: float = 1.0):
    return Layer(id=layer_id, kind="guest", label=None, detail=None, short=None, note="n", roles=(), height=height, origin=None)


def test_shipped_content_loads_with_both_stacks_and_their_notes(content):
    """The content that ships loads, and every layer leads to a note with text in both languages."""
    assert content.compare == ("type1", "type2")
    for stack in content.stacks:
        assert stack.layers(), stack.id
        for layer in stack.layers():
            note = content.note_for(layer.id)
            assert note.title.ko and note.title.en
            assert note.what.ko.strip() and note.what.en.strip()
    assert content.home in content.notes
    assert {d.id for d in content.definitions} == {"redhat", "vmware", "xen"}


def test_shipped_content_teaches_the_posts_analogies_and_products(content):
    """The post's two analogies and its products are there, each analogy with a better picture."""
    assert {"multiple-personalities", "store-chain"} <= set(content.analogies)
    for analogy in content.analogies.values():
        assert analogy.better.ko and analogy.caveat.en
    assert {"esxi", "xen", "hyper-v", "kvm", "vmware-workstation", "virtualbox"} <= set(content.products)
    assert content.products["kvm"].hypervisor_type == "debated"
    kvm = content.products["kvm"].summary.en
    assert "kvm-intel" in kvm and "Kbm" in kvm  # the typo is corrected, kindly naming it


def test_counterparts_link_hypervisor_and_vmm_and_leave_the_host_os_alone(content):
    """Layers that share a role in the other stacks are counterparts; the host OS has none."""
    both = content.compare
    assert queries.counterparts(content, "type1.hypervisor", both) == ("type2.vmm",)
    assert queries.counterparts(content, "type2.vmm", both) == ("type1.hypervisor",)
    assert set(queries.counterparts(content, "type1.guest1", both)) == {"type2.guest1", "type2.guest2"}
    assert queries.counterparts(content, "type2.host", both) == ()
    assert queries.counterparts(content, "type1.hypervisor", ("type1",)) == ()


def test_type2_layout_puts_guests_on_the_vmm_beside_tall_host_apps(content):
    """Type 2's layout: rows share the width; a lone layer beside a column stretches to the column's height."""
    rects = layout_stack(content.stack("type2"))
    assert rects["type2.hw"].y == 0 and rects["type2.hw"].w == 1.0
    assert rects["type2.host"].y == 1
    vmm, apps, guest = rects["type2.vmm"], rects["type2.apps"], rects["type2.guest1"]
    assert vmm.y == 2 and vmm.w == 0.5
    assert apps.y == 2 and apps.h == 2 and apps.x == 0.5
    assert guest.y == 3 and guest.w == 0.25
    assert build_order(content.stack("type2"))[0] == ["type2.hw"]


def test_a_column_taller_than_its_row_shares_the_extra_height():
    """A lone layer beside a column stretches to the column's height."""
    lone = layer("a")
    tall = Column((layer("b"),))
    stack = Stack(id="s", title=None, aka=None, caption=None, root=Column((Row((lone, Column((tall, layer("c"))))),)), origin=None)
    rects = layout_stack(stack)
    assert rects["a"].h == 2.0
    assert rects["b"].h == 1.0 and rects["c"].y == 1.0


def test_arrow_navigation_follows_the_picture(content):
    """Up from the hardware reaches the hypervisor; right crosses to the other stack."""
    rects = {}
    for offset, stack_id in enumerate(content.compare):
        for layer_id, rect in layout_stack(content.stack(stack_id)).items():
            rects[layer_id] = rect.moved(offset * 1.3, 0)
    assert neighbour(rects, "type1.hw", "up") == "type1.hypervisor"
    assert neighbour(rects, "type1.hypervisor", "up") in {"type1.guest1", "type1.guest2", "type1.guest3"}
    assert neighbour(rects, "type1.hw", "right") == "type2.hw"
    assert neighbour(rects, "type2.vmm", "right") == "type2.apps"
    assert neighbour(rects, "type2.vmm", "up") in {"type2.guest1", "type2.guest2"}
    assert neighbour(rects, "type1.hw", "down") == "type1.hw"  # nothing below: stay
    assert neighbour(rects, None, "up") == next(iter(rects))


def test_tab_order_steps_and_stops_at_the_ends():
    """Tab's reading order steps forward and back and stops past either end."""
    order = ["a", "b", "c"]
    assert step(order, None, True) == "a"
    assert step(order, "a", True) == "b"
    assert step(order, "c", True) is None
    assert step(order, "a", False) is None
    assert step(order, None, False) == "c"
