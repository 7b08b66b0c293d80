"""The quiz: study alone. Questions and exercises tied to the live diagram, scheduled with FSRS,
progress kept per pack."""

from hvviz.core.feature import Feature

FEATURE = Feature(
    name="quiz",
    doc="study alone: exercises tied to the diagram, what is due, progress per topic",
    package=__name__,
    requires=("stacks", "notes"),
)
