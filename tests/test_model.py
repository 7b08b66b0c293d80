"""The Qt-free model: the shipped content, layout and keyboard navigation."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from hvviz.model.content import Column, Layer, Row
from hvviz.model.layout import build_order, layout_stack
from hvviz.model.navigation import neighbour, step


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
    both = content.compare
    assert content.counterparts("type1.hypervisor", both) == ("type2.vmm",)
    assert content.counterparts("type2.vmm", both) == ("type1.hypervisor",)
    assert set(content.counterparts("type1.guest1", both)) == {"type2.guest1", "type2.guest2"}
    assert content.counterparts("type2.host", both) == ()
    assert content.counterparts("type1.hypervisor", ("type1",)) == ()


def test_type2_layout_puts_guests_on_the_vmm_beside_tall_host_apps(content):
    """Rows share the width; a lone layer beside a column stretches to the column's height."""
    rects = layout_stack(content.stack("type2"))
    assert rects["type2.hw"].y == 0 and rects["type2.hw"].w == 1.0
    assert rects["type2.host"].y == 1
    vmm, apps, guest = rects["type2.vmm"], rects["type2.apps"], rects["type2.guest1"]
    assert vmm.y == 2 and vmm.w == 0.5
    assert apps.y == 2 and apps.h == 2 and apps.x == 0.5
    assert guest.y == 3 and guest.w == 0.25
    assert build_order(content.stack("type2"))[0] == ["type2.hw"]


def test_a_column_taller_than_its_row_shares_the_extra_height():
    lone = Layer("a", "app", None, None, "n", None, None)
    tall = Column((Layer("b", "guest", None, None, "n", None, None),) * 1)
    from hvviz.model.content import Stack

    stack = Stack("s", None, None, None, Column((Row((lone, Column((tall, Layer("c", "guest", None, None, "n", None, None))))),)), None)
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
    order = ["a", "b", "c"]
    assert step(order, None, True) == "a"
    assert step(order, "a", True) == "b"
    assert step(order, "c", True) is None
    assert step(order, "a", False) is None
    assert step(order, None, False) == "c"


def test_the_model_and_the_command_line_checks_import_no_qt():
    """The model stays Qt-free, so `--check-content` and `--list` need no Qt at all."""
    code = (
        "import sys, hvviz.model.loader, hvviz.model.layout, hvviz.model.navigation, hvviz.cli, hvviz.ui_text\n"
        "from hvviz.cli import main\n"
        "import io, contextlib\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['--check-content']); main(['--list'])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'numpy'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_the_content_cache_returns_the_same_content_and_notices_an_edit(tmp_path, monkeypatch):
    """A second start-up reads the cache, without PyYAML; any edit to a file means a full check again."""
    import shutil

    from hvviz.model import cache
    from hvviz.model.errors import ContentErrors
    from hvviz.model.loader import load_content
    from hvviz.resources import default_content_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("HVVIZ_NO_CACHE", raising=False)
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    first = cache.load_content_cached(folder)
    assert first == load_content(folder)
    files = list((tmp_path / "cache" / "hvviz").glob("content-*.pickle"))
    assert len(files) == 1
    code = (
        "import sys\n"
        "from hvviz.model.cache import load_content_cached\n"
        f"content = load_content_cached({str(folder)!r})\n"
        "print(len(content.stacks), 'yaml' in sys.modules)\n"
    )
    env = dict(__import__("os").environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout.split()
    assert out == [str(len(first.stacks)), "False"]  # from the cache: PyYAML never imported
    stacks = folder / "stacks.yaml"
    # an edit that keeps the file's size is seen too (its modification time changes)
    stacks.write_text(stacks.read_text(encoding="utf-8").replace('en: "Type 1 hypervisor"', 'en: "Type A hypervisor"', 1),
                      encoding="utf-8")
    assert cache.load_content_cached(folder).stack("type1").title.en == "Type A hypervisor"
    stacks.write_text(stacks.read_text(encoding="utf-8").replace("note: host-apps", "note: nowhere", 1), encoding="utf-8")
    with pytest.raises(ContentErrors):
        cache.load_content_cached(folder)  # the edit is seen, and checked


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    from hvviz.model import cache
    from hvviz.resources import default_content_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = default_content_dir()
    path = cache.cache_path(cache.content_key(folder))
    assert path.is_relative_to(tmp_path / "cache")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    assert cache.load_content_cached(folder).stacks
    assert path.read_bytes() != b"not a pickle"
    # a file under the same name made for other content (another key) is not believed either
    path.write_bytes(pickle.dumps(("another folder's key", "not content")))
    assert cache.load_content_cached(folder).stacks
    assert pickle.loads(path.read_bytes())[0] == cache.content_key(folder)
