"""A cue in a subordinate clause or phrase governs that clause or phrase only, not its sentence's own clause:
a clause of conformity ("..., as the tumour board recommended"; context_rules.yaml "as recommended") makes the
sentence's treatment no recommendation, and a prior-course word inside a phrase of cause ("because of the earlier
course we prescribed ..."; patterns.yaml cause_phrase_before, pieces._cause_phrase_end) gives the clause's dose to
no earlier course."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


def only_lesion(text: str) -> tuple[str, float | None, int | None]:
    lesions = read_text(text).facts.lesions
    assert len(lesions) == 1
    return lesions[0].name, lesions[0].dose_gy, lesions[0].fractions


@pytest.mark.parametrize("sentence", [
    "The L3 metastasis received 30 Gy in 5 fractions, as the tumor board recommended.",
    "As our spine board had advised, the L3 metastasis received 30 Gy in 5 fractions.",
    "The L3 metastasis was given 30 Gy in 5 fractions as recommended.",
])
def test_a_clause_of_conformity_makes_no_recommendation(sentence: str) -> None:
    text = f"Spine SBRT completion note\n{sentence} Treatment was well tolerated.\n"
    name, dose, fractions = only_lesion(text)
    assert "L3" in name and (dose, fractions) == (30.0, 5)


def test_a_cue_of_the_main_clause_still_counts() -> None:
    text = ("Spine SBRT consultation\nThe L3 metastasis will be treated with 30 Gy in 5 fractions, as the tumor "
            "board recommended.\n")
    lesions = read_text(text).facts.lesions
    assert all(x.dose_gy is None for x in lesions)


@pytest.mark.parametrize("reason", [
    "because of the earlier course", "in view of his previous radiotherapy", "owing to the prior treatment there",
])
def test_a_prior_course_word_in_a_phrase_of_cause_keeps_the_clause_in_this_course(reason: str) -> None:
    text = ("Spine SBRT completion note\nHe has finished SBRT to his L3 metastasis. The board had proposed 24 Gy in "
            f"2 fractions, but {reason} we prescribed 30 Gy in 5 fractions. Treatment was well tolerated.\n")
    _, dose, fractions = only_lesion(text)
    assert (dose, fractions) == (30.0, 5)


def test_the_earlier_course_named_in_the_phrase_stays_earlier() -> None:
    text = ("Spine SBRT completion note\nHe has finished SBRT to his L3 metastasis. Because of the earlier course "
            "to T8 with 24 Gy in 2 fractions we prescribed 30 Gy in 5 fractions.\n")
    _, dose, fractions = only_lesion(text)
    assert (dose, fractions) == (30.0, 5)
