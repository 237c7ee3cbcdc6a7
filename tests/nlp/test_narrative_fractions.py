"""A fraction held, missed or cancelled in the narrative, without a dated delivery log, lowers the delivered
count (nlp/quantities.py held_fractions); one held and made up does not. Charts are built here."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import Heading, KeyValue, make_chart_pdf
from srscheck.nlp import read_chart

from srscheck.api import analyze

PLAN = "SBRT to the right upper lobe nodule, 50 Gy in 5 fractions with daily CBCT in a vacuum cushion."


def _chart(tmp_path: Path, note: str) -> Path:
    return make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("Lung SBRT - Treatment Summary"),
        KeyValue([("Diagnosis", "Right upper lobe adenocarcinoma, 1.9 cm"), ("Simulation", "4DCT, vacuum cushion")]),
        PLAN,
        note,
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0101", footer="SYNTHETIC TEST RECORD")


@pytest.mark.parametrize("note, delivered", [
    ("Fraction 5 was held for radiation pneumonitis and the course was closed.", 4),
    ("She received 4 of the 5 planned fractions.", 4),
    ("The last fraction was cancelled because of a chest infection.", 4),
    ("Fractions 4 and 5 were held for pneumonitis; the course was closed.", 3),
    ("Treatment was stopped after fraction 3 of 5 for pneumonitis.", 3),
])
def test_a_narrative_held_fraction_lowers_the_delivered_count(tmp_path: Path, note: str, delivered: int) -> None:
    pdf = _chart(tmp_path, note)
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == delivered
    (lesion,) = reading.facts.lesions
    assert lesion.fractions == delivered
    assert lesion.dose_gy == 10.0 * delivered  # 10 Gy a fraction, as planned, for each one given
    (flag,) = [f for f in reading.review if f.fact == "fractions" and f.fraction_counts]
    assert flag.fraction_counts == (5, delivered)
    quoted = " ".join(e.text for e in flag.evidence)
    assert "50 Gy in 5 fractions" in quoted and note.split()[0] in quoted
    result = analyze(pdf)
    (policy,) = [f for f in result.reading.review if f.kind == "interrupted_course"]
    assert f"{delivered} delivered" in policy.message or f"({delivered})" in policy.message


@pytest.mark.parametrize("note", [
    "Fraction 3 was held for fatigue and made up on Monday.",
    "Fraction 2 was cancelled for a machine fault, rescheduled and delivered the next day.",
    "Fraction 4 was held for one day for fatigue, then resumed.",
    "Fraction 3 was held on 03/05/2026 for fatigue and given on 03/06/2026.",
    "No fractions were held or missed.",
])
def test_a_fraction_held_and_made_up_still_counts(tmp_path: Path, note: str) -> None:
    reading = read_chart(_chart(tmp_path, note))
    assert reading.facts.fractions.value == 5
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (50.0, 5)
    assert not [f for f in reading.review if f.fraction_counts]


def test_the_index_of_a_fraction_received_is_no_delivered_count(tmp_path: Path) -> None:
    """"She received fraction 2 of 5" says fraction 2 was given and the plan had 5; it never says 5 were
    delivered. With "10 Gy in 2 fractions delivered" beside it the course is an interrupted one (5 planned,
    2 delivered), not a chart that gives two delivered counts."""
    note = ("She received fraction 2 of 5 on 03/04/2026 and was then admitted with pneumonia. "
            "Total delivered: 20 Gy in 2 fractions; the remaining fractions will not be given.")
    reading = read_chart(_chart(tmp_path, note))
    assert reading.facts.fractions.value == 2
    flags = [f for f in reading.review if f.fact == "fractions"]
    assert [f.fraction_counts for f in flags] == [(5, 2)]
    assert not [f for f in flags if "different delivered" in f.message]
