"""The notes: what the notes panel says about each layer, with the post's analogies, the
vendors' definitions, the real products it appears in and the sources."""

from hvviz.core.feature import Feature
from hvviz.features.notes.actions import actions
from hvviz.features.notes.records import ANALOGIES_FILE, DEFINITIONS_FILE, NOTES_FILE, SOURCES_FILE
from hvviz.features.notes.words import WORDS

FEATURE = Feature(
    name="notes",
    doc="the notes panel: what a layer does, in the post's terms and in plain words, with analogies and sources",
    package=__name__,
    files=(SOURCES_FILE, ANALOGIES_FILE, DEFINITIONS_FILE, NOTES_FILE),
    words=WORDS,
    actions=actions,
    built_at_start=True,
    views="hvviz.features.notes._qt.install:install",
    markdown="hvviz.features.notes.markdown:all_markdown",
)
