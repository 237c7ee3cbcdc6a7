"""A distance to the optic apparatus dictated in words ("one and a half millimetres") and measured to a structure's
edge ("from the nasal edge of the optic disc") makes an orbital target within 5 mm of the optic nerve: complex."""

from __future__ import annotations

from srscheck.nlp import read_text

NOTE = """Treatment summary, dictated. The choroidal melanoma of the left eye lies {gap} from the nasal edge of the
optic disc. Thermoplastic mask, planning CT fused with MRI of the orbits. Fifty gray in five fractions was given on
the gantry linac, cone beam CT each day, completed 06/02/2027.
"""


def test_a_dictated_distance_to_the_disc_edge_makes_the_target_complex() -> None:
    reading = read_text(NOTE.format(gap="one and a half millimeters"))
    [lesion] = reading.facts.lesions
    assert lesion.complexity == "complex"


def test_a_target_far_from_the_disc_stays_simple() -> None:
    reading = read_text(NOTE.format(gap="nine millimeters"))
    [lesion] = reading.facts.lesions
    assert lesion.complexity == "simple"
