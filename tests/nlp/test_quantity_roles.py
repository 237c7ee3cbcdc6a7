"""Every number gets its role before any fact uses it (nlp/quantities.py, resources/vocab/quantity_roles.yaml)."""

from __future__ import annotations

import copy
from importlib import resources

from pathlib import Path

import pytest
from pdfmaker import Heading, RuledTable, make_chart_pdf
from ruamel.yaml import YAML

from srscheck.nlp import get_reader, read_chart
from srscheck.nlp.context import build_context
from srscheck.nlp.lines import soften
from srscheck.nlp.quantities import column_role, quantities
from srscheck.nlp.reader import document_from_text
from srscheck.nlp.vocab import VocabularyError, check_quantity_roles


def roles(text: str) -> list[tuple[str, str]]:
    """(the number's words, its role) for every number with a unit, in text order."""
    reader = get_reader()
    document = document_from_text(text)
    wrapped = soften(text)
    ctx = build_context(document, reader.nlp(wrapped), reader.vocab)
    return [(wrapped[q.start:q.end], q.role) for q in quantities(wrapped, ctx, reader.vocab)]


@pytest.mark.parametrize("text,expected", [
    ("Left frontal metastasis: 24 Gy in 3 fractions.", [("24 Gy in 3 fractions", "prescription")]),
    ("Brainstem Dmax 12.1 Gy. Left frontal metastasis 24 Gy in 3 fractions.",
     [("12.1 Gy", "maximum"), ("24 Gy in 3 fractions", "prescription")]),
    ("Mean dose to the right cochlea: 3.2 Gy.", [("3.2 Gy", "organ_at_risk")]),
    ("Spinal cord 14 Gy. Hot spot 125%.", [("14 Gy", "organ_at_risk")]),
    ("V12 = 4.1 cc; BED 59.5 Gy.", [("59.5 Gy", "metric")]),
    ("8 Gy per fraction.", [("8 Gy per fraction", "per_fraction")]),
    ("for a total dose of 50.4 Gy.", [("50.4 Gy", "delivered")]),
    ("20 Gy was prescribed to the 80% isodose line; 2,150 MU; dose rate 1400 MU/min.",
     [("20 Gy", "prescription"), ("80", "isodose"), ("2,150", "mu"), ("1400", "rate")]),
    ("Prescribed to the 50% IDL: 18 Gy x 1.", [("50", "isodose"), ("18 Gy x 1", "prescription")]),
    ("There was no 30 Gy boost.", [("30 Gy", "not_given")]),
])
def test_each_number_has_one_role(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("title,role", [
    ("Max dose (Gy)", "maximum"), ("Dmax", "maximum"), ("Mean dose", "metric"), ("OAR", "organ_at_risk"),
    ("Dose per fraction", "per_fraction"), ("cGy/fx", "per_fraction"), ("Rx dose (Gy)", None),
    ("Prescription", None),
])
def test_table_column_roles(title, role):
    assert column_role(title) == role


def test_a_maximum_or_per_fraction_column_never_becomes_the_lesion_dose(tmp_path: Path) -> None:
    """Real PDF with ruled tables: the Max, Mean and per-fraction columns come before the prescription."""
    path = make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("Radiosurgery treatment summary"),
        RuledTable([("Target", "Max dose (Gy)", "Mean dose (Gy)", "Dose per fraction", "Rx dose (Gy)", "Fx"),
                    ("Left frontal", "30.1", "26.0", "8", "24", "3"),
                    ("Right parietal", "33.8", "28.2", "9", "27", "3")]),
        "Treated on the Varian Edge with a frameless mask."]])
    lesions = read_chart(path).facts.lesions
    assert sorted((les.dose_gy, les.fractions) for les in lesions) == [(24.0, 3), (27.0, 3)]


# ---------------------------------------------------------------------------------------------- the schema
@pytest.fixture(scope="module")
def bundled() -> dict:
    text = resources.files("srscheck.resources").joinpath("vocab", "quantity_roles.yaml").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


def test_bundled_roles_are_valid(bundled: dict) -> None:
    check_quantity_roles(bundled)


@pytest.mark.parametrize("edit,where", [
    (lambda d: d.pop("cue_roles"), "(top level)"),
    (lambda d: d["cue_roles"][0].update({"role": "maximal"}), "cue_roles/0/role"),
    (lambda d: d["number_roles"][0].update({"pattern": r"\d+ MU"}), "number_roles/0/pattern"),
    (lambda d: d["context_roles"].update({"SOMEDAY": "planned"}), "context_roles"),
    (lambda d: d["cue_roles"][1]["before"].append("(unclosed"), "cue_roles/1/before/"),
])
def test_broken_roles_name_file_and_place(bundled: dict, edit, where: str) -> None:
    data = copy.deepcopy(bundled)
    edit(data)
    with pytest.raises(VocabularyError) as exc:
        check_quantity_roles(data)
    assert str(exc.value).startswith(f"quantity_roles.yaml: {where}")
