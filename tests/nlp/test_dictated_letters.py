"""A dictated letter in a course bundle: its dictation header's dates ("D: 08/27/2026  T: 08/28/2026") date the
letter, not a later course; a letter is known by its salutation below that header, the addressee and a "RE:"
line, and ranks below the plan and the record; and a completion letter that repeats another regimen (the
consult's 45 Gy in 3 beside a plan and a record of 40 Gy in 5) is a contradiction worth a review flag."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

CONSULT = """SPINE PROGRAMME - RADIATION ONCOLOGY CONSULTATION
Patient: TESTCASE, JOHN   MRN: X-1   Date: 08/03/2026

RECOMMENDATION: stereotactic body radiotherapy to T8, twenty-four gray in three fractions of eight gray.
Simulation with a CT myelogram in a vacuum cushion next week, fused with a fresh MRI.
"""
PLAN = """SPINE PROGRAMME
SPINE SBRT PLAN REPORT

Unit: 6 MV gantry linac
Immobilisation: full-length vacuum cushion
Target: PTV_T8 (vertebral body and left pedicle)
Prescription: 800 cGy x 3 = 2400 cGy
"""
RECORD = """SPINE PROGRAMME - TREATMENT RECORD
Course: T8 SBRT
Fraction 1 08/20/2026 800 cGy, CBCT matched.
Fraction 2 08/24/2026 800 cGy, CBCT matched.
Fraction 3 08/26/2026 800 cGy, CBCT matched.
Status: course complete, 3/3 fractions.
"""
LETTER = """SPINE PROGRAMME
D: 08/27/2026  T: 08/28/2026

Dr. Ann Referrer, Urology

RE: TESTCASE, JOHN   MRN X-1

Dear Dr. Referrer,

Your patient finished his stereotactic radiotherapy to T8 yesterday, {dose} in three fractions. He tolerated it
well. I will see him in six weeks with an MRI.

Yours sincerely,
A. Doctor, MD
"""


def _bundle(tmp_path: Path, dose: str) -> list[Path]:
    out = []
    for i, text in enumerate((CONSULT, PLAN, RECORD, LETTER.format(dose=dose)), 1):
        p = tmp_path / f"{i}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def test_a_letters_dictation_dates_start_no_later_course(tmp_path: Path) -> None:
    reading = read_course(_bundle(tmp_path, "twenty-four gray"))
    assert not [f for f in reading.review if f.fact == "course_status"]
    (les,) = reading.facts.lesions
    assert (les.dose_gy, les.fractions) == (24.0, 3)


def test_a_letter_known_by_its_salutation_ranks_below_the_plan(tmp_path: Path) -> None:
    reading = read_course(_bundle(tmp_path, "twenty-seven gray"))
    (les,) = reading.facts.lesions
    assert (les.dose_gy, les.fractions) == (24.0, 3)
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "27 Gy" in flags[0].message and "outranks a letter" in flags[0].message


def test_a_letter_repeating_another_regimen_is_flagged(tmp_path: Path) -> None:
    paths = _bundle(tmp_path, "twenty-four gray")
    paths[2].write_text(RECORD.replace("3/3", "5/5").replace("Fraction 3 08/26/2026 800 cGy, CBCT matched.\n",
                                                             "Fraction 3 08/26/2026 800 cGy, CBCT matched.\n"
                                                             "Fraction 4 08/27/2026 800 cGy, CBCT matched.\n"
                                                             "Fraction 5 08/28/2026 800 cGy, CBCT matched.\n"),
                        encoding="utf-8")
    paths[1].write_text(PLAN.replace("800 cGy x 3 = 2400 cGy", "800 cGy x 5 = 4000 cGy"), encoding="utf-8")
    paths[3].write_text(LETTER.format(dose="forty-five gray").replace("D: 08/27/2026  T: 08/28/2026",
                                                                       "D: 08/29/2026  T: 08/30/2026"),
                        encoding="utf-8")
    reading = read_course(paths)
    (les,) = reading.facts.lesions
    assert (les.dose_gy, les.fractions) == (40.0, 5)
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "45 Gy in 3 fractions" in flags[0].message


def test_a_kind_of_regimen_named_beside_the_course_is_no_count_of_it() -> None:
    """"rather than the usual three or five fraction regimens" names kinds of regimen (a course has one), no
    count of this course's fractions: no second delivered count, no flag."""
    reading = read_text("SABR to the central left upper lobe tumour: we used a schedule of sixty gray in eight "
                        "fractions, treated on alternate weekdays, rather than the usual three or five fraction "
                        "regimens. Linac, 4DCT, vacuum cushion, CBCT before every fraction.\n")
    assert reading.facts.fractions.value == 8
    assert not [f for f in reading.review if f.fact == "fractions"]
