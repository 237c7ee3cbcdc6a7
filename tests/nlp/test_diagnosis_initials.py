"""A target table that writes each lesion's diagnosis as its initials ("L VS" for the left vestibular schwannoma the
chart names in words) gives those rows that diagnosis: complex by type, even beside a simple meningioma."""

from __future__ import annotations

from srscheck.nlp import read_text

SUMMARY = """SRS TREATMENT SUMMARY
History: neurofibromatosis type 2 with a left vestibular schwannoma of 1.9 cm and a right vestibular schwannoma
of 1.1 cm, and a 1.6 cm left parietal convexity meningioma.
Mask immobilisation, CT and MRI fused. 6 MV gantry linac, cone-beam CT before each isocentre.

Target\tSize\tRx\tIDL
L VS\t1.9 cm\t12 Gy\t80%
R VS\t1.1 cm\t12 Gy\t80%
L parietal meningioma\t1.6 cm\t14 Gy\t80%

All three targets treated in one session on 02/03/2027.
"""


def test_rows_named_by_the_initials_of_a_complex_diagnosis_are_complex() -> None:
    reading = read_text(SUMMARY)
    got = {x.name: x.complexity for x in reading.facts.lesions}
    assert got == {"L VS": "complex", "R VS": "complex", "L parietal meningioma": "simple"}
