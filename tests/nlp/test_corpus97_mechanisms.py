"""Mechanisms found on corpora 97 (a stereotactic chart's words used in other senses) and 96 (the role of every
number), each on a chart written here:

- an operation's or a procedure's own report that names no radiation treatment anywhere (a deep brain stimulation
  lead, a stereotactic biopsy) is another service's procedure: it documents no course, whatever frame, targets and
  imaging it used; a radiosurgery operative note names its treatment and stays the course's record;
- a machine QA report that says it holds no patient's data, and a pre-bill worksheet, document no course;
- a "<centre> - FOLLOW UP CLINIC" note is a follow-up visit of an earlier course.
"""

from __future__ import annotations

from srscheck.nlp import read_text

DBS_NOTE = """NORTHGATE NEUROSURGERY - FUNCTIONAL SERVICE
Operative Report
Date of surgery 02/10/2026
Procedure Bilateral globus pallidus deep brain stimulation lead placement, frame-based
Description
The stereotactic head frame was applied under local anesthesia. A stereotactic CT with the localizer box was
fused to the pre-operative MRI. Targets: left GPi and right GPi. Leads were placed and fixed. No lesioning was
performed. The frame was removed at the end of the case.
"""

GK_NOTE = """NORTHGATE NEUROSURGERY
Operative Report
Date of surgery 02/10/2026
Procedure: Leksell frame placement and Gamma Knife radiosurgery, right vestibular schwannoma.
Description
The stereotactic head frame was applied under local anesthesia and a stereotactic MRI obtained. 12 Gy to the 50%
isodose line was delivered in one session. The frame was removed.
"""

BIOPSY_REPORT = """EASTCLIFF BREAST IMAGING
Stereotactic Breast Biopsy - Procedure Report
Exam date 03/02/2026
Procedure: patient prone on the stereotactic biopsy table; stereo pair images localised the target calcifications
and 12 cores were obtained. A marker clip was deployed; post-procedure mammogram shows the clip at the site.
Impression: successful stereotactic biopsy of 2 groups of calcifications. Radiation oncology consult after surgery
as indicated.
"""


def test_a_procedure_report_naming_no_radiation_documents_no_course() -> None:
    for chart in (DBS_NOTE, BIOPSY_REPORT):
        facts = read_text(chart).facts
        assert facts.course_status.value != "delivered"
        assert facts.positioning.value == [] and facts.imaging.value == [] and facts.lesions == ()


def test_a_radiosurgery_operative_report_is_still_the_course() -> None:
    facts = read_text(GK_NOTE).facts
    assert facts.course_status.value == "delivered"
    assert facts.positioning.value == ["frame"]


QA_BUNDLE = """LAKEVIEW CANCER CENTRE - PRE-BILL WORKSHEET
Date of service: 05/19/2026
Codes entered: 77372 x1
Attachments: QA report

LAKEVIEW RADIATION PHYSICS
Machine QA report - no patient data
Monthly SRS Quality Assurance Report - Linac 2
Winston-Lutz, 4 mm cone max 0.48 mm, tolerance 0.75 mm: pass.
Cone-beam CT geometric scaling within spec. Phantom fiducial localisation error 0.3 mm.
Patient-specific QA summary: cranial SRS, 3 targets, gamma pass rate 98.4%.
"""


def test_a_machine_qa_report_without_patient_data_and_a_pre_bill_sheet_document_no_course() -> None:
    facts = read_text(QA_BUNDLE).facts
    assert facts.course_status.value == "recommended"
    assert facts.modality.value is None and facts.lesions == () and facts.positioning.value == []


FOLLOW_UP = """HILLCREST GAMMA KNIFE CENTER - FOLLOW UP CLINIC
Visit date: 04/22/2026
Mr. Smith returns three months after Gamma Knife radiosurgery under a Leksell frame: the right frontal lesion received
20 Gy and the left cerebellar lesion 18 Gy in a single session. MRI brain shows a good response. No treatment today.
"""


def test_a_follow_up_clinic_note_recounts_an_earlier_course() -> None:
    facts = read_text(FOLLOW_UP).facts
    assert facts.course_status.value == "follow_up"
    assert facts.lesions == () and facts.positioning.value == []
