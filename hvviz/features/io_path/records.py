"""The I/O paths' content: the methods, and for each product and method the request's journey
through the layers, or why the method does not apply, and who performs the physical I/O."""

from __future__ import annotations

from hvviz.core.schema import ContentFile, Records, nested, own_id, record, ref, refs, text

IoMethod = record(
    "IoMethod", "I/O method", "A way a guest's I/O can be done (emulation, paravirtual, …).", namespace="method",
    id=own_id("referred to by products and paths"),
    name=text("its name, on its button"),
    summary=text("what it is, in a few sentences", markdown=True),
)

IoStep = record(
    "IoStep", "step", "One hop of the request: the layer it reaches and what happens there.",
    layer=ref("layer", "a layer of the product's stack"),
    label=text("what happens there, in a few words"),
    crossing=ref("crossing", "the boundary crossed to get here: an id in costs.yaml, or `none`", nothing="none"),
)


def _check_path(fields, raw, what, reader) -> bool:
    if ("steps" in raw) == ("not_applicable" in raw):
        reader.error(raw.mark, "an I/O path needs either `steps` or `not_applicable`, not both or neither",
                     "`steps:` (the journey) or `not_applicable:` (why this method does not apply)")
        return False
    return not ("steps" in raw and fields.get("steps") is None)


IoPath = record(
    "IoPath", "I/O path", "How one product performs a guest's write with one I/O method, or why it cannot.",
    check=_check_path,
    product=ref("product", "which product (it must have a `stack`)"),
    method=ref("method", "which method"),
    steps=nested(IoStep, "the journey from the guest application to the device and back", required=False, min_items=2),
    not_applicable=text("instead of `steps`: why this method does not apply to this product", required=False, markdown=True),
    answer=text("the answer to the post's question for this stack and method: who performs the physical I/O", markdown=True),
    sources=refs("source", "ids in sources.yaml"),
)

IO_PATHS_FILE = ContentFile("io_paths.yaml", "who performs a guest's I/O: the methods and every product's paths", (
    Records("methods", IoMethod, "the I/O methods, in the order of their buttons", attr="io_methods"),
    Records("paths", IoPath, "one entry per product and method", attr="io_paths", unique=("product", "method")),
))
