"""Checkboxes on scanned pages: found in the page image (OCR misreads or drops them) and put back into the
words as ☒ / ☐, so a scanned form's unticked options are no evidence of use."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy
import pytest
from pdfmaker import make_text_pdf
from PIL import Image, ImageDraw
from srscheck.nlp import read_text
from srscheck.nlp.checkboxes import find_checkboxes, with_checkboxes
from srscheck.nlp.pipeline import ChartReader


def _page(draw_ops) -> numpy.ndarray:
    im = Image.new("L", (900, 300), 255)
    d = ImageDraw.Draw(im)
    draw_ops(d)
    return numpy.asarray(im)


def _box(d: ImageDraw.ImageDraw, x: int, y: int, ticked: bool, side: int = 30) -> None:
    d.rectangle((x, y, x + side, y + side), outline=0, width=3)
    if ticked:
        d.line((x + 6, y + 6, x + side - 6, y + side - 6), fill=0, width=3)
        d.line((x + 6, y + side - 6, x + side - 6, y + 6), fill=0, width=3)


def test_ticked_and_empty_boxes_are_told_apart():
    def ops(d):
        _box(d, 100, 100, True)
        _box(d, 300, 100, False)
        _box(d, 500, 100, True)

    found = find_checkboxes(_page(ops), 300)
    assert [(x0, ticked) for x0, _y0, _x1, _y1, ticked in found] == [(100, True), (300, False), (500, True)]


def test_a_filled_square_or_a_bar_is_no_box():
    def ops(d):
        d.rectangle((100, 100, 130, 130), fill=0)  # a solid block
        d.rectangle((300, 100, 400, 103), fill=0)  # a rule
        d.ellipse((500, 100, 530, 130), outline=0, width=3)  # a letter O

    assert find_checkboxes(_page(ops), 300) == []


FORM = """GAMMA KNIFE FUNCTIONAL PROCEDURE FORM

Fixation: ☒ Leksell G frame ☐ Icon mask

Imaging: ☒ MRI CISS 0.6 mm ☒ CT with frame ☐ angiography

Right trigeminal neuralgia, 80 Gy maximum dose delivered in one session on the Gamma Knife Icon."""


def test_a_text_form_reads_its_boxes():
    f = read_text(FORM).facts
    assert (f.positioning.value, f.imaging.value) == (["frame"], ["CT", "MRI"])


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract (apt-get install tesseract-ocr) absent")
def test_a_scanned_form_reads_its_boxes_like_a_text_one(tmp_path: Path):
    pdf = make_text_pdf(tmp_path / "form.pdf", FORM, scan=True, scan_dpi=150)
    r = ChartReader().read(pdf)
    assert r.document.ocr
    assert "☐" in r.document.text and "☒" in r.document.text
    assert (r.facts.positioning.value, r.facts.imaging.value) == (["frame"], ["CT", "MRI"])


def test_a_scanned_tables_ruling_lines_are_found_and_text_strokes_are_not():
    from srscheck.nlp.checkboxes import ruling_lines

    def ops(d):
        for y in (50, 100, 150):  # a 2 x 3 grid of thin grey lines
            d.line((100, y, 700, y), fill=110, width=1)
        for x in (100, 400, 700):
            d.line((x, 50, x, 150), fill=110, width=1)
        d.text((120, 70), "R frontal  27 Gy", fill=0)

    edges = ruling_lines(_page(ops), 300 / 72)
    assert sum(e["orientation"] == "h" for e in edges) == 3
    assert sum(e["orientation"] == "v" for e in edges) == 3


def test_a_record_with_one_column_per_day_gives_each_lesion_its_total():
    r = read_text("SRS TREATMENT RECORD\n"
                  "Lesion        Size     Dose/fx    07/13    07/15    07/17    Total\n"
                  "R frontal     2.0 cm   9 Gy       9        9        9        27 Gy\n"
                  "R temporal    2.6 cm   8 Gy       8        8        8        24 Gy\n\n"
                  "Both lesions completed 07/17/2026 in 3 fractions on the Versa HD.\n")
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(27.0, 3), (24.0, 3)]
    assert r.facts.fractions.value == 3


def test_a_records_header_repeated_on_the_next_page_is_no_lesion():
    head = "Target      Fx     Date      Dose      Cum.\n"
    r = read_text("SBRT Treatment Summary\n" + head +
                  "RLL         1      09/14     10 Gy     10 Gy\nLUL         1      09/14     10 Gy     10 Gy\n"
                  "RLL         2      09/16     10 Gy     20 Gy\n"
                  "LUL         2      09/16     10 Gy     20 Gy\n\f" + head +
                  "RLL         3      09/18     10 Gy     30 Gy\nLUL         3      09/18     10 Gy     30 Gy\n\n"
                  "Both nodules 30 Gy in 3 fractions completed 09/18/2026 on the Halcyon.\n")
    assert sorted((les.name, les.dose_gy) for les in r.facts.lesions) == [("LUL", 30.0), ("RLL", 30.0)]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract (apt-get install tesseract-ocr) absent")
def test_a_coarse_scan_is_read_at_twice_its_resolution(tmp_path: Path):
    import pypdfium2
    from srscheck.nlp.ocr import OCR_DPI, render_dpi, scan_dpi

    log = ("CYBERKNIFE DAILY TREATMENT LOG\n"
           "TRACKING: Synchrony + fiducial (3 seeds) COUCH: standard pad, arms down\n"
           "Fx 1 09/08/26 18 Gy; Fx 2 09/10/26 18 Gy; Fx 3 09/12/26 18 Gy\n"
           "COMPLETED 54 Gy / 3 fx to RLL. Signed: E. Vasquez-Holm MD 09/12/26\n")
    pdf = make_text_pdf(tmp_path / "log.pdf", log, scan=True, scan_dpi=100, font="Courier")
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        assert round(scan_dpi(doc[0])) == 100 and render_dpi(scan_dpi(doc[0])) == 200
        assert render_dpi(150.0) == render_dpi(None) == OCR_DPI  # a 150 dpi scan is read at 300 as before
    finally:
        doc.close()
    text = ChartReader().read(pdf).document.text
    assert "CYBERKNIFE" in text and "09/12/26" in text  # at 300 dpi the title is lost


def test_a_box_inside_a_word_is_one_of_its_letters():
    # a bold "O" of a scanned heading found as a box in the middle of the OCR word "FRACTION" is no checkbox (a
    # "☐" there made the heading an unticked option, so "ROBOTIC SRS" named no unit); a box at a word's left
    # edge ("Oframe": the box glued to its label) or alone stays a box
    def make(text, x0, top, x1, bottom, lt, lb):
        return (text, x0, top, x1, bottom, lt, lb)

    def box_of(w):
        return w[1:]

    heading = [make("ROBOTIC", 56.9, 94.8, 119.5, 105.6, 94.8, 105.6), make("FRACTION", 166.3, 94.8, 236.9, 105.6,
                                                                           94.8, 105.6)]
    out = with_checkboxes(heading, [(218, 95, 226, 103, False)], 1.0, make, box_of)
    assert [w[0] for w in out] == ["ROBOTIC", "FRACTION"]
    form = [make("Oframe", 100.0, 95.0, 140.0, 105.0, 95.0, 105.0), make("mask", 160.0, 95.0, 180.0, 105.0, 95.0,
                                                                        105.0)]
    out = with_checkboxes(form, [(100, 96, 108, 104, True), (150, 96, 158, 104, False)], 1.0, make, box_of)
    assert sorted(w[0] for w in out) == sorted(["Oframe", "mask", "\u2612", "\u2610"])
