"""A chart that describes no lesion in words but names its target in a dose line ("PLAN: L2 24 Gy in 2
fractions") names the lesion by that place, not "Target"."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_the_dose_line_names_the_only_target() -> None:
    chart = """SPINE SBRT NOTE
HISTORY: progression confined to the L4 vertebral body on MRI lumbar spine, no cord compression.
SIMULATION: BodyFIX, CT one millimeter, MRI registered.
PLAN: L4 twenty-four Gray in two fractions, Eclipse VMAT two arcs, cord Dmax 12 Gray.
TREATMENT: delivered on TrueBeam with CBCT. L4 received 24 Gy in 2 fractions.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.name == "L4" and les.site == "spinal" and les.dose_gy == 24.0 and les.fractions == 2


def test_a_lesser_dose_beside_the_place_does_not_replace_the_course_prescription() -> None:
    # the place is named only beside an optional boost's total; the course's prescription decides the dose
    chart = ("2 Gy fractions x 25 fractions for an initial dose of 50 Gy, which is followed by a 2 Gy x 3 fraction "
             "(6 Gy total) boost to the tumor bed and nearby nodes, and then optionally a 2 Gy x 2 fraction "
             "(4 Gy total) boost to the tumor bed with a 1 cm margin\n")
    (les,) = read_text(chart).facts.lesions
    assert les.dose_gy == 50.0
