"""Tables of plain-text charts whose columns are drawn with a ruled header (and bars and borders),
lesion tables printed on their side (one column per lesion), and column titles of such printouts
("X / Y / Z (mm)", "Rx dose (1 fx)", coordinate and distance columns in mm that are no size)."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart, read_text
from srscheck.nlp.reader import document_from_text
from srscheck.nlp.texttables import text_tables

RULED = """RADIOSURGERY TARGET PRINTOUT
Unit: Leksell Gamma Knife Icon, frame fixation, one session.

Nr  Tag   Location                  X(mm)  Y(mm)  Z(mm)  Vol(cc)  Presc(Gy)  Iso(%)
--  ----  ------------------------  -----  -----  -----  -------  ---------  ------
 1  A1    L parietal, sup. lobule    64.0   91.5  120.2    2.400       18.0      50
 2  A2    R cerebellar hemisphere   133.9  140.2   70.7    0.310       22.0      50
 3  A3    L temporal pole            98.1   55.6   80.4    0.050       24.0      50

Organ             Max(Gy)   V12(cc)
Brainstem           9.9       0.0
Three targets treated as planned.
"""

BORDERED = """SRS PHYSICS CHECK
Machine: TrueBeam, frameless mask, single fraction.

+----+-------------------------+--------+----------+------------+
| ID | Location                | Size   | Rx dose  | Chiasm     |
|    |                         |        | (1 fx)   | dist (mm)  |
+----+-------------------------+--------+----------+------------+
| Q1 | R frontal pole          | 12 mm  | 21 Gy    |    30      |
| Q2 | L occipital lobe        |  8 mm  | 19 Gy    |    44      |
+----+-------------------------+--------+----------+------------+
Two lesions treated.
"""

SIDEWAYS = """SRS PLAN SUMMARY
Delivered on the Novalis, frameless mask, single fraction, treated as planned.

                  Met A               Met B               Met C
Location          R parietal          L frontal           R occipital
Max diameter      36 mm               1.1 cm              0.7 cm
Prescription      1500 cGy            2100 cGy            2300 cGy
Fractions         1                   1                   1
To chiasm         40 mm               22 mm               35 mm
"""


def _doses(reading) -> list[tuple[float | None, int | None]]:
    return [(x.dose_gy, x.fractions) for x in reading.facts.lesions]


def test_a_ruled_header_draws_the_columns_of_a_fixed_width_table() -> None:
    (t, *_rest) = text_tables(RULED.split("\n"))
    lines = RULED.split("\n")
    head = [" ".join(lines[r][a:b] for r, a, b in cell.words) for cell in t.rows[0]]
    assert head == ["Nr", "Tag", "Location", "X(mm)", "Y(mm)", "Z(mm)", "Vol(cc)", "Presc(Gy)", "Iso(%)"]
    first = [" ".join(lines[r][a:b] for r, a, b in cell.words) for cell in t.rows[1]]
    assert first[2] == "L parietal, sup. lobule" and first[7] == "18.0" and t.header
    doc = document_from_text(RULED)
    assert any([c.text for c in tb.header][:3] == ["Nr", "Tag", "Location"] for tb in doc.tables)


def test_a_target_list_with_coordinates_gives_each_target_its_prescription_and_no_size_from_a_coordinate() -> None:
    reading = read_text(RULED)
    assert _doses(reading) == [(18.0, 1), (22.0, 1), (24.0, 1)]
    # X(mm) is a stereotactic coordinate, not a diameter: no target is 3.5 cm or larger
    assert [x.complexity for x in reading.facts.lesions] == ["simple", "simple", "simple"]


def test_a_bordered_table_with_a_two_line_header_is_one_table_of_its_rows() -> None:
    doc = document_from_text(BORDERED)
    (t,) = [tb for tb in doc.tables if tb.header]
    assert [c.text for c in t.header] == ["ID", "Location", "Size", "Rx dose (1 fx)", "Chiasm dist (mm)"]
    assert [[c.text for c in r] for r in t.rows] == [["Q1", "R frontal pole", "12 mm", "21 Gy", "30"],
                                                      ["Q2", "L occipital lobe", "8 mm", "19 Gy", "44"]]
    reading = read_text(BORDERED)
    assert _doses(reading) == [(21.0, 1), (19.0, 1)]
    assert [x.size_cm for x in reading.facts.lesions] == [1.2, 0.8]  # not the distance column's 3.0 / 4.4


def test_a_lesion_table_printed_on_its_side_has_one_lesion_per_column() -> None:
    reading = read_text(SIDEWAYS)
    les = reading.facts.lesions
    assert _doses(reading) == [(15.0, 1), (21.0, 1), (23.0, 1)]
    assert les[0].size_cm == 3.6 and les[0].complexity == "complex"
    assert [x.complexity for x in les[1:]] == ["simple", "simple"]


def test_a_sideways_table_in_a_pdf_and_a_coordinates_title_of_several_words(tmp_path: Path) -> None:
    path = make_chart_pdf(tmp_path / "plan.pdf", [[
        Heading("Radiosurgery plan"),
        "Treated on the Gamma Knife Icon with a frame in a single session.",
        RuledTable([("", "Target 1", "Target 2"),
                    ("Location", "R cerebellar hemisphere", "L frontal lobe"),
                    ("Marginal dose", "17,0 Gy", "19,0 Gy"),
                    ("Max dose", "34,0 Gy", "38,0 Gy"),
                    ("Fractions", "1", "1")]),
        RuledTable([("Target", "X / Y / Z (mm)", "Rx (Gy)", "Iso (%)"),
                    ("Met1 R parietal", "62.1 / 112.8 / 141.0", "16.0", "50"),
                    ("Met2 L temporal", "148.2 / 99.6 / 96.5", "20.0", "50")])]])
    doses = sorted(x.dose_gy for x in read_chart(path).facts.lesions)
    assert doses == [16.0, 17.0, 19.0, 20.0]


PER_FRACTION = """FSRT PLAN SUMMARY
TrueBeam, thermoplastic mask, one plan per target on a shared isocentre; five sessions.

