"""A dose-volume table whose rows are volume kinds named by their kind alone ("ITV", "PTV") lists the internal and
planning volumes of one target, not two targets: nothing in the names tells two lesions apart, so the rows fold
into one lesion (lesions.sources._same_volume), which takes the course's prescription. Numbered or placed volumes
("PTV1", "PTV_L1") stay distinct."""

from __future__ import annotations

from srscheck.nlp import read_text

LUNG = """Lung SABR - plan and delivery summary
Diagnosis:\tT1b N0 M0 adenocarcinoma, right lower lobe, peripheral
Simulation:\t4DCT 2 mm; ITV from 10 phases; PTV = ITV + 5 mm
Immobilisation:\tWing board, arms up, vacuum bag
Prescription:\t54 Gy in 3 fractions, to the 80% isodose covering 95% of the PTV
Technique:\t2 partial VMAT arcs, 6 MV FFF

Structure\tVolume (cc)\tD98% (Gy)\tD95% (Gy)\tD50% (Gy)\tD2% (Gy)\tDmax (Gy)
ITV\t6.2\t58.1\t59.0\t63.4\t66.8\t67.5
PTV\t21.7\t52.6\t54.0\t61.2\t66.1\t67.5

Fraction\tDate\tDelivered (Gy)
1\t10/13/2026\t18
2\t10/15/2026\t18
3\t10/17/2026\t18
"""


def test_bare_itv_and_ptv_rows_are_one_target() -> None:
    reading = read_text(LUNG)
    lesions = [(les.dose_gy, les.fractions) for les in reading.facts.lesions]
    assert lesions == [(54.0, 3)], [(les.name, les.dose_gy, les.fractions) for les in reading.facts.lesions]
    assert reading.facts.lesion_count.value == 1


def test_numbered_volumes_stay_two_targets() -> None:
    text = LUNG.replace("\nITV\t", "\nPTV1\t").replace("\nPTV\t", "\nPTV2\t")
    reading = read_text(text)
    assert reading.facts.lesion_count.value == 2, [(les.name, les.dose_gy) for les in reading.facts.lesions]
