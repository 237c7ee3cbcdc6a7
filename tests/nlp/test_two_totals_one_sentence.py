"""One sentence, or one key: value line, that gives the course's one target two different total doses ("24 Gy, for a
total of 27 Gy", "Total dose: 35 Gy / total 40 Gy") is a contradiction the reading does not settle silently: a review
flag names both doses and quotes both. One dose written two ways, a sum with an earlier course, and a boost are no
contradiction."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


@pytest.mark.parametrize("text,doses", [
    ("The T10 vertebral metastasis received 24 Gy, for a total of 27 Gy, completed 03/09/2026.\n", ("24", "27")),
    ("SBRT to the right adrenal metastasis, completed 03/09/2026.\nTotal dose: 35 Gy / total 40 Gy\nFractions: 5\n",
     ("35", "40")),
    ("SBRT to the right adrenal metastasis, completed 03/09/2026.\nTotal dose delivered: 40 Gy (35 Gy total)\n",
     ("40", "35")),
    ("The right adrenal metastasis received a total dose of 35 Gy, and a total of 40 Gy was delivered on "
     "03/09/2026.\n", ("35", "40")),
    ("The right adrenal metastasis received a total dose of 3500 rad, and a total of 4000 rad was delivered on "
     "03/09/2026.\n", ("3500 rad", "4000 rad")),
])
def test_two_totals_of_one_target_in_one_sentence_are_flagged(text: str, doses: tuple[str, str]) -> None:
    reading = read_text(text)
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert len(flags) == 1, reading.review
    (flag,) = flags
    assert "two total doses" in flag.message
    quoted = " ".join(e.text for e in flag.evidence)
    assert all(d in quoted for d in doses), flag.evidence
    assert reading.facts.lesions[0].dose_gy is not None  # the reading keeps its choice


@pytest.mark.parametrize("text", [
    "The T10 metastasis received 8 Gy x 3 fractions, total 24 Gy, completed 03/09/2026.\n",
    "The right adrenal metastasis received 35 Gy in 5 fractions (7 Gy x 5), total 35 Gy, completed 03/09/2026.\n",
    "The T10 metastasis received 24 Gy in 3 fractions, for a cumulative total with the prior course of 54 Gy, "
    "completed 03/09/2026.\n",
    "The T10 metastasis was treated to 24 Gy in 3 fractions, completed 03/09/2026.\n",
    # one fraction's dose and the course's total, on one line of a log or a summary
    "Left adrenal metastasis, Rx 35 Gy in 5 fractions.\n08/27/2026\tFx 5/5, 7 Gy - total 35 Gy\n",
    "Palliative RT to the left hilar mass, 13 fractions, completed 11/25/2026.\nDaily 300 cGy\tTotal 3900 cGy\n",
    "Delivered to the prostate on 09/21-10/01/2026: 725 cGy each; total 3625 cGy in 5 fractions.\n",
    # two sentences on one line: an organ's total after the target's
    "Pituitary adenoma, 25 Gy in 5 fractions completed 10/26/2026, total 25 Gy. Optic chiasm maximum 4.6 Gy per "
    "fraction, 23 Gy total.\n",
    # an on-treatment visit note's dose of the day and the sum of the fractions given so far: no course total
    "Prescription: PTV_Cav_LFront 30 Gy in 5 fractions.\n"
    "09/01/2026 - Fraction 1 of 5. Delivered today: PTV_Cav_LFront 600 cGy (running total 6 Gy).\n"
    "09/02/2026 - Fraction 2 of 5. Delivered today: PTV_Cav_LFront 600 cGy (running total 12 Gy).\n",
    "Left frontal resection cavity 30 Gy in 5 fractions. Fraction 2 of 5 on 09/02/2026: 6 Gy delivered today, total "
    "to date 12 Gy.\n",
])
def test_one_dose_a_sum_of_courses_or_one_total_is_no_contradiction(text: str) -> None:
    assert not read_text(text).review
