"""The quotation checker (tests/quotecheck.py) on a real two-column printout, and the reader's quotations.

The checker is what ``test_samples.test_every_quotation_is_one_column_of_one_page`` runs on every chart of
every corpus; here it is shown to catch each kind of bad quotation on a real file.
"""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, make_chart_pdf
from quotecheck import _Frame, quote_problems
from srscheck.nlp.reader import read_document

from srscheck.core.model import clean_quote, sentence_bounds

ROOT = Path(__file__).resolve().parents[2]
TWO_COLUMNS = ROOT / "tests" / "blind_corpus6" / "b6_24.pdf"  # a two-column HyperArc printout


def _word(frame: _Frame, text: str, after: str | None = None) -> int:
    """Index of the first word ``text`` (the one right after word ``after`` when given)."""
    for i, w in enumerate(frame.words):
        if w.text == text and (after is None or (i and frame.words[i - 1].text == after)):
            return i
    raise AssertionError(f"no word {text!r}")


def test_gutter_is_told_from_table_and_key_value_gaps() -> None:
    doc = read_document(TWO_COLUMNS)
    frame = _Frame(doc.pages[0])
    heading = _word(frame, "Targets")  # left column heading, beside the right column's prose
    right = next(i for i, w in enumerate(frame.words) if w.text == "4" and frame.words[i + 1].text == "non-coplanar")
    assert frame.is_gutter(heading, right)
    assert not frame.is_gutter(_word(frame, "Course"), _word(frame, "C1"))  # key / value
    assert not frame.is_gutter(_word(frame, "L1"), _word(frame, "R", after="L1"))  # table cells of one row
    assert not frame.is_gutter(_word(frame, "Metastatic"), _word(frame, "small-bowel"))  # one line of prose


def test_label_value_rows_beside_a_prose_column_are_not_a_gutter() -> None:
    """A two-column page whose right column is label / value rows: the gap between a label and its value
    is not a gutter: the prose column across the page does not border it."""
    frame = _Frame(read_document(ROOT / "tests" / "blind_corpus11" / "b11_07.pdf").pages[0])
    assert not frame.is_gutter(_word(frame, "System"), _word(frame, "CyberKnife", after="System"))


def test_closely_padded_table_cells_are_not_running_text() -> None:
    """A ruled table whose cells are padded less than an em: a row's cells are a cell gap apart (wider
    than a word space), so the row is not two columns of running text."""
    doc = read_document(ROOT / "tests" / "blind_corpus12" / "b12_10" / "2_treatment_summary.pdf")
    frame = _Frame(doc.pages[0])
    assert not frame.is_gutter(_word(frame, "7", after="rib"), _word(frame, "XVI", after="7"))


def test_checker_names_each_bad_quotation() -> None:
    doc = read_document(TWO_COLUMNS)
    good = {"page": 1, "text": "CT 1 mm 06/18/2025 in an Encompass SRS mask;"}
    joined = {"page": 1, "text": "Targets 4 non-coplanar arcs"}  # what a line across the gutter would say
    cut = {"page": 1, "text": "8 Gy; V12 brain 7.9 cc."}  # "5.8 Gy" cut at its decimal point
    shortened = {"page": 1, "text": "06/26/2025 fraction 1 of 1. CBCT + AlignRT before treatment, 6DoF…"}
    result = {"facts": {"a": {"evidence": [good, shortened]}, "b": {"evidence": [joined]}},
              "codes": [{"requirements": [{"evidence": [cut]}]}]}
    problems = quote_problems(result, doc)
    assert len(problems) == 2
    assert "not in the page text" in problems[0] and "Targets 4" in problems[0]
    assert "cuts a word or number" in problems[1]
    assert quote_problems({"x": {"page": 2, "text": "CT"}}, doc) == [
        "page 2 (document 0) does not exist: 'CT'"]


def test_sentence_quotation_keeps_decimals_and_whole_words() -> None:
    text = "Left occipital metastasis, 1.0 cm, colon adenocarcinoma. Next sentence here."
    at = text.index("colon")
    s, e = sentence_bounds(text, at, at + 5)
    assert text[s:e] == "Left occipital metastasis, 1.0 cm, colon adenocarcinoma."
    long = "word " * 80 + "target here " + "more " * 80
    at = long.index("target")
    s, e = sentence_bounds(long, at, at + 6)
    assert long[s - 1] == " " and long[e] == " "  # cut by the length limit at word boundaries
    assert clean_quote("alpha beta gamma delta epsilon", 20) == "alpha beta gamma…"


def test_a_quotation_never_runs_over_a_page_break() -> None:
    text = "Footer line of page one\fTarget\tRx\tFx\nT1\t20 Gy\t1\n"
    at = text.index("Footer")
    s, e = sentence_bounds(text, at, text.index("Rx") + 2)
    assert text[s:e].startswith("Target") and "\f" not in text[s:e]


