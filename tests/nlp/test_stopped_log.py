"""A per-fraction log whose column titles hold digits inside a word ("Bowel D0.5cc", "V20Gy") still has a header
row, so its rows marked "not treated" are no delivered fractions; and a course said to be closed after k of n
fractions, with the remaining fractions cancelled, is a documented interruption."""

from __future__ import annotations

import json
from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_chart, read_course

from srscheck.cli import main


def _chart(path: Path, closing: str) -> Path:
    return make_chart_pdf(path, [[
        Heading("Pancreas SBRT Record"),
        "Unit: Varian TrueBeam. Pancreatic body tumour. Planned 35 Gy in 5 fractions of 7 Gy.",
        Spacer(),
        TextTable([("Fx", "Date", "Given", "Bowel D0.5cc", "Physician"),
                   ("1", "05/04/2026", "7 Gy", "4.2 Gy", "KLM"),
                   ("2", "05/06/2026", "7 Gy", "4.0 Gy", "KLM"),
                   ("3", "05/08/2026", "not treated", "-", "-"),
                   ("4", "05/11/2026", "not treated", "-", "-"),
                   ("5", "05/13/2026", "not treated", "-", "-")], columns=(0, 40, 130, 220, 320)),
        closing,
    ]])


def test_not_treated_rows_of_a_log_whose_titles_hold_digits(tmp_path: Path) -> None:
    f = read_chart(_chart(tmp_path / "log.pdf", "Signed 05/15/2026.")).facts
    assert f.fractions.value == 2
    assert [(les.dose_gy, les.fractions) for les in f.lesions] == [(14.0, 2)]


def test_a_course_closed_after_two_of_five_is_documented(tmp_path: Path, capsys) -> None:
    pdf = _chart(tmp_path / "log.pdf", "The course is closed after 2 of the planned 5 fractions; the remaining three "
                                       "fractions were cancelled.")
    assert main(["check", str(pdf), "--codes", "77373x2", "--json", "-", "--no-save"]) == 0
    (flag,) = json.loads(capsys.readouterr().out)["review"]
    assert flag["kind"] == "interrupted_course" and flag["documented"] is True


def _documented(tmp_path: Path, capsys, closing: str) -> bool:
    pdf = _chart(tmp_path / "stop.pdf", closing)
    assert main(["check", str(pdf), "--codes", "77373x2", "--json", "-", "--no-save"]) == 0
    (flag,) = json.loads(capsys.readouterr().out)["review"]
    assert flag["kind"] == "interrupted_course"
    return flag["documented"]


def test_remaining_fractions_that_will_not_be_given_document_the_interruption(tmp_path: Path, capsys) -> None:
    assert _documented(tmp_path, capsys, "After the admission the remaining three fractions will not be given.")


def test_a_treatment_discontinuation_note_documents_the_interruption(tmp_path: Path, capsys) -> None:
    assert _documented(tmp_path, capsys, "Treatment discontinuation note: admitted with a bleed on 05/09/2026.")


def test_a_log_with_no_word_on_why_is_not_documented(tmp_path: Path, capsys) -> None:
    assert not _documented(tmp_path, capsys, "Physics weekly check signed 05/15/2026.")


def test_a_total_delivered_in_k_of_n_fractions_delivers_k(tmp_path: Path) -> None:
    """"Total delivered 14 Gy in 2 of 5 fractions": the dose between the delivery word and "2 of 5" leaves 2 the
    fractions given and 5 the plan's, as "delivered 2 of 5 fractions" does; no second delivered count of 5."""
    reading = read_chart(_chart(tmp_path / "total.pdf", "Total delivered 1400 cGy in 2 of 5 fractions."))
    assert reading.facts.fractions.value == 2
    flags = [f for f in reading.review if f.fact == "fractions"]
    assert flags and all(f.fraction_counts == (5, 2) for f in flags)


def test_a_bundle_stopped_after_two_of_three_gives_each_target_two_fractions(tmp_path: Path) -> None:
    """A plan of three targets at 27 Gy in 3, a dated log of two fractions with one dose column per target and a
    note that the course stopped after 2 of 3: each target had 18 Gy in 2 (the plan's rows are its plan), and the
    interrupted course is flagged, whatever a later letter says was completed."""
    plan = make_chart_pdf(tmp_path / "1_plan.pdf", [[
        Heading("SRS Prescription"),
        "Unit: gantry linac, open-face mask.",
        Spacer(),
        TextTable([("Target", "Dose/fx", "Fx", "Total"),
                   ("PTV1 L occipital", "9 Gy", "3", "27 Gy"),
                   ("PTV2 R frontal", "9 Gy", "3", "27 Gy")], columns=(0, 130, 200, 250)),
    ]])
    record = make_chart_pdf(tmp_path / "2_record.pdf", [[
        Heading("Treatment Record"),
        TextTable([("Fx", "Date", "PTV1 (cGy)", "PTV2 (cGy)", "Note"),
                   ("1", "04/06/2026", "900", "900", ""),
                   ("2", "04/08/2026", "900", "900", ""),
                   ("3", "04/10/2026", "-", "-", "not given")], columns=(0, 40, 130, 220, 320)),
        "Radiosurgery was stopped after 2 of 3 fractions when the patient was admitted with a stroke.",
    ]])
    letter = tmp_path / "3_letter.txt"
    letter.write_text("Dear colleague,\nYour patient completed 27 Gy in three fractions to both lesions in April.\n"
                      "Yours sincerely, A. Example\n", encoding="utf-8")
    reading = read_course([plan, record, letter])
    assert reading.facts.fractions.value == 2
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(18.0, 2), (18.0, 2)]
    assert any(f.fact == "fractions" and f.fraction_counts == (3, 2) for f in reading.review)
