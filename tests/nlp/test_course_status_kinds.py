"""What happened in this course, by the kind of document: a plan closed with nothing given whatever its plan
quantities say, an appeal to a payer, a charge sheet, a diagnostic report that recommends treatment, a follow-up
visit that also reports a course finished days before, and a course held and then completed."""

from __future__ import annotations

from srscheck.nlp import read_text

from srscheck.core.model import status_kind

CLOSED_PREPLAN = """NORTHFIELD RADIOSURGERY
Linac SRS Provisional Plan
Planned date      03/10/2026, one session, open-face mask
Target            left occipital metastasis, 21 Gy to the 80% line
Expected beam-on time 14 minutes.
Note 03/10/2026: the session was called off after the patient was admitted with sepsis; no treatment was given.
"""


def test_a_plan_closed_with_nothing_given_is_not_delivered_whatever_its_beam_on_estimate() -> None:
    """A plan's beam-on time, like a bare "Delivered" column, is no statement that treatment took place when
    the same document says none was given."""
    reading = read_text(CLOSED_PREPLAN)
    assert reading.facts.course_status.value == "planned"
    assert status_kind(reading.facts.course_status) == "not_delivered"
    assert not reading.facts.lesions and reading.facts.modality.value is None
    given = read_text(CLOSED_PREPLAN.replace("; no treatment was given", "") +
                      "Beam-on 03/12/2026: 21 Gy was delivered in one session.\n")
    assert given.facts.course_status.value == "delivered"


CANCELLED_STATUS = """HARBOURSIDE RADIOSURGERY - PLAN PRINTOUT
Unit                  Leksell Gamma Knife Icon
Fixation (planned)    thermoplastic mask
Plan approved         05/04/2026
Course status         CANCELLED - 0 of 1 fractions delivered

Target        Vol (cc)   Rx (Gy)   Iso %   Max (Gy)
Met_Rpar      0.52       20.0      50      40.0
Met_Locc      0.30       18.0      50      36.0

05/06/2026 - Patient admitted overnight with a bowel obstruction; treatment not started.
"""


def test_a_status_that_cancels_the_course_with_none_of_its_fractions_given_closes_it_undelivered() -> None:
    """"CANCELLED - 0 of 1 fractions delivered" is no course still waiting for its first fraction (a bare
    "Fractions delivered: 0" is): the course was closed with nothing given, and its plan's targets, unit and
    mask are no delivered course's facts. So is a plan "retired without delivery"."""
    reading = read_text(CANCELLED_STATUS)
    assert reading.facts.course_status.value == "planned"
    assert status_kind(reading.facts.course_status) == "not_delivered"
    assert not reading.facts.lesions and reading.facts.modality.value is None
    assert reading.facts.positioning.value == []
    retired = read_text(CANCELLED_STATUS.replace("CANCELLED - 0 of 1 fractions delivered", "approved")
                        + "05/07/2026 - Plan retired without delivery. Dr A. Example.\n")
    assert status_kind(retired.facts.course_status) == "not_delivered"
    waiting = read_text(CANCELLED_STATUS.replace("CANCELLED - 0 of 1", "0 of 1").replace(
        "treatment not started", "treatment rebooked for 05/08/2026"))
    assert status_kind(waiting.facts.course_status) == "planned"


APPEAL = """OAKRIDGE CANCER PHYSICIANS
Department of Radiation Oncology

February 2, 2026

Member Appeals Unit
Harborline Health Plan

RE: Second-level appeal of adverse determination HHP-7731
Patient: EXAMPLE, PERSON    Member ID: X-55

Dear reviewer,

I ask you to reconsider the denial of SBRT for a right lung nodule. She was treated with carboplatin in 2025.
Our plan is 50 Gy in 5 fractions on the TrueBeam with 4DCT simulation and daily cone-beam CT.
We will begin once you approve it.
"""


def test_an_appeal_to_a_payer_is_a_request_that_documents_no_course() -> None:
    reading = read_text(APPEAL)
    assert reading.facts.course_status.value == "recommended"
    assert status_kind(reading.facts.course_status) == "request"
    assert reading.facts.fractions.value is None and not reading.facts.lesions


