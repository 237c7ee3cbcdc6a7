"""Mechanisms found on corpus 81 (an ordinary fortnight's in-tray), each on a chart written here:

- a beam's energy between a number and a target noun ("6 MV FFF target PTV_1") gives the number another role: no
  count of the course's lesions;
- a 4D planning CT written with its qualifier after the modality ("CT4D 10-phase") is the planning CT;
- a status note that says, without its verb, that the treatment was cancelled ("Treatment cancelled.") beside
  "0 of 5 fractions delivered" closes the course undelivered: its plan documents no course given.
"""

from __future__ import annotations

from srscheck.nlp import read_text

TWO_PLANS = """COURSE SUMMARY EXPORT
course_status: completed
sim_type: CT simulation 2 mm, vacuum cushion (full body), arms up
plan_1: ADR_SBRT  VMAT 2 arcs  6 MV FFF  target PTV_ADR_R
plan_2: BONE_SBRT  VMAT 2 arcs  10 MV FFF  target PTV_ILIAC_L
rx_1: PTV_ADR_R 4000 cGy / 5 fx (800 cGy/fx)
rx_2: PTV_ILIAC_L 3500 cGy / 5 fx (700 cGy/fx)
igrt: CBCT before each fraction
fractions_delivered: 5 of 5
delivered_1: PTV_ADR_R 4000 cGy in 5 fx (complete)
delivered_2: PTV_ILIAC_L 3500 cGy in 5 fx (complete)
"""


def test_beam_energy_before_target_is_no_count() -> None:
    reading = read_text(TWO_PLANS)
    assert reading.facts.lesion_count.value == 2
    assert not [f for f in reading.review if f.fact == "lesion_count"]


CT4D_RECORD = """LUNG SBRT TREATMENT RECORD
Simulation: 2026-02-17 CT4D 10-phase 2.0 mm, vacuum cushion, arms up
Prescription: PTV_RLL 5400 cGy in 3 fx (1800 cGy/fx). Delivered 3 of 3 fractions, CBCT before each.
"""


def test_ct_with_4d_after_it_is_planning_ct() -> None:
    assert read_text(CT4D_RECORD).facts.imaging.value == ["CT"]


CANCELLED = """Plan Approval Report
Simulation 02/20/2026 4DCT, vacuum cushion, arms up
Prescription PTV_LUL 50 Gy in 5 fractions (10 Gy/fx), every other day
Technique VMAT 2 arcs, 6 MV FFF, CBCT before each fraction planned
Physician approval 02/27/2026

Course Status
Fractions delivered 0 of 5
Dose delivered 0 cGy
Reason: patient admitted 03/02/2026 with pneumonia.
Treatment cancelled. A new simulation and plan will be required if he recovers.
"""


def test_telegraphic_cancellation_closes_course_undelivered() -> None:
    facts = read_text(CANCELLED).facts
    assert facts.course_status.value == "planned"
    assert any(e.rule == "course_status:not_delivered" for e in facts.course_status.evidence)
    assert facts.modality.value is None and facts.fractions.value is None


PLAN_OTHER_CANCELLED = """Plan Approval Report
Simulation 02/20/2026 4DCT, vacuum cushion, arms up
Prescription PTV_LUL 50 Gy in 5 fractions (10 Gy/fx), every other day
Technique VMAT 2 arcs, 6 MV FFF, CBCT before each fraction planned
Physician approval 02/27/2026
Medical oncology: his chemotherapy treatment cancelled.
"""


def test_another_treatment_cancelled_leaves_the_plan() -> None:
    facts = read_text(PLAN_OTHER_CANCELLED).facts
    assert not any(e.rule == "course_status:not_delivered" for e in facts.course_status.evidence)
    assert facts.fractions.value == 5
