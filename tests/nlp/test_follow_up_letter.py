"""A letter titled as a follow-up ("Follow-up - dictated letter", "Follow-up letter") is a follow-up visit: the
radiosurgery it recalls is an earlier course's, and it documents no course of its own."""

from __future__ import annotations

from srscheck.nlp import read_text

from srscheck.core.model import status_kind

LETTER = """RIVERBEND NEUROLOGICAL SURGERY
Follow-up - typed letter

March 3, 2026

Dr. Example Referrer
Riverbend Family Practice

Dear Dr. Referrer,

Your patient came back today, a year after his radiosurgery for left trigeminal neuralgia. On 02/20/2025 we
fixed a Leksell frame and treated the left trigeminal nerve with a single 4 mm shot on the Gamma Knife Icon,
85 Gy maximum dose. His MRI of 02/25/2026 (FIESTA) shows the expected small focus at the target.
The pain has come back; a repeat procedure may be offered if medication fails.

Yours sincerely,
A. Surgeon, MD
"""


def test_a_letter_titled_follow_up_documents_no_course() -> None:
    reading = read_text(LETTER)
    assert reading.facts.course_status.value == "follow_up"
    assert status_kind(reading.facts.course_status) == "follow_up"
    assert reading.facts.modality.value is None and not reading.facts.lesions
    assert reading.facts.imaging.value == []


def test_a_follow_up_heading_of_a_treatment_summary_is_no_title() -> None:
    """'Follow-up' as a section of a record (below its first lines) leaves the record a delivered course."""
    summary = ("RIVERBEND RADIATION ONCOLOGY\nTreatment Summary\nPatient EXAMPLE, PERSON\n\n"
               "Course: Gamma Knife radiosurgery on 02/20/2026, left trigeminal nerve, 85 Gy maximum in 1 session "
               "with a Leksell frame. Treatment was delivered without incident.\n\n\n\n"
               "Follow-up letter to the referring doctor: MRI in 6 months.\n")
    assert read_text(summary).facts.course_status.value == "delivered"
