"""A regimen the writer first proposed and then, in the same sentence, replaced by the one "we chose" ("we initially
proposed 48 Gy in 4 fractions, but because ... we chose 50 Gy in 5") is no
regimen of this course: the chosen one, which the record says was delivered, is the course's, even where a
templated heading still carries the first proposal (a review flag names the two)."""

from __future__ import annotations

from srscheck.nlp import read_text

SUMMARY = ("SBRT COMPLETION SUMMARY\nPatient: EXAMPLE, PATIENT   MRN: X-13\n"
           "Treatment: SBRT left upper lobe, 48 Gy in 4 fractions\n\n"
           "She has a 1.8 cm peripheral left upper lobe adenocarcinoma, medically inoperable.\n\n"
           "We initially proposed forty-eight gray in four fractions, but because the nodule lies against the chest "
           "wall we chose fifty gray in five fractions of ten gray. She was simulated with a 4D CT in a vacuum "
           "cushion.\n\nShe was treated on our linac on November 2, 4, 6, 9 and 11, 2026, with a cone-beam CT "
           "before each fraction. All five fractions were delivered, fifty gray in total.\n")


def test_the_regimen_chosen_instead_of_the_first_proposal_is_the_course() -> None:
    reading = read_text(SUMMARY)
    facts = reading.facts
    assert facts.fractions.value == 5
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(50.0, 5)]
