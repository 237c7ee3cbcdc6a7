"""A target table's row named as a lower dose level ("PTV_LOW" below "PTV_PANC", the same five fractions, a lower
dose) is the one target's second dose level, not a lesion of its own; and a record's "(PTV_LOW 2500 cGy)" is no
second dose of the target worth a review flag."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = """PANCREAS SBRT PLAN REPORT
Unit\t6 MV gantry linac
Immobilisation\tvacuum cushion, gold fiducials, CBCT each fraction
Simulation\tCT with contrast, MRI abdomen registered

Target\tDose/fx\tFx\tTotal
PTV_PANC\t700 cGy\t5\t3500 cGy
{level}\t500 cGy\t5\t2500 cGy

Course completed 10/17/2026: PTV_PANC 3500 cGy / 5 fractions ({level} 2500 cGy).
"""


def test_a_lower_dose_level_row_is_no_lesion_of_its_own() -> None:
    reading = read_text(PLAN.format(level="PTV_LOW"))
    assert [(x.name, x.dose_gy, x.fractions) for x in reading.facts.lesions] == [("PTV_PANC", 35.0, 5)]
    assert not [f for f in reading.review if f.fact == "lesions"]


def test_a_second_target_row_stays_a_lesion() -> None:
    reading = read_text(PLAN.format(level="PTV_NODE"))
    assert len(reading.facts.lesions) == 2
