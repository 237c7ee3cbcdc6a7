"""A lesion's session rows in a treatment record give its delivered total by their running total; when the rows of
the fractions after the last running total give their dose but no running total (a cell a scan lost), the total
runs on by those doses, and only by the fractions right after it."""

from __future__ import annotations

from srscheck.nlp import read_text

_RECORD = """SBRT TREATMENT RECORD - two lung targets, TrueBeam, daily CBCT, BodyFIX, 4DCT simulation.
+--------+----+------------+--------+--------+
| Target | Fx | Date       | Dose   | Cum.   |
+--------+----+------------+--------+--------+
| RUL    | 1  | 03/02/2026 | 11 Gy  | 11 Gy  |
| LLL    | 1  | 03/02/2026 | 11 Gy  | 11 Gy  |
| RUL    | 2  | 03/04/2026 | 11 Gy  | 22 Gy  |
| LLL    | 2  | 03/04/2026 | 11 Gy  | 22 Gy  |
| RUL    | 3  | 03/06/2026 | 11 Gy  |        |
| LLL    | 3  | 03/06/2026 | 11 Gy  | 33 Gy  |
+--------+----+------------+--------+--------+
"""


def test_a_lost_running_total_runs_on_by_the_last_rows_dose() -> None:
    lesions = read_text(_RECORD).facts.lesions
    assert len(lesions) == 2
    assert [(les.dose_gy, les.fractions) for les in lesions] == [(33.0, 3), (33.0, 3)], \
        [(les.name, les.dose_gy, les.fractions) for les in lesions]
