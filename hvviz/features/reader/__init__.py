"""The reader: the whole material as a book, in the lesson's order, each section linked to the diagram."""

from hvviz.core.feature import Feature

FEATURE = Feature(
    name="reader",
    doc="the whole material as a book, in the lesson's order, each section linked to the diagram",
    package=__name__,
    requires=("stacks", "notes"),
)
