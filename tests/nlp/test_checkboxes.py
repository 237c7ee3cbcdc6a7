"""Checkboxes on scanned pages: found in the page image (OCR misreads or drops them) and put back into the
words as ☒ / ☐, so a scanned form's unticked options are no evidence of use."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy
import pytest
from PIL import Image, ImageDraw

from srscheck.nlp import read_text
from srscheck.nlp.checkboxes import find_checkboxes
from srscheck.nlp.pipeline import ChartReader

from pdfmaker import make_text_pdf


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
