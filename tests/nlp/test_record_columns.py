"""Two shapes of treatment record that other clinics print.

A delivery record with one dose column per target ("Date | Fx | PTV_LUNG cGy | PTV_BONE cGy ... | Total") gives
each target its delivered dose, the sum of its column (checked against the Total row), ranked as the dated record
above a completion note; a note that misstates one target's dose is flagged for review.

A dated record row with "Planned" and "Delivered" dose columns and no fraction-number column is the record of a
fraction given: its delivered dose wins over a summary's different dose, which is flagged."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course


def _columns_record(path: Path, total: tuple[str, str, str], unit: str = "cGy",
                    doses: tuple[str, str] = ("1000", "600")) -> Path:
    rows = [(f"03/{9 + 2 * k:02d}/2026", str(k + 1), *doses, "IGRT ok") for k in range(3)]
    return make_chart_pdf(path, [[
        Heading("Treatment delivery record"),
        "Patient: TEST, PERSON  MRN 000-111",
        Spacer(),
        TextTable([("Date", "Fx", f"PTV_LUNG {unit}", f"PTV_RIB {unit}", "Imaging"), *rows, total],
                  columns=(0, 80, 120, 220, 320)),
        "Unit: 10 MV FFF gantry linac.",
    ]])


def _note(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


NOTE = ("END OF TREATMENT NOTE 03/13/2026\nSBRT completed to two sites: right lung nodule 30 Gy/3 and left sixth "
        "rib 24 Gy/3. Tolerated well.\n")


def test_one_dose_column_per_target_gives_each_target_its_column_sum(tmp_path: Path) -> None:
    pdf = _columns_record(tmp_path / "record.pdf", ("Total", "3", "3000", "1800", ""))
    r = read_course([pdf, _note(tmp_path / "note.txt", NOTE)])
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(18.0, 3), (30.0, 3)]
    # the note's 24 Gy for the rib disagrees with the record's 18 Gy: the coder is asked
    flagged = [x for x in r.review if x.fact == "lesions"]
    assert flagged and "18 Gy" in flagged[0].message and "24 Gy" in flagged[0].message


def test_the_columns_may_be_in_any_dose_unit_of_the_vocabulary(tmp_path: Path) -> None:
    # ("rad" columns: one rad is one cGy; the unit comes from the vocabulary, as every reader of a dose takes it)
    pdf = _columns_record(tmp_path / "record.pdf", ("Total", "3", "3000", "1800", ""), unit="rad")
    r = read_course([pdf, _note(tmp_path / "note.txt", NOTE)])
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(18.0, 3), (30.0, 3)]


def test_a_total_row_that_is_not_the_column_sum_is_no_per_target_record(tmp_path: Path) -> None:
    pdf = _columns_record(tmp_path / "record.pdf", ("Total", "3", "3000", "2400", ""))
    r = read_course([pdf, _note(tmp_path / "note.txt", NOTE)])
    assert (18.0, 3) not in [(les.dose_gy, les.fractions) for les in r.facts.lesions]


def test_a_dated_row_with_a_delivered_column_is_a_fraction_given(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "sheet.pdf", [[
        Heading("Radiosurgery treatment sheet"),
        "Diagnosis: right frontal convexity meningioma, 2.1 cm. Frameless mask on a gantry linac.",
        "Plan: 5 non-coplanar arcs, 15 Gy to the 80% isodose line.",
        Spacer(),
        TextTable([("Date", "Field", "MU", "Planned cGy", "Delivered cGy", "Check"),
                   ("05/04/2026", "Arcs 1-5", "3650", "1500", "1500", "kV match approved")],
                  columns=(0, 80, 150, 200, 290, 390)),
        "Summary: meningioma treated 05/04/2026, 16 Gy in a single fraction, no acute effects.",
    ]])
    r = read_course([pdf])
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(15.0, 1)]
    flagged = [x for x in r.review if x.fact == "lesions"]
    assert flagged and "15 Gy" in flagged[0].message and "16 Gy" in flagged[0].message


def test_a_row_dated_from_its_first_day_to_its_last_is_a_course_summary_row(tmp_path: Path) -> None:
    # "11/02-11/10/2026": the first day's year left to the last day; the row sums a course, not one session
    pdf = make_chart_pdf(tmp_path / "summary.pdf", [[
        Heading("SBRT Course Summary"),
        "Targets: PTV_RLL = right lower lobe nodule, 1.6 cm. PTV_Rib7L = lytic lesion of the left 7th rib, 2.3 cm.",
        Spacer(),
        TextTable([("Target", "Rx", "Dose/fx", "Delivered", "Dates"),
                   ("PTV_RLL", "50 Gy / 5 fx", "10 Gy", "50 Gy", "11/02-11/10/2026"),
                   ("PTV_Rib7L", "35 Gy / 5 fx", "7 Gy", "35 Gy", "11/02-11/10/2026")],
                  columns=(0, 80, 170, 240, 310)),
        "Each of the five fractions began with a CBCT per isocentre.",
    ]])
    r = read_course([pdf])
    assert r.facts.fractions.value == 5
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(35.0, 5), (50.0, 5)]
