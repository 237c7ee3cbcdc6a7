"""Two cells' strings drawn with no gap in a ruled table's row ("98.7%" running up to "3.1" of the next column): the
characters continue one another on the line, but another string starts there and a column edge of the table lies
between the two strings' starts, so the word is split at that seam (reader._touches, reader._cell_parts) and each
cell keeps its own value. A string that stays within its cell is one word as before."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart


def _plan(tmp_path: Path, width: float) -> Path:
    return make_chart_pdf(tmp_path / "plan.pdf", [[
        Heading("SRS plan"),
        RuledTable([("Target", "Total", "V100", "GI"), ("PTV_RFr", "27 Gy", "98.7%", "3.1"),
                    ("PTV_LOcc", "24 Gy", "97.9%", "3.6")], widths=[80, 50, width, 40])]])


def test_touching_strings_of_two_cells_are_two_cells(tmp_path: Path) -> None:
    reading = read_chart(_plan(tmp_path, 32))  # "98.7%" ends at the V100 column's right edge, "3.1" just after it
    (table,) = reading.document.tables
    assert [[c.text for c in row] for row in table.rows] == [["PTV_RFr", "27 Gy", "98.7%", "3.1"],
                                                                 ["PTV_LOcc", "24 Gy", "97.9%", "3.6"]]
    assert "98.7%\t3.1" in reading.document.text
    (word,) = [w for w in reading.document.pages[0].words if w.text == "98.7%"]
    (after,) = [w for w in reading.document.pages[0].words if w.text == "3.1"]
    assert word.box.x1 <= after.box.x0  # each part's own box


def test_a_cell_with_room_is_read_as_before(tmp_path: Path) -> None:
    reading = read_chart(_plan(tmp_path, 60))
    (table,) = reading.document.tables
    assert [c.text for c in table.rows[0]] == ["PTV_RFr", "27 Gy", "98.7%", "3.1"]
