"""The glossary: the terms, in both languages, each linked to where it appears; notes link their terms here."""

from hvviz.core.feature import Feature

FEATURE = Feature(
    name="glossary",
    doc="the terms, in both languages, each linked to where it appears; notes link their terms here",
    package=__name__,
    requires=("stacks", "notes"),
)
