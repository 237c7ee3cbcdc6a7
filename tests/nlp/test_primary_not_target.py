"""The primary cancer named as such ("primary C50.9 (breast cancer)") is not the course's target, and a
count word is not part of a lesion's name."""

from __future__ import annotations

from srscheck.nlp import read_text

CHART = """Stereotactic Radiosurgery Summary
Unit Varian TrueBeam with HyperArc. Encompass mask.
Diagnosis C79.31; primary C50.912 (HER2+ breast cancer)
Ms. Example has three brain metastases on the MRI of 07/01/2026, fused to the planning CT.
All three were contoured and treated in one session, 20 Gy each in 1 fraction.
"""


def test_primary_named_as_primary_is_not_the_target() -> None:
    lesions = read_text(CHART).facts.lesions
    assert len(lesions) == 3
    assert {les.site for les in lesions} == {"cranial"}
    assert lesions[0].name == "brain metastases"
    assert all(les.complexity == "simple" for les in lesions)
