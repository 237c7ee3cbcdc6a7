"""``srscheck batch``: check many charts, one JSON per chart, and a summary for the audit.

Charts run in worker processes that each load the reading pipeline once. Every chart's outputs are
written atomically as it finishes and recorded in a manifest, so an interrupted run keeps its work
and a second run skips the charts whose bytes, claimed codes and templates have not changed.
The summary (``summary.csv`` and ``summary.json``) is sorted by chart and holds no times, so the
same inputs give the same bytes whatever the number of workers.
"""

from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import io
import json
import multiprocessing
import os
import re
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from . import __version__
from .messages import OutputError, SrsError, UsageError

CHART_SUFFIXES = (".pdf", ".txt")
MANIFEST = "manifest.jsonl"
SUMMARY_CSV = "summary.csv"
SUMMARY_JSON = "summary.json"
_RESERVED = {"summary", "manifest"}
_GLOB_CHARS = re.compile(r"[*?\[]")
_CODE = re.compile(r"^(?:\d{5}|[A-Z]\d{4})$")
_CODE_SPLIT = re.compile(r"[,;\s]+")
_FILE_COLUMNS = ("file", "chart", "filename", "file_name", "path", "pdf", "chart_file", "document")
_CODE_COLUMNS = ("codes", "code", "claimed", "claimed_codes", "cpt", "cpt_codes", "billed_codes")
SUMMARY_FIELDS = ("chart", "status", "claimed_codes", "verdicts", "gaps", "suggested_codes", "pages",
                  "claim_row", "error")

# Exit statuses of ``srscheck batch`` (documented in its --help).
EXIT_OK, EXIT_INTERNAL, EXIT_UNREADABLE, EXIT_INTERRUPTED = 0, 1, 3, 130


# --------------------------------------------------------------------------------------------------
# Inputs: files, folders and globs -> charts with stable keys
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chart:
    path: Path
    key: str  # relative path (POSIX) shown in the summary and used to name the outputs


def _is_chart(path: Path) -> bool:
    return path.suffix.lower() in CHART_SUFFIXES and not path.name.startswith(".")


def _expand(item: str) -> list[tuple[Path, Path]]:
    """(file, base) pairs for one input; a missing plain path is kept so its row says so."""
    path = Path(item)
    if path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file() and _is_chart(p)]
        return [(p, path) for p in files]
    if path.exists() or not _GLOB_CHARS.search(item):
        return [(path, path.parent)]
    out: list[tuple[Path, Path]] = []
    for match in glob.glob(item, recursive=True):
        m = Path(match)
        if m.is_dir():
            out.extend(_expand(match))
        elif _is_chart(m):
            out.append((m, m.parent))
    return out


def collect_charts(inputs: Sequence[str]) -> list[Chart]:
    """Every chart named by ``inputs``, each once, sorted by key.

    A key is the chart's path relative to the folder it was found in (its own folder for a file);
    when two charts would share a key, every key becomes relative to the inputs' common folder.
    """
    seen: dict[Path, tuple[Path, Path]] = {}
    for item in inputs:
        for file, base in _expand(item):
            seen.setdefault(file.resolve(), (file, base))
    if not seen:
        raise UsageError("E050", inputs=", ".join(inputs) or "the command line")
    pairs = [(resolved, file, base.resolve()) for resolved, (file, base) in seen.items()]
    keys = [r.relative_to(b).as_posix() for r, _, b in pairs]
    if len(set(keys)) < len(keys):
        common = Path(os.path.commonpath([str(r.parent) for r, _, _ in pairs]))
        keys = [r.relative_to(common).as_posix() for r, _, _ in pairs]
    charts = [Chart(file, key) for (_, file, _), key in zip(pairs, keys)]
    return sorted(charts, key=lambda c: c.key)


