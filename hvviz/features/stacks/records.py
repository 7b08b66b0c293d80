"""The stacks' content: stacks of layers, bottom to top, with rows and columns side by side."""

from __future__ import annotations

from hvviz.core.layout import Column, Row, iter_layers
from hvviz.core.schema import ContentFile, CustomKind, Records, Value, custom, number, own_id, record, ref, refs, text

#: a layer's height, in layers
LAYER_HEIGHT_RANGE = (0.4, 3.0)

Layer = record(
    "Layer", "layer", "One layer of a stack: a coloured block with an icon, a label and a detail line.", namespace="layer",
    id=own_id("unique in the pack, such as `type1.hw`"),
    kind=ref("kind", "its kind, from the pack's manifest: its colour and icon"),
    label=text("its name on the block"),
    detail=text("a short line under the label", required=False),
    short=text("a shorter detail for narrow blocks, drawn where the detail does not fit at the smallest legible size "
               "(the full one stays in the tooltip)", required=False),
    note=ref("note", "the note shown when it is selected (an id in notes.yaml)"),
    roles=refs(None, "the part it plays (one name or a list): layers that share one in other stacks are linked",
               key="role"),
    height=number("its height, in layers", required=False, low=LAYER_HEIGHT_RANGE[0], high=LAYER_HEIGHT_RANGE[1],
                  default=1.0),
)

__all__ = ["BLOCKS", "Column", "LAYER_HEIGHT_RANGE", "Layer", "Row", "STACKS_FILE", "Stack", "iter_layers"]


def _read_blocks(walker, reader, value, mark, container=Column):
    """A list of blocks: layers, `row:` and `column:` entries, nested."""
    from hvviz.core.field_readers import kind_of
    from hvviz.core.yaml_nodes import LocatedList, LocatedMap

    if not isinstance(value, LocatedList) or not value:
        reader.error(mark, f"a {container.__name__.lower()} must be a non-empty list, not {kind_of(value)}", "a list of layers")
        return None
    blocks = []
    for item, item_mark in zip(value, value.item_marks):
        if isinstance(item, LocatedMap) and ("row" in item or "column" in item) and "id" not in item:
            key = "row" if "row" in item else "column"
            reader.unknown_keys(item, (key,), f"a `{key}:` entry")
            block = _read_blocks(walker, reader, item[key], item.mark_of(key), Row if key == "row" else Column)
        else:
            block = walker.read_record(reader, Layer, item, item_mark)
        blocks.append(block)
    return container(tuple(blocks)) if None not in blocks else None


_LAYER_OR_GROUP = {"oneOf": [{"$ref": "#/$defs/Layer"},
                             {"type": "object", "properties": {"row": {"$ref": "#/$defs/blocks"}}, "required": ["row"],
                              "additionalProperties": False},
                             {"type": "object", "properties": {"column": {"$ref": "#/$defs/blocks"}}, "required": ["column"],
                              "additionalProperties": False}]}
BLOCKS = CustomKind("blocks", _read_blocks, iter_layers, {"type": "array", "minItems": 1, "items": _LAYER_OR_GROUP},
                    "a list of layers, bottom to top; `row: [...]` stands blocks side by side, `column: [...]` stacks "
                    "them inside a row", holds=(Layer,))


class Stack(record(
    "Stack", "stack", "A stack of layers as drawn on the stage.", namespace="stack",
    id=own_id("unique in the pack, such as `type1`"),
    title=text("its name, above it"),
    aka=text("its other names, under the title"),
    caption=text("one or two lines under the stack"),
    root=custom(BLOCKS, "its layers, **bottom to top**", key="layers"),
)):
    __slots__ = ()

    def layers(self) -> tuple:
        return tuple(iter_layers(self.root))


STACKS_FILE = ContentFile("stacks.yaml", "what is drawn: the stacks and their layers", (
    Value("compare", refs("stack", "the stacks shown side by side in the main view", required=True, min_items=1)),
    Value("compare_title", text("the name of their tab in the product picker (by default their titles)", required=False)),
    Records("stacks", Stack, "the stacks", by_id=False),
))
