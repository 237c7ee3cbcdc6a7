"""A PDF table cell whose text is too long for its column runs into the next cell's text: two strings drawn into
each other with no space between them ("PTV_LPrecent" over the start of "Left precentral gyrus"). They are two
words (the reader's word would otherwise be "PTV_LPrecentLeft", a structure name no other document writes), while
a page that draws every letter as a string of its own, or a word in two strings that meet without overlapping, stays
one word."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import register_fonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from srscheck.nlp.reader import read_document


def _table_pdf(path: Path) -> Path:
    font, _bold = register_fonts()
    c = canvas.Canvas(str(path), pagesize=(612, 792), invariant=1)
    c.setFont(font, 10)
    c.drawString(60, 740, "Physician plan approval: three fractions for both lesions.")
    columns = (60, 100, 160, 330, 390)
    rows = [("Lesion", "PTV name", "Location", "Dose/fx", "Fx"),
            ("1", "PTV_RFr", "Right frontal", "9 Gy", "3"),
            ("2", "PTV_LPrecent", "Left precentral gyrus", "8 Gy", "3")]  # (71 pt wide in a 60 pt column)
    for k, row in enumerate(rows):
        for x, cell in zip(columns, row):
            c.drawString(x, 700 - 16 * k, cell)
    # a word drawn a letter at a time, each letter a string of its own, kerned into the one before it
    x = 60.0
    for ch in "Fractionated":
        c.drawString(x, 620, ch)
        x += stringWidth(ch, font, 10) - 0.4
    # a word in two strings that meet without overlapping (a font change inside the word)
    c.drawString(60, 600, "Dmax")
    c.drawString(60 + stringWidth("Dmax", font, 10), 600, "0.03cc")
    c.showPage()
    c.save()
    return path


def test_a_cell_run_into_the_next_is_two_words(tmp_path: Path) -> None:
    doc = read_document(_table_pdf(tmp_path / "plan.pdf"))
    words = [w.text for w in doc.pages[0].words]
    assert "PTV_LPrecent" in words and "Left" in words and "PTV_LPrecentLeft" not in words, words
    assert "PTV_LPrecent Left precentral gyrus" in doc.text.replace("\t", " ")


def test_letters_drawn_one_by_one_and_strings_that_only_meet_stay_one_word(tmp_path: Path) -> None:
    words = [w.text for w in read_document(_table_pdf(tmp_path / "plan.pdf")).pages[0].words]
    assert "Fractionated" in words, words
    assert "Dmax0.03cc" in words, words
