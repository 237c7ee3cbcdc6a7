"""The desktop app's analysis worker: one bounded process that reads and checks every chart.

The app never reads a chart itself. ``srscheck-gui`` starts ``python -m srscheck.desktop.engine`` before
Qt is even imported (:mod:`srscheck.desktop.launcher`) and sends it the chart named on the command line
at once; the worker loads the pipeline once, reads that chart while the window builds, and then stays
alive for the next charts, re-checks and corrections. It runs under the same per-chart bounds as
``srscheck check`` (:mod:`srscheck.core.limits`: ``SRSCHECK_MAX_*`` or the ``--max-*`` options of
``srscheck-gui``): memory is its address-space limit, time is watched here (the worker stops itself with
"timed out" where it can; past a grace period it is killed), characters, pages, PDF streams and OCR
pixels are enforced by the reader. A worker that dies (out of memory, a crash) or is killed (time,
cancel) is restarted at once and the request gets one clear error (:class:`~srscheck.core.messages.TooLarge`,
:class:`~srscheck.core.messages.TimedOut`, :class:`~srscheck.core.messages.Cancelled`); the app keeps
its chart and its settings.

Answers are the same :class:`srscheck.api.Result` objects the command line writes as JSON (pickled over
a pipe that only the app and its own child hold). The client, :class:`Engine`, is thread-safe and
blocking: the app calls it from its job thread (:mod:`srscheck.desktop.workers`). No Qt here.
"""

from __future__ import annotations

import atexit
import itertools
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from srscheck.core import limits as _limits
from srscheck.core.limits import Limits
from srscheck.core.messages import Cancelled, SrsError, TimedOut, TooLarge

_FRAME = struct.Struct("!Q")
GRACE = 3.0  # seconds past the time bound before the worker is killed (it says "timed out" itself first)
LOAD_SECONDS = 300.0  # a worker that has not started a request after this long is stuck (bound on)
_ENV_PREFIX = "SRSCHECK_"  # the user folder, the cache ...: the worker follows the app's values
SELECT_PIPES = os.name == "posix"  # select() works on pipes (not on Windows)


def _dumps(obj: Any) -> bytes:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return _FRAME.pack(len(data)) + data


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _env_snapshot() -> dict[str, str]:
    """The app's srscheck settings from its environment (the bounds are fixed per worker)."""
    bounds = set(_limits.ENV.values())
    return {k: v for k, v in os.environ.items() if k.startswith(_ENV_PREFIX) and k not in bounds}


def chart_name(paths: Sequence[str | Path]) -> str:
    return ", ".join(str(p) for p in paths)


@dataclass(frozen=True)
class Opened:
    """A chart read by the worker: the reader's reading, its check without codes (the suggestions,
    the coder's saved corrections applied) and its check with the suggested codes."""

    reading: Any  # srscheck.core.model.Reading
    first: Any  # srscheck.api.Result
    suggested: Any  # srscheck.api.Result for first.suggested_codes (``first`` when there are none)
    template_codes: tuple[str, ...] = ()  # the codes that have a checklist template (for completion)


class _Late(Exception):
    """No answer before the deadline."""


