"""Enforcing the per-chart bounds of :mod:`srscheck.core.limits` on processes.

* :func:`options` / :func:`limits_from_args`: the ``--max-*`` options of ``check`` and ``batch``;
* :func:`enter_child`: in a process that reads charts (the child of ``check``, a batch worker): the
  address-space limit, the limits object, and death with the parent (Linux), so a killed run
  leaves no process behind;
* :func:`run_isolated`: run a function in a forked child under the bounds; memory exhaustion or
  a crash becomes :class:`TooLarge`, the wall-time bound :class:`TimedOut`, the parent never dies;
* :func:`memory_like` / :func:`installation_error`: which errors mean the memory bound was reached
  (too large), and which mean a module is missing (an installation error, not the chart's size);
* :func:`same_file`: whether an output path is an input (same inode, symbolic links followed).
"""

from __future__ import annotations

import argparse
import ctypes
import io
import multiprocessing
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any, Callable

from .core import limits as _limits
from .core.limits import Limits
from .core.messages import InstallationError, SrsError, TimedOut, TooLarge, UsageError

# --------------------------------------------------------------------------------------------------
# Options
# --------------------------------------------------------------------------------------------------

_HELP = {
    "memory_mb": "memory per chart in MB (address space of the reading process)",
    "seconds": "wall time per chart in seconds",
    "chars": "characters of text per chart",
    "pages": "pages per chart (PDF pages, image frames)",
    "stream_mb": "decoded size of a PDF's compressed streams in MB (images, in a PDF or an image file: 8 times that)",
    "ocr_megapixels": "pixels of one page rendered for OCR, in millions",
}


def options(parser: argparse.ArgumentParser) -> None:
    """Add the ``--max-*`` options (defaults from the environment; 0 turns a bound off)."""
    g = parser.add_argument_group("per-chart bounds (0 = no bound; defaults from SRSCHECK_MAX_* or built in)")
    base = Limits.from_env()
    for name, option in _limits.OPTION.items():
        kind = type(getattr(base, name))
        g.add_argument(option, dest=f"limit_{name}", type=_non_negative(kind), default=None, metavar="N",
                       help=f"{_HELP[name]} (now {getattr(base, name):g}; env {_limits.ENV[name]})")


def _non_negative(kind: type) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            value = kind(float(text))
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid number {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError("a bound cannot be negative (0 turns it off)")
        return value
    return parse


def limits_from_args(args: argparse.Namespace) -> Limits:
    return Limits.from_env(**{name: getattr(args, f"limit_{name}", None) for name in _limits.OPTION})


# --------------------------------------------------------------------------------------------------
# In the reading process
# --------------------------------------------------------------------------------------------------

def set_memory_limit(memory_mb: int) -> None:
    """Lower the soft address-space limit (never above the hard one; 0 leaves it alone)."""
    if not memory_mb:
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = int(memory_mb) * (1 << 20)
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ImportError, ValueError, OSError):
        pass  # not POSIX: the other bounds still apply


