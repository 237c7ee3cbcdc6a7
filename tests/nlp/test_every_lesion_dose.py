"""A letter that gives every lesion of the course one dose ("each of the three lesions received 30 Gy in 5
fractions") where the prescription and the record give one of them another dose contradicts the record: a review
flag, the record's dose kept. A letter that agrees gives none."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

RECORD = """LIVER SBRT PRESCRIPTION AND RECORD
Fiducials, vacuum cushion with compression; 4DCT and MRI fused. CBCT each fraction on the gantry linac.

Target\tSize\tDose\tFractions
PTV_S5\t1.8 cm\t30 Gy\t5
PTV_S6\t2.2 cm\t30 Gy\t5
PTV_S3\t2.5 cm\t{dose} Gy\t5

Course completed 10/08/2027.
"""

LETTER = """Dear colleague,
Your patient completed liver SBRT on 10/08/2027. Each of the three lesions received 30 Gy in 5 fractions, with
cone-beam CT on the fiducials before every fraction. Yours sincerely.
"""


def _read(tmp_path: Path, dose: str):
    (tmp_path / "1_record.txt").write_text(RECORD.format(dose=dose))
    (tmp_path / "2_letter.txt").write_text(LETTER)
    return read_course([tmp_path / "1_record.txt", tmp_path / "2_letter.txt"])


def test_a_dose_said_of_every_lesion_that_one_lesion_was_not_given_is_flagged(tmp_path: Path) -> None:
    reading = _read(tmp_path, "40")
    assert sorted(x.dose_gy for x in reading.facts.lesions) == [30.0, 30.0, 40.0]
    assert [f for f in reading.review if f.fact == "lesions"]


def test_a_dose_said_of_every_lesion_that_they_were_all_given_is_no_flag(tmp_path: Path) -> None:
    reading = _read(tmp_path, "30")
    assert not [f for f in reading.review if f.fact == "lesions"]


def test_a_running_total_said_of_both_lesions_is_no_other_dose() -> None:
    from srscheck.nlp import read_text

    reading = read_text("""SRS on the robotic linac, mask, CT and MRI fused, 6D skull tracking.
Target\tDose\tFractions
R frontal\t24 Gy\t3
L cerebellar\t24 Gy\t3
Note after fraction 2 of 3: 8 Gy delivered to both lesions today, cumulative 16 Gy.
Course complete: 24 Gy in 3 fractions to each lesion.
""")
    assert sorted(x.dose_gy for x in reading.facts.lesions) == [24.0, 24.0]
    assert not [f for f in reading.review if f.fact == "lesions"]
