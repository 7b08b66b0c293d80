"""Questions about a pack's content that several features ask: which products have tabs,
which layers play the same part in other stacks. Qt-free, on the records' fields."""

from __future__ import annotations


def product_tabs(content) -> tuple:
    """Products drawn as stacks of their own, in file order."""
    return tuple(product for product in content.products.values() if product.stack is not None)


def product_for_stack(content, stack_id: str):
    """The product whose own stack this is, or None."""
    for product in content.products.values():
        if product.stack == stack_id:
            return product
    return None


def product_on_screen(content, shown: tuple[str, ...]):
    """The product whose own stack is among the stacks shown, if any."""
    for stack_id in shown:
        product = product_for_stack(content, stack_id)
        if product is not None:
            return product
    return None


def tab_for(content, stack_id: str) -> tuple[str, ...]:
    """The stacks of the tab a stack belongs to: its product's, else the comparison."""
    owner = product_for_stack(content, stack_id)
    return owner.shown_stacks() if owner is not None else content.compare


def counterparts(content, layer_id: str, stack_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Layers with the same role in the other stacks among `stack_ids`."""
    layer = content.layer(layer_id)
    if not layer.roles:
        return ()
    own = content.stack_of(layer_id).id
    roles = set(layer.roles)
    return tuple(other.id for stack_id in stack_ids if stack_id != own and content.has("stack", stack_id)
                 for other in content.stack(stack_id).layers() if roles.intersection(other.roles))


def same_part(content, layer_id: str) -> set[str]:
    """Layers of the layer's own stack that play a part it plays (all the guests, say)."""
    layer = content.layer(layer_id)
    if not layer.roles:
        return set()
    roles = set(layer.roles)
    return {other.id for other in content.stack_of(layer_id).layers() if roles.intersection(other.roles)}


def all_layer_ids(content) -> list[str]:
    return [layer.id for stack in content.stacks for layer in stack.layers()]
