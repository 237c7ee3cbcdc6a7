"""A per-fraction delivery log written on one line ("fx 1 10/07 1800 cGy; fx 2 ...") is a dated log like a table's:
its sum is what was given and outranks the summary's total, and its entries count the fractions given."""

from __future__ import annotations

from srscheck.nlp import read_text

SUMMARY = """SBRT TREATMENT SUMMARY
Delivery: {log}
Setup in a vacuum cushion with cone-beam CT before each fraction.
Summary: the left lower lobe adenocarcinoma was treated with SBRT, {said} in 3 fractions, completed 03/16/2026.
"""

LOG = "Fx 1 03/10/2026 1500 cGy; Fx 2 03/12/2026 1500 cGy; Fx 3 03/16/2026 1500 cGy."


def test_a_one_line_dated_log_gives_the_delivered_total_over_the_summary() -> None:
    reading = read_text(SUMMARY.format(log=LOG, said="54 Gy"))
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (45.0, 3)
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "54 Gy" in flags[0].message  # the summary's other total is quoted, not dropped silently


def test_a_log_that_agrees_raises_nothing() -> None:
    reading = read_text(SUMMARY.format(log=LOG, said="45 Gy"))
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (45.0, 3) and not reading.review


def test_entries_out_of_order_or_undated_are_no_log() -> None:
    """Fraction numbers that do not run 1..n, or entries without dates, are not a log of the course."""
    skipped = LOG.replace("Fx 2", "Fx 4")
    reading = read_text(SUMMARY.format(log=skipped, said="54 Gy"))
    assert reading.facts.lesions[0].dose_gy == 54.0
    undated = "Fx 1 1500 cGy; Fx 2 1500 cGy; Fx 3 1500 cGy."
    reading = read_text(SUMMARY.format(log=undated, said="54 Gy"))
    assert reading.facts.lesions[0].dose_gy == 54.0


def test_a_log_goes_on_over_the_next_lines_while_its_numbering_goes_on() -> None:
    """A re-plan noted between two entries does not end the log: fractions 1-2 and 3 are one course of 3."""
    log = ("Fx 1 03/10/2026 1800 cGy, Fx 2 03/12/2026 1800 cGy (first plan)\n(adapted plan from here on)\n"
           "Fx 3 03/16/2026 1200 cGy")
    reading = read_text(SUMMARY.format(log=log, said="54 Gy"))
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (48.0, 3) and reading.facts.fractions.value == 3
