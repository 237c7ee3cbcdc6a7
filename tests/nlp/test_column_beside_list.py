"""A page of two columns where the left column is prose and the right one a label / value list ("Unit  cobalt-60
unit", "Dose  90 Gy maximum (100% isodose)") is read column by column, each list row whole; a label wrapped onto
the next line of its cell ("Left internal capsule" / "Dmax" beside "9 Gy") stays that row's label. So the organ's
maximum in that row is the organ's, and a functional target's maximum is its prescription; the "Target:" that
opens a sentence of the prose names the plan's target."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas
from srscheck.nlp import read_chart
from srscheck.nlp.reader import read_document

LEFT = [(684, "Functional Radiosurgery Note", 14), (665, "Indication", 9),
        (647, "Drug-resistant essential tremor of the left hand,", 9),
        (634, "non-dominant. Target: right ventral intermediate", 9),
        (620, "nucleus (VIM) of the thalamus, planned on MRI.", 9),
        (597, "Head frame and imaging", 9),
        (581, "Stereotactic head frame placed 03/02/2026 under", 9),
        (567, "local anaesthesia. Stereotactic MRI 1 mm and CT", 9),
        (554, "1 mm were obtained with the frame on and then", 9),
        (540, "fused for the plan.", 9)]
RIGHT = [(692, 319, "Plan and delivery"),
         (678, 319, "Unit"), (678, 419, "cobalt-60 multi-source unit"),
         (664, 319, "Shots"), (664, 419, "1 x 4 mm collimator"),
         (651, 319, "Dose"), (651, 419, "90 Gy maximum (100%"), (637, 419, "isodose)"),
         (622, 319, "Left internal capsule"), (622, 419, "9 Gy"), (610, 319, "Dmax"),
         (597, 319, "Frame check"), (597, 419, "co-ordinates verified"),
         (583, 319, "Delivered"), (583, 419, "90 Gy max, one session,"), (570, 419, "03/02/2026")]


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 8)
    c.drawString(57, 748, "EXAMPLE NEUROSCIENCE CENTRE | PLANNING SYSTEM")
    c.drawString(57, 737, "TESTPATIENT, ONE   MRN SYN-00043   printed 03/03/2026")
    for y, text, size in LEFT:
        c.setFont("Helvetica", size)
        c.drawString(57, y, text)
    c.setFont("Helvetica", 9)
    for y, x, text in RIGHT:
        c.drawString(x, y, text)
    c.drawString(319, 541, "Electronically signed: A. Example MD 03/02/2026")
    c.save()
    return path


def test_prose_column_beside_a_list_column(tmp_path: Path) -> None:
    text = read_document(_pdf(tmp_path / "note.pdf")).text
    assert "Drug-resistant essential tremor of the left hand,\nnon-dominant." in text  # the left column whole
    assert "Unit\tcobalt-60 multi-source unit\nShots\t1 x 4 mm collimator" in text  # the right one's rows whole
    assert "Left internal capsule Dmax\t9 Gy" in text  # the wrapped label stays its row's


def test_functional_maximum_beside_an_organs_row_and_the_target_field(tmp_path: Path) -> None:
    r = read_chart(_pdf(tmp_path / "note.pdf"))
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(90.0, 1)]
    assert any(m.label == "PLANNED_TARGET" and m.affirmed for m in r.mentions)
