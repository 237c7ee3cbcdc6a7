"""A statement that one dose or one plan version "was never delivered" speaks of that dose or plan, not of the
course: a summary whose addendum corrects its dose line ("1800 cGy was never delivered") documents a course
given at the corrected dose, not one closed without treatment. The dose the addendum replaced is no second
account of the course either: no review flag holds it against the corrected one. A course or a patient never
treated is still a course closed undelivered."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

SUMMARY = (
    "Spine SBRT - Treatment Summary\n"
    "Site: T11 vertebral metastasis (renal cell primary)\n"
    "Immobilization: vacuum cushion\n"
    "Planning imaging: CT simulation 10/02/2026 fused with MRI T-spine 10/01/2026\n"
    "Dose delivered: 2000 cGy x 1 fraction\n"
    "Treated 10/09/2026 on the gantry linac with cone-beam CT before the beam.\n"
    "Signed: R. Alvarez, MD 10/09/2026\n"
    "\n"
    "Addendum 10/12/2026 (R. Alvarez, MD): correction to the dose line above, copied from the first plan. "
    "The dose delivered on 10/09/2026 was 1800 cGy in 1 fraction to T11 per the second plan. {never}\n"
)


@pytest.mark.parametrize("never", [
    "2000 cGy was never delivered.",
    "The first plan (version 1) was never delivered.",
    "Plan T11_v1 was never treated.",
])
def test_a_dose_or_plan_never_delivered_leaves_the_course_delivered(never: str) -> None:
    reading = read_text(SUMMARY.format(never=never))
    assert reading.facts.course_status.value == "delivered"
    (les,) = reading.facts.lesions
    assert les.dose_gy == 18.0 and les.fractions == 1
    assert reading.facts.fractions.value == 1
    assert not reading.review, reading.review  # the addendum's correction is no contradiction


@pytest.mark.parametrize("text", [
    "SBRT plan: T11 vertebral metastasis 1800 cGy in 1 fraction, approved 10/05/2026.\n"
    "Course closed 10/08/2026: the patient was never treated (admitted with sepsis).\n",
    "SBRT plan: T11 vertebral metastasis 1800 cGy in 1 fraction, approved 10/05/2026.\n"
    "The course was closed 10/08/2026. Radiation was never delivered.\n",
])
def test_a_course_never_treated_is_still_closed_undelivered(text: str) -> None:
    assert read_text(text).facts.course_status.value == "planned"


def test_a_dose_stated_after_the_addendum_is_still_held_against_it() -> None:
    text = SUMMARY.format(never="2000 cGy was never delivered.") + (
        "Completion letter 10/20/2026: the T11 metastasis received 2000 cGy in 1 fraction.\n")
    reading = read_text(text)
    assert any(f.fact == "lesions" for f in reading.review), reading.review
