# ruff: noqa: E501  (a dictated letter: one line per paragraph)
"""A lower-case dictated letter of a re-irradiation: an earlier course written with its dose in words and its year,
this course's two targets, a vertebra named before "with stereotactic body radiotherapy" and a rib named by its
ordinal ("the right seventh rib"). The earlier course's dose is not this course's, the vertebra stays a spinal
target, the rib a body one, and the sentence that names both targets is no contradiction of either's site."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lesions import vertebral_levels
from srscheck.nlp.vocab import load_vocabulary

LETTER = """NORTHGATE ONCOLOGY  dictation  06/12/2026
re EXAMPLE, PERSON record SYN-0000

this is a letter about mister Example who has renal cancer with oligoprogression. he had thirty Gray in ten fractions to T9 to T11 in 2023 for pain. he now has progression at T10 only and a new lesion in the left ninth rib laterally.

we re irradiated T10 with stereotactic body radiotherapy twenty four Gray in three fractions, eight Gray per fraction, keeping the summed cord dose of both courses within its limit, and in the same three sessions treated the rib to thirty Gray in three fractions. treatment was on the gantry linac. planning CT was done with a vacuum bag. cone beam CT before each fraction.

both sites completed.
"""


def test_a_level_before_with_and_a_treatment_word_is_a_vertebra() -> None:
    vocab = load_vocabulary()
    assert vertebral_levels("we irradiated C5 with stereotactic body radiotherapy", vocab) == ["C5"]
    assert vertebral_levels("axial T1 with gadolinium", vocab) == []  # a sequence, as before
    assert vertebral_levels("T2 without contrast", vocab) == []


def test_the_dictated_reirradiation_keeps_its_spine_target_and_its_own_doses() -> None:
    reading = read_text(LETTER)
    got = sorted((les.site, les.dose_gy, les.fractions) for les in reading.facts.lesions)
    assert got == [("body", 30.0, 3), ("spinal", 24.0, 3)]
    assert reading.facts.sites.value == ["body", "spinal"]
    assert any("ninth rib" in les.name for les in reading.facts.lesions)
    assert not any(f.fact == "sites" for f in reading.review)


def test_an_ordinal_numeral_goes_on_naming_the_place() -> None:
    reading = read_text(LETTER.replace("left ninth rib", "left 9th rib"))
    assert any("9th rib" in les.name and les.site == "body" for les in reading.facts.lesions)


def test_a_reirradiation_is_one_cue_however_it_is_written() -> None:
    pats = load_vocabulary().patterns
    for written in ("re-irradiation", "reirradiation", "re irradiation", "we re irradiated C5", "Re-irradiated"):
        assert pats["summed_dose"].search(written), written
    assert pats["retreatment_title"].search("SPINE RE IRRADIATION - TREATMENT SUMMARY")
    assert not pats["summed_dose"].search("re: radiation oncology follow-up")
