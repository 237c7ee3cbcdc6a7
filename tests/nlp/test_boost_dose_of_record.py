"""One convention for a simultaneous integrated boost, whatever its wording: the target's dose of record is its
highest level (the boost's), unless the chart names the lower level the prescription of record or states the lower
level alone elsewhere (sources._boost_above for table rows, quantities.integrated_levels for sentences)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

TABLE = """SBRT PLAN SUMMARY - LIVER
Structure\tRole\tDose\tFractions
PTV_30\t{outer}\t30 Gy\t5
PTV_45\t{inner}\t45 Gy\t5
4DCT simulation in a vacuum cushion with abdominal compression; cone-beam CT before every fraction.
"""


@pytest.mark.parametrize("outer, inner", [
    ("segment VIII metastasis", "GTV boost inside PTV_30"),
    ("segment VIII metastasis", "simultaneous integrated boost to the GTV"),
])
def test_a_boost_row_gives_the_target_its_boost_dose(outer: str, inner: str) -> None:
    (les,) = read_text(TABLE.format(outer=outer, inner=inner)).facts.lesions
    assert (les.dose_gy, les.fractions) == (45.0, 5)


def test_a_row_named_the_prescription_of_record_keeps_its_dose() -> None:
    (les,) = read_text(TABLE.format(outer="Primary prescription", inner="GTV boost inside PTV_30")).facts.lesions
    assert (les.dose_gy, les.fractions) == (30.0, 5)


PROSE = """LIVER SBRT SUMMARY
The segment VIII metastasis received 30 Gy in 5 fractions to PTV_30 with a GTV boost to 45 Gy in 5 fractions
inside it, given as a simultaneous integrated boost. 4DCT simulation; cone-beam CT before every fraction.
"""


def test_a_boost_sentence_gives_the_target_its_boost_dose() -> None:
    r = read_text(PROSE)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(45.0, 5)]
    assert not [f for f in r.review if f.fact == "lesions"]


def test_a_boost_sentence_under_a_prescription_of_record_keeps_the_lower_level() -> None:
    r = read_text(PROSE.replace("The segment VIII metastasis received", "Prescription of record delivered: the "
                                "segment VIII metastasis,"))
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(30.0, 5)]
    assert not [f for f in r.review if f.fact == "lesions"]
