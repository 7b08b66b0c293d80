"""The places the stacks open: a layer (its tab on the stage, selected, its note beside it) and a stack."""

from __future__ import annotations

from hvviz.core.queries import tab_for


def open_layer(host, parts: tuple[str, ...]) -> bool:
    """hvviz://layer/ID: the layer's tab on the stage, the layer selected, its note on the side."""
    state = host.state
    if len(parts) != 1 or not state.content.has_layer(parts[0]):
        return False
    layer_id = parts[0]
    state.show_stacks(tab_for(state.content, state.content.stack_of(layer_id).id))
    if not state.is_visible(layer_id):  # a lesson's partial build-up: draw the whole stack
        state.set_revealed(None)
    state.select(layer_id)
    host.show_panel("notes")
    return True


def open_stack(host, parts: tuple[str, ...]) -> bool:
    """hvviz://stack/ID: the stack's tab on the stage, nothing selected, the stack's own note."""
    state = host.state
    if len(parts) != 1 or not state.content.has("stack", parts[0]):
        return False
    state.show_stacks(tab_for(state.content, parts[0]))
    state.set_revealed(None)
    state.select(None)
    host.show_panel("notes")
    return True
