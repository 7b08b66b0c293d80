"""The place the I/O path opens: hvviz://io/PRODUCT/METHOD[/STEP], a step of a product's path."""

from __future__ import annotations

from hvviz.core.queries import tab_for


def open_io(host, parts: tuple[str, ...]) -> bool:
    """The product's tab, its path for the method, at the step (the first if none is given)."""
    state = host.state
    content = state.content
    if len(parts) not in (2, 3) or not content.has("product", parts[0]):
        return False
    product = content.get("product", parts[0])
    if product.stack is None or parts[1] not in product.io_methods:
        return False
    try:
        step = int(parts[2]) if len(parts) == 3 else 0
    except ValueError:
        return False
    state.show_stacks(tab_for(content, product.stack))
    state.set_revealed(None)
    state.select(None)
    state.set_io_method(parts[1])
    state.set_io_step(step)
    host.show_panel("notes")
    return True
