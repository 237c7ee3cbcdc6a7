"""Mechanisms found on corpus 74 (cranial courses and their lesions, released for tuning), each on a chart written
here:

- a table column titled as an organ's maximum "over the course" ("Cord Dmax (3 fx)") gives doses, not each
  target's fraction count, and a count no course has (1840) is never read as one;
- a field answered "not ..." ("(APPROVED - NOT DELIVERED)", "Plan status: not delivered") negates what "not"
  governs after it as well as the field before it: a plan printout so titled says nothing was delivered, and a
  note that the patient declined on the first day leaves a course that was planned only;
- a record's numbered targets ("Target 1") are the plan's structures numbered the same ("PTV_1_RTemp") when their
  doses agree: one lesion each, not two.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

SPINE_PLAN = """HILLCREST CANCER CENTRE - Radiation Oncology
PATIENT, EXAMPLE   MRN X-74

Spine SBRT plan and treatment record
Unit: robotic-arm linac with spine tracking
Immobilization: vacuum cushion

Target      Volume     Prescription        Isodose    Esophagus Dmax (3 fx)

PTV_L1      18.2 cc    2700 cGy / 3 fx     79%        1650 cGy

PTV_L4      25.0 cc    2700 cGy / 3 fx     81%        1720 cGy

All three fractions were delivered 05/04/2026 - 05/08/2026 as planned.
Signed: A. Doctor, MD 05/08/2026
"""


def test_an_organ_maximum_titled_with_the_fraction_count_is_no_count() -> None:
    facts = read_text(SPINE_PLAN).facts
    assert facts.fractions.value == 3
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(27.0, 3), (27.0, 3)]


PLAN_NOT_GIVEN = """WESTFIELD HOSPITAL - Radiation Oncology
PATIENT, EXAMPLE   MRN X-75

Treatment Plan Report (APPROVED - NOT DELIVERED)
Plan: LPar_FSRT
Machine: 6 MV gantry linac
Simulation: CT in thermoplastic mask 03/02/2026, MRI fused
PTV_LPar  600 cGy x 5 = 3000 cGy
Plan approved 03/05/2026.
"""

DECLINED = """WESTFIELD HOSPITAL - Radiation Oncology
Progress note   PATIENT, EXAMPLE   03/09/2026
She arrived for the first fraction and then told us she no longer wanted radiotherapy. No treatment was given and
the course has been cancelled. She prefers MRI surveillance.
Signed: A. Doctor, MD
"""


def test_a_plan_titled_not_delivered_documents_no_delivery(tmp_path: Path) -> None:
    (tmp_path / "1_plan.txt").write_text(PLAN_NOT_GIVEN)
    (tmp_path / "2_note.txt").write_text(DECLINED)
    reading = read_course([tmp_path / "1_plan.txt", tmp_path / "2_note.txt"])
    assert reading.facts.course_status.value == "planned"
    assert reading.facts.fractions.value is None and not reading.facts.lesions


def test_a_field_answered_not_negates_the_word_after_it() -> None:
    from srscheck.nlp.pieces import Parsed
    from srscheck.nlp.pipeline import build_nlp

    text = "Plan status: not delivered.\nMRI: not done.\n"
    parsed = Parsed.from_doc(build_nlp()(text))
    negated = {text[s:e] for s, e, c in parsed.scopes if c == "NEGATED_EXISTENCE"}
    assert {"Plan status", "delivered", "MRI", "done"} <= negated


PLAN_NUMBERED = """NORTHGATE HOSPITAL - Treatment Planning
PATIENT, EXAMPLE   MRN X-76

Cranial SRS plan
Machine: 6 MV gantry linac, single isocenter
Images: CT 1 mm in mask, MRI T1 post-contrast fused

Structure        Volume     Rx dose     Fx    Prescribed to

PTV_1_RTemp      0.80 cc    2200 cGy    1     80% IDL

PTV_2_LOcc       1.90 cc    2000 cGy    1     80% IDL

Signed: A. Doctor, MD 06/01/2026
"""

RECORD_NUMBERED = """NORTHGATE HOSPITAL - Treatment Delivery
PATIENT, EXAMPLE   MRN X-76

Treatment record
Date          Site         Fx      Dose (cGy)     Total (cGy)
06/03/2026    Target 1     1/1     2200           2200
06/03/2026    Target 2     1/1     2000           2000

Signed: A. Doctor, MD 06/03/2026
"""


def test_numbered_targets_are_the_plans_numbered_structures(tmp_path: Path) -> None:
    (tmp_path / "1_plan.txt").write_text(PLAN_NUMBERED)
    (tmp_path / "2_record.txt").write_text(RECORD_NUMBERED)
    facts = read_course([tmp_path / "1_plan.txt", tmp_path / "2_record.txt"]).facts
    assert facts.lesion_count.value == 2
    assert sorted(les.dose_gy for les in facts.lesions) == [20.0, 22.0]


REFERRED_BACK = """RIVERBEND RADIOSURGERY
Completion note   PATIENT, EXAMPLE   07/10/2026
She finished fractionated radiosurgery today for two brain metastases. The first lesion is in the right gyrus rectus,
nine millimeters across, and its medial edge lies three millimeters from the right optic nerve. For that reason it was
treated in three fractions to twenty-four gray. The second lesion is in the left occipital lobe, one point two
centimeters, and received twenty-seven gray in three fractions. Treatment on a gantry linac in a thermoplastic mask.
Signed: A. Doctor, MD
"""


def test_a_lesions_dose_and_distance_in_the_clauses_that_refer_back_to_it() -> None:
    lesions = {round(les.dose_gy or 0): les for les in read_text(REFERRED_BACK).facts.lesions}
    assert set(lesions) == {24, 27}
    assert lesions[24].complexity == "complex" and lesions[27].complexity == "simple"
