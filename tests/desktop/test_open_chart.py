"""Opening charts for real (srscheck.api.analyze in the worker): dialog, drop, command line, errors."""

from __future__ import annotations

from pathlib import Path

from conftest import CRANIAL_PDF, SAMPLES, TEXT_CHART, drag_over, drop_on, open_and_wait, wait_for_result
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from srscheck.desktop.app import launch, parse_args

THREE_PAGES = SAMPLES / "s14_pituitary_25fx_three_pages.pdf"


def test_open_via_dialog_reads_in_the_worker_without_blocking(window, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(CRANIAL_PDF)], "")))
    busy: list[bool] = []
    window.hub.busy_changed.connect(busy.append)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    result = wait_for_result(qtbot, window, window.open_action.trigger)
    timer.stop()
    assert ticks, "the event loop kept running during the analysis"
    assert Path(result.reading.document.file).name == CRANIAL_PDF.name
    assert window.chart_view.pages.page_count == len(result.reading.document.pages)
    # no codes saved for this chart: the suggested codes are claimed
    assert result.claimed == tuple(result.suggested_codes)
    assert window.codes_bar.edit.text() == ", ".join(result.suggested_codes)
    assert window.settings.recent_files()[0] == str(CRANIAL_PDF.resolve())
    assert busy == [True, False] and not window.busy_bar.isVisible()


def test_drop_opens_the_chart(window, qtbot):
    mime, accepted = drag_over(window, [CRANIAL_PDF])
    assert accepted
    result = wait_for_result(qtbot, window, lambda: drop_on(window, mime))
    assert Path(result.reading.document.file).name == CRANIAL_PDF.name


def test_the_open_dialog_and_a_drop_take_every_file_the_reader_reads(window, qtbot, monkeypatch, tmp_path):
    """The open dialog's first filter offers every file type the reader accepts, a CSV export among them, from
    core.formats.READ_SUFFIXES: a real dialog given that filter lists the folder's .csv and .text charts beside
    its PDF and not its letter; a dropped CSV is opened and read as a text chart."""
    from PySide6.QtCore import QDir

    from srscheck.core.formats import READ_SUFFIXES

    record = tmp_path / "record.csv"
    record.write_text("date,fraction,target,dose_cgy,cumulative_cgy,imaging,status\n"
                      + "".join(f"2026-03-{9 + k:02d},{k},R_parietal,500,{500 * k},CBCT matched,treated\n"
                                for k in range(1, 6)), encoding="utf-8")
    for name in ("plan.pdf", "notes.text", "letter.docx"):
        (tmp_path / name).write_bytes(b"x")
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda parent, caption, folder, filters, *a, **k: (offered.append(filters),
                                                                                        ([], ""))[1]))
    window.open_action.trigger()
    (filters,) = offered
    dialog = QFileDialog(window, "Open chart", str(tmp_path), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    charts = dialog.nameFilters()[0]
    patterns = charts[charts.index("(") + 1:charts.rindex(")")].split()
    assert charts.startswith("Charts (") and patterns == [f"*{s}" for s in READ_SUFFIXES]
    listed = QDir(str(tmp_path)).entryList(patterns, QDir.Filter.Files)
    assert sorted(listed) == ["notes.text", "plan.pdf", "record.csv"]
    assert any(f.startswith("Text files and CSV exports (") and "*.csv" in f for f in dialog.nameFilters())
    dialog.deleteLater()
    mime, accepted = drag_over(window, [record])
    assert accepted
    result = wait_for_result(qtbot, window, lambda: drop_on(window, mime))
    assert Path(result.reading.document.file).name == "record.csv" and result.reading.document.tables


def test_drag_of_other_files_is_refused(window):
    assert not drag_over(window, ["/tmp/letter.docx", "/tmp/sheet.xlsx"])[1]


def test_command_line_chart_is_opened(qtbot):
    app = QApplication.instance()
    window = launch(parse_args([str(CRANIAL_PDF)]), app)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.result is not None, timeout=120000)
        assert Path(window.result.reading.document.file).name == CRANIAL_PDF.name
        assert window.isVisible()
    finally:
        import sys

        sys.excepthook = sys.__excepthook__
        window.runner.wait(60000)


def test_unreadable_chart_shows_a_message_and_the_app_keeps_working(window, qtbot, tmp_path, messages):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"this is not a PDF at all")
    with qtbot.waitSignal(window.runner.failed, timeout=120000):
        window.open_chart(bad)
    assert any(t.startswith("E002") for t in messages.texts()), messages.shown
    assert window.result is None and not window.export_action.isEnabled()
    open_and_wait(qtbot, window, CRANIAL_PDF)
    assert window.result is not None and window.export_action.isEnabled()


def test_opening_another_chart_discards_the_first(window, qtbot):
    results = []
    window.hub.result_ready.connect(results.append)
    window.open_chart(CRANIAL_PDF)
    with qtbot.waitSignal(window.hub.result_ready, timeout=120000):
        window.open_chart(THREE_PAGES)
    window.runner.wait(60000)
    qtbot.wait(100)
    assert [Path(r.reading.document.file).name for r in results] == [THREE_PAGES.name]
    assert window.chart_view.pages.page_count == 3


def test_requirement_on_another_page_scrolls_there(window, qtbot):
    open_and_wait(qtbot, window, THREE_PAGES)
    pages = window.chart_view.pages
    on_later_page = [(c.code, r) for c in window.result.codes for r in c.requirements
                     if r.evidence and r.evidence[0].page > 1 and r.evidence[0].boxes]
    assert on_later_page, "the sample has evidence after page 1"
    code, req = on_later_page[0]
    pages.verticalScrollBar().setValue(0)
    assert window.results_panel.select_requirement(req.id, code)
    item = pages.page_item(req.evidence[0].page)
    visible = pages.mapToScene(pages.viewport().rect()).boundingRect()
    highlight = pages.highlights[0]
    assert highlight.parentItem() is item
    assert visible.intersects(highlight.mapRectToScene(highlight.rect()))
    assert pages.current_page() >= 2


def test_saved_codes_come_back_for_the_same_chart(window, qtbot):
    open_and_wait(qtbot, window, CRANIAL_PDF)
    wait_for_result(qtbot, window, lambda: window.set_codes_text("77372, 61798"))
    open_and_wait(qtbot, window, THREE_PAGES)
    result = wait_for_result(qtbot, window, lambda: window.open_chart(CRANIAL_PDF))
    assert result.claimed == ("77372", "61798")
    assert "saved earlier" in window.codes_bar.origin.text()


def test_text_chart_is_shown_as_text_with_highlights(window, qtbot):
    open_and_wait(qtbot, window, TEXT_CHART)
    assert not window.chart_view.pdf_mode
    with_evidence = [(c.code, r) for c in window.result.codes for r in c.requirements if r.evidence]
    assert with_evidence
    code, req = with_evidence[0]
    assert window.results_panel.select_requirement(req.id, code)
    highlighted = window.chart_view.text.highlighted
    assert highlighted
    doc_text = window.result.reading.document.text
    ev = req.evidence[0]
    assert highlighted[0].replace("\u2029", "\n") == doc_text[ev.start:ev.end].replace("\f", "\n")