def die_with_parent() -> None:
    """Linux: this process gets SIGKILL when the process that started it ends (even by kill -9)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:  # a zombie is gone too
            return fh.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def watch_process(pid: int, every: float = 1.0) -> None:
    """End this process when ``pid`` (the batch that started it, possibly through a fork server)
    ends, however it ends: a worker never outlives its batch."""
    def watch() -> None:
        import time

        while not _gone(pid):
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="srscheck-watch-batch", daemon=True).start()


_IN_CHILD = False


def in_child() -> bool:
    """Whether this process reads charts under :func:`enter_child` (its parent reports its death)."""
    return _IN_CHILD


def enter_child(limits: Limits, *, with_parent: bool = True) -> None:
    global _IN_CHILD
    _IN_CHILD = True
    _limits.use(limits)
    set_memory_limit(limits.memory_mb)
    if with_parent:
        die_with_parent()


class hard_deadline:  # noqa: N801 - a context manager
    """The last resort when a chart is stuck in C code (where SIGALRM cannot interrupt it): after
    ``seconds`` the whole process ends, so the batch sees a dead worker and re-runs that chart alone
    in a child that it stops itself ("timed out")."""

    def __init__(self, seconds: float) -> None:
        self.timer = threading.Timer(seconds, os._exit, args=(70,)) if seconds else None
        if self.timer is not None:
            self.timer.daemon = True

    def __enter__(self) -> "hard_deadline":
        if self.timer is not None:
            self.timer.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.timer is not None:
            self.timer.cancel()


class _Alarm(BaseException):
    """Raised in the reading thread when the wall-time bound passes (not an Exception: never swallowed)."""


class wall_clock:  # noqa: N801 - used as a context manager, like a function
    """Raise :class:`TimedOut` in this (main) thread after ``seconds``; a no-op elsewhere or for 0."""

    def __init__(self, seconds: float, file: str) -> None:
        self.seconds, self.file = seconds, file
        self.armed = False

    def __enter__(self) -> "wall_clock":
        if self.seconds and threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            self.old = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.armed = True
        return self

    def _fire(self, *_: Any) -> None:
        raise _Alarm()

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)
        if kind is not None and issubclass(kind, _Alarm):
            raise timed_out(self.file, self.seconds) from None
        return False


_MEMORY_WORDS = ("cannot allocate", "failed to map", "bad_alloc", "out of memory", "memoryerror")


def _causes(exc: BaseException) -> list[BaseException]:
    """The error and the errors it was raised from or while handling (a bounded chain)."""
    chain: list[BaseException] = []
    while exc is not None and len(chain) < 16 and all(exc is not c for c in chain):
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return chain


def memory_like(exc: BaseException) -> bool:
    """An error that, under the address-space limit, means the limit was reached: a MemoryError, or
    a C library's words for it ("failed to map segment from shared object", "cannot allocate
    memory"), in the error or in the errors it came from (a library that cannot be mapped surfaces
    as an ImportError). An ImportError for a module that is simply missing is not memory."""
    for e in _causes(exc):
        if isinstance(e, MemoryError):
            return True
        text = f"{type(e).__name__}: {e}".lower()
        if any(w in text for w in _MEMORY_WORDS):
            return True
    return False


def installation_error(exc: BaseException) -> InstallationError | None:
    """The one-sentence error for a module that cannot be loaded (not memory), or None."""
    if not isinstance(exc, ImportError) or memory_like(exc):
        return None
    detail = f"{type(exc).__name__}: {exc}".strip().splitlines()[0][:200]
    return InstallationError("E090", detail=detail)


def timed_out(file: str, seconds: float) -> TimedOut:
    return TimedOut("E012", file=file, limit=_limits.describe("seconds", seconds))


def too_large_memory(file: str, memory_mb: float) -> TooLarge:
    return _limits.exceeded(file, "memory_mb", "the memory needed to read it",
                            Limits(memory_mb=int(memory_mb)))


# --------------------------------------------------------------------------------------------------
# A child process for one chart
# --------------------------------------------------------------------------------------------------

def _context() -> Any:
    """fork where there is one: instant, and the child shares the loaded pipeline (a progress bar's
    thread does not matter: the child replaces its standard streams first and takes no other lock)."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _child(conn: Any, fn: Callable[..., int], args: tuple[Any, ...], limits: Limits, file: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's business
    enter_child(limits)
    try:
        rc: Any = fn(*args)
    except MemoryError:
        rc = too_large_memory(file, limits.memory_mb)
    except SrsError as e:
        rc = e
    except KeyboardInterrupt:
        rc = KeyboardInterrupt()
    try:
        conn.send((rc, out.getvalue(), err.getvalue()))
    except MemoryError:
        conn.send((too_large_memory(file, limits.memory_mb), "", ""))
    conn.close()


def run_isolated(fn: Callable[..., Any], args: tuple[Any, ...], limits: Limits, file: str) -> Any:
    """Run ``fn(*args)`` in a child under ``limits`` and return what it returns (picklable).

    The child's standard output and error are replayed here. Raises :class:`TooLarge` when the
    child runs out of memory or dies, :class:`TimedOut` after ``limits.seconds``; an
    :class:`SrsError` the child raised is raised again here.
    """
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, limits, file), daemon=True)
    proc.start()
    child.close()
    try:
        ready = parent.poll(limits.seconds or None)
        if not ready:
            raise timed_out(file, limits.seconds)
        try:
            rc, out, err = parent.recv()
        except (EOFError, OSError):  # the child died: out of memory (killed) or crashed in C code
            raise too_large_memory(file, limits.memory_mb) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    sys.stdout.write(out)
    sys.stdout.flush()
    sys.stderr.write(err)
    if isinstance(rc, BaseException):
        raise rc
    return rc


# --------------------------------------------------------------------------------------------------
# Never write over an input
# --------------------------------------------------------------------------------------------------

def same_file(a: str | Path, b: str | Path) -> bool:
    """True when two paths name the same file (symbolic and hard links included)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        try:
            return Path(a).resolve() == Path(b).resolve()
        except (OSError, RuntimeError):
            return False


def refuse_overwrite(output: str | Path | None, inputs: list[str | Path]) -> None:
    """Raise E031 (exit 2) when ``output`` is one of ``inputs``."""
    if output is None or str(output) == "-":
        return
    for chart in inputs:
        if same_file(output, chart):
            raise UsageError("E031", path=str(output), chart=str(chart))


__all__ = ["enter_child", "hard_deadline", "in_child", "installation_error", "limits_from_args", "memory_like",
           "options", "refuse_overwrite", "run_isolated", "same_file",
           "set_memory_limit", "timed_out", "too_large_memory", "wall_clock", "watch_process"]
