"""A range of fraction counts in a course's name, a protocol's title or a template ("SBRT lung - 1-5 fractions",
"(1 to 5 fractions)", "up to 5 fractions") is what the name allows, not how many fractions this course had
(patterns fraction_count_range_before)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

CHART = """END OF TREATMENT SUMMARY
Course: {course}
Target: left lower lobe nodule, 1.6 cm
Dose delivered: 30 Gy
4DCT simulation; cone-beam CT before treatment.
"""


@pytest.mark.parametrize("course", ["SBRT lung - 1-5 fractions", "Lung SBRT (1 to 5 fractions) template",
                                    "stereotactic lung, up to 5 fractions"])
def test_a_range_in_the_course_name_is_no_count(course: str) -> None:
    facts = read_text(CHART.format(course=course)).facts
    assert facts.fractions.value is None
    (les,) = facts.lesions
    assert les.fractions is None


def test_the_courses_own_count_is_read_beside_the_range() -> None:
    text = CHART.format(course="SBRT lung - 1-5 fractions").replace("Dose delivered: 30 Gy",
                                                                      "Dose delivered: 30 Gy in 1 fraction")
    facts = read_text(text).facts
    assert facts.fractions.value == 1
    assert facts.lesions[0].fractions == 1


def test_a_range_right_after_a_dose_is_the_regimens_count() -> None:
    facts = read_text("The pelvis received 50.4 Gy in 28 to 30 fractions with daily cone-beam CT.\n").facts
    assert facts.fractions.value in (28, 30)
