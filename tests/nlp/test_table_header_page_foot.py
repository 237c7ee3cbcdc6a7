"""A table whose row of column titles is the last line of a page and whose rows open the next page (the running
footer and header between them) is one table: the next page's rows get the titles as their header, so each column
keeps its role (a "Max dose" column is no prescription)."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, TextTable, make_chart_pdf
from srscheck.nlp import get_reader
from srscheck.nlp.reader import read_document

COLUMNS = (0, 90, 190, 290, 370)
TITLES = ("Level", "Max dose", "Rx dose", "Fractions", "Isodose")


def _chart(tmp_path: Path) -> Path:
    first = [Heading("Spine SBRT Treatment Summary"),
             KeyValue([("Unit", "Gantry linac with HD-MLC"), ("Immobilization", "Vacuum cushion, arms up"),
                       ("Imaging", "Planning CT 1 mm with MRI fusion"), ("Guidance", "CBCT before each fraction"),
                       ("Status", "Completed 09/18/2026")])]
    first += ["Both levels were treated at every session; no interruptions."] * 14
    first += ["Dose per level", TextTable([TITLES], columns=COLUMNS, header=False)]
    second = [TextTable([("T7", "31.2 Gy", "24 Gy", "3", "80%"), ("L1", "30.6 Gy", "24 Gy", "3", "78%")],
                        columns=COLUMNS, header=False),
              "Signed electronically by the treating radiation oncologist, 09/18/2026."]
    return make_chart_pdf(tmp_path / "split.pdf", [first, second], header="EASTBROOK RADIATION CENTRE   SYN-0777",
                          footer="SYNTHETIC TEST RECORD - no real patient")


def test_titles_at_the_page_foot_head_the_rows_on_the_next(tmp_path: Path) -> None:
    document = read_document(_chart(tmp_path))
    table = next(t for t in document.tables if any(r[0].text == "T7" for r in t.rows))
    assert table.page == 2
    assert [c.text for c in table.header] == list(TITLES)
    assert [document.text[c.start:c.end] for c in table.header] == list(TITLES)


def test_split_table_columns_keep_their_roles(tmp_path: Path) -> None:
    facts = get_reader().read(_chart(tmp_path)).facts
    got = sorted((les.name, les.dose_gy, les.fractions) for les in facts.lesions)
    assert got == [("L1", 24.0, 3), ("T7", 24.0, 3)], got
