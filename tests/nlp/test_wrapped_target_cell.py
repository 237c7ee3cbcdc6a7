"""A text-aligned table whose target cell wraps onto a second line ("R vestibular" / "schwannoma (1.42 cc)") that
reaches into the gap the row above measured: the second line is the row's target cell going on, so the table goes
on to the next target's row and both targets are read with their doses."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas
from srscheck.nlp import read_chart

ROWS = [(640, ["Target", "Margin", "IDL", "Shots"]),
        (626, ["R vestibular", "12 Gy", "50%", "14"]),
        (614, ["schwannoma (1.42 cc)"]),
        (600, ["L frontal meningioma", "13 Gy", "50%", "19"]),
        (588, ["(4.95 cc)"])]
COLUMNS = [60, 180, 230, 280]


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 10)
    c.drawString(60, 720, "EXAMPLE RADIOSURGERY CENTRE - PROCEDURE NOTE")
    c.drawString(60, 704, "Cobalt-60 multi-source radiosurgery unit, stereotactic head frame, MRI and CT 1 mm.")
    c.drawString(60, 660, "Targets and doses")
    for y, cells in ROWS:
        for x, cell in zip(COLUMNS, cells):
            c.drawString(x, y, cell)
    c.drawString(60, 560, "Treatment delivered in one session, both targets complete. Frame removed.")
    c.save()
    return path


def test_a_target_cell_wrapped_into_the_gap_keeps_the_table(tmp_path: Path) -> None:
    lesions = read_chart(_pdf(tmp_path / "note.pdf")).facts.lesions
    assert sorted(les.dose_gy for les in lesions) == [12.0, 13.0]
    assert any("schwannoma" in les.name for les in lesions)
