"""The reader on real PDFs built here with reportlab (and on the shared dev corpus when present)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from srscheck.nlp import ocr
from srscheck.nlp.reader import document_from_text, read_document

from srscheck.core.messages import UnreadableChart
from srscheck.core.model import Box, Document

LETTER = (612.0, 792.0)
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FONT_DIR = Path(str(files("srscheck.resources") / "fonts"))

Draw = Callable[[canvas.Canvas, int], None]


def make_pdf(path: Path, pages: list[Draw], *, encrypt: StandardEncryption | None = None,
             pagesize: tuple[float, float] = LETTER) -> Path:
    c = canvas.Canvas(str(path), pagesize=pagesize, encrypt=encrypt)
    for n, draw in enumerate(pages, start=1):
        c.setFont("Helvetica", 10)
        draw(c, n)
        c.showPage()
    c.save()
    return path


def lines_at(c: canvas.Canvas, x: float, y: float, lines: list[str], leading: float = 13.0) -> None:
    for k, line in enumerate(lines):
        c.drawString(x, y - k * leading, line)


def word_box(doc: Document, word: str, occurrence: int = 0) -> Box:
    starts = [m.start() for m in re.finditer(re.escape(word), doc.text)]
    start = starts[occurrence]
    boxes = doc.boxes(start, start + len(word))
    assert boxes, f"no box for {word!r}"
    box = boxes[0]
    for b in boxes[1:]:
        box = box.union(b)
    return box


def assert_offsets(doc: Document) -> None:
    for page in doc.pages:
        assert doc.text[page.start:page.end].count("\f") == 0
        for w in page.words:
            assert doc.text[w.start:w.end] == w.text
            assert page.start <= w.start <= w.end <= page.end


# --------------------------------------------------------------------------------------------------
# Multi-page: headers, footers, page numbers
# --------------------------------------------------------------------------------------------------


def _header_footer_page(c: canvas.Canvas, n: int) -> None:
    c.setFont("Helvetica-Bold", 11)
    c.drawString(54, 760, "Example Test Hospital")
    c.drawRightString(558, 760, "Radiation Oncology")
    c.setFont("Helvetica", 9)
    c.drawString(54, 746, f"TESTPATIENT, ALPHA - MRN TST-0001 - printed 0{n}/01/2025")
    c.setFont("Helvetica", 10)
    lines_at(c, 60, 690, [f"Body paragraph number {n} describes the course.",
                          f"Second line of page {n} body text."])
    c.drawRightString(558, 40, f"Page {n} of 3")
    c.drawCentredString(306, 26, "SYNTHETIC TEST RECORD - no real patient")


def test_repeated_headers_footers_and_page_numbers_removed(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "three.pdf", [_header_footer_page] * 3)
    doc = read_document(pdf)
    assert len(doc.pages) == 3 and doc.text.count("\f") == 2
    assert doc.text.count("TESTPATIENT") == 1  # banner kept on the first page only
    assert doc.text.count("Example Test Hospital") == 1
    assert doc.text.count("SYNTHETIC TEST RECORD") == 1
    assert not re.search(r"Page \d", doc.text)
    for n, page in enumerate(doc.pages, start=1):
        body = doc.text[page.start:page.end]
        assert f"Body paragraph number {n} describes the course." in body
        assert doc.page_at(page.start + body.index("Body")) == n
    assert "TESTPATIENT" in doc.text[doc.pages[0].start:doc.pages[0].end]
    assert_offsets(doc)


def test_page_number_removed_on_single_page(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, n: int) -> None:
        lines_at(c, 60, 700, ["Only page of a short note.", "Prescription 18 Gy in 1 fraction."])
        c.drawRightString(558, 40, "Page 1/1")

    doc = read_document(make_pdf(tmp_path / "one.pdf", [draw]))
    assert "Page" not in doc.text and "1/1" not in doc.text
    assert "Prescription 18 Gy in 1 fraction." in doc.text


@pytest.mark.parametrize("footer", ["Page {n} of 3", "Page {n}/3", "page: {n}", "- {n} -", "{n}", "{n} of 3",
                                    "Printed 01/0{n}/2025 Page {n} of 3"])
def test_page_number_styles(footer: str) -> None:
    body = "Body line {n} with the dose.\nSecond body line.\nThird body line.\nFourth body line.\n"
    pages = ["TESTPATIENT, BETA - Example Hospital\n" + body.format(n=n) + "\n" * 4 + footer.format(n=n)
             for n in (1, 2, 3)]
    doc = document_from_text("\f".join(pages))
    assert len(doc.pages) == 3
    assert doc.text.count("TESTPATIENT") == 1
    assert not re.search(r"(?i)page|of 3|- \d -|^\d$", doc.text, re.MULTILINE)
    assert doc.text.count("Printed") == (1 if "Printed" in footer else 0)
    for n in (1, 2, 3):
        assert f"Body line {n} with the dose." in doc.text


# --------------------------------------------------------------------------------------------------
# Layout: two columns, tables, hyphenation
# --------------------------------------------------------------------------------------------------

LEFT = ["Left column starts here with the history", "of the patient and continues for several",
        "lines of running text about the brain", "metastasis that was treated with care",
        "and ends the left column now."]
RIGHT = ["Right column begins with the plan for", "the stereotactic course and carries on",
         "over more lines of running text about", "the dose and the fractions that were",
         "given; this ends the right column."]


def test_two_column_page_reads_left_column_then_right(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, 720, "Two Column Treatment Summary")
        c.setFont("Helvetica", 10)
        lines_at(c, 60, 690, LEFT)
        lines_at(c, 320, 690, RIGHT)
        c.drawString(60, 590, "Full width closing line below both columns.")

    doc = read_document(make_pdf(tmp_path / "twocol.pdf", [draw]))
    flat = " ".join(doc.text.split())
    left, right = " ".join(LEFT), " ".join(RIGHT)
    assert left in flat and right in flat
    assert flat.index("Two Column") < flat.index(left) < flat.index(right) < flat.index("Full width closing")
    assert "\t" not in doc.text  # the gutter is not a cell separator
    assert doc.tables == ()


def test_two_column_lines_never_on_one_baseline(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, n: int) -> None:
        lines_at(c, 60, 690, LEFT)
        lines_at(c, 320, 683.5, RIGHT)  # half a line lower: no left line shares a right line's height

    doc = read_document(make_pdf(tmp_path / "offset.pdf", [draw]))
    flat = " ".join(doc.text.split())
    assert flat.index(" ".join(LEFT)) < flat.index(" ".join(RIGHT))


def test_two_column_flowed_paragraphs_with_unaligned_lines(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12.5, spaceAfter=7, alignment=4)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=3)
    left = [f"Left paragraph {k}: the history describes a lesion number {k} that was followed on serial "
            f"imaging for several months before treatment was chosen by the board." for k in range(1, 4)]
    right = [f"Right paragraph {k}: the plan delivered the dose in fractions with image guidance and the "
             f"patient tolerated treatment number {k} well without any acute toxicity." for k in range(1, 4)]
    path = tmp_path / "flowed.pdf"
    doc = BaseDocTemplate(str(path), pagesize=LETTER)
    frames = [Frame(54, 72, 240, 620, id="left"), Frame(318, 72, 240, 613.5, id="right")]  # lines half a line apart
    doc.addPageTemplates([PageTemplate(frames=frames)])
    story = [Paragraph("History", head)] + [Paragraph(t, body) for t in left] + [FrameBreak()]
    story += [Paragraph(t, body) for t in right[:1]] + [Paragraph("Plan details", head)]
    story += [Paragraph(t, body) for t in right[1:]]
    doc.build(story)
    doc = read_document(path)
    assert "\t" not in doc.text and doc.tables == ()  # justified word gaps are not cell gaps
    text = " ".join(doc.text.split())
    for t in left + right:
        assert t in text
    assert text.index(left[-1]) < text.index(right[0]) < text.index("Plan details") < text.index(right[1])


def test_two_column_page_with_tables_inside_the_columns(make_pdf: Callable[..., Path]) -> None:
    """A key/value list and short lines on the left, a heading, a ruled table and prose on the right: each
    column is read whole (no line spans the gutter), and a left line longer than the lines the gutter
    was first measured on only narrows the gutter."""
    from pdfmaker import ColumnBreak, Heading, KeyValue, Paragraph, RuledTable

    left_prose = ("Screening MRI showed three small enhancing foci in the posterior fossa and one in the "
                  "parietal lobe; the longest line of this column is written here on purpose.")
    right_prose = "Six coplanar arcs were used. Secondary monitor unit check passed before delivery."
    path = make_pdf([[
        Heading("Radiosurgery Note"),
        KeyValue([("Unit", "Versa HD"), ("Sessions", "1"), ("Mode", "VMAT")], value_x=70),
        Heading("History", level=2),
        Paragraph(left_prose),
        Paragraph("Karnofsky score 80, no deficits."),
        ColumnBreak(),
        Heading("Targets", level=2),
        RuledTable([("Label", "Where", "Gy")] + [("T1", "R parietal", "18"), ("T2", "L cerebellum", "16")]),
        Paragraph(right_prose),
        Heading("Verification", level=2),
        Paragraph("Cone-beam CT matched to the planning scan before the first arc and after the last arc."),
    ]], two_columns=True)
    doc = read_document(path)
    assert_offsets(doc)
    flat = " ".join(doc.text.split())
    order = ["Radiosurgery Note", "Versa HD", left_prose, "no deficits.", "Targets", "R parietal",
             right_prose, "Verification", "after the last arc."]
    at = [flat.index(t) for t in order]
    assert at == sorted(at), flat
    for line in doc.text.splitlines():  # the gutter is never a cell separator inside one text line
        cells = line.split("\t")
        assert not (len(cells) == 2 and ("Targets" in cells[1] or "Verification" in cells[1])), line


def test_two_column_page_whose_right_column_is_label_value_rows(make_pdf: Callable[..., Path]) -> None:
    """Prose on the left; a heading, label / value rows (one value wrapped) and a table on the right. The
    label's gap is not the page's gutter: the labels stay beside their values, no left line is joined
    to a label, and the wrapped value follows its label."""
    from pdfmaker import ColumnBreak, Heading, KeyValue, Paragraph

    history = ("Sixty-eight year old man with intermediate-risk adenocarcinoma of the prostate; four gold "
               "fiducial markers and a hydrogel spacer were placed two weeks before the planning scan, and "
               "MRI was fused to the planning CT for contouring of the gland.")
    path = make_pdf([[
        Heading("Prostate SBRT Completion Summary"),
        Heading("History", level=2),
        Paragraph(history),
        Paragraph("No androgen deprivation. Bowel and bladder preparation were reviewed at every visit."),
        ColumnBreak(),
        Heading("Plan", level=2),
        KeyValue([("System", "CyberKnife S7 with InCise MLC"),
                  ("Tracking", "fiducial (4 seeds), intrafraction kV images every 45 s"),
                  ("Rx", "36.25 Gy / 5 fx to PTV"), ("IDL", "82%")], value_x=60),
        Paragraph("Total delivered 36.25 Gy in 5 fractions to the prostate, completed on schedule."),
    ]], two_columns=True)
    doc = read_document(path)
    assert_offsets(doc)
    flat = " ".join(doc.text.split())
    assert " ".join(history.split()) in flat
    assert flat.index("every visit.") < flat.index("Plan") < flat.index("System")
    assert "System\tCyberKnife S7 with InCise MLC" in doc.text
    assert "IDL\t82%" in doc.text
    for line in doc.text.splitlines():  # no line of the left column carries a label of the right one
        assert not any(line.endswith(label) or f"\t{label}\t" in line for label in ("System", "Tracking", "Rx")) \
            or line.startswith(("System", "Tracking", "Rx")), line


def test_two_columns_that_both_open_with_label_value_rows(make_pdf: Callable[..., Path]) -> None:
    """Both columns open with label / value rows side by side, and the right column's ruled table runs below
    the left column's last line before the right column's prose: every row stays in its column, and the
    prose after the table is still the right column's."""
    from pdfmaker import ColumnBreak, Heading, KeyValue, Paragraph, RuledTable

    history = ("Sixty-six year old man with cirrhosis and a 3.3 cm hepatocellular carcinoma in segment eight; "
               "three gold fiducials were placed percutaneously and a vacuum cushion with abdominal "
               "compression was made at simulation.")
    path = make_pdf([[
        Heading("Liver SBRT Course Summary"),
        KeyValue([("Course", "10/05/2026 - 10/14/2026"), ("Unit", "Elekta Versa HD")], value_x=70),
        Paragraph(history),
        ColumnBreak(),
        Heading("Plan", level=2),
        KeyValue([("Rx", "PTV_S8 800 cGy x 5 = 4000 cGy"), ("QA", "Delta4 98.2%")], value_x=60),
        RuledTable([("Fx", "Date", "cGy")] + [(str(k), f"10/0{k + 4}", "800") for k in range(1, 6)]),
        Paragraph("All cone-beam CTs were matched on the fiducials and approved by the physician before each "
                  "fraction; the patient tolerated the course with grade 1 nausea only and no other toxicity."),
    ]], two_columns=True)
    doc = read_document(path)
    assert_offsets(doc)
    assert "Course\t10/05/2026 - 10/14/2026\n" in doc.text
    assert "Rx\tPTV_S8 800 cGy x 5 = 4000 cGy\n" in doc.text
    flat = " ".join(doc.text.split())
    order = ["Liver SBRT", "Elekta Versa HD", " ".join(history.split()), "Plan", "Rx", "10/09",
             "All cone-beam CTs were matched"]
    at = [flat.index(t) for t in order]
    assert at == sorted(at), flat


