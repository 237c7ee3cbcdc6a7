"""A metastasis is where the chart places it, not where its primary cancer began. A name whose only organ is the
primary's ("breast cancer metastasis" in a prescription's site row beside "C2 vertebral body") takes its site from
the lesion's own words; a short name whose organ comes before "met" ("the breast met at C2") takes the place written
right after it. An organ before "met" with no place after it, or a level that is only a landmark ("adrenal met at
the T12 level"), stays a body site."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lesions.classification import located_site, site_of
from srscheck.nlp.vocab import load_vocabulary

PRESCRIPTION = """RADIATION PRESCRIPTION - SBRT
Site: C2 vertebral body and dens (breast cancer metastasis); C1 lateral masses uninvolved
Technique: SBRT, VMAT, Edge, 6X-FFF
Dose: 800 cGy x 3 fractions = 2400 cGy
Immobilization: long thermoplastic head-neck-shoulder mask
"""

LETTER = """Dear Dr. Quill,
our mutual patient finished her stereotactic treatment to the breast met at C2 on 11/13. She received 24 Gy in
three fractions with cone beam CT before each fraction, in her long mask, and tolerated it well.
"""

BODY = """Dear Dr. Quill,
our mutual patient finished her stereotactic treatment to the adrenal met at the T12 level on 11/13. She received
40 Gy in five fractions with cone beam CT before each fraction, in a vacuum cushion, and tolerated it well.
"""


def test_the_place_after_a_metastasis_name() -> None:
    vocab = load_vocabulary()
    assert located_site("breast met", "treatment to the breast met at C2 on 11/13", vocab) == "spinal"
    assert located_site("lung metastasis", "the lung metastasis in the T9 vertebral body", vocab) == "spinal"
    assert located_site("adrenal met", "the adrenal met at the T12 level", vocab) == "body"
    assert located_site("liver met", "the liver met treated on 11/13", vocab) is None
    assert located_site("left frontal lesion", "left frontal lesion at C2", vocab) is None  # no metastasis noun
    assert located_site("breast met", "a breast met in breast cancer", vocab) is None


def test_a_primary_only_name_gives_no_site_when_asked() -> None:
    vocab = load_vocabulary()
    assert site_of("breast cancer metastasis", vocab, primary=False) is None
    assert site_of("breast cancer metastasis", vocab) == "body"
    assert site_of("lung metastasis", vocab, primary=False) == "body"


def test_a_prescription_naming_the_primary_beside_the_vertebra_is_spinal() -> None:
    reading = read_text(PRESCRIPTION)
    assert reading.facts.sites.value == ["spinal"], [(les.name, les.site) for les in reading.facts.lesions]


def test_a_letter_placing_the_met_at_a_vertebra_is_spinal() -> None:
    reading = read_text(LETTER)
    assert reading.facts.sites.value == ["spinal"], [(les.name, les.site) for les in reading.facts.lesions]


def test_a_level_as_landmark_stays_body() -> None:
    reading = read_text(BODY)
    assert reading.facts.sites.value == ["body"], [(les.name, les.site) for les in reading.facts.lesions]
