"""The domain rules that views must not own: how the selection lights the stacks, which layer is
the extra layer, what the caption says, and what picking an I/O method does to the selection.

Each rule reads a state (`hvviz.state.AppState`, or anything with the same attributes) and
returns plain data; the views only draw it.
"""

from __future__ import annotations

from collections import namedtuple

from hvviz.core import queries


#: how a layer looks: selected, linked (a counterpart of the selection), dimmed, or the extra layer
#: (the selection, when no other stack on screen has its counterpart)
LayerLook = namedtuple("LayerLook", "selected linked dimmed extra")


#: a layer the selection does not touch (or one whose stack is leaving the screen)
PLAIN = LayerLook(False, False, False, False)


def layer_looks(state) -> dict[str, LayerLook]:
    """How each drawn layer looks for the selection: the selected one, its counterparts in the
    other stacks (linked), the layers that play its part in its own stack, and the rest dimmed."""
    content, selected = state.content, state.selected
    shown = [stack_id for stack_id in state.shown if content.has("stack", stack_id)]
    linked: set[str] = set()
    lit: set[str] = set()
    if selected is not None:
        linked = {layer_id for layer_id in queries.counterparts(content, selected, tuple(shown)) if state.is_revealed(layer_id)}
        lit = queries.same_part(content, selected) | {selected}
    extra = selected is not None and not linked and len(shown) > 1
    looks = {}
    for stack_id in shown:
        for layer in content.stack(stack_id).layers():
            looks[layer.id] = LayerLook(
                selected=layer.id == selected,
                linked=layer.id in linked,
                dimmed=selected is not None and layer.id not in linked and layer.id not in lit,
                extra=extra and layer.id == selected,
            )
    return looks


def extra_layer_others(state) -> tuple[str, ...]:
    """The stacks the extra layer is missing from (for its badge's words), or () if there is none."""
    looks = layer_looks(state)
    if not any(look.extra for look in looks.values()):
        return ()
    own = state.content.stack_of(state.selected).id
    return tuple(stack_id for stack_id in state.shown if stack_id != own)


#: what the caption bar says: `kind` names the sentence, `values` fill it in
Caption = namedtuple("Caption", "kind values")


def caption(state, presenting: bool = False, goto_digits: str | None = None) -> Caption:
    """The caption for what is on screen.

    Presenting a step: its counter and caption (a layer clicked as an aside shows that layer
    instead). With a path shown and nothing selected: the step reached, then the answer. On a
    product tab with no path: an invitation to pick a method. With nothing selected: the hint.
    Otherwise: the selected layer, its stack and its note's summary."""
    content, lang, selected = state.content, state.language, state.selected
    lesson = content.lesson
    if presenting and 0 <= state.lesson_step < len(lesson):
        step = lesson[state.lesson_step]
        if selected is None or selected == step.select:
            counter = (f"G {goto_digits}_" if goto_digits is not None else f"{state.lesson_step + 1}") + f" / {len(lesson)}"
            return Caption("lesson", {"counter": counter, "text": step.caption.get(lang)})
    path = state.io_path()
    if selected is None and path is not None:
        if path.not_applicable is not None or (path.steps and state.io_step == len(path.steps) - 1):
            return Caption("io.answer", {"answer": path.answer.get(lang).strip()})
        if state.io_step >= 0:
            return Caption("io.step", {"n": str(state.io_step + 1), "total": str(len(path.steps)),
                                       "label": path.steps[state.io_step].label.get(lang)})
        return Caption("io.start", {"product": state.product().name.get(lang),
                                    "method": content.io_methods[path.method].name.get(lang)})
    if selected is None:
        return Caption("io.pick" if state.product() is not None else "hint", {})
    layer = content.layer(selected)
    return Caption("layer", {"label": layer.label.get(lang), "stack": content.stack_of(selected).title.get(lang),
                             "summary": content.note_for(selected).summary.get(lang)})


def selection_after_io_pick(selected: str | None, method: str | None) -> str | None:
    """Picking an I/O method clears the selection, so that the notes, the caption and the
    undimmed stacks follow the request; hiding the path leaves the selection alone."""
    return None if method is not None else selected