def test_two_columns_whose_label_value_rows_wrap_on_both_sides(make_pdf: Callable[..., Path]) -> None:
    """Both columns open with label / value rows whose values wrap, so a line holds a left label and value
    beside only the wrapped end of a right value (starting at the right column's value x, not at its edge):
    those lines are still two columns, never one row joining a left value to a right one."""
    from pdfmaker import ColumnBreak, Heading, KeyValue, Paragraph, RuledTable

    path = make_pdf([[
        Heading("Stereotactic Body Radiotherapy - Structured Course Record"),
        KeyValue([("Patient", "EXAMPLEPATIENT, BARTHOLOMEW"), ("Record", "SYN-99001"), ("Programme", "NW-THX-0412"),
                  ("Attending", "Wilhelmina Ashcombe, MD"), ("Physicist", "Maximilian Featherstone, MS, DABR")]),
        Heading("1. Indication", level=2),
        Paragraph("Left lower lobe peripheral squamous carcinoma, 1.9 cm, node negative on EBUS, declined "
                  "lobectomy after surgical review. History of a prostate cancer treated with external beam "
                  "radiotherapy in 2018, unrelated to this course."),
        Heading("2. Simulation", level=2),
        Paragraph("Simulated supine on a vacuum cushion with arms above the head; four-dimensional CT with ten "
                  "phases and an internal target volume drawn on the maximum-intensity projection, checked "
                  "phase by phase; planning target volume a five millimetre expansion."),
        ColumnBreak(),
        Heading("4. Plan", level=2),
        KeyValue([("Planning system", "Eclipse 18.0, AcurosXB"), ("Unit", "Varian TrueBeam, 6 MV FFF"),
                  ("Technique", "2 partial VMAT arcs (179-15 deg)"), ("Normalisation", "Rx to the 80% isodose line"),
                  ("PTV volume", "19.8 cc")]),
        RuledTable([("Structure", "Metric", "Constraint", "Plan"), ("PTV_48", "V48Gy", ">= 95%", "96.0%"),
                    ("Rib", "D1cc", "< 50 Gy", "38.4 Gy"), ("Spinal cord", "Dmax", "< 18 Gy", "5.2 Gy")]),
        Paragraph("Delivered 48 Gy in 4 fractions every other day with cone-beam CT before each fraction; the "
                  "couch shifts applied before each arc were within two millimetres in every direction."),
    ]], two_columns=True, font="Helvetica", header="NORTHWOOD THORACIC PROGRAMME - SBRT RECORD")
    doc = read_document(path)
    assert_offsets(doc)
    for line in doc.text.splitlines():  # no line joins the left column's rows to the right column's
        left = any(w in line for w in ("EXAMPLEPATIENT", "BARTHOLOMEW", "SYN-99001", "NW-THX-0412", "Record",
                                       "Programme"))
        right = any(w in line for w in ("Eclipse", "TrueBeam", "MV FFF", "VMAT", "(179-15", "Unit", "Technique"))
        assert not (left and right), line
    flat = " ".join(doc.text.split())
    assert flat.index("Physicist") < flat.index("1. Indication") < flat.index("4. Plan")


