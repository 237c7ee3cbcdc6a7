"""Desktop tests: Qt offscreen, QSettings in the test's tmp folder, modal dialogs never block."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
CRANIAL_PDF = SAMPLES / "s03_truebeam_hyperarc_pacemaker.pdf"
TEXT_CHART = SAMPLES / "s17_rib_sbrt_text.txt"


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path) -> Path:
    """Every test gets its own settings file (INI) under tmp_path."""
    folder = tmp_path / "qsettings"
    QCoreApplication.setOrganizationName("srscheck-tests")
    QCoreApplication.setApplicationName("srscheck-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


class MessageLog:
    """QMessageBox static calls recorded instead of shown; ``answer`` is what question() returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.shown]


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    log = MessageLog()

    def record(kind: str):
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any):
            log.shown.append((kind, title, text))
            return log.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return log


@pytest.fixture(scope="session")
def engine():
    """One analysis worker for the session's windows (it loads the pipeline once); each request carries
    the test's SRSCHECK_* environment, so the worker uses the test's own folders."""
    from srscheck.desktop.engine import Engine

    shared = Engine()
    shared.start()
    yield shared
    shared.close()


@pytest.fixture
def window(qtbot, engine):
    from srscheck.desktop.main_window import MainWindow

    win = MainWindow(engine=engine)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.runner.wait(60000)


def open_and_wait(qtbot, window, path: Path, timeout: int = 120000) -> None:
    """Open a chart and wait until its result is shown."""
    with qtbot.waitSignal(window.hub.result_ready, timeout=timeout):
        window.open_chart(path)


def wait_for_result(qtbot, window, action, timeout: int = 120000) -> Any:
    with qtbot.waitSignal(window.hub.result_ready, timeout=timeout) as blocker:
        action()
    return blocker.args[0]


def drag_over(window, paths: list[Path | str]) -> tuple[QMimeData, bool]:
    """Drag files over the window: the drag's data, and whether the window accepts it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    return mime, enter.isAccepted()


def drop_on(window, mime: QMimeData) -> None:
    QApplication.sendEvent(window, QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def hand_reading(path: Path = CRANIAL_PDF):
    """A reading of the sample cranial chart with facts set by hand (real document, real word boxes)."""
    from srscheck.nlp.reader import read_document

    from srscheck.core.model import ChartFacts, Fact, Lesion, Reading

    doc = read_document(path)

    def ev(pattern: str):
        m = re.search(pattern, doc.text)
        assert m, pattern
        return (doc.evidence(m.start(), m.end(), rule="test"),)

    lesions = tuple(Lesion(name, "cranial", "simple", dose, 1, evidence=ev(name))
                    for name, dose in (("Left frontal metastasis", 20.0), ("Right parietal metastasis", 20.0),
                                       ("Left cerebellar metastasis", 18.0)))
    facts = ChartFacts(
        modality=Fact("linac", ev(r"Varian TrueBeam STx")),
        sites=Fact(["cranial"], ev(r"three new brain metastases")),
        lesion_count=Fact(3, ev(r"three new brain metastases")),
        fractions=Fact(1, ev(r"in one session")),
        imaging=Fact(["CT"], ev(r"contrast-enhanced planning CT")),
        positioning=Fact(["mask"], ev(r"thermoplastic SRS mask")),
        lesions=lesions,
    )
    return Reading(document=doc, facts=facts)
