"""The checks that join the I/O paths with the products and the stacks."""

from __future__ import annotations

from hvviz.core.feature import Check
from hvviz.core.field_readers import suggest


def _path_layers_are_on_the_products_stack(content, report) -> None:
    for path in content.io_paths.values():
        product = content.products.get(path.product)
        if product is None or product.stack is None or not content.has("stack", product.stack):
            continue
        layers = {layer.id for layer in content.stack(product.stack).layers()}
        for step in path.steps:
            if step.layer not in layers and content.has_layer(step.layer):
                report.error(report.where(step, "layer"),
                             f"the path for `{path.product}` names layer `{step.layer}`, which stack `{product.stack}` "
                             f"does not have" + suggest(step.layer, layers), f"a layer of stack `{product.stack}`")


def _paths_are_drawn_on_a_stack(content, report) -> None:
    for path in content.io_paths.values():
        product = content.products.get(path.product)
        if product is not None and product.stack is None:
            report.error(report.where(path, "product"), f"product `{path.product}` has an I/O path but no stack to draw it on",
                         "a product with a `stack:`")


def _every_method_of_a_product_has_a_path(content, report) -> None:
    for product in content.products.values():
        for index, method in enumerate(product.io_methods):
            if content.has("method", method) and not report.was_given("io_paths", (product.id, method)):
                report.error(report.where_in_list(product, "io_methods", index),
                             f"product `{product.id}` lists the I/O method `{method}` but io_paths.yaml has no path for it",
                             f"an entry with `product: {product.id}` and `method: {method}` under `paths`")


CHECKS = (
    Check(("product", "stack", "layer", "method"), _path_layers_are_on_the_products_stack),
    Check(("product",), _paths_are_drawn_on_a_stack),
    Check(("product", "method"), _every_method_of_a_product_has_a_path),
)
