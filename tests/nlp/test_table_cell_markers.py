"""A plan table's cells carry footnote markers ("5ᶜ", "3*", "2†") explained under the table, and a Sessions
column gives each target's first and last session date ("10/05 - 10/09"): the count cell's number is the count
(its marker is no part of it), and a month/day date range is no "delivered of planned" pair (09/14 is not 9 of 14)."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = """SBRT PLAN AND DELIVERY
Vacuum cushion; planning CT; CBCT before each session on the gantry linac.

Target             Dose / fx   Fx    Total    Sessions
PTV_L2             9 Gy        3     27 Gy    10/05 - 10/07
PTV_Ilium_R        8 Gy        {fx}  40 Gy    10/05 - 10/09

{note}
Treatment window 10/05/2026 - 10/09/2026. All sessions given as planned.
"""


def test_a_count_cell_with_a_footnote_marker_keeps_its_count() -> None:
    for marker, note in (("\u1d9c", "\u1d9c Daily on five consecutive weekdays."), ("*", "* Daily."),
                         ("\u2020", "\u2020 Daily.")):
        facts = read_text(PLAN.format(fx=f"5{marker}", note=note).replace(f"5{marker}  ", f"5{marker}   ")).facts
        got = sorted((les.dose_gy, les.fractions) for les in facts.lesions)
        assert got == [(27.0, 3), (40.0, 5)], (marker, got)
        assert facts.fractions.value == 5, marker


def test_a_session_date_range_is_no_delivered_of_planned_count() -> None:
    # without a count in the Fx cell, the Sessions cell "10/05 - 10/09" gives no count (not 10 of 5)
    facts = read_text(PLAN.format(fx="-", note="")).facts
    got = {les.dose_gy: les.fractions for les in facts.lesions}
    assert got.get(40.0) in (None, 5), got
    assert facts.fractions.value != 10
