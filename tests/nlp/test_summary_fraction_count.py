"""A bundle whose completion summary writes the course's dose with another fraction count ("24 Gy in four
fractions") while the prescription and the dated treatment record give three: the summary is a delivered record,
so its count, even without a verb of delivery, is a statement of what was given and the disagreement is flagged
with both quotations. A summary that agrees raises no flag."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

PRESCRIPTION = """RADIATION PRESCRIPTION
Target: right frontal metastasis, 2.2 cm. Dose: 8 Gy per fraction, 24 Gy total, 3 fractions.
Unit: Edge, frameless mask. Planning CT with MRI fusion.
"""

RECORD = """TREATMENT RECORD
Fraction	Date	Dose (Gy)	Cumulative (Gy)
1 of 3	05/04/2026	8	8
2 of 3	05/06/2026	8	16
3 of 3	05/08/2026	8	24
"""

SUMMARY = """COMPLETION SUMMARY
Right frontal metastasis. Fractionated stereotactic radiotherapy on the Edge, 24 Gy in {count} fractions,
05/04/2026 to 05/08/2026, mask immobilization. Mild fatigue only.
"""


def _read(tmp_path: Path, count: str):
    paths = []
    for i, (name, text) in enumerate((("rx", PRESCRIPTION), ("record", RECORD),
                                      ("summary", SUMMARY.format(count=count))), 1):
        p = tmp_path / f"{i}_{name}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return read_course(paths)


def test_a_summary_giving_another_fraction_count_is_flagged(tmp_path: Path) -> None:
    reading = _read(tmp_path, "four")
    assert reading.facts.fractions.value == 3
    flags = [f for f in reading.review if f.fact == "fractions"]
    assert flags, [f.message for f in reading.review]
    quoted = " | ".join(e.text for f in flags for e in f.evidence)
    assert "24 Gy in four fractions" in quoted, quoted


def test_a_summary_that_agrees_is_not_flagged(tmp_path: Path) -> None:
    reading = _read(tmp_path, "three")
    assert reading.facts.fractions.value == 3
    assert not reading.review, [f.message for f in reading.review]
