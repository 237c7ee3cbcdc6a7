"""A fraction log written as lines, one a fraction, each opening with its number and date ("Fx 1  10/13/2026  S7 1500
(cum 1500) ...") and numbered 1..n, is a dated record of what was given even when its doses carry no unit: it counts
n fractions and outranks a summary's different count (which is flagged for the coder)."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

LOG = """RO FRACTION LOG       PATIENT, TEST  SYN-00001
Plan: LIVER_SBRT   Rx: liver 1500 cGy x 3

{lines}
COURSE COMPLETE
"""

LINES = ["Fx 1  10/13/2026  S7 1500 (cum 1500)  CBCT pre + mid  - ok",
         "Fx 2  10/15/2026  S7 1500 (cum 3000)  CBCT pre + mid  - ok",
         "Fx 3  10/17/2026  S7 1500 (cum 4500)  CBCT pre + mid  - ok"]

SUMMARY = """TREATMENT COMPLETION SUMMARY
SBRT to the liver metastasis was completed in 4 fractions between 10/13/2026 and 10/17/2026, 45 Gy.
"""


def _bundle(tmp_path: Path, lines: list[str]) -> list[Path]:
    log, summary = tmp_path / "2_log.txt", tmp_path / "3_summary.txt"
    log.write_text(LOG.format(lines="\n".join(lines)), encoding="utf-8")
    summary.write_text(SUMMARY, encoding="utf-8")
    return [log, summary]


def test_numbered_dated_log_lines_count_the_fractions_given(tmp_path: Path) -> None:
    r = read_course(_bundle(tmp_path, LINES))
    assert r.facts.fractions.value == 3
    assert [x for x in r.review if x.fact == "fractions"]  # the summary's 4 disagrees


def test_lines_out_of_order_are_no_log(tmp_path: Path) -> None:
    r = read_course(_bundle(tmp_path, [LINES[1], LINES[0]]))
    assert r.facts.fractions.value == 4
