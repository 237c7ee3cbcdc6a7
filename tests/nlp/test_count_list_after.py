"""A count of lesions whose members the chart names in a list after it (after a colon later in its sentence, or on
the next line as a label and its list) gives each member its name, as a parenthesis right after the count does;
a count of no place whose members each got one dose ("Three metastases (...) received 18 Gy each") takes the names
its own parenthesis gives."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

HEAD = "Radiosurgery completion note\nTreated 02/16/2026 on the Gamma Knife, Leksell frame, MRI for planning.\n"
NAMES = ["left occipital", "right frontal", "right temporal"]


@pytest.mark.parametrize("sentence", [
    "Three lesions received 18 Gy in 1 fraction each: right frontal, right temporal and left occipital.",
    "The three lesions received 18 Gy in 1 fraction each.\nTargets: right frontal, right temporal, left occipital.",
    "We treated three lesions: right frontal, right temporal and left occipital. Each received 18 Gy in 1 fraction.",
    "Three metastases (right frontal, right temporal, left occipital) received 18 Gy each.",
])
def test_members_listed_after_the_count_are_named(sentence: str) -> None:
    facts = read_text(HEAD + sentence + "\n").facts
    assert sorted(x.name for x in facts.lesions) == NAMES
    assert [x.dose_gy for x in facts.lesions] == [18.0] * 3 and facts.lesion_count.value == 3


def test_a_list_shorter_than_the_count_names_none() -> None:
    text = HEAD + "Three lesions received 18 Gy in 1 fraction each: right frontal and left occipital.\n"
    facts = read_text(text).facts
    assert len(facts.lesions) == 3 and "right temporal" not in [x.name for x in facts.lesions]
