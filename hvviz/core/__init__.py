"""Qt-free core: text, the YAML reader, located errors, the schema, the loader, the cache, packs, layout and the domain rules.

Nothing here imports PySide6, shiboken6 or pyqtgraph (an import-linter contract in pyproject.toml enforces it).
"""
