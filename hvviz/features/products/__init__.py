"""The products: real hypervisors, and a tab for each one drawn as a stack beside its type."""

from hvviz.core.feature import Feature
from hvviz.features.products.actions import actions
from hvviz.features.products.records import PRODUCTS_FILE
from hvviz.features.products.words import WORDS

FEATURE = Feature(
    name="products",
    doc="real products (ESXi, Hyper-V, Xen, KVM, …) and a tab for each one drawn as a stack",
    package=__name__,
    files=(PRODUCTS_FILE,),
    requires=("stacks",),
    words=WORDS,
    actions=actions,
    built_at_start=True,
    views="hvviz.features.products._qt.install:install",
)
