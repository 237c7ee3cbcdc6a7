"""What is this course's and what is an earlier course's, by the dates: a log's running total ("cum 2000") is cGy,
not the year 2000, so its row stays this course's record; a year said in words ("in twenty twenty-three") dates its
sentence like "2023", so a dictation's earlier course is history."""

from __future__ import annotations

from srscheck.nlp import read_course, read_text

LOG = """ALDERWICK CANCER CENTRE - SBRT RECORD
Patient: EXAMPLE, PERSON
Prescription: left iliac bone metastasis, 25 Gy in 5 fractions, 5 Gy per fraction, VMAT, TrueBeam.

DELIVERY LOG
Fx 1  03/02/2026  500 cGy  CBCT shift applied   cum 500
Fx 2  03/04/2026  500 cGy  CBCT, no shift       cum 1000
Fx 3  03/06/2026  500 cGy  CBCT shift applied   cum 1500
Fx 4  03/09/2026  500 cGy  CBCT, no shift       cum 2000
Fx 5  03/11/2026  500 cGy  CBCT shift applied   cum 2500

END OF TREATMENT NOTE 03/12/2026
SBRT to the left iliac metastasis completed, 25 Gy delivered in 4 fractions, tolerated well.
"""


def test_a_running_total_that_reads_like_a_year_keeps_its_log_row_in_this_course() -> None:
    """The dated log outranks the note's count, and the disagreement is a review flag for the coder."""
    reading = read_text(LOG)
    assert reading.facts.fractions.value == 5
    assert [les.fractions for les in reading.facts.lesions] == [5]
    assert any("different delivered fraction counts" in f.message for f in reading.review)


CONSULT = """BRAMBLEFORD RADIATION ONCOLOGY
Consultation, dictated 09/14/2026
Patient: EXAMPLE, PERSON

Sixty-one year old woman with a left breast cancer treated with lumpectomy and whole breast radiation, fifty gray
in twenty-five fractions, in twenty twenty-three, now with a solitary right adrenal metastasis. Recommendation:
stereotactic body radiation therapy, forty gray in five fractions.
"""

SUMMARY = """BRAMBLEFORD RADIATION ONCOLOGY
Treatment Summary 10/20/2026
Patient: EXAMPLE, PERSON

Right adrenal metastasis: 40 Gy in 5 fractions of 8 Gy, delivered 10/13/2026 - 10/20/2026 on the TrueBeam
with daily CBCT. Completed as planned.
"""


def test_an_earlier_course_dated_by_a_spoken_year_is_history(tmp_path) -> None:
    consult, summary = tmp_path / "1_consult.txt", tmp_path / "2_summary.txt"
    consult.write_text(CONSULT)
    summary.write_text(SUMMARY)
    reading = read_course([consult, summary])
    assert reading.facts.fractions.value == 5
    assert not any("25" in f.message for f in reading.review if f.fact == "fractions")


def test_spoken_years() -> None:
    from srscheck.nlp.context import spoken_year
    from srscheck.nlp.pipeline import load_vocabulary

    vocab = load_vocabulary()
    pattern = vocab.patterns["spoken_year"]
    said = {t: (lambda m: m and spoken_year(m, vocab))(pattern.search(t)) for t in (
        "in twenty twenty-three", "nineteen ninety-eight", "twenty oh seven", "two thousand and five",
        "twenty twenty-four gray", "two thousand four hundred centigray", "twenty-four")}
    assert said == {"in twenty twenty-three": 2023, "nineteen ninety-eight": 1998, "twenty oh seven": 2007,
                    "two thousand and five": 2005, "twenty twenty-four gray": None,
                    "two thousand four hundred centigray": None, "twenty-four": None}
