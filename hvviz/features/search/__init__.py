"""The search: Ctrl+F: notes, layers, glossary and questions, as you type, in both languages."""

from hvviz.core.feature import Feature

FEATURE = Feature(
    name="search",
    doc="Ctrl+F: notes, layers, glossary and questions, as you type, in both languages",
    package=__name__,
    requires=("stacks", "notes"),
)
