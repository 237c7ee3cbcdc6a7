"""A record's dose column whose unit is printed in a cell of its own beside each number ("Dose" over "2000 | cGy",
the title spanning both cells): the number is in that unit, 20 Gy, never 2000 Gy."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course


def _record(path: Path) -> Path:
    return make_chart_pdf(path, [[
        Heading("TREATMENT RECORD - SRS"),
        Spacer(),
        TextTable([("Date", "Field", "Target", "MU", "Dose", "", "IGRT"),
                   ("10/19/2026", "ARC1-4", "PTV_LFront", "5212", "2000", "cGy", "CBCT + 6D, 0.6 mm"),
                   ("10/19/2026", "ARC1-4", "PTV_ROcc", "incl.", "1800", "cGy", "surface monitor in tol.")],
                  columns=(0, 70, 120, 210, 250, 285, 320)),
        "Fraction 1 of 1 complete. Unit: Varian TrueBeam with a frameless mask.",
    ]])


def test_a_bare_dose_takes_the_unit_printed_in_the_next_cell(tmp_path: Path) -> None:
    r = read_course([_record(tmp_path / "record.pdf")])
    assert sorted((les.name, les.dose_gy, les.fractions) for les in r.facts.lesions) == \
        [("PTV_LFront", 20.0, 1), ("PTV_ROcc", 18.0, 1)]
    assert not r.review
