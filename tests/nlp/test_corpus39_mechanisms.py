"""Mechanisms found on corpus 39 (released for tuning), each on a chart written here:

- a follow-up visit titled by its clinic or service ("Outpatient follow-up", "Neuro-oncology follow-up") recounts an
  earlier course and documents none of its own; a record's line that books a clinic follow-up is no such title;
- a dose its own clause says was not the one used ("(the 60 Gy / 8 named in the first letter was not used)") is a
  replaced prescription, no dose or count of this course;
- a side letter run into a structure name's abbreviation ("MET_ROCC", "MET_LCBL") names the side and the place, and a
  body organ's shortened name ("PTV_PANC") its organ;
- a margin whose unit is spelled out ("a two millimetre margin") documents the target volume, and kV images named in
  full ("orthogonal kilovoltage images") the image guidance at the machine.
"""

from __future__ import annotations

from srscheck.checklists.evaluate import evaluate
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_course, read_text

STORE = TemplateStore(user=None)

FOLLOW_UP = """LAKEVIEW NEURO-ONCOLOGY CLINIC
PATIENT, EXAMPLE | MRN X-1

{title}
Visit 09/14/2026
Clinician: A. Doctor, MD

History
In March 2026 he was treated with radiosurgery on a Gamma Knife at Eastbridge General (their summary is in the
media tab): two metastases from lung adenocarcinoma, right frontal and left occipital, 22 Gy each at the 50%
isodose, in a Leksell frame.

MRI brain 09/10/2026: both lesions smaller, nothing new.

Plan: MRI every three months; no radiotherapy needed.
"""


def test_a_follow_up_titled_by_its_clinic_documents_no_course() -> None:
    for title in ("Outpatient follow-up", "Neuro-oncology follow-up", "Clinic follow-up"):
        reading = read_text(FOLLOW_UP.format(title=title))
        assert reading.facts.course_status.value == "follow_up", title
        assert reading.facts.modality.value is None and not reading.facts.lesions, title


def test_a_record_booking_a_clinic_follow_up_stays_delivered() -> None:
    record = """LAKEVIEW RADIATION ONCOLOGY
SRS Treatment Record
PATIENT, EXAMPLE
Clinic follow-up in 6 weeks
Gamma Knife radiosurgery 09/01/2026 in a Leksell frame: right frontal metastasis 20 Gy in 1 fraction.
Treatment delivered without incident.
"""
    assert read_text(record).facts.course_status.value == "delivered"


LETTER = """GREYSTONE CHEST ONCOLOGY
05/02/2026
Dear Dr. Referrer,
Your patient has a 2 cm adenocarcinoma of the right lower lobe. I have suggested a schedule of 48 Gy in 4 fractions
and will present her at the tumour board before simulation.
Yours sincerely, A. Doctor, MD
"""

SUMMARY = """END OF TREATMENT SUMMARY - PATIENT, EXAMPLE
Treated 05/20/2026 to 05/29/2026, 3 of 3 fractions, cone-beam CT before each.
Delivered: PTV_RLL 54 Gy in 3 fractions (the 48 Gy / 4 named in the consultation letter was not used).
Electronically signed: A. Doctor, MD 05/29/2026
"""


def test_a_dose_said_not_to_be_used_is_no_count_of_the_course(tmp_path) -> None:
    letter, summary = tmp_path / "1_letter.txt", tmp_path / "2_summary.txt"
    letter.write_text(LETTER)
    summary.write_text(SUMMARY)
    reading = read_course([letter, summary])
    assert reading.facts.fractions.value == 3
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(54.0, 3)]
    assert not [r for r in reading.review if r.fact in ("fractions", "lesions")]


def test_a_side_run_into_a_structure_abbreviation() -> None:
    chart = """ROBOTIC RADIOSURGERY DELIVERY RECORD
Plan BRAIN_2MET, 1 fraction, thermoplastic mask, 6D skull tracking.
Target      Size     Rx (Gy)   IDL
MET_RTEMP   1.2 cm   20.0      80%
MET_LOCC    1.8 cm   18.0      78%
Course complete 06/02/2026.
"""
    lesions = read_text(chart).facts.lesions
    assert sorted(les.site for les in lesions) == ["cranial", "cranial"]
    assert {les.complexity for les in lesions} == {"simple"}


def test_a_body_organ_shortened_in_a_structure_name() -> None:
    chart = """MR-LINAC TREATMENT RECORD
Simulation CT and MRI in breath-hold, vacuum cushion.
Course completed 03/06/2026: PTV_PANC 40 Gy in 5 fractions.
"""
    reading = read_text(chart)
    assert reading.facts.sites.value == ["body"]


def _status(text: str, requirement: str, code: str = "77373") -> str:
    tpl, _ = STORE.get(code)
    req = next(r for r in tpl.requirements if r.id == requirement)
    return evaluate(req, read_text(text), code).status


LETTER_WORDS = """Dear Dr. Referrer,
Your patient has completed stereotactic radiotherapy to the prostate. He was simulated with a planning CT.
The prostate {margin} received thirty-six point two five gray in five fractions on our linear accelerator with two
volumetric arcs. {imaging}
Yours sincerely, A. Doctor, MD
"""


def test_a_margin_in_words_is_the_target_volume() -> None:
    with_margin = LETTER_WORDS.format(margin="plus a three millimetre margin", imaging="")
    assert _status(with_margin, "plan.target_volumes") == "met"


def test_kilovoltage_images_verify_the_setup() -> None:
    said = LETTER_WORDS.format(margin="", imaging="Before each arc we took orthogonal kilovoltage images of the seeds.")
    assert _status(said, "delivery.verification") == "met"
    assert _status(LETTER_WORDS.format(margin="", imaging=""), "delivery.verification") == "missing"


def test_another_subject_not_used_leaves_the_dose() -> None:
    for tail in (", fiducials were not used", " and the frame was not used"):
        chart = f"SBRT TREATMENT RECORD\nDelivered 50 Gy in 5 fractions to the PTV_RUL{tail}.\nCompleted 03/03/2026.\n"
        reading = read_text(chart)
        assert reading.facts.fractions.value == 5, tail
        assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(50.0, 5)], tail


VISIT = """LAKEVIEW NEURO-ONCOLOGY CLINIC
PATIENT, EXAMPLE | MRN X-1

Outpatient visit 09/14/2026
Clinician: A. Doctor, MD

History
In March 2026 he was treated with radiosurgery on a Gamma Knife {where} (their summary is in the media tab): two
metastases from lung adenocarcinoma, right frontal and left occipital, 22 Gy each at the 50% isodose, in a frame.

MRI brain 09/10/2026: both lesions smaller, nothing new. Plan: MRI every three months.
"""


def test_a_note_recounting_treatment_at_another_institution_documents_no_course() -> None:
    for where in ("at Eastbridge General Hospital", "at another centre", "at an outside hospital"):
        reading = read_text(VISIT.format(where=where))
        assert reading.facts.course_status.value == "follow_up", where
        assert reading.facts.modality.value is None and not reading.facts.lesions, where


def test_treatment_at_the_letterhead_institution_is_this_course() -> None:
    for where in ("at Lakeview Hospital", "here"):
        assert read_text(VISIT.format(where=where)).facts.course_status.value == "delivered", where
