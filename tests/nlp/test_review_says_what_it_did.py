"""The reader says what it did, and shows its doubt rather than guessing silently:
(1) a per-fraction log's dose cell that its running total does not step by is read as the step, and a review flag
    says so (the cell as written, the step used, the cell's words as evidence); on a scanned page, where the OCR is
    the likelier slip, a warning says it instead;
(2) a functional target's maximum the chart writes as the dose given ("we gave 90 Gy maximum dose, the 30% isodose
    line ... about 27 Gy") is no "No prescription dose is written" case: the warning says what was read;
(3) a dose or count chosen by the documents' ranks names the kinds of the documents actually compared (a dated log,
    a document of no known kind), not "the plan" for every document that is no letter."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from imagemaker import scan_image
from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart, read_course


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


LOG = [
    "Stereotactic body radiotherapy - treatment delivery log",
    "Prescription: 3625 cGy in 5 fractions to the prostate PTV, rectal spacer placed, daily cone-beam CT.",
    "",
    "Fx   Date     Dose cGy   Cum cGy",
    "1    03/02    725        725",
    "2    03/04    725        1450",
    "3    03/06    725        2175",
    "4    03/09    1725       2900",
    "5    03/11    725        3625",
]


def test_a_dose_cell_read_as_the_running_totals_step_is_flagged(tmp_path: Path) -> None:
    r = read_chart(_write(tmp_path / "log.txt", LOG))
    assert [(x.dose_gy, x.fractions) for x in r.facts.lesions] == [(36.25, 5)]
    (flag,) = [f for f in r.review if f.kind == "misread_cell"]
    assert flag.fact == "lesions"
    assert "fraction 4 reads 1725" in flag.message and "steps by 7.25 Gy" in flag.message
    assert "7.25 Gy was used" in flag.message and "2175 -> 2900" in flag.message
    quoted = [e.text for e in flag.evidence]
    assert quoted[0] == "1725" and any("1725" in q and "2900" in q for q in quoted[1:])


def test_a_functional_maximum_stated_as_the_dose_given_is_not_called_unwritten(tmp_path: Path) -> None:
    p = _write(tmp_path / "note.txt", [
        "Radiosurgery note 03/03/2026. Diagnosis: left trigeminal neuralgia, V2 distribution.",
        "Stereotactic frame fitted; CT and MRI co-registered. A single 4 mm collimator isocentre at the left "
        "trigeminal root entry zone. We gave 90 Gy maximum dose, the 30% isodose line lying at about 27 Gy. "
        "One fraction.",
    ])
    r = read_chart(p)
    assert [(x.dose_gy, x.fractions) for x in r.facts.lesions] == [(90.0, 1)]
    assert not [w for w in r.warnings if "No prescription dose is written" in w]
    (said,) = [w for w in r.warnings if "maximum dose" in w]
    assert "90 Gy" in said and "27 Gy" in said and "isodose" in said


def test_a_maximum_with_no_dose_written_still_says_so(tmp_path: Path) -> None:
    p = _write(tmp_path / "note.txt", [
        "Gamma Knife thalamotomy note 05/20/2026. Diagnosis: essential tremor, dominant right hand.",
        "Frame placed. One 4 mm shot on the left ventral intermediate nucleus, treated to a maximum dose of 130 Gy. "
        "Single session.",
    ])
    r = read_chart(p)
    assert [(x.dose_gy, x.fractions) for x in r.facts.lesions] == [(130.0, 1)]
    assert [w for w in r.warnings if w.startswith("No prescription dose is written; the maximum dose (130 Gy)")]


LETTER = [
    "Dear Dr. Okafor,",
    "",
    "Your patient finished stereotactic body radiotherapy to the segment VII liver metastasis in May: she received "
    "36 Gy in three fractions with daily cone-beam CT. I will see her again with a CT in three months.",
    "",
    "Yours sincerely,",
    "A. Clinician, MD",
]


def test_a_dated_log_over_a_letter_is_named_as_the_log(tmp_path: Path) -> None:
    export = _write(tmp_path / "1_export.txt", [
        "WESTFIELD RADIATION CENTRE | Linac export (Course 1: SBRT liver)",
        "Patient: EXAMPLE, PERSON  MRN 000123",
        "",
        "Date        Fx   Dose (cGy)   Cumulative (cGy)   Status",
        "05/04/2026  1    1000         1000               Delivered",
        "05/06/2026  2    1000         2000               Delivered",
        "05/08/2026  3    1000         3000               Delivered",
    ])
    r = read_course([export, _write(tmp_path / "2_letter.txt", LETTER)])
    assert [(x.dose_gy, x.fractions) for x in r.facts.lesions] == [(30.0, 3)]
    (flag,) = [f for f in r.review if f.fact == "lesions"]
    assert "30 Gy was used, as the dated per-fraction treatment log outranks a letter" in flag.message
    assert "(1_export.txt over 2_letter.txt)" in flag.message and "the plan" not in flag.message


def test_a_document_of_no_known_kind_over_a_letter_is_not_called_the_plan(tmp_path: Path) -> None:
    note = _write(tmp_path / "1_note.txt", [
        "WESTFIELD RADIATION CENTRE - Course 1 (SBRT liver)",
        "Patient: EXAMPLE, PERSON  MRN 000123",
        "",
        "SBRT to the segment VII liver metastasis was completed on 05/08/2026: 30 Gy in 3 fractions delivered with "
        "daily cone-beam CT on the TrueBeam.",
    ])
    r = read_course([note, _write(tmp_path / "2_letter.txt", LETTER)])
    (flag,) = [f for f in r.review if f.fact == "lesions"]
    assert "30 Gy was used, as a document of no known kind" in flag.message
    assert "outranks a letter (1_note.txt over 2_letter.txt)" in flag.message
    assert "the plan outranks" not in flag.message


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract (apt-get install tesseract-ocr) absent")
def test_a_scanned_logs_misread_cell_is_a_warning_not_a_contradiction(tmp_path: Path) -> None:
    """The same log as a scanned page (a PNG, read by OCR): a stray digit there is likelier the scan's than the
    chart's, so the correction is said as a warning naming the cell, not raised as the chart contradicting itself."""
    pdf = make_chart_pdf(tmp_path / "log.pdf", [[
        Heading("Stereotactic body radiotherapy - treatment delivery log"),
        "Prescription: 3625 cGy in 5 fractions to the prostate PTV, rectal spacer placed, daily cone-beam CT.",
        RuledTable([("Fx", "Date", "Dose cGy", "Cum cGy"), ("1", "03/02", "725", "725"),
                    ("2", "03/04", "725", "1450"), ("3", "03/06", "725", "2175"), ("4", "03/09", "1725", "2900"),
                    ("5", "03/11", "725", "3625")]),
    ]])
    image = scan_image(pdf, tmp_path / "log.png", dpi=300, dpi_tag=300)
    r = read_chart(image)
    assert [(x.dose_gy, x.fractions) for x in r.facts.lesions] == [(36.25, 5)]
    assert not [f for f in r.review if f.kind == "misread_cell"]
    (said,) = [w for w in r.warnings if "scanned treatment log" in w]
    assert "fraction 4 reads 1725 (17.25 Gy)" in said and "7.25 Gy was used" in said and "page image" in said
