"""In a chart of one document, a dated per-fraction log that decides the delivered count or dose against another
statement says why in its review flag, as a bundle's ranked documents do: the log is the record of what was
delivered."""

from __future__ import annotations

from srscheck.nlp import read_text

RECORD = """LUNG SBRT DELIVERY RECORD
Target: right lower lobe nodule, 50 Gy in 5 fractions, TrueBeam, CBCT before each fraction, 4DCT simulation.
{said}

Fx    Date          Dose (cGy)    Cumulative (cGy)
1     09/14/2026    1000          1000
2     09/16/2026    1000          2000
3     09/18/2026    1000          3000
4     09/21/2026    1000          4000
5     09/23/2026    1000          5000
"""


def test_the_count_flag_says_the_log_was_taken() -> None:
    r = read_text(RECORD.format(said="Treatment completed: 4 fractions delivered."))
    assert r.facts.fractions.value == 5
    flag = next(f for f in r.review if f.fact == "fractions")
    assert "dated per-fraction treatment log is the record of what was delivered" in flag.message, flag.message


def test_the_dose_flag_says_the_log_was_taken() -> None:
    r = read_text(RECORD.format(said="Treatment completed: 55 Gy in 5 fractions delivered."))
    flag = next(f for f in r.review if f.fact == "lesions")
    assert "50 Gy was used, as the dated per-fraction treatment log" in flag.message, flag.message
