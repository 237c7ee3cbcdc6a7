"""Every number gets its role before any fact uses it (nlp/quantities.py, resources/vocab/quantity_roles.yaml)."""

from __future__ import annotations

import copy
from importlib import resources
from pathlib import Path

import pytest
from pdfmaker import Heading, RuledTable, make_chart_pdf
from ruamel.yaml import YAML
from srscheck.nlp import get_reader, read_chart, read_text
from srscheck.nlp.context import build_context
from srscheck.nlp.lesions import sources
from srscheck.nlp.lines import soften
from srscheck.nlp.pieces import parse
from srscheck.nlp.quantities import column_role, quantities
from srscheck.nlp.reader import document_from_text
from srscheck.nlp.vocab import VocabularyError, check_quantity_roles, load_vocabulary


def roles(text: str) -> list[tuple[str, str]]:
    """(the number's words, its role) for every number with a unit, in text order."""
    reader = get_reader()
    document = document_from_text(text)
    wrapped = soften(text, reader.vocab)
    ctx = build_context(document, parse(reader.nlp, wrapped), reader.vocab)
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
    # a dictated organ ("brain stem") and a bound in words ("less than") are no prescription
    ("The brain stem received 9.5 Gy.", [("9.5 Gy", "organ_at_risk")]),
    ("The chiasm was well away and received less than 1 Gy.", [("1 Gy", "metric")]),
    # a dose weighed against a limit is the limit, a metric: "9.2 Gy against our 18 Gy limit"
    ("The hottest organ point was 9.2 Gy against our 18 Gy limit.", [("9.2 Gy", "maximum"), ("18 Gy", "metric")]),
    # a biologically equivalent dose named with its alpha/beta ratio is a metric, never a second delivered dose
    ("Total delivered: 25,0 Gy / 5# (BED10 37,5 Gy; EQD2(a/b 3) 40 Gy)",
     [("25,0 Gy / 5#", "prescription"), ("37,5 Gy", "metric"), ("40 Gy", "metric")]),
    ("Delivered 55 Gy in 20# (2,75 Gy/#); EQD2 (a/b 10) 58,4 Gy", [("55 Gy in 20#", "prescription"),
                                                                 ("58,4 Gy", "metric")]),
    ("EQD2 (α/β = 10) 58.4 Gy.", [("58.4 Gy", "metric")]),
    # a lesion's distance from an organ before its own prescription does not make the dose the organ's
    ("-\tM5 suprasellar, 7 mm, 4 mm from the optic chiasm: Rx 15 Gy; Dmax 18,8 Gy - delivered\n",
     [("15 Gy", "prescription"), ("18,8 Gy", "maximum")]),
    ("Optic chiasm: 8.2 Gy; brainstem 9.1 Gy.\n", [("8.2 Gy", "organ_at_risk"), ("9.1 Gy", "organ_at_risk")]),
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


def test_an_organ_at_risk_table_and_a_maximum_key_give_no_target_dose(tmp_path: Path) -> None:
    """Every dose on the rows of a table whose first column is titled "Organ at risk" is an organ's (the facial
    nerve's 11.2 Gy is no target's dose, though the nerve's name is a target's word), and a key/value row
    "Maximum dose | 30 Gy" is a maximum: the schwannoma keeps its margin dose alone."""
    path = make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("Radiosurgery plan approval"),
        RuledTable([("Target", "Right vestibular schwannoma"), ("Margin dose", "13 Gy at 50% isodose"),
                    ("Maximum dose", "26 Gy")]),
        RuledTable([("Organ at risk", "Limit", "Achieved"), ("Cochlea R mean", "< 4 Gy", "3.1 Gy"),
                    ("Facial nerve R max", "< 13 Gy", "11.2 Gy")]),
        "Treated on the Gamma Knife Icon in one session with a Leksell frame."]])
    reading = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(13.0, 1)]
    assert not [f for f in reading.review if f.fact == "lesions"]


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
    (lambda d: d["cell_units"].pop("length"), "cell_units"),  # a cell reader's measure is missing
    (lambda d: d["cell_units"]["volume"].append("cm(3)"), "cell_units/volume/3"),  # a unit's form, not a pattern
])
def test_broken_roles_name_file_and_place(bundled: dict, edit, where: str) -> None:
    data = copy.deepcopy(bundled)
    edit(data)
    with pytest.raises(VocabularyError) as exc:
        check_quantity_roles(data)
    assert str(exc.value).startswith(f"quantity_roles.yaml: {where}")


