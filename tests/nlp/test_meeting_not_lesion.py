"""A lesion noun that is part of a meeting's, a service's or a body's name ("the spine tumour board", "the
thoracic tumor conference", "the Cancer Institute"; anatomy.yaml not_a_lesion_before) names no lesion: the chart's
own lesion keeps its name."""

from __future__ import annotations

import pytest
from srscheck.nlp import get_reader, read_text

NOTE = ("Spine SBRT on-treatment review\n"
        "He comes in today for the fifth and last fraction of SBRT to his L4 metastasis. {meeting} in early May had "
        "advised 24 Gy in 2 fractions, but because of his earlier palliative course we changed this to 30 Gy in "
        "5 fractions.\n")


@pytest.mark.parametrize("meeting", ["The spine tumour board", "Our spinal tumor conference",
                                     "The regional cancer network meeting"])
def test_a_meeting_names_no_lesion(meeting: str) -> None:
    facts = read_text(NOTE.format(meeting=meeting)).facts
    assert len(facts.lesions) == 1
    lesion = facts.lesions[0]
    assert "L4 metastasis" in lesion.name and "tumo" not in lesion.name.lower() and "cancer" not in lesion.name.lower()
    assert (lesion.site, lesion.dose_gy, lesion.fractions) == ("spinal", 30.0, 5)


@pytest.mark.parametrize("words,noun", [
    ("reviewed at the spine tumour board", None), ("the tumor boards", None), ("the Cancer Institute", None),
    ("the tumor-board decision", None), ("the tumour bed", "tumour"), ("a cancer of the lung", "cancer"),
    ("the metastasis clinic", None), ("two metastases", "metastases"),
])
def test_the_lesion_noun_stops_before_a_meeting_word(words: str, noun: str | None) -> None:
    m = get_reader().vocab.lesion_noun.search(words)
    assert (m.group(0) if m else None) == noun
