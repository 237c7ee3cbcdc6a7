"""Doses enumerated with their lesions in one sentence: paired in order by "respectively" (a run of numbers with
one unit, or of doses, against a list of places that share a lesion noun or each have their own), a dose in
parentheses after its place ("the right insular (18 Gy) and left occipital (21 Gy) metastases"), and a run-on
sentence whose first target follows a bare "the targets being"."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

_HEAD = ("RADIOSURGERY NOTE\nA Leksell frame was placed; stereotactic MRI and CT were fused and the patient was "
         "treated on the Gamma Knife Icon in one session on 10/21/2026.\n")


@pytest.mark.parametrize("sentence", [
    "The right insular, left occipital and right thalamic metastases were given 18, 21 and 14 Gy respectively.",
    "Prescriptions of 18 Gy, 21 Gy and 14 Gy went to the right insular, left occipital and right thalamic "
    "metastases, respectively.",
    "We prescribed 1800, 2100 and 1400 cGy to the right insular metastasis, the left occipital metastasis and the "
    "right thalamic metastasis respectively.",
    "Three metastases were planned, the right insular (18 Gy), left occipital (21 Gy) and right thalamic (14 Gy) "
    "metastases, each at the 50% isodose line.",
    "After review the targets being lesion one the right insular met to 18 Gy, lesion two the left occipital met to "
    "21 Gy and lesion three the right thalamic met to 14 Gy.",
])
def test_each_enumerated_lesion_keeps_its_own_dose(sentence: str) -> None:
    lesions = read_text(_HEAD + sentence + "\n").facts.lesions
    got = {(next(w for w in ("insular", "occipital", "thalamic") if w in les.name), les.dose_gy) for les in lesions}
    assert got == {("insular", 18.0), ("occipital", 21.0), ("thalamic", 14.0)}, [(les.name, les.dose_gy)
                                                                                 for les in lesions]


def test_respectively_of_organ_doses_makes_no_lesion() -> None:
    chart = _HEAD + ("The right insular metastasis received 18 Gy. The brainstem and the chiasm received maximum "
                     "doses of 9.1 and 4.2 Gy respectively.\n")
    (les,) = read_text(chart).facts.lesions
    assert les.dose_gy == 18.0


def test_vertebral_levels_pair_with_their_doses_respectively() -> None:
    chart = ("SPINE SBRT SUMMARY\nTrueBeam, BodyFIX, daily CBCT, CT simulation fused with MRI; completed 10/30/2026.\n"
             "Two spinal metastases were treated: T7 and L2 received 24 and 27 Gy respectively in 3 fractions.\n")
    lesions = read_text(chart).facts.lesions
    assert {(les.name, les.dose_gy) for les in lesions} == {("T7", 24.0), ("L2", 27.0)}, \
        [(les.name, les.dose_gy) for les in lesions]


def test_a_place_in_brackets_after_a_lesion_label_is_its_name() -> None:
    chart = _HEAD + ("Lesion 1 (right insular) 18 Gy; lesion 2 (left occipital) 21 Gy; lesion 3 (right thalamic) "
                     "14 Gy.\n")
    lesions = read_text(chart).facts.lesions
    assert {(les.name, les.dose_gy) for les in lesions} == {("right insular", 18.0), ("left occipital", 21.0),
                                                            ("right thalamic", 14.0)}


@pytest.mark.parametrize("unit, scale", [("rads", 0.01), ("centigray", 0.01), ("gray", 1.0), ("Gy(RBE)", 1.0)])
def test_a_run_of_doses_paired_respectively_takes_every_dose_unit(unit: str, scale: float) -> None:
    values = (1800, 2100, 1400) if scale == 0.01 else (18, 21, 14)
    sentence = (f"The right insular, left occipital and right thalamic metastases were given {values[0]}, "
                f"{values[1]} and {values[2]} {unit} respectively.")
    lesions = read_text(_HEAD + sentence + "\n").facts.lesions
    got = {(next(w for w in ("insular", "occipital", "thalamic") if w in les.name), les.dose_gy) for les in lesions}
    assert got == {("insular", 18.0), ("occipital", 21.0), ("thalamic", 14.0)}, [(les.name, les.dose_gy)
                                                                                 for les in lesions]
