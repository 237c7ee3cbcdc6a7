"""Functional radiosurgery names no lesion noun: its target is the structure itself ("radiosurgery of the right
trigeminal nerve"), a functional target and so complex, even where the diagnosis sentence reads as history
(a year of an earlier operation in it)."""

from __future__ import annotations

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