def test_cell_units_are_one_vocabulary() -> None:
    """The table-cell readers build their unit patterns from quantity_roles.yaml cell_units, in the order written."""
    vocab = load_vocabulary()
    assert vocab.cell_unit("length") == "mm|cm"
    assert vocab.cell_unit("percent", "volume", "length", "dose") == "%|cc|cm3|ml|mm|cm|gy|cgy"
    assert vocab.cell_unit("volume", "volume_superscript") == "cc|cm3|ml|cm\u00b3"
    assert not hasattr(sources, "_FIGURE_UNIT") and not hasattr(sources, "_FIGURE_CELL")


# ---------------------------------------------------------------------------------------------- the grammar
def course(text: str) -> tuple[int | None, list[float | None]]:
    f = read_text(text).facts
    return f.fractions.value, [les.dose_gy for les in f.lesions]


@pytest.mark.parametrize("text,fractions,doses", [
    ("Right frontal metastasis treated to twenty-four Gy in three fractions.", 3, [24.0]),
    ("Left parietal metastasis: 2700 cGy delivered as 900 cGy x3.", 3, [27.0]),
    ("Right occipital metastasis, 8 Gy QOD x 3 fractions.", 3, [24.0]),
    ("Left frontal metastasis, 9 Gy every other day x 3.", 3, [27.0]),
    ("Whole pelvis: 1.1 Gy fractions x 70 fractions, given twice per day.", 70, [77.0]),
    ("Left frontal metastasis: 21 Gy in 12 to 14 fractions.", 14, [21.0]),
    ("Right parietal metastasis: 2.5 Gy fractions, five fractions per week, 10 fractions in all.", 10, [25.0]),
    ("Bladder tumour: the total dose to the bladder is 64.8 Gy.", None, [64.8]),
    ("Pancreas: 2 Gy fractions given 5 days per week, with a total dose of 50 Gy.", None, [50.0]),
    ("Left adrenal metastasis: a total of 25 fractions in 5 weeks, total dose 50 Gy.", 25, [50.0]),
    ("Prostate: an initial 45 Gy to the pelvis, then a boost for a total dose of 70 Gy.", None, [70.0]),
    ("Oropharynx: 1.7 Gy fractions x ~ 32 fractions (total dose: 54 Gy), then a boost (overall dose to these sites: "
     "66 to 70 Gy).", 32, [70.0]),
])
def test_dose_and_fraction_wordings(text, fractions, doses):
    assert course(text) == (fractions, doses)


@pytest.mark.parametrize("text,fractions,dose", [
    # an interrupted course: the delivered count and dose, not the planned ones
    ("Planned: 30 Gy in 5 fractions to the left frontal metastasis. The course was stopped after fraction 3 of 5 "
     "for seizures; 18 Gy in 3 fractions delivered.", 3, 18.0),
    ("Left frontal metastasis: prescribed 30 Gy in 5 fractions; 3 of 5 fractions delivered (18 Gy) before the "
     "course was stopped.", 3, 18.0),
    # a fraction index is not an interruption
    ("Fraction 3 of 5 delivered today to the left frontal metastasis, 6 Gy per fraction.", 5, 30.0),
])
def test_planned_versus_delivered(text, fractions, dose):
    assert course(text) == (fractions, [dose])


