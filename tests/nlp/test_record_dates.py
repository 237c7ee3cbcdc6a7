"""One numeric date pattern for every reader of a record's rows (resources/vocab/anatomy.yaml numeric_date, read by
Vocabulary.date_of), and the record thresholds kept with the vocabulary's other thresholds: a dotted day-first date
(03.11.2026) and a two-digit year (03/11/26) read the same when rows are grouped into one lesion's sessions
(nlp/lesions/resolution.py) and when a course history's rows are dated (nlp/lesions/sources.py)."""

from __future__ import annotations

import copy
import datetime
from dataclasses import replace
from importlib import resources

import pytest
from ruamel.yaml import YAML
from srscheck.nlp import read_text
from srscheck.nlp.lesions.resolution import _first_day
from srscheck.nlp.lesions.sources import _is_header, _row_days
from srscheck.nlp.vocab import VocabularyError, check_lesion_vocabulary, load_vocabulary

from srscheck.core.model import Cell

RECORD = """SRS TREATMENT RECORD

Date          Target                 Dose     Total
{0}    Left occipital met     800 cGy  800 cGy
{1}    Left occipital met     800 cGy  1600 cGy
{2}    Left occipital met     800 cGy  2400 cGy

Fractionated SRS on the TrueBeam, thermoplastic mask, CBCT daily.
"""


@pytest.mark.parametrize("days", [("11/03/2026", "11/05/2026", "11/07/2026"),
                                  ("03.11.2026", "05.11.2026", "07.11.2026"),
                                  ("03.11.26", "05.11.26", "07.11.26"),
                                  ("11/3/26", "11/5/26", "11/7/26")])
def test_a_records_dated_rows_of_one_target_are_its_sessions_however_the_dates_are_written(days) -> None:
    # dotted dates had made three lesions of one target's three sessions
    r = read_text(RECORD.format(*[d.ljust(10) for d in days]))
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(24.0, 3)]
    assert r.facts.fractions.value == 3


def test_a_course_history_row_with_a_two_digit_year_is_an_earlier_course() -> None:
    # the row two years before the table's latest row is an earlier course's target, not this course's
    r = read_text("RADIOSURGERY COURSE HISTORY\n\n"
                  "Date        Target                      Dose     Fx\n"
                  "03/11/24    Right frontal metastasis    20 Gy    1\n"
                  "03/11/26    Left parietal metastasis    18 Gy    1\n\n"
                  "Radiosurgery to the left parietal metastasis delivered on the Gamma Knife with a Leksell frame.\n")
    # (the fixed-width table's Target cell names the lesion whole: "Left parietal metastasis")
    assert [(les.name.removesuffix(" metastasis"), les.dose_gy) for les in r.facts.lesions] == [("Left parietal", 18.0)]


def test_both_readers_of_row_dates_read_one_date_the_same() -> None:
    vocab = load_vocabulary()
    nov3 = datetime.date(2026, 11, 3)
    for written in ("03.11.2026", "03.11.26", "11/03/2026", "11/3/26", "2026-11-03", "on 03.11.2026."):
        assert _first_day(written, vocab) == nov3, written
        assert _row_days(written, vocab) == [nov3.toordinal()], written
    assert _first_day("13/11/2026", vocab) == datetime.date(2026, 11, 13)  # day first when month first is no date
    assert _first_day("3.5 cm", vocab) is None and _row_days("12.5 Gy", vocab) == []  # decimals are no dates
    assert _first_day("1/1 fx", vocab) is None  # a count, not a full date
    assert _first_day("03/11/98", vocab) == datetime.date(1998, 3, 11)


def test_the_record_thresholds_are_vocabulary_data() -> None:
    from srscheck.nlp.facts import _conventional

    vocab = load_vocabulary()
    assert (vocab.stereotactic_max_fractions, vocab.prior_course_days) == (5, 365)

    class Rec:
        start, end = 0, 40
    doc = replace(read_text("x").document, text="Prescription: 36 Gy in 6 fractions.     ")
    assert _conventional(doc, vocab, Rec) is True  # type: ignore[arg-type]
    assert _conventional(doc, replace(vocab, stereotactic_max_fractions=6), Rec) is False  # type: ignore[arg-type]


def _anatomy():
    yaml = YAML(typ="safe")
    return yaml.load(resources.files("srscheck.resources").joinpath("vocab", "anatomy.yaml").read_text("utf-8"))


@pytest.mark.parametrize("key, value", [("prior_course_days", 0), ("stereotactic_max_fractions", "five"),
                                        ("numeric_date", r"(\d+)/(\d+)"), ("numeric_date", "(")])
def test_the_date_pattern_and_thresholds_are_schema_checked(key, value) -> None:
    data = copy.deepcopy(_anatomy())
    check_lesion_vocabulary(data)
    data[key] = value
    with pytest.raises(VocabularyError, match=key):
        check_lesion_vocabulary(data)


def test_a_column_title_counting_sessions_in_the_vocabularys_fraction_words_is_a_title() -> None:
    vocab = load_vocabulary()
    titles = [Cell("Target", 0, 0), Cell("Rx dose (1 session)", 0, 0), Cell("Isodose", 0, 0)]
    assert _is_header(titles, vocab)  # the fraction words are the vocabulary's FXWORD
    assert _is_header([Cell("Rx (Gy) x 1", 0, 0), Cell("Dose (1 fx)", 0, 0)], vocab)
    assert not _is_header([Cell("Target", 0, 0), Cell("20", 0, 0)], vocab)
