"""Tables drawn with characters in plain-text charts (``+----+`` borders, ``|`` between cells, two-line column
titles) are read as ruled tables: one row per line, the titles as one header row, no border character as a
word. A lesion labelled like a vertebra in such a table is placed by its location cell; a column of distances
in mm is no size, and a distance column titled with an optic structure classifies the lesion."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.texttables import text_tables

DRAWN = """WESTBROOK CANCER CENTRE - SRS PHYSICS RECORD
Date of treatment 02/11/2026, one fraction, Edge linac, frameless mask. Planning MRI fused to CT.

LESIONS
+----+---------------------------+-------+---------+------------+
| No | Location                  | Size  | Dose    | Chiasm     |
|    |                           | (mm)  | (1 fx)  | dist (mm)  |
+----+---------------------------+-------+---------+------------+
| L1 | Right superior parietal   | 12    | 20 Gy   | 48         |
| L2 | Left gyrus rectus         | 8     | 18 Gy   | 3          |
| L3 | Left cerebellar hemisphere| 16    | 20 Gy   | 55         |
+----+---------------------------+-------+---------+------------+
All three lesions were treated in one session.
"""


def test_drawn_table_rows_are_lines_and_titles_are_one_row() -> None:
    tables = text_tables(DRAWN.split("\n"))
    assert len(tables) == 1
    t = tables[0]
    assert t.header and len(t.rows) == 4
    line = DRAWN.split("\n")

    def words(cell):
        return " ".join(line[k][a:b] for k, a, b in cell.words)
    assert [words(c) for c in t.rows[0]] == ["No", "Location", "Size (mm)", "Dose (1 fx)", "Chiasm dist (mm)"]
    assert [words(c) for c in t.rows[2]] == ["L2", "Left gyrus rectus", "8", "18 Gy", "3"]


def test_labels_in_a_drawn_table_are_cranial_lesions_with_their_doses() -> None:
    facts = read_text(DRAWN).facts
    lesions = facts.lesions
    assert [les.site for les in lesions] == ["cranial"] * 3, [(les.name, les.site) for les in lesions]
    assert sorted(les.dose_gy for les in lesions) == [18.0, 20.0, 20.0]
    assert not any("|" in les.name for les in lesions)


def test_a_distance_column_is_no_size_and_an_optic_distance_makes_the_lesion_complex() -> None:
    lesions = {les.dose_gy: les for les in read_text(DRAWN).facts.lesions if les.dose_gy == 18.0}
    rectus = lesions[18.0]
    assert rectus.size_cm == 0.8
    assert rectus.complexity == "complex"
    others = [les for les in read_text(DRAWN).facts.lesions if les.dose_gy == 20.0]
    assert all(les.complexity == "simple" for les in others), [(les.name, les.size_cm) for les in others]


def test_pipe_records_without_a_drawn_border_are_no_table() -> None:
    hl7 = ["MSH|^~\\&|RTIS|CLINIC|BILL|HOSP|202611020900||DFT^P03|1|P|2.5",
           "FT1|1|||20261102||CG|77372^SRS LINAC|||1"]
    assert text_tables(hl7) == []


def test_markdown_table_is_read() -> None:
    md = ["| Target | Dose |", "|--------|------|", "| Left frontal | 20 Gy |", "| Right occipital | 18 Gy |"]
    t = text_tables(md)
    assert len(t) == 1 and t[0].header and len(t[0].rows) == 3
