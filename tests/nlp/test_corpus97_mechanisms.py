"""Mechanisms found on corpora 97 (a stereotactic chart's words used in other senses) and 96 (the role of every
number), each on a chart written here:

- an operation's or a procedure's own report that names no radiation treatment anywhere (a deep brain stimulation
  lead, a stereotactic biopsy) is another service's procedure: it documents no course, whatever frame, targets and
  imaging it used; a radiosurgery operative note names its treatment and stays the course's record;
- a machine QA report that says it holds no patient's data, and a pre-bill worksheet, document no course;
- a "<centre> - FOLLOW UP CLINIC" note is a follow-up visit of an earlier course;
- the frame of another stereotactic procedure ("the frame for the DBS surgery") and an anaesthetist's face mask
  ("Preoxygenation via face mask", "Mask ventilation") are no positioning devices of the course;
- a clause opened by a lesion's code in apposition ("L3, the larger lesion ..., was prescribed eighteen gray") names
  that lesion by its code;
- a study put off in a note's shorthand ("MRI brain deferred") is no imaging of the course.
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


OTHER_DEVICES = """RADIOSURGERY PROCEDURE NOTE
She had deep brain stimulator leads placed in 2019. She remembers the frame for the DBS surgery as the worst part.
Preoxygenation via face mask for the sedation. Mask ventilation was easy.
Planning CT in a frameless thermoplastic mask fused with MRI. She was set up in the mask.
Right trigeminal nerve 85 Gy maximum dose in one fraction on the linac, delivered 04/15/2026; no head frame applied.
"""


def test_another_procedures_frame_and_an_airway_mask_are_no_positioning() -> None:
    reading = read_text(OTHER_DEVICES)
    assert reading.facts.positioning.value == ["mask"]
    assert not [f for f in reading.review if f.fact == "positioning"]


def test_an_airway_face_mask_is_no_mask_beside_a_frame() -> None:
    chart = ("GAMMA KNIFE RADIOSURGERY RECORD\nPreoxygenation via face mask, FiO2 1.0. Mask ventilation: easy.\n"
             "Leksell head frame applied under general anesthesia. AVM nidus 22 Gy to the 50% isodose in one session, "
             "delivered 03/03/2026. Face mask O2 6 L/min in recovery.\n")
    reading = read_text(chart)
    assert reading.facts.positioning.value == ["frame"]
    assert not [f for f in reading.review if f.fact == "positioning"]


APPOSED = """SPINE RADIOSURGERY TREATMENT SUMMARY
L3 and T12 were planned as two targets on the robotic arm linac.
L3, the larger lesion with right paraspinal extension, was prescribed eighteen gray in a single fraction.
T12 was prescribed sixteen gray in a single fraction.
Both targets were treated in one session on 02/24/2026. He received eighteen gray to L3 and sixteen gray to T12.
"""


def test_a_code_in_apposition_names_its_lesion() -> None:
    facts = read_text(APPOSED).facts
    assert sorted((x.name, x.dose_gy) for x in facts.lesions) == [("L3", 18.0), ("T12", 16.0)]
    assert facts.lesion_count.value == 2


DEFERRED = """LUNG SBRT ENCOUNTER SUMMARY
Hx: staging by CT chest/abdomen + MRI brain deferred.
SIMULATION 2/9/26: 4DCT, vacuum cushion, arms up.
Rx 34 Gy x 1 to PTV on the gantry linac. TREATMENT 2/19/26: CBCT; 1 of 1 delivered.
"""


def test_a_study_deferred_is_no_imaging_of_the_course() -> None:
    assert read_text(DEFERRED).facts.imaging.value == ["CT"]
