"""``srscheck``: the command line. A thin layer over :func:`srscheck.api.analyze`.

Exit status: 0 checked, 2 usage error, 3 unreadable chart, 4 output not written, 5 template error.
Every error is one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Sequence

from srscheck.checklists.cli import register as register_templates
from srscheck.nlp.overrides import parse_override_args

from . import __version__
from .api import analyze, parse_codes
from .batch import register as register_batch
from .batch import register_audit
from .core.fileio import write_text_atomic
from .core.messages import SrsError, UsageError
from .runtime import quiet_third_party


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line (not the whole usage) on a usage error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"srscheck: {message} (see 'srscheck {self.prog.split()[-1]} --help').\n"
                  if " " in self.prog else f"srscheck: {message} (see 'srscheck --help').\n")


# ----------------------------------------------------------------------------------------------
# check
# ----------------------------------------------------------------------------------------------

def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check one chart (PDF or .txt) and write the JSON / report",
                       description="Read a chart, state what it documents, and check the claimed codes. "
                                   "Several files (consult, plan, treatment summary ...) are read as one course.")
    p.add_argument("chart", nargs="+", help="the treatment summary: a PDF, or a .txt copied out of the EHR; "
                   "name several files to read them as one course")
    p.add_argument("--codes", default=None,
                   help="claimed codes, comma-separated (e.g. 77372,77432,61796); default: none")
    p.add_argument("--json", dest="json_out", metavar="OUT|-",
                   help="write the JSON result to OUT, or to standard output with '-'")
    p.add_argument("--report", metavar="OUT.pdf", help="write the PDF gap report")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="FACT=VALUE",
                   help="override a fact the reader got wrong, e.g. --set lesion_count=3 (repeatable)")
    p.add_argument("--coder", default=None, help="name of the person running the check (for the report)")
    p.set_defaults(func=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    charts = [Path(c) for c in args.chart]
    codes = parse_codes(args.codes)
    overrides = parse_override_args(args.overrides)
    result = analyze(charts, codes, overrides=overrides)
    if args.report:
        from .report import write_report

        write_report(result, Path(args.report), coder=args.coder)
    text = result.to_json()
    if args.json_out == "-":
        sys.stdout.write(text)
    elif args.json_out:
        write_text_atomic(Path(args.json_out), text)
    if not args.json_out:
        sys.stdout.write(_summary(result))
    return 0


def _summary(result) -> str:
    """A short human-readable account for the terminal when no JSON is asked for."""
    f = result.facts
    docs = result.documents or [result.source]
    lines = [f"{d['file']}: {d['pages']} page(s)" for d in docs]
    if len(docs) > 1:
        lines.append(f"  read as one course of {len(docs)} documents")
    for r in result.review:
        lines.append(f"review: {r.message}")
    for name in ("modality", "sites", "lesion_count", "fractions", "imaging", "positioning"):
        fact = f.get(name)
        ev = f" ({_where(result, fact.evidence[0])}: \"{fact.evidence[0].text}\")" if fact.evidence else ""
        lines.append(f"  {name:13} {fact.value}{ev}")
    for les in f.lesions:
        lines.append(f"  lesion        {les.name} [{les.site}, {les.complexity}] "
                     f"{les.dose_gy} Gy / {les.fractions} fx")
    for c in result.codes:
        lines.append(f"{c.code} {c.title}: {c.verdict}")
        for p in c.problems:
            lines.append(f"  ! {p}")
        for r in c.requirements:
            lines.append(f"  [{r.status:7}] {r.category}: {r.label}")
    lines.append("suggested: " + (", ".join(
        f"{s.code}" + (f" x{s.units}" if s.units > 1 else "") for s in result.suggestions) or "none"))
    for w in result.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"


def _where(result, ev) -> str:
    """``p.2``, or ``plan.pdf p.2`` when several documents were read as one course."""
    if ev.document is not None and result.documents:
        return f"{result.documents[ev.document]['file']} p.{ev.page}"
    return f"p.{ev.page}"


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="srscheck", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"srscheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    _add_check(sub)
    for reg in (register_templates, register_batch, register_audit):
        reg(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    quiet_third_party()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version or a usage error: already printed
        return e.code if isinstance(e.code, int) else 2
    try:
        return int(args.func(args) or 0)
    except SrsError as e:
        print(f"srscheck: {e}", file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:
        print("srscheck: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        print("srscheck: out of memory while reading the chart.", file=sys.stderr)
        return 1
    except Exception as e:  # a bug: still one clear sentence, details only with SRSCHECK_DEBUG=1
        if os.environ.get("SRSCHECK_DEBUG"):
            raise
        print(f"srscheck: internal error ({type(e).__name__}: {e}); "
              "rerun with SRSCHECK_DEBUG=1 for details.", file=sys.stderr)
        return 1


__all__ = ["main", "build_parser", "write_text_atomic", "UsageError"]


if __name__ == "__main__":
    sys.exit(main())