def output_bases(charts: Sequence[Chart]) -> dict[str, str]:
    """Chart key -> output name without extension: ``sub/a.pdf`` -> ``sub/a`` unless that clashes."""
    def stem(key: str) -> str:
        return key.rsplit(".", 1)[0] if "." in key.rsplit("/", 1)[-1] else key

    counts: dict[str, int] = {}
    for c in charts:
        counts[stem(c.key).lower()] = counts.get(stem(c.key).lower(), 0) + 1
    out = {}
    for c in charts:
        s = stem(c.key)
        out[c.key] = c.key if counts[s.lower()] > 1 or s.lower() in _RESERVED else s
    return out


# --------------------------------------------------------------------------------------------------
# Claims: which codes were billed for each chart
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claims:
    """Claimed codes per chart, from a CSV with a file column and a codes column."""

    file: str
    by_path: Mapping[str, tuple[str, ...]]  # normalised relative path as written -> codes
    lines: Mapping[str, int] = field(default_factory=dict)

    def lookup(self, chart: Chart) -> str | None:
        """The claims entry for a chart: by relative path, then by a unique path tail or file name."""
        key = _norm(chart.key)
        if key in self.by_path:
            return key
        tails = [k for k in self.by_path if key.endswith("/" + k) or k.endswith("/" + key)]
        if len(tails) == 1:
            return tails[0]
        name = _norm(chart.path.name)
        names = [k for k in self.by_path if k.rsplit("/", 1)[-1] == name]
        return names[0] if len(names) == 1 else None


def _norm(path: str) -> str:
    p = path.strip().replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p.lower()


def _dialect(text: str) -> str:
    """Comma, or the semicolon / tab of European spreadsheets when the first line uses it first."""
    first = next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")
    if "\t" in first:
        return "\t"
    if ";" in first and ("," not in first or first.index(";") < first.index(",")):
        return ";"
    return ","


def _codes_in(cells: Iterable[str]) -> list[str]:
    return [t.strip().upper() for cell in cells for t in _CODE_SPLIT.split(cell) if t.strip()]


def _header_columns(row: Sequence[str]) -> tuple[int, int] | None:
    names = [c.strip().lower().replace(" ", "_") for c in row]
    fcol = next((i for i, n in enumerate(names) if n in _FILE_COLUMNS), None)
    ccol = next((i for i, n in enumerate(names) if n in _CODE_COLUMNS), None)
    if fcol is None and ccol is None:
        return None
    return (0 if fcol is None else fcol), (1 if ccol is None else ccol)


def _looks_like_header(row: Sequence[str]) -> bool:
    """A first row like ``Chart name,Billed`` (no chart file, words where the codes should be)."""
    first = row[0].strip().lower()
    return not first.endswith(CHART_SUFFIXES) and any(not _CODE.match(c) for c in _codes_in(row[1:]))


def parse_claims(text: str, file: str = "claims.csv") -> Claims:
    """Parse a claims CSV (``file,codes``; codes separated by commas, semicolons or spaces).

    A header row is optional (columns named like ``file``/``chart`` and ``codes``/``cpt``). Blank
    lines and lines starting with ``#`` are ignored. Bad codes or contradicting duplicate rows raise
    a :class:`UsageError` naming the line.
    """
    text = text.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text), delimiter=_dialect(text)))
    header: tuple[int, int, int] | None = None  # file column, codes column, header width
    started = False
    by_path: dict[str, tuple[str, ...]] = {}
    lines: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if not started:
            started = True
            cols = _header_columns(row)
            if cols is None and _looks_like_header(row):
                cols = (0, 1)
            if cols is not None:
                header = (*cols, len(row))
                continue
        fcol, ccol, width = header or (0, 1, 0)
        name = row[fcol].strip() if fcol < len(row) else ""
        if not name:
            raise UsageError("E052", file=file, line=number, what="the file name is empty")
        if header is None:
            code_cells = row[1:]  # unquoted "a.pdf,77372,77432" splits into several cells
        else:
            code_cells = row[ccol:ccol + 1] + (row[width:] if ccol == width - 1 else [])
        codes: list[str] = []
        for c in _codes_in(code_cells):
            if not _CODE.match(c):
                raise UsageError("E052", file=file, line=number,
                                 what=f"{c!r} is not a billing code such as 77372")
            if c not in codes:
                codes.append(c)
        key = _norm(name)
        if key in by_path and by_path[key] != tuple(codes):
            raise UsageError("E052", file=file, line=number,
                             what=f"{name} is listed again (first on line {lines[key]}) with other codes")
        by_path[key] = tuple(codes)
        lines.setdefault(key, number)
    return Claims(file, by_path, lines)


