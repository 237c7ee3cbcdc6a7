"""Claimed units against the units the chart supports (77373 per fraction, lesion add-ons per lesion)."""

from __future__ import annotations

import pytest

from srscheck.api import analyze, check_reading


@pytest.fixture(scope="module")
def spine(samples_dir):
    """s07: linac, three spinal lesions, 5 fractions."""
    return analyze(samples_dir / "s07_spine_three_levels.pdf").reading


def by_code(result):
    return {c.code: c for c in result.codes}


def test_units_as_supported_are_consistent(spine):
    r = by_code(check_reading(spine, "77373x5, 77435, 63620, 63621x2"))
    assert (r["77373"].claimed_units, r["77373"].supported_units) == (5, 5)
    assert (r["63621"].claimed_units, r["63621"].supported_units) == (2, 2)
    assert r["77435"].supported_units == 1 and r["77435"].claimed_units is None
    assert all(c.consistent for c in r.values()), [c.problems for c in r.values()]


def test_shortfall_and_surplus_are_findings(spine):
    r = by_code(check_reading(spine, "77373 x 3; 63621 x3"))
    short, extra = r["77373"], r["63621"]
    assert not short.consistent and short.verdict == "contradicted"
    assert short.problems[-1] == ("77373 is claimed for 3 units, fewer than the 5 the chart supports "
                                  "(one per fraction, 5 fractions documented, at most 5 per course).")
    assert not extra.consistent
    assert "more than the 2 the chart supports (one per additional spinal lesion)" in extra.problems[-1]


def test_units_not_stated_are_not_compared(spine):
    r = by_code(check_reading(spine, "77373, 63621"))
    assert r["77373"].consistent and r["77373"].claimed_units is None and r["77373"].supported_units == 5


def test_g0340_counts_sessions_after_the_first(samples_dir):
    reading = analyze(samples_dir / "s09_liver_fiducials_ck.pdf").reading  # CyberKnife, 3 fractions
    r = by_code(check_reading(reading, "G0339, G0340x3"))
    assert r["G0340"].supported_units == 2
    assert "more than the 2 the chart supports (one per session from session 2 on" in r["G0340"].problems[-1]


def test_json_keeps_what_was_typed(spine):
    d = check_reading(spine, "77373 x 5, 77435-26").to_dict()
    codes = {c["code"]: c for c in d["codes"]}
    assert codes["77373"]["claimed_as"] == "77373 x 5" and codes["77373"]["claimed_units"] == 5
    assert codes["77435"]["modifiers"] == ["26"] and codes["77435"]["supported_units"] == 1
    assert d["claimed_codes"] == ["77373", "77435"]


def test_a_contradicted_code_supports_no_unit(samples_dir):
    reading = analyze(samples_dir / "s01_gk_frame_four_mets.pdf").reading  # Gamma Knife, one session
    r = by_code(check_reading(reading, "77372, 77373x1"))
    assert r["77372"].supported_units == 0 and r["77373"].supported_units == 0
    assert not any("units" in p for p in r["77373"].problems)
