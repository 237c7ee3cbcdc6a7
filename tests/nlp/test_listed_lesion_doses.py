"""A closing document that lists each lesion with its dose in one sentence ("... to both targets: left parietal
16 Gy and right thalamic 16 Gy") where the plan gives one of them another dose: each listed dose is that lesion's
statement and, when it differs from the lesion's dose, a review flag quotes both. The list may follow a colon
and go on with the next lesion's dose on the same line; a table row that goes on with its next column is not
such a list. A spelled dose ("twenty-two gray") counts like a written one."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = """SRS PLAN AND DELIVERY RECORD
Date of treatment: 03/02/2026. Unit: TrueBeam, open-face mask, planning MRI fused to the planning CT.
Target          Dose     Fractions
left parietal   24 Gy    1
right thalamic  16 Gy    1
Delivered: left parietal 24 Gy, right thalamic 16 Gy, fraction 1 of 1.

"""

LETTER = """Dear Dr. Okafor,
Thank you for the referral. Radiosurgery was completed on 03/02/2026 to both targets: left parietal {dose} and
right thalamic 16 Gy. We will repeat her MRI in two months.
"""


def _dose_flags(dose: str) -> list[str]:
    reading = read_text(PLAN + LETTER.format(dose=dose))
    doses = {les.name: les.dose_gy for les in reading.facts.lesions}
    assert sorted(doses.values()) == [16.0, 24.0], doses
    return [f.message for f in reading.review if f.fact == "lesions"]


def test_a_listed_dose_after_a_colon_that_differs_from_the_plan_is_flagged() -> None:
    flags = _dose_flags("20 Gy")
    assert any("24 Gy" in m and "20 Gy" in m for m in flags), flags


def test_a_spelled_listed_dose_that_differs_is_flagged() -> None:
    flags = _dose_flags("twenty gray")
    assert any("24 Gy" in m and "20 Gy" in m for m in flags), flags


def test_a_list_that_agrees_raises_no_flag() -> None:
    assert not _dose_flags("24 Gy")
    assert not _dose_flags("twenty-four gray")


RETIRED = """\fSUPERSEDED - SRS report (version 1)
*** Replaced by the amended report; kept for the record ***
Radiosurgery was completed on 03/02/2026 to both targets: left parietal 20 Gy and right thalamic 16 Gy.
"""


def test_a_list_on_a_page_titled_superseded_is_no_other_dose() -> None:
    reading = read_text(PLAN + LETTER.format(dose="24 Gy") + RETIRED)
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [16.0, 24.0]
    assert not [f for f in reading.review if f.fact == "lesions"], [f.message for f in reading.review]
