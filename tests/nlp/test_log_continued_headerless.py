"""A per-fraction log that runs over a page break and goes on WITHOUT its header row (the next page gives its
rows only, under the footer and banner): one log, its fractions those of both pages, not the first page's
alone."""

from __future__ import annotations

from srscheck.nlp import get_reader
from srscheck.nlp.reader import document_from_text

LOG = """SBRT TREATMENT RECORD
Vacuum cushion; 4D CT; CBCT before each fraction on the gantry linac.
Prescription  40 Gy in 5 fractions to the right adrenal PTV.

Fx   Date         Couch shift (mm)   Imaging   Dose (Gy)
1    03/02/2026   1.1                CBCT      8
2    03/03/2026   0.8                CBCT      8

SYNTHETIC FOOTER - page 1
\fSBRT TREATMENT RECORD (continued)
3    03/04/2026   0.9                CBCT      8
4    03/05/2026   1.0                CBCT      8
5    03/06/2026   0.7                CBCT      8

Course summary: fractions delivered 3 of 5 per the reprinted summary box.
"""


def _facts(text: str):
    return get_reader().read_document(document_from_text(text)).facts


def test_a_log_continued_without_its_header_counts_the_rows_of_both_pages() -> None:
    facts = _facts(LOG)
    assert facts.fractions.value == 5
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(40.0, 5)]


def test_a_table_of_other_columns_on_the_next_page_does_not_continue_the_log() -> None:
    other = LOG.replace("3    03/04/2026   0.9                CBCT      8\n"
                        "4    03/05/2026   1.0                CBCT      8\n"
                        "5    03/06/2026   0.7                CBCT      8\n",
                        "3    03/04/2026   CBCT\n4    03/05/2026   CBCT\n")
    assert _facts(other).fractions.value != 4
