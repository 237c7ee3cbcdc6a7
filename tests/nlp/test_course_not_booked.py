"""What happened in this course: a document that says no treatment is booked, scheduled or planned yet (a second
opinion's letter, a telephone note after the consultation) and never that treatment took place is no record of a
delivered course, whatever its title or its lack of one."""

from __future__ import annotations

from srscheck.nlp import read_course, read_text

OPINION = """WILLOWGATE RADIATION ONCOLOGY

March 3, 2026

Priya Santangelo, MD, Thoracic Oncology

Re: EXAMPLE, PERSON - opinion on further treatment

Priya,

I saw Mr. Example today about the enlarging right adrenal metastasis (4.1 cm on the PET/CT of 02/20/2026).
He had SBRT to a left lower lobe nodule elsewhere in 2024, 54 Gy in 3 fractions.
My advice is SBRT 40 Gy in 5 fractions to the adrenal mass on a linac with 4DCT simulation.
He wants to think it over; no treatment has been scheduled yet.

Kind regards,
Anselm Drury, MD
"""


def test_a_letter_saying_no_treatment_is_scheduled_documents_no_course() -> None:
    reading = read_text(OPINION)
    status = reading.facts.course_status
    assert status.value == "recommended"
    assert any("no treatment has been scheduled" in e.text for e in status.evidence)
    assert not reading.facts.lesions and reading.facts.fractions.value is None
    assert reading.facts.imaging.value == [] and reading.facts.sites.value == []


def test_the_same_letter_reporting_the_treatment_given_is_delivered() -> None:
    given = read_text(OPINION.replace("He wants to think it over; no treatment has been scheduled yet.",
                                      "He was treated on 03/10/2026 to 40 Gy in 5 fractions, completed 03/16/2026."))
    assert given.facts.course_status.value == "delivered"


CONSULT = """HOLLYMEAD CLINIC - RADIOSURGERY CONSULTATION
Patient: EXAMPLE, PERSON   Date: 05/04/2026

Two small right frontal and left occipital metastases on the MRI of 04/28/2026. I recommended single-session
radiosurgery, 20 Gy to each, with a thermoplastic mask. He will let us know after speaking with his family.
"""

PHONE = """HOLLYMEAD CLINIC - TELEPHONE ENCOUNTER
Patient: EXAMPLE, PERSON   Date: 05/11/2026

Spoke with the patient's daughter. He is still deciding about radiosurgery; nothing is booked at present.
Will call back next week.
"""


def test_a_telephone_note_saying_nothing_is_booked_does_not_make_the_consultation_a_course(tmp_path) -> None:
    """Each document is judged alone: a note of no known kind that says nothing is booked is no delivered course, so
    the consultation's recommendation is what the chart documents."""
    consult, phone = tmp_path / "1_consult.txt", tmp_path / "2_phone.txt"
    consult.write_text(CONSULT)
    phone.write_text(PHONE)
    reading = read_course([consult, phone])
    assert reading.facts.course_status.value == "recommended"
    assert not reading.facts.lesions and reading.facts.lesion_count.value is None
    assert reading.facts.positioning.value == []


PLAN = """RADIOSURGERY PLAN SUMMARY
Patient: EXAMPLE, PERSON
Target: left cerebellar metastasis, 18 Gy in 1 fraction to the 80% isodose line, 6 arcs, Eclipse.
Approved 06/02/2026. Treatment has not been booked; awaiting insurance approval.
"""


def test_a_plan_whose_treatment_is_not_booked_is_planned() -> None:
    reading = read_text(PLAN)
    assert reading.facts.course_status.value == "planned"


ALLOCATION = """HARBOURSIDE CANCER TRIALS OFFICE
EXAMPLE, PERSON   MRN 000123

TRIAL ALLOCATION NOTICE - STUDY HX-12 (RADIOTHERAPY FOR OLIGOPROGRESSION)
Date allocated      06/11/2026
Sites               right adrenal 3.1 cm; L2 vertebral body (2 sites)
Imaging             PET-CT 06/01/2026 and MRI spine 06/02/2026 for eligibility
Allocation          Control arm: continue systemic therapy.
The experimental arm (not allocated) gives SBRT on a linac with CBCT: adrenal 40 Gy in 5 fractions, L2 24 Gy
in 2 fractions.
Please do not book simulation or treatment. Study visits every 3 months.
"""


def test_an_instruction_not_to_book_the_course_documents_none_delivered() -> None:
    # a trial allocation to the arm without radiotherapy: the other arm's doses and the screening scans are no course
    reading = read_text(ALLOCATION)
    assert reading.facts.course_status.value == "recommended"
    assert any("do not book" in e.text for e in reading.facts.course_status.evidence)
    assert not reading.facts.lesions and reading.facts.fractions.value is None
    assert reading.facts.imaging.value == [] and reading.facts.sites.value == []
    given = read_text(ALLOCATION.replace("Please do not book simulation or treatment.",
                                         "Treated 06/20/2026 - 06/26/2026: adrenal 40 Gy in 5 fractions delivered."))
    assert given.facts.course_status.value == "delivered"
