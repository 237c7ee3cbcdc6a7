"""Dose wording read generally (found on the public HemOnc RT sentences, tested on charts built here): a
negation inside the subject's description, a volume's minimum dose, a stated sum that is not the product."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, TextTable, make_chart_pdf
from srscheck.nlp import read_chart


def _chart(path: Path, *lines) -> Path:
    return make_chart_pdf(path, [[Heading("Radiation Oncology - Treatment Summary"), *lines]],
                          header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0301", footer="SYNTHETIC TEST RECORD")


def test_a_negation_in_the_subjects_description_ends_at_its_verb(tmp_path: Path) -> None:
    """"not involved by tumor" describes the nodes; the nodes received the dose."""
    reading = read_chart(_chart(tmp_path / "nodes.pdf", "Pelvic IMRT with daily CBCT.",
                                "Nodal areas not involved by tumor received at least 45 Gy in 25 fractions."))
    assert [les.dose_gy for les in reading.facts.lesions] == [45.0]
    assert reading.facts.fractions.value == 25


def test_a_dose_not_received_stays_negated(tmp_path: Path) -> None:
    reading = read_chart(_chart(tmp_path / "boost.pdf", "The prostate received 45 Gy in 25 fractions with daily CBCT.",
                                "He has not received the 9 Gy boost in 5 fractions."))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(45.0, 25)]
    assert reading.facts.fractions.value == 25


def test_a_minimum_dose_is_coverage_not_the_prescription(tmp_path: Path) -> None:
    """"minimum dose to the PTV", "Dmin" and a "Min dose" column are the plan's coverage, never the lesion's dose."""
    prose = read_chart(_chart(tmp_path / "prose.pdf", "Gamma Knife radiosurgery in a frame, MRI for planning.",
                              "The minimum dose to the PTV was 16.5 Gy; Dmin 16.5 Gy.",
                              "The right frontal metastasis received 20 Gy in a single fraction."))
    assert [les.dose_gy for les in prose.facts.lesions] == [20.0]
    table = read_chart(_chart(tmp_path / "table.pdf", "Gamma Knife radiosurgery in a frame, MRI for planning.",
                              TextTable([("Target", "Min dose (Gy)", "Rx dose (Gy)", "Isodose"),
                                         ("Right frontal", "15.8", "20", "50%"),
                                         ("Left cerebellar", "14.1", "18", "50%")], columns=(0, 110, 210, 300))))
    assert sorted(les.dose_gy for les in table.facts.lesions) == [18.0, 20.0]


def test_a_stated_sum_that_is_not_the_product_is_used_and_flagged(tmp_path: Path) -> None:
    reading = read_chart(_chart(tmp_path / "sum.pdf", "Pelvic IMRT with daily CBCT.",
                                "The tumour bed received 1.8 Gy x 25 fractions, for an initial dose of 40.8 Gy."))
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (40.8, 25)
    (flag,) = [f for f in reading.review if "which make 45 Gy" in f.message]
    assert "40.8 Gy" in flag.message and any("1.8 Gy x 25 fractions" in e.text for e in flag.evidence)
    same = read_chart(_chart(tmp_path / "same.pdf", "Pelvic IMRT with daily CBCT.",
                             "The tumour bed received 1.8 Gy x 25 fractions, for a total dose of 45 Gy."))
    assert [les.dose_gy for les in same.facts.lesions] == [45.0] and not same.review
