"""A regimen first thought of and then replaced ("I had initially thought of treating all three in a single
session, but ... I now favour three fractions") is no fraction count of the course: a record of three fractions
delivered raises no contradiction with it. Without the words of a change of mind, the single session still
contradicts the record."""

from __future__ import annotations

from srscheck.nlp import read_text

CHANGED = """RADIOSURGERY CONSULTATION AND TREATMENT RECORD
Three brain metastases: right occipital 3.1 cm, left thalamic 1.2 cm, left cerebellar 0.8 cm.
I had initially thought of treating all three in a single session at about eighteen gray, but given the size of
the occipital lesion I now favour three fractions for all of them, delivered on alternate days.

Target\tPrescription
PTV_A right occipital\t27 Gy / 3 fx
PTV_B left thalamic\t24 Gy / 3 fx
PTV_C left cerebellar\t27 Gy / 3 fx

COMPLETION NOTE: Fractions given 09/14, 09/16 and 09/18/2026. All three fractions delivered, no interruptions.
"""


def _fraction_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "fractions"]


def test_a_replaced_option_is_no_delivered_count() -> None:
    r = read_text(CHANGED)
    assert r.facts.fractions.value == 3
    assert not _fraction_flags(r)


def test_without_the_change_of_mind_the_single_session_still_contradicts() -> None:
    text = CHANGED.replace("I had initially thought of treating", "We are treating")
    r = read_text(text)
    assert _fraction_flags(r)
