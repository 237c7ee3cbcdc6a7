"""Target names that number a series with the letter of a vertebral level, one of them no vertebra ("PTV_S7": the
sacrum has S1-S5, liver segments go to VIII), are labels: their series' "PTV_S2" is no sacral level, and the lesion
takes the site of the chart's words (the liver), not the spine's. A real level beside them (T10) still reads spinal."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course


def _plan(path: Path, second: str) -> Path:
    return make_chart_pdf(path, [[
        Heading("Liver SBRT - Plan Summary"),
        "Machine: TrueBeam. Motion management: abdominal compression, 4DCT ITV. CBCT before each fraction.",
        "History: colorectal adenocarcinoma metastatic to the liver.",
        Spacer(),
        TextTable([("Target", "Segment", "Dose / fx", "Fx", "Total"),
                   ("PTV_S7", "VII", "15 Gy", "3", "45 Gy"),
                   (second, "II (near stomach)", "12 Gy", "3", "36 Gy")], columns=(0, 70, 190, 270, 310)),
    ]])


def test_a_label_series_with_a_number_of_no_vertebra_is_no_level(tmp_path: Path) -> None:
    r = read_course([_plan(tmp_path / "p.pdf", "PTV_S2")])
    assert {les.name: les.site for les in r.facts.lesions} == {"PTV_S7": "body", "PTV_S2": "body"}
    assert r.facts.sites.value == ["body"]


def test_a_level_of_another_letter_is_still_a_level(tmp_path: Path) -> None:
    r = read_course([_plan(tmp_path / "p.pdf", "PTV_T10")])
    assert {les.name: les.site for les in r.facts.lesions}["PTV_T10"] == "spinal"
