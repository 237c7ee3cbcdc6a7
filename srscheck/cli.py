"""``srscheck``: the command line. A thin layer over :func:`srscheck.api.analyze`.

Exit status: 0 checked, 2 usage error, 3 unreadable chart (also too large or timed out), 4 output not
written, 5 template error. Every error is one sentence on stderr, never a traceback. ``check`` reads
the chart in a child process under the per-chart bounds (:mod:`srscheck.bounds`), so a hostile chart
ends with a sentence, never by taking the workstation's memory or time.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Sequence

from srscheck.checklists.cli import register as register_templates
from srscheck.core.corrections import Correction, parse_corrections_json, parse_set, stamp
from srscheck.core.model import FACT_NAMES

from . import __version__, bounds
from .api import analyze, parse_claims
from .batch import register as register_batch
from .batch import register_audit
from .core import limits as core_limits
from .core.fileio import write_text_atomic
from .core.messages import SrsError, UsageError
from .corrections import coder_name, default_store
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
    p = sub.add_parser("check", help="check one chart (PDF, .txt, or a TIFF/PNG/JPEG scan or fax) and write the "
                                     "JSON / report",
                       description="Read a chart, state what it documents, and check the claimed codes. "
                                   "Several files (consult, plan, treatment summary ...) are read as one course.")
    p.add_argument("chart", nargs="+", help="the treatment summary: a PDF, a .txt copied out of the EHR, or a scan or "
                   "fax as a TIFF (every frame a page), PNG or JPEG image; name several files to read them "
                   "as one course")
    p.add_argument("--codes", default=None,
                   help="claimed codes as billed, separated by commas, semicolons or spaces, with units "
                        "and modifiers if any (e.g. '77373x5,77435' or '61796-59 61797 x2'); default: none")
    p.add_argument("--json", dest="json_out", metavar="OUT|-",
                   help="write the JSON result to OUT, or to standard output with '-'")
    p.add_argument("--report", metavar="OUT.pdf", help="write the PDF gap report")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="TARGET=VALUE",
                   help="correct what the reader got wrong (repeatable): a fact (lesion_count=3, "
                        "sites=cranial, course_status=delivered|planned|recommended|follow_up), a lesion field "
                        "(lesions.2.site=cranial, lesions.2.complexity=complex, "
                        "'lesions.2.reason=abuts the chiasm', lesions.2.dose_gy=20, lesions.2.fractions=1, "
                        "'lesions.2.name=Left frontal'), a missed lesion ('lesions.+=name=Left frontal;"
                        "site=cranial;dose_gy=20;fractions=1;page=2') or an invented one (lesions.3=none). "
                        "Saved for this chart unless --no-save")
    p.add_argument("--corrections", metavar="FILE.json",
                   help="corrections from a JSON file: {\"corrections\": [{\"target\": ..., \"value\": ...}]} "
                        "or {\"lesions.2.site\": \"cranial\", ...}; saved like --set")
    p.add_argument("--no-corrections", action="store_true",
                   help="ignore the corrections saved for this chart (and save none)")
    p.add_argument("--no-save", action="store_true",
                   help="apply --set/--corrections to this run only; do not save them for the chart")
    p.add_argument("--coder", default=None,
                   help="your name, recorded with your corrections and on the report "
                        "(default: $SRSCHECK_CODER or the login name)")
    bounds.options(p)
    p.set_defaults(func=_run_check)


def _cli_corrections(args: argparse.Namespace) -> list[Correction]:
    out = [parse_set(item) for item in args.overrides]
    if args.corrections:
        out += load_corrections_file(Path(args.corrections))
    return out


def load_corrections_file(path: Path) -> list[Correction]:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UsageError("E081", file=str(path), why="the file was not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError("E081", file=str(path), why=getattr(e, "strerror", None) or str(e)) from None
    except ValueError as e:
        raise UsageError("E081", file=str(path), why=f"it is not valid JSON ({e})") from None
    return parse_corrections_json(data, str(path))


def _run_check(args: argparse.Namespace) -> int:
    """Refuse outputs that are a chart, then check in a child process under the bounds."""
    for out in (args.json_out, args.report):
        bounds.refuse_overwrite(out, list(args.chart))
    limits = bounds.limits_from_args(args)
    if (limits.memory_mb or limits.seconds) and os.environ.get("SRSCHECK_ISOLATE", "1") != "0":
        return int(bounds.run_isolated(_handled, (_check, args), limits, ", ".join(args.chart)))
    core_limits.use(limits)
    return _check(args)


def _check(args: argparse.Namespace) -> int:
    charts = [Path(c) for c in args.chart]
    claims = parse_claims(args.codes)
    coder = coder_name(args.coder)
    mine = stamp(_cli_corrections(args), coder)
    result = analyze(charts, claims, corrections=mine, saved=not args.no_corrections)
    refused = next((a for a in result.corrections if a.source != "saved" and not a.applied), None)
    if refused is not None:
        raise UsageError("E080", target=refused.correction.target,
                         why=refused.note.rstrip(".") if not refused.note.startswith("The correction")
                         else f"the reader found no lesion {refused.correction.lesion_ref}")
    if mine and not (args.no_save or args.no_corrections):
        doc = result.reading.document
        keep = [a.correction for a in result.corrections if a.source != "saved"]
        default_store().save(doc.sha256, Path(doc.file).name, keep)
    if args.report:
        from .report import write_report  # deferred: reportlab only when a report is asked for

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
    for name in FACT_NAMES:
        fact = f.get(name)
        ev = f" ({_where(result, fact.evidence[0])}: \"{fact.evidence[0].text}\")" if fact.evidence else ""
        mine = f" (coder; the reader found {fact.original})" if fact.overridden and not fact.derived else ""
        lines.append(f"  {name:13} {fact.value}{mine}{ev}")
    for i, les in enumerate(f.lesions, 1):
        mine = " (yours)" if les.added else " (corrected)" if les.marks else ""
        lines.append(f"  lesion {les.ref or i:<6} {les.name} [{les.site}, {les.complexity}] "
                     f"{les.dose_gy} Gy / {les.fractions} fx{mine}")
    for les, _ in f.struck:
        lines.append(f"  struck {les.ref:<6} {les.name}")
    for a in result.corrections:
        state = "" if a.applied else " (not applied)"
        lines.append(f"  correction    {a.correction.describe()} by {a.correction.set_by or '?'} "
                     f"at {a.correction.set_at or '?'}{state}")
    for c in result.codes:
        units = ""
        if c.claimed_units is not None or c.supported_units not in (None, 1):
            units = f" [claimed {c.claimed_units or '-'} unit(s), supported {c.supported_units}]"
        lines.append(f"{c.code} {c.title}: {c.verdict}{units}")
        for p in c.problems:
            lines.append(f"  ! {p}")
        for r in c.requirements:
            lines.append(f"  [{r.status:7}] {r.category}: {r.label}")
    lines.append("suggested: " + (", ".join(
        f"{s.code}" + (f" x{s.units}" if s.units > 1 else "") for s in result.suggestions) or "none"))
    for s in result.suggestions:
        for note in getattr(s, "notes", ()) or ():
            lines.append(f"  note on {s.code}: {note}")
    for w in result.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"


def _where(result, ev) -> str:
    """``p.2``, or ``plan.pdf p.2`` when several documents were read as one course."""
    if ev.document is not None and result.documents:
        return f"{result.documents[ev.document]['file']} p.{ev.page}"
    return f"p.{ev.page}"


# ----------------------------------------------------------------------------------------------
# corrections
# ----------------------------------------------------------------------------------------------

def _add_corrections(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("corrections", help="list or remove the corrections saved for charts",
                       description="The corrections saved per chart (by the SHA-256 of its file): "
                                   "'check --set' and the app save them; check, batch and the app apply them.")
    csub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    csub.required = True
    ls = csub.add_parser("list", help="list saved corrections (of one chart, or of every chart)")
    ls.add_argument("chart", nargs="?", help="the chart file (or its SHA-256); default: every chart")
    ls.set_defaults(func=_run_corrections_list)
    rm = csub.add_parser("remove", help="remove saved corrections one by one")
    rm.add_argument("chart", help="the chart file (or its SHA-256)")
    rm.add_argument("targets", nargs="+", metavar="TARGET",
                    help="what the correction set, as 'corrections list' shows it (e.g. lesions.2.site)")
    rm.set_defaults(func=_run_corrections_remove)
    cl = csub.add_parser("clear", help="remove every saved correction of a chart")
    cl.add_argument("chart", help="the chart file (or its SHA-256)")
    cl.set_defaults(func=_run_corrections_clear)


def _chart_key(chart: str) -> tuple[str, str]:
    """(sha256, file name) of a chart file, or of a SHA-256 given as such."""
    import hashlib

    p = Path(chart)
    if p.is_file():
        h = hashlib.sha256()
        with p.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest(), p.name
    text = chart.strip().lower()
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return text, ""
    raise UsageError("E001", file=chart)


def _print_saved(saved) -> None:
    print(f"{saved.file or '?'} (sha256 {saved.sha256[:12]}…): {len(saved.corrections)} correction(s)")
    for c in saved.corrections:
        print(f"  {c.target:24} {c.describe()}  — {c.set_by or '?'}, {c.set_at or '?'}")


def _run_corrections_list(args: argparse.Namespace) -> int:
    store = default_store()
    if args.chart:
        sha, name = _chart_key(args.chart)
        saved = store.load(sha, name)
        if saved.warning:
            print(f"srscheck: {saved.warning}", file=sys.stderr)
        elif not saved.corrections:
            print(f"{name or sha}: no saved corrections.")
            note = store.stale_note(sha, name)
            if note:
                print(note.split(": ", 1)[1])
        else:
            _print_saved(saved)
        return 0
    charts = store.charts()
    if not charts:
        print(f"No saved corrections (in {store.folder}).")
    for saved in charts:
        if saved.warning:
            print(f"srscheck: {saved.warning}", file=sys.stderr)
        else:
            _print_saved(saved)
    return 0


def _run_corrections_remove(args: argparse.Namespace) -> int:
    sha, name = _chart_key(args.chart)
    saved = default_store().remove(sha, args.targets, name)
    print(f"Removed {len(args.targets)} correction(s); {len(saved.corrections)} left for {saved.file or name or sha}.")
    return 0


def _run_corrections_clear(args: argparse.Namespace) -> int:
    sha, name = _chart_key(args.chart)
    n = default_store().clear(sha)
    print(f"Removed {n} correction(s) for {name or sha}.")
    return 0


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="srscheck", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"srscheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    _add_check(sub)
    _add_corrections(sub)
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
    return _handled(args.func, args)


def _handled(func, args: argparse.Namespace) -> int:
    """``func(args)``'s exit status; every error becomes one sentence on stderr."""
    try:
        return int(func(args) or 0)
    except SrsError as e:
        print(f"srscheck: {e}", file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:
        print("srscheck: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        if bounds.in_child():
            raise  # the child's parent turns it into the too-large sentence
        print("srscheck: out of memory while reading the chart.", file=sys.stderr)
        return 3
    except Exception as e:  # a bug: still one clear sentence, details only with SRSCHECK_DEBUG=1
        if bounds.in_child() and bounds.memory_like(e):
            raise MemoryError() from None  # a C library hit the memory bound
        missing = bounds.installation_error(e)  # a module that cannot be loaded: not the chart's size
        if missing is not None and not os.environ.get("SRSCHECK_DEBUG"):
            print(f"srscheck: {missing}", file=sys.stderr)
            return missing.exit_status
        if os.environ.get("SRSCHECK_DEBUG"):
            raise
        print(f"srscheck: internal error ({type(e).__name__}: {e}); "
              "rerun with SRSCHECK_DEBUG=1 for details.", file=sys.stderr)
        return 1


__all__ = ["main", "build_parser", "write_text_atomic", "UsageError"]


if __name__ == "__main__":
    sys.exit(main())
