"""A frame named by a body immobilization device ("abdominal compression plate (BodyFIX frame)") is that device's:
body immobilization, never a stereotactic head frame."""

from __future__ import annotations

from srscheck.nlp import read_text

CHART = """LIVER SBRT - PLAN SUMMARY
Machine: TrueBeam. Motion management: {device}, 4DCT ITV.
Prescription: PTV_liver 45 Gy in 3 fractions; CBCT before each fraction.
"""


def test_a_frame_named_by_a_body_device_is_body_immobilization() -> None:
    facts = read_text(CHART.format(device="abdominal compression plate (BodyFIX frame)")).facts
    assert facts.positioning.value == ["body_immobilization"]


def test_a_stereotactic_frame_is_still_a_frame() -> None:
    chart = CHART.format(device="Leksell frame").replace("LIVER SBRT", "RADIOSURGERY")
    assert "frame" in read_text(chart).facts.positioning.value
