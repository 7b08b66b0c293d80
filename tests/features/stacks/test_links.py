"""The links between counterparts follow their layers: after a glide, a rise or a reveal, each link's
two ends lie on the edges of its two stacks, at its two layers' heights."""

from __future__ import annotations

from helpers import scene

from hvviz.core import queries


def dangling(stage, state) -> list[str]:
    """Every link end that is not on its layer's stack edge, at the layer's height."""
    problems = []
    selected = state.selected
    if selected is None:
        return problems
    others = [layer for layer in queries.counterparts(state.content, selected, state.shown) if state.is_revealed(layer)]
    for a, b in stage.links.segments:
        for point, layers in ((a, [selected]), (b, others)):
            spans = [stage.layer_item(layer).sceneBoundingRect() for layer in layers]
            on_layer = any(span.top() <= point.y() <= span.bottom() for span in spans)
            edges = {round(item.x() + dx) for item in stage.stack_items.values() for dx in (-8, 560 + 8)}
            if not on_layer or round(point.x()) not in edges:
                problems.append(f"({point.x():.0f}, {point.y():.0f}) off {layers}")
    return problems


def test_links_land_with_their_layers_at_every_lesson_step_forward_and_back(qtbot, window, content):
    """At every step of the lesson, going forward and then back, once the animations end no link dangles."""
    state, stage = window.state, scene(window)
    seen_links = 0
    for index in [*range(len(content.lesson)), *reversed(range(len(content.lesson)))]:
        state.go_to_step(index)
        window.finish_animations()
        assert dangling(stage, state) == [], (index, content.lesson[index].id)
        seen_links += stage.links.segment_count
    assert seen_links > 4  # the lesson selects layers that have counterparts


def test_a_link_follows_a_stack_that_glides_while_it_glides(qtbot, window, content):
    """Step 16's hosted products: the VMM ↔ VM-process link ends on the Workstation stack when it lands."""
    state, stage = window.state, scene(window)
    hosted = next(i for i, step in enumerate(content.lesson) if step.select and "hosted" in step.select)
    state.go_to_step(hosted - 1)
    window.finish_animations()
    state.go_to_step(hosted)
    animation = stage.animation
    with qtbot.waitSignal(animation.finished, timeout=3000):
        pass
    assert stage.links.segment_count >= 1
    assert dangling(stage, state) == []


def test_the_handouts_stage_has_no_dangling_link(qtbot, window, content):
    """The stage the PDF draws each page from has its links on their layers at every step."""
    from hvviz.features.export._qt.handout_stage import HandoutStage

    stage = HandoutStage(content, "ko", "projector", window.family, vectors=True)
    try:
        for index in range(len(content.lesson)):
            stage.show(index)
            assert dangling(stage.scene, stage.state) == [], content.lesson[index].id
    finally:
        stage.close()


def test_a_hover_does_not_survive_a_glide(qtbot, window, content):
    """Presenting, a layer under the pointer whose stack then glides away loses its hover outline at
    once, whether or not Qt sends it a hover event (in a real window it did not)."""
    from helpers import presentation

    state, stage = window.state, scene(window)
    pairs = [(i, s) for i in range(len(content.lesson) - 1) for s in content.lesson[i].stacks
             if s in content.lesson[i + 1].stacks and content.lesson[i].stacks.index(s) != content.lesson[i + 1].stacks.index(s)]
    index, stack_id = pairs[0]
    presentation(window).start()
    presentation(window).go(index + 1)
    window.finish_animations()
    after = content.lesson[index + 1].reveal
    layer_id = next(layer.id for layer in content.stack(stack_id).layers()
                    if state.is_revealed(layer.id) and (after is None or layer.id in after))
    stage.layer_item(layer_id).set_hovered(True)  # the pointer rests on it
    presentation(window).next()  # PageDown: its stack glides to another place
    assert not stage.layer_item(layer_id).hovered
    window.finish_animations()
    presentation(window).stop()


def test_a_half_built_stack_does_not_carry_the_whole_stacks_caption(qtbot, window, content):
    """At a build-up step that draws only some layers, the stack's caption waits until all are drawn."""
    state, stage = window.state, scene(window)
    partial = next(i for i, step in enumerate(content.lesson) if step.reveal)
    state.go_to_step(partial)
    window.finish_animations()
    step = content.lesson[partial]
    for stack_id in step.stacks:
        whole = all(layer.id in step.reveal for layer in content.stack(stack_id).layers())
        assert stage.stack_items[stack_id].caption.isVisible() == whole, stack_id
    state.go_to_step(-1)
    state.show_stacks(content.compare)
    state.set_revealed(None)
    window.finish_animations()
    assert all(item.caption.isVisible() for item in stage.stack_items.values())
