"""A tumour's own noun after "to the" ("1800 cGy in 1 fraction to the AVM nidus", "to the schwannoma") is the
target the dose went to, never an organ at risk: its complex histology counts. An organ named so ("dose to the
pituitary" in a chart of a brain metastasis) is still an organ at risk."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


@pytest.mark.parametrize("place,target", [("right parietal lesion", "AVM nidus"),
                                          ("left cerebellopontine angle tumour, 1.4 cm", "vestibular schwannoma")])
def test_a_tumour_after_to_the_is_complex(place: str, target: str) -> None:
    text = (f"Radiosurgery summary, {place}.\nSet-up: stereotactic head frame, CT and MRI in the frame.\n"
            f"Total: 1800 cGy in 1 fraction to the {target}, delivered 10/14/2026.\n")
    (les,) = read_text(text).facts.lesions
    assert les.complexity == "complex", les


def test_an_organ_after_to_the_stays_an_organ_at_risk() -> None:
    text = ("Radiosurgery summary. Right frontal metastasis 1.2 cm, 2000 cGy in 1 fraction, delivered 10/14/2026, "
            "mask, CT and MRI. Maximum 1.1 Gy to the pituitary.\n")
    (les,) = read_text(text).facts.lesions
    assert les.complexity == "simple", les