# ---------------------------------------------------------------------------------------------- review flags
def test_a_treatment_sentence_with_another_fraction_count_is_flagged():
    text = ("PLAN: the prescription was twenty-seven Gray in three fractions to the right cerebellar metastasis.\n"
            "TREATMENT: treated on 03/01, 03/03 and 03/05/2025, the right cerebellar metastasis received "
            "twenty-seven Gray in total.\n"
            "ASSESSMENT: He tolerated his single fraction well, MRI in eight weeks.\n")
    r = read_text(text)
    assert r.facts.fractions.value == 3
    flags = [f for f in r.review if f.fact == "fractions"]
    assert len(flags) == 1 and "1 fraction" in flags[0].message and flags[0].evidence


def test_no_fraction_flag_without_a_contradiction():
    text = ("PLAN: the prescription was twenty-seven Gray in three fractions to the right cerebellar metastasis.\n"
            "ASSESSMENT: He tolerated all three fractions well, MRI in eight weeks; a single fraction was not "
            "offered because of the size.\n")
    assert [f for f in read_text(text).review if f.fact == "fractions"] == []


# ---------------------------------------------------------------------------------------------- real files
def test_per_fraction_and_max_columns_of_a_plan_table(tmp_path: Path) -> None:
    path = make_chart_pdf(tmp_path / "plan.pdf", [[
        Heading("Fractionated radiosurgery plan"),
        RuledTable([("Target", "Shots", "Dose/fx", "Fx", "Total", "Isodose", "Max/fx"),
                    ("Lt VS", "9", "6 Gy", "3", "18 Gy", "50%", "12 Gy")]),
        "Treated on the Gamma Knife Icon with a thermoplastic mask."]])
    lesions = read_chart(path).facts.lesions
    assert [(les.dose_gy, les.fractions) for les in lesions] == [(18.0, 3)]


def test_a_fraction_log_states_the_delivered_total(tmp_path: Path) -> None:
    """Plan 50 Gy in 5, a log of 5 x 10 Gy, and a summary that says 45 Gy: the log and plan agree (50 Gy),
    and the disagreement is a review flag."""
    path = make_chart_pdf(tmp_path / "course.pdf", [[
        Heading("SBRT plan"),
        "Prescription: 50 Gy in 5 fractions to the segment 7 liver metastasis.",
        Heading("Daily treatment log", level=2),
        RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)"),
                    ("1", "05/12/2025", "10.0", "10.0"), ("2", "05/14/2025", "10.0", "20.0"),
                    ("3", "05/16/2025", "10.0", "30.0"), ("4", "05/19/2025", "10.0", "40.0"),
                    ("5", "05/21/2025", "10.0", "50.0")]),
        "Summary: she received 45 Gy in 5 fractions to the segment 7 liver metastasis on the Varian Edge."]])
    r = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(50.0, 5)]
    assert any("45 Gy" in f.message and "50 Gy" in f.message for f in r.review)


def test_a_fraction_log_in_cgy_under_a_delivered_column(tmp_path: Path) -> None:
    """The log's column is titled "Delivered" and holds cGy; the running "Cumulative" column is not summed."""
    path = make_chart_pdf(tmp_path / "course.pdf", [[
        Heading("Cavity fSRS"),
        "Rx: 25 Gy in 5 fx, 5 Gy/fx, to the right frontal resection cavity.",
        RuledTable([("Fx", "Date", "Delivered", "Cumulative", "IGRT"),
                    ("1", "03/02/2026", "500 cGy", "500 cGy", "CBCT"),
                    ("2", "03/03/2026", "500 cGy", "1000 cGy", "CBCT"),
                    ("3", "03/04/2026", "500 cGy", "1500 cGy", "CBCT"),
                    ("4", "03/05/2026", "500 cGy", "2000 cGy", "CBCT"),
                    ("5", "03/06/2026", "500 cGy", "2500 cGy", "CBCT")]),
        "Completion: fSRS to the right frontal resection cavity completed, 30 Gy in 5 fractions, TrueBeam, mask."]])
    r = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(25.0, 5)]
