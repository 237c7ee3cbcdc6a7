"""Work off the GUI thread: reading a chart, re-checking it, printing.

Every job gets a request id. When the coder opens another chart (or re-checks) while a job is still
running, the old job's answer arrives with a stale id and is dropped, so the window only ever shows
the newest request. Jobs run one at a time, on a pool of one thread. The chart jobs do no reading
themselves: they hand the chart to the bounded analysis worker (:class:`srscheck.desktop.engine.Engine`)
and wait for its :class:`srscheck.api.Result`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from srscheck.core.messages import Cancelled, SrsError
from srscheck.core.model import Reading

from .engine import Engine

log = logging.getLogger(__name__)


class _JobSignals(QObject):
    finished = Signal(int, object)  # request id, return value
    failed = Signal(int, str)  # request id, one sentence for the user
    cancelled = Signal(int, str)  # request id, one sentence (the coder stopped it)


class _Job(QRunnable):
    def __init__(self, request_id: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps a reference until the answer is delivered
        self.request_id = request_id
        self.signals = _JobSignals()
        self._fn = fn
        self._args = args

    def run(self) -> None:
        try:
            value = self._fn(*self._args)
        except Cancelled as e:
            self.signals.cancelled.emit(self.request_id, str(e))
        except SrsError as e:
            self.signals.failed.emit(self.request_id, str(e))
        except MemoryError:
            self.signals.failed.emit(self.request_id, "Out of memory while reading the chart.")
        except Exception as e:  # noqa: BLE001 — a bug in a job must not take the window down
            log.error("job failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(self.request_id, f"Internal error ({type(e).__name__}: {e}).")
        else:
            self.signals.finished.emit(self.request_id, value)


class JobRunner(QObject):
    """Runs callables in a worker thread and delivers only the newest request's answer.

    ``finished(kind, value)`` and ``failed(kind, message)`` carry the ``kind`` given to :meth:`submit`
    (e.g. ``"open"``, ``"check"``). ``busy_changed`` tells whether a current request is under way.
    """

    finished = Signal(str, object)
    failed = Signal(str, str)
    cancelled = Signal(str, str)  # kind, one sentence: the request was stopped by the coder
    busy_changed = Signal(bool)
    job_done = Signal(str)  # kind of any job that ended, stale or not

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = count(1)
        self._current: int | None = None
        self._kinds: dict[int, str] = {}
        self._jobs: dict[int, _Job] = {}
        self._side: set[int] = set()  # jobs that never make others stale (printing)

    @property
    def busy(self) -> bool:
        return self._current is not None

    def pending(self, kind: str) -> bool:
        """Whether a job of ``kind`` is queued or running, even a stale one."""
        return kind in self._kinds.values()

    def submit(self, kind: str, fn: Callable[..., Any], *args: Any) -> int:
        """Start ``fn(*args)`` in the worker; any earlier request becomes stale."""
        self._drop_queued()
        request_id, job = self._register(kind, fn, args)
        was_busy = self.busy
        self._current = request_id
        self._pool.start(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return request_id

    def side(self, kind: str, fn: Callable[..., Any], *args: Any) -> int:
        """Run ``fn(*args)`` in the worker (after the jobs before it) without making any request stale;
        its answer comes as ``finished(kind, value)`` or ``failed(kind, message)`` all the same."""
        request_id, job = self._register(kind, fn, args)
        self._side.add(request_id)
        self._pool.start(job)
        return request_id

    def _register(self, kind: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[int, _Job]:
        """A new job with its answer wired up and recorded (not started yet)."""
        request_id = next(self._ids)
        job = _Job(request_id, fn, args)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self._jobs[request_id] = job
        self._kinds[request_id] = kind
        return request_id, job

    def background(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn`` in the worker with nobody waiting for it (warming up the reader)."""
        request_id = next(self._ids)
        job = _Job(request_id, fn, args)
        job.signals.finished.connect(self._forget)
        job.signals.failed.connect(self._forget)
        job.signals.cancelled.connect(self._forget)
        self._jobs[request_id] = job
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _drop_queued(self) -> None:
        """Jobs not started yet will never be wanted: take them off the queue."""
        for request_id, job in list(self._jobs.items()):
            if request_id in self._kinds and request_id not in self._side and self._pool.tryTake(job):
                self._forget(request_id)

    def _forget(self, request_id: int, *_: object) -> None:
        self._jobs.pop(request_id, None)
        self._kinds.pop(request_id, None)

    def _settle(self, request_id: int) -> str | None:
        """The request's kind if it is the current one, else None (a stale answer)."""
        kind = self._kinds.get(request_id)
        self._forget(request_id)
        if kind is not None:
            self.job_done.emit(kind)
        if request_id in self._side:
            self._side.discard(request_id)
            return kind
        if request_id != self._current:
            return None
        self._current = None
        self.busy_changed.emit(False)
        return kind

    def _on_finished(self, request_id: int, value: object) -> None:
        kind = self._settle(request_id)
        if kind is not None:
            self.finished.emit(kind, value)

    def _on_failed(self, request_id: int, message: str) -> None:
        kind = self._settle(request_id)
        if kind is not None:
            self.failed.emit(kind, message)

    def _on_cancelled(self, request_id: int, message: str) -> None:
        kind = self._settle(request_id)
        if kind is not None:
            self.cancelled.emit(kind, message)


