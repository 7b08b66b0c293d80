"""`python -m hvviz`: the same entry point as the `hvviz` script."""

import sys

from hvviz.cli import main

sys.exit(main())