class _Worker:
    """One worker process and what has been read from it so far."""

    def __init__(self, limits: Limits) -> None:
        env = {**os.environ, **limits.to_env()}
        self.proc = subprocess.Popen([sys.executable, "-m", "srscheck.desktop.engine"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, bufsize=0, env=env, close_fds=True)
        self.out = self.proc.stdout.fileno()  # type: ignore[union-attr]
        self.buffer = bytearray()
        self.ready = False  # the pipeline is loaded

    def send(self, message: Any) -> None:
        _write_all(self.proc.stdin.fileno(), _dumps(message))  # type: ignore[union-attr]

    def receive(self, deadline: float | None) -> Any | None:
        """The next message, None at end of file (the worker is gone); :class:`_Late` after ``deadline``."""
        while True:
            if len(self.buffer) >= _FRAME.size:
                (size,) = _FRAME.unpack_from(self.buffer)
                if len(self.buffer) >= _FRAME.size + size:
                    data = bytes(self.buffer[_FRAME.size:_FRAME.size + size])
                    del self.buffer[:_FRAME.size + size]
                    return pickle.loads(data)  # noqa: S301 - our own child, over a pipe only we hold
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            chunk = self._chunk(wait)
            if not chunk:
                return None
            self.buffer += chunk

    def _chunk(self, wait: float | None) -> bytes:
        """Bytes from the worker (b"" at its end); :class:`_Late` when none come within ``wait`` seconds."""
        if SELECT_PIPES:
            ready, _, _ = select.select([self.out], [], [], wait)
            if not ready:
                raise _Late()
            return os.read(self.out, 1 << 20)
        # where select() takes no pipes (Windows): a thread reads, the wait is on its queue
        import queue

        if getattr(self, "_chunks", None) is None:
            self._chunks: Any = queue.Queue()

            def pump() -> None:
                while True:
                    try:
                        data = os.read(self.out, 1 << 20)
                    except OSError:
                        data = b""
                    self._chunks.put(data)
                    if not data:
                        return

            threading.Thread(target=pump, name="srscheck-answers", daemon=True).start()
        try:
            chunk = self._chunks.get(timeout=wait)
        except queue.Empty:
            raise _Late() from None
        if not chunk:
            self._chunks.put(b"")  # the end stays the end for the next look
        return chunk

    def stop(self) -> None:
        """SIGKILL only: a thread waiting on the pipes sees their end and disposes of them."""
        try:
            self.proc.kill()
        except OSError:
            pass

    def kill(self) -> None:
        """SIGKILL, the pipes closed, the process reaped (again: nothing)."""
        self.stop()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()  # type: ignore[union-attr]
            except OSError:
                pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not wait for anything
            pass


_engines: "weakref.WeakSet[Engine]" = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    """However the app ends, its workers end with it (they also watch the app's process)."""
    for engine in list(_engines):
        engine.close()


class Engine:
    """The client of the analysis worker (one request at a time; any thread).

    Every call blocks until the worker answers and returns what the worker's function returned, or
    raises the error it raised (an :class:`SrsError`, with its one sentence). ``limits`` are the
    per-chart bounds (from the environment by default); a call that goes over them raises
    :class:`TooLarge` or :class:`TimedOut`, and the worker is restarted.
    """

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits if limits is not None else Limits.from_env()
        self._lock = threading.RLock()  # the worker process and the bookkeeping below
        self._calls = threading.Lock()  # one request at a time
        self._worker: _Worker | None = None
        self._ids = itertools.count(1)
        self._ahead: dict[tuple[str, ...], int] = {}  # requests sent ahead (the launcher's chart) by paths
        self._answers: dict[int, tuple[str, Any]] = {}  # answers read while waiting for another request
        self._files: dict[int, str] = {}  # request -> the chart it is about, for messages
        self._running: tuple[int, float] | None = None  # the request the worker is on, since when
        self._waiting: int | None = None  # the request a call is waiting for
        self._cancel: set[int] = set()  # requests cancelled (their worker was killed)
        self.restarts = 0
        self.closed = False
        _engines.add(self)

    # -- the process ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker (it loads the pipeline at once); nothing when it runs already."""
        with self._lock:
            if self.closed:
                return
            if self._worker is None or self._worker.proc.poll() is not None:
                self._replace()

    def _replace(self) -> None:
        if self._worker is not None:
            self._worker.kill()
            self.restarts += 1
        self._worker = None
        self._running = None
        for rid in list(self._ahead.values()):  # their answers died with the worker
            self._answers.setdefault(rid, ("lost", None))
        if not self.closed:
            self._worker = _Worker(self.limits)

    @property
    def pid(self) -> int | None:
        with self._lock:
            return self._worker.proc.pid if self._worker is not None else None

    @property
    def ready(self) -> bool:
        """Whether the worker has loaded the pipeline (as far as its answers have told so far)."""
        with self._lock:
            return self._worker is not None and self._worker.ready

    def running_for(self) -> float:
        """Seconds the worker has been on the current request (0 when idle)."""
        running = self._running
        return time.monotonic() - running[1] if running else 0.0

    def cancel(self) -> bool:
        """Stop the request a call waits for (the call raises :class:`Cancelled`); False when none."""
        with self._lock:
            if self._waiting is None or self._worker is None:
                return False
            self._cancel.add(self._waiting)
            self._worker.stop()  # the waiting call sees the end of the pipe and restarts the worker
            return True

    def close(self) -> None:
        """End the worker (killed: it may be reading a chart); no call starts it again."""
        with self._lock:
            self.closed = True
            worker, self._worker = self._worker, None
            if worker is not None:
                if self._waiting is None:
                    worker.kill()
                else:  # the waiting call disposes of it (its thread may be reading the pipe)
                    worker.stop()

    # -- requests ---------------------------------------------------------------------------------
    def send_ahead(self, paths: Sequence[str | Path]) -> None:
        """Start reading a chart now; :meth:`open` of the same paths takes this answer (never raises)."""
        key = tuple(str(Path(p).expanduser()) for p in paths)
        try:
            with self._lock:
                self.start()
                rid = self._send("open", (list(key),), chart_name(key))
                self._ahead[key] = rid
        except (OSError, ValueError, SrsError):
            pass

    def _send(self, kind: str, args: tuple[Any, ...], file: str) -> int:
        with self._lock:
            if self.closed:
                raise Cancelled("E066", file=file)
            self.start()
            rid = next(self._ids)
            self._files[rid] = file
            assert self._worker is not None
            try:
                self._worker.send((rid, kind, args, _env_snapshot()))
            except OSError:  # the worker died since it last answered: a new one, once
                self._replace()
                self._worker.send((rid, kind, args, _env_snapshot()))
            return rid

    def call(self, kind: str, *args: Any, file: str = "the chart") -> Any:
        """Run the worker's ``kind`` request and return its value (see :data:`HANDLERS`)."""
        with self._calls:
            rid = self._send(kind, args, file)
            return self._wait(rid, retry=(kind, args))

    def _wait(self, rid: int, retry: tuple[str, tuple[Any, ...]] | None = None) -> Any:
        with self._lock:
            self._waiting = rid
        try:
            return self._wait_for(rid, retry)
        finally:
            with self._lock:
                self._waiting = None
                self._cancel.clear()

    def _wait_for(self, rid: int, retry: tuple[str, tuple[Any, ...]] | None) -> Any:
        file = self._files.get(rid, "the chart")
        begun: float | None = None
        while True:
            answer = self._answers.pop(rid, None)
            if answer is not None:
                return self._settle(rid, *answer)
            with self._lock:
                worker = self._worker
            if worker is None:
                raise Cancelled("E066", file=file)
            seconds = self.limits.seconds
            deadline = (None if not seconds else
                        (begun + seconds + GRACE) if begun is not None else time.monotonic() + LOAD_SECONDS)
            try:
                message = worker.receive(deadline)
            except _Late:
                with self._lock:
                    if worker is self._worker:
                        self._replace()
                    else:
                        worker.kill()
                raise _timed_out(file, seconds) from None
            except OSError:
                message = None
            if message is None:  # the worker ended
                worker.kill()
                with self._lock:
                    cancelled = rid in self._cancel or self.closed
                    self._cancel.discard(rid)
                    if worker is self._worker:
                        self._replace()
                if cancelled:
                    raise Cancelled("E066", file=file)
                if begun is None and retry is not None:  # it died before starting this request: once more
                    rid = self._send(*retry, file)
                    with self._lock:
                        self._waiting = rid
                    retry = None
                    continue
                raise _too_large_memory(file, self.limits.memory_mb)
            what, mid, value = message
            if what not in ("ready", "begin"):
                with self._lock:
                    if self._running and self._running[0] == mid:
                        self._running = None
            if what == "ready":
                worker.ready = True
            elif what == "begin":  # the value: seconds already spent on it (the first chart's extraction)
                since = time.monotonic() - float(value or 0)
                with self._lock:
                    self._running = (mid, since)
                if mid == rid:
                    begun = since
            elif mid == rid:
                return self._settle(rid, what, value)
            else:  # an answer for a request sent ahead, kept until it is asked for
                self._answers[mid] = (what, value)

    def _settle(self, rid: int, what: str, value: Any) -> Any:
        with self._lock:
            file = self._files.pop(rid, "the chart")
            if self._running and self._running[0] == rid:
                self._running = None
            if what == "fatal":  # the worker answered, then ended (out of memory): a fresh one now
                self._replace()
        if what == "ok":
            return value
        if what == "lost":
            raise _too_large_memory(file, self.limits.memory_mb)
        raise value

    # -- the app's requests -----------------------------------------------------------------------
    def open(self, paths: Sequence[str | Path]) -> Opened:
        """Read ``paths`` (several files are one course) and check them (see :class:`Opened`)."""
        key = tuple(str(Path(p).expanduser()) for p in paths)
        with self._calls:
            with self._lock:
                rid = self._ahead.pop(key, None)
                if rid is not None and rid not in self._files:
                    rid = None
            if rid is None:
                rid = self._send("open", (list(key),), chart_name(key))
                return self._wait(rid, retry=("open", (list(key),)))
            return self._wait(rid)

    def check(self, reading: Any, codes: Sequence[Any], overrides: Mapping[str, Any] | None = None) -> Any:
        return self.call("check", reading, tuple(codes), dict(overrides or {}), file=reading.document.file)

    def correct(self, reading: Any, corrections: Sequence[Any], coder: str | None, codes: Sequence[Any]) -> Any:
        return self.call("correct", reading, list(corrections), coder, tuple(codes), file=reading.document.file)

    def uncorrect(self, reading: Any, targets: Sequence[str], codes: Sequence[Any]) -> Any:
        return self.call("uncorrect", reading, list(targets), tuple(codes), file=reading.document.file)


def _timed_out(file: str, seconds: float) -> TimedOut:
    return TimedOut("E012", file=file, limit=_limits.describe("seconds", seconds))


def _too_large_memory(file: str, memory_mb: float) -> TooLarge:
    return _limits.exceeded(file, "memory_mb", "the memory needed to read it", Limits(memory_mb=int(memory_mb)))


# ==================================================================================================
# The worker process
# ==================================================================================================


def _read(paths: list[str], documents: list[Any] | None = None) -> Any:
    """What :func:`srscheck.nlp.read_course` gives, from documents already extracted when there are."""
    # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
    from srscheck.nlp import get_reader
    from srscheck.nlp.reader import read_document

    from srscheck.core.model import combine_documents

    if documents is None:
        documents = [read_document(Path(p)) for p in paths]
    document = documents[0] if len(documents) == 1 else combine_documents(documents)
    return get_reader().read_document(document)


def _open(paths: list[str], documents: list[Any] | None = None) -> Opened:
    # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
    from srscheck.api import check_reading

    reading = _read(paths, documents)
    first = check_reading(reading, (), saved=True)
    codes = tuple(first.suggested_codes)
    suggested = check_reading(reading, codes, saved=True, source="app") if codes else first
    return Opened(reading, first, suggested, tuple(_template_codes()))


def _check(reading: Any, codes: tuple[Any, ...], overrides: dict[str, Any]) -> Any:
    # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
    from srscheck.api import check_reading

    return check_reading(reading, codes, overrides=overrides, saved=True, source="app")


def _correct(reading: Any, corrections: list[Any], coder: str | None, codes: tuple[Any, ...]) -> Any:
    # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
    from srscheck.corrections import record

    record(reading, corrections, coder=coder)
    return _check(reading, codes, {})


def _uncorrect(reading: Any, targets: list[str], codes: tuple[Any, ...]) -> Any:
    # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
    from srscheck.corrections import forget

    forget(reading, targets)
    return _check(reading, codes, {})


def _template_codes() -> list[str]:
    # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
    from srscheck.checklists.templates import default_store

    return default_store().codes()


HANDLERS = {"open": _open, "check": _check, "correct": _correct, "uncorrect": _uncorrect,
            "template_codes": _template_codes}


class _Ahead:
    """The first chart's files, extracted (pdfium, no spaCy) in a thread while the pipeline loads."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = list(paths)
        self.cpu: float | None = None  # the thread's CPU seconds, once done
        self.done = threading.Event()
        self.value: Any = None
        self.thread = threading.Thread(target=self._run, name="srscheck-first-chart", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
            from srscheck.nlp.reader import read_document

            self.value = [read_document(Path(p)) for p in self.paths]
        except BaseException as e:  # noqa: BLE001 - raised again when the request is served
            self.value = e
        finally:
            self.cpu = time.thread_time()
            self.done.set()

    def spent(self) -> float:
        """Seconds the chart's extraction has cost so far: its thread's CPU time (the wall time would
        count the pipeline's loading, which shares the interpreter with it)."""
        if self.cpu is not None:
            return self.cpu
        try:
            return time.clock_gettime(time.pthread_getcpuclockid(self.thread.ident))  # type: ignore[arg-type]
        except (AttributeError, OSError, TypeError):
            return 0.0

    def documents(self) -> list[Any]:
        while not self.done.wait(0.05):  # a Python wait: the time bound's alarm can interrupt it
            pass
        if isinstance(self.value, BaseException):
            raise self.value
        return self.value


class _Served:
    """The worker's side of the pipes: requests read by a thread, answers written under a lock."""

    def __init__(self, answers: int) -> None:
        import queue

        self.answers = answers
        self.write_lock = threading.Lock()
        self.requests: Any = queue.Queue()
        self.loaded = threading.Event()

    def answer(self, *message: Any) -> None:
        data = _dumps(message)
        with self.write_lock:
            _write_all(self.answers, data)

    def receive(self) -> None:
        """Read requests from stdin until it closes (the app is gone). The first chart, when it arrives
        while the pipeline still loads, starts being extracted from its files meanwhile."""
        buffer = bytearray()
        first = True
        while True:
            chunk = os.read(0, 1 << 20)
            if not chunk:
                self.requests.put(None)
                return
            buffer += chunk
            while len(buffer) >= _FRAME.size:
                (size,) = _FRAME.unpack_from(buffer)
                if len(buffer) < _FRAME.size + size:
                    break
                request = pickle.loads(bytes(buffer[_FRAME.size:_FRAME.size + size]))  # noqa: S301 - the app
                del buffer[:_FRAME.size + size]
                ahead = None
                if first and request[1] == "open" and not self.loaded.is_set():
                    ahead = _Ahead(request[2][0])
                first = False
                self.requests.put((request, ahead))


def _apply_env(env: Mapping[str, str]) -> None:
    bounds = set(_limits.ENV.values())
    for key in [k for k in os.environ if k.startswith(_ENV_PREFIX) and k not in bounds and k not in env]:
        del os.environ[key]
    os.environ.update(env)


def _serve() -> int:
    import signal

    answers = os.dup(1)  # the answers' pipe; nothing else may write there
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in the terminal is the app's business
    # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
    from srscheck import bounds
    from srscheck.runtime import quiet_third_party

    limits = Limits.from_env()
    bounds.enter_child(limits, with_parent=False)  # the app's job thread may start us: no PDEATHSIG
    if os.name == "posix":  # (os.kill(pid, 0) would end the app on Windows; there stdin's end ends us)
        bounds.watch_process(os.getppid())  # never outlive the app, even when it is killed
    quiet_third_party()
    served = _Served(answers)
    threading.Thread(target=served.receive, name="srscheck-requests", daemon=True).start()
    try:
        # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
        from srscheck.nlp import get_reader

        get_reader()
        # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
        import srscheck.api  # noqa: F401 - the checks' modules, before the first chart needs them
    except BaseException:  # noqa: BLE001 - the first request says what is wrong
        pass
    served.loaded.set()
    served.answer("ready", 0, os.getpid())
    while True:
        item = served.requests.get()
        if item is None:
            return 0
        (rid, kind, args, env), ahead = item
        fatal = _serve_one(served, limits, rid, kind, args, env, ahead)
        if fatal:
            os._exit(3)  # a fresh process for the next chart


def _serve_one(served: _Served, limits: Limits, rid: int, kind: str, args: tuple[Any, ...],
               env: Mapping[str, str], ahead: _Ahead | None) -> bool:
    """Run one request and answer it; True when the worker must end (its memory ran out, or the first
    chart's extraction is still running after the time bound)."""
    import traceback

    # deferred: runs in the analysis worker; the app's process never imports the reader or the checks
    from srscheck import bounds
    from srscheck.core.messages import SrsError as Coded

    _apply_env(env)
    if kind == "open":
        file = chart_name(args[0])
    else:
        file = getattr(getattr(args[0] if args else None, "document", None), "file", "the chart")
    spent = ahead.spent() if ahead is not None else 0.0
    served.answer("begin", rid, spent)
    seconds = max(limits.seconds - spent, 0.001) if limits.seconds else 0
    fatal = False
    try:
        with bounds.wall_clock(seconds, file):
            value = HANDLERS[kind](*args, ahead.documents()) if ahead is not None else HANDLERS[kind](*args)
        message: tuple[str, Any] = ("ok", value)
    except MemoryError:
        message, fatal = ("error", bounds.too_large_memory(file, limits.memory_mb)), True
    except Coded as e:
        message = ("error", e)
    except Exception as e:  # noqa: BLE001 - a bug must not take the worker down
        if bounds.memory_like(e):
            message, fatal = ("error", bounds.too_large_memory(file, limits.memory_mb)), True
        elif bounds.installation_error(e) is not None:  # a module that cannot be loaded: not the chart's size
            message = ("error", bounds.installation_error(e))
        else:
            traceback.print_exc()
            message = ("error", SrsError("E053", file=file, detail=f"{type(e).__name__}: {e}"))
    if ahead is not None and not ahead.done.is_set():
        fatal = True  # its thread still holds pdfium: a fresh process for the next chart
    try:
        served.answer(message[0] if not fatal else "fatal", rid, message[1])
    except MemoryError:
        served.answer("fatal", rid, bounds.too_large_memory(file, limits.memory_mb))
        fatal = True
    except Exception as e:  # noqa: BLE001 - a value that cannot be sent
        served.answer("error", rid, SrsError("E053", file=file, detail=f"{type(e).__name__}: {e}"))
    return fatal


if __name__ == "__main__":  # the module by its name, so that what it pickles names it so
    # deferred: the module under its own name, so that what it pickles names it so
    from srscheck.desktop.engine import _serve as serve

    sys.exit(serve())
