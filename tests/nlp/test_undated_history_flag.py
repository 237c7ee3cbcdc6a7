"""A dose the chart puts in the past without a date, naming every lesion of this course and nothing else, with this
course's fraction count and another total (a discharge summary's diagnosis list "status post SBRT to T11 and L2,
24 Gy in 3 fractions" where its hospital course and the radiation addendum give 27 Gy in 3 to each): the chart
contradicts itself, a review flag. A dated earlier course, or one naming another place, is history only."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

SUMMARY = """DISCHARGE SUMMARY
DISCHARGE DIAGNOSES
1. Metastatic breast cancer with painful T11 and L2 metastases, status post SBRT to {said}, 24 Gy in 3 fractions.
HOSPITAL COURSE
She was simulated in a vacuum cushion with a 1 mm CT fused to the spine MRI, and T11 and L2 were planned as two targets
on one VMAT plan, 27 Gy in 3 fractions (9 Gy x 3) to each. Fractions were delivered on 02/11, 02/12 and 02/13/2026
after daily cone-beam CT.
RADIATION PROCEDURE ADDENDUM
T11: 27 Gy in 3 fractions, completed 02/13/2026. L2: 27 Gy in 3 fractions, completed 02/13/2026.
"""


def _dose_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "lesions"]


def test_an_undated_past_dose_of_this_courses_lesions_is_flagged() -> None:
    reading = read_text(SUMMARY.format(said="T11 and L2"))
    assert sorted((les.name, les.dose_gy) for les in reading.facts.lesions) == [("L2", 27.0), ("T11", 27.0)]
    flags = _dose_flags(reading)
    assert flags and "24 Gy in 3 fractions" in flags[0].message and "27 Gy was used" in flags[0].message


@pytest.mark.parametrize("said", ["T11 and L2 in 2023", "T11, L2 and the sacrum"])
def test_a_dated_or_other_place_past_dose_is_history_only(said: str) -> None:
    assert _dose_flags(read_text(SUMMARY.format(said=said))) == []
