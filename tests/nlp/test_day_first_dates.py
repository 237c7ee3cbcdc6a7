"""Slashed dates whose day and month could be swapped (05/11/2026) are read in the chart's own order, decided
per chart from unambiguous dates only: a slashed date whose first number is over 12 (21/10/2026), else dates in
words written day first ("12-Oct-2026", "5 Nov 2026"). A chart that writes 10/21/2026 or "Nov 5, 2026" stays
month first, and so does a chart with no evidence either way."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.context import treatment_dates
from srscheck.nlp.vocab import load_vocabulary

_BODY = ("Left upper lobe tumour treated with 54 Gy in 3 fractions on the TrueBeam, vacuum bag, cone-beam CT "
         "before each fraction.\nFractions given 04/11/2026, 06/11/2026 and 10/11/2026.\n")


def _service(head: str) -> list[str]:
    return read_text(head + "\n" + _BODY).identity.dates_of_service.value


def test_a_day_over_twelve_makes_the_chart_day_first() -> None:
    assert _service("SBRT completion letter. Seen in clinic 22/10/2026.") == ["2026-11-04", "2026-11-10"]


def test_dates_in_words_day_first_make_the_chart_day_first() -> None:
    assert _service("Clinic letter, 13-Nov-2026.") == ["2026-11-04", "2026-11-10"]
    assert _service("Clinic letter dated 13 November 2026.") == ["2026-11-04", "2026-11-10"]


def test_a_month_first_chart_stays_month_first() -> None:
    assert _service("SBRT completion note. Seen in clinic 10/22/2026.") == ["2026-04-11", "2026-10-11"]
    assert _service("Clinic letter, November 13, 2026.") == ["2026-04-11", "2026-10-11"]


def test_no_evidence_or_both_orders_keep_month_first() -> None:
    assert _service("SBRT completion note.") == ["2026-04-11", "2026-10-11"]
    assert _service("Seen 22/10/2026, reviewed 10/23/2026.") == ["2026-04-11", "2026-10-11"]


def test_the_context_reads_the_same_order() -> None:
    vocab = load_vocabulary()
    text = "Consult 22/10/2026. First fraction 04/11/2026.\n"
    assert [d.isoformat() for _s, _e, d in treatment_dates(text, vocab)] == ["2026-10-22", "2026-11-04"]


def test_a_follow_up_letter_read_day_first_is_no_later_course(tmp_path) -> None:
    from srscheck.nlp import read_course
    record = ("SABR TREATMENT RECORD\nRight upper lobe tumour, 54 Gy in 3 fractions on the TrueBeam, vacuum bag, "
              "cone-beam CT before each fraction.\nTreated 09/02/2026, 11/02/2026 and 13/02/2026.\n"
              "The course was completed as planned.\n")
    letter = ("Clinic letter\nClinic date 21/05/2026\nSeen three months after her SABR to the right upper lobe "
              "tumour. CT thorax 14/05/2026 shows a partial response of the treated tumour.\n")
    paths = []
    for name, text in (("1_record", record), ("2_follow_up", letter)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    r = read_course(paths)
    assert r.facts.fractions.value == 3 and [les.dose_gy for les in r.facts.lesions] == [54.0]
    assert not [f for f in r.review if f.kind in ("other_course", "course_unclear")]


def test_the_chart_order_is_decided_once_per_chart(monkeypatch) -> None:
    """One decision serves the context's dates and the dates of service (not one reading each)."""
    from srscheck.nlp.vocab import Vocabulary
    calls = []
    order = Vocabulary.day_order

    def counted(self, text):
        calls.append(len(text))
        return order(self, text)

    monkeypatch.setattr(Vocabulary, "day_order", counted)
    assert _service("Clinic review 23/10/2026.") == ["2026-11-04", "2026-11-10"]
    assert len(calls) == 1


def test_one_reading_of_a_written_date_serves_both_callers() -> None:
    """nlp.vocab.full_date reads the service lines' dates (identity) and the context's (the vocabulary's date
    pattern) alike, in the order it is given: the order passed wins over what the text alone would decide."""
    from srscheck.nlp import identity
    from srscheck.nlp.reader import document_from_text
    from srscheck.nlp.vocab import full_date
    vocab = load_vocabulary()
    text = "Treatment dates: 03/02/2026 - 05/02/2026.\nReviewed 7 Feb 2026; CT 2026-01-20.\n"
    for rx in (identity.identity_vocab().service_date, vocab.patterns["date"]):
        assert [full_date(m).isoformat() for m in rx.finditer(text)] == \
            ["2026-03-02", "2026-05-02", "2026-02-07", "2026-01-20"]
        assert [full_date(m, day_first=True).isoformat() for m in rx.finditer(text)] == \
            ["2026-02-03", "2026-02-05", "2026-02-07", "2026-01-20"]
    doc = document_from_text(text)
    assert identity.dates_of_service(doc).value == ["2026-02-03", "2026-02-05"]  # "7 Feb 2026": day first
    assert identity.dates_of_service(doc, day_first=False).value == ["2026-03-02", "2026-05-02"]
    assert [d.isoformat() for _s, _e, d in treatment_dates(text, vocab, day_first=False)][:2] == \
        ["2026-03-02", "2026-05-02"]
    assert [d.isoformat() for _s, _e, d in treatment_dates(text, vocab)][:2] == ["2026-02-03", "2026-02-05"]
