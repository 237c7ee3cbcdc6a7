"""A letter's count of completed treatments is held against the course's count unless its sentence dates itself to
an earlier year; the years are read once, as the context reads them (context.written_days): a dose of "2000 cGy" is
never a year, a month and year ("11/2024") is."""

from __future__ import annotations

from srscheck.nlp import read_text

CHART = """CYBERKNIFE TREATMENT RECORD
Rx\tPTV_Prostate 3625 cGy / 5 fx @ 725 cGy
Localization\t4 gold fiducials, fiducial tracking every fraction; CT and MRI fused

Fx\tDate\tcGy\tCum cGy
1\t01/06/2026\t725\t725
2\t01/08/2026\t725\t1450
3\t01/10/2026\t725\t2175
4\t01/13/2026\t725\t2900
5\t01/15/2026\t725\t3625

LETTER TO THE PATIENT
{said}
"""


def _fraction_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "fractions"]


def test_a_dose_written_as_cgy_does_not_date_the_sentence() -> None:
    reading = read_text(CHART.format(said="You have completed all four of your CyberKnife treatments, 2000 cGy in "
                                          "all to the prostate."))
    assert reading.facts.fractions.value == 5
    flags = _fraction_flags(reading)
    assert flags and "says 4 treatment(s) were completed" in flags[0].message


def test_a_month_and_year_of_an_earlier_course_dates_the_sentence() -> None:
    reading = read_text(CHART.format(said="You had completed all three of your earlier treatments in 11/2025, "
                                          "before this course."))
    assert reading.facts.fractions.value == 5
    assert not _fraction_flags(reading)
