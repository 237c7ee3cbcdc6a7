"""File > Audit a Folder…: the window shows the figures of audit.json, saves and opens the PDF, and
fills a folder without results by running the batch first."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, TEXT_CHART
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from srscheck.desktop import audit_view
from srscheck.desktop.audit_view import REQUIREMENT_COLUMNS, TOTALS, shown

from srscheck.batch import build_audit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from auditgen import make_json_batch  # noqa: E402


def _answer_folders(monkeypatch: pytest.MonkeyPatch, *answers: Path) -> list[str]:
    """QFileDialog.getExistingDirectory answers these folders in turn; returns the captions asked."""
    queue = [str(a) for a in answers]
    asked: list[str] = []

    def ask(parent: Any, caption: str = "", *args: Any, **kwargs: Any) -> str:
        asked.append(caption)
        return queue.pop(0) if queue else ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(ask))
    return asked


def _audit_json(folder: Path, tmp_path: Path) -> dict[str, Any]:
    """What ``srscheck audit FOLDER`` writes, read back from the file."""
    path = tmp_path / "audit.json"
    build_audit(folder, json_path=path)
    return json.loads(path.read_text(encoding="utf-8"))


def _assert_shows(win, audit: dict[str, Any]) -> None:
    for key, _title in TOTALS:
        assert win.total_labels[key].text() == shown(key, audit["totals"][key]), key
    expected = [[shown(k, req[k]) for k, _ in REQUIREMENT_COLUMNS] for req in audit["requirements"]]
    assert win.shown_requirements() == expected
    assert win.table.model().rowCount() == len(audit["requirements"])


def test_audit_of_a_batch_folder_shows_audit_json_and_saves_the_pdf(qtbot, window, messages, monkeypatch,
                                                                     tmp_path):
    out = make_json_batch(tmp_path / "out", 60)
    _answer_folders(monkeypatch, out)
    assert "Ctrl+Shift+A" in window.audit_action.shortcut().toString()
    window.audit_action.trigger()
    flow = window._audit_flow
    qtbot.waitUntil(lambda: flow.window is not None, timeout=60000)
    win = flow.window
    audit = _audit_json(out, tmp_path)
    _assert_shows(win, audit)
    # the known figures of the generated batch (tests/auditgen.py), as the window writes them
    assert win.total_labels["courses"].text() == "59"
    assert win.total_labels["not_checked"].text() == "1"
    first, second = win.shown_requirements()[:2]  # worst first: MRI partial in 25%, signature missing in 20%
    assert (first[0], first[-1], second[0], second[-1]) == (
        "Planning MRI fused to the planning CT", "25%", "Signed by the treating physician", "20%")
    assert not (out / "audit.json").exists()  # viewing the audit writes nothing into the folder
    assert not messages.shown

    pdf = tmp_path / "saved" / "audit"
    (tmp_path / "saved").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    assert not win.open_button.isEnabled()
    with qtbot.waitSignal(win.saved, timeout=120000) as blocker:
        qtbot.mouseClick(win.save_button, Qt.MouseButton.LeftButton)
    saved = blocker.args[0]
    assert saved == pdf.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert [p.name for p in saved.parent.iterdir()] == ["audit.pdf"]  # atomic write: no temp file left
    assert win.open_button.isEnabled()
    qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    assert win.page_window is not None and win.page_window.isVisible()
    assert win.page_window.page_view.page_count >= 2
    assert not messages.shown


def test_folder_without_results_runs_the_batch_then_shows_its_audit(qtbot, window, messages, monkeypatch,
                                                                     tmp_path):
    charts = tmp_path / "charts"
    charts.mkdir()
    shutil.copy(TEXT_CHART, charts / TEXT_CHART.name)
    shutil.copy(SAMPLES / "s11_adrenal_cgy_no_igrt.pdf", charts / "s11.pdf")
    out = tmp_path / "out"
    out.mkdir()
    asked = _answer_folders(monkeypatch, out, charts, out)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("77373x3, 77435", True)))
    monkeypatch.setattr(audit_view, "BATCH_WORKERS", 1)  # no worker processes: the batch runs in the thread
    window.audit_folder()
    flow = window._audit_flow
    assert [k for k, *_ in messages.shown] == ["question"]  # offered to run the batch
    assert len(asked) == 3
    qtbot.waitUntil(lambda: flow.window is not None or len(messages.shown) > 1, timeout=240000)
    assert len(messages.shown) == 1, messages.shown
    win = flow.window
    assert (out / "summary.json").is_file() and len(list(out.glob("*.json"))) >= 3
    audit = _audit_json(out, tmp_path)
    assert audit["totals"]["courses"] == 2 and audit["totals"]["codes_claimed"] == 4
    _assert_shows(win, audit)
    assert win.table.model().rowCount() > 0


def test_an_unreadable_folder_is_one_sentence_in_a_dialog(qtbot, window, messages, monkeypatch, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.json").write_text("{not json", encoding="utf-8")
    _answer_folders(monkeypatch, out)
    window.audit_folder()
    flow = window._audit_flow
    with qtbot.waitSignal(flow.failed, timeout=60000):
        pass
    assert flow.window is None
    (kind, title, text), = messages.shown
    assert kind == "warning" and text.startswith(f"E070: Cannot audit {out}: summary.json cannot be read")
    assert "Traceback" not in text and text.count(". ") == 0
