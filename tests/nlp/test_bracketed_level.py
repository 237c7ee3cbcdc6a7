"""A bone lesion named with its vertebral level in brackets ("osseous metastasis (T6)") lies at that level: spinal.
A liver lesion's bracketed segment ("liver (S4)") stays a body lesion."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lesions.classification import site_of
from srscheck.nlp.vocab import load_vocabulary


def test_a_bracketed_level_places_a_bone_lesion_in_the_spine() -> None:
    vocab = load_vocabulary()
    assert site_of("osseous (T6)", vocab) == "spinal"
    assert site_of("liver (S4)", vocab) == "body"
    assert site_of("lung (T2)", vocab) == "body"


RECORD = """SPINE RADIOSURGERY RECORD
Diagnosis\tProstate cancer, osseous metastases T6 and L4
Unit\tRobotic-arm mounted linac, spine tracking
Rx\tT6: 9 Gy x 3 = 27 Gy   L4: 9 Gy x 3 = 27 Gy
Planning CT 1 mm. Vacuum cushion.
Both levels completed, 27 Gy in 3 fractions each, 05/06/2027.
"""


def test_two_spinal_levels_are_both_spinal() -> None:
    reading = read_text(RECORD)
    assert reading.facts.sites.value == ["spinal"]
