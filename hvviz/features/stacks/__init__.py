"""The stacks: layer stacks drawn on the stage, clicked, walked with the keyboard, and linked."""

from hvviz.core.feature import Feature
from hvviz.features.stacks.actions import actions
from hvviz.features.stacks.records import STACKS_FILE
from hvviz.features.stacks.words import WORDS

FEATURE = Feature(
    name="stacks",
    doc="layer stacks on the stage: click a layer, walk them with the keyboard, see its counterparts",
    package=__name__,
    files=(STACKS_FILE,),
    requires=("notes",),
    words=WORDS,
    actions=actions,
    built_at_start=True,
    views="hvviz.features.stacks._qt.install:install",
    opens={"layer": "hvviz.features.stacks.places:open_layer", "stack": "hvviz.features.stacks.places:open_stack"},
)
