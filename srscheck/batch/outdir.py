"""The output folder of a batch: one batch at a time, no temporary files left, no input overwritten."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

from srscheck.core.messages import OutputError, UsageError

from .jobs import Job

LOCK = ".srscheck-batch.lock"


class OutLock:
    """An exclusive lock on ``--out`` for the whole run (``flock``: released by the system even when
    the run is killed, so a stale lock never blocks the next run). A second batch gets E058."""

    def __init__(self, out: Path) -> None:
        self.path = out / LOCK
        self.fd: int | None = None

    def __enter__(self) -> "OutLock":
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise OutputError("E055", path=str(self.path.parent), detail=e.strerror or str(e)) from None
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; run unlocked
            self.fd = fd
            return self
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            finally:
                os.close(fd)
            raise UsageError("E058", path=str(self.path.parent), pid=pid) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.fd is not None:
            try:
                os.unlink(self.path)  # still ours: we hold the lock
            except OSError:
                pass
            os.close(self.fd)
            self.fd = None


def _temporary(name: str) -> bool:
    """The names :func:`srscheck.core.fileio.write_bytes_atomic` and the report writer give temporaries."""
    return name.startswith(".") and (name.endswith(".tmp") or name.endswith(".tmp.pdf"))


def remove_temporary(out: Path) -> int:
    """Remove the temporary files a killed run left in ``out`` (only ours: we hold the lock)."""
    removed = 0
    for root, _dirs, files in os.walk(out, followlinks=False):
        for name in files:
            if _temporary(name):
                try:
                    os.unlink(os.path.join(root, name))
                    removed += 1
                except OSError:
                    pass
    return removed


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def refuse_outputs_over_inputs(jobs: Sequence[Job]) -> None:
    """E031 (exit 2) when a chart's JSON or report would replace one of the input charts (the same
    file by inode, links followed, or the same path)."""
    charts: dict[Any, Path] = {}
    for j in jobs:
        for part in j.chart.parts:
            charts[os.path.normcase(os.path.abspath(part.path))] = part.path
            ino = _inode(part.path)
            if ino is not None:
                charts[ino] = part.path
    for job in jobs:
        for output in job.outputs:
            chart = charts.get(_inode(output)) or charts.get(os.path.normcase(os.path.abspath(output)))
            if chart is not None:
                raise UsageError("E031", path=str(output), chart=str(chart))


__all__ = ["LOCK", "OutLock", "refuse_outputs_over_inputs", "remove_temporary"]
