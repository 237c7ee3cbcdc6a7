"""A plan table's "Cumulative" column is the running total of the target's dose only when its title names no organ
and no metric: "Cumulative cord (EQD2)" beside "Rx" holds the spinal cord's dose, so the row's Rx cell stays the
target's dose (a re-irradiated vertebra is not read at its cord maximum, and no review flag opposes the two). A
structure name written in capitals with its number run on ("PTV_RIB6_R") names its organ as "PTV_Rib6_R" does."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lesions import site_of
from srscheck.nlp.vocab import load_vocabulary

SUMMARY = """SBRT Course Summary

History: C5 metastasis (breast) received 30 Gy in 10 fractions in 03/2024 elsewhere. Now local progression at
C5 with new pain; new painful right 6th rib lesion.

Target\tRx\tCumulative cord (EQD2)\tTracking
PTV_C5_reRT\t2100 cGy/3\tcord Dmax 9.8 Gy this course\tspine tracking
PTV_RIB6_R\t2700 cGy/3\t-\tspine tracking (T5-T7 anatomy)

Immobilisation: long thermoplastic head-neck-shoulder mask; vacuum cushion under the thorax. Imaging: CT
1.25 mm neck and chest 04/14/2026; MRI C-spine T1 + contrast 04/13/2026 fused. Plan second check 1.0%,
DQA passed 04/16/2026. Treated on the robotic-arm linac 04/20/2026 to 04/24/2026.
"""


def test_an_organs_cumulative_column_is_not_the_targets_dose() -> None:
    reading = read_text(SUMMARY)
    doses = {les.name: (les.dose_gy, les.fractions) for les in reading.facts.lesions}
    assert doses == {"PTV_C5_reRT": (21.0, 3), "PTV_RIB6_R": (27.0, 3)}, doses
    assert not [f for f in reading.review if "9.8" in f.message], [f.message for f in reading.review]


def test_a_capitalised_structure_name_with_its_number_names_its_organ() -> None:
    vocab = load_vocabulary()
    assert site_of("PTV_RIB6_R", vocab) == "body"
    assert site_of("GTV_LIVER2", vocab) == "body"
    assert site_of("PTV_T12", vocab) == "spinal"
    reading = read_text(SUMMARY)
    assert reading.facts.sites.value == ["body", "spinal"], [(les.name, les.site) for les in reading.facts.lesions]


def test_a_tracking_methods_anatomy_is_no_site_of_the_lesion() -> None:
    # "spine tracking (T5-T7 anatomy)" in the rib's row names what the robot tracks: no review flag says the rib
    # reads as spinal by the words around it
    reading = read_text(SUMMARY)
    assert not [f.message for f in reading.review if f.fact == "sites"]
