"""The products' views in the window: the tab bar above the stage."""

from __future__ import annotations

from hvviz.features.products._qt.stack_tabs import StackTabs


class ProductsViews:
    def __init__(self, host):
        self.tabs = StackTabs(host.state)
        host.place("above_stage", self.tabs)

    def step_tab(self, delta: int) -> None:
        self.tabs.step(delta)


def install(host) -> ProductsViews:
    return ProductsViews(host)
