"""One reader of written dates (nlp.vocab.date_readings) with its modes serves the three readers that stood beside
each other: full_date (the chart's order, known: month first or day first), Vocabulary.date_of (month first, or
day first when that is no date; a dotted date the other way round; a two-digit year by the pivot) and a record's
range of days in a bundle (facts._date_span: every day a date may be when the record's order is not known)."""

from __future__ import annotations

import datetime

from srscheck.nlp.facts import _date_order, _date_span
from srscheck.nlp.vocab import date_readings, full_date, load_vocabulary

D = datetime.date


def _date(text: str):
    return load_vocabulary().patterns["date"].fullmatch(text)


def _numeric(text: str):
    return load_vocabulary().numeric_date.fullmatch(text)


def test_modes_of_the_one_reader() -> None:
    m = _date("04/06/2026")
    assert date_readings(m, "md") == (D(2026, 4, 6),)
    assert date_readings(m, "dm") == (D(2026, 6, 4),)
    assert date_readings(m, None) == (D(2026, 4, 6), D(2026, 6, 4))  # every day it may be, earliest first
    assert date_readings(_date("18/09/2026"), "md") == ()
    assert date_readings(_date("18/09/2026"), "md?") == (D(2026, 9, 18),)
    assert date_readings(_date("18/09/2026"), None) == (D(2026, 9, 18),)
    assert date_readings(_date("05/05/2026"), None) == (D(2026, 5, 5),)
    assert date_readings(_date("2026-06-04"), "dm") == (D(2026, 6, 4),)
    assert date_readings(_date("Nov 5, 2026")) == (D(2026, 11, 5),)
    assert date_readings(_date("12-Oct-2026")) == (D(2026, 10, 12),)
    assert date_readings(_date("04/06/75"), "md") == (D(2075, 4, 6),)  # this century without a pivot
    assert date_readings(_date("04/06/75"), "md", pivot=69) == (D(1975, 4, 6),)


def test_full_date_reads_in_the_charts_order() -> None:
    assert full_date(_date("04/06/2026")) == D(2026, 4, 6)
    assert full_date(_date("04/06/2026"), day_first=True) == D(2026, 6, 4)
    assert full_date(_date("18/09/2026")) is None
    assert full_date(_date("31-Oct-2026")) == D(2026, 10, 31)


def test_date_of_falls_back_to_the_other_order() -> None:
    vocab = load_vocabulary()
    assert vocab.date_of(_numeric("09/18/2026")) == D(2026, 9, 18)
    assert vocab.date_of(_numeric("18/09/2026")) == D(2026, 9, 18)
    assert vocab.date_of(_numeric("03.11.2026")) == D(2026, 11, 3)  # dotted: day first
    assert vocab.date_of(_numeric("03.13.2026")) == D(2026, 3, 13)  # ... or month first when that is no date
    assert vocab.date_of(_numeric("2026-03-11")) == D(2026, 3, 11)
    assert vocab.date_of(_numeric("09/18/75")) == D(1975, 9, 18)  # the pivot
    assert vocab.date_of(_numeric("09/18")) is None  # no year
    assert vocab.dates_in("given 09/18/2026 and 18.09.2026") == [D(2026, 9, 18), D(2026, 9, 18)]


def test_a_records_range_of_days() -> None:
    written = [_date("04/06/2026"), _date("2026-06-04")]
    assert _date_order(written) is None
    assert _date_span(written[0], D(2026, 4, 6), None) == (D(2026, 4, 6), D(2026, 6, 4))
    assert _date_span(written[1], D(2026, 6, 4), None) == (D(2026, 6, 4), D(2026, 6, 4))
    assert _date_order([*written, _date("26/05/2026")]) == "dm"
    assert _date_order([_date("05/26/2026")]) == "md"
    assert _date_order([_date("05/26/2026"), _date("26/05/2026")]) is None
    assert _date_span(written[0], D(2026, 4, 6), "dm") == (D(2026, 6, 4), D(2026, 6, 4))
    assert _date_span(_date("26/05/2026"), D(2026, 5, 26), "md") == (D(2026, 5, 26), D(2026, 5, 26))
    assert _date_span(None, D(2026, 5, 26), None) == (D(2026, 5, 26), D(2026, 5, 26))
