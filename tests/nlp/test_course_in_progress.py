"""A course still in progress on the day its record was written (an on-treatment visit after fraction 2 of 3, a
daily record printed with fractions 4 and 5 still "Scheduled"): what was given so far is the course's count and
dose, a log's rows still to come are no fractions given, and the planned count and total are the plan's, still
being delivered, not a second account to review. A course the chart says was stopped or completed keeps its
planned-versus-delivered flag."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

LOG = (
    "Daily Treatment Record - SBRT left adrenal\n"
    "Prescription: PTV_LAdr 4000 cGy in 5 fx, 800 cGy/fx\n"
    "Printed 03/11/2026 16:40\n"
    "\n"
    "Fx\tDate\tImaging\tDose (cGy)\tCumulative (cGy)\tStatus\n"
    "1\t03/05/2026\tCBCT 1.2 mm\t800\t800\tTreated\n"
    "2\t03/09/2026\tCBCT 0.8 mm\t800\t1600\tTreated\n"
    "3\t03/11/2026\tCBCT 1.0 mm\t800\t2400\tTreated\n"
    "4\t03/13/2026\t\t\t\tScheduled\n"
    "5\t03/16/2026\t\t\t\tScheduled\n"
)


def test_scheduled_rows_of_a_daily_record_are_no_fractions_given() -> None:
    reading = read_text(LOG)
    assert reading.facts.fractions.value == 3
    (les,) = reading.facts.lesions
    assert les.dose_gy == 24.0 and les.fractions == 3
    assert not reading.review, reading.review
    assert any("in progress" in w for w in reading.warnings), reading.warnings


OTV = (
    "On-treatment visit 04/22/2026\n"
    "Fractionated radiosurgery, right parietal metastasis 3.5 cm, mask-based linac; planned 27 Gy in 3 "
    "fractions, 9 Gy per fraction.\n"
    "Fx 1  04/20/2026  900 cGy  CBCT 0.5 mm\n"
    "Fx 2  04/22/2026  900 cGy  CBCT 0.7 mm\n"
    "Fx 3  04/24/2026  scheduled\n"
    "{status}\n"
)


@pytest.mark.parametrize("status", [
    "Delivered to date: 1800 cGy of 2700 cGy planned. Proceed with fraction 3 on 04/24/2026.",
    "Tolerating well, 2 of 3 fractions given. Next treatment Friday 04/24.",
])
def test_a_course_in_progress_is_read_as_given_so_far_without_a_flag(status: str) -> None:
    reading = read_text(OTV.format(status=status))
    assert reading.facts.fractions.value == 2
    (les,) = reading.facts.lesions
    assert les.dose_gy == 18.0 and les.fractions == 2
    assert not reading.review, reading.review


@pytest.mark.parametrize("status", [
    "Treatment was discontinued after fraction 2 for a seizure; fraction 3 was cancelled.",
    "The course was completed on 04/24/2026 with 18 Gy in 2 fractions; fraction 3 was not given.",
])
def test_a_course_stopped_or_completed_keeps_its_flag(status: str) -> None:
    reading = read_text(OTV.replace("Fx 3  04/24/2026  scheduled\n", "").format(status=status))
    assert reading.facts.fractions.value == 2
    assert any(f.fact == "fractions" for f in reading.review), reading.review


def test_a_plan_column_saying_scheduled_beside_a_dose_is_a_fraction_given() -> None:
    text = (
        "Daily adaptive treatment notes - SBRT left adrenal, 35 Gy in 5 fractions\n"
        "Fx\tDate\tPlan\tDose\tNote\n"
        "1\t03/02/2026\tadapted\t7 Gy\tCBCT\n"
        "2\t03/04/2026\tscheduled\t7 Gy\tCBCT\n"
        "3\t03/06/2026\tadapted\t7 Gy\tCBCT\n"
        "4\t03/09/2026\tscheduled\t7 Gy\tCBCT\n"
        "5\t03/11/2026\tadapted\t7 Gy\tCBCT, course complete\n"
    )
    reading = read_text(text)
    assert reading.facts.fractions.value == 5
    assert reading.facts.lesions[0].dose_gy == 35.0
