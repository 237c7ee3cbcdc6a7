"""The quantity grammar's units and its one-fraction statements: a particle dose weighted by its relative
biological effectiveness ("Gy(RBE)", "GyE", "CGE", "cobalt gray equivalent") and the old rad (one centigray, also
over a table column) read as the dose units of quantity_roles.yaml; a dose given once ("8 Gy once", "8 Gy in a
single dose", "a single 8 Gy fraction") is one fraction, and a count before a fraction's size ("five 6 Gy
fractions") is that many fractions of it; "Total of 54 Gy" opening a sentence is a stated total."""

from __future__ import annotations

import copy
from importlib import resources
from pathlib import Path

import pytest
from pdfmaker import Heading, TextTable, make_chart_pdf
from ruamel.yaml import YAML
from srscheck.nlp import read_chart, read_text
from srscheck.nlp.vocab import VocabularyError, check_quantity_roles


def course(text: str) -> tuple[int | None, list[float | None]]:
    f = read_text(text).facts
    return f.fractions.value, [les.dose_gy for les in f.lesions]


@pytest.mark.parametrize("text,fractions,doses", [
    ("Proton therapy to the prostate: 70 GyE in 35 fractions.", 35, [70.0]),
    ("The clival chordoma received 74 Gy (RBE) in 37 fractions with protons.", 37, [74.0]),
    ("The sacral chordoma was treated with carbon ions, 64 CGE in 16 fractions.", 16, [64.0]),
    ("The prostate was treated to 79.2 cobalt gray equivalent in 44 fractions.", 44, [79.2]),
    ("Whole brain radiotherapy, 3000 rads in 10 fractions.", 10, [30.0]),
    ("The pelvis received 4500 rad in 25 fractions.", 25, [45.0]),
    ("The pelvis received 4500 centigray in 25 fractions.", 25, [45.0]),
    ("The pelvis received 4500 centiGray in 25 fractions.", 25, [45.0]),
])
def test_dose_units(text: str, fractions: int, doses: list[float]) -> None:
    assert course(text) == (fractions, doses)


@pytest.mark.parametrize("text,fractions,doses", [
    ("The T9 metastasis received 8 Gy once for pain.", 1, [8.0]),
    ("Palliative radiotherapy to the rib metastasis: 8 Gy given once.", 1, [8.0]),
    ("The rib metastasis received 8 Gy in a single dose.", 1, [8.0]),
    ("The rib metastasis received 18 Gy as one dose.", 1, [18.0]),
    ("Palliative RT consisted of a single 8 Gy fraction to the rib metastasis.", 1, [8.0]),
    ("Five 6 Gy fractions were given to the liver metastasis.", 5, [30.0]),
    ("The pelvis received 25 1.8-Gy fractions.", 25, [45.0]),
    # a frequency is no count of one ("once daily x 5" is five)
    ("The bone metastasis was treated with 8 Gy once daily x 5.", 5, [40.0]),
])
def test_one_fraction_without_a_count(text: str, fractions: int, doses: list[float]) -> None:
    assert course(text) == (fractions, doses)


def test_once_opening_a_clause_is_no_count() -> None:
    """"once the swelling settles" says when, not how many."""
    assert course("The right frontal metastasis will receive 30 Gy once the swelling settles.")[0] is None


def test_a_single_fraction_the_writers_considered_is_an_option() -> None:
    """"We considered ... a single 8 Gy fraction, but ... chose ..." talks an option over; the course given counts."""
    assert course("We considered stereotactic radiotherapy and a single 8 Gy fraction to the acetabular metastasis, "
                  "but chose 30 Gy in 10 fractions for a durable result.") == (10, [30.0])


def test_a_column_in_rads_is_in_centigray(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "rads.pdf", [[
        Heading("Radiation Oncology - Treatment Summary"), "Whole brain radiotherapy, completed.",
        TextTable([("Target", "Dose (rads)", "Fractions"), ("Whole brain", "3000", "10")], columns=(0, 160, 280))]],
        header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0311", footer="SYNTHETIC TEST RECORD")
    assert [les.dose_gy for les in read_chart(pdf).facts.lesions] == [30.0]


def test_a_total_opening_its_sentence_is_a_stated_total() -> None:
    """"Total of 54 Gy given ..." states the course's total as "for a total of 54 Gy" does: with a second stated total
    in the sentence ("with a total dose of 12 Gy over 3 days"), neither is a bare dose beneath the other, and the
    course's dose is the larger (resolution.course_dose)."""
    text = ("Total of 54 Gy given (dose per fraction and total duration of treatment were not specified), with a "
            "total dose of 12 Gy over 3 days.")
    assert course(text)[1] == [54.0]
    assert course("Total of 30 Gy in 10 fractions to the T4 metastasis.") == (10, [30.0])


@pytest.fixture(scope="module")
def bundled() -> dict:
    text = resources.files("srscheck.resources").joinpath("vocab", "quantity_roles.yaml").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


@pytest.mark.parametrize("edit,where", [
    (lambda d: d.pop("dose_units"), "(top level)"),
    (lambda d: d["dose_units"][0].pop("gy"), "dose_units/0"),
    (lambda d: d["dose_units"][0].update({"gy": 0}), "dose_units/0/gy"),
    (lambda d: d["dose_units"][1]["forms"].append("Gy(unclosed"), "dose_units/1/forms/"),
])
def test_broken_dose_units_name_file_and_place(bundled: dict, edit, where: str) -> None:
    data = copy.deepcopy(bundled)
    edit(data)
    with pytest.raises(VocabularyError) as exc:
        check_quantity_roles(data)
    assert str(exc.value).startswith(f"quantity_roles.yaml: {where}")
