"""A part of an organ lies in the organ: a lesion named by its organ in one place ("Site: L lung (LLL)") and by the
organ's part in another ("left lower lobe carcinoma") is one lesion (anatomy.yaml place_parts); two parts of one
organ stay two lesions."""

from __future__ import annotations

from srscheck.nlp import read_text

_ONE = """SBRT DAILY RECORD
Patient: TEST, ONE   Site: L lung (LLL) 48 Gy in 4 fractions
Fractions 1-4 delivered 11/02/2026 to 11/06/2026 on the TrueBeam, CBCT daily, BodyFIX.

END OF TREATMENT NOTE
Treated: left lower lobe squamous carcinoma, 48 Gy in 4 fractions with daily cone-beam CT.
"""


def test_an_organ_and_its_part_name_one_lesion() -> None:
    lesions = read_text(_ONE).facts.lesions
    assert len(lesions) == 1, [les.name for les in lesions]
    assert lesions[0].dose_gy == 48.0 and lesions[0].fractions == 4


_TWO = """SBRT TREATMENT RECORD
Two lung targets on the TrueBeam with daily CBCT and BodyFIX: right upper lobe nodule 50 Gy in 5 fractions;
right lower lobe nodule 50 Gy in 5 fractions. All five fractions delivered 11/02/2026 to 11/09/2026.
"""


def test_two_parts_of_one_organ_are_two_lesions() -> None:
    assert len(read_text(_TWO).facts.lesions) == 2