def test_text_aligned_table_rows_and_key_values(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, n: int) -> None:
        c.drawString(60, 720, "Treatment unit")
        c.drawString(200, 720, "Varian TrueBeam (6X-FFF)")
        c.drawString(60, 706, "Treatment date")
        c.drawString(200, 706, "02/12/2025")
        c.drawString(60, 670, "Narrative line between the two tables of this chart.")
        for k, row in enumerate([("Lesion", "Location", "Dose", "Fractions"), ("1", "Left frontal", "22 Gy", "1"),
                                 ("2", "Right temporal", "20 Gy", "1"), ("3", "Left cerebellar", "18 Gy", "1")]):
            for x, cell in zip((60, 130, 280, 360), row):
                c.drawString(x, 640 - 14 * k, cell)

    doc = read_document(make_pdf(tmp_path / "tables.pdf", [draw]))
    assert "Treatment unit\tVarian TrueBeam (6X-FFF)\n" in doc.text
    assert "2\tRight temporal\t20 Gy\t1\n" in doc.text
    assert len(doc.tables) == 2
    kv, lesions = doc.tables
    assert kv.header == () and [c.text for c in kv.rows[0]] == ["Treatment unit", "Varian TrueBeam (6X-FFF)"]
    assert [c.text for c in lesions.header] == ["Lesion", "Location", "Dose", "Fractions"]
    assert [[c.text for c in r] for r in lesions.rows] == [
        ["1", "Left frontal", "22 Gy", "1"], ["2", "Right temporal", "20 Gy", "1"],
        ["3", "Left cerebellar", "18 Gy", "1"]]
    cell = lesions.rows[1][1]
    assert doc.text[cell.start:cell.end] == "Right temporal"
    assert "Narrative line between the two tables of this chart.\n" in doc.text


