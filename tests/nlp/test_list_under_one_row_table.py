"""A printout's one-row table ("Patient | MRN | Plan | Status" over the patient's row) with a label / value list right
under it ("Unit   Multi-source cobalt-60 radiosurgery unit", ...): the list's long values cross the table's columns,
so the list is a table of its own. Read as one table, the list's rows were taken for other patients' rows of a list of
patients (the table has a Patient column) and their unit and frame were left out of the course."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, TextTable, make_chart_pdf
from srscheck.nlp import read_chart
from srscheck.nlp.reader import read_document


def _chart(path: Path) -> Path:
    return make_chart_pdf(path, [[
        Heading("COBALT RADIOSURGERY - PLAN SUMMARY / TREATMENT RECORD"),
        TextTable([("Patient", "MRN", "Plan", "Status"),
                   ("EXAMPLE, PATIENT", "SYN-00003", "RT_TGN_4mm", "Treated 03/05/2026")], columns=(0, 170, 270, 360)),
        KeyValue([("Unit", "Multi-source cobalt-60 radiosurgery unit"),
                  ("Stereotactic reference", "Frame, MR indicator box"),
                  ("Imaging", "MR CISS 0.6 mm + T1 post-Gd 1 mm (03/05/2026)"),
                  ("Target", "Right trigeminal nerve, cisternal segment (trigeminal neuralgia)"),
                  ("Prescription", "80.0 Gy max / 100% isodose, 1 fraction")]),
        "Treatment end 11:01: shot 1/1 complete, 80.0 Gy delivered.",
    ]])


def test_the_list_under_a_one_row_table_is_a_table_of_its_own(tmp_path: Path) -> None:
    doc = read_document(_chart(tmp_path / "c.pdf"))
    first = doc.tables[0]
    titles = [c.text for c in (first.header or first.rows[0])]
    assert titles == ["Patient", "MRN", "Plan", "Status"]
    assert not any("cobalt" in c.text for r in first.rows for c in r)


def test_the_lists_unit_and_frame_are_the_courses(tmp_path: Path) -> None:
    reading = read_chart(_chart(tmp_path / "c.pdf"))
    assert not any("another patient's row" in w for w in reading.warnings)
    assert reading.facts.modality.value == "cobalt60"
    assert reading.facts.positioning.value == ["frame"]



STAGED = Path(__file__).resolve().parents[1] / "blind_corpus25" / "b25_08.txt"


def test_a_tables_row_with_a_long_remark_across_its_columns_stays_a_row() -> None:
    """A row whose first cells fill the table's first columns and whose remark runs across the rest ("STG1_M1_IsoB
    PTV_Met1_15Gy (same session, second isocenter ...)", a record-and-verify export) is no label / value list: the
    rows after it stay the table's, so both staged lesions are read."""
    reading = read_chart(STAGED)
    assert sorted((les.name, les.dose_gy, les.fractions) for les in reading.facts.lesions) == [
        ("PTV_Met1_15Gy", 30.0, 2), ("PTV_Met2_20Gy", 20.0, 1)]
