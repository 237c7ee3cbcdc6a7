"""A stated total dictated in words ("..., total thirty six point two five Gy") is a stated total as its digits are
("..., total 36.25 Gy"): with the prescription's "725 cGy per fraction times five fractions" it makes 36.25 Gy the
course's most-cited dose, above a completion paragraph's one "total of forty Gy in five fractions", which is
flagged for review. Read as a bare dose, it was not counted, and the tie went to the higher dose."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

CHART = """SBRT PROCEDURE NOTE
History: 67-year-old man with adenocarcinoma of the prostate, Gleason 3+4, PSA 6.8.
Preparation: four gold fiducials placed. Planning CT and MRI pelvis fused. Vac-Lok cushion.
Prescription: {rx}
Delivery: CyberKnife with fiducial tracking; all five fractions given, each seven point two five Gy.
Completion: prostate SBRT completed 10/29/2026, total of forty Gy in five fractions.
"""


@pytest.mark.parametrize("rx", [
    "seven hundred twenty five centigray per fraction times five fractions to the prostate PTV, total thirty six "
    "point two five Gy, to the 78% isodose.",
    "725 cGy per fraction x 5 fractions to the prostate PTV, total 36.25 Gy, to the 78% isodose.",
])
def test_a_total_in_words_counts_as_the_stated_total(rx: str) -> None:
    reading = read_text(CHART.format(rx=rx))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(36.25, 5)]
    assert any("36.25 Gy" in f.message and "40 Gy" in f.message for f in reading.review)
