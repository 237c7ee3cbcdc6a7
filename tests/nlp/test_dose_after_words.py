"""The role of a dose from the words right after it: a dose the chart writes "(for reference; not the
prescription)" is no dose of this course, and "130 Gy maximum dose" (above the course's dose range) is a functional
target's maximum, its prescription when the chart writes no other dose of the course (beside an organ's Dmax, the
maximum its line writes as the prescription). A maximum written with its own number after the dose ("20 Gy, max
25 Gy") leaves the dose before it a prescription."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text
from srscheck.nlp.quantities import after_role
from srscheck.nlp.vocab import load_vocabulary

THALAMOTOMY = """Functional radiosurgery record - thalamotomy for essential tremor
Unit: multi-source cobalt-60 unit, 4 mm collimator, 1 shot; planned in the planning system on the frame MRI and CT.
Target: left ventral intermediate nucleus (VIM).
Prescription: 130 Gy maximum dose (100% isodose), single session.
50% isodose: 65 Gy (for reference; not the prescription).
Internal capsule Dmax 14 Gy. Delivered in one session under the head frame.
"""


def test_a_maximum_written_after_the_dose_and_a_reference_dose() -> None:
    reading = read_text(THALAMOTOMY)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(130.0, 1)]


@pytest.mark.parametrize("line,role", [
    ("65 Gy (for reference; not the prescription)", "reference"),
    ("65 Gy (not prescribed)", "reference"),
    ("Rx 20 Gy (80% isodose)", None),
    ("130 Gy maximum dose (100% isodose)", None),  # a maximum after its dose: for maximum_prescribed only
])
def test_the_words_after_a_dose(line: str, role: str | None) -> None:
    assert after_role(line, line.index(" Gy") + 3) == role


@pytest.mark.parametrize("line,maximum", [
    ("130 Gy maximum dose (100% isodose)", True),
    ("Left VIM: 130 Gy maximum, 1 fraction.", True),
    ("12 Gy at 50%, 24 Gy max", True),
    ("Rx 20 Gy, max 25 Gy", False),
    ("Rx 20 Gy max 25 Gy", False),
])
def test_a_maximum_written_after_its_dose(line: str, maximum: bool) -> None:
    at = line.index(" Gy", line.index("24") if "24 Gy" in line else 0) + 3
    assert bool(load_vocabulary().patterns["maximum_after"].match(line, at)) is maximum


def test_a_prescription_with_a_maximum_of_its_own_number_keeps_its_dose() -> None:
    reading = read_text("Right frontal metastasis, 1.2 cm: Rx 20 Gy, max 25 Gy, 1 fraction on the TrueBeam.")
    assert [les.dose_gy for les in reading.facts.lesions] == [20.0]
