"""A list of several patients (a weekly chart-rounds / peer-review list) printed for one of them: the other
patients' rows are no part of this chart's course, whatever they say was given, and a meeting that only
reviews this patient's course, never saying it was given, documents none."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

ROUNDS = """EASTBROOK CANCER CENTRE - WEEKLY CHART ROUNDS
EXAMPLAR, HORTENSE MRN EX-44120 DOB 03/03/1961

Patient             Status          Site / regimen             Progress                   Review
J.W. EX-44190       on treatment    L lung SBRT 48 Gy / 4      fx 3 of 4 given            agree
R.T. EX-44191       completed       prostate 36.25 Gy / 5      5 of 5 given 02/20         agree
EXAMPLAR EX-44120   new start       L1 spine SBRT 24 Gy / 2    {own:<26} contours approved
M.K. EX-44192       completed       whole brain 30 Gy / 10     10 of 10 given             agree

Action items: re-present the L1 plan next week.
"""


def test_a_new_start_on_a_rounds_list_is_no_delivered_course() -> None:
    reading = read_text(ROUNDS.format(own="simulated; plan pending"))
    facts = reading.facts
    assert facts.course_status.value == "recommended"
    assert not facts.lesions and facts.fractions.value is None and facts.lesion_count.value is None
    assert facts.sites.value == [] and facts.imaging.value == []
    assert any("another patient's row" in w for w in reading.warnings)


def test_this_patients_row_saying_treatment_was_given_is_the_course_and_the_others_are_not() -> None:
    reading = read_text(ROUNDS.format(own="2 of 2 given 02/27").replace("new start ", "completed "))
    facts = reading.facts
    assert facts.course_status.value == "delivered"
    assert facts.fractions.value == 2
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(24.0, 2)]
    assert facts.sites.value == ["spinal"]


LIST = """EASTBROOK CANCER CENTRE - WEEKLY CHART ROUNDS
{header}, born 03/03/1961

Patient             Status          Site / regimen             Progress                   Review
J.W. EX-44190       completed       L lung SBRT 48 Gy / 4      4 of 4 given 02/25         agree
{own:<20}completed       L1 spine SBRT 24 Gy / 2    2 of 2 given 02/27         agree
{other:<20}completed       whole brain 30 Gy / 10     10 of 10 given             agree

Action items: none.
"""


def _course(header: str, own: str, other: str = "M.K. EX-44192") -> list[tuple[float | None, int | None]]:
    facts = read_text(LIST.format(header=header, own=own, other=other)).facts
    return [(les.dose_gy, les.fractions) for les in facts.lesions]


@pytest.mark.parametrize("header,own", [
    ("Pt: H. Examplar", "EXAMPLAR"),  # initials and a surname, no record number
    ("Patient: Hortense EXAMPLAR", "Examplar H."),  # the surname in capitals
    ("Name: Examplar Hortense", "EXAMPLAR, H."),  # either word may be the surname: the row gives both
    ("Name: Hortense Examplar", "Examplar Hortense"),
    ("EXAMPLAR, HORTENSE", "EXAMPLAR"),  # no label: a surname in capitals before a comma
])
def test_this_patients_row_is_told_by_a_header_without_a_record_number(header: str, own: str) -> None:
    assert _course(header, own) == [(24.0, 2)]


@pytest.mark.parametrize("header,own,other", [
    # the surname unknown ("Hortense Examplar"), a row with one of its words only names nobody for sure: another
    # patient's "Hortense Doe" is not this one, and the list is left whole rather than this patient's row dropped
    ("Name: Hortense Examplar", "H.E.", "Hortense Doe"),
    # a surname is a whole word: "Examplarson" is another patient
    ("Pt: H. Examplar", "H.E.", "Examplarson"),
])
def test_a_list_naming_this_patient_nowhere_for_sure_is_left_whole(header: str, own: str, other: str) -> None:
    assert (24.0, 2) in _course(header, own, other)
