"""How often a fraction is given, written between its dose and its count ("2.5 Gy once daily x 12", "1.25 Gy
b.i.d. x 40 fractions", "7 Gy once weekly x 4", "3.5 Gy three times per week x 8", "2.2 Gy twice daily in 20
fractions"): the dose is each fraction's and the course's total is the product (patterns BID and OFTEN in
dose_times_n). Found on the public HemOnc RT sentences' schedules, tested on wording written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import Heading, make_chart_pdf
from srscheck.nlp import read_chart


def _chart(path: Path, *lines) -> Path:
    return make_chart_pdf(path, [[Heading("Radiation Oncology - Treatment Summary"), *lines]],
                          header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0307", footer="SYNTHETIC TEST RECORD")


@pytest.mark.parametrize("sentence, dose, fractions", [
    ("The oesophagus was treated with 2.5 Gy once daily x 12 fractions.", 30.0, 12),
    ("Limited-stage disease: 1.25 Gy b.i.d. x 40 fractions with concurrent etoposide.", 50.0, 40),
    ("The chest wall received 1.6 Gy twice daily x 30 fractions.", 48.0, 30),
    ("Palliative course of 7 Gy once weekly x 4 fractions to the shoulder.", 28.0, 4),
    ("The nodal mass was given 3.5 Gy three times per week x 8 fractions.", 28.0, 8),
    ("The vulva received 2.2 Gy twice daily in 20 fractions.", 44.0, 20),
    ("The anal canal was treated with 1.8 Gy fractions given once daily for 25 fractions.", 45.0, 25),
])
def test_a_dose_given_so_often_times_its_count_is_the_product(tmp_path: Path, sentence: str, dose: float,
                                                               fractions: int) -> None:
    reading = read_chart(_chart(tmp_path / "often.pdf", "External beam radiotherapy with daily CBCT.", sentence))
    assert [les.dose_gy for les in reading.facts.lesions] == [dose]
    assert reading.facts.fractions.value == fractions


def test_a_total_with_its_frequency_stays_a_total(tmp_path: Path) -> None:
    """A dose larger than any fraction ("60 Gy daily in 30 fractions") is the course's total, and a count of
    weeks or of the days of a twice-daily course is no fraction count."""
    total = read_chart(_chart(tmp_path / "total.pdf", "External beam radiotherapy with daily CBCT.",
                              "The larynx received 60 Gy daily in 30 fractions."))
    assert [les.dose_gy for les in total.facts.lesions] == [60.0]
    assert total.facts.fractions.value == 30
    weeks = read_chart(_chart(tmp_path / "weeks.pdf", "External beam radiotherapy with daily CBCT.",
                              "The pelvis received 1.8 Gy daily x 5 weeks."))
    assert weeks.facts.fractions is None or weeks.facts.fractions.value != 5
    days = read_chart(_chart(tmp_path / "days.pdf", "External beam radiotherapy with daily CBCT.",
                             "The mediastinum received 1.5 Gy twice daily x 15 days."))
    assert days.facts.fractions is None or days.facts.fractions.value != 15
