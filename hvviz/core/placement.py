"""Where the I/O step's callout goes: beside the request, where it hides the fewest words (Qt-free).

Rectangles are (x, y, width, height) in scene units, y pointing down, as the stage draws them.
"""

from __future__ import annotations

from typing import Callable, NamedTuple, Sequence

Box = tuple[float, float, float, float]


class Placement(NamedTuple):
    width: float
    x: float
    y: float


def _overlap(a: Box, b: Box) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _distance(x: float, y: float, box: Box) -> float:
    cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
    return ((cx - x) ** 2 + (cy - y) ** 2) ** 0.5


def candidates(x: float, y: float, w: float, h: float, gap: float, travelled: Box | None) -> list[tuple[float, float]]:
    """Right, left, above and below the request (to the right, then the left), then just outside
    the travelled stack, level with the request: the gaps between stacks hold no words."""
    spots = [
        (x + gap, y - h / 2),
        (x - gap - w, y - h / 2),
        (x - gap / 2, y - gap - h),
        (x - gap / 2, y + gap),
        (x + gap / 2 - w, y - gap - h),
        (x + gap / 2 - w, y + gap),
    ]
    if travelled is not None:
        spots += [(travelled[0] - 12 - w, y - h / 2), (travelled[0] + travelled[2] + 12, y - h / 2)]
    return spots


def place_callout(point: tuple[float, float], widths: Sequence[float], size_for: Callable[[float], tuple[float, float]],
                  words: Sequence[tuple[Box, float]], stage: Box, travelled: Box | None, gap: float) -> Placement:
    """The best of each wrapping width at each candidate spot.

    Hiding a word costs its area times its weight (the travelled stack's words weigh most),
    leaving the stage costs more, and distance from the request a little. Of equals, the first
    wins: the widest, to the right."""
    x, y = point
    best: tuple[float, Placement] | None = None
    for width in widths:
        w, h = size_for(width)
        for left, top in candidates(x, y, w, h, gap, travelled):
            bubble = (left, top, w, h)
            hidden = sum(weight * _overlap(bubble, rect) for rect, weight in words)
            outside = w * h - _overlap(bubble, stage)
            score = hidden + 6 * outside + 2 * _distance(x, y, bubble)
            if best is None or score < best[0]:
                best = (score, Placement(width, left, top))
    return best[1]
