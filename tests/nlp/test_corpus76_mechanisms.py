"""Mechanisms found on corpus 76 (the dictated and bundled half of an in-tray, released for tuning), each on a chart
written here:

- a letter whose only treatment given stands in an earlier year is no record of a course, though its letterhead
  names a radiation oncology department or a radiosurgery clinic and it says treatment "would be considered" (a
  service's name and a treatment not given name no other course);
- a consultation's provisional regimen in a bundle is corrected by a later document that says the prescription was
  changed and gives the count the course was given in: no interrupted course;
- a study that staged the disease ("cT2a N0 M0 on PSMA PET-CT", "staged cT1c N0 M0 on PET-CT") is diagnostic, as a
  study named after what it showed is;
- the plan's sentence that names the treated lesions with their dose prescribed to an isodose line ("Both lesions
  were treated with a single VMAT plan of four arcs, each receiving 30 Gy ..., prescribed to the 80% isodose")
  names delineated targets, as a plan's Target field does.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.checklists.evaluate import evaluate
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_course, read_text

STORE = TemplateStore(user=None)

FOLLOW_UP_LETTER = """Northmoor Hospital - Department of
Radiation Oncology
Radiosurgery outpatient clinic
Northmoor, 14.09.2027
To whom it may concern
Patient: EXAMPLE, PERSON, born 02.03.1958
Diagnoses: 1. Brain metastases of a melanoma. 2. Status post single-session radiosurgery on 03.06.2026 under
stereotactic frame: left parietal metastasis 20 Gy (50% isodose), right cerebellar metastasis 18 Gy (50% isodose).
Dear colleague,
We saw Mrs Example today for her 15-month review. She is well and neurologically intact.
The MRI of 01.09.2027 shows the treated left parietal metastasis reduced to 2 mm. There is a new 2 mm focus in the
right temporal lobe, which may be a vessel. Recommendation: MRI in 8 weeks. If the focus grows, radiosurgery would
be considered; {tail}
With kind regards,
Dr A. Example
"""


def test_a_letter_of_an_earlier_years_radiosurgery_from_a_radiation_department_is_no_course() -> None:
    reading = read_text(FOLLOW_UP_LETTER.format(tail="no treatment is indicated at present and none was given."))
    facts = reading.facts
    assert facts.course_status.value == "follow_up"
    assert not facts.lesions and facts.lesion_count.value is None
    assert not facts.imaging.value and not facts.sites.value


def test_a_letter_that_gives_treatment_this_year_stays_a_course() -> None:
    # the control: radiosurgery given in the letter's own year is no history
    text = FOLLOW_UP_LETTER.format(tail="we treated it today with 18 Gy in one session under a mask.")
    assert read_text(text).facts.course_status.value == "delivered"


CONSULT = """HOLLYMOUNT HOSPITAL - Department of Radiation Oncology
Outpatient consultation (dictated)          Clinic date: 02/06/2027
Name: EXAMPLE, PERSON

This 79-year-old man has a 2,1 cm left lower lobe adenocarcinoma, unfit for surgery. I have recommended stereotactic
ablative radiotherapy. My provisional prescription is 54 Gy in 3 fractions, which may be adjusted after the planning
scan. He will be booked for a 4DCT.
"""

PLANNING = """HOLLYMOUNT HOSPITAL - RADIOTHERAPY PLANNING NOTE
EXAMPLE, PERSON   Date 09/06/2027

Immobilisation: vacuum bag, arms up. 4DCT 2 mm; ITV from all phases.
The tumour abuts the chest wall. {change} 55 Gy in 5 fractions (11 Gy per fraction), prescribed to the 80% isodose.
Planning: VMAT 2 partial arcs.
"""

RECORD = """HOLLYMOUNT HOSPITAL - SABR COMPLETION SUMMARY
EXAMPLE, PERSON

Fraction\tDate\tDose (Gy)\tCumulative (Gy)
1\t14/06/2027\t11\t11
2\t16/06/2027\t11\t22
3\t18/06/2027\t11\t33
4\t21/06/2027\t11\t44
5\t23/06/2027\t11\t55

Completed 23/06/2027: 55 Gy in 5 fractions to the LLL tumour, CBCT before each fraction.
"""


def _fraction_flags(tmp_path: Path, change: str) -> list:
    docs = {"1_consult.txt": CONSULT, "2_planning.txt": PLANNING.format(change=change), "3_record.txt": RECORD}
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    reading = read_course([tmp_path / name for name in docs])
    assert reading.facts.fractions.value == 5
    return [f for f in reading.review if f.fact == "fractions"]


def test_a_later_document_that_changes_the_prescription_corrects_the_consults_count(tmp_path: Path) -> None:
    assert not _fraction_flags(tmp_path, "PRESCRIPTION CHANGED:")


def test_without_a_change_the_consults_count_still_disagrees(tmp_path: Path) -> None:
    assert _fraction_flags(tmp_path, "Prescription:")


PROSTATE = """Dictated completion note
Mr Example, a 70-year-old man with intermediate risk prostate cancer, {stage} PSMA PET-CT of March 2027, has completed
stereotactic body radiotherapy. Simulation in a knee immobiliser; a planning CT and a planning MRI were fused on the
seeds. He received 3625 cGy in 5 fractions to the prostate with CBCT before each fraction.
"""


def test_a_study_that_staged_the_disease_is_no_planning_imaging() -> None:
    for stage in ("cT2a N0 M0 on", "staged cT2a N0 M0 on"):
        assert read_text(PROSTATE.format(stage=stage)).facts.imaging.value == ["CT", "MRI"], stage
    # the control: a PET the note does not tie to the stage it gave stays as before
    assert "PET" in read_text(PROSTATE.format(stage="cT2a N0 M0;")).facts.imaging.value


LETTER = """Dear Doctor,
He has finished his course of stereotactic radiotherapy to the brain. His planning CT was fused with an MRI; he was
immobilised in a thermoplastic mask. Both lesions, the right frontal metastasis and the left cerebellar metastasis,
were treated together with a single VMAT plan of four arcs made in Eclipse, each receiving thirty Gray in five
fractions, that is six Gray per treatment{isodose}. He received all five fractions.
"""


def _target_volumes(text: str) -> str:
    tpl, _ = STORE.get("77373")
    req = next(r for r in tpl.requirements if r.id == "plan.target_volumes")
    return evaluate(req, read_text(text), "77373").status


def test_the_plans_sentence_naming_its_targets_at_an_isodose_line_is_delineation() -> None:
    assert _target_volumes(LETTER.format(isodose=", prescribed to the eighty per cent isodose")) == "met"
    # the control: the same sentence with no isodose line is no plan shaped around drawn targets
    assert _target_volumes(LETTER.format(isodose="")) == "missing"
