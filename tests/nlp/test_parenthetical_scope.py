"""A parenthetical is a clause of its own: a negation, history cue or earlier year inside parentheses governs the
parenthetical, not the rest of its sentence ("with small-cell lung cancer (declined prophylactic cranial irradiation
in 2025), underwent radiosurgery to nine brain metastases on 11/17/2026")."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.context import parenthetical_clause

DISCHARGE = """GAMMA KNIFE OPERATIVE NOTE 11/17/2026
Frame-based Gamma Knife radiosurgery of four brain metastases: left frontal 20 Gy, right frontal 20 Gy,
left parietal 18 Gy, right parietal 18 Gy, each in a single fraction at the 50% isodose.
All four targets treated in one session.
Day-case summary: the patient, with small-cell lung cancer (declined prophylactic cranial irradiation in 2025),
underwent Gamma Knife radiosurgery to three brain metastases on 11/17/2026.
"""


def test_a_cue_and_a_year_inside_parentheses_leave_the_rest_of_the_sentence_affirmed() -> None:
    reading = read_text(DISCHARGE)
    text = reading.document.text
    at = text.index("three brain metastases")
    assert not [s for s in reading.scopes if s.start <= at < s.end]
    aside = text.index("prophylactic")
    assert [s for s in reading.scopes if s.start <= aside < s.end]  # the parenthetical itself is still negated
    assert [f for f in reading.review if f.fact == "lesion_count"]


def test_a_bare_year_in_parentheses_still_dates_its_sentence() -> None:
    text = ("Prior WBRT (2021) 30 Gy in 10 fractions. PET not repeated (PET-CT 2024, prior primary). "
            "Now (after a long discussion of the options in 2025), SRS.")
    assert parenthetical_clause(text, text.index("2021")) is None
    assert parenthetical_clause(text, text.index("2024")) is None
    span = parenthetical_clause(text, text.index("2025"))
    assert span is not None and text[span[0]:span[1]].startswith("after a long")
