"""A letter that names every lesion of the course and gives one dose to each ("T8 and L2, each 27 Gy in 3
fractions") where the plan and the record give L2 another dose: the chart contradicts itself (review flag); a
letter that gives each lesion its own dose does not."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course


def _course(tmp_path: Path, letter: str):
    plan = make_chart_pdf(tmp_path / "1_plan.pdf", [[
        Heading("Spine SBRT Plan Report"),
        "Vacuum cushion, CT 1 mm fused with MRI. VMAT, 6 MV FFF.",
        Spacer(),
        TextTable([("Plan ID", "Target", "Rx", "Fx"),
                   ("SB_T8", "T8 body", "27 Gy", "3"),
                   ("SB_L2", "L2 body", "24 Gy", "3")], columns=(0, 90, 190, 250)),
    ]])
    record = make_chart_pdf(tmp_path / "2_record.pdf", [[
        Heading("Treatment Record"),
        TextTable([("Date", "Plan ID", "Fx", "Dose (cGy)"),
                   ("03/02/2026", "SB_T8", "1/3", "900"), ("03/02/2026", "SB_L2", "1/3", "800"),
                   ("03/04/2026", "SB_T8", "2/3", "900"), ("03/04/2026", "SB_L2", "2/3", "800"),
                   ("03/06/2026", "SB_T8", "3/3", "900"), ("03/06/2026", "SB_L2", "3/3", "800")],
                  columns=(0, 90, 170, 230)),
    ]])
    path = tmp_path / "3_letter.txt"
    path.write_text("Dear Dr Example,\n" + letter + "\nYours sincerely, A. Doctor\n", encoding="utf-8")
    return read_course([plan, record, path])


def test_one_dose_given_to_each_named_lesion_that_one_of_them_did_not_have_is_flagged(tmp_path: Path) -> None:
    reading = _course(tmp_path, "Your patient completed SBRT in March: T8 and L2, each 27 Gy in 3 fractions.")
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [24.0, 27.0]
    assert [f for f in reading.review if f.fact == "lesions" and "L2" in f.message]


def test_each_lesion_with_its_own_dose_is_no_contradiction(tmp_path: Path) -> None:
    reading = _course(tmp_path, "Your patient completed SBRT in March: T8 27 Gy and L2 24 Gy, each in 3 fractions.")
    assert not [f for f in reading.review if f.fact == "lesions"]
