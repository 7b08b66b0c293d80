"""Lecture mode: the whole topic as a step-by-step lesson, presented full screen from a clicker,
with a presenter view, black and white screens and a progress bar."""

from hvviz.core.feature import Feature
from hvviz.features.lecture.actions import actions
from hvviz.features.lecture.records import LESSON_FILE
from hvviz.features.lecture.words import WORDS

FEATURE = Feature(
    name="lecture",
    doc="the lesson: steps presented full screen, a presenter view, the keys of a presentation clicker",
    package=__name__,
    files=(LESSON_FILE,),
    checks="hvviz.features.lecture.checks:CHECKS",
    requires=("stacks",),
    words=WORDS,
    actions=actions,
    views="hvviz.features.lecture._qt.install:install",
    menus={"lesson": WORDS["menu.lesson"]},
)
