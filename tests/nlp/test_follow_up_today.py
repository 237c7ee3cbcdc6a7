"""A letter to the referring doctor after a follow-up visit, which says the day of the visit between "follow-up"
and how long after the radiosurgery it is ("I saw him in follow-up today, fourteen months after his radiosurgery
..."): the course it recounts is an earlier one, so the letter documents no course of its own."""

from __future__ import annotations

from srscheck.nlp import read_text

LETTER = ("HILLSIDE NEUROSURGERY\n\nDecember 2, 2026\n\nRE: EXAMPLE, PATIENT  MRN X-7\n\nDear Dr. Alder,\n\n"
          "I saw Mr. Example in follow-up today, fourteen months after his radiosurgery in September 2025, when we "
          "treated two lung cancer metastases (right occipital 20 Gy, left frontal 18 Gy) in one session under a "
          "frame.\n\nHis MRI of November 28, 2026 shows both treated lesions smaller and nothing new. No further "
          "treatment is needed now; MRI again in three months.\n\nSincerely,\nA. Surgeon, MD\n")


def test_a_letter_after_a_follow_up_visit_today_documents_no_course() -> None:
    facts = read_text(LETTER).facts
    assert facts.course_status.value == "follow_up"
    assert facts.lesion_count.value is None and not facts.lesions
    assert facts.sites.value == []


def test_a_letter_saying_how_long_after_the_patients_own_radiosurgery_documents_no_course() -> None:
    letter = LETTER.replace("I saw Mr. Example in follow-up today, fourteen months after",
                            "Mr. Example is doing well fourteen months after")
    facts = read_text(letter).facts
    assert facts.course_status.value == "follow_up"
    assert facts.lesion_count.value is None and not facts.lesions
