"""One definition of a sentence: the spaCy splitter, quotations and the identity reader agree."""

from __future__ import annotations

import pytest

from srscheck.core.sentences import sentence_bounds, sentences, starts_sentence

TEXT = ("Dr. Smith saw the pt. on 1.5 days. Left renal cell carcinoma, 4.0 cm (C64.2).\n"
        "Physics plan check completed 01/22/2024 - H. Park, MS, DABR; second check done!\n"
        "• PTV1 20 Gy\nAge 80. 4005 cGy delivered.")


def _all(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_sentences_keep_abbreviations_initials_and_decimals_inside() -> None:
    assert _all(TEXT) == [
        "Dr. Smith saw the pt. on 1.5 days.",
        "Left renal cell carcinoma, 4.0 cm (C64.2).",
        "Physics plan check completed 01/22/2024 - H. Park, MS, DABR;",
        "second check done!",
        "•",
        "PTV1 20 Gy",
        "Age 80.",
        "4005 cGy delivered.",
    ]


@pytest.mark.parametrize("needle, quote", [
    ("4.0 cm", "Left renal cell carcinoma, 4.0 cm (C64.2)."),
    ("C64.2", "Left renal cell carcinoma, 4.0 cm (C64.2)."),
    ("Park", "Physics plan check completed 01/22/2024 - H. Park, MS, DABR"),
    ("4005", "4005 cGy delivered."),
])
def test_quotation_is_the_whole_sentence_never_half_a_number(needle: str, quote: str) -> None:
    i = TEXT.index(needle)
    s, e = sentence_bounds(TEXT, i, i + len(needle))
    assert TEXT[s:e] == quote


def test_the_pipeline_splits_sentences_by_the_same_rule() -> None:
    from srscheck.nlp.pipeline import build_nlp

    doc = build_nlp()(TEXT)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == _all(TEXT)
    assert all(starts_sentence(TEXT, s[0].idx) for s in doc.sents if not s[0].is_space)


def test_a_month_abbreviation_does_not_end_a_sentence() -> None:
    text = "Treated Sept. 2024 on the Icon. Follow-up in Jan. 2025."
    assert _all(text) == ["Treated Sept. 2024 on the Icon.", "Follow-up in Jan. 2025."]
