"""A regimen written once for every lesion of the course (a fax cover's subject line naming both targets with one
dose) that is none of the lesions' doses: the chart contradicts itself, and a review flag says so; the plan's and
the record's doses are kept."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

CHART = """FAX COVER SHEET
To: Claims review
Subject: TESTCASE, DORA, X-4 - spine SBRT T9 and L3, 20 Gy x 3 fx, completed 09/18/2026

SPINE SBRT - PLAN AND PRESCRIPTION
Unit: 6 MV gantry linac
Immobilization: vacuum cushion
Imaging: CT simulation 09/01/2026; MRI total spine 08/30/2026, fused
Planning: 9 VMAT arcs per plan, two isocentres

Target\tDescription\tRx
PTV_T9\tT9 body and right pedicle\t27 Gy / 3 fx
PTV_L3\tL3 body, separate plan\t27 Gy / 3 fx

TREATMENT RECORD
Fraction 1 09/14/2026: PTV_T9 9 Gy, PTV_L3 9 Gy, CBCT matched
Fraction 2 09/16/2026: PTV_T9 9 Gy, PTV_L3 9 Gy, CBCT matched
Fraction 3 09/18/2026: PTV_T9 9 Gy, PTV_L3 9 Gy, CBCT matched
Course complete: T9 27 Gy in 3 fractions and L3 27 Gy in 3 fractions.
"""


def test_a_regimen_said_of_every_lesion_and_none_of_theirs_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "chart.txt"
    path.write_text(CHART, encoding="utf-8")
    reading = read_course([path])
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [27.0, 27.0]
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "27 Gy" in flags[0].message
