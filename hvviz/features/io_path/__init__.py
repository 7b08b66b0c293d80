"""The I/O path: who performs a guest's I/O, as a request travelling through the layers it
really crosses, with play, pause, step and speed, and the answer for each product and method."""

from hvviz.core.feature import Feature
from hvviz.features.io_path.actions import actions
from hvviz.features.io_path.records import IO_PATHS_FILE
from hvviz.features.io_path.words import WORDS

FEATURE = Feature(
    name="io_path",
    doc="a guest's write travelling through the layers of a product's stack, for each I/O method",
    package=__name__,
    files=(IO_PATHS_FILE,),
    checks="hvviz.features.io_path.checks:CHECKS",
    requires=("stacks", "notes", "products"),
    words=WORDS,
    actions=actions,
    views="hvviz.features.io_path._qt.install:install",
    markdown="hvviz.features.io_path.markdown:all_markdown",
    wake=lambda state: state.product() is not None,
    menus={"io": WORDS["menu.io"]},
    opens={"io": "hvviz.features.io_path.places:open_io"},
)
