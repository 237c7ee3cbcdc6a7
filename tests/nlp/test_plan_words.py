"""Plan evidence in words the plan categories read: an AVM's nidus volume is a contoured target's volume, and
an adaptive record's daily re-optimised plan is a computed plan."""

from __future__ import annotations

from srscheck.nlp import read_text


def _labels(text: str) -> set[str]:
    return {m.label for m in read_text(text).mentions if m.affirmed}


def test_an_avms_nidus_volume_is_a_target_volume() -> None:
    assert "TARGET_VOLUME" in _labels("Right parietal AVM. Nidus volume 5.8 cc; 18 Gy in one fraction, CyberKnife.\n")


def test_a_daily_reoptimised_plan_is_a_computed_plan() -> None:
    got = _labels("Daily: on-table MRI, re-contour, re-optimise; cine gating. 8 Gy x 5 on a MRIdian.\n")
    assert "PLANNING_SYSTEM" in got
