"""General text about treatment is no record of this patient's course: a leaflet for patients, a literature review
prepared for a tumour board and a clinical trial's screening name doses, fractions, frames and scans in general
(usual, cited or proposed), never as given to this patient. A true course that cites the literature, or says the
patient may feel tired, keeps its facts."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

from srscheck.core.model import status_kind

LEAFLET = """WESTMERE ONCOLOGY - INFORMATION FOR PATIENTS
Radiosurgery for brain tumours
Prepared for: EXAMPLE, PERSON (MRN X-1)   Date: 03/02/2026

What happens at radiosurgery?
Many narrow beams of radiation meet at the tumour. Your team will decide the dose with you. Most patients with
small brain metastases receive 18 to 22 Gy in one treatment; larger tumours are often treated in 3 or 5 sessions,
for example 27 Gy in 3 fractions.

Getting ready
You will have an MRI scan with contrast and a planning CT. A thermoplastic mask is usually made for you; some
centres fix a stereotactic head frame to the skull instead.

Side effects
You may feel tired for a few days.
"""


def test_a_leaflet_for_patients_documents_no_course() -> None:
    reading = read_text(LEAFLET)
    status = reading.facts.course_status
    assert status.value == "recommended"
    assert status_kind(status) == "general"
    assert any("general text" in w for w in reading.warnings)
    facts = reading.facts
    assert not facts.lesions and facts.fractions.value is None and facts.sites.value == []
    assert facts.positioning.value == [] and facts.imaging.value == []


def test_a_genre_title_alone_is_not_enough() -> None:
    """Without a second mark of the genre (generic subjects, usual or cited mood, its own word for what it is),
    a title is no proof: a plan printed under an "information for patients" banner is still a plan."""
    plan = """WESTMERE ONCOLOGY - INFORMATION FOR PATIENTS
SRS Treatment Plan
Target: left frontal metastasis, 20 Gy in 1 fraction to the 80% isodose line
Immobilization: thermoplastic mask. Imaging: MRI T1 post-contrast fused to planning CT.
"""
    reading = read_text(plan)
    assert reading.facts.course_status.value == "delivered"
    assert reading.facts.fractions.value == 1


REVIEW = """RADIATION ONCOLOGY - RESIDENT NOTE
PATIENT: EXAMPLE, PERSON   MRN: X-2   DATE: 04/07/2026
REASON: Evidence summary for the 3.2 cm left cerebellar metastasis before the conference.

Single-fraction radiosurgery of 15 Gy is typically used for lesions of 3-4 cm [1]. Fractionated schedules such as
24 Gy in 3 fractions and 30 Gy in 5 fractions have been compared in retrospective series [2-4], with local control
of 85-90% at one year [3]. Hypofractionation is commonly preferred for lesions next to the brainstem [5].

Prepared for discussion only; not a treatment plan.
"""


def test_a_literature_review_for_a_tumour_board_documents_no_course() -> None:
    reading = read_text(REVIEW)
    assert status_kind(reading.facts.course_status) == "general"
    assert reading.facts.fractions.value is None and not reading.facts.lesions
    assert not reading.review  # the schedules it compares are no contradiction of a course


SCREENING = """NORTHGATE CLINICAL TRIALS UNIT
TRIAL ELIGIBILITY SUMMARY
Protocol OLIGO-9: SABR for oligometastases (randomized phase II)
Patient: EXAMPLE, PERSON   MRN: X-3   Screening date: 05/11/2026
Lesion: right adrenal, 2.1 cm. Proposed dose if randomized to SABR: 40 Gy in 5 fractions.
Criterion 1-3 metastases: NO (five lesions on PET/CT).
Outcome: NOT ELIGIBLE. Not randomized; referred back to the treating oncologist.
"""


def test_a_trial_screening_that_finds_the_patient_not_eligible_documents_no_course() -> None:
    reading = read_text(SCREENING)
    assert status_kind(reading.facts.course_status) == "general"
    assert reading.facts.fractions.value is None and reading.facts.sites.value == []


def test_a_screening_followed_by_treatment_is_a_delivered_course() -> None:
    given = SCREENING.replace("Outcome: NOT ELIGIBLE. Not randomized; referred back to the treating oncologist.",
                              "Outcome: eligible, randomized to the SABR arm.") + \
        "Treatment record: 40 Gy in 5 fractions to the right adrenal was delivered 06/01-06/09/2026.\n"
    reading = read_text(given)
    assert reading.facts.course_status.value == "delivered"
    assert reading.facts.fractions.value == 5


CASE_REPORT = """Radiosurgery of a brainstem metastasis: a case report
A. Author, B. Author

A 61-year-old woman with a 1.1 cm pontine metastasis was treated with single-fraction radiosurgery: 15 Gy was
delivered to the 50% isodose line under a stereotactic head frame, planned on a contrast MRI fused to CT.
Brainstem metastases are usually treated with 12-16 Gy [1,2]; studies of fractionated schedules such as 24 Gy in
3 fractions report similar control [3]. The patient may experience fatigue; she was seen at 3 months.
"""


def test_a_case_report_that_cites_the_literature_keeps_its_course() -> None:
    reading = read_text(CASE_REPORT)
    assert reading.facts.course_status.value == "delivered"
    assert not reading.warnings or not any("general text" in w for w in reading.warnings)
    assert 15.0 in [les.dose_gy for les in reading.facts.lesions]


RECORD = """LINAC SRS TREATMENT RECORD
Patient: EXAMPLE, PERSON   MRN X-1
Target: right parietal metastasis, 1.4 cm. Prescription 20 Gy in 1 fraction to the 80% isodose line.
Immobilization: thermoplastic mask. Planning MRI fused to CT simulation.
03/09/2026: fraction 1 of 1 delivered, cone-beam CT before treatment.
"""


def test_a_leaflet_beside_the_course_record_adds_nothing_to_the_course(tmp_path: Path) -> None:
    """In a bundle the leaflet's head frame, its usual doses and its 3- or 5-session schedules are nobody's course:
    no frame beside the record's mask, no second dose or count to review."""
    paths = [tmp_path / "1_record.txt", tmp_path / "2_leaflet.txt"]
    for p, text in zip(paths, (RECORD, LEAFLET)):
        p.write_text(text, encoding="utf-8")
    reading = read_course(paths)
    facts = reading.facts
    assert facts.course_status.value == "delivered"
    assert facts.positioning.value == ["mask"]
    assert facts.fractions.value == 1
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(20.0, 1)]
    assert not reading.review
