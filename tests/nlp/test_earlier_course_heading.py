"""A section headed as an earlier course of radiosurgery ("Earlier radiosurgery (2019)", "Prior SRS") is the
patient's history, every sentence of it: the frame, the dose and the single session it describes in sentences
that carry no date or past-tense cue of their own are that course's, not this one's."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

CHART = """STEREOTACTIC RADIOTHERAPY COMPLETION SUMMARY
Course\t09/14/2026 - 09/18/2026

Diagnosis
Left petroclival meningioma, 2.9 cm, enlarging on serial MRI.

{heading}
In March 2019 the patient had Gamma Knife radiosurgery at another centre for a right vestibular schwannoma:
Leksell frame, stereotactic MRI and CT, 12 Gy to the 50% isodose line in a single session with 11 shots. That
tumour has been stable since.

Simulation and planning
Frameless thermoplastic mask. Planning CT 1.25 mm and MRI with contrast fused. GTV the enhancing tumour.

Prescription and delivery
25 Gy in 5 fractions of 5 Gy to the 85% isodose line, Novalis Tx. ExacTrac X-ray before each arc.

Summary
Left petroclival meningioma: 25 Gy in 5 fractions completed 09/18/2026 without interruption.
"""


@pytest.mark.parametrize("heading", ["Earlier radiosurgery (2019)", "Prior radiosurgery", "Previous SRS"])
def test_a_section_headed_as_earlier_radiosurgery_is_history(heading: str) -> None:
    reading = read_text(CHART.format(heading=heading))
    assert reading.facts.positioning.value == ["mask"]
    assert reading.facts.fractions.value == 5
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(25.0, 5)]
    assert any(s[2] == "history" and reading.document.text[s[0]:].startswith(heading) for s in reading.sections)
