"""The guest's I/O path: the right layers in the right order, the controls, and the answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hvviz.stage import io_player

#: who owns the real device driver, per the reference's table (shared/reference, section 3)
DRIVER_OWNER = {
    "esxi": ["VMkernel"],
    "hyper-v": ["root partition"],
    "xen": ["Dom0"],
    "kvm": ["host", "Linux"],
    "vmware-workstation": ["host OS"],
}


@pytest.fixture
def fast(monkeypatch):
    """The real player and animations, with hops and dwells of a few milliseconds."""
    monkeypatch.setattr(io_player, "HOP_MS", 12)
    monkeypatch.setattr(io_player, "DWELL_MS", 8)


def show_product(window, product_id):
    window.stack_tabs.setCurrentIndex(window.stack_tabs.index_of(product_id))


def drawable_paths(content):
    for product in content.product_tabs():
        for method in product.io_methods:
            path = content.io_paths[(product.id, method)]
            if path.steps:
                yield product, method, path


def test_each_path_visits_exactly_its_layers_in_order(qtbot, window, content, fast):
    for product, method, path in drawable_paths(content):
        show_product(window, product.id)
        visited = []

        def record(index, visited=visited):
            if index >= 0:
                visited.append(window.state.io_path().steps[index].layer)

        window.state.io_step_changed.connect(record)
        with qtbot.waitSignal(window.io_player.finished, timeout=5000):
            window.state.set_io_method(method)
        window.state.io_step_changed.disconnect(record)
        assert visited == [step.layer for step in path.steps], (product.id, method)
        token = window.io_player.token.pos()
        last = window.scene.layer_item(path.steps[-1].layer)
        assert last.sceneBoundingRect().contains(token)


def test_method_buttons_pause_step_and_restart(qtbot, window, content, fast):
    show_product(window, "kvm")
    controls = window.io_controls
    assert controls.isVisible()
    button = controls.method_buttons["paravirtual"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.state.io_method == "paravirtual"
    qtbot.waitUntil(lambda: window.state.io_step >= 1, timeout=2000)
    qtbot.mouseClick(controls.play_button, Qt.MouseButton.LeftButton)  # pause
    assert not window.io_player.is_playing()
    reached = window.state.io_step
    qtbot.wait(60)
    assert window.state.io_step in (reached, reached + 1)  # a hop under way may land, no more
    held = window.state.io_step
    qtbot.mouseClick(controls.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.io_step == held + 1, timeout=1000)
    qtbot.wait(60)
    assert window.state.io_step == held + 1  # one step, then it holds still
    qtbot.mouseClick(controls.restart_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.io_player.finished, timeout=5000):
        pass
    assert window.state.io_step == len(window.state.io_path().steps) - 1
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second click hides the path
    assert window.state.io_method is None and not window.io_player.token.isVisible()


def test_the_notes_follow_the_request_and_end_with_the_answer(qtbot, window, content, fast):
    show_product(window, "xen")
    with qtbot.waitSignal(window.io_player.finished, timeout=5000):
        window.state.set_io_method("paravirtual")
    path = window.state.io_path()
    text = window.notes.toPlainText()
    assert path.answer.ko.strip()[:20] in text
    assert path.answer.ko.strip()[:20] in window.caption.text()
    for step in path.steps:
        assert step.label.ko in text


def test_picking_a_method_clears_a_selection_so_the_notes_follow_the_request(qtbot, window, content, fast):
    window.state.select("type2.host")  # chosen on the comparison tab; the KVM tab shows Type 2 too
    show_product(window, "kvm")
    assert window.state.selected == "type2.host"
    with qtbot.waitSignal(window.io_player.finished, timeout=5000):
        qtbot.mouseClick(window.io_controls.method_buttons["paravirtual"], Qt.MouseButton.LeftButton)
    assert window.state.selected is None
    assert not any(item.dimmed for item in window.scene.layer_items().values())
    assert content.io_paths[("kvm", "paravirtual")].answer.ko.strip()[:20] in window.notes.toPlainText()


def test_a_method_that_does_not_apply_says_why_instead_of_drawing(qtbot, window, content):
    not_applicable = [(p, m) for (p, m), path in content.io_paths.items() if path.not_applicable is not None]
    assert not_applicable, "the shipped content explains at least one method that does not apply"
    product_id, method = not_applicable[0]
    show_product(window, product_id)
    window.state.set_io_method(method)
    assert not window.io_player.token.isVisible()
    assert not window.io_controls.play_button.isEnabled()
    reason = content.io_paths[(product_id, method)].not_applicable.ko.strip()
    assert reason[:20] in window.notes.toPlainText()


@pytest.mark.parametrize("product_id", sorted(DRIVER_OWNER))
def test_the_answer_names_who_owns_the_real_driver(content, product_id):
    """For emulated and paravirtual I/O, the answer names the owner from the reference's table."""
    for method in ("emulation", "paravirtual"):
        answer = content.io_paths[(product_id, method)].answer.en
        for word in DRIVER_OWNER[product_id]:
            assert word.lower() in answer.lower(), (product_id, method, answer)
    for method in ("passthrough", "sriov"):
        path = content.io_paths[(product_id, method)]
        if path.not_applicable is None:
            assert "guest" in path.answer.en.lower() and "driver" in path.answer.en.lower(), (product_id, method)


def test_a_product_tab_invites_the_learner_to_pick_a_method(qtbot, window):
    from hvviz.ui_text import tr

    show_product(window, "esxi")
    assert window.caption.text() == tr("io.pick", "ko")
    window.stack_tabs.setCurrentIndex(0)
    assert window.caption.text() == tr("caption.hint", "ko")


def test_leaving_the_product_tab_hides_the_path(qtbot, window, fast):
    show_product(window, "esxi")
    window.state.set_io_method("emulation")
    window.stack_tabs.setCurrentIndex(0)
    assert window.state.io_method is None
    assert not window.io_player.token.isVisible() and not window.io_controls.isVisible()


def test_the_request_follows_the_theme(qtbot, window, fast):
    show_product(window, "kvm")
    window.state.set_io_method("paravirtual")
    window.state.set_theme("projector")
    assert window.io_player.token.theme.name == "projector"
    assert window.io_player.callout.theme.name == "projector"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_request_and_its_callout_hide_no_words_of_the_stack_it_travels(qtbot, window, content, lang):
    """At every step of every path, the I/O disc and the bubble leave the travelled stack's
    layer labels and details readable (they sit on icons and in the gaps)."""
    window.state.set_language(lang)
    window.finish_animations()
    for product, method, path in drawable_paths(content):
        show_product(window, product.id)
        window.finish_animations()
        window.state.set_io_method(method)
        window.io_player.stop()
        own = content.stack_of(path.steps[0].layer).id
        layers = window.scene.stack_items[own].layer_items.values()
        words = [(item.layer_id, item.mapRectToScene(rect)) for item in layers for rect in item.text_rects()]
        for index in range(len(path.steps)):
            window.state.set_io_step(index)
            bubble = window.io_player.callout.sceneBoundingRect().adjusted(2, 2, -2, -2)
            disc = window.io_player.token.sceneBoundingRect().adjusted(4, 4, -4, -4)
            for layer_id, rect in words:
                assert not bubble.intersects(rect), (product.id, method, index, "callout", layer_id)
                assert not disc.intersects(rect), (product.id, method, index, "request", layer_id)
