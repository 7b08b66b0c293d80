"""The product picker: a tab for the compared stacks, and one per product with a stack of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar

from hvviz.core import queries
from hvviz.state import AppState


def compare_title(content, lang: str) -> str:
    """The comparison tab's name: as the content gives it, else the compared stacks' titles."""
    if content.compare_title is not None:
        return content.compare_title.get(lang)
    return " ↔ ".join(content.stack(stack_id).title.get(lang) for stack_id in content.compare)


class StackTabs(QTabBar):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setDrawBase(False)
        #: (product id or None, stacks shown by the tab)
        self.tabs: list[tuple[str | None, tuple[str, ...]]] = []
        self._syncing = False
        self.currentChanged.connect(self._picked)
        state.shown_changed.connect(self._sync)
        state.language_changed.connect(self.retranslate)
        state.content_changed.connect(self._rebuild)
        self._rebuild()

    def _rebuild(self) -> None:
        """A tab for the comparison, then one per product drawn as a stack (again after a reload)."""
        content = self.state.content
        self._syncing = True
        while self.count():
            self.removeTab(0)
        self.tabs = [(None, content.compare)]
        self.tabs += [(product.id, product.shown_stacks()) for product in queries.product_tabs(content)]
        for _ in self.tabs:
            self.addTab("")
        self._syncing = False
        self.retranslate()
        self._sync()

    def retranslate(self, *_args) -> None:
        lang = self.state.language
        for index, (product_id, _stacks) in enumerate(self.tabs):
            if product_id is None:
                self.setTabText(index, compare_title(self.state.content, lang))
            else:  # the stack's title is the short name ("KVM + QEMU"); the full one is the tooltip
                product = self.state.content.products[product_id]
                self.setTabText(index, self.state.content.stack(product.stack).title.get(lang))
                self.setTabToolTip(index, product.name.get(lang))

    def index_of(self, product_id: str | None) -> int:
        return [p for p, _ in self.tabs].index(product_id)

    def _picked(self, index: int) -> None:
        if not self._syncing and 0 <= index < len(self.tabs):
            self.state.show_stacks(self.tabs[index][1])

    def step(self, delta: int) -> None:
        """The next (or previous) tab, round the end."""
        self.setCurrentIndex((self.currentIndex() + delta) % self.count())

    def _sync(self, *_args) -> None:
        """Show the tab of what is on screen; one generic stack alone belongs to the first tab."""
        product = self.state.product()
        index = self.index_of(product.id if product is not None else None)
        if index != self.currentIndex():
            self._syncing = True
            self.setCurrentIndex(index)
            self._syncing = False