Target   Location                     Dose / fx (Gy)   Fractions   Sessions
GTV_A    R parietal metastasis        18.0             1           Session 1
GTV_B    L cerebellar metastasis      8.0              3           Sessions 1-3
GTV_C    R frontal resection cavity   5.0              5           Sessions 1-5
"""


def test_a_plans_dose_per_fraction_column_times_its_fractions_is_each_lesions_total() -> None:
    reading = read_text(PER_FRACTION)
    assert _doses(reading) == [(18.0, 1), (24.0, 3), (25.0, 5)]  # not 8 Gy / 3 and 5 Gy / 5


def test_a_structure_column_names_a_lesion_by_its_noun_not_only_by_a_volume_prefix() -> None:
    text = """AVM RADIOSURGERY PLAN
Novalis, frameless mask, single fraction, delivered as planned.

Structure        Location              Prescription    Fractions
AVM_nidus_L      L parietal            2100 cGy        1
Brainstem        -                     (max 310 cGy)   -

Letter to the neurologist: the nidus received 22 Gy in one fraction.
"""
    reading = read_text(text)
    (les,) = reading.facts.lesions
    assert (les.dose_gy, les.fractions, les.complexity) == (21.0, 1, "complex")  # the plan's row, not the letter's


def test_a_bound_on_a_number_of_metastases_is_no_count_of_treated_lesions() -> None:
    text = """WHOLE BRAIN RADIOTHERAPY - END OF TREATMENT
Site: Whole brain. 30 Gy in 10 fractions delivered with a thermoplastic mask, parallel opposed fields.
Staging MRI showed more than twelve metastases; whole-brain radiotherapy was given instead of radiosurgery.
"""
    facts = read_text(text).facts
    assert facts.lesion_count.value == 1
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(30.0, 10)]


def test_a_size_cell_with_a_decimal_comma(tmp_path: Path) -> None:
    path = make_chart_pdf(tmp_path / "plan.pdf", [[
        Heading("Gamma Knife plan"),
        "Treated on the Gamma Knife Icon with a frame in a single session.",
        RuledTable([("", "Target 1", "Target 2"),
                    ("Location", "L convexity meningioma", "R cerebellar metastasis"),
                    ("Max diameter", "2,6 cm", "1,1 cm"),
                    ("Marginal dose", "13,0 Gy", "20,0 Gy"),
                    ("Fractions", "1", "1")])]])
    les = read_chart(path).facts.lesions
    assert sorted((x.dose_gy, x.size_cm, x.complexity) for x in les) == [(13.0, 2.6, "simple"), (20.0, 1.1, "simple")]


def test_a_course_history_tables_row_dated_over_a_year_before_is_an_earlier_courses_target() -> None:
    text = """RADIOSURGERY SUMMARY (RETREATMENT)

Course  State      Date        Target             Rx
------  ---------  ----------  -----------------  -------------
A       DONE       02/10/2025  L occipital met    22 Gy x 1
B       ACTIVE     10/20/2026  R temporal met     19 Gy x 1

Delivered 10/20/2026 on the Gamma Knife Icon with a frame, single session.
"""
    les = read_text(text).facts.lesions
    assert [(x.name, x.dose_gy) for x in les] == [("R temporal met", 19.0)]


def test_a_frame_localizers_fiducial_fit_is_no_fiducial_marker() -> None:
    text = """GAMMA KNIFE TREATMENT RECORD
Fixation     : Leksell stereotactic frame, four pins
Fiducial fit : MR mean 0.41 mm / max 0.70 mm ; CT mean 0.19 mm
One target, 20 Gy to the 50% isodose, delivered in a single session.
"""
    assert read_text(text).facts.positioning.value == ["frame"]


def test_a_full_width_rule_above_the_titles_is_no_title() -> None:
    lines = ["TREATMENT HISTORY", "-" * 60,
             "Date        Site          Fx  Dose/Fx",
             "----------  ------------  --  -------",
             "10/05/2026  Brain R par   1   800",
             "10/07/2026  Brain R par   2   800"]
    (t,) = text_tables(lines)
    assert [" ".join(lines[r][a:b] for r, a, b in c.words) for c in t.rows[0]] == ["Date", "Site", "Fx", "Dose/Fx"]


def test_each_lesion_of_a_sideways_table_quotes_its_own_cells() -> None:
    # one column per lesion: the Location line names every lesion, so each lesion's evidence is its own cells (its
    # place, its dose), each the chart's contiguous words, not the whole Location row
    reading = read_text(SIDEWAYS)
    quotes = [[e.text for e in les.evidence if e.rule == "lesion:table"] for les in reading.facts.lesions]
    assert quotes == [["R parietal", "1500 cGy", "1"], ["L frontal", "2100 cGy", "1"], ["R occipital", "2300 cGy", "1"]]
