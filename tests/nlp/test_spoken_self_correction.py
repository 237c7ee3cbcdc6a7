"""A dictated self-correction takes back the words just said and says them again: "fifty Gray in eight, sorry, in
five fractions" is 50 Gy in 5 fractions, and the taken-back "eight" is no other fraction count of the course.
"Without interruption" negates nothing after it (the treatment machine it names is this course's)."""

from __future__ import annotations

from srscheck.nlp import get_reader
from srscheck.nlp.lines import self_corrections
from srscheck.nlp.vocab import load_vocabulary


def test_taken_back_words_are_blanks() -> None:
    rules = load_vocabulary().normalisation
    text = "we settled on fifty Gray in eight, sorry, in five fractions, ten Gray each"
    read = self_corrections(text, rules)
    assert len(read) == len(text)
    assert read.split() == ["we", "settled", "on", "fifty", "Gray", "in", "five", "fractions,", "ten", "Gray", "each"]
    # no word after the cue said before it: nothing taken back
    plain = "The patient was, sorry to say, unwell"
    assert self_corrections(plain, rules) == plain


def test_corrected_fraction_count_in_a_letter() -> None:
    reading = get_reader().read_text(
        "Your patient has finished stereotactic radiotherapy to the central left lung tumour. We had considered "
        "sixty Gray in eight fractions, but settled on fifty Gray in eight, sorry, in five fractions, ten Gray each. "
        "All five fractions were given without interruption on the gantry linear accelerator.\n")
    facts = reading.facts
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(50.0, 5)]
    assert facts.fractions.value == 5
    assert facts.modality.value == "linac"
    assert not [f for f in reading.review if f.fact == "fractions"]
