"""The roles of numbers read with the unit vocabulary and the sentence: a dose rate in any dose unit is a rate
(quantity_roles.yaml ``number_roles`` with {UNIT}), the brain's "gray matter" is no unit between a count and its
noun, and a superseded prescription's words in its own sentence reach its dose however far back on its line they
stand (quantities.status_role reads the sentence, as review.no_second_prescription does)."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.quantities import DoseStatement, cue_role, number_quantities, status_role
from srscheck.nlp.review import no_second_prescription
from srscheck.nlp.vocab import load_vocabulary


def test_a_dose_rate_in_any_dose_unit_is_a_rate() -> None:
    vocab = load_vocabulary()
    for written, value in (("1400 rad/min", 1400), ("6 Gy(RBE) per minute", 6), ("600 cGy/min", 600),
                           ("14 Gy/min", 14)):
        got = [(q.value, q.role) for q in number_quantities(f"Dose rate {written} at the isocentre.", vocab)]
        assert got == [(value, "rate")], written


def test_a_gray_matter_count_counts_its_lesions() -> None:
    chart = ("Radiosurgery: three gray matter metastases were each treated to 20 Gy in 1 fraction on 03/02/2026 "
             "with a thermoplastic mask.")
    assert read_text(chart).facts.lesion_count.value == 3
    assert read_text(chart.replace("gray matter", "cortical")).facts.lesion_count.value == 3


def test_a_superseded_dose_is_read_by_its_sentence_not_sixty_characters() -> None:
    vocab = load_vocabulary()
    line = ("Prescription as originally written by the attending physician at the planning conference on 03/01: "
            "50 Gy in 5 fractions.")
    at = line.index("50 Gy")
    assert status_role(line, at, at + 5, vocab) == "superseded"
    # ... and a full stop ends the sentence that says so: a later sentence's dose on the line is not replaced
    later = "Original CT reviewed. Prescription 50 Gy in 5 fractions."
    at = later.index("50 Gy")
    assert status_role(later, at, at + 5, vocab) is None


def test_the_review_and_the_role_read_the_same_words() -> None:
    vocab = load_vocabulary()
    line = ("Prescription as originally written by the attending physician at the planning conference on 03/01: "
            "50 Gy in 5 fractions.")
    at = line.index("50 Gy")
    dose = DoseStatement(at, at + len("50 Gy in 5 fractions"), 50.0, 10.0, 5, "dose_in_fractions", True,
                         "prescription")
    assert no_second_prescription(line, dose, [dose], vocab)
    assert status_role(line, dose.start, dose.end, vocab) == "superseded"


def test_a_list_of_doses_without_a_label_names_its_items_as_a_labelled_list_does() -> None:
    """quantities._listed_role reads an item's name as labelled lists do (patterns listed_item_name, the ITEMNAME
    macro): a label number ("rib 7") or an abbreviation's dot ("optic n.") is part of a structure's name."""
    vocab = load_vocabulary()
    for text in ("Chest wall Dmax 30.2 Gy; rib 7 27.1 Gy", "Brainstem Dmax 9.1 Gy, optic n. 4.2 Gy"):
        at = text.rindex("Gy") - 5
        assert cue_role(text, at, vocab) == "maximum", text
    text = "Brainstem max 12 Gy, then treated to 34 Gy"  # a clause's words name no structure
    assert cue_role(text, text.rindex("34"), vocab) is None
