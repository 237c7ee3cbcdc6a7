"""A plain-text export whose table's row of column titles is followed by a page break before its rows (the page
header the export repeats, a "Page 1 of 2" footer, blank lines; no form feed between its pages) is one table: the
running lines are no rows and no titles of it, as a PDF's table broken after its titles is joined to its rows."""

from __future__ import annotations

from srscheck.nlp import read_text

BANNER = "Northgate Cancer Centre - Radiation Oncology            Patient: Voss, Ilse   MRN 300418\n"
FOOTER = "Printed 07/02/2026 08:15                                 Page {n} of 2\n"
TOP = BANNER + """SPINE SBRT TREATMENT SUMMARY
Course: spine SBRT on the TrueBeam, CBCT before every fraction.
Immobilization: vacuum cushion, arms up.
Treated 06/22/2026 to 06/26/2026; every planned fraction was given.
Radiation oncologist: Dr. P. Haldane
Physicist: M. Oyelaran

Level               Rx (Gy)     Fractions     Max dose (Gy)     Cord Dmax (Gy)
"""
ROWS = """T7 vertebral body   30          5             33.4              21.0
L4 vertebral body   25          5             27.9              18.2

Tolerated without acute toxicity. MRI of the spine in three months.
"""


def _read(text: str):
    r = read_text(text)
    table = next(t for t in r.document.tables if any("T7" in c.text for row in t.rows for c in row))
    return r, table


def test_a_repeated_page_header_between_the_titles_and_the_rows() -> None:
    r, table = _read(TOP + BANNER + ROWS)
    assert [c.text for c in table.header] == ["Level", "Rx (Gy)", "Fractions", "Max dose (Gy)", "Cord Dmax (Gy)"]
    assert sorted((x.name, x.dose_gy) for x in r.facts.lesions) == [("L4 vertebral body", 25.0),
                                                                      ("T7 vertebral body", 30.0)]


def test_a_footer_blank_lines_and_the_header_between_them() -> None:
    text = TOP + "\n" + FOOTER.format(n=1) + "\n\n" + BANNER + ROWS + FOOTER.format(n=2)
    r, table = _read(text)
    assert len(table.header) == 5 and len(table.rows) == 2
    assert sorted(x.dose_gy for x in r.facts.lesions) == [25.0, 30.0]
