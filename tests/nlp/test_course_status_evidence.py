"""What a course needs to count as delivered, document by document of a bundle.

A statement that treatment took place makes it delivered; a plan or treatment record that says nothing either way
is the course being billed; but a document that is neither (a referral letter, a diagnostic report, a simulation
note) does not outweigh another document's word that the course was closed, is only recommended, or is a
follow-up. A bundle of physics checks alone (a second check, patient-specific QA) documents no treatment. A
document's first line is its title even when it also carries the patient's name and is long.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from srscheck.checklists.engine import check
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_course, read_text

from srscheck.core.model import status_kind

STORE = TemplateStore(user=None)

SIM_NOTE = """NORTHFIELD CANCER CARE - CT SIMULATION NOTE (therapist)   DOE, JANE   MRN 0001   03/02/2026
Encompass SRS mask made, CT head 1 mm with contrast acquired; fused with MRI brain SRS protocol.
Targets for planning: L parietal 1.1 cm. Planned SRS 20 Gy x 1, TrueBeam HyperArc.
"""

PLAN_REPORT = """SRS PLAN REPORT
Plan BRAIN_1MET approved 03/04/2026: 2000 cGy x 1 to PTV_Lparietal on the TrueBeam, HyperArc, 4 arcs.
Immobilization: Encompass SRS mask. Planning CT fused with MRI.
"""

CANCELLED = """NORTHFIELD CANCER CARE - NOTE TO FILE   DOE, JANE   MRN 0001   03/05/2026
The patient was admitted overnight with pneumonia. Radiosurgery and the planning review are CANCELLED.
Hospice care is being arranged.
"""

REFERRAL = """HARBOUR ONCOLOGY
03/01/2026
Dear colleagues, please see Jane Doe, 61F, lung adenocarcinoma, with two new brain metastases on MRI. Thank you.
Dr. A. Referrer
"""

MRI_REPORT = """HARBOUR IMAGING - MRI BRAIN W/WO CONTRAST (DIAGNOSTIC)
Findings: two enhancing lesions, left parietal 1.1 cm and right frontal 0.7 cm.
Impression: two brain metastases.
"""

CONSULT = """RADIOSURGERY CONSULTATION
Seen with her husband. Recommendation: radiosurgery to both lesions, 20 Gy in 1 fraction each on the TrueBeam in a
mask. She wishes to proceed.
"""

SECOND_CHECK = """HARBOUR HOSPITAL - MEDICAL PHYSICS - INDEPENDENT DOSE CALCULATION (SECOND CHECK)   DOE, JANE   MRN 0001
Plan LUL_SBRT_v1 (TrueBeam 6X-FFF, 2 VMAT arcs). Planned prescription: 5000 cGy in 5 fractions to PTV.
Arc1 TPS 1,642 MU vs 1,618 MU (-1.5%). Result: within tolerance.
"""  # noqa: E501  (chart text: its lines are printed as they are)

PSQA = """Patient-Specific QA Report
Plan LUL_SBRT_v1. Device: ArcCHECK. Gamma 3%/2 mm 99.3% passing.
Result: PASS - cleared for treatment.
"""

DELIVERED = """TREATMENT SUMMARY
The left parietal metastasis was treated on the TrueBeam, 20 Gy in 1 fraction, on 03/09/2026, in a mask.
"""


def _course(tmp_path: Path, *texts: str):
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"{i + 1}_doc.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return read_course(paths)


def test_a_simulation_note_does_not_outweigh_the_note_that_cancelled_the_course(tmp_path: Path) -> None:
    r = _course(tmp_path, SIM_NOTE, CANCELLED)
    f = r.facts
    assert (f.course_status.value, status_kind(f.course_status)) == ("planned", "not_delivered")
    assert (f.modality.value, f.lesion_count.value, f.fractions.value) == (None, None, None)
    assert f.positioning.value == [] and f.imaging.value == []
    assert "CANCELLED" in f.course_status.evidence[0].text


def test_a_plan_report_still_does_not_outweigh_the_cancellation(tmp_path: Path) -> None:
    f = _course(tmp_path, SIM_NOTE, PLAN_REPORT, CANCELLED).facts
    assert (f.course_status.value, status_kind(f.course_status)) == ("planned", "not_delivered")


def test_a_referral_and_a_diagnostic_report_do_not_make_a_consultation_delivered(tmp_path: Path) -> None:
    r = _course(tmp_path, REFERRAL, MRI_REPORT, CONSULT)
    f = r.facts
    assert (f.course_status.value, status_kind(f.course_status)) == ("recommended", "recommended")
    assert f.lesions == () and f.fractions.value is None and f.modality.value is None
    out = check(r, ("77372", "61796"), STORE)
    assert not any(c.consistent for c in out.codes)


def test_a_plan_report_beside_a_consultation_is_still_the_course_billed(tmp_path: Path) -> None:
    f = _course(tmp_path, CONSULT, PLAN_REPORT).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 1


def test_a_treatment_record_beside_a_cancellation_is_delivered(tmp_path: Path) -> None:
    f = _course(tmp_path, SIM_NOTE, CANCELLED, DELIVERED).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 1


def test_physics_checks_alone_document_no_treatment(tmp_path: Path) -> None:
    r = _course(tmp_path, SECOND_CHECK, PSQA)
    f = r.facts
    assert (f.course_status.value, status_kind(f.course_status)) == ("planned", "physics_only")
    assert (f.modality.value, f.lesion_count.value, f.fractions.value) == (None, None, None)
    assert any("physics checks" in w for w in r.warnings)
    out = check(r, ("77373", "77435"), STORE)
    assert not any(c.consistent for c in out.codes)
    assert "physics checks of a plan" in out.codes[0].problems[0]


def test_a_long_first_line_is_the_document_title() -> None:
    text = ("SALTMARSH GENERAL HOSPITAL - ONCOLOGY FOLLOW-UP PACKET (exported 2026-11-30)\n"
            "DOE, JANE | MRN 0001\n\n"
            "Colon cancer with a solitary liver metastasis, treated with SBRT 45 Gy in 3 fractions elsewhere in "
            "08/2025 (CyberKnife, fiducials). Stable on CT. No radiotherapy indicated now.\n")
    r = read_text(text)
    assert (r.facts.course_status.value, status_kind(r.facts.course_status)) == ("follow_up", "follow_up")
    assert r.facts.fractions.value is None and not r.review


def test_a_first_line_that_is_a_sentence_is_no_title() -> None:
    text = ("The patient returns for follow-up visit scheduling after SBRT; she was treated today with 54 Gy in 3 "
            "fractions on the TrueBeam, fraction 3 of 3.\nTolerated well.\n")
    assert read_text(text).facts.course_status.value == "delivered"


FLOWSHEET = """CyberKnife Treatment-Day Flowsheet
Target: left lower lobe. 10/12/2026 10/14/2026 10/16/2026: Synchrony tracking, fiducials x3, 54 Gy in 3 fractions.
"""


@pytest.mark.parametrize(("document", "fractions"), [(PLAN_REPORT, 1), (FLOWSHEET, 3)],
                         ids=["beside_a_plan_report", "beside_an_untitled_record"])
def test_physics_checks_beside_a_course_document_keep_the_course(tmp_path: Path, document: str,
                                                                 fractions: int) -> None:
    f = _course(tmp_path, document, PSQA).facts
    assert f.course_status.value == "delivered" and f.fractions.value == fractions


def test_a_number_word_inside_a_name_is_no_fraction_count() -> None:
    text = ("TREATMENT DISCONTINUATION NOTE\nSIXTEENPATIENT, THEO  MRN 0001  11/16/2026\n\n"
            "Mr. Sixteenpatient received fraction 1 of 3 (9 Gy) to the left cerebellar metastasis on 11/05/2026. He "
            "was admitted with sepsis and we will not resume this course.\n")
    r = read_text(text)
    assert "16" not in {m.value for m in r.mentions if m.label == "FRACTIONATION"}
    assert not any("16" in f.message for f in r.review)


def test_a_second_check_printout_alone_is_the_plan_document_of_the_course() -> None:
    f = read_text(SECOND_CHECK).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 5


def test_a_discharge_summary_whose_procedure_was_radiosurgery_is_delivered() -> None:
    text = ("ST. ODILE HOSPITAL - DEPT OF NEUROSURGERY\nDischarge Summary (day case)\n"
            "Admission / discharge: 10/27/2026. Diagnosis: left trigeminal neuralgia, recurrent after balloon "
            "compression (2023).\nProcedure: Gamma Knife radiosurgery, left trigeminal nerve, 85 Gy maximum dose in "
            "one session with the Leksell frame.\nDischarge medications: carbamazepine 400 mg BID.\n")
    f = read_text(text).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 1 and f.modality.value == "cobalt60"


def test_a_discharge_summary_whose_procedure_was_another_is_history() -> None:
    text = ("COMMUNITY HOSPITAL\nDISCHARGE SUMMARY\nProcedure: laparoscopic cholecystectomy.\n"
            "Past history: lung cancer treated with SBRT 54 Gy in 3 fractions in 2025.\n")
    f = read_text(text).facts
    assert (f.course_status.value, status_kind(f.course_status)) == ("follow_up", "other_service")


def test_a_discharge_summary_whose_course_in_hospital_says_the_patient_underwent_srs_is_delivered() -> None:
    # "underwent <treatment>" states that the treatment took place, like "received" or "was treated with"
    text = ("DEPARTMENT OF RADIATION ONCOLOGY\nDISCHARGE SUMMARY\n"
            "INVESTIGATIONS:\nCECT Brain 1 mm (planning, in thermoplastic mask) dated 11/05/2026.\n"
            "COURSE IN HOSPITAL:\nPt was admitted for SRS. Pt underwent single fraction SRS to two brain lesions on "
            "12/05/2026 on the linear accelerator; CBCT was done before treatment.\n"
            "SRS DETAILS:\n1  Rt frontal   18 mm   1800 cGy\n2  Lt parietal  12 mm   2000 cGy\n")
    f = read_text(text).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 1
    assert "CT" in f.imaging.value  # "CECT": a contrast-enhanced CT


def test_underwent_planning_is_no_statement_that_treatment_was_given() -> None:
    text = ("DISCHARGE SUMMARY\nCOURSE IN HOSPITAL:\nPt underwent a CT scan and an MRI of the brain; radiosurgery "
            "will be planned as an outpatient.\n")
    f = read_text(text).facts
    assert f.course_status.value != "delivered"


PLANNING_NOTE = ("SBRT PLANNING NOTE\nMRN 0001  11/16/2026\nSimulated 11/10/2026 in a vacuum bag with 4D-CT. Plan: "
                 "50 Gy in 5 fractions to the right upper lobe nodule on the TrueBeam. {done} Treatment not yet "
                 "started.\n")


@pytest.mark.parametrize("done", ["Physics QA completed 11/14/2026.", "The plan check was completed on 11/14/2026.",
                                  "Our physics team completed the independent check and QA.",
                                  "Informed consent received."])
def test_a_step_before_treatment_that_was_completed_is_no_delivery(done: str) -> None:
    # what was completed decides: a check, a plan, a consent is no fraction given, and is never quoted as one
    f = read_text(PLANNING_NOTE.format(done=done)).facts
    assert (f.course_status.value, status_kind(f.course_status)) == ("planned", "planned")
    assert not any(done in e.text for e in f.course_status.evidence)


@pytest.mark.parametrize("done", ["Treatment completed 11/14/2026.", "She completed all five fractions.",
                                  "Status: Completed"])
def test_the_treatment_completed_is_still_a_delivery(done: str) -> None:
    text = ("SBRT NOTE\nMRN 0001  11/16/2026\nPlan: 50 Gy in 5 fractions to the right upper lobe nodule on the "
            f"TrueBeam.\n{done}\n")
    f = read_text(text).facts
    assert f.course_status.value == "delivered"
    assert any(done.split()[-1].rstrip(".") in e.text for e in f.course_status.evidence)
