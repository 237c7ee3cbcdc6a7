"""Without a dated delivery log, a bundle whose plan, treatment summary and letter disagree on the delivered dose
or fractions: the delivered record wins, the plan beats a letter, and a review flag quotes both sides
(nlp/quantities.py SOURCE_RANKS). Charts are built here."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, make_chart_pdf
from srscheck.nlp import read_course


def _plan(tmp_path: Path) -> Path:
    return make_chart_pdf(tmp_path / "1_plan.pdf", [[
        Heading("SBRT Treatment Plan"),
        KeyValue([("Target", "right upper lobe nodule, 1.8 cm"), ("Rx", "50 Gy / 5 fx (10 Gy/fx)"),
                  ("Simulation", "4DCT in a vacuum cushion")]),
        "Plan approved by the physicist and the radiation oncologist.",
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0201", footer="SYNTHETIC TEST RECORD")


def _text(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _summary(tmp_path: Path, said: str) -> Path:
    return _text(tmp_path, "2_summary.txt", f"TREATMENT SUMMARY\nRight upper lobe SBRT with daily CBCT. {said}\n")


def _letter(tmp_path: Path, said: str) -> Path:
    return _text(tmp_path, "3_letter.txt", "Dear Doctor,\nYour patient completed SBRT to the right upper lobe "
                                           f"nodule, {said}, with CBCT guidance.\n")


def test_the_treatment_summary_outranks_the_plan_and_the_letter(tmp_path: Path) -> None:
    files = [_plan(tmp_path), _summary(tmp_path, "The patient received 40 Gy in 4 fractions."),
             _letter(tmp_path, "50 Gy in 5 fractions")]
    for order in (files, files[::-1]):
        reading = read_course(order)
        assert reading.facts.fractions.value == 4
        (lesion,) = reading.facts.lesions
        assert (lesion.dose_gy, lesion.fractions) == (40.0, 4)
        (flag,) = [f for f in reading.review if f.fact == "fractions" and "different delivered" in f.message]
        assert "outranks a letter" in flag.message
        quoted = [e.text for e in flag.evidence]
        assert any("40 Gy in 4 fractions" in q for q in quoted) and any("50 Gy in 5 fractions" in q for q in quoted)


def test_the_plan_outranks_a_letter(tmp_path: Path) -> None:
    reading = read_course([_plan(tmp_path), _letter(tmp_path, "40 Gy in 4 fractions")])
    assert reading.facts.fractions.value == 5
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (50.0, 5)
    (flag,) = [f for f in reading.review if f.fact == "fractions"]
    assert "the plan outranks a letter" in flag.message
    quoted = [e.text for e in flag.evidence]
    assert any("50 Gy / 5 fx" in q for q in quoted) and any("40 Gy in 4 fractions" in q for q in quoted)


def test_a_summary_dose_outranks_the_plans_dose(tmp_path: Path) -> None:
    reading = read_course([_plan(tmp_path), _summary(tmp_path, "The patient received 45 Gy in 5 fractions."),
                           _letter(tmp_path, "50 Gy in 5 fractions")])
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (45.0, 5)
    (flag,) = [f for f in reading.review if f.fact == "lesions"]
    assert "45 Gy" in flag.message and "50 Gy" in flag.message and "outranks the plan" in flag.message
    quoted = [e.text for e in flag.evidence]
    assert any("45 Gy in 5 fractions" in q for q in quoted) and any("50 Gy" in q for q in quoted)


def test_documents_that_agree_are_not_flagged(tmp_path: Path) -> None:
    reading = read_course([_plan(tmp_path), _summary(tmp_path, "The patient received 50 Gy in 5 fractions."),
                           _letter(tmp_path, "50 Gy in 5 fractions")])
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (50.0, 5)
    assert not [f for f in reading.review if f.fact in ("fractions", "lesions")]
