"""Lesion tables: a record's row that says its lesion was not treated, a dose cell whose unit is in the column's
title ("24 / 2" under "Rx [Gy] / fx"), an earlier course's dose column, and the words a structure's name
introduces elsewhere ("PTV_A: ... 3 mm from the chiasm")."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart


def _read(tmp_path: Path, *blocks) -> list:
    path = make_chart_pdf(tmp_path / "chart.pdf", [list(blocks)])
    return list(read_chart(path).facts.lesions)


def test_record_row_not_treated_strikes_the_planned_lesion(tmp_path: Path) -> None:
    les = _read(tmp_path,
                Heading("Radiosurgery plan"),
                "6 MV linac, thermoplastic mask, one fraction.",
                RuledTable([("Target", "Location", "Rx (Gy)"),
                            ("PTV_1", "R frontal", "20"), ("PTV_2", "L occipital", "18"),
                            ("PTV_3", "R cerebellar", "20")]),
                Heading("Treatment record", level=2),
                RuledTable([("Target", "Dose (Gy)", "Status"),
                            ("PTV_1", "20", "Delivered"), ("PTV_2", "18", "Delivered"),
                            ("PTV_3", "0", "Not treated, observation per physician")]))
    assert sorted(x.name for x in les) == ["L occipital", "R frontal"]


def test_one_session_not_given_on_a_record_of_several_keeps_the_lesion(tmp_path: Path) -> None:
    les = _read(tmp_path,
                Heading("Treatment record"),
                "SBRT on a 6 MV linac, vacuum cushion.",
                RuledTable([("Date", "Target", "Dose (cGy)", "Status"),
                            ("03/02/2026", "PTV_T9", "900", "Delivered"),
                            ("03/04/2026", "PTV_T9", "0", "Not delivered, machine fault"),
                            ("03/05/2026", "PTV_T9", "900", "Delivered"),
                            ("03/06/2026", "PTV_T9", "900", "Delivered")]))
    assert len(les) == 1


def test_dose_pair_under_a_titled_unit_and_an_earlier_course_row(tmp_path: Path) -> None:
    les = _read(tmp_path,
                Heading("Spine SBRT plan review"),
                "6 MV gantry linac, vacuum cushion, two fractions.",
                RuledTable([("", "S1", "S2"),
                            ("Vertebral level", "T7 body", "L2 body"),
                            ("Rx [Gy] / fx", "27 / 3", "24 / 3"),
                            ("D90 [Gy]", "27.2", "24.1"),
                            ("Previous RT [Gy]", "8 Gy x 1 (2024)", "none")], header=False))
    assert sorted((x.dose_gy, x.fractions) for x in les) == [(24.0, 3), (27.0, 3)]


def test_a_structure_names_its_lesion_elsewhere(tmp_path: Path) -> None:
    les = _read(tmp_path,
                Heading("Stereotactic prescription"),
                "6 MV gantry linac, thermoplastic mask.",
                RuledTable([("Target", "Dose (Gy)", "Fx"), ("PTV_SEL", "25", "5"), ("PTV_OCC", "30", "5")]),
                "PTV_SEL: tuberculum sellae meningioma, its edge 2 mm from the optic chiasm. PTV_OCC: right occipital "
                "metastasis of lung adenocarcinoma, far from the optic pathway.")
    got = {x.name: x.complexity for x in les}
    assert got == {"PTV_SEL": "complex", "PTV_OCC": "simple"}


def test_structure_defined_in_prose_takes_its_place_and_a_note_disagreeing_is_flagged(tmp_path: Path) -> None:
    path = make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("Plan sum report"),
        "Cobalt radiosurgery unit, stereotactic frame, one session.",
        RuledTable([("Target", "Rx (Gy)", "Isodose"), ("TGT_A", "16", "50%"), ("TGT_B", "20", "50%")]),
        "TGT_A: meningioma, right parasagittal, 2.1 cm, 25 mm from the chiasm. TGT_B: metastasis, left cerebellar, "
        "0.9 cm.",
        Heading("Physician note", level=2),
        "Radiosurgery completed today: right parasagittal meningioma 15 Gy to the 50% isodose and left cerebellar "
        "metastasis 20 Gy to the 50% isodose."]])
    r = read_chart(path)
    assert sorted(x.name for x in r.facts.lesions) == ["left cerebellar (TGT_B)", "right parasagittal (TGT_A)"]
    assert [f for f in r.review if "15 Gy" in f.message and "16 Gy" in f.message]
