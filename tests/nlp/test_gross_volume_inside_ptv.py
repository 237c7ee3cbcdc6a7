"""A plan's structure table with one prescribed planning volume and, on its own row with no prescription, the gross
(or clinical, internal) volume inside it ("PTV_3300 | 33.0" over "GTV_Panc | --"): the PTV is that volume with its
margin, so the table treats one lesion. Two prescribed volumes stay two lesions. A dose the plan calls the
consultation's ("the consult dose of 40 Gy / 5 was not achievable") is the recommendation it changed, no second
prescription of the one target."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = """Simulation / Plan Report - Eclipse 16.1
Simulation 09/17/2026: supine, BodyFIX vacuum bag with the abdominal compression paddle. 4DCT with IV contrast and
an MRI abdomen fused for the GTV.
Plan change: the consult dose of 40 Gy / 5 was not achievable with the duodenum abutting the PTV; the approved prescription is 33 Gy in 5 fractions (6.6 Gy/fx) to PTV_3300,
2 VMAT arcs, TrueBeam, 6X-FFF.

Structure\tRx (Gy)\tD95 (Gy)\tDmax (Gy)\tDmean (Gy)\tVolume (cc)
PTV_3300\t33.0\t33.1\t36.9\t34.8\t41.2
{second}\t34.0\t36.9\t35.2\t18.6

OAR\tMetric\tValue\tConstraint
Duodenum\tD0.5cc\t32.1 Gy\t< 33 Gy
Spinal cord\tDmax\t11.2 Gy\t< 20 Gy
"""  # noqa: E501  (chart text: its lines are printed as they are)


def test_a_gross_volume_without_its_own_prescription_is_the_ptv_lesion() -> None:
    reading = read_text(PLAN.format(second="GTV_Panc\t--"))
    assert reading.facts.lesion_count.value == 1, [(les.name, les.dose_gy) for les in reading.facts.lesions]
    assert [les.dose_gy for les in reading.facts.lesions] == [33.0]
    assert not reading.review, [f.message for f in reading.review]


def test_two_prescribed_volumes_stay_two_lesions() -> None:
    reading = read_text(PLAN.format(second="PTV_2500\t25.0"))
    assert reading.facts.lesion_count.value == 2, [(les.name, les.dose_gy) for les in reading.facts.lesions]
