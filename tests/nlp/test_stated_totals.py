"""A course's stated total in the forms regimen descriptions write it ("for a total of 59.4 Gy", "..., total 61.2 Gy",
"(total 66 Gy)"), and a total that only restates a boost
phase's own product ("then 2 Gy x 4 fractions, total dose 8 Gy") which is that phase's, not the course's. Found on
the public HemOnc RT sentences' phases, tested on wording written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import Heading, make_chart_pdf
from srscheck.nlp import read_chart


def _chart(path: Path, *lines) -> Path:
    return make_chart_pdf(path, [[Heading("Radiation Oncology - Treatment Summary"), *lines]],
                          header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0308", footer="SYNTHETIC TEST RECORD")


@pytest.mark.parametrize("sentence, dose", [
    ("The pancreas bed received 1.8 Gy x 27 fractions, then a cone-down of 1.8 Gy x 6 fractions, "
     "for a total of 59.4 Gy.", 59.4),
    ("The oropharynx received 1.8 Gy x 28 fractions, then 1.8 Gy x 6 fractions, total 61.2 Gy.", 61.2),
    ("The rectum tumour received 2 Gy x 25 fractions, then a 2 Gy x 8 fraction boost (total 66 Gy).", 66.0),
])
def test_a_stated_total_of_the_phases_is_the_dose(tmp_path: Path, sentence: str, dose: float) -> None:
    reading = read_chart(_chart(tmp_path / "total.pdf", "External beam radiotherapy with daily CBCT.", sentence))
    assert [les.dose_gy for les in reading.facts.lesions] == [dose]


@pytest.mark.parametrize("sentence", [
    "The tumour received 2 Gy x 20 fractions, then a boost of 2 Gy x 4 fractions, total dose 8 Gy.",
    "The tumour received 2 Gy x 20 fractions, then a boost of 2 Gy x 4 fractions (total 8 Gy).",
    "The tumour received 2 Gy x 20 fractions, then a boost of 2 Gy x 4 fractions for a total of 8 Gy.",
])
def test_a_total_restating_a_boost_is_the_boosts(tmp_path: Path, sentence: str) -> None:
    reading = read_chart(_chart(tmp_path / "boost.pdf", "External beam radiotherapy with daily CBCT.", sentence))
    assert [les.dose_gy for les in reading.facts.lesions] == [40.0]
