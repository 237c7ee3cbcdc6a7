"""What happened in this course: a session's status decides whether it was a fraction. A record whose every session
is cancelled or not treated, a delivered count of zero, a course closed as not treated, a treatment that did not take
place, and a physics check's delivery of the plan to a phantom are no delivered treatment."""

from __future__ import annotations

from srscheck.nlp import read_course, read_text

PLAN = """ASHGROVE CANCER INSTITUTE - RADIOSURGERY PLAN
Patient: EXAMPLE, PERSON   Approved 04/01/2026

Right parietal metastasis, 1.4 cm: 21 Gy in 1 fraction to the 80% isodose on the linac.
Thermoplastic mask; planning CT 03/29/2026 fused with the MRI of 03/27/2026.
"""

LOG = """ASHGROVE CANCER INSTITUTE - TREATMENT RECORD
Patient: EXAMPLE, PERSON

+----+------------+---------------+-----------------+
| Fx | Date       | Status        | Dose delivered  |
+----+------------+---------------+-----------------+
| 1  | 04/02/2026 | {first:<13} | {dose:<15} |
| 2  | 04/03/2026 | {second:<13} | {dose2:<15} |
+----+------------+---------------+-----------------+
"""


def _log(first: str, second: str, dose: str = "0 cGy", dose2: str = "0 cGy") -> str:
    return LOG.format(first=first, second=second, dose=dose, dose2=dose2)


def _files(tmp_path, *texts: str) -> list:
    paths = []
    for i, text in enumerate(texts, 1):
        path = tmp_path / f"{i}_doc.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_a_log_whose_every_session_was_cancelled_delivered_nothing(tmp_path) -> None:
    reading = read_course(_files(tmp_path, PLAN, _log("Cancelled", "Not treated")))
    status = reading.facts.course_status
    assert status.value == "planned"
    assert status.evidence[0].rule == "course_status:not_delivered"
    assert not reading.facts.lesions and reading.facts.fractions.value is None


def test_a_log_with_a_session_given_is_a_delivered_course(tmp_path) -> None:
    reading = read_course(_files(tmp_path, PLAN, _log("Cancelled", "Treated", dose2="2100 cGy")))
    assert reading.facts.course_status.value == "delivered"
    assert reading.facts.fractions.value == 1


RECORD = """BRACKENHILL ONCOLOGY - DELIVERY SUMMARY
Patient: EXAMPLE, PERSON

Left adrenal SBRT, 40 Gy in 5 fractions planned on the linac.
{line}
"""


def test_a_delivered_count_of_zero_says_the_course_is_not_yet_given() -> None:
    reading = read_text(RECORD.format(line="Delivered fractions: 0 of 5."))
    status = reading.facts.course_status
    assert status.value == "planned"
    assert any("0 of 5" in e.text for e in status.evidence)


def test_a_course_closed_as_not_treated_delivered_nothing() -> None:
    reading = read_text(RECORD.format(line="Course status: closed - not treated. Fractions delivered: 0."))
    status = reading.facts.course_status
    assert status.value == "planned" and status.evidence[0].rule == "course_status:not_delivered"
    assert not reading.facts.lesions


def test_a_count_delivered_is_still_a_delivery() -> None:
    assert read_text(RECORD.format(line="Fractions delivered: 5 of 5.")).facts.course_status.value == "delivered"


NOTE = """ASHGROVE CANCER INSTITUTE - PHYSICIAN NOTE
Patient: EXAMPLE, PERSON   04/03/2026

The radiosurgery booked for 04/02 did not take place: she was admitted overnight with sepsis.
We will re-image and re-plan once she has recovered.
"""


def test_a_treatment_that_did_not_take_place_closes_the_plan(tmp_path) -> None:
    reading = read_course(_files(tmp_path, PLAN, NOTE))
    status = reading.facts.course_status
    assert status.value == "planned" and status.evidence[0].rule == "course_status:not_delivered"
    assert not reading.facts.lesions


QA = """CALDERBANK PHYSICS - PATIENT-SPECIFIC QA REPORT
Patient: EXAMPLE, PERSON

Clinical plan: PANC_SBRT_v2, 33 Gy in 5 fractions, not yet treated; first fraction on 06/10/2026.
Verification plan delivered to the cylindrical diode phantom on 06/08/2026 on the linac.
Beam    MU planned    MU delivered    Gamma 3%/2 mm
1       1210          1210            99.1%
2       1188          1188            98.4%
Result: pass. Plan released for treatment.
"""


def test_a_qa_report_of_a_plan_not_yet_treated_documents_no_course() -> None:
    reading = read_text(QA)
    status = reading.facts.course_status
    assert status.value == "planned"
    assert status.evidence[0].rule == "course_status:physics_only"
    assert reading.facts.modality.value is None and reading.facts.fractions.value is None


def test_a_plan_delivered_to_a_phantom_is_no_fraction() -> None:
    text = PLAN + "Delivery QA: the plan was delivered to the head phantom with film on 04/01/2026, gamma 97%.\n"
    assert read_text(text).facts.course_status.value == "delivered"  # a plan: the course billed
    closed = text + "Treatment has not yet started.\n"
    assert read_text(closed).facts.course_status.value == "planned"
