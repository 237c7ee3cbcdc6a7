"""Functional radiosurgery names no lesion noun: its target is the structure itself ("radiosurgery of the right
trigeminal nerve"), a functional target and so complex, even where the diagnosis sentence reads as history
(a year of an earlier operation in it)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


def test_the_nerve_treated_is_the_target_and_complex() -> None:
    chart = """OPERATIVE REPORT
PREOPERATIVE DIAGNOSIS
Right facial pain, recurrent after microvascular decompression in 2019.

PROCEDURE
Gamma Knife radiosurgery of the right trigeminal nerve with placement of a Leksell stereotactic head frame.

DESCRIPTION
In Leksell GammaPlan a single four millimeter shot was placed on the cisternal segment of the right trigeminal
nerve, and 80 Gy was prescribed to the 100 percent isodose line. Treated on the Gamma Knife
Icon in one session on 10/14/2026.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.name == "right trigeminal nerve" and les.site == "cranial"
    assert les.complexity == "complex" and "functional target" in les.complexity_reasons
    assert les.dose_gy == 80.0


def test_a_trigeminal_nerve_dose_limit_is_no_target() -> None:
    chart = """SRS SUMMARY
Left cerebellopontine angle metastasis, 1.1 cm, treated with 18 Gy in 1 fraction on the TrueBeam, mask.
Trigeminal nerve Dmax 9.5 Gy.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.complexity == "simple" and les.dose_gy == 18.0


_MAXIMUM = """RADIOSURGERY NOTE
Left essential tremor, refractory to primidone 250 mg daily. Thalamotomy of the left ventral intermediate nucleus.
A thermoplastic mask was made and a thin-slice CT was fused with the MRI. She was treated on the Gamma Knife
with one 4 mm shot to a maximum dose of 130 Gy. The brainstem received 4 Gy.
"""


def test_a_functional_target_written_as_its_maximum_dose_takes_it_as_the_prescription() -> None:
    """Functional radiosurgery is prescribed to the maximum (one shot at its 100% isodose): with no other dose
    of the course, that maximum is the target's dose (with a warning), an organ's dose is not, and a drug's
    "daily" does not make the course fractionated (one session is inferred)."""
    reading = read_text(_MAXIMUM)
    (les,) = reading.facts.lesions
    assert les.dose_gy == 130.0 and les.fractions == 1
    assert reading.facts.fractions.value == 1
    assert any("maximum dose (130 Gy)" in w for w in reading.warnings)


@pytest.mark.parametrize("change", [
    # no functional target
    ("Thalamotomy of the left ventral intermediate nucleus.", "Left parietal metastasis, 1.2 cm."),
    # two different maxima
    ("a maximum dose of 130 Gy", "a maximum dose of 130 Gy and a second shot to a maximum dose of 90 Gy"),
])
def test_a_maximum_dose_is_no_prescription_otherwise(change) -> None:
    text = _MAXIMUM.replace("Left essential tremor, refractory to primidone 250 mg daily. ", "").replace(*change)
    les = read_text(text).facts.lesions
    assert not [x for x in les if x.dose_gy]
