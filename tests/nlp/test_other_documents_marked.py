"""The documents of a bundle that are not this course's (an earlier course's records: HISTORICAL; a leaflet or a
literature review: HYPOTHETICAL) are marked by one step (extract._marked): their scopes join the context and the
mentions inside them take the category. A lesion label given two different places is left undefined, however it is
defined (lesions.sources.label_places: one bookkeeping for a label's definition, a structure's and a series')."""

from __future__ import annotations

from srscheck.nlp.vocab import load_vocabulary

from srscheck.core.model import Evidence, Mention, Scope


class _Ctx:
    def __init__(self) -> None:
        self.scopes: list[Scope] = []


def _mention(start: int) -> Mention:
    return Mention("SITE", "brain", Evidence(page=1, text="brain", start=start, end=start + 5),
                   modifiers=("NEGATED_EXISTENCE",))


def test_the_spans_of_other_documents_are_marked_once() -> None:
    from srscheck.nlp.extract import _marked
    ctx = _Ctx()
    ments = [_mention(5), _mention(50), _mention(120)]
    out = _marked(ctx, ments, ((40, 100),), "HISTORICAL")
    neg = "NEGATED_EXISTENCE"
    assert [m.modifiers for m in out] == [(neg,), ("HISTORICAL", neg), (neg,)]
    assert ctx.scopes == [Scope(40, 100, "HISTORICAL")]
    assert _marked(ctx, ments, [], "HYPOTHETICAL") is ments and len(ctx.scopes) == 1


def test_a_label_given_two_places_is_undefined() -> None:
    from srscheck.nlp.lesions.sources import label_places
    vocab = load_vocabulary()
    assert label_places("Lesion L1 is in the left cerebellum, L2: right frontal.", vocab) == \
        {"L1": "left cerebellum", "L2": "right frontal"}
    assert label_places("Lesion L1 is in the left cerebellum. Lesion L1 is in the right frontal lobe. Lesion L2 is in "
                        "the left occipital lobe.", vocab) == {"L2": "left occipital lobe"}
