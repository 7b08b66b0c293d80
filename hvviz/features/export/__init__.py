"""The exports: the lesson as a PDF handout (vector diagrams, Korean font embedded) or as PNG
slides, drawn off screen from a stage of their own."""

from hvviz.core.feature import Feature
from hvviz.features.export.actions import actions
from hvviz.features.export.words import WORDS

FEATURE = Feature(
    name="export",
    doc="the lesson as a PDF handout or as PNG slides",
    package=__name__,
    requires=("lecture",),
    words=WORDS,
    actions=actions,
    views="hvviz.features.export._qt.install:install",
)
