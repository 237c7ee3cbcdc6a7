"""A bundle whose records number their courses in words or in their titles: "completed the first course" is
course 1; a record titled "COURSE 2 ... COMPLETION" that also mentions "course 1" is course 2's; the earlier
course, when it is conventionally fractionated beside a stereotactic one, is history with a warning and no
review flag (no claimed SRS/SBRT code can be for it). And a constraint table's achieved values ("Dmax <= 110% |
25.1 Gy") are no prescription."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course

LETTER = """Letter to Dr. Amsel - 03/02/2026
Dear Dr. Amsel,
Your patient finished the first course of her treatment today: whole pelvis IMRT, 50.4 Gy in 28 daily fractions
(01/19/2026 - 03/02/2026). She now goes on to a separately planned stereotactic boost to the cervix remnant.
"""

BOOST = """VAGINAL CUFF SBRT - COURSE 2 COMPLETION
Unit: Varian TrueBeam. Vaginal cuff boost, 18 Gy in 3 fractions, delivered 03/10/2026, 03/13/2026 and 03/17/2026
with CBCT before each fraction. Tolerance as at the end of course 1.
"""


def _bundle(tmp_path: Path, docs) -> list[Path]:
    paths = []
    for name, text in docs:
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_an_ordinal_course_and_a_titled_course_number_are_two_courses(tmp_path: Path) -> None:
    r = read_course(_bundle(tmp_path, [("letter", LETTER), ("boost", BOOST)]))
    f = r.facts
    assert f.fractions.value == 3
    assert [(les.dose_gy, les.fractions) for les in f.lesions] == [(18.0, 3)]
    assert any(w.startswith("letter.txt is the record of an earlier course") for w in r.warnings)
    assert not [x for x in r.review if x.kind == "other_course"]  # conventional earlier course: no flag


def test_a_stereotactic_earlier_course_is_still_flagged(tmp_path: Path) -> None:
    letter = LETTER.replace("whole pelvis IMRT, 50.4 Gy in 28 daily fractions", "lung SBRT, 50 Gy in 5 fractions")
    r = read_course(_bundle(tmp_path, [("letter", letter), ("boost", BOOST)]))
    assert r.facts.fractions.value == 3
    assert [x.kind for x in r.review if x.kind == "other_course"] == ["other_course"]


def _plan(path: Path) -> Path:
    return make_chart_pdf(path, [[
        Heading("SBRT Plan Report - Liver"),
        "Unit: Varian TrueBeam. Prescription: 40 Gy in 5 fractions to PTV_liver.",
        Spacer(),
        TextTable([("Structure", "Goal", "Plan"), ("PTV_liver", "Dmax <= 125%", "48.8 Gy (122%)"),
                   ("Duodenum", "D0.5cc < 30 Gy", "26.3 Gy"), ("Stomach", "D0.5cc < 32 Gy", "29.7 Gy")],
                  columns=(0, 120, 240)),
        "Treated 04/06/2026 to 04/10/2026, fraction 5 of 5 delivered 04/10/2026, CBCT before each fraction.",
    ]])


def test_a_constraint_tables_achieved_values_are_no_prescription(tmp_path: Path) -> None:
    r = read_course([_plan(tmp_path / "plan.pdf")])
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(40.0, 5)]
    assert not r.review
