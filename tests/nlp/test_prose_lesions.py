"""Lesions described in prose and their doses (dictations, letters, tumour-board notes, summaries): doses and
fraction counts dictated as words, lesions counted in words, and which dose belongs to which lesion."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart, read_course


def _txt(path: Path, *paragraphs: str) -> Path:
    path.write_text("RADIATION ONCOLOGY - SBRT COMPLETION\nPATIENT TESTPATIENT, ANN   MRN SYN-0401\n\n"
                    + "\n\n".join(paragraphs) + "\n\nSYNTHETIC TEST RECORD\n", encoding="utf-8")
    return path


def test_a_dose_dictated_in_words_times_a_count_in_words(tmp_path: Path) -> None:
    """"fifteen gray times three" is 15 Gy per fraction for 3 fractions, as "15 Gy x 3" is."""
    reading = read_chart(_txt(tmp_path / "liver.txt", "TREATMENT DELIVERED",
                              "He received fifteen gray times three for a total of forty five gray to the segment "
                              "eight liver lesion on the Elekta Synergy with cone beam CT before each fraction."))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(45.0, 3)]
    assert reading.facts.fractions.value == 3
    both = read_chart(_txt(tmp_path / "both.txt", "TREATMENT DELIVERED",
                           "Twenty gray times both lesions was discussed. The right adrenal metastasis received "
                           "10 Gy x 3 on the TrueBeam with cone beam CT."))
    assert reading.facts.fractions.value == 3 and both.facts.fractions.value == 3
