"""What ``srscheck-gui`` needs before Qt: its options and the analysis worker started. No Qt here."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from srscheck import __version__, bounds

from .engine import Engine


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The app's options, with the per-chart bounds of ``srscheck check`` (Qt's own, such as
    ``-style``, are left for Qt)."""
    parser = argparse.ArgumentParser(prog="srscheck-gui", description="srscheck desktop app")
    parser.add_argument("charts", nargs="*", metavar="CHART",
                        help="a chart (PDF, .txt, or a TIFF/PNG/JPEG scan or fax) to open; several files are read as "
                        "one course")
    parser.add_argument("--version", action="version", version=f"srscheck {__version__}")
    parser.add_argument("--debug", action="store_true", help="log details to the terminal")
    bounds.options(parser)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def start_engine(args: argparse.Namespace) -> Engine:
    """The analysis worker under the bounds of ``args``, started, with the command line's chart sent."""
    engine = Engine(bounds.limits_from_args(args))
    engine.start()
    if args.charts:
        engine.send_ahead([Path(c).expanduser() for c in args.charts])
    return engine
