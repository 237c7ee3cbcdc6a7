"""The job runner: work happens off the GUI thread and a stale answer never reaches the window."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, QTimer
from srscheck.desktop.workers import JobRunner

from srscheck.core.messages import UnreadableChart


def test_newest_request_wins_and_stale_answer_is_dropped(qtbot):
    runner = JobRunner()
    release = threading.Event()
    got: list[tuple[str, object]] = []
    runner.finished.connect(lambda kind, value: got.append((kind, value)))

    def slow() -> str:
        release.wait(30)
        return "stale"

    runner.submit("open", slow)
    assert runner.busy and runner.pending("open")
    with qtbot.waitSignal(runner.finished, timeout=30000):
        runner.submit("open", lambda: "fresh")
        QTimer.singleShot(50, release.set)
    runner.wait(30000)
    qtbot.wait(50)
    assert got == [("open", "fresh")]
    assert not runner.busy and not runner.pending("open")


def test_job_runs_in_a_worker_thread_while_the_event_loop_keeps_running(qtbot):
    runner = JobRunner()
    gui = QThread.currentThread()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    release = threading.Event()

    def job() -> bool:
        release.wait(30)
        return QThread.currentThread() is not gui

    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        runner.submit("check", job)
        QTimer.singleShot(200, release.set)
    timer.stop()
    assert blocker.args == ["check", True]
    assert len(ticks) >= 5, "the GUI thread kept processing events while the job ran"


def test_coded_error_is_delivered_as_one_sentence(qtbot):
    runner = JobRunner()

    def fail() -> None:
        raise UnreadableChart("E001", file="gone.pdf")

    with qtbot.waitSignal(runner.failed, timeout=30000) as blocker:
        runner.submit("open", fail)
    assert blocker.args == ["open", "E001: gone.pdf was not found."]
    assert not runner.busy
