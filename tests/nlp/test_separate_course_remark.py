"""A treatment a note sets apart as a separate course ("8 Gy in one fraction to the hip, APPA - separate course, not
stereotactic") and told again later ("since the single 8 Gy fraction to the hip") is not this course's: its one
fraction is no contradiction of the five the record gives."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

RECORD = """SBRT RECORD
Unit\tGantry linac, 6 MV FFF
Target\tRight adrenal metastasis
Prescription\t5 x 7 Gy = 35 Gy
Immobilization\tVacuum cushion; planning CT and MRI

Fx\tDate\tDose (Gy)
1\t06/01/2027\t7
2\t06/03/2027\t7
3\t06/07/2027\t7
4\t06/09/2027\t7
5\t06/11/2027\t7

Course complete 06/11/2027: right adrenal 35 Gy in 5 fractions.
"""

NOTES = """On-treatment visit notes
OTV 06/03/2027 (after fx 2 of 5): painful left hip. Palliative RT 8 Gy in a single fraction, APPA on the other
linac - separate course, not stereotactic. Booked 06/04/2027.
OTV 06/09/2027 (after fx 4 of 5): hip pain better since the single 8 Gy fraction to the left hip on 06/04.
"""


def test_a_separate_course_told_twice_is_no_fraction_contradiction(tmp_path: Path) -> None:
    (tmp_path / "1_record.txt").write_text(RECORD)
    (tmp_path / "2_notes.txt").write_text(NOTES)
    reading = read_course([tmp_path / "1_record.txt", tmp_path / "2_notes.txt"])
    assert reading.facts.fractions.value == 5
    assert not [f for f in reading.review if f.fact == "fractions"]
