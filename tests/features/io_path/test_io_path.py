"""The guest's I/O path: the right layers in the right order, the controls, and the answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLineF, QRectF, Qt

from helpers import io_controls, io_player, notes_panel, scene, stack_tabs, stage_view
from hvviz.core import queries
from hvviz.features.io_path._qt import player as io_player_module
from hvviz.features.io_path._qt.items import TOKEN_RADIUS

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
    monkeypatch.setattr(io_player_module, "HOP_MS", 12)
    monkeypatch.setattr(io_player_module, "DWELL_MS", 8)


def show_product(window, product_id):
    stack_tabs(window).setCurrentIndex(stack_tabs(window).index_of(product_id))


def drawable_paths(content):
    for product in queries.product_tabs(content):
        for method in product.io_methods:
            path = content.io_paths[(product.id, method)]
            if path.steps:
                yield product, method, path


def test_each_path_visits_exactly_its_layers_in_order(qtbot, window, content, fast):
    """Every drawable I/O path visits exactly its layers in order, and the request ends on its last layer."""
    for product, method, path in drawable_paths(content):
        show_product(window, product.id)
        visited = []

        def record(index, visited=visited):
            if index >= 0:
                visited.append(window.state.io_path().steps[index].layer)

        window.state.io_step_changed.connect(record)
        with qtbot.waitSignal(io_player(window).finished, timeout=5000):
            window.state.set_io_method(method)
        window.state.io_step_changed.disconnect(record)
        assert visited == [step.layer for step in path.steps], (product.id, method)
        token = io_player(window).token.pos()
        last = scene(window).layer_item(path.steps[-1].layer)
        assert last.sceneBoundingRect().contains(token)


def test_method_buttons_pause_step_and_restart(qtbot, window, content, fast):
    """The I/O controls start a method, pause, step once, restart to the end, and a second click hides the path."""
    show_product(window, "kvm")
    controls = io_controls(window)
    assert controls.isVisible()
    button = controls.method_buttons["paravirtual"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.state.io_method == "paravirtual"
    qtbot.waitUntil(lambda: window.state.io_step >= 1, timeout=2000)
    qtbot.mouseClick(controls.play_button, Qt.MouseButton.LeftButton)  # pause
    assert not io_player(window).is_playing()
    reached = window.state.io_step
    qtbot.wait(60)
    assert window.state.io_step in (reached, reached + 1)  # a hop under way may land, no more
    held = window.state.io_step
    qtbot.mouseClick(controls.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.io_step == held + 1, timeout=1000)
    qtbot.wait(60)
    assert window.state.io_step == held + 1  # one step, then it holds still
    qtbot.mouseClick(controls.restart_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(io_player(window).finished, timeout=5000):
        pass
    assert window.state.io_step == len(window.state.io_path().steps) - 1
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second click hides the path
    assert window.state.io_method is None and not io_player(window).token.isVisible()


def test_the_notes_follow_the_request_and_end_with_the_answer(qtbot, window, content, fast):
    """After a path plays, the notes list every step's label and the notes and caption give the path's answer."""
    show_product(window, "xen")
    with qtbot.waitSignal(io_player(window).finished, timeout=5000):
        window.state.set_io_method("paravirtual")
    path = window.state.io_path()
    text = notes_panel(window).toPlainText()
    assert path.answer.ko.strip()[:20] in text
    assert path.answer.ko.strip()[:20] in window.caption.text()
    for step in path.steps:
        assert step.label.ko in text


def test_picking_a_method_clears_a_selection_so_the_notes_follow_the_request(qtbot, window, content, fast):
    """Clicking an I/O method clears the layer selection and its dimming, so the notes show the path's answer."""
    window.state.select("type2.host")  # chosen on the comparison tab; the KVM tab shows Type 2 too
    show_product(window, "kvm")
    assert window.state.selected == "type2.host"
    with qtbot.waitSignal(io_player(window).finished, timeout=5000):
        qtbot.mouseClick(io_controls(window).method_buttons["paravirtual"], Qt.MouseButton.LeftButton)
    assert window.state.selected is None
    assert not any(item.dimmed for item in scene(window).layer_items().values())
    assert content.io_paths[("kvm", "paravirtual")].answer.ko.strip()[:20] in notes_panel(window).toPlainText()


def test_a_method_that_does_not_apply_says_why_instead_of_drawing(qtbot, window, content):
    """A method that does not apply draws no request, disables play, and the notes give the reason."""
    not_applicable = [(p, m) for (p, m), path in content.io_paths.items() if path.not_applicable is not None]
    assert not_applicable, "the shipped content explains at least one method that does not apply"
    product_id, method = not_applicable[0]
    show_product(window, product_id)
    window.state.set_io_method(method)
    assert not io_player(window).token.isVisible()
    assert not io_controls(window).play_button.isEnabled()
    reason = content.io_paths[(product_id, method)].not_applicable.ko.strip()
    assert reason[:20] in notes_panel(window).toPlainText()


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
    """On a product's tab with no path shown, the caption asks to pick a method; on the comparison, it gives the hint."""
    from hvviz.features.io_path.words import tr as io_tr
    from hvviz.features.stacks.words import tr as stacks_tr

    show_product(window, "esxi")
    assert window.caption.text() == io_tr("io.pick", "ko")
    stack_tabs(window).setCurrentIndex(0)
    assert window.caption.text() == stacks_tr("caption.hint", "ko")