# --------------------------------------------------------------------------------------------------
# The jobs themselves: plain functions over the analysis worker (no widgets), run by JobRunner
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenedChart:
    """A chart read and checked: the result (the coder's saved corrections applied), where its claimed
    codes came from, and the reader's own reading (what corrections are made on)."""

    path: Path
    result: Any  # srscheck.api.Result
    codes_origin: str  # "saved" (the coder's earlier codes for this file) | "suggested"
    reading: Reading | None = None
    template_codes: tuple[str, ...] = ()  # the codes that have a checklist template


def open_chart(engine: Engine, path: Path | Sequence[Path],
               saved_codes: Callable[[str], tuple[str, ...] | None]) -> OpenedChart:
    """Read ``path`` (or several files as one course) in the worker and check it against the coder's
    saved codes for this chart, else the suggested ones (the worker checks those at once)."""
    paths = [Path(p) for p in path] if isinstance(path, (list, tuple)) else [Path(path)]
    preload()  # while the worker reads (the answer is unpickled with these modules)
    opened = engine.open(paths)
    reading = opened.reading
    saved = saved_codes(reading.document.sha256)
    if saved is None:
        return OpenedChart(paths[0], opened.suggested, "suggested", reading, opened.template_codes)
    result = engine.check(reading, saved) if saved else opened.first
    return OpenedChart(paths[0], result, "saved", reading, opened.template_codes)


def recheck(engine: Engine, reading: Reading, codes: Sequence[Any],
            overrides: Mapping[str, Any] | None = None) -> Any:
    """The checks again, for new codes or changed templates (the reader's reading is kept; the coder's
    saved corrections are applied to it)."""
    return engine.check(reading, codes, overrides)


def correct(engine: Engine, reading: Reading, corrections: Sequence[Any], coder: str | None,
            codes: Sequence[Any]) -> Any:
    """Save the coder's corrections for this chart (with name and time), then check with them."""
    return engine.correct(reading, corrections, coder, codes)


def uncorrect(engine: Engine, reading: Reading, targets: Sequence[str], codes: Sequence[Any]) -> Any:
    """Remove saved corrections of this chart by target, then check without them."""
    return engine.uncorrect(reading, targets, codes)


def preload() -> None:
    """Import what the worker's answers are made of, while the worker loads (no spaCy here)."""
    import srscheck.api  # noqa: F401  # deferred: imported while the worker loads, not at the app's start


def print_report(result: Any, coder: str | None, printer: Any) -> int:
    """Render the gap report and print it (see :func:`srscheck.desktop.printing.print_report_pdf`)."""
    from srscheck.report import render_report  # deferred: reportlab only when a report is printed

    from .printing import print_report_pdf  # deferred: QtPrintSupport only when printing

    return print_report_pdf(render_report(result, coder=coder), printer)
