"""Documents that are no record of this patient's course: a trial's registration form (its protocol's proposed doses),
a test of the machine whose "patient" is a phantom (an end-to-end test: planned, imaged and irradiated), a record
struck as entered in error (filed to the wrong patient). None of their doses, counts, devices or scans is this
course's. Records of a real patient's course that name a trial, a phantom measurement of the plan, or a field
corrected after an entry made in error keep their course."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

from srscheck.core.model import status_kind

REGISTRATION = """MEADOWBANK HOSPITAL - CLINICAL TRIALS OFFICE
EXAMPLE, PERSON   MRN X-7   Study ID M-12

PROTOCOL REGISTRATION FORM - STELLA-2 (ablative radiotherapy for oligometastases)

Protocol: STELLA-2, version 2.0
Date of registration: 03/04/2026
Randomisation: Arm B - standard care plus stereotactic radiotherapy to all sites

Eligibility checklist
1 Histologically confirmed carcinoma [X]
2 1-5 metastases on staging PET/CT [X]

Proposed treatment per protocol (not yet started)
Site: left lower lobe nodule, 54 Gy in 3 fractions, 4DCT simulation to be booked
Site: right adrenal, 40 Gy in 5 fractions, 4DCT simulation to be booked

Treatment to be scheduled by radiation oncology. No protocol therapy has been administered at the time of
registration.
"""


def test_a_trial_registration_form_documents_no_course() -> None:
    reading = read_text(REGISTRATION)
    facts = reading.facts
    assert (facts.course_status.value, status_kind(facts.course_status)) == ("recommended", "general")
    assert not facts.lesions and facts.fractions.value is None and facts.sites.value == []
    assert facts.imaging.value == []


def test_a_course_given_on_a_trial_keeps_its_course() -> None:
    record = """SBRT TREATMENT SUMMARY
Patient: EXAMPLE, PERSON   MRN X-7
Treated on protocol STELLA-2 (Arm B) after registration on 03/04/2026.
Left lower lobe nodule: 54 Gy in 3 fractions delivered 03/20-03/27/2026 with CBCT before each fraction.
"""
    reading = read_text(record)
    assert reading.facts.course_status.value == "delivered"
    assert reading.facts.fractions.value == 3


END_TO_END = """NORTHGATE RADIOTHERAPY PHYSICS - QA RECORD
QATEST, HEAD   MRN QA-0001   QA TEST RECORD

END-TO-END TEST - CRANIAL SRS
Test 'patient': registered as a QA record. This record does not belong to a human patient: the object imaged,
planned and irradiated is the anthropomorphic head phantom with a chamber insert.

Unit: 6 MV FFF gantry linear accelerator.
Phantom fixed in a thermoplastic SRS mask. CT 1 mm and MRI T1 of the phantom, fused.
Two test targets: TGT1 (9 mm) 20 Gy, TGT2 (18 mm) 18 Gy in 1 fraction, single-isocentre plan, 4 arcs.
CBCT match, delivery. Measured 19.8 Gy and 18.1 Gy.
Conclusion: PASS. Unit released for clinical cranial SRS.
"""


def test_an_end_to_end_test_on_a_phantom_documents_no_course() -> None:
    reading = read_text(END_TO_END)
    facts = reading.facts
    assert (facts.course_status.value, status_kind(facts.course_status)) == ("recommended", "qa_test")
    assert not facts.lesions and facts.lesion_count.value is None and facts.sites.value == []
    assert facts.positioning.value == [] and facts.imaging.value == [] and facts.modality.value is None


def test_a_plan_measured_in_a_phantom_for_its_patient_keeps_its_course() -> None:
    """A real patient's plan whose patient-specific QA was delivered to a phantom: a plan of a course, not a test
    of the machine (no QA title of the machine, no test "patient")."""
    plan = """SRS TREATMENT PLAN
Patient: EXAMPLE, PERSON   MRN X-8
Target: left frontal metastasis 1.2 cm, 20 Gy in 1 fraction to the 80% isodose line, 4 non-coplanar arcs.
Immobilization: thermoplastic mask. MRI T1 post-contrast fused to the planning CT.
Patient-specific QA: plan delivered to the cylindrical phantom, gamma 98.9% (3%/1 mm). Approved 03/02/2026.
"""
    reading = read_text(plan)
    assert status_kind(reading.facts.course_status) == "delivered"
    assert [les.dose_gy for les in reading.facts.lesions] == [20.0]


VOIDED = """PENWICK MEDICAL CENTER - RADIATION ONCOLOGY
EXAMPLE, PERSON   MRN X-9   SCANNED DOCUMENT

*** ENTERED IN ERROR - SEE CORRECTION NOTICE ***

Stereotactic radiosurgery treatment summary
Date of treatment: 10/08/2026
Target: right parietal metastasis, 1.6 cm
Prescription: 20 Gy in 1 fraction to the 80% isodose, 5 non-coplanar arcs
Immobilisation: open-face SRS mask. Imaging: CT 1 mm + MRI T1 post-contrast fused.
Delivered: 20 Gy, complete.
[Document voided 10/14/2026 by HIM - reason: filed to wrong patient record]
"""


def test_a_record_entered_in_error_yields_no_facts() -> None:
    reading = read_text(VOIDED)
    facts = reading.facts
    assert (facts.course_status.value, status_kind(facts.course_status)) == ("recommended", "voided")
    assert not facts.lesions and facts.fractions.value is None and facts.positioning.value == []
    assert any("entered in error" in w for w in reading.warnings)


def test_a_record_entered_in_error_beside_the_patients_own_record_adds_nothing(tmp_path: Path) -> None:
    own = """LINAC SBRT TREATMENT RECORD
Patient: EXAMPLE, PERSON   MRN X-9
Target: T10 vertebral body metastasis. Prescription 24 Gy in 2 fractions.
Immobilization: vacuum cushion. CT simulation fused with MRI.
11/02/2026 and 11/03/2026: fractions 1 and 2 of 2 delivered, CBCT before each.
"""
    paths = [tmp_path / "1_voided.txt", tmp_path / "2_record.txt"]
    for p, text in zip(paths, (VOIDED, own)):
        p.write_text(text, encoding="utf-8")
    facts = read_course(paths).facts
    assert facts.course_status.value == "delivered"
    assert facts.sites.value == ["spinal"] and facts.fractions.value == 2
    assert "mask" not in facts.positioning.value
    assert [les.dose_gy for les in facts.lesions] == [24.0]


def test_a_field_corrected_after_an_entry_in_error_keeps_its_course() -> None:
    """"Entered in error" in a sentence of the record corrects one of its entries; the record is not struck."""
    record = """LINAC SRS TREATMENT RECORD
Patient: EXAMPLE, PERSON   MRN X-10
Target: right parietal metastasis 1.1 cm. Prescription 20 Gy in 1 fraction to the 80% isodose line.
Immobilization: thermoplastic mask. The first couch shift was entered in error and corrected by the therapist.
03/09/2026: fraction 1 of 1 delivered, cone-beam CT before treatment.
"""
    reading = read_text(record)
    assert reading.facts.course_status.value == "delivered"
    assert [les.dose_gy for les in reading.facts.lesions] == [20.0]
