"""Mechanisms found on corpus 77 (other clinics' system printouts and exports, released for tuning), each on a
chart written here:

- a row of an appointment list or treatment log that names a session ("SRS fraction 1 of 1") and marks it as not
  given ("CANCELLED") is no statement that treatment was given, and a course status line naming its course
  ("Course C1 status: CLOSED 06/21/2027 - not treated") says the course was closed undelivered: an approved plan
  followed by such a history documents a plan never delivered.
"""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN_THEN_CANCELLED = """RIVERBEND ONCOLOGY - Radiation Oncology
PATIENT, EXAMPLE   MRN X-77

SRS Plan Report - BRAIN_2MET (status: PlanningApproved)
Unit                       6 MV FFF gantry linac
Immobilization             Thermoplastic SRS mask
Images                     CT simulation 06/08/2027 1 mm; MRI 06/07/2027 fused

Target   Location          Rx (Gy)   Fx   IDL (%)   Dmax (Gy)

PTV1     Right frontal     20        1    80        25.0

PTV2     Left parietal     18        1    80        22.5

Plan approved 06/14/2027.

Treatment History - Course C1 BRAIN SRS

Appointment              Date          Status       Reason

SRS fraction 1 of 1      06/16/2027    CANCELLED    Patient admitted

Course C1 status: CLOSED 06/21/2027 - not treated (0 of 1 fractions). Plan retired.
"""


def test_a_plan_whose_only_session_was_cancelled_was_never_delivered() -> None:
    facts = read_text(PLAN_THEN_CANCELLED).facts
    assert facts.course_status.value == "planned"
    assert any(e.rule == "course_status:not_delivered" for e in facts.course_status.evidence)
    assert facts.lesions == () or not facts.lesions
    assert facts.fractions.value is None


def test_a_delivered_session_beside_a_cancelled_one_still_counts() -> None:
    text = PLAN_THEN_CANCELLED.replace(
        "SRS fraction 1 of 1      06/16/2027    CANCELLED    Patient admitted",
        "SRS fraction 1 of 1      06/16/2027    CANCELLED    Patient admitted\n\n"
        "SRS fraction 1 of 1      06/23/2027    Treated      -").replace(
        "Course C1 status: CLOSED 06/21/2027 - not treated (0 of 1 fractions). Plan retired.",
        "Course C1 status: completed 06/23/2027.")
    assert read_text(text).facts.course_status.value == "delivered"