CHARGES = """WESTBROOK ONCOLOGY - PATIENT FINANCIAL SERVICES
Itemized Charges
Patient      EXAMPLE, PERSON
DOS          Code     Description                              Units
04/02/2026   77290    Simulation, complex                      1
04/09/2026   61800    Stereotactic headframe application       1
04/09/2026   77372    SRS treatment delivery, linac, 1 lesion   1
Claim status: submitted.
"""


def test_a_charge_sheet_documents_no_treatment() -> None:
    """Charges are what was billed, not a record that it was done: no course facts, and the coder is told so."""
    reading = read_text(CHARGES)
    assert status_kind(reading.facts.course_status) == "billing"
    assert reading.facts.course_status.value != "delivered"
    assert reading.facts.modality.value is None and reading.facts.positioning.value == []
    assert not reading.facts.lesions
    assert any("charges" in w.lower() or "billing" in w.lower() for w in reading.warnings)


IMAGING_REPORT = """LAKESIDE DIAGNOSTIC IMAGING
CT Chest With Contrast - Final Report
Exam date: 05/04/2026
Findings: a 1.6 cm spiculated nodule in the left upper lobe, no adenopathy.
Impression: suspicious for primary lung cancer. Consider biopsy, or stereotactic body radiotherapy if the patient
is not a surgical candidate.
"""


def test_a_diagnostic_report_that_recommends_treatment_documents_no_course() -> None:
    reading = read_text(IMAGING_REPORT)
    assert status_kind(reading.facts.course_status) == "report"
    assert reading.facts.course_status.value == "recommended"
    assert not reading.facts.lesions and reading.facts.imaging.value == []


FOLLOW_UP = """RIVERTON RADIATION ONCOLOGY
Follow-Up Visit
Visit date: 09/30/2026
REASON: review 8 months after Gamma Knife radiosurgery, and after the adrenal SBRT.

HISTORY OF RADIATION:
- 01/12/2026 Gamma Knife radiosurgery to a left parietal metastasis, 18 Gy, with a Leksell frame.

INTERVAL HISTORY:
Since his last visit he completed SBRT to a right adrenal metastasis. He received 30 Gy in 3 fractions on
09/22, 09/24 and 09/26/2026 on the TrueBeam with a vacuum cushion and daily cone-beam CT.

Brain: MRI brain 09/21/2026 shows the treated parietal lesion smaller, nothing new.

PLAN: MRI brain in 3 months.
"""


def test_a_follow_up_visit_that_reports_a_course_finished_days_before_documents_that_course() -> None:
    """A follow-up of an earlier course and the delivery of a new one can be in one note: a course the note
    says was given within days of the visit is this course; one given months before stays the earlier one's."""
    reading = read_text(FOLLOW_UP)
    assert reading.facts.course_status.value == "delivered"
    assert reading.facts.fractions.value == 3
    # the rest of the note follows up the earlier course: its unit and its surveillance MRI are not this course's
    assert reading.facts.modality.value == "linac" and "MRI" not in reading.facts.imaging.value
    assert reading.facts.sites.value == ["body"] and not reading.review
    old = read_text(FOLLOW_UP.replace("09/22, 09/24 and 09/26/2026", "03/02, 03/04 and 03/06/2026"))
    assert old.facts.course_status.value == "follow_up"


RESUMED = """=== Treatment note 06/01/2026 ===
Fraction 1 of 5, 7 Gy. Tolerated.
=== Treatment note 06/02/2026 ===
Fraction 2 of 5, 7 Gy.
=== Progress note 06/04/2026 ===
Admitted with a bowel obstruction. Treatment on hold after 2 of 5 fractions; we will resume when she is well.
=== Treatment note 06/15/2026 ===
Fraction 3 of 5, 7 Gy.
=== Treatment note 06/16/2026 ===
Fraction 4 of 5, 7 Gy.
=== Treatment note 06/17/2026 ===
Fraction 5 of 5, 7 Gy. Course complete: 35 Gy in 5 fractions to the pancreatic head.
"""


def test_a_course_held_and_then_completed_is_not_interrupted() -> None:
    """A course paused after some fractions and later resumed to its last fraction was given whole: the pause
    is no interruption (no flag), and the count is the plan's."""
    reading = read_text(RESUMED)
    assert reading.facts.fractions.value == 5
    assert not any(getattr(f, "kind", "") == "interrupted_course" for f in reading.review)
    stopped = read_text(RESUMED.split("=== Treatment note 06/15/2026")[0])
    assert stopped.facts.fractions.value == 2
