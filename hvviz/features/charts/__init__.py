"""The charts: the modelled cost of every I/O path, and a CPU scheduling simulation of Type 1
against Type 2. Both are side panels built (and pyqtgraph imported) when first opened."""

from hvviz.core.feature import Feature, SidePanel
from hvviz.features.charts.records import COSTS_FILE
from hvviz.features.charts.words import WORDS

FEATURE = Feature(
    name="charts",
    doc="the path-cost chart and the CPU scheduling simulation",
    package=__name__,
    files=(COSTS_FILE,),
    requires=("io_path",),
    words=WORDS,
    panels=(
        SidePanel("cost", WORDS["panel.cost"], "hvviz.features.charts._qt.cost_chart:build", wide=True),
        SidePanel("scheduling", WORDS["panel.scheduling"], "hvviz.features.charts._qt.scheduling_chart:build", wide=True),
    ),
)
