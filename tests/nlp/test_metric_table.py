"""A plan-evaluation table whose rows are metrics of structures ("Structure | Metric | Result | Goal": "PTV | V100% |
95.3% | >= 95%", "PTV | Dmax | 61.8 Gy | < 62.5 Gy") names no lesion and gives no prescription: its "PTV" rows are
one structure's metrics, and "61.8 Gy" is the PTV's maximum. The lesion and its dose come from the prescription."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course


def _plan(path: Path) -> Path:
    return make_chart_pdf(path, [[
        Heading("Stereotactic Ablative Radiotherapy - Lung"),
        "Unit: Elekta Synergy. Immobilization: Vac-Lok bag. Planning 4DCT; CBCT before every fraction.",
        "Prescription: 50 Gy total to the PTV, five fractions, prescribed to the 80% isodose.",
        Spacer(),
        TextTable([("Structure", "Metric", "Result", "Goal"),
                   ("PTV", "V100%", "95.3%", ">= 95%"),
                   ("PTV", "Dmax", "61.8 Gy", "< 62.5 Gy"),
                   ("Lungs - ITV", "V20", "5.1%", "< 10%"),
                   ("Spinal cord", "Dmax", "12.0 Gy", "< 30 Gy")], columns=(0, 110, 200, 290)),
        "Summary: right upper lobe NSCLC, 50 Gy in 5 fractions, completed as prescribed.",
    ]])


def test_a_metric_table_names_no_lesion_and_gives_no_prescription(tmp_path: Path) -> None:
    r = read_course([_plan(tmp_path / "p.pdf")])
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(50.0, 5)]
    assert r.facts.lesion_count.value == 1
