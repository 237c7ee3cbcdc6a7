"""A table flattened to one cell per line, as a patient portal's page prints or pastes as text: the column titles
one a line, then each row's cells one a line. It is read as a table, and a printed page's furniture that falls in
the middle of it (the footer with "Page 1 of 2", the portal's banner, repeated on every page) is no cell. A list of
short lines that does not come in whole, like rows is no table."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.reader import document_from_text

BANNER = "NORTHWIND PATIENT PORTAL   Home | Inbox | Appointments | Sign out"
FOOTER = "Printed 02/11/2026 9:40 AM from Northwind Patient Portal                Page {n} of 2"

CHART = f"""{BANNER}
Visit Documents
Radiation Oncology - Treatment Summary

Treatment Course:
Stereotactic radiosurgery, single fraction, 02/09/2026
Treatment Machine:
gantry linac with 2.5 mm MLC
Immobilization:
thermoplastic SRS mask
Planning imaging:
CT simulation fused with MRI brain with contrast

Targets Treated
Target
Location
Size
Dose
Fractions
PTV_A
Left frontal
1.2 cm
20 Gy
1
PTV_B
Pons (brainstem)

{FOOTER.format(n=1)}
{BANNER}

0.7 cm
14 Gy
1
PTV_C
Right cerebellar
0.9 cm
18 Gy
1

Image Guidance:
Cone-beam CT before treatment.
{FOOTER.format(n=2)}
"""


def test_a_stacked_table_is_read_as_rows() -> None:
    doc = document_from_text(CHART)
    (table,) = [t for t in doc.tables if t.header and t.header[0].text == "Target"]
    assert [c.text for c in table.header] == ["Target", "Location", "Size", "Dose", "Fractions"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["PTV_A", "Left frontal", "1.2 cm", "20 Gy", "1"],
        ["PTV_B", "Pons (brainstem)", "0.7 cm", "14 Gy", "1"],
        ["PTV_C", "Right cerebellar", "0.9 cm", "18 Gy", "1"],
    ]


def test_the_lesions_of_a_stacked_table_across_a_page_footer() -> None:
    facts = read_text(CHART).facts
    assert facts.lesion_count.value == 3
    assert sorted((les.dose_gy, les.complexity) for les in facts.lesions) == [
        (14.0, "complex"), (18.0, "simple"), (20.0, "simple")]


def test_short_lines_that_are_no_rows_stay_text() -> None:
    text = ("Plan\nMedications\nAllergies\nFollow-up\nDexamethasone 4 mg\nNone known\nMRI in 8 weeks\n"
            "Levetiracetam 500 mg\n")
    assert not document_from_text(text).tables