def test_ruled_table_with_wrapped_cell(tmp_path: Path) -> None:
    xs, ys = (60, 120, 330, 420), (700, 684, 654, 638)

    def draw(c: canvas.Canvas, n: int) -> None:
        c.drawString(60, 720, "Lesion table follows.")
        c.grid(list(xs), list(ys))
        for x, t in zip(xs, ("Target", "Location", "Dose")):
            c.drawString(x + 4, 689, t)
        c.drawString(64, 671, "A")
        c.drawString(124, 671, "Left temporal lobe, adjacent to the")
        c.drawString(124, 659, "optic pathway")
        c.drawString(334, 671, "18 Gy")
        c.drawString(64, 643, "B")
        c.drawString(124, 643, "Right cerebellar")
        c.drawString(334, 643, "20 Gy")

    doc = read_document(make_pdf(tmp_path / "ruled.pdf", [draw]))
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert [c.text for c in t.header] == ["Target", "Location", "Dose"]
    assert [[c.text for c in r] for r in t.rows] == [
        ["A", "Left temporal lobe, adjacent to the optic pathway", "18 Gy"], ["B", "Right cerebellar", "20 Gy"]]
    assert "A\tLeft temporal lobe, adjacent to the optic pathway\t18 Gy\n" in doc.text
    assert t.box is not None and 55 <= t.box.x0 <= 70 and t.box.top == pytest.approx(792 - 700, abs=14)