def test_a_column_of_labels_beside_their_values_is_no_gutter() -> None:
    """A prescription printed as label / value rows, the labels several words long ("Dose per fraction",
    "Rx approved by") and the values far to their right: the labels are a table's first column, so a row
    quoted whole ("Total dose 2600 cGy") joins no columns; the two-column page's gutter above still counts."""
    doc = read_document(ROOT / "tests" / "blind_corpus21" / "b21_20.pdf")
    frame = _Frame(doc.pages[0])
    assert not frame.is_gutter(_word(frame, "fraction", after="per"), _word(frame, "2600"))
    assert not frame.is_gutter(_word(frame, "by", after="approved"), _word(frame, "Genevieve"))
    assert quote_problems({"x": {"page": 1, "text": "Total dose 2600 cGy"}}, doc) == []


def test_a_bullet_hung_before_its_item_is_no_gutter() -> None:
    """A two-column letter whose right column is a list with hanging bullets ("-" then, an indent later,
    "M1 R frontal ..."): the bullet belongs to its item, so a quotation starting at the bullet joins no
    columns; a left-column line's last word and the bullet beside it still straddle the page's gutter."""
    doc = read_document(ROOT / "tests" / "blind_corpus48" / "b48_06.pdf")
    frame = _Frame(doc.pages[0])
    bullet = _word(frame, "M1") - 1
    assert frame.words[bullet].text == "-"
    assert not frame.is_gutter(bullet, bullet + 1)
    line = frame.lines[frame.line_of(bullet)]
    beside = max((i for i in line if frame.boxes[i][2] < frame.boxes[bullet][0]), key=lambda i: frame.boxes[i][2])
    assert frame.words[beside].text == "fraction)"  # "Report (single fraction)", the left column's heading
    assert frame.is_gutter(beside, bullet)
    assert quote_problems({"x": {"page": 1, "text": "- M1 R frontal, 16 mm: Rx 20 Gy;"}}, doc) == []


_FORM = """WILLOW BEND RADIOSURGERY -- SESSION CHECKLIST

Label                      Entry
Head frame                 applied under local block, four pins
Time frame placed          06:50
Imaging (planning)         contrast MRI 1 mm slices, fused to CT
Planner                    dose painting software 3
Lesion A                   left cerebellar schwannoma 1.8 cm, 13 Gy
                           at the 50% line
Check of position done     yes, both sides within tolerance
Distance to the chiasm     over 15 mm
Result                     13 Gy given in one sitting, no pause,
                           frame removed after
"""

_LETTER = """WILLOW BEND RADIOSURGERY -- CLINIC LETTER

Thank you for sending this patient,      She tolerated the frame well and
who presented with a slowly growing      left the unit the same afternoon
vestibular schwannoma on the left side   with no new symptoms at all. We
and has been followed for two years      will see her again in six months
with serial imaging at our centre.       with a repeat contrast MRI scan.
"""


def test_a_form_whose_long_labels_stand_among_short_ones_is_no_gutter(tmp_path: Path) -> None:
    """A form read row by row: labels of several words ("Check of position done", "Distance to the chiasm")
    here and there among short ones ("Planner", "Result"), entries wrapping onto a second line. Most labels
    end far from the values and each long label sits on its value's baseline, so the label column is no
    text column and a row quoted whole joins no columns; a two-column letter, whose lines fill up to the
    gutter, still has it. Also on a scanned day sheet typed from paper (OCR) whose rows the reader quotes
    whole."""
    form = tmp_path / "form.txt"
    form.write_text(_FORM, encoding="utf-8")
    doc = read_document(form)
    frame = _Frame(doc.pages[0])
    assert not frame.is_gutter(_word(frame, "done"), _word(frame, "yes,"))
    assert not frame.is_gutter(_word(frame, "chiasm"), _word(frame, "over"))
    assert quote_problems({"x": {"page": 1, "text": "Check of position done yes, both sides within tolerance"}},
                          doc) == []
    letter = tmp_path / "letter.txt"
    letter.write_text(_LETTER, encoding="utf-8")
    frame = _Frame(read_document(letter).pages[0])
    assert frame.is_gutter(_word(frame, "side"), _word(frame, "with", after="afternoon"))

    scan = read_document(ROOT / "tests" / "blind_corpus53" / "h53_04.pdf")
    frame = _Frame(scan.pages[0])
    assert not frame.is_gutter(_word(frame, "Unit"), _word(frame, "cobalt-60"))
    assert not frame.is_gutter(_word(frame, "on", after="time"), _word(frame, "07:20"))
    assert quote_problems({"x": {"page": 1, "text": "Unit cobalt-60 multi-source radiosurgery unit"}}, scan) == []


