"""The cost model of the I/O paths (Qt-free): crossings per request and modelled cost.

The per-crossing costs come from the pack's `costs.yaml`; most are illustrative, and the
chart says so. The point is the shape: which methods cross more boundaries, and how the
ranking moves when a learner changes what a crossing costs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from hvviz.core import queries


@dataclass(frozen=True)
class PathCost:
    product: str
    method: str
    crossings: int
    cost_us: float


def crossing_ids(path) -> list[str]:
    return [step.crossing for step in path.steps if step.crossing is not None]


def request_cost(path, costs: Mapping[str, float]) -> float:
    """Modelled microseconds for one request along `path`, given a cost per crossing kind."""
    return sum(costs[crossing] for crossing in crossing_ids(path))


def checked_costs(content, costs: Mapping[str, float]) -> dict[str, float]:
    """`costs` with every value inside its crossing's range; anything else is refused."""
    out = {}
    for crossing in content.crossings.values():
        value = float(costs.get(crossing.id, crossing.cost))
        if not crossing.min <= value <= crossing.max:
            raise ValueError(f"cost of {crossing.id} must be from {crossing.min:g} to {crossing.max:g}, not {value:g}")
        out[crossing.id] = value
    return out


def cost_table(content, costs: Mapping[str, float] | None = None) -> list[PathCost]:
    """Every drawable path (products in file order, methods in file order) with its figures."""
    costs = checked_costs(content, costs or {})
    rows = []
    for product in queries.product_tabs(content):
        for method in content.io_methods:
            path = content.io_paths.get((product.id, method))
            if path is None or path.not_applicable is not None:
                continue
            rows.append(PathCost(product.id, method, len(crossing_ids(path)), request_cost(path, costs)))
    return rows


def uses_illustrative_costs(content) -> bool:
    return any(crossing.illustrative for crossing in content.crossings.values())


def by_product(rows: list[PathCost]) -> list[tuple[str, list[PathCost]]]:
    """The rows in their order, grouped under each product (a product's rows are consecutive)."""
    groups: list[tuple[str, list[PathCost]]] = []
    for row in rows:
        if not groups or groups[-1][0] != row.product:
            groups.append((row.product, []))
        groups[-1][1].append(row)
    return groups
