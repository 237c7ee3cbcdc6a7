"""A dose given in a clause whose subject is an organ at risk ("The brainstem surface received well under the limit,
about fifteen gray") is that organ's, however many words stand between the organ and the dose: no second dose of
the course's one target to flag. A lesion of the organ ("the cord lesion received 24 Gy") stays the target's."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.quantities import cue_role
from srscheck.nlp.vocab import load_vocabulary

NOTE = """OPERATIVE / PROCEDURE NOTE
PROCEDURE: Stereotactic radiosurgery, right trigeminal nerve, for right trigeminal neuralgia. Stereotactic frame.
The frame was applied and she underwent stereotactic MRI. We planned one four millimeter shot, prescribing eighty gray
maximum dose to the one hundred percent isodose line. The brainstem surface received well under the limit, about
fifteen gray at the edge of the twenty percent line. The patient was treated on the cobalt unit without interruption.
"""


def test_an_organ_that_received_a_dose_in_its_own_clause_is_an_organ_at_risk() -> None:
    vocab = load_vocabulary()
    said = "The brainstem surface received well under the limit, about fifteen gray"
    assert cue_role(said, said.index("fifteen"), vocab) == "organ_at_risk"
    lesion = "The cord lesion received 24 Gy in 3 fractions"
    assert cue_role(lesion, lesion.index("24"), vocab) is None


def test_the_organs_dose_is_no_second_dose_of_the_one_target() -> None:
    reading = read_text(NOTE)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(80.0, 1)]
    assert not [f for f in reading.review if f.fact == "lesions"]