def test_hyphenation_joined_and_real_hyphens_kept(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, n: int) -> None:
        lines_at(c, 60, 700, ["The patient had stereotactic radio-", "surgery with a T1-weighted MRI on a 6X-",
                              "FFF beam and a non-", "Coplanar arc. Daily cone-",
                             "beam CT; a post-contrast scan showed",
                              "the intra-", "cranial lesion; the post-", "contrast images were fused."])

    doc = read_document(make_pdf(tmp_path / "hyph.pdf", [draw]))
    assert "stereotactic radiosurgery with a T1-weighted MRI on a 6X-FFF beam" in doc.text
    assert "non-Coplanar" in doc.text
    assert "Daily cone-beam CT" in doc.text  # a compound broken at its own hyphen
    assert "the intracranial lesion" in doc.text
    assert "the post-contrast images" in doc.text  # spelt with the hyphen elsewhere in the chart
    assert_offsets(doc)
    box = word_box(doc, "radio")
    assert box.top == pytest.approx(792 - 700 - 9, abs=4)  # 'radio' sits on the first line
    assert word_box(doc, "surgery").top > box.top + 8


# --------------------------------------------------------------------------------------------------
# Geometry: boxes, rotation, Unicode
# --------------------------------------------------------------------------------------------------


def test_word_boxes_lie_where_the_words_were_drawn(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, n: int) -> None:
        c.setFont("Helvetica", 12)
        c.drawString(100, 600, "Dose MARKERWORD given")

    doc = read_document(make_pdf(tmp_path / "box.pdf", [draw]))
    box = word_box(doc, "MARKERWORD")
    x0 = 100 + pdfmetrics.stringWidth("Dose ", "Helvetica", 12)
    x1 = x0 + pdfmetrics.stringWidth("MARKERWORD", "Helvetica", 12)
    assert box.x0 == pytest.approx(x0, abs=1.5) and box.x1 == pytest.approx(x1, abs=1.5)
    assert box.top < 792 - 600 < box.bottom  # the baseline (top-left origin) is inside the box
    assert box.bottom - box.top < 20


