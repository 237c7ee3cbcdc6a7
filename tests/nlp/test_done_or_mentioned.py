"""What happened in this document set: a course delivered here, or one only mentioned (an earlier booking that was
called off, an outside course attached for history, a course years ago recalled at a review, a trial's protocol)."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

COMPLETION_VISIT = """NORTHGATE RADIATION ONCOLOGY
Visit: Follow-up visit (end of treatment)
Date: 04/22/2026

Mr. Example comes in today as his course finishes. He had single-fraction radiosurgery for a right cerebellar
metastasis back in 2023. Now a new 1.9 cm left frontal metastasis: he was fitted with a thermoplastic mask,
planning CT and MRI were fused, and the plan prescribes 24 Gy in 3 fractions on the linac. He received fractions
one and two earlier this week and the third fraction was delivered this morning after cone-beam CT.
"""


def test_a_follow_up_visit_titled_end_of_treatment_is_this_course_completion() -> None:
    facts = read_text(COMPLETION_VISIT).facts
    assert facts.course_status.value == "delivered"
    assert facts.fractions.value == 3


EARLIER_BOOKING = """EASTFIELD RADIOSURGERY CENTRE - Procedure report
Patient EXAMPLE, PERSON

History: left trigeminal neuralgia for six years. Radiosurgery was booked for 03/03/2025 and called off
because of a chest infection; no treatment was given then. Now fit for treatment.

Procedure: stereotactic frame applied, stereotactic MRI and CT fused. Target: left trigeminal nerve, 4 mm
collimator, 85 Gy maximum dose at the 100% isodose on the cobalt-60 unit.
Delivered 09/14/2026 in one session without incident. Frame removed.
"""


def test_an_earlier_booking_cancelled_does_not_close_a_course_given_later() -> None:
    facts = read_text(EARLIER_BOOKING).facts
    assert facts.course_status.value == "delivered"
    assert facts.fractions.value == 1


def test_a_cancellation_without_a_later_delivery_still_closes_the_course() -> None:
    text = ("EASTFIELD RADIOSURGERY CENTRE - Procedure note\nPatient EXAMPLE, PERSON\n\n"
            "Frame-based radiosurgery to the left trigeminal nerve, 85 Gy maximum, was planned for 09/14/2026.\n"
            "The procedure was cancelled on 09/14/2026 when the frame could not be applied; no treatment was "
            "given.\n")
    assert read_text(text).facts.course_status.value != "delivered"


INTAKE = """SEAVIEW CANCER CENTER - RADIATION ONCOLOGY NEW PATIENT INTAKE
Date: 10/05/2026

