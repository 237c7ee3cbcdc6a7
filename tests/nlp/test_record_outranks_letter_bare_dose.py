"""A bundle of a letter and a session record whose doses carry no fraction count (or only the letter's does): the
record's dose is what was delivered, above the letter's, and a review flag quotes both (resolution._ranked_dose,
review.dose_flags; a "session record" is a record by its title, patterns record_title)."""

from __future__ import annotations

from pathlib import Path

import pytest
from srscheck.nlp import read_course

LETTER = """Dear Dr. Example,

Thank you for sending Mrs Sample. She came in on the ninth of April for radiosurgery of the right cerebellar
metastasis, and {said} to its edge in a mask. She is well and goes home today.

Kind regards,
B. Author, Radiation Oncology
"""
RECORD = """{title}
Unit: gantry linac, 6 MV
Immobilisation: thermoplastic mask
Lesion R_Cerebellum  prescribed dose delivered 18.0 Gy  status DONE
"""


def _read(tmp_path: Path, said: str, title: str, letter_first: bool = True):
    letter = tmp_path / "a_letter.txt"
    letter.write_text(LETTER.format(said=said), encoding="utf-8")
    record = tmp_path / "b_record.txt"
    record.write_text(RECORD.format(title=title), encoding="utf-8")
    return read_course([letter, record] if letter_first else [record, letter])


@pytest.mark.parametrize("title", ["SESSION RECORD", "TREATMENT RECORD"])
@pytest.mark.parametrize("letter_first", [True, False])
def test_the_records_bare_dose_outranks_the_letters_bare_dose(tmp_path: Path, title: str,
                                                              letter_first: bool) -> None:
    r = _read(tmp_path, "we gave twenty Gray", title, letter_first)
    (les,) = r.facts.lesions
    assert les.dose_gy == 18.0
    (flag,) = [f for f in r.review if f.fact == "lesions"]
    assert "18 Gy was used" in flag.message and "20 Gy" in flag.message


def test_the_records_bare_dose_outranks_the_letters_dose_with_its_count(tmp_path: Path) -> None:
    r = _read(tmp_path, "we gave 20 Gy in a single fraction", "SESSION RECORD")
    (les,) = r.facts.lesions
    assert les.dose_gy == 18.0
    (flag,) = [f for f in r.review if f.fact == "lesions"]
    assert "18 Gy was used" in flag.message and "outranks a letter" in flag.message


def test_a_letter_and_a_record_that_agree_are_not_flagged(tmp_path: Path) -> None:
    r = _read(tmp_path, "we gave eighteen Gray", "SESSION RECORD")
    (les,) = r.facts.lesions
    assert les.dose_gy == 18.0
    assert not [f for f in r.review if f.fact == "lesions"]
