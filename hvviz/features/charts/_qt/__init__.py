"""The charts' views (pyqtgraph): imported only when a chart's tab is first opened."""