Reason for referral: a new 1.8 cm lesion in liver segment IV on surveillance CT. She had SBRT to a segment VII
metastasis at Harbourside Memorial in 2023 (outside summary attached). No radiation has been given here.
Plan: MRI liver, then discussion at the liver tumor board. Return after the board.
"""

OUTSIDE_SUMMARY = """Radiation Treatment Summary (outside records)
HARBOURSIDE MEMORIAL HOSPITAL - Radiation Oncology
Course: SBRT liver segment VII, 45 Gy in 3 fractions, 05/02/2023 to 05/09/2023
Simulation: 4D CT, vacuum cushion. Status: completed as prescribed.
"""


def test_an_outside_summary_under_a_title_line_is_history_to_an_intake(tmp_path: Path) -> None:
    paths = []
    for name, text in (("1_intake.txt", INTAKE), ("2_outside.txt", OUTSIDE_SUMMARY)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    facts = read_course(paths).facts
    assert facts.course_status.value != "delivered"
    assert not facts.lesions and facts.fractions.value is None


SURVIVORSHIP = """WILLOWMERE ONCOLOGY ASSOCIATES | Radiation Oncology
November 3, 2026
RE: EXAMPLE, PERSON
Dear Dr. Referrer,
I saw Mrs. Example today for her yearly review, now three years after her spine radiosurgery. In 2023 she was
treated for an L2 metastasis: she received 27 Gy in 3 fractions in a vacuum cushion with a planning CT.
Her CT of 10/28/2026 is stable. She needs no further radiation. I will see her again next year.
"""


def test_a_review_letter_years_after_a_course_documents_none() -> None:
    facts = read_text(SURVIVORSHIP).facts
    assert facts.course_status.value == "follow_up"
    assert not facts.lesions


TRIAL = """CLINICAL TRIALS UNIT - STUDY 77-X RANDOMISATION RECORD
Subject: EXAMPLE, PERSON    Screening date: 10/01/2026
Inclusion criteria met. Consent signed 10/01/2026. Randomised 10/02/2026 to the radiosurgery arm.
Arm treatment: single-fraction radiosurgery 20 Gy to each metastasis on a linac, frameless mask.
Simulation not yet scheduled; the radiation oncologist will book it.
"""


def test_a_randomisation_before_simulation_documents_no_course() -> None:
    facts = read_text(TRIAL).facts
    assert facts.course_status.value != "delivered"
    assert not facts.lesions


STOPPED = """RIVERSIDE ONCOLOGY - END OF TREATMENT NOTE
Course: lung SBRT, planned 50 Gy in 5 fractions.
Fraction 1 given 06/02/2026 after cone-beam CT. Admitted 06/03/2026 with pneumonia; course discontinued.
Total delivered: 10 Gy in 1 fraction (of a planned 50 Gy in 5).
"""


def test_a_line_with_the_delivered_and_the_planned_count_gives_each_its_own_role() -> None:
    assert read_text(STOPPED).facts.fractions.value == 1


OUTSIDE_FIRST = """Treatment Completion Summary
LAKEVIEW REGIONAL RADIATION CENTER (outside facility) - received by fax 09/20/2026
Treatment: SBRT on a robotic-arm linac with fiducial tracking, right lung, 48 Gy in 4 fractions.
Dates: 01/10/2025 - 01/17/2025. Completed as planned.
"""

OWN_PLAN = """ASHFORD CANCER INSTITUTE - Radiation Oncology
Spine SBRT Plan Summary
Prior RT: lung SBRT 2025 at an outside facility (attached), out of field.
Simulation 10/02/2026 in a full-body vacuum cushion; MRI of the thoracic spine fused.
Prescription: T9 vertebral body metastasis, 24 Gy in 2 fractions, 6 MV gantry linac.
"""

OWN_LOG = """ASHFORD CANCER INSTITUTE - TREATMENT DELIVERY LOG
Fx 1  10/12/2026  T9  1200 cGy  CBCT
Fx 2  10/14/2026  T9  1200 cGy  CBCT
Course complete: 2400 cGy in 2 fractions to T9.
"""


def test_a_record_that_names_itself_an_outside_facility_s_is_history(tmp_path: Path) -> None:
    paths = []
    for name, text in (("1_outside.txt", OUTSIDE_FIRST), ("2_plan.txt", OWN_PLAN), ("3_log.txt", OWN_LOG)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    facts = read_course(paths).facts
    assert facts.course_status.value == "delivered"
    assert facts.fractions.value == 2
    assert facts.modality.value == "linac"
    assert "fiducials" not in facts.positioning.value


def test_a_place_after_a_bare_count_noun_names_the_lesion_its_dose_follows() -> None:
    """"both lesions treated in one session - left parietal 18 Gy, right occipital 20 Gy": "lesions" names no lesion;
    the place right before each dose does."""
    text = ("OAKDALE RADIOSURGERY - PROCEDURE NOTE 05/05/2026\n"
            "Stereotactic frame applied; stereotactic MRI and CT fused; plan approved. Treatment delivered on the "
            "cobalt-60 unit.\n"
            "Summary: both lesions treated in one session - left parietal 18 Gy, right occipital 20 Gy.\n")
    lesions = read_text(text).facts.lesions
    assert sorted((les.name, les.dose_gy) for les in lesions) == [("left parietal", 18.0), ("right occipital", 20.0)]


def test_a_vacuum_cushion_named_with_the_part_it_holds_is_body_immobilization() -> None:
    text = ("HILLTOP CENTER  COURSE REPORT\n Treatment unit ..... 1.5 T MR-linac\n"
            "  Rx 1  PROSTATE_SBRT    3625 cGy / 5 fx    status: COMPLETED\n SIMULATION\n"
            "  Immobilization ..... vacuum knee and foot cushion\n  CT sim ............. 10/02/2026, 1.5 mm\n")
    assert read_text(text).facts.positioning.value == ["body_immobilization"]


LUNG_TRACKED_ON_SPINE = """SUMMIT ROBOTIC RADIOSURGERY - SBRT Course Summary
Diagnosis: right upper lobe NSCLC, medically inoperable.
Simulation 09/01/2026: 4D CT in a vacuum cushion. Robotic-arm linac, 54 Gy in 3 fractions to the right upper lobe tumor.

Fx\tDate\tTracking\tDose (Gy)
1\t09/08/2026\tSpine, kV pairs\t18
2\t09/10/2026\tSpine, kV pairs\t18
3\t09/12/2026\tSpine, kV pairs\t18

Completed 09/12/2026: 54 Gy in 3 fractions to the right upper lobe tumor.
"""


def test_a_tracking_column_s_place_word_is_no_lesion_site() -> None:
    reading = read_text(LUNG_TRACKED_ON_SPINE)
    assert [(les.site) for les in reading.facts.lesions] == ["body"]
    assert not [f for f in reading.review if f.fact == "sites"]
