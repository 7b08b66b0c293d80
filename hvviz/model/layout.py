"""Where each layer of a stack goes, in abstract units (Qt-free).

A stack is one unit wide; a layer is one unit tall (or its `height`). `y` counts up from the hardware,
as the stacks are read. Rows share their width equally and stretch every block to
the tallest; a column stretched taller than its content shares the extra height in
proportion. The stage scales these units to pixels.
"""

from __future__ import annotations

from typing import NamedTuple

from hvviz.model.content import Block, Column, Layer, Row, Stack


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def moved(self, dx: float, dy: float) -> "Rect":
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


def block_height(block: Block) -> float:
    if isinstance(block, Layer):
        return block.height
    heights = [block_height(child) for child in block.blocks]
    return sum(heights) if isinstance(block, Column) else max(heights)


def stack_height(stack: Stack) -> float:
    return block_height(stack.root)


def layout_stack(stack: Stack) -> dict[str, Rect]:
    """The rectangle of every layer of `stack`, keyed by layer id."""
    out: dict[str, Rect] = {}
    _place(stack.root, 0.0, 0.0, 1.0, block_height(stack.root), out)
    return out


def _place(block: Block, x: float, y: float, w: float, h: float, out: dict[str, Rect]) -> None:
    if isinstance(block, Layer):
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


def build_order(stack: Stack) -> list[list[str]]:
    """Layer ids grouped by how high they start: the order a stack builds up in."""
    rects = layout_stack(stack)
    by_level: dict[float, list[str]] = {}
    for layer_id, rect in rects.items():
        by_level.setdefault(round(rect.y, 6), []).append(layer_id)
    return [sorted(ids, key=lambda i: rects[i].x) for _, ids in sorted(by_level.items())]
