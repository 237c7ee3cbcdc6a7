"""One chart's check in a worker process: outputs written atomically, a summary row returned."""

from __future__ import annotations

import json
import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from srscheck import bounds
from srscheck.api import analyze, check_reading
from srscheck.core import limits as core_limits
from srscheck.core.fileio import write_text_atomic
from srscheck.core.limits import Limits
from srscheck.core.messages import OutputError, SrsError
from srscheck.nlp import read_text
from srscheck.runtime import quiet_third_party

from .chartdoc import summary_fields
from .inputs import Chart


@dataclass(frozen=True)
class Job:
    chart: Chart
    codes: tuple[str, ...]
    claim_row: bool
    json_path: Path
    report_path: Path | None
    digest: str | None
    corrections: bool = True  # apply the corrections saved for the chart

    @property
    def outputs(self) -> tuple[Path, ...]:
        return (self.json_path,) + ((self.report_path,) if self.report_path else ())


def write_atomic(path: Path, text: str) -> None:
    """Write text atomically, making the folder first (charts in sub-folders keep their layout)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)


def _write_report_atomic(result: Any, path: Path) -> None:
    from srscheck.report import write_report  # deferred: reportlab only with --reports

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
            "claim_row": job.claim_row, "error": None, "physician": None, "first_treatment_date": None,
            "last_treatment_date": None, "review_flags": None,
            "documents": [d.key for d in job.chart.documents]}


def error_row(job: Job, message: str, status: str = "error") -> dict[str, Any]:
    row = base_row(job)
    row.update(status=status, error=message)
    return row


def check_chart(job: Job) -> dict[str, Any]:
    """Check one chart, write its outputs atomically and return its summary row (never raises
    for a bad chart: the row carries the error sentence)."""
    try:
        result = analyze([d.path for d in job.chart.documents] or job.chart.path, job.codes, saved=job.corrections)
        job.json_path.parent.mkdir(parents=True, exist_ok=True)
        text = result.to_json()
        write_atomic(job.json_path, text)
        if job.report_path is not None:
            _write_report_atomic(result, job.report_path)
    except SrsError as e:
        _remove_stale(job.outputs)
        return error_row(job, str(e), status_of(e))
    except MemoryError:
        _remove_stale(job.outputs)
        return error_row(job, str(bounds.too_large_memory(job.chart.key, core_limits.current().memory_mb)),
                         "too_large")
    except Exception as e:  # a bug in srscheck: the batch goes on, the row says so
        _remove_stale(job.outputs)
        if bounds.in_child() and bounds.memory_like(e):  # a C library hit the memory bound
            return error_row(job, str(bounds.too_large_memory(job.chart.key, core_limits.current().memory_mb)),
                             "too_large")
        missing = bounds.installation_error(e)  # a module that cannot be loaded: not the chart's size
        if missing is not None:
            return error_row(job, str(missing), status_of(missing))
        detail = f"{type(e).__name__}: {e}".strip()[:300]
        return error_row(job, str(SrsError("E053", file=job.chart.key, detail=detail)), "failed")
    row = base_row(job)
    row.update(
        corrections=sum(1 for a in result.corrections if a.applied),
        status="checked",
        verdicts={c.code: c.verdict for c in result.codes},
        gaps=sum(len(c.gaps) for c in result.codes),
        suggested_codes=list(result.suggested_codes),
        pages=len(result.reading.document.pages),
    )
    row.update(summary_fields(json.loads(text)))  # physician, treatment dates, review flags: as in the JSON
    return row


def status_of(error: SrsError) -> str:
    """A chart's summary status for an error: too_large, timed_out, not_written (disk full...), error."""
    if isinstance(error, OutputError):
        return "not_written"
    return str(getattr(error, "status", "error"))


def check_chart_bounded(job: Job) -> dict[str, Any]:
    """:func:`check_chart` under the wall-time bound of the worker (a TimedOut row when it passes)."""
    _fault_injection(job)
    seconds = core_limits.current().seconds
    try:
        with bounds.hard_deadline(seconds + 30 if seconds else 0), bounds.wall_clock(seconds, job.chart.key):
            return check_chart(job)
    except SrsError as e:
        _remove_stale(job.outputs)
        return error_row(job, str(e), status_of(e))


FAULT_ENV = "SRSCHECK_FAULT_DIE_ON"  # tests only: comma-separated chart keys whose process is killed


def _fault_injection(job: Job) -> None:
    """For the hostile tests: the process reading one of these charts dies as an OOM kill would."""
    keys = os.environ.get(FAULT_ENV)
    if keys and job.chart.key in keys.split(","):
        os.kill(os.getpid(), signal.SIGKILL)


def _remove_stale(paths: Iterable[Path]) -> None:
    for p in paths:
        try:
            p.unlink()
        except OSError:
            pass


def warm_up() -> None:
    """Load the pipeline, the templates and the rules (a no-op when already loaded)."""
    check_reading(read_text("Stereotactic radiosurgery summary.\n"), ())


def init_worker(limits: Limits | None = None, fault: str | None = None, batch_pid: int | None = None) -> None:
    """Worker initializer: Ctrl+C is the parent's business; load the pipeline and templates once
    (already loaded when the worker was forked from the preloaded fork server); the per-chart bounds;
    the worker ends with its batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if batch_pid:
        bounds.watch_process(batch_pid)  # the worker ends with the batch, even after kill -9
    if fault:
        os.environ[FAULT_ENV] = fault
    else:
        os.environ.pop(FAULT_ENV, None)
    bounds.enter_child(limits or core_limits.current())  # memory bound, dies with the batch
    quiet_third_party()
    warm_up()
