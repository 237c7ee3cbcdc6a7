"""Charts of a course that has not happened (yet): a radiosurgery plan withdrawn in a note whose Plan schedules
another course's first fraction by its date, a course-closure form whose reason says the patient stopped before
the first fraction; and the true courses written in the same genres stay courses."""

from __future__ import annotations

from srscheck.nlp import read_text

from srscheck.core.model import status_kind

WITHDRAWN = """LAKESIDE NEURO-ONCOLOGY CLINIC
INTERVAL NOTE
Patient: EXAMPLE, PATIENT     Date of service: 03/02/2026

We planned single-fraction radiosurgery, 20 Gy to a right frontal metastasis, on the linear accelerator. He was
fitted with a thermoplastic mask and had his planning CT on 02/23. The repeat MRI shows many new lesions. The
radiosurgery plan has been withdrawn and no fraction has been given.

Plan:
1. Whole-brain radiotherapy, 30 Gy in 10 fractions, same mask re-used; simulation tomorrow, first fraction 03/09/2026.
"""


def test_a_first_fraction_dated_after_the_word_schedules_it_and_never_says_it_was_given() -> None:
    """"first fraction 03/09/2026" is a date, not "fraction 3 of 9": the note that says no fraction was given
    closes the course undelivered, with no course facts."""
    reading = read_text(WITHDRAWN)
    assert status_kind(reading.facts.course_status) == "not_delivered"
    assert reading.facts.modality.value is None and not reading.facts.lesions
    assert not reading.review
    given = read_text(WITHDRAWN.replace(" and no fraction has been given", "")
                      .replace("first fraction 03/09/2026.", "fraction 3/10 today.")
                      .replace("radiosurgery plan has been withdrawn", "radiosurgery plan was replaced"))
    assert given.facts.course_status.value == "delivered"


CLOSURE = """COURSE CLOSURE FORM - NORTHFIELD RADIATION ONCOLOGY
Course: C1 SPINE_T11_SBRT   27 Gy in 3 fractions, vacuum cushion
Fractions planned: 3     Fractions delivered: 0
Reason for closure: patient entered hospice before the first fraction
Physician: A. Example, MD   Date: 11/16/2026
"""


def test_a_closure_whose_reason_is_before_the_first_fraction_closes_the_course_undelivered() -> None:
    reading = read_text(CLOSURE)
    assert status_kind(reading.facts.course_status) == "not_delivered"
    assert reading.facts.fractions.value is None and reading.facts.positioning.value == []
    done = read_text(CLOSURE.replace("Fractions delivered: 0", "Fractions delivered: 3").replace(
        "patient entered hospice before the first fraction", "course completed as planned"))
    assert done.facts.course_status.value == "delivered"
    assert done.facts.fractions.value == 3


ORDER_SET = """LAKESIDE RADIOSURGERY SERVICE
ORDER SET - STEREOTACTIC RADIOTHERAPY, CRANIAL [DRAFT - NOT RELEASED]
Printed for consult preparation 11/30/2026. This order set has not been signed and no orders are active.
[X] Immobilisation     thermoplastic SRS mask
[X] Planning CT        1 mm head, no contrast
[X] Planning MRI       3D T1 post-gadolinium, 1 mm
[X] Prescription       25 Gy in 5 fractions to PTV_MEN (right cavernous sinus meningioma)
Ordering physician signature: ______________________
Status: UNSIGNED - awaiting consultation
"""


def test_an_order_set_never_signed_or_released_orders_nothing() -> None:
    """Pre-ticked boxes of a draft order set are no course: nothing is ordered, so there are no course facts;
    the same order set signed and released is the course's order, and keeps them."""
    reading = read_text(ORDER_SET)
    assert reading.facts.course_status.value == "recommended"
    assert status_kind(reading.facts.course_status) == "unsigned_order"
    assert reading.facts.fractions.value is None and reading.facts.imaging.value == []
    assert reading.facts.positioning.value == []
    signed = read_text(ORDER_SET.replace(" [DRAFT - NOT RELEASED]", "").replace(
        "Printed for consult preparation 11/30/2026. This order set has not been signed and no orders are active.",
        "Released 11/30/2026.").replace("______________________", "A. Example, MD 11/30/2026").replace(
        "UNSIGNED - awaiting consultation", "SIGNED"))
    assert signed.facts.course_status.value == "delivered"
    assert signed.facts.fractions.value == 5


