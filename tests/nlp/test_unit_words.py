"""A dose unit is the unit vocabulary's (quantity_roles.yaml ``dose_units``) for every reader of counts too: a
count of lesions or fractions, the words that stop a count and the words that name the radiation read a chart
written in GyE, Gy(RBE), CGE or gray as one written in Gy. A unit that is a word ("gray", "rad") joined by a hyphen
to another word is part of a compound, no unit: "two gray-white junction metastases" count two lesions and hold
no 2 Gy dose."""

from __future__ import annotations

import pytest
from srscheck.nlp import get_reader, read_text
from srscheck.nlp.context import build_context
from srscheck.nlp.lines import soften
from srscheck.nlp.pieces import parse
from srscheck.nlp.quantities import quantities
from srscheck.nlp.reader import document_from_text

# the units of a dose in Gy as charts write them (the centigray's doses are above any count)
GY_UNITS = ["Gy", "GyE", "Gy(RBE)", "CGE", "gray"]


def doses(text: str) -> list[str]:
    """The words of every dose the reader finds."""
    reader = get_reader()
    wrapped = soften(text, reader.vocab)
    ctx = build_context(document_from_text(text), parse(reader.nlp, wrapped), reader.vocab)
    return [wrapped[q.start:q.end] for q in quantities(wrapped, ctx, reader.vocab) if q.unit == "Gy"]


@pytest.mark.parametrize("count", ["two", "2", "Two"])
@pytest.mark.parametrize("compound", ["gray-white junction", "gray-matter", "rad-onc reviewed"])
def test_a_unit_word_in_a_hyphenated_compound_is_no_unit(count: str, compound: str) -> None:
    text = (f"Gamma Knife radiosurgery on 03/02/2026 in a Leksell frame.\n"
            f"The {count} {compound} metastases received 20 Gy in one fraction.\n")
    assert doses(text) == ["20 Gy in one fraction"]
    facts = read_text(text).facts
    assert facts.lesion_count.value == 2
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(20.0, 1), (20.0, 1)]


@pytest.mark.parametrize("unit", GY_UNITS)
def test_a_dose_before_lesions_is_no_count_in_any_unit(unit: str) -> None:
    """"18 GyE to lesions ..." counts no 18 lesions (patterns lesion_count and count_stop)."""
    text = (f"Proton radiosurgery: 18 {unit} to lesions in the left frontal and right parietal lobes.\n"
            f"Left frontal metastasis 18 {unit} x 1. Right parietal metastasis 18 {unit} x 1.\n")
    reading = read_text(text)
    assert reading.facts.lesion_count.value == 2
    assert not [f for f in reading.review if f.fact == "lesion_count"], [f.message for f in reading.review]


@pytest.mark.parametrize("unit", GY_UNITS)
def test_a_dose_after_a_count_noun_is_no_count_in_any_unit(unit: str) -> None:
    """"mets x 18 GyE" gives each its dose, no count (pattern lesion_count_after's unit after the number)."""
    text = (f"Proton radiosurgery to mets x 18 {unit}, one session.\n"
            f"Left frontal metastasis 18 {unit} x 1. Right parietal metastasis 18 {unit} x 1.\n")
    reading = read_text(text)
    assert reading.facts.lesion_count.value == 2
    assert not [f for f in reading.review if f.fact == "lesion_count"], [f.message for f in reading.review]


@pytest.mark.parametrize("unit", GY_UNITS)
def test_a_fractions_size_is_no_fraction_count_in_any_unit(unit: str) -> None:
    """"given as 8 GyE fractions" is each fraction's dose, not eight fractions (pattern fraction_count)."""
    facts = read_text(f"Proton therapy to the left frontal metastasis: 40 {unit} total, given as 8 {unit} fractions "
                      "on alternate days.\n").facts
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(40.0, None)]


@pytest.mark.parametrize("unit", GY_UNITS)
def test_a_stop_whose_subject_names_the_radiation_in_any_unit(unit: str) -> None:
    """A drug and the radiation's dose stopped together: the dose names the radiation (pattern radiation_words),
    so the course stopped after its third fraction."""
    text = (f"SBRT TREATMENT SUMMARY\nLeft adrenal metastasis, 40 {unit} in 5 fractions of 8 {unit}, planned on the "
            f"TrueBeam.\n4DCT simulation in a Vac-Lok cushion, CBCT before each fraction.\n"
            f"Temozolomide 75 mg/m2 with the 8 {unit} daily was stopped after 3 of 5 fractions.\n")
    assert read_text(text).facts.fractions.value == 3


@pytest.mark.parametrize("unit", ["rads", "rad", "centigray"])
def test_a_dose_in_words_is_no_spoken_year_in_any_unit(unit: str) -> None:
    """"two thousand rads" is a dose of 20 Gy, not the year 2000 that would make the sentence an old course's
    (pattern spoken_year's unit after the words)."""
    text = (f"RADIOSURGERY NOTE, dictated 03/02/2026.\nThe left frontal metastasis was treated today with two thousand "
            f"{unit} in one fraction on the Gamma Knife.\n")
    assert [(les.dose_gy, les.fractions) for les in read_text(text).facts.lesions] == [(20.0, 1)]


@pytest.mark.parametrize("stamp", ["[ RECEIVED 05 MAY 2026 RAD ONC SCHEDULING ]", "Received 05 May 2026 Rad/Onc",
                                   "received 05 may 2026 rad oncology"])
def test_rad_onc_after_a_stamps_year_is_no_unit(stamp: str) -> None:
    # "RAD ONC" is the radiation oncology department: the year before it is no 20.26 Gy dose of the lesion
    text = ("Radiosurgery Prescription\nDiagnosis: right vestibular schwannoma, 1.6 cm\n"
            "Dose: 1200 cGy x 1 to the 80% isodose, gantry linac, frameless mask\n"
            f"{stamp}\nDelivered 05/11/2026: right vestibular schwannoma 12 Gy x 1 completed.\n")
    reading = read_text(text)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(12.0, 1)]
    assert not [f for f in reading.review if "20.26" in f.message], [f.message for f in reading.review]
    assert read_text("The spine received 4500 rads in 25 fractions on a linac.").facts.lesions[0].dose_gy == 45.0
