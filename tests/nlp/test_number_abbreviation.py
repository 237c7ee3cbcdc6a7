""""No." abbreviates number (a plan table's first column title, "No.  Location  Rx (Gy)  IDL  Shots"): it negates
nothing after it, so the table's isodose and shots columns are the plan's parameters; "no CT" still negates."""

from __future__ import annotations

from srscheck.nlp import read_text

NOTE = """RADIOSURGERY PROCEDURE NOTE
Single-session cobalt radiosurgery to two metastases with a thermoplastic mask, planning MRI 1 mm; no CT was done.

TABLE (as printed from the planning station)
  No.  Location            Diam (mm)  Rx (Gy)  IDL   Shots
  1    R frontal           8          20       50%   3
  2    L cerebellar        12         18       50%   5
Brainstem D0.1cc 9.6 Gy.
"""


def _said(r, label: str, word: str) -> list[bool]:
    text = r.document.text
    return [m.affirmed for m in r.mentions if m.label == label and text[m.evidence.start:m.evidence.end] == word]


def test_no_dot_is_a_number_not_a_negation() -> None:
    r = read_text(NOTE, "note.txt")
    assert _said(r, "PLAN_PARAMETER", "Shots") == [True]
    assert _said(r, "PLAN_PARAMETER", "IDL") == [True]
    assert "CT" not in r.facts.imaging.value  # "no CT was done" still negates
