"""A device's word that is a planning system's product name ("BEACON TPS 9") names the software, not Calypso
beacons: no fiducials are read from it. The same word as a device ("Calypso beacons tracked") still is one."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = """LUNG SBRT PRESCRIPTION
Prescription 50 Gy in 5 fractions to PTV_RUL, every other day.
Technique 2 partial VMAT arcs, 6 MV FFF gantry linac, BEACON TPS 9
Supine, arms above the head on a wing board inside a vacuum bag. CBCT before each fraction.
All five fractions were delivered 03/02-03/10/2026.
"""


def test_a_planning_systems_name_is_no_device() -> None:
    f = read_text(PLAN).facts
    assert "fiducials" not in (f.positioning.value or [])
    assert "body_immobilization" in f.positioning.value


def test_a_device_word_beside_no_planning_system_is_still_a_device() -> None:
    text = PLAN.replace("BEACON TPS 9", "Eclipse TPS 16. Three Calypso beacons implanted and tracked")
    assert "fiducials" in read_text(text).facts.positioning.value
