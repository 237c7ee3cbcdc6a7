"""Several lesions, and one of them given another dose where a document names it by its label ("C left occipital
20 Gy" in a summary beside the procedure note's and the plan's 18 Gy): a review flag quoting both; a stage's dose
of a staged lesion is no other dose. And a Gamma Knife frame's fiducial check and a physics independent check of
the coordinates verify the delivery."""

from __future__ import annotations

from srscheck.nlp import read_text

NOTE = """GAMMA KNIFE RADIOSURGERY - PROCEDURE NOTE
Date of service: 02/10/2026
Frame: Leksell G frame, 4 pins. Imaging: stereotactic MRI and CT.
Targets:
  A  right frontal    20 Gy @ 50%
  B  left parietal    20 Gy @ 50%
  C  right occipital    18 Gy @ 50%
  D  left cerebellar    18 Gy @ 50%
Verification: frame fiducial check (0.2 mm), physics independent check of coordinates.
Delivery: Leksell Gamma Knife Icon, one session.
Summary: A right frontal 20 Gy; B left parietal 20 Gy; C right occipital 22 Gy; D left cerebellar 18 Gy.
"""


def test_a_lesion_given_another_dose_by_its_label_is_flagged() -> None:
    reading = read_text(NOTE)
    doses = {les.name: les.dose_gy for les in reading.facts.lesions}
    assert len(doses) == 4, doses
    flags = [f for f in reading.review if f.fact == "lesions" and "22 Gy" in f.message]
    assert flags, [f.message for f in reading.review]
    agreed = read_text(NOTE.replace("C right occipital 22 Gy", "C right occipital 18 Gy"))
    assert not [f for f in agreed.review if f.fact == "lesions"], [f.message for f in agreed.review]


STAGED = """TREATMENT SUMMARY
Date 04/20/2026. Edge, mask. Two-stage SRS.
Stage 1 (03/20/2026): Met 1 15 Gy and Met 2 20 Gy, one session.
Stage 2 (04/17/2026): Met 1 15 Gy to the residual volume.
Course completed: Met 1 left frontal 30 Gy in 2 stages; Met 2 right cerebellar 20 Gy x 1.
"""


def test_a_stages_dose_is_no_other_dose_of_the_lesion() -> None:
    reading = read_text(STAGED)
    assert not [f for f in reading.review if f.fact == "lesions" and "15 Gy in another" in f.message], \
        [f.message for f in reading.review]


def test_a_frame_fiducial_check_and_an_independent_check_of_coordinates_verify_delivery() -> None:
    line = "Verification: frame fiducial check (0.2 mm), physics independent check of coordinates.\n"
    assert "FRAME_CHECK" in _labels(NOTE.replace(line, "Checks: frame fiducial check (0.2 mm).\n"))
    assert "FRAME_CHECK" in _labels(NOTE.replace(line, "Checks: the independent check of coordinates.\n"))
    assert "QA" in _labels(NOTE.replace(line, "Checks: physics independent check done.\n"))


def _labels(text: str) -> set[str]:
    return {m.label for m in read_text(text).mentions if m.affirmed}


LETTER = """Dear colleague,
Your patient finished prostate SBRT on 05/08/2026: 36.25 Gy in 5 fractions on the TrueBeam, prescribed to the
prostate with a 4 mm posterior and 6 mm elsewhere margin, with a cone-beam CT before each fraction and a repeat
kV check of the fiducials halfway through each arc.
"""


def test_a_margin_given_with_its_direction_is_a_planned_target_and_a_repeat_check_leaves_the_arc_done() -> None:
    mentions = [m for m in read_text(LETTER).mentions if m.affirmed]
    labels = {m.label for m in mentions}
    assert "TARGET_VOLUME" in labels
    assert "PLAN_PARAMETER" in labels  # "each arc", after the repeat kV check
    future = [m for m in read_text("Plan: repeat MRI of the brain in 3 months; repeat Gamma Knife radiosurgery "
                                   "may be offered.\n").mentions if m.label == "IMAGING"]
    assert future and not any(m.affirmed for m in future)


DOSE_THEN_TARGET = """RADIOSURGERY COMPLETION LETTER
Dear colleague, your patient was treated on 09/14/2026 on the Gamma Knife Icon with a thermoplastic mask and a
planning MRI, in one session, giving 24 Gy to the left occipital metastasis and 15 Gy to the right insular
metastasis{tail}.
Physics: GammaPlan, 50% isodose line, brainstem max 6.1 Gy.
"""


def test_a_dose_that_names_its_target_after_it_is_not_the_lesion_before_it() -> None:
    # "24 Gy to the left occipital metastasis and 15 Gy to the right insular metastasis": 15 Gy is the insular
    # lesion's, though the left occipital lesion is the last named before it
    reading = read_text(DOSE_THEN_TARGET.format(tail=""))
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [15.0, 24.0]
    assert not [f for f in reading.review if f.fact == "lesions"], [f.message for f in reading.review]


def test_a_dose_to_the_isodose_line_still_belongs_to_the_lesion_before_it() -> None:
    # "... occipital 18 Gy to the 50% isodose line" names no lesion after the dose: the summary's line says the
    # occipital lesion had 18 Gy where the letter gives it 24 Gy
    chart = DOSE_THEN_TARGET.format(tail="") + "Summary: left occipital 18 Gy to the 50% isodose line.\n"
    reading = read_text(chart)
    assert [f for f in reading.review if f.fact == "lesions" and "18 Gy" in f.message], \
        [f.message for f in reading.review]


def test_the_words_that_name_a_doses_own_target_are_vocabulary(monkeypatch) -> None:
    # review reads "a dose, then to/for its target" with patterns.yaml dose_names_target: a vocabulary without that
    # pattern takes "24 Gy to the left occipital metastasis and 15 Gy ..." as the occipital lesion given 15 Gy too
    import re
    from dataclasses import replace

    from srscheck.nlp import get_reader
    reader = get_reader()
    vocab = reader.vocab
    assert "dose_names_target" in vocab.patterns
    monkeypatch.setattr(reader, "vocab", replace(vocab, patterns={**vocab.patterns,
                                                                  "dose_names_target": re.compile(r"(?!)")}))
    reading = read_text(DOSE_THEN_TARGET.format(tail=""))
    assert [f for f in reading.review if f.fact == "lesions" and "15 Gy" in f.message], \
        [f.message for f in reading.review]
