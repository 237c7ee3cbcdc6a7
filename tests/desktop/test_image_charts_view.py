"""Scans and faxes in the desktop app: the open dialog offers them, a drop takes them, the page view shows
their frames as the pages the reader read, and evidence lands on the words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import drag_over
from imagemaker import STANDARD, fax_tiff, scan_image
from pdfmaker import Heading, KeyValue, RuledTable, make_chart_pdf
from PySide6.QtWidgets import QFileDialog

needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None,
                               reason="tesseract (apt-get install tesseract-ocr) absent")

SUMMARY = [
    Heading("Stereotactic Radiosurgery Summary"),
    KeyValue([("Treatment unit", "Varian TrueBeam STx"), ("Treatment date", "05/06/2025")]),
    "Thermoplastic mask; planning CT fused with MRI. One session, cone-beam CT before treatment.",
    RuledTable([("Target", "Dose", "Fractions"), ("Left occipital metastasis", "20 Gy", "1")]),
]


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_chart_pdf(tmp_path_factory.mktemp("scan") / "summary.pdf",
                          [[Heading("Fax cover"), "One page follows."], SUMMARY])


def test_the_open_dialog_offers_scans_and_faxes(window, monkeypatch) -> None:
    offered: list[str] = []

    def dialog(parent, caption, folder, filters, *args, **kwargs):
        offered.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(dialog))
    window.open_action.trigger()
    (filters,) = offered
    charts = filters.split(";;")[0]
    for pattern in ("*.pdf", "*.txt", "*.tif", "*.tiff", "*.png", "*.jpg", "*.jpeg"):
        assert pattern in charts, (pattern, filters)
    assert any(f.startswith("Scans and faxes (") and "*.tif" in f for f in filters.split(";;"))


def test_a_dropped_fax_is_a_chart(window) -> None:
    assert drag_over(window, ["/tmp/incoming/fax_0418.TIF", "/tmp/incoming/photo.jpeg"])[1]
    assert not drag_over(window, ["/tmp/incoming/letter.docx"])[1]


def test_page_view_shows_every_fax_frame_at_its_page_size(window, pdf: Path, tmp_path: Path) -> None:
    fax = fax_tiff(pdf, tmp_path / "fax.tif", STANDARD)  # 204 x 98 dpi: pixels twice as tall as wide
    view = window.chart_view
    view.load_course([fax])
    assert view.pdf_mode and view.pages.page_count == 2
    for number in (1, 2):
        item = view.pages.page_item(number)
        assert (item.width, item.height) == pytest.approx((612, 792), abs=1)
    thumb = view.pages.thumbnail(2, 96)
    assert thumb is not None and thumb.width() == 96 and thumb.height() == pytest.approx(96 * 792 / 612, abs=2)
    view.clear()


@needs_ocr
def test_open_a_png_scan_from_the_dialog_and_see_its_evidence(window, qtbot, monkeypatch, pdf: Path,
                                                              tmp_path: Path) -> None:
    scan = scan_image(pdf, tmp_path / "scan.png", page=1, dpi=300, dpi_tag=300)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(scan)], "")))
    with qtbot.waitSignal(window.hub.result_ready, timeout=180000) as blocker:
        window.open_action.trigger()
    result = blocker.args[0]
    assert Path(result.reading.document.file).name == "scan.png" and result.reading.document.ocr
    view = window.chart_view
    assert view.pdf_mode and view.pages.page_count == 1
    modality = result.facts.modality
    assert modality.value == "linac" and modality.evidence and modality.evidence[0].boxes
    item = next(i for i in window.facts_panel.tree.items("fact") if i.data(256 + 1)
                and i.data(256 + 1)[0] == modality.evidence[0])
    window.facts_panel.tree.select_item(item)
    highlights = view.pages.highlights
    assert highlights and highlights[0].parentItem() is view.pages.page_item(1)
    # the highlight is where the words are: inside the page, over the "Treatment unit" line
    rect = highlights[0].rect()
    page = view.pages.page_item(1)
    assert 0 <= rect.left() < rect.right() <= page.width and 0 <= rect.top() < rect.bottom() <= page.height
    want = next(w for w in result.reading.document.pages[0].words if w.text == "TrueBeam").box
    assert rect.top() <= want.top and want.bottom <= rect.bottom()
