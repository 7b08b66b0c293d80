"""Where the I/O step's callout goes, beside the request where it hides no words, and the way the
request's trail takes, along the edges of the blocks (Qt-free).

Rectangles are (x, y, width, height) in scene units, y pointing down, as the stage draws them.
"""

from __future__ import annotations

import heapq
from typing import Callable, NamedTuple, Sequence

Box = tuple[float, float, float, float]
Point = tuple[float, float]

#: what hiding a layer's label or detail costs per unit of area (the stage's other words cost 1 to 3):
#: a callout never does, where any other place will do
HIDES_WORDS = 1000.0


class Placement(NamedTuple):
    width: float
    x: float
    y: float


def _overlap(a: Box, b: Box) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _gap_to(x: float, y: float, box: Box) -> float:
    """How far the point is from the box's nearest edge (0 inside it)."""
    dx = max(box[0] - x, 0.0, x - box[0] - box[2])
    dy = max(box[1] - y, 0.0, y - box[1] - box[3])
    return (dx * dx + dy * dy) ** 0.5


def candidates(x: float, y: float, w: float, h: float, gap: float, travelled: Box | None,
               block: Box | None = None, stage: Box | None = None) -> list[tuple[float, float]]:
    """Beside the request on every side: right, left (level with it, lower, higher); above and
    below (to its right, to its left, centred, and flush with either end of its `block` or of the
    `stage`); at the corners; then just outside the travelled stack, level with the request: the
    gaps between stacks hold no words."""
    d = gap
    spots = [(x + d, y - h / 2), (x - d - w, y - h / 2),
             (x + d, y - d / 2), (x + d, y + d / 2 - h), (x - d - w, y - d / 2), (x - d - w, y + d / 2 - h)]
    lefts = [x - d / 2, x + d / 2 - w, x - w / 2] + ([block[0], block[0] + block[2] - w] if block else [])
    if stage is not None:  # or flush with an end of the stage, into its margin
        lefts += [stage[0] + 4, stage[0] + stage[2] - w - 4]
    for top in (y - d - h, y + d):
        spots += [(left, top) for left in lefts]
    spots += [(x + d * 0.7, y - d * 0.7 - h), (x - d * 0.7 - w, y - d * 0.7 - h),
              (x + d * 0.7, y + d * 0.7), (x - d * 0.7 - w, y + d * 0.7)]
    if travelled is not None:
        for top in (y - h / 2, y - d / 2, y + d / 2 - h):
            spots += [(travelled[0] - 12 - w, top), (travelled[0] + travelled[2] + 12, top)]
    return spots


def place_callout(point: Point, widths: Sequence[float], size_for: Callable[[float], tuple[float, float]],
                  words: Sequence[tuple[Box, float]], stage: Box, travelled: Box | None, gap: float,
                  block: Box | None = None) -> Placement:
    """The best of each wrapping width at each candidate spot (`block` is the request's layer).

    Hiding a word costs its area times its weight (a layer's label or detail `HIDES_WORDS`, so
    never where another spot will do; a stack's title or caption little), leaving the stage costs
    more, and distance from the request a little. Of equals, the first wins: the widest, to the right."""
    x, y = point
    best: tuple[float, Placement] | None = None
    for width in widths:
        w, h = size_for(width)
        for left, top in candidates(x, y, w, h, gap, travelled, block, stage):
            bubble = (left, top, w, h)
            hidden = sum(weight * _overlap(bubble, rect) for rect, weight in words)
            outside = w * h - _overlap(bubble, stage)
            score = hidden + 6 * outside + 8 * _gap_to(x, y, bubble)
            if best is None or score < best[0]:
                best = (score, Placement(width, left, top))
    return best[1]


# the trail --------------------------------------------------------------------------------
#: a way that crosses a word costs this; one across an icon, or a turn, or a block's inside less
CROSSES_WORDS, CROSSES_ICON, TURN, INSIDE = 1e6, 3000.0, 25.0, 4.0


