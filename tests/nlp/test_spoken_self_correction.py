"""A dictated self-correction takes back the words just said and says them again: "fifty Gray in eight, sorry, in
five fractions" is 50 Gy in 5 fractions, and the taken-back "eight" is no other fraction count of the course.
"Without interruption" negates nothing after it (the treatment machine it names is this course's)."""

from __future__ import annotations

from srscheck.nlp import get_reader
from srscheck.nlp.lines import self_corrections, taken_back
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


def test_a_number_said_in_place_of_a_number_takes_it_back() -> None:
    rules = load_vocabulary().normalisation
    text = "received eighteen, correction, twenty gray"
    assert self_corrections(text, rules).split() == ["received", "twenty", "gray"]


_DICTATED_DOSES = (
    "PROCEDURE NOTE: STEREOTACTIC RADIOSURGERY\n"
    "Doses, all in a single fraction prescribed to the eighty percent isodose line:\n"
    "The right frontal lesion, two point one centimeters, received eighteen gray.\n"
    "The left parietal, correction, left occipital lesion received twenty gray.\n"
    "The right cerebellar lesion received eighteen, correction, twenty great. "
    "Twenty gray.\n"
    "The patient tolerated the procedure well.\n")


def test_corrected_places_and_doses_keep_every_lesion() -> None:
    # a taken-back place leaves the place said after it (the occipital lesion), and a dose said again as a sentence
    # of its own ("... twenty great. Twenty gray.") is the sentence before it's (the taken-back words' blanks still
    # count in a clause's length, as a printout's column gaps do: a long dictated clause with a correction is left)
    reading = get_reader().read_text(_DICTATED_DOSES)
    assert [(x.name, x.dose_gy, x.fractions) for x in reading.facts.lesions] == [
        ("right frontal lesion", 18.0, 1), ("left occipital lesion", 20.0, 1), ("right cerebellar lesion", 20.0, 1)]
    assert not [f for f in reading.review if f.fact == "lesions"]


def test_a_dose_sentence_after_a_negated_one_names_no_target_from_it() -> None:
    # "No separate nodal or cervical spine targets. Twenty five gray in five.": the sentence before the dose ends on
    # no number the dose says again; it is no clause of the dose, and its targets are none
    reading = get_reader().read_text(
        "SIMULATION NOTE\nTarget is the right glomus jugulare, it stays outside the spinal canal. No separate nodal "
        "or cervical spine targets. Twenty five gray in five.\n"
        "Total 25 Gy in 5 fractions to the right glomus jugulare, completed 10/27/2026.\n")
    assert [x.site for x in reading.facts.lesions] == ["cranial"]


_LONG_DICTATED_DOSES = (
    "PROCEDURE NOTE: STEREOTACTIC RADIOSURGERY\n"
    "Doses, all in a single fraction prescribed to the eighty percent isodose line:\n"
    "The right frontal lesion, two point one centimeters, received eighteen gray.\n"
    "The left parietal, correction, left occipital lesion, zero point nine centimeters, received twenty gray.\n"
    "The right cerebellar lesion, one point four centimeters, received eighteen, correction, twenty great. "
    "Twenty gray.\n"
    "The patient tolerated the procedure well.\n")


def test_taken_back_words_add_nothing_to_a_long_dictated_clause() -> None:
    # the self-correction's span is recorded when the text is normalised (lines.taken_back): its blanks add nothing to
    # the clause's length, so the occipital lesion keeps its place with its size; a printout's column gaps (blank runs
    # that no correction made) still count
    rules = load_vocabulary().normalisation
    line = "The left parietal, correction, left occipital lesion"
    assert [line[a:b] for a, b in taken_back(line, rules)] == ["left parietal, correction, "]
    reading = get_reader().read_text(_LONG_DICTATED_DOSES)
    assert [(x.name, x.dose_gy, x.fractions, x.size_cm) for x in reading.facts.lesions] == [
        ("right frontal lesion", 18.0, 1, 2.1), ("left occipital lesion", 20.0, 1, 0.9),
        ("right cerebellar lesion", 20.0, 1, 1.4)]
    assert not reading.review
