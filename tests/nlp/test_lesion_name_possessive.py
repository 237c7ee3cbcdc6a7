"""A lesion's name: a determiner or a possessive before a lesion's words is no part of its name ("his L3 metastasis"
-> "L3 metastasis"; patterns.yaml leading_words)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


def names(text: str) -> list[tuple[str, float | None]]:
    return [(x.name, x.dose_gy) for x in read_text(text).facts.lesions]


@pytest.mark.parametrize("owner", ["his", "her", "their", "this"])
def test_a_possessive_is_no_part_of_the_name(owner: str) -> None:
    text = f"Spine SBRT completion note\nSBRT to {owner} L3 metastasis was completed: 30 Gy in 5 fractions.\n"
    assert names(text) == [("L3 metastasis", 30.0)]