def load_claims(path: str | Path) -> Claims:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise UsageError("E051", file=str(p)) from None
    except IsADirectoryError:
        raise UsageError("E009", file=str(p)) from None
    except OSError as e:
        raise UsageError("E052", file=str(p), line=0, what=e.strerror or str(e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows
    return parse_claims(text, p.name)


# --------------------------------------------------------------------------------------------------
# Fingerprints and the manifest
# --------------------------------------------------------------------------------------------------


def file_sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def templates_fingerprint() -> str:
    """A hash of the effective checklist templates (bundled and user copies)."""
    h = hashlib.sha256()
    for name, data in _template_files():
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def _template_files() -> list[tuple[str, bytes]]:
    """(label, bytes) of every template file the checks may use (bundled, user, last valid), sorted."""
    from checklists import templates as tmod

    out: list[tuple[str, bytes]] = []
    for label, base in (("bundled", tmod.bundled_dir()), ("user", tmod.default_user_dir())):
        try:
            if not base.is_dir():
                continue
            for p in sorted(base.rglob("*")):
                if p.is_file() and p.suffix.lower() in (".yaml", ".yml", ".json"):
                    out.append((f"{label}/{p.relative_to(base).as_posix()}", p.read_bytes()))
        except OSError:
            continue
    return out


def job_digest(file_hash: str | None, codes: Sequence[str], templates: str) -> str | None:
    if file_hash is None:
        return None
    text = "\0".join([file_hash, ",".join(codes), templates, __version__])
    return hashlib.sha256(text.encode()).hexdigest()


class Manifest:
    """Append-only record of finished charts (one JSON line each; the last line for a chart wins)."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / MANIFEST
        self.entries: dict[str, dict[str, Any]] = {}
        self._load()
        self._fh: io.TextIOWrapper | None = None

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return
        for line in text.splitlines():
            try:
                entry = json.loads(line)
                self.entries[str(entry["chart"])] = entry
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a crash: that chart is simply checked again

    def fresh(self, key: str, digest: str | None, outputs: Iterable[Path]) -> dict[str, Any] | None:
        """The recorded summary row when the chart is unchanged and its outputs are still there."""
        entry = self.entries.get(key)
        if not entry or digest is None or entry.get("digest") != digest:
            return None
        if not all(p.is_file() for p in outputs):
            return None
        row = entry.get("row")
        return row if isinstance(row, dict) else None

    def record(self, key: str, digest: str | None, row: dict[str, Any]) -> None:
        if digest is None or row.get("status") != "checked":
            self.entries.pop(key, None)
            return
        entry = {"chart": key, "digest": digest, "row": row}
        self.entries[key] = entry
        if self._fh is None:
            self._fh = open(self.path, "a", encoding="utf-8")
        self._fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        """Compact the manifest to one line per chart (atomically)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        lines = [json.dumps(self.entries[k], ensure_ascii=False) for k in sorted(self.entries)]
        _write_atomic(self.path, "".join(ln + "\n" for ln in lines))


# --------------------------------------------------------------------------------------------------
# One chart (runs in a worker process)
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    chart: Chart
    codes: tuple[str, ...]
    claim_row: bool
    json_path: Path
    report_path: Path | None
    digest: str | None

    @property
    def outputs(self) -> tuple[Path, ...]:
        return (self.json_path,) + ((self.report_path,) if self.report_path else ())


def _write_atomic(path: Path, text: str) -> None:
    from .fileio import write_text_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)


def _write_report_atomic(result: Any, path: Path) -> None:
    from .report import write_report

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.pdf")
    try:
        write_report(result, tmp)
        os.replace(tmp, path)
    except OSError as e:
        raise OutputError("E030", path=str(path), detail=e.strerror or str(e)) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def base_row(job: Job) -> dict[str, Any]:
    return {"chart": job.chart.key, "status": "not_checked", "claimed_codes": list(job.codes),
            "verdicts": {}, "gaps": None, "suggested_codes": [], "pages": None,
            "claim_row": job.claim_row, "error": None}


def error_row(job: Job, message: str, status: str = "error") -> dict[str, Any]:
    row = base_row(job)
    row.update(status=status, error=message)
    return row


def check_chart(job: Job) -> dict[str, Any]:
    """Check one chart, write its outputs atomically and return its summary row (never raises
    for a bad chart: the row carries the error sentence)."""
    from .api import analyze

    try:
        result = analyze(job.chart.path, job.codes)
        job.json_path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(job.json_path, result.to_json())
        if job.report_path is not None:
            _write_report_atomic(result, job.report_path)
    except SrsError as e:
        _remove_stale(job.outputs)
        return error_row(job, str(e))
    except MemoryError:
        _remove_stale(job.outputs)
        return error_row(job, str(SrsError("E054", file=job.chart.key)), "failed")
    except Exception as e:  # a bug in srscheck: the batch goes on, the row says so
        _remove_stale(job.outputs)
        detail = f"{type(e).__name__}: {e}".strip()[:300]
        return error_row(job, str(SrsError("E053", file=job.chart.key, detail=detail)), "failed")
    row = base_row(job)
    row.update(
        status="checked",
        verdicts={c.code: c.verdict for c in result.codes},
        gaps=sum(len(c.gaps) for c in result.codes),
        suggested_codes=list(result.suggested_codes),
        pages=len(result.reading.document.pages),
    )
    return row


def _remove_stale(paths: Iterable[Path]) -> None:
    for p in paths:
        try:
            p.unlink()
        except OSError:
            pass


def init_worker() -> None:
    """Worker initializer: Ctrl+C is the parent's business; load the pipeline and templates once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .cli import _quiet_third_party

    _quiet_third_party()
    from nlp import read_text

    from .api import check_reading

    check_reading(read_text("Stereotactic radiosurgery summary.\n"), ())  # pipeline, templates, rules


# --------------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------------


@dataclass
class BatchOutcome:
    rows: list[dict[str, Any]]
    skipped: int = 0
    interrupted: bool = False
    unclaimed: list[str] = field(default_factory=list)  # charts with no row in the claims file
    unmatched_claims: list[str] = field(default_factory=list)  # claims rows that match no chart

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r["status"] == status)

    @property
    def exit_status(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.count("failed"):
            return EXIT_INTERNAL
        if self.count("error"):
            return EXIT_UNREADABLE
        return EXIT_OK


def plan_jobs(charts: Sequence[Chart], out_dir: Path, *, claims: Claims | None,
              default_codes: tuple[str, ...], reports: bool) -> tuple[list[Job], list[str]]:
    """One job per chart, plus the claims rows that matched no chart."""
    templates = templates_fingerprint()
    bases = output_bases(charts)
    used: set[str] = set()
    jobs = []
    for chart in charts:
        entry = claims.lookup(chart) if claims else None
        codes = claims.by_path[entry] if claims and entry is not None else default_codes
        if entry is not None:
            used.add(entry)
        base = out_dir / bases[chart.key]
        jobs.append(Job(chart=chart, codes=codes, claim_row=entry is not None,
                        json_path=base.with_name(base.name + ".json"),
                        report_path=base.with_name(base.name + ".report.pdf") if reports else None,
                        digest=job_digest(file_sha256(chart.path), codes, templates)))
    unmatched = sorted(k for k in (claims.by_path if claims else {}) if k not in used)
    return jobs, unmatched


def run_batch(inputs: Sequence[str], out_dir: str | Path, *, claims_file: str | Path | None = None,
              codes: Sequence[str] = (), workers: int = 1, reports: bool = False,
              progress: "ProgressLike | None" = None) -> BatchOutcome:
    """Check every chart named by ``inputs``; write outputs to ``out_dir``; return the summary."""
    charts = collect_charts(inputs)
    claims = load_claims(claims_file) if claims_file else None
    out = _prepare_out_dir(Path(out_dir))
    jobs, unmatched = plan_jobs(charts, out, claims=claims, default_codes=tuple(codes), reports=reports)
    manifest = Manifest(out)
    rows: dict[str, dict[str, Any]] = {}
    todo: list[Job] = []
    for job in jobs:
        row = manifest.fresh(job.chart.key, job.digest, job.outputs)
        if row is not None:
            rows[job.chart.key] = {**row, "claim_row": job.claim_row}
        else:
            todo.append(job)
    outcome = BatchOutcome(rows=[], skipped=len(rows), unmatched_claims=unmatched,
                           unclaimed=[j.chart.key for j in jobs if claims and not j.claim_row])
    bar = progress or NullProgress()
    bar.start(len(jobs), already=len(rows))

    def finished(job: Job, row: dict[str, Any]) -> None:
        rows[job.chart.key] = row
        manifest.record(job.chart.key, job.digest, row)
        bar.advance(row)

    try:
        if todo:
            runner = _run_serial if max(1, min(workers, len(todo))) == 1 else _run_pool
            outcome.interrupted = runner(todo, finished, workers)
    finally:
        bar.stop()
        manifest.close()
        outcome.rows = [rows.get(j.chart.key) or error_row(j, "not checked: the run was interrupted",
                                                            "not_checked") for j in jobs]
        write_summary(out, outcome)
    return outcome


def _prepare_out_dir(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError("E055", path=str(out), detail="it is a file") from None
    except OSError as e:
        raise OutputError("E055", path=str(out), detail=e.strerror or str(e)) from None
    if not os.access(out, os.W_OK):
        raise OutputError("E055", path=str(out), detail="it is not writable")
    return out


Finished = Callable[[Job, dict[str, Any]], None]


def _run_serial(todo: Sequence[Job], finished: Finished, workers: int) -> bool:
    from .cli import _quiet_third_party

    _quiet_third_party()
    try:
        for job in todo:
            finished(job, check_chart(job))
    except KeyboardInterrupt:
        return True
    return False


def _pool(workers: int) -> ProcessPoolExecutor:
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                               initializer=init_worker)


def _run_pool(todo: Sequence[Job], finished: Finished, workers: int) -> bool:
    """Run the jobs on ``workers`` processes; a crashed worker costs only the charts it had."""
    attempts: dict[str, int] = {}
    pending = list(todo)
    while pending:
        pool = _pool(min(workers, len(pending)))
        futures: dict[Future, Job] = {pool.submit(check_chart, job): job for job in pending}
        pending = []
        try:
            broken = _collect(futures, finished)
        except KeyboardInterrupt:
            _stop_pool(pool, futures, finished)
            return True
        pool.shutdown(wait=True, cancel_futures=True)
        for job in broken:
            attempts[job.chart.key] = attempts.get(job.chart.key, 0) + 1
            if attempts[job.chart.key] >= 2:
                finished(job, error_row(job, str(SrsError("E054", file=job.chart.key)), "failed"))
            else:
                pending.append(job)
    return False


def _collect(futures: dict[Future, Job], finished: Finished) -> list[Job]:
    """Record results as they come; return the jobs lost to a broken pool."""
    waiting = set(futures)
    broken: list[Job] = []
    while waiting:
        done, waiting = wait(waiting, return_when=FIRST_COMPLETED)
        for fut in sorted(done, key=lambda f: futures[f].chart.key):
            try:
                finished(futures[fut], fut.result())
            except BrokenProcessPool:
                broken.append(futures[fut])
    return broken


def _stop_pool(pool: ProcessPoolExecutor, futures: dict[Future, Job], finished: Finished) -> None:
    """After Ctrl+C: drop the queued charts, keep the ones that finish now; a second Ctrl+C abandons them."""
    pool.shutdown(wait=False, cancel_futures=True)
    running = [f for f in futures if not f.done() and not f.cancelled()]
    try:
        for fut in running:
            try:
                finished(futures[fut], fut.result())
            except (BrokenProcessPool, Exception):
                continue
    except KeyboardInterrupt:
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.terminate()


# --------------------------------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------------------------------


def _csv_row(row: Mapping[str, Any]) -> dict[str, str]:
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, list):
            return ";".join(map(str, value))
        if isinstance(value, dict):
            return ";".join(f"{k}={v}" for k, v in value.items())
        return str(value)

    return {k: cell(row.get(k)) for k in SUMMARY_FIELDS}


def summary_json(outcome: BatchOutcome) -> str:
    doc: dict[str, Any] = {
        "srscheck_version": __version__,
        "charts": len(outcome.rows),
        "checked": outcome.count("checked"),
        "unreadable": outcome.count("error"),
        "failed": outcome.count("failed"),
        "no_claim_row": list(outcome.unclaimed),
        "claims_without_chart": list(outcome.unmatched_claims),
        "rows": outcome.rows,
    }
    if outcome.interrupted:
        doc["interrupted"] = True
        doc["not_checked"] = outcome.count("not_checked")
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def summary_csv(outcome: BatchOutcome) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=SUMMARY_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in outcome.rows:
        writer.writerow(_csv_row(row))
    return buf.getvalue()


def write_summary(out: Path, outcome: BatchOutcome) -> None:
    _write_atomic(out / SUMMARY_CSV, summary_csv(outcome))
    _write_atomic(out / SUMMARY_JSON, summary_json(outcome))


# --------------------------------------------------------------------------------------------------
# Progress
# --------------------------------------------------------------------------------------------------


class ProgressLike:
    def start(self, total: int, already: int = 0) -> None: ...
    def advance(self, row: Mapping[str, Any]) -> None: ...
    def stop(self) -> None: ...


class NullProgress(ProgressLike):
    pass


def _row_note(row: Mapping[str, Any]) -> str:
    if row["status"] != "checked":
        return str(row.get("error") or row["status"])
    verdicts = ", ".join(f"{c} {v}" for c, v in row["verdicts"].items()) or "no codes claimed"
    return f"{verdicts}; {row['gaps']} gap(s)"


class LineProgress(ProgressLike):
    """Plain lines on a stream (when standard error is not a terminal)."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.total = self.done = self.new = 0
        self.t0 = time.monotonic()

    def start(self, total: int, already: int = 0) -> None:
        self.total, self.done, self.t0 = total, already, time.monotonic()
        if already:
            print(f"{already} of {total} chart(s) unchanged since the last run; skipping them.",
                  file=self.stream, flush=True)

    def advance(self, row: Mapping[str, Any]) -> None:
        self.done += 1
        self.new += 1
        elapsed = time.monotonic() - self.t0
        left = elapsed / self.new * (self.total - self.done)
        print(f"[{self.done}/{self.total}] {row['chart']}: {_row_note(row)} "
              f"(about {_clock(left)} left)", file=self.stream, flush=True)


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


class RichProgress(ProgressLike):
    """A progress bar with counts and time left (rich) for terminals."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(TextColumn("[bold]checking"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[errors]} unreadable"), TimeElapsedColumn(),
                                 TextColumn("left"), TimeRemainingColumn(),
                                 console=Console(stderr=True), transient=False)
        self.task: Any = None
        self.errors = 0

    def start(self, total: int, already: int = 0) -> None:
        self.progress.start()
        self.task = self.progress.add_task("batch", total=total, completed=already, errors=0)

    def advance(self, row: Mapping[str, Any]) -> None:
        if row["status"] != "checked":
            self.errors += 1
            self.progress.console.print(f"{row['chart']}: {row['error']}", markup=False, highlight=False)
        self.progress.update(self.task, advance=1, errors=self.errors)

    def stop(self) -> None:
        self.progress.stop()


def make_progress(enabled: bool = True) -> ProgressLike:
    if not enabled:
        return NullProgress()
    return RichProgress() if sys.stderr.isatty() else LineProgress()


# --------------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------------

_EPILOG = """\
Outputs in DIR: one JSON per chart (the same contract as 'srscheck check --json'), a PDF report per
chart with --reports, summary.csv and summary.json (one row per chart: claimed codes, verdict per
code, gap count, suggested codes, error), and manifest.jsonl, which lets a second run skip the charts
whose file, claimed codes, templates and srscheck version are unchanged.

Claims file: a CSV with the chart's file name (or its path relative to the input folder) and its
claimed codes, e.g. 'dev_01.pdf,"77372,77432"' or 'dev_01.pdf;77372 77432'; a header row such as
'file,codes' is optional. Charts without a row are checked against --codes (or no codes) and listed.

Exit status: 0 every chart was checked (gaps and contradictions do not count as failures);
3 some charts could not be read (their rows in the summary say why; the others were checked);
1 srscheck failed on some charts (an internal error, also in the summary); 2 usage error;
4 the output folder cannot be written; 130 interrupted with Ctrl+C (finished charts are kept and
the next run goes on from there).
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
                       description="Check many charts (PDF or .txt) and write one JSON per chart "
                                   "plus a summary.",
                       epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="chart files, folders (searched recursively for *.pdf and *.txt) or glob patterns")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
    p.add_argument("--claims", metavar="CLAIMS.csv", help="CSV mapping each chart file to its claimed codes")
    p.add_argument("--codes", default=None,
                   help="claimed codes for charts without a claims row, comma-separated")
    p.add_argument("--workers", type=_workers, default=default_workers(), metavar="N",
                   help=f"worker processes (default: {default_workers()} on this machine)")
    p.add_argument("--reports", action="store_true", help="also write a PDF gap report per chart")
    p.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines")
    p.set_defaults(func=_run_batch_cli)


def _run_batch_cli(args: argparse.Namespace) -> int:
    from .api import parse_codes

    outcome = run_batch(args.inputs, args.out, claims_file=args.claims, codes=parse_codes(args.codes),
                        workers=args.workers, reports=args.reports,
                        progress=make_progress(not args.no_progress))
    for line in closing_lines(outcome, Path(args.out), args.claims):
        print(line, file=sys.stderr if line.startswith("srscheck:") else sys.stdout)
    return outcome.exit_status


def closing_lines(outcome: BatchOutcome, out: Path, claims_file: str | None) -> Iterator[str]:
    total = len(outcome.rows)
    checked = outcome.count("checked")
    text = f"Checked {checked} of {total} chart(s)"
    if outcome.skipped:
        text += f" ({outcome.skipped} unchanged since the last run)"
    yield text + f"; summary in {out / SUMMARY_CSV}."
    for status, what in (("error", "could not be read"), ("failed", "failed with an internal error")):
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


__all__ = ["register", "run_batch", "collect_charts", "parse_claims", "load_claims", "BatchOutcome",
           "check_chart", "init_worker", "Job", "Chart", "Claims"]
