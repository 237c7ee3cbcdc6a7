"""A stop "after k of n fractions" is an interrupted course only when what stopped is this course's radiation:
a drug stopped part-way through the course ("dexamethasone was stopped after 3 of 5 fractions") leaves the course's
count as delivered (nlp/interruptions.py)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

SUMMARY = """SBRT TREATMENT SUMMARY
Left adrenal metastasis, 40 Gy in 5 fractions of 8 Gy, delivered 03/02/2026 - 03/06/2026 on the TrueBeam.
4DCT simulation in a Vac-Lok cushion, CBCT before each fraction.
{stop}
"""


def test_a_drug_stopped_part_way_leaves_the_course_delivered() -> None:
    reading = read_text(SUMMARY.format(stop="Dexamethasone was stopped after 3 of 5 fractions as the nausea settled."))
    assert reading.facts.fractions.value == 5
    assert not [f for f in reading.review if f.fact == "fractions"]


@pytest.mark.parametrize("stop", ["SBRT was stopped after 3 of 5 fractions (pneumonia).",
                                  "Stopped after 3 of 5 fractions for pneumonia; the patient declined to resume."])
def test_the_course_stopped_part_way_is_still_read_as_such(stop: str) -> None:
    reading = read_text(SUMMARY.format(stop=stop).replace(", delivered 03/02/2026 - 03/06/2026", " planned"))
    assert reading.facts.fractions.value == 3
