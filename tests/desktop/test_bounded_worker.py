"""The app reads every chart in one bounded worker process (srscheck.desktop.engine): the same Result as
the command line; a chart over a bound gives one dialog, the worker is restarted and the app keeps
working; Cancel stops a reading; closing the app leaves no process behind."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from conftest import CRANIAL_PDF, SAMPLES, TEXT_CHART, open_and_wait
from PySide6.QtWidgets import QApplication
from srscheck.desktop import launcher
from srscheck.desktop.app import launch
from srscheck.desktop.engine import Engine
from srscheck.desktop.main_window import MainWindow

from srscheck.api import analyze
from srscheck.core.limits import Limits
from srscheck.core.messages import TimedOut, TooLarge

THREE_PAGES = SAMPLES / "s14_pituitary_25fx_three_pages.pdf"


def _long_chart(folder: Path, chars: int, name: str = "long.txt") -> Path:
    """A real chart's text repeated to ``chars`` characters (reading it takes seconds and memory)."""
    text = TEXT_CHART.read_text(encoding="utf-8") + "\n"
    path = folder / name
    path.write_text(text * (chars // len(text) + 1), encoding="utf-8")
    return path


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return False


@pytest.fixture
def bounded(qtbot):
    """``bounded(**limits)``: a window with its own worker under those bounds (closed afterwards)."""
    made: list[MainWindow] = []

    def make(**limits) -> MainWindow:
        win = MainWindow(engine=Engine(Limits.from_env(**limits)), own_engine=True)
        qtbot.addWidget(win)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()
        win.runner.wait(60000)


def _catches(pid: int, signum: int) -> bool:
    """Whether process ``pid`` has a handler for signal ``signum`` (its SigCgt mask in /proc)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            mask = next(int(line.split()[1], 16) for line in fh if line.startswith("SigCgt:"))
    except (OSError, StopIteration, ValueError):
        return False
    return bool(mask >> (signum - 1) & 1)


def _fails(qtbot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.runner.failed, timeout=180000):
        window.open_chart(path)


def _reading_started(qtbot, window: MainWindow) -> int:
    """The worker's pid once it has begun the request the window waits for."""
    qtbot.waitUntil(lambda: window.engine.running_for() > 0, timeout=120000)
    return window.engine.pid


# --------------------------------------------------------------------------------------------------
# One flow: the worker's Result is the command line's
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("paths", [[CRANIAL_PDF], [TEXT_CHART], [CRANIAL_PDF, TEXT_CHART]],
                         ids=["pdf", "txt", "course"])
def test_the_worker_gives_the_same_result_as_the_command_line(engine, paths):
    opened = engine.open(paths)
    codes = tuple(opened.first.suggested_codes)
    assert opened.suggested.to_json() == analyze(paths, codes, saved=True).to_json()
    assert opened.first.to_json() == analyze(paths, (), saved=True).to_json()
    again = engine.check(opened.reading, ("77372",))
    assert again.to_json() == analyze(paths, ("77372",), saved=True).to_json()
    assert "77372" in opened.template_codes


def test_a_chart_is_read_by_the_worker_not_by_the_app(window, qtbot, monkeypatch):
    import srscheck.nlp
    import srscheck.nlp.reader

    def not_here(*_a, **_k):
        raise AssertionError("the app process read a chart")

    monkeypatch.setattr(srscheck.nlp.reader, "read_document", not_here)
    monkeypatch.setattr(srscheck.nlp, "read_course", not_here)
    open_and_wait(qtbot, window, CRANIAL_PDF)
    assert window.engine.pid != os.getpid() and _alive(window.engine.pid)
    assert window.result.facts.modality.value is not None
    assert window.facts_panel.tree.items("fact")
    assert window.chart_view.pages.page_count == 1, "the pages are shown once the worker has read the chart"
    assert "77372" in window.codes_bar.completer.model().stringList()


# --------------------------------------------------------------------------------------------------
# Bounds: a dialog, a fresh worker when needed, the app keeps working
# --------------------------------------------------------------------------------------------------


def test_a_chart_over_the_character_bound_is_too_large_and_the_next_one_opens(bounded, qtbot, tmp_path, messages):
    window = bounded(chars=5000)
    _fails(qtbot, window, _long_chart(tmp_path, 20000))
    assert messages.shown[-1][1] == "Cannot open chart"
    assert messages.texts()[-1].startswith("E011") and "too large" in messages.texts()[-1]
    assert "--max-chars" in messages.texts()[-1]
    assert window.result is None and window.chart_view.pages.page_count == 0
    open_and_wait(qtbot, window, TEXT_CHART)
    assert window.result.reading.document.file.endswith(TEXT_CHART.name)


def test_a_chart_over_the_page_bound_is_too_large(bounded, qtbot, messages):
    window = bounded(pages=2)
    open_and_wait(qtbot, window, CRANIAL_PDF)
    before = window.result
    _fails(qtbot, window, THREE_PAGES)
    assert messages.texts()[-1].startswith("E011") and "pages" in messages.texts()[-1]
    assert window.result is before, "the chart that was open stays open"
    assert window.chart_view.pages.page_count == 1


def test_a_slow_chart_times_out_and_the_next_one_opens(bounded, qtbot, tmp_path, messages):
    """The worker's own time bound: when its alarm goes off during a reading, the reading stops with "timed out"
    (E012) and the worker reads the next chart. The test is the clock: the bound is long (no chart reaches it on
    a busy machine), and the alarm is sent once the worker has armed it for the long chart. A first chart is read
    before it: a fresh worker extracts its first chart in a thread while the pipeline loads, and an alarm that
    comes while that thread still runs ends the worker by design (the thread may hold pdfium), which on a loaded
    machine made this test a race."""
    window = bounded(seconds=600)
    open_and_wait(qtbot, window, TEXT_CHART)  # the worker is loaded: the long chart is read by the request itself
    with qtbot.waitSignal(window.runner.failed, timeout=180000):
        window.open_chart(_long_chart(tmp_path, 600_000))
        pid = _reading_started(qtbot, window)
        qtbot.waitUntil(lambda: _catches(pid, signal.SIGALRM), timeout=120000)  # the bound's alarm is armed
        os.kill(pid, signal.SIGALRM)  # ... and the bound has passed
    assert messages.texts()[-1].startswith("E012") and "--max-seconds" in messages.texts()[-1]
    assert window.engine.pid == pid and window.engine.restarts == 0, "the worker stopped itself: no restart"
    open_and_wait(qtbot, window, TEXT_CHART)


def test_a_stuck_worker_is_killed_after_the_time_bound_and_replaced(bounded, qtbot, tmp_path, messages,
                                                                   monkeypatch):
    """The app's side of the time bound: a worker stuck where no alarm can stop it is killed once the bound and
    its grace have passed, and a fresh worker reads the next chart. The workers run with no bound of their own
    (their alarm is the test above's), so only the app's deadline decides and no chart races the clock."""
    from dataclasses import replace

    from srscheck.desktop import engine as engine_module

    class Unbounded(engine_module._Worker):
        def __init__(self, limits: Limits) -> None:
            super().__init__(replace(limits, seconds=0))

    monkeypatch.setattr(engine_module, "_Worker", Unbounded)
    window = bounded(seconds=5)
    with qtbot.waitSignal(window.runner.failed, timeout=180000):
        window.open_chart(_long_chart(tmp_path, 600_000))
        stuck = _reading_started(qtbot, window)
        os.kill(stuck, signal.SIGSTOP)  # stuck in C code: no Python alarm can stop it
    assert messages.texts()[-1].startswith("E012")
    assert not _alive(stuck) and window.engine.restarts == 1
    open_and_wait(qtbot, window, TEXT_CHART)
    assert window.engine.pid != stuck


def test_a_worker_that_dies_reading_a_chart_is_replaced(bounded, qtbot, tmp_path, messages):
    window = bounded()
    open_and_wait(qtbot, window, CRANIAL_PDF)
    with qtbot.waitSignal(window.runner.failed, timeout=180000):
        window.open_chart(_long_chart(tmp_path, 300_000))
        dead = _reading_started(qtbot, window)
        os.kill(dead, signal.SIGKILL)  # as the kernel's out-of-memory killer would
    assert messages.texts()[-1].startswith("E011") and "memory" in messages.texts()[-1]
    assert window.result.reading.document.file.endswith(CRANIAL_PDF.name), "the open chart is kept"
    open_and_wait(qtbot, window, TEXT_CHART)
    assert window.engine.restarts == 1 and window.engine.pid != dead


def test_a_chart_over_the_memory_bound_is_too_large(bounded, qtbot, tmp_path, messages):
    window = bounded(memory_mb=480)  # the pipeline and the sample charts fit; a million characters do not
    open_and_wait(qtbot, window, TEXT_CHART)
    _fails(qtbot, window, _long_chart(tmp_path, 1_000_000))
    assert messages.texts()[-1].startswith("E011") and "480 MB of memory" in messages.texts()[-1]
    open_and_wait(qtbot, window, CRANIAL_PDF)


def test_the_engine_raises_the_bound_errors(tmp_path):
    engine = Engine(Limits.from_env(chars=5000, seconds=1))
    try:
        with pytest.raises(TooLarge):
            engine.open([_long_chart(tmp_path, 20000)])
    finally:
        engine.close()
    engine = Engine(Limits.from_env(chars=0, seconds=1))  # a text over the character bound is refused
    try:                                                  # before it is read: this one must be read
        with pytest.raises(TimedOut):
            engine.open([_long_chart(tmp_path, 300_000, "slow.txt")])
    finally:
        engine.close()


# --------------------------------------------------------------------------------------------------
# Cancel, the command line's chart, closing
# --------------------------------------------------------------------------------------------------


def test_cancel_stops_the_reading_and_keeps_the_open_chart(bounded, qtbot, tmp_path, messages):
    window = bounded()
    open_and_wait(qtbot, window, CRANIAL_PDF)
    before = window.result
    window.open_chart(_long_chart(tmp_path, 300_000))
    assert window.cancel_button.isVisible() and window.cancel_action.isEnabled()
    old = _reading_started(qtbot, window)
    with qtbot.waitSignal(window.runner.cancelled, timeout=60000):
        window.cancel_button.click()
    assert messages.shown == [], "cancelling is no error"
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.result is before and window.chart_view.pages.page_count == 1
    assert not window.cancel_button.isVisible() and not window.cancel_action.isEnabled()
    assert not _alive(old)
    open_and_wait(qtbot, window, TEXT_CHART)


def test_the_command_line_chart_is_sent_before_the_window_and_read_once(qtbot):
    args = launcher.parse_args([str(CRANIAL_PDF)])
    engine = launcher.start_engine(args)
    assert engine._ahead, "the chart was sent to the worker before Qt was needed"
    window = launch(args, QApplication.instance(), engine)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.result is not None, timeout=120000)
        assert not engine._ahead and engine.restarts == 0
        assert Path(window.result.reading.document.file).name == CRANIAL_PDF.name
    finally:
        import sys

        sys.excepthook = sys.__excepthook__
        window.close()
        window.runner.wait(60000)


def test_the_bounds_are_set_like_the_command_line(monkeypatch):
    monkeypatch.setenv("SRSCHECK_MAX_PAGES", "7")
    engine = launcher.start_engine(launcher.parse_args(["--max-seconds", "5", "--max-memory", "900"]))
    try:
        assert (engine.limits.seconds, engine.limits.memory_mb, engine.limits.pages) == (5, 900, 7)
    finally:
        engine.close()


def test_closing_the_app_ends_the_worker_even_while_it_reads(qtbot, tmp_path):
    args = launcher.parse_args([str(_long_chart(tmp_path, 300_000))])
    window = launch(args, QApplication.instance())
    qtbot.addWidget(window)
    try:
        pid = _reading_started(qtbot, window)
        assert _alive(pid)
        window.close()
        window.runner.wait(60000)
        assert not _alive(pid), "no worker is left behind"
        assert window.engine.closed
        window.engine.start()
        assert window.engine.pid is None, "a closed app starts no worker"
    finally:
        import sys

        sys.excepthook = sys.__excepthook__


def test_without_select_on_pipes_the_answers_come_through_a_thread(monkeypatch, tmp_path):
    """Windows' select() takes no pipes: the client then reads the worker's answers in a thread."""
    from srscheck.desktop import engine as engine_module

    monkeypatch.setattr(engine_module, "SELECT_PIPES", False)
    engine = Engine(Limits.from_env(chars=5000))
    try:
        opened = engine.open([TEXT_CHART])
        assert opened.suggested.to_json() == analyze([TEXT_CHART], tuple(opened.first.suggested_codes),
                                                      saved=True).to_json()
        with pytest.raises(TooLarge):
            engine.open([_long_chart(tmp_path, 20000)])
        engine.open([TEXT_CHART])
    finally:
        engine.close()
