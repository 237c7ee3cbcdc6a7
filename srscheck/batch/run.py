"""The run: plan the jobs, run them serially or in a worker pool, keep the finished ones on Ctrl+C."""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Callable, Sequence

from srscheck import bounds
from srscheck.core import limits as core_limits
from srscheck.core.limits import Limits
from srscheck.core.messages import OutputError, SrsError, UsageError
from srscheck.runtime import quiet_third_party

from .claims import Claims, load_claims
from .courses import group_courses
from .fingerprint import chart_sha256, corrections_fingerprint, job_digest, reading_sha256, templates_fingerprint
from .inputs import Chart, collect_charts, output_bases
from .jobs import FAULT_ENV, Job, check_chart_bounded, error_row, init_worker, status_of, warm_up
from .manifest import Manifest
from .outdir import OutLock, refuse_outputs_over_inputs, remove_temporary
from .progress import NullProgress, ProgressLike
from .summary import BatchOutcome, write_summary


def plan_jobs(charts: Sequence[Chart], out_dir: Path, *, claims: Claims | None,
              default_codes: tuple[str, ...], reports: bool,
              corrections: bool = True) -> tuple[list[Job], list[str]]:
    """One job per chart, plus the claims rows that matched no chart."""
    templates = templates_fingerprint()
    bases = output_bases(charts)
    used: set[str] = set()
    jobs = []
    for chart in charts:
        entries = [e for e in (claims.lookup(part) for part in chart.parts) if e is not None] if claims else []
        # a course claims the codes of all its rows
        codes = tuple(dict.fromkeys(c for e in entries for c in claims.by_path[e])) if claims and entries \
            else default_codes
        used.update(entries)
        base = out_dir / bases[chart.key]
        saved = corrections_fingerprint(reading_sha256(chart)) if corrections else ""
        jobs.append(Job(chart=chart, codes=codes, claim_row=bool(entries),
                        json_path=base.with_name(base.name + ".json"),
                        report_path=base.with_name(base.name + ".report.pdf") if reports else None,
                        digest=job_digest(chart_sha256(chart), codes, templates, saved),
                        corrections=corrections))
    unmatched = sorted(k for k in (claims.by_path if claims else {}) if k not in used)
    return jobs, unmatched


def run_batch(inputs: Sequence[str], out_dir: str | Path, *, claims_file: str | Path | None = None,
              codes: Sequence[str] = (), workers: int = 1, reports: bool = False,
              progress: "ProgressLike | None" = None, courses: bool = False,
              corrections: bool = True, limits: Limits | None = None) -> BatchOutcome:
    """Check every chart named by ``inputs``; write outputs to ``out_dir``; return the summary.

    ``courses``: every folder directly inside an input folder is one course (see :mod:`.courses`);
    a ``course`` column in the claims file groups its rows' files into courses either way.
    ``corrections``: apply the corrections saved for each chart (``srscheck corrections``).
    Only one batch at a time writes to ``out_dir`` (a lock; a second one is refused with E058).
    Each chart runs under ``limits`` (default: the environment's); on every way out (an error,
    Ctrl+C, SIGTERM) the summary is written, workers are stopped and temporary files removed.
    """
    limits = limits or core_limits.current()
    claims = load_claims(claims_file) if claims_file else None
    charts = group_courses(collect_charts(inputs, exclude_outputs_in=Path(out_dir)), claims=claims,
                           by_folder=courses)
    out = _prepare_out_dir(Path(out_dir))
    with OutLock(out), _sigterm_interrupts():
        remove_temporary(out)  # left by a run that was killed
        try:
            return _run_locked(charts, claims, out, codes, workers, reports, progress, limits,
                               corrections)
        finally:
            remove_temporary(out)


def _run_locked(charts: list[Chart], claims: Claims | None, out: Path, codes: Sequence[str], workers: int,
                reports: bool, progress: "ProgressLike | None", limits: Limits,
                corrections: bool) -> BatchOutcome:
    jobs, unmatched = plan_jobs(charts, out, claims=claims, default_codes=tuple(codes), reports=reports,
                                corrections=corrections)
    refuse_outputs_over_inputs(jobs)
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
            size = pool_size(workers, len(todo))
            # one chart: read in a child forked from this process; more: a pool (of one worker or more)
            # whose bounded workers read chart after chart, a dead worker costing only its own chart
            runner = _run_serial if len(todo) == 1 else _run_pool
            outcome.interrupted = runner(todo, finished, size, limits)
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


class Terminated(KeyboardInterrupt):
    """SIGTERM during a batch: handled like Ctrl+C (summary written, workers stopped), but at once."""


class _sigterm_interrupts:  # noqa: N801 - a context manager
    """While a batch runs in the main thread, SIGTERM raises :class:`Terminated`."""

    def __enter__(self) -> None:
        self.old = None
        try:
            self.old = signal.signal(signal.SIGTERM, self._raise)
        except ValueError:  # not the main thread
            pass

    @staticmethod
    def _raise(*_: Any) -> None:
        raise Terminated()

    def __exit__(self, *exc: Any) -> None:
        if self.old is not None:
            signal.signal(signal.SIGTERM, self.old)


