"""A dose its own clause says could not be given within a constraint ("20 Gy could not meet the brainstem limit;
prescription lowered to 16 Gy") is a plan given up, not a second dose of the target: no review flag."""

from __future__ import annotations

from srscheck.nlp import read_text

NOTE = """SPINE SBRT PLAN SIGN-OFF
Patient EXAMPLE, PERSON
Target: L1 vertebral body metastasis. Vacuum cushion, CT 1 mm fused with MRI.
Dose: 20 Gy x 1 could not meet the cauda equina limit (Dmax 16.9 Gy).
Prescription lowered to 16 Gy in 1 fraction; cauda Dmax 13.2 Gy.
Treated 05/04/2026 with CBCT guidance: 16 Gy delivered in 1 fraction.
"""


def test_a_dose_that_could_not_meet_a_constraint_is_no_second_dose() -> None:
    reading = read_text(NOTE)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(16.0, 1)]
    assert not [f for f in reading.review if f.fact == "lesions"]
