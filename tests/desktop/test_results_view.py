"""The main window with a chart read by hand (real PDF, real engine): highlights, overrides, report."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from conftest import CRANIAL_PDF, hand_reading, wait_for_result
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from srscheck.desktop.dialogs import RESTORE
from srscheck.desktop.panels import KEY_ROLE, KIND_ROLE

from srscheck.api import check_reading

CODES = ("77372", "61796", "61797")


@pytest.fixture
def shown(window):
    """The sample cranial chart on screen with its result, as after opening it."""
    window.path = CRANIAL_PDF
    window.chart_view.load_pdf(CRANIAL_PDF)
    result = check_reading(hand_reading(), CODES)
    window._base_reading = result.reading
    window._claimed = result.claimed
    window.codes_bar.set_codes(result.claimed)
    window._load_template_codes()  # an opened chart brings them from the worker
    window.show_result(result)
    return window


def _requirement(window, code: str, req_id: str):
    return next(r for c in window.result.codes if c.code == code for r in c.requirements if r.id == req_id)


def _highlight_rects(window) -> list[QRectF]:
    return [h.mapRectToScene(h.rect()) for h in window.chart_view.pages.highlights]


def test_results_tree_shows_code_category_requirement_with_icon_and_word(shown):
    tree = shown.results_panel.tree
    codes = [i.text() for i in tree.items("code")]
    assert codes[0].startswith("77372")
    reqs = tree.items("requirement")
    assert len(reqs) == sum(len(c.requirements) for c in shown.result.codes)
    first = reqs[0]
    status_cell = first.parent().child(first.row(), 1)
    assert status_cell.text() in ("met", "partial", "missing")
    assert not status_cell.icon().isNull() and not first.icon().isNull()
    assert first.parent().data(KIND_ROLE) == "category" and first.parent().parent().data(KIND_ROLE) == "code"
    suggestions = tree.items("suggestion")
    assert [s.data(KEY_ROLE) for s in suggestions] == shown.result.suggested_codes


def test_selecting_requirement_highlights_its_evidence_on_the_page(shown, qtbot):
    imaging = _requirement(shown, "77372", "imaging.planning")
    assert imaging.status == "met" and imaging.evidence[0].boxes
    assert shown.results_panel.select_requirement("imaging.planning", "77372")
    rects = _highlight_rects(shown)
    assert rects, "the evidence is highlighted"
    page = shown.chart_view.pages.page_item(imaging.evidence[0].page)
    boxes = imaging.evidence[0].boxes
    top = min(b.top for b in boxes) + page.pos().y()
    assert any(abs(r.top() - top) < 4 for r in rects)
    assert "planning CT" in shown.details.toPlainText()

    assert shown.results_panel.select_requirement("positioning.immobilization", "77372")
    moved = _highlight_rects(shown)
    assert moved and moved[0].top() != rects[0].top()
    visible = shown.chart_view.pages.mapToScene(shown.chart_view.pages.viewport().rect()).boundingRect()
    assert visible.intersects(moved[0])


def test_clicking_a_fact_shows_its_evidence(shown):
    shown.facts_panel.select_fact("modality")
    assert _highlight_rects(shown)
    assert "TrueBeam" in shown.details.toPlainText()
    assert shown.facts_panel.correct_button.isEnabled()


def test_override_rechecks_and_is_marked_as_the_coders(shown, qtbot):
    before = next(c for c in shown.result.codes if c.code == "61797")
    result = wait_for_result(qtbot, shown, lambda: shown.set_override("lesion_count", 1))
    fact = result.facts.lesion_count
    assert fact.value == 1 and fact.overridden and fact.original == 3
    after = next(c for c in result.codes if c.code == "61797")
    assert after.to_json() != before.to_json()
    name_cell = next(i for i in shown.facts_panel.tree.items("fact") if i.data(KEY_ROLE) == "lesion_count")
    assert shown.facts_panel.tree.model_.item(name_cell.row(), 1).text() == "1  (coder)"
    assert "1 fact(s) set by you" in shown.file_label.text()

    back = wait_for_result(qtbot, shown, lambda: shown.set_override("lesion_count", RESTORE))
    assert back.facts.lesion_count.value == 3 and not back.facts.lesion_count.overridden


def test_invalid_override_value_is_refused_with_a_message(shown, messages):
    assert not shown.set_override("modality", "tomotherapy")
    assert any(t.startswith("E023") for t in messages.texts())
    assert shown.result.facts.modality.value == "linac"


def test_fact_dialog_path(shown, qtbot, monkeypatch):
    from srscheck.desktop.dialogs import FactDialog

    def accept(dialog):
        dialog.set_value("robotic_linac")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FactDialog, "exec", accept)
    shown.facts_panel.select_fact("modality")
    result = wait_for_result(qtbot, shown, shown.correct_action.trigger)
    assert result.facts.modality.value == "robotic_linac" and result.facts.modality.overridden


def test_codes_entry_rechecks_and_is_saved_for_the_chart(shown, qtbot):
    result = wait_for_result(qtbot, shown, lambda: shown.set_codes_text("77373 , 77435"))
    assert [c.code for c in result.codes] == ["77373", "77435"]
    assert shown.settings.codes_for(result.reading.document.sha256) == ("77373", "77435")
    assert not shown.set_codes_text("77373, banana")
    assert shown.codes_bar.error.text().startswith("E021")


def test_export_writes_the_report_pdf(shown, monkeypatch, tmp_path: Path):
    shown.settings.set_coder_name("TESTCODER, ANA")
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert shown.export_report() == target
    with pdfplumber.open(target) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert CRANIAL_PDF.name in text and "77372" in text and "TESTCODER, ANA" in text
    assert shown.settings.report_folder() == str(target.parent)


def test_export_to_unwritable_folder_shows_message_and_keeps_working(shown, monkeypatch, tmp_path, messages):
    target = tmp_path / "missing-folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert shown.export_report() is None
    assert any(t.startswith("E030") for t in messages.texts())
    assert not target.exists() and shown.result is not None


def test_print_goes_to_a_pdf_printer_as_the_vector_report_off_the_gui_thread(shown, qtbot, monkeypatch,
                                                                            tmp_path: Path):
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    with qtbot.waitSignal(shown.print_done, timeout=60000) as blocker:
        assert shown.print_report()
        assert not shown.print_action.isEnabled(), "one print job at a time"
    timer.stop()
    pages = blocker.args[0]
    assert pages >= 1 and out.is_file()
    assert ticks, "the event loop ran while the report was printed"
    assert shown.print_action.isEnabled()
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == pages
        assert not pdf.pages[0].images, "the report is printed as vectors, not as a picture"
        assert "77372" in pdf.pages[0].extract_text(), "the printed text is selectable"
    assert out.stat().st_size < 1_000_000


def test_raster_fallback_prints_every_page(shown, tmp_path: Path):
    from srscheck.desktop.printing import print_pdf

    from srscheck.report import render_report

    out = tmp_path / "raster.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(100)
    pages = print_pdf(render_report(shown.result), printer)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == pages >= 1
        assert pdf.pages[0].images


def test_saved_template_reruns_the_open_charts_checks(shown, qtbot):
    editor = shown.show_template_editor()
    qtbot.addWidget(editor)
    editor._select_in_list("77372")
    editor.load("77372")
    editor.set_text(editor.text().replace("label: Planning CT or MRI performed",
                                          "label: Planning CT or MRI on file", 1))
    result = wait_for_result(qtbot, shown, editor.save)
    assert _requirement(shown, "77372", "imaging.planning").label == "Planning CT or MRI on file"
    assert result is shown.result


def test_report_marks_the_coders_override(shown, qtbot, monkeypatch, tmp_path: Path):
    wait_for_result(qtbot, shown, lambda: shown.set_override("fractions", 3))
    target = tmp_path / "overridden.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert shown.export_report() == target
    with pdfplumber.open(target) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages)
    assert "Set by the coder" in " ".join(text.split())


def test_codes_completer_completes_the_code_after_the_last_comma(shown):
    completer = shown.codes_bar.completer
    assert "77372" in completer.model().stringList()
    shown.codes_bar.edit.setText("77372, 7743")
    assert completer.splitPath(shown.codes_bar.edit.text()) == ["7743"]
    index = completer.model().index(completer.model().stringList().index("77432"), 0)
    assert completer.pathFromIndex(index) == "77372, 77432"


def test_missing_recent_file_is_reported_and_forgotten(shown, tmp_path: Path, messages):
    gone = tmp_path / "gone.pdf"
    shown.settings.add_recent_file(gone)
    shown._fill_recent_menu()
    action = next(a for a in shown.recent_menu.actions() if a.statusTip() == str(gone.resolve()))
    action.trigger()
    assert any("gone.pdf was not found" in t for t in messages.texts())
    assert str(gone.resolve()) not in shown.settings.recent_files()
    assert shown.result is not None  # the open chart is kept
