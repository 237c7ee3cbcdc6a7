"""Papers of payment beside a course's clinical records (a superbill, a charge sheet, a coding summary, a claim
or a payer's claims letter, a fee schedule, a pre-service cost estimate, a prior authorization and its
determination) state codes, units, money and approvals, never what was done: none of their numbers is a lesion
count, a fraction count, a level, a device or an imaging study of the course, and none of them is evidence that
treatment was delivered. A coding query answered by the treating physician is clinical documentation."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

RECORD = """SPINE SBRT - PLAN AND TREATMENT RECORD
Target: T10 vertebral body metastasis, PTV_T10. Prescription 18 Gy in 1 fraction, delivered 07/14/2026.
CT simulation supine on the couch top with a knee sponge; no immobilization device was used. Daily CBCT.
"""

CODING_SHEET = """LOCKWOOD RADIATION CENTER - CODING SUMMARY SHEET
ICD-10-CM
  C79.51  Secondary malignant neoplasm of bone
  T38.0X5A  Adverse effect of glucocorticoids
CPT  Units
77334  1  Treatment devices, design and construction, complex
77373  1  SBRT delivery
78815  1  PET/CT imaging
"""

CONSULT = """RADIATION ONCOLOGY CONSULTATION
2.2 cm left upper lobe nodule, squamous cell carcinoma. Recommend SBRT, 50 Gy in 5 fractions, after
simulation; the patient agrees to proceed.
"""

ESTIMATE = """ONCOLOGY CENTER - Patient Financial Counseling
Patient Pre-Service Cost Estimate
Planned service: Lung SBRT, 5 fractions (estimated 01/05/2027 - 01/13/2027)
CPT   Units  Allowed
77373  5     $6,250.00
This is an estimate of charges for services that have not yet been provided. Actual charges depend on the
services received.
"""


def _course(tmp_path: Path, *docs: tuple[str, str]):
    paths = []
    for name, text in docs:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return read_course(paths)


def test_a_coding_summary_adds_no_device_or_imaging_to_the_course(tmp_path: Path) -> None:
    f = _course(tmp_path, ("1_record.txt", RECORD), ("2_coding.txt", CODING_SHEET)).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 1
    assert "PET" not in f.imaging.value
    assert not any("coding" in e.text.lower() or "77334" in e.text for e in f.positioning.evidence)


def test_a_cost_estimate_is_no_evidence_of_delivery(tmp_path: Path) -> None:
    f = _course(tmp_path, ("1_consult.txt", CONSULT), ("2_estimate.txt", ESTIMATE)).facts
    assert f.course_status.value == "recommended"


SUPPORT = """SPINE SBRT - PLAN AND TREATMENT RECORD
Simulation: CT supine, arms on chest, knee wedge only; no vacuum cushion or body frame was used.
Prescription 18 Gy in 1 fraction to PTV_T10.
TREATMENT DELIVERY 07/17/2026
Fraction 1 of 1. Setup to skin marks on the couch with knee wedge. CBCT before treatment. Completed as planned.
"""


def test_a_support_the_chart_says_immobilizes_nothing_is_none_where_it_is_named_again(tmp_path: Path) -> None:
    f = _course(tmp_path, ("1_record.txt", SUPPORT), ("2_coding.txt", CODING_SHEET)).facts
    assert f.positioning.value == []
    cushion = SUPPORT.replace("knee wedge only; no vacuum cushion or body frame was used",
                              "vacuum cushion and knee wedge")
    assert _course(tmp_path, ("1_record.txt", cushion)).facts.positioning.value == ["body_immobilization"]


SPINE = """STEREOTACTIC BODY RADIOTHERAPY - TREATMENT SUMMARY
Treatment site: Cervical spine C5-C6. Dose: 24 Gy in 2 fractions, delivered 08/11/2026 and 08/13/2026.
Target: metastasis in the C5 vertebral body extending across the disc into C6; GTV contoured as one volume.
Thermoplastic head-neck-shoulder mask; CT simulation fused with MRI; CBCT before each fraction.
"""

QUERY = """HOSPITAL   HIM - OUTPATIENT CODING QUERY
To: Treating Physician, MD      cc: Neurosurgeon, MD
Re: PATIENT, TEST   MRN T-0001   Spine SBRT 08/11/2026 - 08/13/2026
Sent 08/17/2026 by a coder, CCS

The neurosurgery superbill reports two spinal lesions (C5 and C6). The treatment summary describes the target as \
"C5-C6" with one GTV.
Please clarify how many distinct spinal lesions were treated in this course:
  ( ) Two separate lesions (C5 and C6)
  ( ) One lesion involving C5 and C6
  ( ) Other: ______
  ( ) Clinically undetermined

Response 08/18/2026 08:12 - Treating Physician, MD:
  (X) One lesion involving C5 and C6
  This is a single metastasis centred in the C5 body that crosses the disc into the top of C6. It was contoured \
and treated as one target with one PTV, 24 Gy in 2 fractions. There was no second lesion.
"""


def test_a_coding_querys_question_is_no_clinical_statement_but_its_answer_is(tmp_path: Path) -> None:
    reading = _course(tmp_path, ("1_summary.txt", SPINE), ("2_query.txt", QUERY))
    assert reading.facts.lesion_count.value == 1
    assert [les.name for les in reading.facts.lesions] == ["C5-C6"]


DICTATED_SIM = """SIMULATION NOTE (dictated)
Seventy nine year old woman with a peripheral right upper lobe adenocarcinoma. A four D CT was acquired with two
millimeter slices and an ITV was generated. The PET C T that was authorized with the radiation request has not been
done, she declined another scan and we agreed it would not change management. Plan is 54 Gy in 3 fractions.
SBRT TREATMENT RECORD: 54 Gy in 3 fractions delivered 09/14 - 09/18/2026 with daily CBCT, vacuum cushion.
"""


def test_a_study_its_sentence_says_has_not_been_done_is_no_planning_imaging(tmp_path: Path) -> None:
    f = _course(tmp_path, ("1_sim.txt", DICTATED_SIM)).facts
    assert f.imaging.value == ["CT"]


LEVEL_ROWS = """SPINE SBRT - PLAN AND TREATMENT RECORD
Indication\tPainful T10 metastasis, renal cell carcinoma
Planning MRI\t07/12/2026 thoracic spine post-gadolinium, fused to sim CT; cord contoured on T2
Target: GTV T10 body and right pedicle; PTV = CTV + 2 mm
Prescription\t18 Gy in 1 fraction to PTV, delivered 07/17/2026 with CBCT, fraction 1 of 1.
Target\tFx\tDose/fx\tTotal delivered
T10 PTV\t1 of 1\t18 Gy\t18 Gy
"""


def test_a_level_ending_its_row_is_not_named_by_the_next_rows_label(tmp_path: Path) -> None:
    reading = _course(tmp_path, ("1_record.txt", LEVEL_ROWS))
    assert reading.facts.lesion_count.value == 1
    assert not [f for f in reading.review if "also names a T2" in f.message]
