"""Bundles whose documents never record a course of their own: a course stopped before its plan was finished, a
follow-up bundle about a course given long ago, an imaging report titled below its facility's name."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

from srscheck.core.model import status_kind


def _bundle(tmp_path: Path, docs: dict[str, str]):
    paths = []
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return read_course(paths)


CONSULT = """WILLOWMERE RADIATION ONCOLOGY - Consultation
EXAMPLE, PATIENT   MRN X-1
Two new brain metastases (right parietal 12 mm, left occipital 8 mm). Recommendation: single-fraction
radiosurgery on the linac with a mask, 20 Gy to each lesion.
"""

SIMULATION = """WILLOWMERE RADIATION ONCOLOGY - SIMULATION 03/02/2027
EXAMPLE, PATIENT   X-1
Mask made. CT head 1 mm and planning MRI acquired. Contours and plan to follow; treatment pencilled for 03/09/2027.
"""


def test_a_course_whose_plan_was_never_finished_documents_no_delivery(tmp_path: Path) -> None:
    note = ("RADIATION ONCOLOGY NURSING NOTE  03/06/2027  EXAMPLE, PATIENT\n"
            "Daughter phoned: patient admitted with sepsis. Radiosurgery on hold; planning stopped, the plan was never "
            "approved. Treatment slot released.\nA. Nurse RN\n")
    reading = _bundle(tmp_path, {"1_consult.txt": CONSULT, "2_sim.txt": SIMULATION, "3_nursing.txt": note})
    assert reading.facts.course_status.value == "planned"
    assert status_kind(reading.facts.course_status) == "not_delivered"
    assert reading.facts.lesion_count.value is None and not reading.facts.lesions


def test_a_follow_up_bundle_of_an_old_course_documents_no_course(tmp_path: Path) -> None:
    dictated = ("ashby hills cancer centre. radiosurgery clinic. EXAMPLE, PATIENT. X-2. seen june third two thousand "
                "twenty seven.\n\nhe comes back two years after his gamma knife radiosurgery in twenty twenty five, "
                "when we treated a left temporal metastasis to twenty gray under a frame. he is well.\n\n"
                "no further treatment is needed. MRI again in six months.\n")
    summary = ("AFTER VISIT SUMMARY   EXAMPLE, PATIENT   06/03/2027\n"
               "Why you came: a check-up after your radiosurgery in 2025.\nNext: MRI brain in six months.\n")
    reading = _bundle(tmp_path, {"1_visit.txt": dictated, "2_avs.txt": summary})
    assert reading.facts.course_status.value == "follow_up"
    assert reading.facts.lesion_count.value is None and not reading.facts.lesions
    assert reading.facts.imaging.value == []


def test_an_imaging_report_titled_after_its_facility_is_a_report() -> None:
    report = ("LAKEVIEW OUTPATIENT IMAGING - MRI THORACIC SPINE W/WO CONTRAST - 02/02/2027\n"
              "Patient: EXAMPLE, PATIENT\nFindings: enhancing T9 vertebral body lesion, no cord compression.\n"
              "Impression: T9 metastasis; stereotactic radiotherapy could be considered.\n")
    reading = read_text(report)
    assert reading.facts.course_status.value == "recommended"
    assert status_kind(reading.facts.course_status) == "report"
    assert reading.facts.sites.value == []


def test_a_simulation_note_whose_plan_is_not_made_yet_documents_no_course(tmp_path: Path) -> None:
    """A course waiting for its plan ("plan not yet approved", "0 of 1 fractions delivered") in a note that is no plan
    nor record is still to be planned and given: its mask and simulation CT are no course facts. A plan document
    that waits for its first fraction still keeps its planning facts."""
    sim = ("WILLOWMERE RADIATION ONCOLOGY - SIMULATION NOTE\nEXAMPLE, PATIENT   X-1\n"
           "03/02/2027: open-face mask made.\nCT head 1 mm done.\nPlanning MRI booked 03/05/2027.\n"
           "Contours drawn; plan not yet approved.\nFractions delivered: 0 of 1.\n")
    reading = _bundle(tmp_path, {"1_consult.txt": CONSULT, "2_sim.txt": sim})
    assert reading.facts.course_status.value == "recommended"
    assert reading.facts.lesion_count.value is None and reading.facts.fractions.value is None
    assert reading.facts.positioning.value == [] and reading.facts.imaging.value == []
    plan = ("RADIOSURGERY PLAN SUMMARY\nEXAMPLE, PATIENT   X-1\nTarget: right parietal metastasis, 20 Gy in 1 fraction "
            "to the 80% isodose line, open-face mask. Approved 03/06/2027. Fractions delivered: 0 of 1.\n")
    planned = read_text(plan)
    assert planned.facts.course_status.value == "planned" and planned.facts.lesion_count.value == 1
