"""The ``srscheck batch`` command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Iterator, Sequence

from srscheck import bounds
from srscheck.api import parse_claims
from srscheck.core.formats import CHART_SUFFIXES

from .audit import AUDIT_JSON, build_audit
from .audit import closing_lines as audit_lines
from .progress import make_progress
from .run import run_batch
from .summary import SUMMARY_CSV, BatchOutcome

_EPILOG = """\
Outputs in DIR: one JSON per chart (the same contract as 'srscheck check --json'), a PDF report per
chart with --reports, summary.csv and summary.json (one row per chart: claimed codes, verdict per
code, gap count, suggested codes, error), and manifest.jsonl, which lets a second run skip the charts
whose file, claimed codes, templates and srscheck version are unchanged.

Claims file: a CSV with the chart's file name (or its path relative to the input folder) and its
claimed codes, e.g. 'dev_01.pdf,"77372,77432"' or 'dev_01.pdf;77372 77432'; a header row such as
'file,codes' is optional. Charts without a row are checked against --codes (or no codes) and listed.

Courses: a course of several documents (consult, plan, treatment summary) is read as one chart and
gets one result, DIR/<course>.json, whose summary row lists its documents. With --courses, every folder
directly inside an input folder is one course (all chart files under it, in path order; files lying
directly in the input folder stay charts of their own). A 'course' column in the claims file
(header 'file,codes,course') makes the files of rows sharing a course name one course, claiming the
codes of all its rows; it wins over --courses for the files it lists.

Each chart runs under per-chart bounds (memory, wall time, characters, pages, decoded PDF streams,
OCR pixels; see the options below): a chart over one gets the status too_large or timed_out and the
others go on. A worker process that dies costs only the chart it was reading. Only one batch at a
time may write to DIR.

Exit status: 0 every chart was checked (gaps and contradictions do not count as failures);
3 some charts could not be read, were too large or timed out (their rows in the summary say why;
the others were checked); 1 srscheck failed on some charts (an internal error, also in the
summary); 2 usage error; 4 the output folder or some outputs cannot be written (disk full...);
130 interrupted with Ctrl+C or SIGTERM (finished charts are kept and the next run goes on from there).
"""


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid worker count {value!r}") from None
    if n < 1 or n > 64:
        raise argparse.ArgumentTypeError("the worker count must be between 1 and 64")
    return n


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batch", help="check many charts in parallel and write a summary",
                       description="Check many charts (PDF, .txt or .csv text, or TIFF/PNG/JPEG scans and faxes) "
                                   "and write one JSON per chart plus a summary.",
                       epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="chart files (a .csv chart named here is read), folders (searched recursively for "
                        f"{', '.join('*' + s for s in CHART_SUFFIXES)}; not *.csv, as a folder's claims list is "
                        "one) or glob patterns (the same files)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
    p.add_argument("--claims", metavar="CLAIMS.csv", help="CSV mapping each chart file to its claimed codes")
    p.add_argument("--codes", default=None,
                   help="claimed codes for charts without a claims row, comma-separated")
    p.add_argument("--workers", type=_workers, default=default_workers(), metavar="N",
                   help=f"worker processes (default: {default_workers()} on this machine)")
    p.add_argument("--reports", action="store_true", help="also write a PDF gap report per chart")
    p.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines")
    p.add_argument("--courses", action="store_true",
                   help="read every folder directly inside an input folder as one course of several documents")
    p.add_argument("--audit", metavar="AUDIT.pdf",
                   help="also write the coding audit of the whole batch (PDF; its figures go to DIR/audit.json)")
    p.add_argument("--no-corrections", action="store_true",
                   help="ignore the corrections saved for the charts (see 'srscheck corrections list')")
    bounds.options(p)
    p.set_defaults(func=_run_batch_cli)


def _run_batch_cli(args: argparse.Namespace) -> int:
    outcome = run_batch(args.inputs, args.out, claims_file=args.claims, codes=_claim_texts(args.codes),
                        workers=args.workers, reports=args.reports,
                        progress=make_progress(not args.no_progress), courses=args.courses,
                        corrections=not args.no_corrections, limits=bounds.limits_from_args(args))
    for line in closing_lines(outcome, Path(args.out), args.claims):
        print(line, file=sys.stderr if line.startswith("srscheck:") else sys.stdout)
    if args.audit:
        if outcome.interrupted:
            print("srscheck: no audit written: the run was interrupted (run the same command again to finish "
                  "it, or 'srscheck audit' on the folder).", file=sys.stderr)
        else:
            audit = build_audit(args.out, pdf=args.audit)
            for line in audit_lines(audit):
                print(line)
            print(f"Audit written to {args.audit} (figures in {Path(args.out) / AUDIT_JSON}).")
    return outcome.exit_status


def _claim_texts(codes: str | None) -> tuple[str, ...]:
    """The claimed codes as written canonically (``77373x5``), so units and modifiers reach the check."""
    return tuple(c.format() for c in parse_claims(codes))


_AUDIT_EPILOG = """\
The audit is computed from what the batch wrote to DIR (summary.json and the per-chart JSON), so it can be
rebuilt, or built for a batch run earlier, without reading a chart again. Its figures go to DIR/audit.json
(or --json); --pdf also draws them: totals, gap rate per requirement and category, per physician and
delivery unit, claimed vs supported units per code, the trend by month of treatment, and an appendix
naming the charts behind each code figure by file name and SHA-256.

