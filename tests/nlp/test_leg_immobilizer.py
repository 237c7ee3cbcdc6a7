"""A device for the legs named by the parts it holds ("Knee-and-ankle immobilizer", "knee/ankle immobiliser") is a
body immobilization device."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

CHART = """PROSTATE SBRT - TREATMENT SUMMARY
Unit: 6 MV gantry linac
Immobilization: {device}; bladder filling protocol
Simulation: CT 1.5 mm 04/02/2026 and MRI pelvis 04/02/2026
Prescription: 3625 cGy in 5 fractions to PTV_Prostate
Delivered 3625 cGy in 5 fractions, kV fiducial match before each fraction.
"""


@pytest.mark.parametrize("device", ["Knee-and-ankle immobilizer", "knee/ankle immobiliser",
                                    "leg and foot immobilization"])
def test_a_leg_device_named_by_its_parts_is_body_immobilization(device: str) -> None:
    assert read_text(CHART.format(device=device)).facts.positioning.value == ["body_immobilization"]
