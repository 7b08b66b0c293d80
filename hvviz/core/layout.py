"""Where each layer of a stack goes, in abstract units (Qt-free).

A stack is one unit wide (its layers are a `Column` of layers, `Row`s and `Column`s); a layer is one unit tall (or its `height`). `y` counts up from the hardware,
as the stacks are read. Rows share their width equally and stretch every block to
the tallest; a column stretched taller than its content shares the extra height in
proportion. The stage scales these units to pixels.
"""

from __future__ import annotations

from collections import namedtuple
from typing import Iterator


class Row(namedtuple("Row", "blocks")):
    """Blocks standing side by side, left to right."""

    __slots__ = ()


class Column(namedtuple("Column", "blocks")):
    """Blocks stacked from the bottom up."""

    __slots__ = ()


def iter_layers(block) -> Iterator:
    """The layers of a block (a layer, or a row or column of blocks), bottom to top and left to right."""
    if isinstance(block, (Row, Column)):
        for child in block.blocks:
            yield from iter_layers(child)
    else:
        yield block


class Rect(namedtuple("Rect", "x y w h")):
    """A layer's place: x, y (up from the hardware), width and height, in layers."""

    __slots__ = ()

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def moved(self, dx: float, dy: float) -> "Rect":
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


def block_height(block) -> float:
    if not isinstance(block, (Row, Column)):
        return block.height
    heights = [block_height(child) for child in block.blocks]
    return sum(heights) if isinstance(block, Column) else max(heights)


def stack_height(stack) -> float:
    return block_height(stack.root)


def layout_stack(stack) -> dict[str, Rect]:
    """The rectangle of every layer of `stack`, keyed by layer id."""
    out: dict[str, Rect] = {}
    _place(stack.root, 0.0, 0.0, 1.0, block_height(stack.root), out)
    return out


def _place(block, x: float, y: float, w: float, h: float, out: dict[str, Rect]) -> None:
    if not isinstance(block, (Row, Column)):
        out[block.id] = Rect(x, y, w, h)
    elif isinstance(block, Row):
        width = w / len(block.blocks)
        for i, child in enumerate(block.blocks):
            _place(child, x + i * width, y, width, h, out)
    else:
        natural = block_height(block)
        scale = h / natural
        for child in block.blocks:
            child_h = block_height(child) * scale
            _place(child, x, y, w, child_h, out)
            y += child_h


def build_order(stack) -> list[list[str]]:
    """Layer ids grouped by how high they start: the order a stack builds up in."""
    rects = layout_stack(stack)
    by_level: dict[float, list[str]] = {}
    for layer_id, rect in rects.items():
        by_level.setdefault(round(rect.y, 6), []).append(layer_id)
    return [sorted(ids, key=lambda i: rects[i].x) for _, ids in sorted(by_level.items())]
