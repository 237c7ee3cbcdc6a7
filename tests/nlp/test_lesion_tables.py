"""Lesions from tables: one lesion per target however many tables, structure names and isocenter rows list it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import Heading, RuledTable, make_chart_pdf

from srscheck.nlp import read_chart


def _lesions(tmp_path: Path, *blocks) -> list:
    path = make_chart_pdf(tmp_path / "chart.pdf", [[Heading("Radiosurgery record"), *blocks,
                                                   "Treated on the Varian Edge with a frameless mask."]])
    return list(read_chart(path).facts.lesions)


def test_plan_and_delivered_tables_name_the_same_lesions_once(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Location", "Rx (Gy)", "Isodose", "Max (Gy)"),
                               ("T1", "Lt temporal", "21.0", "50%", "42.0"),
                               ("T2", "Rt occipital", "18.0", "50%", "36.0")]),
                   Heading("Delivered", level=2),
                   RuledTable([("Target", "Dose delivered"),
                               ("T1 Lt temporal", "21.0 Gy"), ("T2 Rt occipital", "18.0 Gy")]))
    assert sorted(x.dose_gy for x in les) == [18.0, 21.0]
    assert {x.site for x in les} == {"cranial"}  # T1/T2 are labels in a brain chart


def test_structure_names_and_plain_names_resolve_to_one_lesion(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Structure", "Rx dose", "Fx", "cGy/fx", "Dmax", "V100"),
                               ("PTV_RtParietal", "2100 cGy", "1", "2100", "2600 cGy", "98%"),
                               ("PTV_L_cbllm", "1800 cGy", "1", "1800", "2250 cGy", "97%"),
                               ("Brainstem", "600 cGy", "", "", "", "")]),
                   RuledTable([("Target", "Delivered dose"),
                               ("Right parietal", "2100 cGy"), ("Left cerebellar", "1800 cGy")]))
    assert len(les) == 2  # the organ-at-risk row of the structure table is no lesion
    assert sorted(x.dose_gy for x in les) == [18.0, 21.0]
    assert all(x.fractions == 1 for x in les)


def test_isocenter_rows_are_not_lesions(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Rx", "Fx", "Gy/fx"),
                               ("PTV_T8", "30 Gy", "5", "6 Gy"), ("PTV_L3", "25 Gy", "5", "5 Gy")]),
                   RuledTable([("Isocenter", "Target", "Arcs"),
                               ("ISO_1", "PTV_T8", "2 VMAT arcs"), ("ISO_2", "PTV_L3", "2 VMAT arcs")]))
    assert [(x.dose_gy, x.fractions) for x in les] == [(30.0, 5), (25.0, 5)]  # Gy/fx is no fraction count


@pytest.mark.parametrize("row", [("Course 2", "-", "-"), ("Plan B", "-", "-"), ("Phase 1", "-", "-")])
def test_course_plan_phase_rows_are_not_lesions(tmp_path: Path, row) -> None:
    les = _lesions(tmp_path, RuledTable([("Row", "Target", "Rx (Gy)"), row,
                                         ("A", "L frontal", "20"), ("B", "R parietal", "18")]))
    assert sorted(x.name for x in les) == ["L frontal", "R parietal"]
