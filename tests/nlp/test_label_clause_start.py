"""The clause that names a lesion before its label ("... and the left cerebellar lesion (L1)") starts at a word of the
anatomy vocabulary's ``label_clause_starts`` (the backward twin of ``label_clause_ends``, read from the label back),
so the place of the clause before it is not given to the label too; the words are data, not code."""

from __future__ import annotations

from dataclasses import replace

import pytest
from srscheck.nlp.lesions.sources import label_places
from srscheck.nlp.vocab import load_vocabulary


@pytest.mark.parametrize("text,places", [
    ("The right frontal lesion was resected and the left cerebellar lesion (L1) received 20 Gy.",
     {"L1": "left cerebellar"}),
    ("The right frontal lesion was resected but the left cerebellar lesion (L1) received 20 Gy.",
     {"L1": "left cerebellar"}),
    ("The right frontal lesion was resected, whereas a left cerebellar focus called L3 received 20 Gy.",
     {"L3": "left cerebellar"}),
])
def test_a_labels_place_starts_after_the_clause_before_it(text: str, places: dict[str, str]) -> None:
    assert label_places(text, load_vocabulary()) == places


def test_the_clause_starts_are_read_from_the_vocabulary() -> None:
    """Without "and" in the list, the clause runs back over it: the words come from the data."""
    vocab = load_vocabulary()
    without = replace(vocab, connectives=tuple((k, tuple(w for w in ws if w != "and") if k == "label_clause_starts"
                                                else ws) for k, ws in vocab.connectives))
    text = "The right frontal lesion was resected and the left cerebellar lesion (L1) received 20 Gy."
    assert label_places(text, without) == {"L1": "right frontal left cerebellar"}
