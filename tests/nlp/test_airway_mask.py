"""An anaesthetist's airway or oxygen mask is no immobilization: a paediatric frame radiosurgery under general
anaesthesia ("Airway: laryngeal mask size 2.5") was positioned by its frame alone, with no mask to hold against it."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

CHART = """Anaesthesia record - radiosurgery suite
Airway\t{airway}
Induction\tSevoflurane inhalational 07:02
Frame and plan
The stereotactic head frame was applied under general anaesthesia; stereotactic MRI and CT were fused.
Residual craniopharyngioma 12 Gy to the 50% isodose in one session on the cobalt unit; frame removed after treatment.
"""


@pytest.mark.parametrize("airway", ["Laryngeal mask size 2.5, spontaneous ventilation",
                                    "laryngeal mask airway, then oxygen mask in recovery"])
def test_an_airway_mask_is_no_positioning_device(airway: str) -> None:
    reading = read_text(CHART.format(airway=airway))
    assert reading.facts.positioning.value == ["frame"]
    assert not [f for f in reading.review if f.fact == "positioning"]


def test_an_immobilization_mask_beside_the_frame_is_still_read() -> None:
    reading = read_text(CHART.format(airway="thermoplastic mask for the planning CT"))
    assert "mask" in reading.facts.positioning.value
