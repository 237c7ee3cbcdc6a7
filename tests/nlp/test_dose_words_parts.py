"""A dictated dose in words with a half or a quarter ("thirty-six and a quarter Gray in five fractions (7.25 Gy
each)") is the course's total: the per-fraction dose in brackets beside it is never taken for the total."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.quantities import spelled_number

LETTER = """Completion letter 12/03/2026
Dear Dr. Abernethy-Singh, your patient has completed stereotactic body radiotherapy for prostate cancer.
He received thirty-six and a quarter Gray in five fractions (7.25 Gy each) to the prostate on alternate days from
11/17 to 11/25/2026 on our gantry linac, with kV images matched to the fiducials before every fraction.
"""


def test_spelled_numbers_with_a_half_or_a_quarter() -> None:
    assert spelled_number("thirty-six and a quarter") == 36.25
    assert spelled_number("seven and a half") == 7.5
    assert spelled_number("twelve and three quarters") == 12.75
    assert spelled_number("one hundred and eighty") == 180.0


def test_a_total_in_words_with_a_quarter_is_the_courses_dose() -> None:
    f = read_text(LETTER).facts
    assert [(les.dose_gy, les.fractions) for les in f.lesions] == [(36.25, 5)]
    assert f.fractions.value == 5
