"""A spinal metastasis named by its level and its primary ("L1 renal cell metastasis") is at that level: the level
in its name is its place, not a label to pass over, so the summary line that names it ("L1 renal cell metastasis
27 Gy in 3 fractions") does not read as a kidney lesion and no site flag is raised. A label beside a place
("left cerebellar (L1)") is still passed over (tests/nlp/test_lesion_conflicts.py). A metastasis placed by the words
right after its name ("the breast met at C2") is where they place it, whatever organ its name gives first."""

from __future__ import annotations

from srscheck.nlp import read_text

SPINE = """SPINE SBRT TREATMENT SUMMARY
Unit: CyberKnife, Xsight Spine tracking.
Diagnosis: Metastatic clear cell renal cell carcinoma, L1 vertebral body and left pedicle.
History: left nephrectomy 2022. Pain has returned with MRI progression of the RCC deposit.
Planning: planning CT and MRI of the lumbar spine fused. Vacuum cushion, arms on chest.
Prescription: 9 Gy x 3 fractions = 27 Gy to the 76% isodose.
Summary: {name} 27 Gy in 3 fractions, completed.
"""


def test_a_level_and_a_primary_in_the_name_are_no_site_conflict() -> None:
    for name in ("L1 renal cell metastasis", "L1 breast cancer metastasis"):
        reading = read_text(SPINE.format(name=name))
        assert [(les.name, les.site, les.dose_gy) for les in reading.facts.lesions] == [(name, "spinal", 27.0)]
        assert not [f for f in reading.review if f.fact == "sites"], reading.review


LETTER = """Dear Dr. Quill,
our mutual patient finished her stereotactic treatment to the breast met at C2 on 11/13. She received 24 Gy in
three fractions with cone beam CT before each fraction, in her long mask, and tolerated it well.
"""


def test_a_met_placed_by_the_words_after_its_name_is_no_site_conflict() -> None:
    reading = read_text(LETTER)
    assert [(les.site, les.dose_gy) for les in reading.facts.lesions] == [("spinal", 24.0)]
    assert not [f for f in reading.review if f.fact == "sites"], reading.review
