"""A lesion table with the replaced prescription beside the final one ("Rx original (Gy)" | "Rx final (Gy)"):
each lesion's dose is its final prescription."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_chart


def test_the_final_prescription_column_gives_the_dose(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "export.pdf", [[
        Heading("Radiosurgery Treatment Summary"),
        "Single session on 2026-05-05, frameless mask, MRI 1 mm for planning. Leksell Gamma Knife Icon.",
        Spacer(),
        TextTable([("#", "Target", "Rx original (Gy)", "Rx final (Gy)", "IDL"),
                   ("1", "L parietal", "20", "20", "50%"),
                   ("2", "R occipital", "20", "15", "50%"),
                   ("3", "L cerebellar", "18", "18", "50%")], columns=(0, 30, 130, 250, 350)),
        "R occipital lowered from 20 to 15 Gy for the brain V12.",
    ]])
    lesions = read_chart(pdf).facts.lesions
    assert [les.dose_gy for les in lesions] == [20.0, 15.0, 18.0]