REVIEW_LETTER = """HEADLANDS CANCER CARE - RADIATION ONCOLOGY
1 December 2026
Dr A. Practitioner, Headlands Medical Centre
Re: EXAMPLE, PATIENT
Dear Dr Practitioner,
I reviewed Ms Example today for her two-year review after stereotactic radiosurgery. You may recall she had
single-fraction SRS on 14/11/2024 on our linac, with a mask, to two brain metastases (left frontal 20 Gy and
right cerebellar 18 Gy). Her MRI brain of 24/11/2026 shows the left frontal lesion stable. No further
radiotherapy is needed and none has been given.
Kind regards,
Dr B. Oncologist
"""


def test_a_letter_of_a_review_after_radiosurgery_that_says_nothing_was_given_is_a_follow_up() -> None:
    """The letter's own words say the visit is a review after treatment: the radiosurgery it recounts is an
    earlier course's; the same letter reporting the treatment as given is that course's letter."""
    reading = read_text(REVIEW_LETTER)
    assert reading.facts.course_status.value == "follow_up"
    assert reading.facts.modality.value is None and not reading.facts.lesions
    assert reading.facts.positioning.value == []
    given = read_text(REVIEW_LETTER.replace("for her two-year review after stereotactic radiosurgery",
                                            "after stereotactic radiosurgery").replace(
        "You may recall she had", "She was treated with").replace("14/11/2024", "14/11/2026"))
    assert given.facts.course_status.value == "delivered"
    assert given.facts.lesion_count.value == 2


TEACHING = """ST. EXAMPLE HOSPITAL - RADIOSURGERY NURSING
Patient education record - radiosurgery
Visit                  12/01/2026, nurse clinic
Procedure scheduled    12/14/2026, multi-source cobalt radiosurgery, left vestibular schwannoma
Topics taught
Head frame: four pins under local anaesthetic, worn until treatment ends
Stereotactic MRI with the frame on, the morning of treatment
Electronically signed: A. Nurse, RN 12/01/2026
"""


def test_a_note_written_before_the_date_its_procedure_is_scheduled_on_documents_none_of_it() -> None:
    """The procedure's date is after every other date of the note: the frame and MRI it teaches are still to
    come. The same note dated on the day of the procedure (or after it) is no longer ahead of it."""
    reading = read_text(TEACHING)
    assert reading.facts.course_status.value == "recommended"
    assert reading.facts.modality.value is None
    assert reading.facts.positioning.value == [] and reading.facts.imaging.value == []
    same_day = read_text(TEACHING.replace("12/01/2026", "12/14/2026"))
    assert same_day.facts.course_status.value == "delivered"


ORDER_SHEET = """RADIATION ONCOLOGY ORDER SHEET
MESA VERDE ONCOLOGY - Fax to scheduling
Patient                  EXAMPLE, PATIENT
Ordering physician       A. Example, MD
Order date               04/06/2026
Diagnosis                C34.31 - RLL lung adenocarcinoma, 1.8 cm

Orders
    [X] CT simulation - 4DCT, wing board, vacuum bag
    [X] SBRT / SABR - site: RLL lung
    [X] Dose: 54 Gy in 3 fractions (18 Gy/fx)
    [X] IGRT: CBCT daily

Scheduling (office use)

Item                   Requested              Scheduled                  Status

CT simulation          ASAP                   04/13/2026 09:00           PENDING - insurance auth

Start of treatment     within 2 wk of sim     -                          not scheduled

Electronically signed: A. Example, MD 04/06/2026 10:02
"""


def test_a_signed_order_whose_scheduling_says_simulation_and_treatment_are_to_come_is_no_course() -> None:
    """An order sheet's scheduling rows ("CT simulation ... PENDING", "Start of treatment ... not scheduled") say
    nothing it orders was done yet: no course facts, as for a request. The same sheet with its simulation and
    start done is the course's order and keeps them (as a signed order set does)."""
    reading = read_text(ORDER_SHEET)
    assert reading.facts.course_status.value == "recommended"
    assert status_kind(reading.facts.course_status) == "order"
    assert reading.facts.fractions.value is None and reading.facts.positioning.value == []
    assert reading.facts.modality.value is None and not reading.facts.lesions
    done = read_text(ORDER_SHEET.replace("PENDING - insurance auth", "DONE").replace(
        "-                          not scheduled", "04/20/2026                 COMPLETED"))
    assert done.facts.course_status.value == "delivered"
    assert done.facts.fractions.value == 3