def _dark_fraction(pdf_path: Path, box: Box) -> float:
    """Share of dark pixels inside ``box`` on the page as rendered (rotation applied)."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        image = pdf[0].render(scale=2).to_pil().convert("L")
    finally:
        pdf.close()
    crop = image.crop((int(box.x0 * 2), int(box.top * 2), int(box.x1 * 2) + 1, int(box.bottom * 2) + 1))
    pixels = crop.tobytes()
    return sum(1 for p in pixels if p < 128) / max(len(pixels), 1)


def test_rotated_page_reads_upright_and_boxes_match_rendering(tmp_path: Path) -> None:
    path = tmp_path / "rotated.pdf"
    c = canvas.Canvas(str(path), pagesize=LETTER)
    c.setPageRotation(90)  # reportlab stores a landscape MediaBox (792 x 612) with /Rotate 90
    c.saveState()
    c.translate(80, 40)
    c.rotate(90)  # text runs up the MediaBox, i.e. left to right once the page is shown rotated
    c.setFont("Helvetica", 12)
    for k, line in enumerate(["Rotated page first line ROTMARK", "second line of the rotated page",
                              "third line says 25 Gy in 5 fractions"]):
        c.drawString(0, -16 * k, line)
    c.restoreState()
    c.showPage()
    c.save()
    doc = read_document(path)
    assert doc.pages[0].rotation == 90
    assert (doc.pages[0].width, doc.pages[0].height) == (612.0, 792.0)
    assert "Rotated page first line ROTMARK\nsecond line of the rotated page\nthird line says 25 Gy in 5 fractions\n" \
        in doc.text
    box = word_box(doc, "ROTMARK")
    assert box.x1 - box.x0 > box.bottom - box.top  # upright word: wider than tall once displayed
    assert _dark_fraction(path, box) > 0.08


def test_sideways_text_on_upright_page(tmp_path: Path) -> None:
    def draw(c: canvas.Canvas, n: int) -> None:
        c.saveState()
        c.translate(100, 80)
        c.rotate(90)
        c.setFont("Helvetica", 12)
        lines_at(c, 0, 0, ["Landscape table printed sideways", "Dose 30 Gy in 5 fractions SIDEMARK"], 16)
        c.restoreState()

    path = make_pdf(tmp_path / "sideways.pdf", [draw])
    doc = read_document(path)
    assert "Landscape table printed sideways\nDose 30 Gy in 5 fractions SIDEMARK\n" in doc.text
    box = word_box(doc, "SIDEMARK")
    assert box.bottom - box.top > box.x1 - box.x0
    assert _dark_fraction(path, box) > 0.08


def test_unicode_and_dose_units(tmp_path: Path) -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))

    def draw(c: canvas.Canvas, n: int) -> None:
        c.setFont("DejaVuSans", 10)
        lines_at(c, 60, 700, ["Dose ≥ 1800 cGy to the PTV; leakage 5 µSv.", "Médecin: Dr Hélène Côté"])

    doc = read_document(make_pdf(tmp_path / "unicode.pdf", [draw]))
    assert "Dose ≥ 1800 cGy to the PTV; leakage 5 µSv.\nMédecin: Dr Hélène Côté\n" in doc.text
    assert_offsets(doc)


def test_document_is_deterministic_and_hashed(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "det.pdf", [_header_footer_page] * 2)
    a, b = read_document(path), read_document(path)
    assert a == b
    import hashlib

    assert a.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert a.file == str(path)


# --------------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------------


def test_text_file_is_one_page_with_cells_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "chart.txt"
    path.write_text("Stereotactic radio-\nsurgery summary\n\nTreatment unit     Varian TrueBeam\n"
                    "Treatment date     02/12/2025\n\nDose ≥ 18 Gy, µ, é.\n", encoding="utf-8")
    doc = read_document(path)
    assert len(doc.pages) == 1 and doc.file == str(path) and not doc.ocr
    assert doc.text.startswith("Stereotactic radiosurgery summary\n")
    assert "Treatment unit\tVarian TrueBeam\nTreatment date\t02/12/2025\n" in doc.text
    assert "Dose ≥ 18 Gy, µ, é.\n" in doc.text
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 2
    assert_offsets(doc)


def test_text_ligatures_and_decomposed_accents() -> None:
    doc = document_from_text("Ef\ufb01cacy con\ufb01rmed by Dr He\u0301le\u0300ne.\n")
    assert doc.text == "Efficacy confirmed by Dr Hélène.\n"
    assert_offsets(doc)


def test_document_from_text_defaults() -> None:
    doc = document_from_text("Plan: 24 Gy in 3 fractions.\nSingle sentence on line two.")
    assert doc.file == "chart.txt" and len(doc.sha256) == 64
    assert doc.text == "Plan: 24 Gy in 3 fractions.\nSingle sentence on line two.\n"
    start = doc.text.index("fractions")
    assert [w.text for w in doc.pages[0].words if w.start >= start][:1] == ["fractions."]
    assert doc.boxes(start, start + 9)


# --------------------------------------------------------------------------------------------------
# Unreadable input
# --------------------------------------------------------------------------------------------------


def _code(path: Path) -> str:
    with pytest.raises(UnreadableChart) as err:
        read_document(path)
    assert str(path) in str(err.value)
    return err.value.code


def _simple(c: canvas.Canvas, n: int) -> None:
    lines_at(c, 60, 700, ["A readable line of chart text.", "Another line with 18 Gy."])


def test_missing_folder_and_not_a_pdf(tmp_path: Path) -> None:
    assert _code(tmp_path / "nope.pdf") == "E001"
    assert _code(tmp_path) == "E009"
    fake = tmp_path / "fake.pdf"
    fake.write_text("just some words, not a PDF")
    assert _code(fake) == "E002"
    doc = tmp_path / "chart.docx"
    doc.write_bytes(b"PK\x03\x04\x00\x00binary")
    assert _code(doc) == "E002"


def test_bad_utf8_and_empty_text(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Dose 18 Gy \x00\x01\x02\x03\x04\x05\x06\x07\x08 \xff\xfe\xfa broken")  # binary
    assert _code(bad) == "E010"
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    assert _code(empty) == "E007"


def test_truncated_pdf(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", [_simple] * 2)
    data = good.read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        bad = tmp_path / f"cut{cut}.pdf"
        bad.write_bytes(data[:cut])
        try:
            doc = read_document(bad)
        except UnreadableChart as err:
            assert err.code == "E004", err
        else:  # PDFium repaired it: it must then be the real text, not garbage
            assert "A readable line of chart text." in doc.text
    tiny = tmp_path / "tiny.pdf"
    tiny.write_bytes(data[:300])
    assert _code(tiny) == "E004"


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    enc = StandardEncryption("userpw", ownerPassword="ownerpw", canPrint=0)
    path = make_pdf(tmp_path / "locked.pdf", [_simple], encrypt=enc)
    assert _code(path) == "E003"


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    enc = StandardEncryption("", ownerPassword="ownerpw", canPrint=0, canCopy=0)
    path = make_pdf(tmp_path / "restricted.pdf", [_simple], encrypt=enc)
    assert b"/Encrypt" in path.read_bytes()
    assert "A readable line of chart text." in read_document(path).text


def test_zero_pages(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    pdf = pdfium.PdfDocument.new()
    pdf.save(str(path))
    pdf.close()
    assert _code(path) == "E005"


def _scan_pdf(path: Path, lines: list[str]) -> Path:
    """A PDF whose only content is an image of text (no text layer), like a scanner makes."""
    from PIL import Image, ImageDraw, ImageFont

    dpi = 200
    image = Image.new("L", (int(8.5 * dpi), int(5 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 40)
    for k, line in enumerate(lines):
        draw.text((120, 120 + 70 * k), line, fill=0, font=font)
    png = path.with_suffix(".png")
    image.save(png)
    c = canvas.Canvas(str(path), pagesize=LETTER)
    c.drawImage(str(png), 0, 792 - 360, width=612, height=360)
    c.showPage()
    c.save()
    return path


SCAN_LINES = ["Stereotactic radiosurgery summary", "Prescription 18 Gy in one fraction"]


def test_scan_without_ocr_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    path = _scan_pdf(tmp_path / "scan.pdf", SCAN_LINES)
    with pytest.raises(UnreadableChart) as err:
        read_document(path)
    assert err.value.code == "E006" and "OCR" in str(err.value)


def test_blank_pdf_has_no_text(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "blank.pdf", [lambda c, n: None])
    assert _code(path) == "E007"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract (apt-get install tesseract-ocr) absent")
def test_scan_is_read_with_ocr(tmp_path: Path) -> None:
    path = _scan_pdf(tmp_path / "scan.pdf", SCAN_LINES)
    doc = read_document(path)
    assert doc.ocr
    assert "Stereotactic radiosurgery summary\n" in doc.text  # the image's wide line spacing may
    assert "\nPrescription 18 Gy in one fraction\n" in doc.text  # read as a paragraph break
    box = word_box(doc, "Prescription")
    # drawn at x=120 px of a 1700 px wide image shown 612 pt wide; second line at 190 px of 1000 px (360 pt)
    assert box.x0 == pytest.approx(120 * 612 / 1700, abs=4)
    assert box.top == pytest.approx(190 * 360 / 1000, abs=6)


# --------------------------------------------------------------------------------------------------
# The shared dev corpus
# --------------------------------------------------------------------------------------------------

corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared dev corpus not present")


@corpus
def test_corpus_reads_cleanly() -> None:
    for pdf in sorted(CORPUS.glob("*.pdf")):
        doc = read_document(pdf)
        assert len(doc.pages) >= 1 and doc.text.strip(), pdf.name
        assert not re.search(r"Page \d+\s*/\s*\d+", doc.text), pdf.name
        assert_offsets(doc)
        gold = json.loads(pdf.with_suffix(".gold.json").read_text())
        assert not gold.get("expect_error")


@corpus
def test_corpus_lesion_tables() -> None:
    doc = read_document(CORPUS / "dev_02.pdf")
    lesions = [t for t in doc.tables if t.header and t.header[0].text == "Lesion"]
    assert len(lesions) == 1 and len(lesions[0].rows) == 3
    assert [c.text for c in lesions[0].rows[2]][:2] == ["3", "Left cerebellar"]
    doc = read_document(CORPUS / "dev_01.pdf")
    assert "Treatment unit\tVarian TrueBeam (6X-FFF)\n" in doc.text
    doc = read_document(CORPUS / "dev_13.pdf")
    assert [[c.text for c in r] for r in doc.tables[0].rows] == [["A", "Left temporal", "18 Gy"],
                                                                 ["B", "Right cerebellar", "20 Gy"]]
