"""Every reader of a dose knows every dose unit of quantity_roles.yaml (``dose_units``), not only Gy and cGy: a
treatment record's running total, a scanned table's cells run together between "|" rulings, the dose that ends
another lesion's clause, a one-line fraction log and the unit that says a number is no year read a chart written
in GyE, Gy(RBE), CGE, rad or centigray as they read one written in Gy."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import Heading, TextTable, make_chart_pdf
from srscheck.nlp import read_chart, read_text
from srscheck.nlp.lesions.resolution import related_text
from srscheck.nlp.vocab import load_vocabulary

from srscheck.core.sentences import sentence_bounds

# (unit, how many of it one Gy is)
UNITS = [("Gy", 1), ("GyE", 1), ("Gy(RBE)", 1), ("CGE", 1), ("cGy", 100), ("rad", 100), ("centigray", 100)]


def _record(unit: str, scale: int) -> str:
    """Two lung targets' session rows with a running total, the third row of the upper lobe's without one."""
    rows = [("RUL", 1, "03/02/2026", 1), ("LLL", 1, "03/02/2026", 1), ("RUL", 2, "03/04/2026", 2),
            ("LLL", 2, "03/04/2026", 2), ("RUL", 3, "03/06/2026", None), ("LLL", 3, "03/06/2026", 3)]
    w = 18
    rule = "+--------+----+------------+" + "-" * w + "+" + "-" * w + "+"
    out = ["SBRT TREATMENT RECORD - two lung targets, TrueBeam, daily CBCT, BodyFIX, 4DCT simulation.", rule,
           f"| Target | Fx | Date       | {'Dose':<{w - 1}}| {'Cum.':<{w - 1}}|", rule]
    for target, n, day, k in rows:
        dose = f"{11 * scale:g} {unit}"
        cum = f"{11 * scale * k:g} {unit}" if k else ""
        out.append(f"| {target:<7}| {n:<3}| {day} | {dose:<{w - 1}}| {cum:<{w - 1}}|")
    return "\n".join(out + [rule]) + "\n"


@pytest.mark.parametrize("unit,scale", UNITS)
def test_a_records_running_total_in_any_unit(unit: str, scale: int) -> None:
    lesions = read_text(_record(unit, scale)).facts.lesions
    assert [(les.dose_gy, les.fractions) for les in lesions] == [(33.0, 3), (33.0, 3)], unit


@pytest.mark.parametrize("unit,scale", UNITS)
def test_a_scanned_tables_doses_in_any_unit(tmp_path: Path, unit: str, scale: int) -> None:
    """The Max column's dose stays a maximum in any unit (T3's empty Rx cell is the Max times the isodose line)."""
    def d(gy: int) -> str:
        return f"{gy * scale:g} {unit}"

    pdf = make_chart_pdf(tmp_path / "bars.pdf", [[
        Heading("Gamma Knife Radiosurgery"), "Single session in a thermoplastic mask; MRI for planning.",
        TextTable([("Target | Location", "Diam. | Rx dose | Isodose | Max | Shots"),
                   ("T1 Lt frontal", f"8 mm | {d(20)} 50% {d(40)} | 4"),
                   ("T2 Rt occipital", f"| 11 mm | {d(18)} 50% {d(36)} | 6"),
                   ("T3", f"| 14 mm | 50% {d(36)} | 7")], columns=(0, 150)),
    ]])
    doses = [(les.dose_gy, les.site) for les in read_chart(pdf).facts.lesions]
    assert doses == [(20.0, "cranial"), (18.0, "cranial"), (18.0, "cranial")], unit


@pytest.mark.parametrize("dose", ["25 Gy in 5 fractions", "2500 rad in 5 fractions", "25 GyE in 5 fractions",
                                  "25 Gy(RBE) in 5 fractions", "2500 centigray / 5", "25 CGE x 5"])
def test_a_clause_does_not_reach_back_over_a_dose_in_any_unit(dose: str) -> None:
    vocab = load_vocabulary()
    text = (f"Targets: see the table above.\nPTV1 right cavernous sinus meningioma {dose} and PTV2 left "
            f"frontal convexity meningioma {dose}, both treated in each session.\n")
    at = text.index("PTV1")
    sentences = [(0, text.index("\n")), sentence_bounds(text, at, at + 4)]
    words = related_text("left frontal convexity (PTV2)", 0, text, vocab, sentences)
    assert "frontal" in words and "cavernous" not in words, words


@pytest.mark.parametrize("unit,scale", UNITS)
def test_a_one_line_fraction_log_in_any_unit(unit: str, scale: int) -> None:
    d = f"{8 * scale:g} {unit}"
    facts = read_text(f"Treatment record: right lower lobe nodule.\n"
                      f"Fx 1 03/10/2026 {d}; Fx 2 03/12/2026 {d}; Fx 3 03/14/2026 {d}\n").facts
    assert facts.fractions.value == 3
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(24.0, 3)]


@pytest.mark.parametrize("unit", ["cGy", "rad", "rads", "centigray"])
def test_a_dose_of_a_years_digits_is_no_year(unit: str) -> None:
    """"2000 rad" is a dose, as "2000 cGy" is: the unit after the number says it is no year."""
    facts = read_text(f"SRS to the left frontal metastasis, planned 2000 {unit} in 1 fraction, treated "
                      f"03/10/2026.\n").facts
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(20.0, 1)]


@pytest.mark.parametrize("unit,scale", UNITS)
def test_a_line_with_a_dose_in_any_unit_dates_a_treatment(unit: str, scale: int) -> None:
    """A date on a line that gives a dose is a date of service (identity.yaml service_date_line), in any unit."""
    reading = read_text(f"Left frontal metastasis.\n03/09/2026   {20 * scale:g} {unit}\nFollow-up 06/09/2026.\n")
    assert reading.identity.dates_of_service.value == ["2026-03-09"]
