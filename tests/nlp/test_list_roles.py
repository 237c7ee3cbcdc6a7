"""Numbers written as a list before one unit ("9.1 and 4.2 Gy", "twelve and fifteen gray") share the words before
the list: "brainstem and chiasm maxima were 9.1 and 4.2 Gy respectively" makes both numbers organ maxima, not the
last one a prescription. The cue words' plural and adjective ("maxima", "maximal doses") are cues too, and the
words inside the list ("nine point one and ...") give none of its numbers a role."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

_TYPED = """STEREOTACTIC RADIOSURGERY NOTE
Treatment date 03/11/2026; thermoplastic mask, cone-beam CT before the session.
Two metastases were treated in a single session: left occipital 20 Gy and right cerebellar 18 Gy.
{organs}
The patient tolerated the procedure without incident.
"""


def _doses(chart: str) -> list[float]:
    return sorted(float(m.value) for m in read_text(chart).mentions if m.label == "DOSE")


@pytest.mark.parametrize("organs", [
    "Brainstem and chiasm maxima were 9.1 and 4.2 Gy respectively.",
    "Brainstem and chiasm maxima were 9.1 Gy and 4.2 Gy, respectively.",
    "Cord and esophagus max doses were 12.1 and 15.3 Gy respectively.",
    "The maximal doses to the brainstem and optic chiasm were 7.4 and 2.9 Gy respectively.",
    "Brainstem and chiasm mean doses were 2.1 and 0.8 Gy, respectively.",
    "Cochlea and brainstem Dmax values were 3.3, 9.0 Gy respectively.",
    "The maxima were 9.6, 8.8 and 3.0 Gy.",
])
def test_organ_doses_in_a_list_are_no_prescriptions(organs: str) -> None:
    assert _doses(_TYPED.format(organs=organs)) == [18.0, 20.0]


_DICTATED = ("radiosurgery dictation period treatment date march eleventh twenty twenty six period thermoplastic "
             "mask and cone beam CT period {sentence} period the patient tolerated it well period\n")


def test_a_dictated_list_of_organ_doses_is_no_prescription() -> None:
    chart = _DICTATED.format(sentence="a right parietal metastasis received twenty one gray in one fraction period "
                             "the cord and esophagus max doses were twelve and fifteen gray respectively")
    assert _doses(chart) == [21.0]


def test_the_words_inside_a_dictated_list_give_its_doses_no_role() -> None:
    # "twenty one point five and eighteen point five gray": the "point" of the first number is no point dose
    chart = _DICTATED.format(sentence="the left frontal and right parietal metastases received twenty one point "
                             "five and eighteen point five gray respectively in one fraction")
    assert _doses(chart) == [18.5]