class Router:
    """Right-angle ways between the request's stops, along lines through the gaps between the blocks
    and down the sides of the stack, `clear` from their edges; never across a word where there is
    another way, nor across an icon (but those of the two stops), nor through a block but to leave
    or reach a stop. `half` is half the trail's width."""

    def __init__(self, stops: Sequence[Point], blocks: Sequence[Box], words: Sequence[Box], icons: Sequence[Box],
                 clear: float = 5.0, half: float = 4.0):
        xs, ys = {p[0] for p in stops}, {p[1] for p in stops}
        for bx, by, bw, bh in blocks:
            xs |= {bx - clear, bx + bw + clear}
            ys |= {by - clear, by + bh + clear}
        self.xs, self.ys = sorted(xs), sorted(ys)
        self.blocks, self.words, self.icons, self.half = list(blocks), list(words), list(icons), half
        self._edges: dict[tuple, tuple[float, bool, frozenset]] = {}

    def _edge(self, a: tuple[int, int], b: tuple[int, int]) -> tuple[float, bool, frozenset]:
        """(length cost, whether it crosses a word, the icons it crosses) of the line between two nodes."""
        key = (a, b)
        if key not in self._edges:
            (x1, y1), (x2, y2) = (self.xs[a[0]], self.ys[a[1]]), (self.xs[b[0]], self.ys[b[1]])
            h = self.half
            band = (min(x1, x2) - h, min(y1, y2) - h, abs(x2 - x1) + 2 * h, abs(y2 - y1) + 2 * h)
            mid = ((x1 + x2) / 2, (y1 + y2) / 2)
            inside = any(_gap_to(*mid, (bx + 1, by + 1, bw - 2, bh - 2)) == 0 for bx, by, bw, bh in self.blocks)
            length = abs(x2 - x1) + abs(y2 - y1)
            words = any(_overlap(band, box) > 0 for box in self.words)
            icons = frozenset(i for i, box in enumerate(self.icons) if _overlap(band, box) > 0)
            self._edges[key] = (length * (INSIDE if inside else 1.0), words, icons)
        return self._edges[key]

    def route(self, a: Point, b: Point) -> list[Point]:
        """The cheapest way from stop `a` to stop `b`: its corners, `a` first and `b` last."""
        if a == b:
            return [a]
        start = (self.xs.index(a[0]), self.ys.index(a[1]))
        goal = (self.xs.index(b[0]), self.ys.index(b[1]))
        free = {i for i, box in enumerate(self.icons) if _gap_to(*a, box) == 0 or _gap_to(*b, box) == 0}
        frontier = [(0.0, start, -1, None)]
        came: dict[tuple, tuple] = {}
        done = set()
        while frontier:
            cost, node, heading, parent = heapq.heappop(frontier)
            if (node, heading) in done:
                continue
            done.add((node, heading))
            came[(node, heading)] = parent
            if node == goal:
                return self._corners((node, heading), came)
            for step, direction in (((1, 0), 0), ((-1, 0), 0), ((0, 1), 1), ((0, -1), 1)):
                nxt = (node[0] + step[0], node[1] + step[1])
                if not (0 <= nxt[0] < len(self.xs) and 0 <= nxt[1] < len(self.ys)) or (nxt, direction) in done:
                    continue
                length, words, icons = self._edge(min(node, nxt), max(node, nxt))
                extra = CROSSES_WORDS * words + CROSSES_ICON * len(icons - free) + (TURN if heading not in (-1, direction) else 0)
                heapq.heappush(frontier, (cost + length + extra, nxt, direction, (node, heading)))
        return [a, b]

    def _corners(self, state: tuple, came: dict) -> list[Point]:
        nodes = []
        while state is not None:
            nodes.append(state[0])
            state = came[state]
        points = [(self.xs[i], self.ys[j]) for i, j in reversed(nodes)]
        corners = [points[0]]
        for before, here, after in zip(points, points[1:], points[2:]):
            if not (before[0] == here[0] == after[0] or before[1] == here[1] == after[1]):
                corners.append(here)
        return corners + [points[-1]]


def trimmed(way: list[Point], start: Box | None, end: Box | None, clear: float = 3.0) -> list[Point]:
    """`way` starting where it leaves the box `start` and ending where it enters `end` (the stops'
    icons: the trail does not draw across them), `clear` outside them; [] if nothing is left."""
    points = list(way)
    for box, index, neighbour in ((start, 0, 1), (end, -1, -2)):
        if box is None or len(points) < 2 or box[2] <= 0:
            continue
        (x, y), (nx, ny) = points[index], points[neighbour]
        if x == nx:  # a vertical segment: leave through the top or the bottom
            edge = box[1] - clear if ny < y else box[1] + box[3] + clear
            points[index] = (x, edge)
            if (edge - ny) * (y - ny) <= 0:
                return []
        else:
            edge = box[0] - clear if nx < x else box[0] + box[2] + clear
            points[index] = (edge, y)
            if (edge - nx) * (x - nx) <= 0:
                return []
    return points