def _run_serial(todo: Sequence[Job], finished: Finished, workers: int, limits: Limits) -> bool:
    """A lone chart in a child process (forked from this one, which loads the reading pipeline first so
    that the child starts warm) under the bounds."""
    quiet_third_party()
    try:
        warm_up()
        for job in todo:
            finished(job, _isolated(job, limits))
    except KeyboardInterrupt:
        return True
    return False


# Charts a worker needs to pay for its start: forked from the preloaded fork server, a worker starts in
# milliseconds with the reader loaded; a spawned one (Windows) first loads it (from the start-up cache).
CHARTS_PER_WORKER = {"forkserver": 1, "spawn": 8}


def _start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def pool_size(workers: int, charts: int) -> int:
    """Workers for ``charts`` charts: at most ``workers``, and no more than the charts keep busy."""
    return max(1, min(workers, charts // CHARTS_PER_WORKER[_start_method()]))


def _pool(workers: int, limits: Limits) -> ProcessPoolExecutor:
    method = _start_method()
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":  # the server loads the pipeline once, before it forks the workers
        ctx.set_forkserver_preload(["srscheck.batch.preload"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                               initargs=(limits, os.environ.get(FAULT_ENV), os.getpid()))


def _isolated(job: Job, limits: Limits) -> dict[str, Any]:
    """One chart in a child process of its own: its death or its time costs only its own row."""
    if not (limits.memory_mb or limits.seconds) or os.environ.get("SRSCHECK_ISOLATE", "1") == "0":
        core_limits.use(limits)
        return check_chart_bounded(job)
    try:
        return bounds.run_isolated(check_chart_bounded, (job,), limits, job.chart.key)
    except SrsError as e:  # too large (the child died) or timed out (stopped from here)
        return error_row(job, str(e), status_of(e))


def _run_pool(todo: Sequence[Job], finished: Finished, workers: int, limits: Limits) -> bool:
    """Run the jobs on ``workers`` processes, at most one chart per worker in flight.

    When a worker dies (memory, a crash, a kill), only the charts in flight can be the cause: each
    is run again alone in a child process of its own (which gives the culprit its status, "too
    large" or "timed out", and the others their results); then a new pool goes on with the rest.
    """
    queue = list(todo)
    while queue:
        pool = _pool(min(workers, len(queue)), limits)
        try:
            suspects = _feed(pool, queue, finished, workers)
        except KeyboardInterrupt as stop:
            _stop_pool(pool, finished, at_once=isinstance(stop, Terminated))
            return True
        _shutdown(pool, at_once=bool(suspects))
        try:
            for job in suspects:
                finished(job, _isolated(job, limits))
        except KeyboardInterrupt:
            return True
    return False


_IN_FLIGHT: dict[Future, Job] = {}


def _feed(pool: ProcessPoolExecutor, queue: list[Job], finished: Finished, workers: int) -> list[Job]:
    """Submit from ``queue`` (consumed) keeping ``workers`` in flight; return the in-flight jobs of a
    pool that broke (the suspects), or [] when every job finished."""
    _IN_FLIGHT.clear()
    while queue or _IN_FLIGHT:
        while queue and len(_IN_FLIGHT) < workers:
            job = queue.pop(0)
            try:
                _IN_FLIGHT[pool.submit(check_chart_bounded, job)] = job
            except BrokenProcessPool:
                queue.insert(0, job)
                return _drain_broken()
        done, _ = wait(list(_IN_FLIGHT), return_when=FIRST_COMPLETED)
        broken = False
        for fut in sorted(done, key=lambda f: _IN_FLIGHT[f].chart.key):
            try:
                row = fut.result()
            except BrokenProcessPool:
                broken = True
                continue
            except Exception as e:  # a row that could not come back (pickling...): that chart only
                row = error_row(_IN_FLIGHT[fut], str(SrsError("E053", file=_IN_FLIGHT[fut].chart.key,
                                                               detail=f"{type(e).__name__}: {e}"[:300])),
                                "failed")
            finished(_IN_FLIGHT.pop(fut), row)
        if broken:
            return _drain_broken()
    return []


def _drain_broken() -> list[Job]:
    suspects = sorted(_IN_FLIGHT.values(), key=lambda j: j.chart.key)
    _IN_FLIGHT.clear()
    return suspects


def _shutdown(pool: ProcessPoolExecutor, at_once: bool) -> None:
    if at_once:
        _kill_workers(pool)
    pool.shutdown(wait=True, cancel_futures=True)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            proc.kill()
        except (OSError, AttributeError):
            pass


def _stop_pool(pool: ProcessPoolExecutor, finished: Finished, at_once: bool = False) -> None:
    """After Ctrl+C: drop the queued charts, keep the ones that finish now; a second Ctrl+C (or
    SIGTERM) abandons them and stops the workers at once."""
    running = dict(_IN_FLIGHT)
    _IN_FLIGHT.clear()
    if at_once:
        _kill_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)
        return
    pool.shutdown(wait=False, cancel_futures=True)
    try:
        for fut, job in running.items():
            try:
                finished(job, fut.result())
            except (BrokenProcessPool, Exception):
                continue
    except KeyboardInterrupt:
        _kill_workers(pool)
    pool.shutdown(wait=True, cancel_futures=True)
