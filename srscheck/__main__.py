"""``python -m srscheck``: the same command line as ``srscheck``."""

import sys

from srscheck.cli import main

sys.exit(main())