Exit status: 0 written; 2 DIR holds no batch results; 4 an output cannot be written.
"""


def register_audit(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="the coding audit of a batch output folder (PDF and audit.json)",
                       description="Summarise a batch for a coding manager: what the charts document, by "
                                   "requirement, physician, delivery unit, code and month.",
                       epilog=_AUDIT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out_dir", metavar="DIR", help="the output folder of 'srscheck batch ... --out DIR'")
    p.add_argument("--pdf", metavar="AUDIT.pdf", help="write the audit PDF")
    p.add_argument("--json", dest="json_path", metavar="AUDIT.json",
                   help=f"where to write the figures (default: DIR/{AUDIT_JSON})")
    p.set_defaults(func=_run_audit_cli)


def _run_audit_cli(args: argparse.Namespace) -> int:
    audit = build_audit(args.out_dir, pdf=args.pdf, json_path=args.json_path)
    for line in audit_lines(audit):
        print(line)
    where = args.json_path or str(Path(args.out_dir) / AUDIT_JSON)
    print(f"Figures in {where}" + (f"; PDF in {args.pdf}." if args.pdf else "."))
    return 0


def closing_lines(outcome: BatchOutcome, out: Path, claims_file: str | None) -> Iterator[str]:
    total = len(outcome.rows)
    checked = outcome.count("checked")
    text = f"Checked {checked} of {total} chart(s)"
    if outcome.skipped:
        text += f" ({outcome.skipped} unchanged since the last run)"
    yield text + f"; summary in {out / SUMMARY_CSV}."
    for status, what in (("error", "could not be read"), ("too_large", "were too large to check"),
                         ("timed_out", "took too long and were stopped"),
                         ("not_written", "were checked but their outputs could not be written"),
                         ("failed", "failed with an internal error")):
        names = [r["chart"] for r in outcome.rows if r["status"] == status]
        if names:
            yield f"{len(names)} chart(s) {what}: {_names(names)}."
    if outcome.unclaimed:
        yield f"{len(outcome.unclaimed)} chart(s) had no row in {Path(str(claims_file)).name}: " \
              f"{_names(outcome.unclaimed)}."
    if outcome.unmatched_claims:
        yield f"{len(outcome.unmatched_claims)} row(s) in {Path(str(claims_file)).name} match no chart: " \
              f"{_names(outcome.unmatched_claims)}."
    if outcome.interrupted:
        yield (f"srscheck: interrupted; {outcome.count('not_checked')} chart(s) not checked yet "
               "(run the same command again to go on).")


def _names(names: Sequence[str], limit: int = 10) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")

