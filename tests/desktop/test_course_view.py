"""Several files opened as one course, and the reader's review flags shown first."""

from __future__ import annotations

from pathlib import Path

from conftest import drag_over, drop_on, open_and_wait, wait_for_result
from PySide6.QtWidgets import QFileDialog
from srscheck.desktop.panels import KIND_ROLE

COURSE = Path(__file__).resolve().parents[1] / "blind_corpus6" / "b6_02"
FILES = sorted(COURSE.iterdir())

FLAGGED = ("Summary: all three metastases were treated with radiosurgery on the TrueBeam.\n"
           "1. Left frontal metastasis, 20 Gy in 1 fraction\n"
           "2. Right temporal metastasis, 18 Gy in 1 fraction\n")


def test_open_dialog_with_several_files_reads_one_course_and_evidence_jumps_to_its_document(
        window, qtbot, monkeypatch):
    assert len(FILES) == 4 and {p.suffix for p in FILES} == {".pdf", ".txt"}
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in FILES], "")))
    with qtbot.waitSignal(window.hub.result_ready, timeout=180000) as blocker:
        window.open_action.trigger()
    result = blocker.args[0]
    parts = result.reading.document.parts
    assert [Path(p.file).name for p in parts] == [p.name for p in FILES]
    view = window.chart_view
    assert view.documents.isVisible() and view.documents.count() == 4
    assert "+ 3 more" in window.windowTitle()
    assert window.settings.recent_files()[0].split("\n") == [str(p.resolve()) for p in FILES]

    # every fact with evidence in a later document: clicking it shows that document and the words
    jumped = set()
    for item in window.facts_panel.tree.items("fact"):
        evidence = item.data(256 + 1)
        if not evidence or evidence[0].document is None:
            continue
        window.facts_panel.tree.select_item(item)
        ev = evidence[0]
        assert view.current_document == ev.document, item.text()
        source = FILES[ev.document]
        if source.suffix == ".pdf":
            assert view.pdf_mode and view.pages.highlights
            assert view.pages.highlights[0].parentItem() is view.pages.page_item(ev.page)
        else:
            assert not view.pdf_mode
            shown = view.text.highlighted[0].replace("\u2029", "\n")
            assert shown == result.reading.document.text[ev.start:ev.end].replace("\f", "\n")
        assert FILES[ev.document].name in window.statusBar().currentMessage()
        assert FILES[ev.document].name in window.details.toPlainText()
        jumped.add(ev.document)
    assert len(jumped) >= 2, "the course's evidence is in more than one document"

    # Find runs across the documents
    view.open_find()
    count = view.find("fraction")
    assert count > 0 and len({d for d, _ in view.hits}) >= 2
    view.find_step(1)
    view.find_step(-1)
    assert view.current_document == view.hits[view.current_hit][0]


def test_dropping_several_files_opens_them_as_one_course(window, qtbot):
    mime, accepted = drag_over(window, FILES[:2])
    assert accepted
    result = wait_for_result(qtbot, window, lambda: drop_on(window, mime), timeout=180000)
    assert len(result.reading.document.parts) == 2
    assert window.chart_view.documents.count() == 2


def test_review_flags_come_first_with_their_quotations(window, qtbot, tmp_path):
    chart = tmp_path / "flagged.txt"
    chart.write_text(FLAGGED, encoding="utf-8")
    open_and_wait(qtbot, window, chart)
    assert window.result.review, "the reader flags the count statement"
    tree = window.results_panel.tree
    first = tree.model_.item(0, 0)
    assert first.data(KIND_ROLE) == "review" and tree.isExpanded(first.index())
    flag = first.child(0, 0)
    assert flag.data(KIND_ROLE) == "review_flag"
    assert "all three metastases" in flag.text(), "the flag shows its quotation"
    tree.select_item(flag)
    assert any("all three metastases" in h for h in window.chart_view.text.highlighted)
    assert "all three metastases" in window.details.toPlainText()
