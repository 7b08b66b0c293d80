"""Keyboard navigation between layers, by where they are drawn (Qt-free).

Arrow keys move to the nearest layer in that direction, so navigation follows the
picture whatever shape a stack has. Tab follows reading order: stack by stack, from
the hardware up, left to right.
"""

from __future__ import annotations

from typing import Mapping

from hvviz.core.layout import Rect

DIRECTIONS = {"left": (-1, 0), "right": (1, 0), "up": (0, 1), "down": (0, -1)}


def neighbour(rects: Mapping[str, Rect], current: str | None, direction: str) -> str | None:
    """The layer reached from `current` by an arrow key; `current` when nothing is there.

    `rects` use y pointing up (as `layout.Rect` does). Without a current layer, the
    first in reading order is returned.
    """
    if not rects:
        return None
    if current not in rects:
        return next(iter(rects))
    dx, dy = DIRECTIONS[direction]
    here = rects[current]
    cx, cy = here.center
    best, best_score = current, float("inf")
    for layer_id, rect in rects.items():
        if layer_id == current:
            continue
        # the gap between the facing edges; a candidate must lie wholly on that side
        if dx > 0:
            gap = rect.x - (here.x + here.w)
        elif dx < 0:
            gap = here.x - (rect.x + rect.w)
        elif dy > 0:
            gap = rect.y - (here.y + here.h)
        else:
            gap = here.y - (rect.y + rect.h)
        if gap < -1e-6:
            continue
        # how far off the axis the candidate lies, measured between the nearest edges
        if dx:
            across = max(rect.y - (here.y + here.h), here.y - (rect.y + rect.h), 0.0)
        else:
            across = max(rect.x - (here.x + here.w), here.x - (rect.x + rect.w), 0.0)
        ox, oy = rect.center
        off_center = abs((oy - cy) if dx else (ox - cx))
        score = gap + 4 * across + 0.1 * off_center
        if score < best_score:
            best, best_score = layer_id, score
    return best


def step(order: list[str], current: str | None, forward: bool) -> str | None:
    """The next (or previous) layer in reading order; None past either end."""
    if not order:
        return None
    if current not in order:
        return order[0] if forward else order[-1]
    index = order.index(current) + (1 if forward else -1)
    return order[index] if 0 <= index < len(order) else None
