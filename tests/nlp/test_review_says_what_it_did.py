"""The reader says what it did:
(2) a functional target's maximum the chart writes as the dose given ("we gave 90 Gy maximum dose, the 30% isodose
    line ... about 27 Gy") is no "No prescription dose is written" case: the warning says what was read;
(3) a dose or count chosen by the documents' ranks names the kinds of the documents actually compared (a dated log,
    a document of no known kind), not "the plan" for every document that is no letter."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart, read_course


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