def test_a_list_column_beside_running_text_is_no_column_of_labels() -> None:
    """A two-column completion summary (a faxed scan): the left column's paragraph, then a heading and a list
    of lesions, its items short and far from the strip, beside the right column's list and paragraph. A left
    item with nothing across the strip follows another short item of its own column (no label alone on its row,
    nor a label's second line after a line that reached the strip): the left side is a text column, not a
    form's labels, and the strip is a gutter."""
    doc = read_document(ROOT / "tests" / "blind_corpus45" / "b45_05" / "2_completion_summary.pdf")
    frame = _Frame(doc.pages[0])

    def across(word: str) -> tuple[int, int]:  # a left-column word and the first word right of it on its line
        a = _word(frame, word)
        line = frame.lines[frame.line_of(a)]
        return a, line[line.index(a) + 1]

    for word in ("CBCT", "throughout."):
        a, b = across(word)
        assert frame.words[b].text == "•" and frame.is_gutter(a, b)
    bullet = across("CBCT")[1]
    line = frame.lines[frame.line_of(bullet)]
    assert not frame.is_gutter(bullet, line[line.index(bullet) + 1])  # a bullet's indent before "Left"


def test_a_form_whose_labels_reach_near_their_values_is_no_gutter(tmp_path: Path) -> None:
    """A plan check form drawn as label / value rows: its labels ("Planning scan set", "Secondary scan set") end
    close to the values, so most of them are not ragged far from the strip, and three of them are running
    text. Each label still starts a row of its own (a capitalised first word after a line that ends no
    sentence, or a line that stops although the next label's first word would have fitted): the label column
    is no text column, and a row quoted whole joins no columns."""
    rows = [("Site", "left lung upper lobe nodule, peripheral"),
            ("Course", "first course of lung stereotactic treatment"),
            ("Setup notes", "arms raised on a wing board with knee support"),
            ("Planning scan set", "four dimensional CT with an average intensity set"),
            ("Motion control", "abdominal compression plate at level two"),
            ("Secondary scan set", "PET CT from the staging visit, fused rigidly"),
            ("Dose engine / grid", "Monte Carlo engine on a 2 mm calculation grid"),
            ("Lung V20 value", "4.1 percent of the total lung volume"),
            ("Chest wall D30cc", "27 Gy against the 30 Gy limit")]
    path = tmp_path / "check.pdf"
    make_chart_pdf(path, [[Heading("Physics Plan Second Check"), KeyValue(rows)]],
                   header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0001")
    doc = read_document(path)
    frame = _Frame(doc.pages[0])
    assert not frame.is_gutter(_word(frame, "set", after="scan"), _word(frame, "four"))
    assert quote_problems({"x": [{"page": 1, "text": f"{label} {value}"} for label, value in rows]}, doc) == []


def test_a_form_with_a_heading_below_or_between_its_rows_is_no_gutter() -> None:
    """A plan report's label / value rows followed by a section heading of several words with nothing across
    the strip ("Clinical note on targets" under the last row, the notes' paragraph below it; "Organs at risk"
    between a dose table and an organ table): the heading is a row of its own (a capitalised first word after
    a label that ends no sentence, the next label starting its own row or none following), not a text column's
    paragraph running on where the other column has none, so the rows are still a form's label column and a
    row quoted whole joins no columns."""
    doc = read_document(ROOT / "tests" / "blind_corpus77" / "e77_01.pdf")
    frame = _Frame(doc.pages[0])
    assert not frame.is_gutter(_word(frame, "unit", after="Treatment"), _word(frame, "Cobalt-60"))
    assert not frame.is_gutter(_word(frame, "CT", after="Stereotactic"), _word(frame, "03/10/2027", after="CT"))
    assert quote_problems({"x": [
        {"page": 1, "text": "Treatment unit Cobalt-60 multi-source radiosurgery unit (192 sources;"},
        {"page": 1, "text": "Stereotactic CT 03/10/2027 08:05, 1 mm, frame fiducial box"}]}, doc) == []
    doc = read_document(ROOT / "tests" / "blind_corpus77" / "e77_02.pdf")
    frame = _Frame(doc.pages[1])
    assert not frame.is_gutter(_word(frame, "unit", after="Treatment"), _word(frame, "6", after="unit"))
    row = "Treatment unit 6 MV FFF gantry linac, 2.5 mm MLC leaves, 6DoF couch"
    assert quote_problems({"x": {"page": 2, "text": row}}, doc) == []


_LONGER_LEFT = _LETTER + """with no change to the plan at all and
the dose was given as it was written,
and she went home without any problem
"""


def test_a_text_column_running_on_past_its_neighbour_keeps_its_gutter(tmp_path: Path) -> None:
    """The two-column letter whose left column's paragraph runs on for lines where the right column has none:
    those lines continue one another (no row of its own), so the strip is still a gutter."""
    letter = tmp_path / "letter.txt"
    letter.write_text(_LONGER_LEFT, encoding="utf-8")
    frame = _Frame(read_document(letter).pages[0])
    assert frame.is_gutter(_word(frame, "side"), _word(frame, "with", after="afternoon"))
