"""The quantity grammar reads the role of a number however it is written: doses and counts in words as dictated
notes give them ("two thousand four hundred centigray", "thirty-six point two five gray", "in thirty-six
fractions", "twenty seven fractions"), a dose in its count with the fraction noun left out ("30 Gy in 5"), a
per-fraction dose times its count ("9 Gy per fraction x 3") and a count of fractions times their dose ("5
fractions x 7 Gy"). Each chart is a one-line text read through the full reader (srscheck.api.analyze)."""

from __future__ import annotations

from pathlib import Path

import pytest

from srscheck.api import analyze


def _read(tmp_path: Path, sentence: str) -> tuple[list[tuple[float | None, int | None]], int | None]:
    chart = tmp_path / "note.txt"
    chart.write_text("Radiation Oncology - Treatment Summary\n" + sentence + "\n", encoding="utf-8")
    facts = analyze(chart).to_dict()["facts"]
    lesions = [(les.get("dose_gy"), les.get("fractions")) for les in facts.get("lesions") or []]
    return lesions, (facts.get("fractions") or {}).get("value")


@pytest.mark.parametrize("sentence, dose, fractions", [
    # a thousand and a hundred in one dose; several digits after "point"
    ("Dictated: the cavity was treated to two thousand four hundred centigray in three fractions.", 24.0, 3),
    ("Dictated: the left parietal metastasis got two thousand centigray in a single fraction.", 20.0, 1),
    ("Dictated: the prostate was treated to thirty-six point two five gray in five fractions.", 36.25, 5),
    ("Dictated: the prostate was treated to thirty six point two five gray in five fractions.", 36.25, 5),
    # a count as a tens word and a unit word, hyphenated or spaced
    ("Dictated: the pelvis was treated to seventy-two gray in thirty-six fractions.", 72.0, 36),
    ("Dictated: the pelvis was treated to fifty-four gray in twenty seven fractions.", 54.0, 27),
    # the fraction noun left out after the count
    ("Dictated: the right frontal lesion was treated with thirty gray in five, well tolerated.", 30.0, 5),
    ("Radiotherapy: 30 Gy in 5 to the right parietal lesion.", 30.0, 5),
    ("Radiotherapy: 3000 cGy in 10, then follow-up MRI in 8 weeks.", 30.0, 10),
    # a per-fraction dose times its count, and a count of fractions times their dose
    ("Dictated: the spine lesion was given nine gray per fraction times three.", 27.0, 3),
    ("Radiotherapy: 9 Gy per fraction x 3 to the T8 lesion.", 27.0, 3),
    ("Radiotherapy: 5 fractions x 7 Gy to the T8 lesion.", 35.0, 5),
])
def test_a_dose_and_its_count_however_written(tmp_path: Path, sentence: str, dose: float, fractions: int) -> None:
    lesions, fx = _read(tmp_path, sentence)
    assert [d for d, _ in lesions] == [dose]
    assert fx == fractions


@pytest.mark.parametrize("sentence", [
    "Radiotherapy: the T8 lesion, 30 Gy in 2 to 3 weeks.",  # a time, not a count
    "Radiotherapy: the T8 lesion, 30 Gy in 5 minutes of beam-on time.",
])
def test_a_number_after_in_that_is_no_count(tmp_path: Path, sentence: str) -> None:
    _, fx = _read(tmp_path, sentence)
    assert fx is None


def test_a_prescription_for_some_fractions_counts_no_course(tmp_path: Path) -> None:
    """A replan written for a range of the course's fractions gives the count of that part only: the course's
    count stays the one delivered, and no planned/delivered disagreement is raised."""
    chart = tmp_path / "replan.txt"
    chart.write_text("Radiation Oncology - Treatment Summary\n"
                     "Liver SBRT to the segment VI lesion: 40 Gy in 5 fractions delivered.\n"
                     "Adapted plan for fractions 4-5: 8 Gy x 2 fractions = 16 Gy (same target).\n", encoding="utf-8")
    result = analyze(chart).to_dict()
    assert result["facts"]["fractions"]["value"] == 5
    assert not [r for r in result["review"] if r.get("fact") == "fractions"]


def test_a_dose_said_not_given_after_it_counts_nothing(tmp_path: Path) -> None:
    """"was not given" after a dose in parentheses negates that dose and its count: no second course count."""
    chart = tmp_path / "considered.txt"
    chart.write_text("Radiation Oncology - Treatment Summary\n"
                     "Palliative 3D-conformal RT to L2-L4, 20 Gy in 5 fractions, all delivered.\n"
                     "The sequential boost (6 Gy in 2 fractions) to L3 was not given.\n", encoding="utf-8")
    result = analyze(chart).to_dict()
    assert result["facts"]["fractions"]["value"] == 5
    assert not [r for r in result["review"] if r.get("fact") == "fractions"]
