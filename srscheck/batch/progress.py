"""Progress shown while a batch runs: rich in a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import Any, Mapping


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
