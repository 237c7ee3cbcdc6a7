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
