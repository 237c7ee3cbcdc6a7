"""A treatment record that numbers the plan's structures and gives a legend ("PTV_01 = PTV_A (L frontal)") names the
plan's lesions again: the record's rows are the plan's lesions, not more of them."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course


def test_a_legend_of_numbered_structures_ties_the_record_rows_to_the_plan(tmp_path: Path) -> None:
    plan = make_chart_pdf(tmp_path / "1_plan.pdf", [[
        Heading("SRS Plan Summary"),
        "Gantry linac, single isocenter, thermoplastic mask; CT 1 mm fused with MRI.",
        Spacer(),
        TextTable([("PTV", "Lesion", "Rx (Gy)", "IDL"),
                   ("PTV_A", "L frontal", "20", "80%"),
                   ("PTV_B", "R cerebellar", "18", "80%"),
                   ("PTV_C", "L occipital", "20", "80%")], columns=(0, 70, 190, 260)),
    ]])
    record = make_chart_pdf(tmp_path / "2_record.pdf", [[
        Heading("Treatment Delivery Record"),
        "Delivered 05/12/2026 in 1 fraction with CBCT.",
        "Legend: PTV_01 = PTV_A (L frontal); PTV_02 = PTV_B (R cerebellar); PTV_03 = PTV_C (L occipital).",
        Spacer(),
        TextTable([("Structure", "Planned (cGy)", "Delivered (cGy)"),
                   ("PTV_01", "2000", "2000"), ("PTV_02", "1800", "1800"), ("PTV_03", "2000", "2000")],
                  columns=(0, 100, 200)),
    ]])
    facts = read_course([plan, record]).facts
    assert facts.lesion_count.value == 3
    assert sorted(les.dose_gy for les in facts.lesions) == [18.0, 20.0, 20.0]
