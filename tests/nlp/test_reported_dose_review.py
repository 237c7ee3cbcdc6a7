"""Review: a chart that reports the treatment with another dose or another delivered count than its own record is
held against it (a review flag quoting both), whether the dose is written without its fraction count or the count
is a field of a pipe-separated summary line."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = """BRIARWOOD NEUROSCIENCE - CONE RADIOSURGERY PLAN AND DELIVERY
Target: right frontal arteriovenous malformation nidus, 2.1 cm
Prescription: 20 Gy to the 80% isodose, 1 fraction, stereotactic frame.

Procedure note
Radiosurgery completed today under frame; {said}. Frame removed without incident.
"""


def test_a_report_of_the_treatment_with_another_dose_is_flagged() -> None:
    reading = read_text(PLAN.format(said="marginal dose 17 Gy"))
    assert reading.facts.lesions[0].dose_gy == 20
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "17 Gy" in flags[0].message
    assert any("17 Gy" in e.text for e in flags[0].evidence)


def test_a_report_with_the_same_dose_is_not_flagged() -> None:
    assert not read_text(PLAN.format(said="marginal dose 20 Gy")).review


FRACTIONED = """KESTREL BAY ONCOLOGY - SBRT TREATMENT RECORD
Prescription: 35 Gy in 5 fractions to the right adrenal PTV.
Fraction 3 of 5 delivered today; {said}. Tolerated well.
"""


def test_a_dose_per_fraction_or_a_running_total_is_no_other_dose() -> None:
    assert not read_text(FRACTIONED.format(said="7 Gy given")).review
    assert not read_text(FRACTIONED.format(said="21 Gy received to date")).review


SESSION_LOG = """SBRT PLAN
Target PTV_RUL (right upper lobe nodule). Rx 54 Gy in 3 fractions.

TREATMENT DELIVERY LOG
""" + "".join(f"Session\t{k} / 3\nDate\t02/0{2 * k}/2027\nPTV_RUL\t1800 cGy delivered, cumulative {1800 * k} cGy\n"
              for k in (1, 2, 3))


def test_a_session_logs_running_total_is_no_other_dose() -> None:
    """A key: value session log's dose of the session and its running total after the second of three fractions
    (2 x 18 = 36 Gy) are what two of its fractions add up to, not a second dose of the target."""
    reading = read_text(SESSION_LOG)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(54.0, 3)]
    assert not reading.review


SUMMARY = """RAVENSCAR ONCOLOGY - COURSE BROWSER
Course summary\tC1 | Status: Completed | Fractions delivered: {n} | Plan: ADR_SBRT
Prescription\t700 cGy x 5 = 3500 cGy to the left adrenal PTV

+----+------------+------------+---------+
| Fx | Date       | Dose [cGy] | Status  |
+----+------------+------------+---------+
| 1  | 03/02/2026 | 700        | Treated |
| 2  | 03/03/2026 | 700        | Treated |
| 3  | 03/04/2026 | 700        | Treated |
| 4  | 03/05/2026 | 700        | Treated |
| 5  | 03/06/2026 | 700        | Treated |
+----+------------+------------+---------+
"""


def test_a_delivered_count_in_a_pipe_separated_summary_is_held_against_the_log() -> None:
    reading = read_text(SUMMARY.format(n=3))
    assert reading.facts.fractions.value == 5
    assert any(f.fact == "fractions" for f in reading.review)
    assert not read_text(SUMMARY.format(n=5)).review


UNCOUNTED = """GAMMA-SOURCE RADIOSURGERY: PLAN AND TREATMENT RECORD
Target:\tleft parasagittal meningioma, 2.4 x 2.0 x 1.8 cm
Prescription:\t13 Gy to the 50% isodose (marginal), single fraction
Treatment complete, 17/17 shots, 13 Gy marginal delivered

Dear Doctor,
She underwent single-fraction stereotactic radiosurgery on 4th November 2026 under a stereotactic frame, receiving
{said} to the tumour margin. She tolerated it well.
"""


def test_a_letter_reporting_another_dose_of_a_course_written_without_its_count_is_flagged() -> None:
    """No dose of the course is written with its fraction count (the prescription's "single fraction" stands after
    its own clause): the target's doses are still held against a sentence that reports another one."""
    reading = read_text(UNCOUNTED.format(said="12 Gy"))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(13.0, 1)]
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "12 Gy" in flags[0].message, [f.message for f in reading.review]
    assert not [f for f in read_text(UNCOUNTED.format(said="13 Gy")).review if f.fact == "lesions"]
