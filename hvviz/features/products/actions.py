"""The products' actions, as data: the next and previous product tab."""

from __future__ import annotations

from hvviz.core.actions import Action
from hvviz.features.products.words import WORDS


def actions(content) -> list[Action]:
    return [
        Action("products.next_tab", WORDS["action.next_tab"], keys=("Ctrl+PgDown",), menu="view", section="tabs",
               help=WORDS["keys.next_tab"],
               run=lambda host: host.views("products").step_tab(1)),
        Action("products.previous_tab", WORDS["action.previous_tab"], keys=("Ctrl+PgUp",), menu="view", section="tabs",
               help=WORDS["keys.previous_tab"],
               run=lambda host: host.views("products").step_tab(-1)),
    ]
