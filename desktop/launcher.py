"""``srscheck-gui [CHART ...]``: start reading the chart at once, then start the app.

The chart given on the command line starts being read in a second process (:mod:`.prefetch`) before
Qt is imported, so the window and the reading start together; then :func:`srscheck.desktop.app.main`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    charts = [a for a in args if not a.startswith("-")]
    if len(charts) == 1 and not any(a in ("-h", "--help", "--version") for a in args):
        from .prefetch import start

        start(charts[0])
    from .app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