def test_leaving_the_product_tab_hides_the_path(qtbot, window, fast):
    """Going back to the comparison tab clears the I/O method and hides the request and the I/O controls."""
    show_product(window, "esxi")
    window.state.set_io_method("emulation")
    stack_tabs(window).setCurrentIndex(0)
    assert window.state.io_method is None
    assert not io_player(window).token.isVisible() and not io_controls(window).isVisible()


def test_the_request_follows_the_theme(qtbot, window, fast):
    """Switching to the projector theme restyles the I/O request and its callout."""
    show_product(window, "kvm")
    window.state.set_io_method("paravirtual")
    window.state.set_theme("projector")
    assert io_player(window).token.theme.name == "projector"
    assert io_player(window).callout.theme.name == "projector"


def settle(qtbot, window) -> None:
    """Wait until the stage has been drawn at the view's present scale (the words laid out for it)."""
    view = stage_view(window)
    if scene(window).view_scale != pytest.approx(view.transform().m11(), rel=1e-4):
        view.viewport().update()
        qtbot.waitUntil(lambda: scene(window).view_scale == pytest.approx(view.transform().m11(), rel=1e-4), timeout=2000)


def band(a, b, half: float = 2.5) -> QRectF:
    """The strip a straight line from `a` to `b` covers, `half` either side of it."""
    return QRectF(min(a.x(), b.x()) - half, min(a.y(), b.y()) - half, abs(a.x() - b.x()) + 2 * half, abs(a.y() - b.y()) + 2 * half)


def near_or_joined(player) -> bool:
    """The bubble is beside the request, or a leader line runs from its edge to the request's rim."""
    bubble = player.callout.sceneBoundingRect().adjusted(2, 2, -2, -2)
    token = player.token.pos()
    reach = TOKEN_RADIUS + io_player_module.LEADER_AFTER + 2
    if bubble.adjusted(-reach, -reach, reach, reach).contains(token):
        return True
    way = player.leader.way
    rim = QLineF(way[-1], token).length() if way else 1e9
    return bool(way) and bubble.adjusted(-3, -3, 3, 3).contains(way[0]) and rim <= TOKEN_RADIUS + 4


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_request_its_callout_and_its_trail_hide_no_words_of_any_stack(qtbot, window, content, lang, size):
    """At every step of every path, at 1280x720 and 1024x600: the bubble and the I/O disc hide no
    layer label or detail of any stack on screen; the bubble is beside the request or joined to it
    by a leader line that crosses no word; the trail, in right-angle lines, crosses no word and no
    layer's icon."""
    window.resize(*size)
    window.state.set_language(lang)
    window.finish_animations()
    for product, method, path in drawable_paths(content):
        show_product(window, product.id)
        window.finish_animations()
        window.state.set_io_method(method)
        player = io_player(window)
        player.stop()
        for index in range(len(path.steps)):
            window.state.set_io_step(index)
            settle(qtbot, window)  # the caption's height may change the stage's scale, and the layout
            where = (product.id, method, index)
            items = [item for stack in scene(window).stack_items.values() for item in stack.layer_items.values()]
            words = [(item.layer_id, item.mapRectToScene(rect)) for item in items for rect in item.text_rects()]
            icons = [(item.layer_id, item.mapRectToScene(item.icon_rect())) for item in items if not item.icon_rect().isEmpty()]
            bubble = player.callout.sceneBoundingRect().adjusted(2, 2, -2, -2)
            disc = player.token.sceneBoundingRect().adjusted(4, 4, -4, -4)
            trail = [band(a, b) for way in player.trail.ways for a, b in zip(way, way[1:])]
            leader = [band(a, b, 1.5) for a, b in zip(player.leader.way, player.leader.way[1:])]
            for layer_id, rect in words:
                assert not bubble.intersects(rect), (*where, "callout", layer_id)
                assert not disc.intersects(rect), (*where, "request", layer_id)
                assert not any(line.intersects(rect) for line in trail), (*where, "trail", layer_id)
                assert not any(line.intersects(rect) for line in leader), (*where, "leader", layer_id)
            for layer_id, rect in icons:
                assert not any(line.intersects(rect) for line in trail), (*where, "trail over an icon", layer_id)
            assert all(a.x() == b.x() or a.y() == b.y() for way in player.trail.ways for a, b in zip(way, way[1:])), where
            assert near_or_joined(player), (*where, "callout far from the request")
