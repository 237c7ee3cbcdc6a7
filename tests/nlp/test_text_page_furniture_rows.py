"""A plain-text page's furniture is no row of a table and does not end it (texttables.page_furniture): a heading
that says the page goes on ("... (continued)") between the page header repeated after a break and the table's rows
is crossed as the break is; a footer among the page's last lines ("Printed ... Confidential") that lines up with
the table's columns under its last row is no row of it."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

BANNER = "Harbourview Oncology - Radiation Export            Patient: Lindqvist, Arne   MRN 640217\n"
FOOTER = "Printed 09/21/2026 14:40                            Page {n} of 2\n"
TOP = BANNER + """SPINE SBRT COURSE SUMMARY
Course: spine SBRT on the Versa HD, CBCT before each fraction.
Immobilization: vacuum cushion, arms up.
Treated 09/08/2026 to 09/14/2026; all planned fractions were given.
Radiation oncologist: Dr. H. Moreau

Level               Rx (Gy)     Fractions     Max dose (Gy)     Cord Dmax (Gy)
"""
ROWS = """T6 vertebral body   27          3             30.2              19.6
L5 vertebral body   24          3             26.8              17.1
"""
END = "\nNo acute toxicity. Spine MRI in three months.\n"
TITLES = ["Level", "Rx (Gy)", "Fractions", "Max dose (Gy)", "Cord Dmax (Gy)"]


def _table(text: str):
    r = read_text(text)
    tables = [t for t in r.document.tables if any("T6" in c.text for row in t.rows for c in row)]
    assert len(tables) == 1
    return r, tables[0]


@pytest.mark.parametrize("heading", ["SPINE SBRT COURSE SUMMARY (continued)", "Course summary (cont'd)",
                                     "- continued from previous page -"])
def test_a_continued_heading_after_the_page_break(heading: str) -> None:
    text = TOP + "\n" + FOOTER.format(n=1) + "\n" + BANNER + heading + "\n\n" + ROWS + END + FOOTER.format(n=2)
    r, table = _table(text)
    assert [c.text for c in table.header] == TITLES and len(table.rows) == 2
    assert sorted((x.name, x.dose_gy) for x in r.facts.lesions) == [("L5 vertebral body", 24.0),
                                                                      ("T6 vertebral body", 27.0)]


@pytest.mark.parametrize("footer", [
    "Printed 09/21/2026  14:40       1             HM                Confidential\n",
    "Exported           21.09.2026  v3.2          by HM             Confidential\n",
])
def test_a_footer_lined_up_with_the_columns_is_no_row(footer: str) -> None:
    r, table = _table(TOP + ROWS + footer + "SYNTHETIC TEST RECORD\n")
    assert len(table.rows) == 2
    assert sorted(x.name for x in r.facts.lesions) == ["L5 vertebral body", "T6 vertebral body"]
