"""Every review that holds a second dose against the target's (two totals in one sentence, a reported dose, a
document's other dose, a title's other regimen) excuses the same doses: a boost named just before it, a dose level
within the target, and a prescription its own sentence on its line says was replaced (review.no_second_prescription).
A replaced word on an earlier line or in an earlier sentence of the line ("Original imaging reviewed.") says nothing
of the dose, and the contradiction is flagged."""

from __future__ import annotations

from srscheck.nlp import read_text

TWO_TOTALS = "SBRT to the right adrenal metastasis, 5 fractions.{before}\nTotal dose: 35 Gy / total 40 Gy\n"


def _lesion_flags(text: str) -> list:
    return [f for f in read_text(text).review if f.fact == "lesions"]


def test_two_totals_after_a_line_that_says_original_are_flagged() -> None:
    """The line before the totals names an original study, not an original prescription: the two totals of one
    line still contradict each other (the 60 characters before the dose once reached back over the line break)."""
    flags = _lesion_flags(TWO_TOTALS.format(before=" Original imaging reviewed."))
    assert len(flags) == 1 and "two total doses" in flags[0].message, flags
    control = _lesion_flags(TWO_TOTALS.format(before=" Planning imaging reviewed."))
    assert [f.message for f in control] == [f.message for f in flags]


def test_two_totals_the_line_calls_a_replaced_prescription_are_no_contradiction() -> None:
    text = "SBRT to the right adrenal metastasis, 5 fractions.\nOriginal total dose: 35 Gy / total 40 Gy\n"
    assert not _lesion_flags(text)


PLAN = """BRIARWOOD NEUROSCIENCE - CONE RADIOSURGERY PLAN AND DELIVERY
Target: right frontal arteriovenous malformation nidus, 2.1 cm
Prescription: 20 Gy to the 80% isodose, 1 fraction, stereotactic frame.

Procedure note
{said}. Frame removed without incident.
"""


def test_a_reported_dose_after_a_sentence_that_says_replaced_is_flagged() -> None:
    """An earlier sentence of the line ("The original pin was replaced.") speaks of a pin, not of the dose the next
    sentence reports: 17 Gy against the plan's 20 Gy is flagged as it is without that sentence."""
    said = "{}Radiosurgery completed today under frame; marginal dose 17 Gy"
    for before in ("", "A pin was reseated. ", "The original pin was replaced. "):
        flags = _lesion_flags(PLAN.format(said=said.format(before)))
        assert flags and "17 Gy" in flags[0].message, (before, flags)


def test_a_reported_dose_its_own_sentence_calls_replaced_is_not_flagged() -> None:
    said = "A pin was reseated. Radiosurgery completed today under frame; original marginal dose 17 Gy"
    assert not _lesion_flags(PLAN.format(said=said))
