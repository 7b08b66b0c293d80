"""The checks that join the lesson with the stacks and the products: a step may only reveal,
select or play what its stacks can show."""

from __future__ import annotations

from hvviz.core import queries
from hvviz.core.feature import Check


def _steps_show_what_their_stacks_have(content, report) -> None:
    for step in content.lesson:
        if not all(content.has("stack", stack_id) for stack_id in step.stacks):
            continue  # already reported as an unknown stack
        drawable = {layer.id for stack_id in step.stacks for layer in content.stack(stack_id).layers()}
        revealed = set(step.reveal) if step.reveal is not None else drawable
        for index, layer_id in enumerate(step.reveal or ()):
            if content.has_layer(layer_id) and layer_id not in drawable:
                report.error(report.where_in_list(step, "reveal", index),
                             f"step `{step.id}` reveals `{layer_id}`, which none of its stacks has", "a layer of " + ", ".join(step.stacks))
        if step.select is not None and content.has_layer(step.select) and step.select not in revealed & drawable:
            report.error(report.where(step, "select"), f"step `{step.id}` selects `{step.select}`, which it does not draw",
                         "a layer of its stacks that the step reveals")


def _steps_play_paths_on_a_products_tab(content, report) -> None:
    for step in content.lesson:
        if step.io is None:
            continue
        product = next((p for p in queries.product_tabs(content) if p.shown_stacks() == step.stacks), None)
        if product is None:
            report.error(report.where(step, "io"), f"step `{step.id}` plays an I/O path but its stacks are not a product's tab",
                         "`stacks:` exactly as a product's tab shows them, such as [type1, kvm, type2]")
        elif step.io not in product.io_methods:
            report.error(report.where(step, "io"), f"step `{step.id}`: {product.id} has no I/O method `{step.io}`",
                         "one of " + ", ".join(product.io_methods))


CHECKS = (
    Check(("stack", "layer"), _steps_show_what_their_stacks_have),
    Check(("stack", "layer", "product", "method"), _steps_play_paths_on_a_products_tab),
)
