"""Two words of what was treated and how: "lumbar" alone is the lumbar spine ("the painful lumbar disease from his
prostate cancer" is a spinal target, the prostate its primary; anatomy sites.spinal), and an arc is a gantry
linac's rotation: a course that names no unit but says it was given in arcs was given on a linac, inferred
(concepts modality.defining)."""

from __future__ import annotations

from srscheck.nlp import read_text

LETTER = """Dear Dr. Tester,

Thank you for asking me to see Mr. Testcase about the painful lumbar disease from his prostate cancer. Because the
disease is contiguous we contoured it as a single target. He had a planning CT in a vacuum bag. The prescription
was twenty-four Gray in three fractions, and he received all three on 11/10, 11/12 and 11/14/2026.

Yours sincerely,
A. Writer, MD
"""


def test_lumbar_alone_is_the_spine() -> None:
    r = read_text(LETTER)
    assert r.facts.sites.value == ["spinal"]


SUMMARY = """COURSE SUMMARY - PROSTATE SBRT
Fiducials: three gold markers placed 01/05/2026.
Planning CT and MRI pelvis fused 01/12/2026. Vacuum cushion for the pelvis and legs.
Prescription: PTV_Prostate 725 cGy x 5 = 3625 cGy, alternate days.
Intrafraction kV imaging every 20 seconds of arc; fiducial match before each fraction.
Completed 02/06/2026: prostate 3625 cGy in 5 fractions.
"""


def test_an_arc_infers_a_linac_when_no_unit_is_named() -> None:
    mod = read_text(SUMMARY).facts.modality
    assert mod.value == "linac" and mod.inferred


def test_a_named_unit_outweighs_an_arc() -> None:
    text = SUMMARY.replace("Fiducials:", "Unit: CyberKnife robotic radiosurgery.\nFiducials:")
    assert read_text(text).facts.modality.value == "robotic_linac"
