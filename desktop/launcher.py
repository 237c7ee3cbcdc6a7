"""``srscheck-gui [CHART ...] [--max-* N]``: start the analysis worker and send it the chart, then the app.

Before Qt is even imported, the bounded analysis worker (:mod:`srscheck.desktop.engine`) is started
and the chart given on the command line is sent to it: the worker loads the pipeline and reads the
chart on one core while the app imports Qt and builds its window on the other. Then
:func:`srscheck.desktop.app.main` runs with that worker. No Qt here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .startup import parse_args, start_engine

__all__ = ["main", "parse_args", "start_engine"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    engine = start_engine(parse_args(args))  # --help and --version end here
    from .app import main as app_main  # deferred: Qt only after the analysis worker has been started

    return app_main(args, engine=engine)


if __name__ == "__main__":
    sys.exit(main())
