"""Review-flag policy for an interrupted course (README, "Review flags"): fewer fractions delivered than
planned is always a review flag, ``kind: "interrupted_course"``; ``documented`` says whether the chart says
the course stopped (quoted first), so the coder bills the delivered fractions, or, when nothing says why, first
confirms that the other fractions were not given. Blind corpora 6 (b6_09) and 8 (b8_12) are two documented
interruptions whose frozen golds disagree (review expected / not expected): both are flagged, the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from srscheck.cli import main

TESTS = Path(__file__).resolve().parents[1]
B6_09 = sorted((TESTS / "blind_corpus6" / "b6_09").iterdir())
B8_12 = [TESTS / "blind_corpus8" / "b8_12.pdf"]

UNDOCUMENTED = """SBRT Treatment Summary
Diagnosis: NSCLC, solitary left adrenal metastasis, 2.8 cm.
Machine: Varian TrueBeam, 2 VMAT arcs. 4DCT simulation in a Vac-Lok cushion with abdominal compression.
Prescription 40 Gy in 5 fractions of 8 Gy to the PTV.
Treatment was not interrupted by machine faults; CBCT before each fraction.
Delivered 24 Gy in 3 fractions to the left adrenal metastasis.
"""


def _review(capsys, *paths: Path) -> list[dict]:
    assert main(["check", *map(str, paths), "--codes", "77373x3,77435", "--json", "-", "--no-save"]) == 0
    return json.loads(capsys.readouterr().out)["review"]


@pytest.mark.parametrize("paths, quote", [
    (B6_09, "The course was discontinued after 3 of 5 planned fractions"),
    (B8_12, "Treatment Summary - SBRT Pancreas (incomplete course)"),
])
def test_a_documented_interruption_is_flagged_as_such(capsys, paths, quote):
    (flag,) = _review(capsys, *paths)
    assert flag["kind"] == "interrupted_course" and flag["documented"] is True and flag["fact"] == "fractions"
    assert flag["message"] == ("Interrupted course, documented: 5 fractions were planned and 3 delivered, and the "
                               "chart says the course stopped. The delivered count (3) was used: bill the "
                               "delivered fractions only.")
    assert flag["evidence"][0]["text"].startswith(quote)
    assert any("5 fractions" in e["text"] for e in flag["evidence"][1:])


def test_an_undocumented_interruption_asks_for_confirmation(capsys, tmp_path):
    chart = tmp_path / "chart.txt"
    chart.write_text(UNDOCUMENTED, encoding="utf-8")
    (flag,) = _review(capsys, chart)  # "was not interrupted by machine faults" documents no stop
    assert flag["kind"] == "interrupted_course" and flag["documented"] is False
    assert flag["message"].startswith("Interrupted course, not documented: 5 fractions were planned but 3 delivered")
    assert "confirm that the other fractions were not given before billing" in flag["message"]
    assert [e["text"] for e in flag["evidence"]] == ["Prescription 40 Gy in 5 fractions of 8 Gy to the PTV.",
                                                     "Delivered 24 Gy in 3 fractions to the left adrenal metastasis."]


def test_the_report_shows_it_first(capsys, tmp_path):
    report = tmp_path / "r.pdf"
    assert main(["check", *map(str, B8_12), "--codes", "77373x3", "--report", str(report), "--no-save"]) == 0
    capsys.readouterr()
    with pdfplumber.open(report) as pdf:
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "Review first" in text and "Interrupted course, documented: 5 fractions were planned and 3 delivered" in text


MORE_THAN_PLANNED = """SBRT Treatment Summary
Diagnosis: NSCLC, solitary left adrenal metastasis, 2.8 cm.
Machine: Varian TrueBeam, 2 VMAT arcs. 4DCT simulation in a Vac-Lok cushion with abdominal compression.
Prescription 24 Gy in 3 fractions of 8 Gy to the PTV.
Delivered 40 Gy in 5 fractions to the left adrenal metastasis.
"""


def test_more_fractions_delivered_than_planned_is_no_interruption(capsys, tmp_path):
    chart = tmp_path / "chart.txt"
    chart.write_text(MORE_THAN_PLANNED, encoding="utf-8")
    (flag,) = _review(capsys, chart)  # the reader's contradiction, kept as it is: nothing was interrupted
    assert "kind" not in flag and "documented" not in flag and flag["fact"] == "fractions"
    assert flag["message"].startswith("3 fractions were planned but 5 delivered")


def test_the_policy_runs_on_flags_that_carry_counts(tmp_path):
    from dataclasses import replace

    from srscheck.nlp import read_text

    from srscheck.api import _review_policy

    reading = read_text(UNDOCUMENTED)
    (flag,) = reading.review
    assert flag.fact == "fractions" and flag.fraction_counts == (5, 3)
    assert _review_policy(reading).review[0].kind == "interrupted_course"
    # a fractions flag without planned-vs-delivered counts (two delivered counts disagree) is left as it is
    plain = replace(reading, review=(replace(flag, fraction_counts=None),))
    assert _review_policy(plain) is plain


@pytest.mark.parametrize("other", [
    "Sorafenib 400 mg twice daily was stopped after 6 weeks for a hand-foot reaction.",
    "Dexamethasone was stopped after fraction 2 once the headache settled.",
    "Sunitinib treatment was stopped in 2025.",
    "He decided not to continue pembrolizumab because of colitis.",
])
def test_another_treatment_stopped_does_not_document_the_interruption(capsys, tmp_path, other):
    chart = tmp_path / "chart.txt"
    chart.write_text(UNDOCUMENTED.replace("Machine:", f"{other}\nMachine:"), encoding="utf-8")
    (flag,) = _review(capsys, chart)  # the stopped thing is a drug: nothing says this course stopped
    assert flag["kind"] == "interrupted_course" and flag["documented"] is False


def test_the_course_stopped_for_a_reason_naming_a_drug_still_documents_it(capsys, tmp_path):
    chart = tmp_path / "chart.txt"
    chart.write_text(UNDOCUMENTED.replace("Machine:", "Admitted with seizures, levetiracetam increased, and the "
                                          "course was stopped after fraction 3.\nMachine:"), encoding="utf-8")
    (flag,) = _review(capsys, chart)
    assert flag["kind"] == "interrupted_course" and flag["documented"] is True
    assert flag["evidence"][0]["text"].startswith("Admitted with seizures")


@pytest.mark.parametrize("stop", [
    "Course status: STOPPED EARLY (patient decision after hospital admission).",
    "Course status: discontinued.",
    "Fractions 4 and 5 cancelled.",
    "Fx 4-5 were not delivered.",
    "She does not wish to return. Course closed.",
])
def test_a_status_line_or_the_cancelled_fractions_document_the_stop(capsys, tmp_path, stop):
    chart = tmp_path / "chart.txt"
    chart.write_text(UNDOCUMENTED + stop + "\n", encoding="utf-8")
    (flag,) = _review(capsys, chart)
    assert flag["kind"] == "interrupted_course" and flag["documented"] is True
    assert flag["evidence"][0]["text"].endswith(stop.split(". ")[-1])


@pytest.mark.parametrize("other", [
    "Dexamethasone was stopped early because of hyperglycaemia.",
    "The course was not stopped early.",
    "Fraction 3 was not delivered on Monday (machine fault) and was given on Tuesday, so the course closed on time",
])
def test_other_stops_and_closings_document_no_interruption(capsys, tmp_path, other):
    chart = tmp_path / "chart.txt"
    chart.write_text(UNDOCUMENTED + other + "\n", encoding="utf-8")
    (flag,) = _review(capsys, chart)
    assert flag["documented"] is False
