"""Whether words speak of treatment given (identity.yaml service_date_line, not not_service_date_line) is one test,
IdentityVocab.speaks_of_service: it reads the dates of service (identity.dates_of_service) and a record's treated
days when a bundle may hold two courses (facts.separate_courses)."""

from __future__ import annotations

import sys

from srscheck.nlp import read_course
from srscheck.nlp.identity import IdentityVocab, identity_vocab


def test_treatment_given_and_not_a_visit() -> None:
    iv = identity_vocab()
    assert iv.speaks_of_service("Treated 02/03/2026 and 04/03/2026.")
    assert not iv.speaks_of_service("Seen in clinic on 21/05/2026.")


def test_one_test_serves_the_dates_of_service_and_the_courses(tmp_path, monkeypatch) -> None:
    callers: set[str] = set()
    test = IdentityVocab.speaks_of_service

    def traced(self, words):
        callers.add(sys._getframe(1).f_code.co_name)
        return test(self, words)

    monkeypatch.setattr(IdentityVocab, "speaks_of_service", traced)
    record = ("SBRT DELIVERY RECORD\nLeft lower lobe nodule, 50 Gy in 5 fractions on the Halcyon, vacuum cushion, "
              "CBCT before every fraction.\nTreated 09/02/2026, 11/02/2026, 13/02/2026, 16/02/2026 and 18/02/2026.\n"
              "Course completed as prescribed.\n")
    summary = ("SBRT TREATMENT SUMMARY\nWritten 24/02/2026.\nThe left lower lobe nodule received 50 Gy in 5 "
               "fractions as prescribed; no acute toxicity. Review in clinic 19/05/2026 with a CT chest.\n")
    paths = []
    for name, text in (("1_record", record), ("2_summary", summary)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    r = read_course(paths)
    assert r.identity.dates_of_service.value == ["2026-02-09", "2026-02-18"]
    assert not [f for f in r.review if f.kind in ("other_course", "course_unclear")]
    assert {"dates_of_service", "treated_days"} <= callers
