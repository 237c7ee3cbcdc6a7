"""A treatment record that groups consecutive fractions on one row ("1-5 | 10/26 - 10/30/2026 | 3 Gy each") counts
every fraction of the range, not one per row: a log of rows "1-5" and "6-10" is ten fractions (no disagreement
with the summary's "30 Gy in 10 fractions" to flag), and a log that stops after "1-5" is five."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course

ROWS = [("1-5", "10/26 - 10/30/2026", "3 Gy each", "daily kV pair"),
        ("6-10", "11/02 - 11/06/2026", "3 Gy each", "daily kV pair")]


def _chart(path: Path, rows, summary: str) -> Path:
    return make_chart_pdf(path, [[
        Heading("Radiotherapy Treatment Summary"),
        "Target: T6-T8 vertebral bodies. Technique: 3D conformal, AP/PA parallel-opposed fields, on a Clinac iX.",
        "Prescription: 30 Gy in 10 fractions of 3 Gy, prescribed to the mid-plane.",
        Spacer(),
        TextTable([("Fx", "Dates", "Dose", "Imaging"), *rows], columns=(0, 70, 230, 340)),
        summary,
    ]])


def test_rows_of_fraction_ranges_count_every_fraction(tmp_path: Path) -> None:
    r = read_course([_chart(tmp_path / "c.pdf", ROWS, "Summary: T6-T8, 30 Gy in 10 fractions completed 11/06/2026.")])
    assert r.facts.fractions.value == 10
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(30.0, 10)]
    assert not [x for x in r.review if x.fact == "fractions"]


def test_a_grouped_log_that_stops_early_counts_what_it_lists(tmp_path: Path) -> None:
    r = read_course([_chart(tmp_path / "c.pdf", ROWS[:1], "Summary: treatment stopped on 10/30/2026.")])
    assert r.facts.fractions.value == 5
