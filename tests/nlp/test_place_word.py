"""One test of a place word (Vocabulary.place_word: a side or an anatomy word of the site vocabulary) for every reader
of place words: lesions.sources (label_places, the place words a clause opens or ends with, a list of places, an
abbreviation's), lesions.classification (signature, a list of places after a preposition) and review (a lesion's
name alone)."""

from __future__ import annotations

import sys

from srscheck.nlp.vocab import Vocabulary, load_vocabulary


def _callers(depth: int = 4) -> set[str]:
    frame, names = sys._getframe(2), set()
    for _ in range(depth):
        if frame is None:
            break
        names.add(frame.f_code.co_name)
        frame = frame.f_back
    return names


def test_a_place_word_is_a_side_or_an_anatomy_word() -> None:
    vocab = load_vocabulary()
    assert vocab.place_word("Left") and vocab.place_word("frontal") and vocab.place_word("cerebellar")
    assert not vocab.place_word("metastasis") and not vocab.place_word("treated")


def test_one_place_word_test_serves_the_label_places_and_the_signatures(monkeypatch) -> None:
    from srscheck.nlp.lesions.classification import signature
    from srscheck.nlp.lesions.sources import label_places
    vocab = load_vocabulary()
    seen: set[str] = set()
    test = Vocabulary.place_word

    def traced(self, word):
        seen.update(_callers())
        return test(self, word)

    monkeypatch.setattr(Vocabulary, "place_word", traced)
    places = label_places("Lesion L1 is in the left cerebellum, L2: right frontal.", vocab)
    assert places == {"L1": "left cerebellum", "L2": "right frontal"}
    assert {"left", "frontal"} <= signature("left frontal metastasis", vocab)
    assert {"label_places", "signature"} <= seen
