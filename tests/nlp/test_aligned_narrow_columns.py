"""A plan's target table whose columns are left-aligned and set closer than a cell gap: the longest structure
name ends within a word space of the volume column, a coverage figure within a word space of the next index.
Every row starts a word at each title's x, so those are columns: each structure keeps its own dose and is its
own lesion."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from srscheck.nlp import read_chart

TITLES = ["Target", "vol", "Gy", "Cover", "CI"]
ROWS = [["PTV_Lfrontal_A", "0.61", "20", "99.5%", "1.14"],
        ["PTV_Rtemporal_B", "17.20", "15", "98.9%", "1.07"],
        ["PTV_Lcerebel_C", "0.48", "18", "99.2%", "1.21"]]
SPACING = [3.2, 14.0, 16.0, 3.2]  # (a word space after the name and after the coverage: no cell gap there)


def _columns() -> list[float]:
    xs = [60.0]
    for k in range(len(TITLES) - 1):
        widest = max(stringWidth(r[k], "Helvetica", 10) for r in ROWS + [TITLES])
        xs.append(xs[-1] + widest + SPACING[k])
    return xs


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 10)
    c.drawString(60, 720, "EXAMPLE CANCER CENTRE - RADIOSURGERY PLAN AND DELIVERY")
    c.drawString(60, 700, "Three brain metastases; the right temporal one measures 3.7 cm.")
    c.drawString(60, 686, "Thermoplastic mask, CT and MRI fused, 6 MV linac, one isocenter.")
    c.drawString(60, 672, "Delivered 11/12/2026 in a single fraction with CBCT guidance.")
    c.drawString(60, 640, "Targets")
    for y, cells in zip((624, 610, 596, 582), [TITLES] + ROWS):
        for x, cell in zip(_columns(), cells):
            c.drawString(x, y, cell)
    c.save()
    return path


def test_left_aligned_columns_closer_than_a_cell_gap_are_columns(tmp_path: Path) -> None:
    lesions = read_chart(_pdf(tmp_path / "plan.pdf")).facts.lesions
    got = sorted((les.name, les.dose_gy) for les in lesions)
    assert got == [("PTV_Lcerebel_C", 18.0), ("PTV_Lfrontal_A", 20.0), ("PTV_Rtemporal_B", 15.0)]
