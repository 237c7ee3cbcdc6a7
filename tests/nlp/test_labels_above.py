"""A form printed with every label ABOVE its value (a bold or capital label on a line of its own, its value indented
on the lines below) is read as the same form printed with each label beside its value: one "label<TAB>value" row
per field, its value's lines joined, so the plan's Target field names its target as a side-by-side form's does. A
heading over an ordinary paragraph, or fewer than three such labels, keeps its reading."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Paragraph, make_chart_pdf
from srscheck.checklists.evaluate import evaluate
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_chart

FIELDS = [
    ("TREATMENT UNIT", "Multi-source cobalt-60 radiosurgery unit, 192 sources, collimator 4 mm"),
    ("PLANNING WORKSTATION", "GammaPlan 11 (functional module)"),
    ("HEAD FIXATION", "Stereotactic head frame applied under local anaesthetic, four pins"),
    ("STEREOTACTIC IMAGING", "MRI T1 1 mm and T2 0.6 mm with the frame fiducial box; CT 1 mm, co-registered"),
    ("TARGET", "LEFT ventral intermediate nucleus (VIM), indirect co-ordinates 11 mm lateral to the wall of the "
               "third ventricle, one quarter of the AC-PC length anterior to PC"),
    ("SHOTS", "1 shot, 4 mm collimator"),
    ("PRESCRIPTION", "130 Gy maximum dose (100% isodose), single session"),
    ("DELIVERED DOSE", "Left VIM: 130 Gy maximum, 1 fraction. Treatment complete."),
]


def _form(tmp_path: Path, fields, indent: float = 14.0) -> Path:
    blocks: list = [Heading("FUNCTIONAL RADIOSURGERY RECORD - THALAMOTOMY")]
    for label, value in fields:
        blocks += [Paragraph(label, bold=True), Paragraph(value, indent=indent)]
    return make_chart_pdf(tmp_path / "form.pdf", [blocks])


def _target_volumes(path: Path) -> str:
    tpl, _ = TemplateStore(user=None).get("77371")
    req = next(r for r in tpl.requirements if r.id == "plan.target_volumes")
    return evaluate(req, read_chart(path), "77371").status


def test_labels_printed_above_their_values_read_as_label_value_rows(tmp_path: Path) -> None:
    path = _form(tmp_path, FIELDS)
    reading = read_chart(path)
    text = reading.document.text
    assert "\nTARGET\tLEFT ventral intermediate nucleus (VIM), indirect co-ordinates 11 mm lateral" in text
    assert "\nPRESCRIPTION\t130 Gy maximum dose (100% isodose), single session\n" in text
    assert _target_volumes(path) == "met"  # the plan's Target field names the target
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(130.0, 1)]


def test_values_not_indented_under_their_labels_keep_their_lines(tmp_path: Path) -> None:
    text = read_chart(_form(tmp_path, FIELDS, indent=0.0)).document.text
    assert "TARGET\tLEFT" not in text and "\nTARGET\n" in text


def test_two_labels_above_their_values_are_headings_over_paragraphs(tmp_path: Path) -> None:
    text = read_chart(_form(tmp_path, FIELDS[4:6])).document.text
    assert "TARGET\tLEFT" not in text and "SHOTS\t1 shot" not in text
