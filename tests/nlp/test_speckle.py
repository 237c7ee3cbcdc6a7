"""A speckled scan is cleaned before OCR (nlp/speckle.py): a 3 x 3 median filter removes dots smaller than a
stroke. Without it, a procedure note scanned at 150 dpi with heavy sensor speckle lost its last dose ("18 Gy"
read as "as cy"). A clean scan is handed to Tesseract untouched. The pages come from tests/pdfmaker.py's
scanner (``scan_noise``: seeded Gaussian speckle, in grey levels)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pdfmaker import make_text_pdf
from PIL import Image
from srscheck.nlp import read_chart, speckle

NOTE = """PROCEDURE NOTE: STEREOTACTIC RADIOSURGERY

PROCEDURE: Application of a stereotactic head frame under local anesthesia and Gamma Knife
radiosurgery of three targets in a single session.
DESCRIPTION: A stereotactic MRI with contrast and a CT were obtained for target localization. The right
frontal lesion measuring 1.4 cm received 20 Gy to the 50% isodose line, the left parietal lesion measuring
1.1 cm received 20 Gy to the 50% isodose line and the left cerebellar lesion measuring 0.9 cm
received 18 Gy to the 50% isodose line. The frame was removed without difficulty.
IMPRESSION: Gamma Knife radiosurgery of three metastases in one session, 20, 20 and 18 Gy.
"""


def _page(pdf: Path, dpi: int) -> Image.Image:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return doc[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()


@pytest.mark.parametrize("scan_dpi", [100, 150, 200])
def test_a_clean_scan_is_not_filtered(tmp_path: Path, scan_dpi: int) -> None:
    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=scan_dpi, font="Courier")
    page = _page(pdf, 2 * scan_dpi)  # as the reader renders a scan for OCR
    assert speckle.speckle_level(page) < speckle.SPECKLED
    assert speckle.despeckled(page) is page


@pytest.mark.parametrize("scan_dpi, noise", [(150, 30), (150, 40), (200, 40)])
def test_speckle_is_measured_and_removed(tmp_path: Path, scan_dpi: int, noise: float) -> None:
    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=scan_dpi, scan_noise=noise,
                        font="Courier")
    page = _page(pdf, 2 * scan_dpi)
    assert speckle.speckle_level(page) >= speckle.SPECKLED
    cleaned = speckle.despeckled(page)
    assert cleaned is not page
    assert speckle.speckle_level(cleaned) < 0.6 * speckle.speckle_level(page)


def test_a_heavily_speckled_scan_keeps_its_doses(tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=150, scan_noise=40, font="Courier")
    reading = read_chart(str(pdf))
    text = " ".join(reading.document.text.split())
    assert "received 18 Gy to the 50% isodose line" in text
    assert reading.facts.modality.value == "cobalt60"
    assert reading.facts.fractions.value == 1
