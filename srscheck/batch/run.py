"""The run: plan the jobs, run them serially or in a worker pool, keep the finished ones on Ctrl+C."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Callable, Sequence

from srscheck.core.messages import OutputError, SrsError, UsageError
from srscheck.runtime import quiet_third_party

from .claims import Claims, load_claims
from .courses import group_courses
from .fingerprint import (chart_sha256, corrections_fingerprint, job_digest, reading_sha256,
                          templates_fingerprint)
from .inputs import Chart, collect_charts, output_bases
from .jobs import Job, check_chart, error_row, init_worker
from .manifest import Manifest
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
              corrections: bool = True) -> BatchOutcome:
    """Check every chart named by ``inputs``; write outputs to ``out_dir``; return the summary.

    ``courses``: every folder directly inside an input folder is one course (see :mod:`.courses`);
    a ``course`` column in the claims file groups its rows' files into courses either way.
    ``corrections``: apply the corrections saved for each chart (``srscheck corrections``).
    """
    claims = load_claims(claims_file) if claims_file else None
    charts = group_courses(collect_charts(inputs), claims=claims, by_folder=courses)
    out = _prepare_out_dir(Path(out_dir))
    jobs, unmatched = plan_jobs(charts, out, claims=claims, default_codes=tuple(codes), reports=reports,
                                corrections=corrections)
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
            runner = _run_serial if size == 1 else _run_pool
            outcome.interrupted = runner(todo, finished, size)
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
    quiet_third_party()
    try:
        for job in todo:
            finished(job, check_chart(job))
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


def _pool(workers: int) -> ProcessPoolExecutor:
    method = _start_method()
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":  # the server loads the pipeline once, before it forks the workers
        ctx.set_forkserver_preload(["srscheck.batch.preload"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker)


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
