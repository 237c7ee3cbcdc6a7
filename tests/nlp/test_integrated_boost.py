"""A simultaneous integrated boost is one target with two dose levels in the same fractions: a target table's row
that calls itself the SIB beside one other row is one lesion with the boost's dose; a dictated "simultaneous
integrated boost: X to the tumour and Y to the rest" and a summary's "X / Y SIB" are no contradiction of its dose."""

from __future__ import annotations

from srscheck.nlp import read_text

TABLE = """SBRT SUMMARY - PANCREAS
Diagnosis\tAdenocarcinoma of the pancreatic body
Immobilization\tVacuum cushion with compression; 3 gold fiducials
Simulation\t4DCT with contrast, MRI fused

Volume\tDose\tFractions\tCoverage
PTV_40 (vessel contact, SIB)\t4000 cGy\t5\tV4000 >= 90%
PTV_30 (GTV + 3 mm)\t3000 cGy\t5\tV3000 >= 95%

VMAT, 6 MV FFF. Daily CBCT on the fiducials.
Summary: 4000 cGy / 3000 cGy SIB in 5 fractions delivered 03/01-03/05/2027.
"""

DICTATED = """SBRT summary, dictated. The T11 metastasis was treated on the gantry linac with two VMAT arcs after
planning CT in a vacuum bag. We used a simultaneous integrated boost: thirty gray in five fractions to the gross
tumor and twenty gray in five fractions to the rest of the vertebral body, with cone beam CT before each fraction.
He received all five fractions, completed 07/09/2027.
"""


def test_a_boost_row_and_its_lower_level_are_one_lesion() -> None:
    reading = read_text(TABLE)
    assert [(x.dose_gy, x.fractions) for x in reading.facts.lesions] == [(40.0, 5)]
    assert not [f for f in reading.review if f.fact == "lesions"]


def test_a_dictated_boost_sentence_gives_no_second_dose() -> None:
    reading = read_text(DICTATED)
    assert [(x.dose_gy, x.fractions) for x in reading.facts.lesions] == [(30.0, 5)]
    assert not [f for f in reading.review if f.fact == "lesions"]
