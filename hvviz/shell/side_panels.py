"""The side panel's tabs beyond the notes: each feature's panel (the charts) is a placeholder
until its tab is first opened; only then is it built and its module imported (pyqtgraph)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from hvviz.core.feature import resolve


class SidePanels:
    def __init__(self, host, tabs: QTabWidget, panels):
        self.host, self.tabs = host, tabs
        self.panels = list(panels)
        #: key → its widget once built (None before)
        self.built: dict[str, QWidget | None] = {panel.key: None for panel in self.panels}
        for _panel in self.panels:
            tabs.addTab(QWidget(), "")
        tabs.currentChanged.connect(self._shown)
        host.state.content_changed.connect(self._rebuild)

    def _offset(self) -> int:
        """Tabs before the panels' own: the notes."""
        return self.tabs.count() - len(self.panels)

    def index_of(self, key: str) -> int:
        return self._offset() + [panel.key for panel in self.panels].index(key)

    def show(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self.index_of(key))
        return self.built[key]

    def _shown(self, index: int) -> None:
        position = index - self._offset()
        if not 0 <= position < len(self.panels):
            return
        panel = self.panels[position]
        if panel.wide:
            self._widen()
        if self.built[panel.key] is not None:
            return
        widget = resolve(panel.build)(self.host)
        self.built[panel.key] = widget
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, panel.title.get(self.host.state.language))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def _rebuild(self) -> None:
        """New content: the panels built on the old one are built again (at once if on screen)."""
        current = self.tabs.currentIndex()
        for position, panel in enumerate(self.panels):
            widget = self.built[panel.key]
            if widget is None:
                continue
            index = self._offset() + position
            self.built[panel.key] = None
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, QWidget(), panel.title.get(self.host.state.language))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            widget.deleteLater()
        self._shown(current)

    def _widen(self) -> None:
        """A chart wants room: widen the side panel, as far as the stage keeps its tabs whole."""
        splitter = self.host.splitter
        total = sum(splitter.sizes())
        above = self.host.built("products")
        keep = above.tabs.sizeHint().width() if above is not None else 0
        side = min(round(total * 0.42), total - keep)
        if splitter.sizes()[1] < side:
            splitter.setSizes([total - side, side])

    def retranslate(self, lang: str) -> None:
        offset = self._offset()
        for position, panel in enumerate(self.panels):
            self.tabs.setTabText(offset + position, panel.title.get(lang))
        notes = self.host.built("notes")
        if notes is not None:
            from hvviz.features.notes.words import tr

            self.tabs.setTabText(self.tabs.indexOf(notes.panel), tr("panel.notes", lang))

    def restyle(self, theme) -> None:
        for widget in self.built.values():
            if widget is not None and hasattr(widget, "set_theme"):
                widget.set_theme(theme)
