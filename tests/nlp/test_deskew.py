"""A page scanned a few degrees crooked is set upright before OCR (nlp/deskew.py).

Tesseract gives each word an upright box, so on a page turned by 2-3 degrees the box of one line of text
spans two or three printed lines and the reader joined words of neighbouring lines out of order: a dictated
procedure note scanned 3 degrees crooked came out with 8 lesions instead of 3 and no fraction count.
The pages here are made by tests/pdfmaker.py's scanner (``scan_skew`` turns each page, alternating the
direction page by page; ``scan_noise`` adds sensor speckle)."""

from __future__ import annotations

from pathlib import Path

import numpy
import pypdfium2 as pdfium
import pytest
from pdfmaker import make_text_pdf
from srscheck.nlp import deskew, read_chart, read_text

NOTE = """PROCEDURE NOTE: STEREOTACTIC RADIOSURGERY

PREOPERATIVE DIAGNOSIS: Three brain metastases from non-small cell lung carcinoma.
PROCEDURE: Application of a stereotactic head frame under local anesthesia and Gamma Knife
radiosurgery of three targets in a single session.
DESCRIPTION: The frame was fixed at four pin sites. A stereotactic MRI with contrast and a CT were
obtained for target localization and co-registered at the planning workstation. The right frontal
lesion measuring 1.4 cm received 20 Gy to the 50% isodose line, the left parietal lesion measuring
1.1 cm received 20 Gy to the 50% isodose line and the left cerebellar lesion measuring 0.9 cm
received 18 Gy to the 50% isodose line. The frame was removed without difficulty.
IMPRESSION: Gamma Knife radiosurgery of three metastases in one session, 20, 20 and 18 Gy.
"""


def _pages(pdf: Path, dpi: int = 200) -> list[numpy.ndarray]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [numpy.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")) for page in doc]
    finally:
        doc.close()


@pytest.mark.parametrize("skew", [-4.0, -2.5, -1.0, 1.5, 3.0])
def test_the_slant_of_a_scanned_page_is_measured_from_its_text_lines(tmp_path: Path, skew: float) -> None:
    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=200, scan_skew=skew, font="Courier")
    (page,) = _pages(pdf)
    assert deskew.estimate_skew(page) == pytest.approx(-skew, abs=0.15)  # pdfmaker turns counter-clockwise


def test_an_upright_or_empty_page_is_left_as_it_is(tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=200, font="Courier")
    (page,) = _pages(pdf)
    assert deskew.estimate_skew(page) == pytest.approx(0.0, abs=0.1)
    from PIL import Image

    upright = Image.fromarray(page)
    assert deskew.page_skew(upright) == 0.0
    assert deskew.turned(upright, 0.0) is upright  # not resampled: an upright scan is read as before
    blank = numpy.full((1100, 850), 255, dtype=numpy.uint8)
    assert deskew.estimate_skew(blank) == 0.0


def test_turning_back_by_the_measured_angle_sets_the_lines_level(tmp_path: Path) -> None:
    from PIL import Image

    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=200, scan_skew=3.0, font="Courier")
    (page,) = _pages(pdf)
    image = Image.fromarray(page)
    angle = deskew.page_skew(image)
    assert angle != 0.0
    assert deskew.estimate_skew(numpy.asarray(deskew.turned(image, angle))) == pytest.approx(0.0, abs=0.15)


@pytest.mark.parametrize("skew, noise", [(3.0, 0.0), (-2.5, 0.0), (3.0, 25.0)])
def test_a_crooked_noisy_scan_is_read_like_a_straight_one(tmp_path: Path, skew: float, noise: float) -> None:
    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=150, scan_skew=skew, scan_noise=noise,
                        font="Courier")
    reading = read_chart(str(pdf))
    facts = reading.facts
    assert facts.modality.value == "cobalt60"
    assert facts.lesion_count.value == 3
    assert facts.fractions.value == 1
    assert facts.positioning.value == ["frame"]
    assert sorted(facts.imaging.value) == ["CT", "MRI"]
    text = reading.document.text
    assert "three brain metastases" in " ".join(text.split()).lower()  # one line's words in their order


def test_a_line_opened_by_a_decimal_goes_on_with_the_sentence_above() -> None:
    """"1.1 cm" opening a hard-wrapped line is a measurement, not list item 1: the left parietal lesion's
    sentence ("the left parietal lesion measuring / 1.1 cm received 20 Gy") stays one sentence."""
    lesions = read_text(NOTE).facts.lesions
    assert [lesion.name for lesion in lesions] == ["right frontal lesion", "left parietal lesion",
                                                  "left cerebellar lesion"]


def test_ragged_scanned_prose_keeps_its_sentences_whole(tmp_path: Path) -> None:
    """A scan's ordinary line spacing looks like a paragraph gap; the line below goes on with the line above
    when that ends without a stop and the next begins with a number ("lesion measuring" / "1.1 cm") or the line
    above ran to the margin ("... anesthesia and" / "Gamma Knife")."""
    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=150, font="Courier")
    reading = read_chart(str(pdf))
    text = reading.document.text
    assert "measuring\n1.1 cm" in text
    assert "anesthesia and\nGamma Knife" in text
    assert "difficulty.\n\nIMPRESSION" in text  # a gap after a stop is still a paragraph's end
    assert reading.facts.lesion_count.value == 3
