"""An amended note shows its original wording struck beside the correction: a bracket ("[original: Leksell frame,
4 pins]") or an amendment table's column of the struck wording beside the corrected one. Those words are the
chart's own, replaced: the corrected device and imaging are the course's, and the struck ones are no
contradiction to review. A column of an earlier plan's values in a table without a corrected column stays."""

from __future__ import annotations

from srscheck.nlp import read_text

BRACKETS = (
    "STEREOTACTIC RADIOTHERAPY SUMMARY (AMENDED 05/14/2026)\n"
    "Target: left vestibular schwannoma, 1.9 cm\n"
    "Immobilization: frameless thermoplastic mask [original: Leksell head frame, 4 pins]\n"
    "Planning imaging: CT simulation fused with MRI T1 post-contrast [original: MRI only]\n"
    "Treatment: 25 Gy in 5 fractions on the gantry linac, completed 05/08/2026, cone-beam CT before each fraction.\n"
)

TABLE = (
    "STEREOTACTIC RADIOTHERAPY SUMMARY\n"
    "Target: left vestibular schwannoma, 1.9 cm\n"
    "Immobilization: frameless thermoplastic mask\n"
    "Planning imaging: CT simulation fused with MRI T1 post-contrast\n"
    "Treatment: 25 Gy in 5 fractions on the gantry linac, completed 05/08/2026, cone-beam CT before each fraction.\n"
    "\n"
    "Amendment log\n"
    "Field\tOriginal (struck)\tCorrected\tBy\n"
    "Immobilization\tLeksell head frame with 4 pins\tframeless thermoplastic mask\tJ. Ortega 05/14/2026\n"
    "Imaging\tMRI only\tCT simulation fused with MRI\tJ. Ortega 05/14/2026\n"
)


def test_struck_wording_in_brackets_is_not_the_course() -> None:
    reading = read_text(BRACKETS)
    assert reading.facts.positioning.value == ["mask"]
    assert sorted(reading.facts.imaging.value) == ["CT", "MRI"]
    assert not reading.review, reading.review


def test_struck_column_of_an_amendment_table_is_not_the_course() -> None:
    reading = read_text(TABLE)
    assert reading.facts.positioning.value == ["mask"]
    assert not reading.review, reading.review


def test_a_frame_in_an_ordinary_bracket_still_counts() -> None:
    text = BRACKETS.replace("[original: Leksell head frame, 4 pins]", "(Leksell head frame placed, 4 pins)")
    assert "frame" in (read_text(text).facts.positioning.value or [])
