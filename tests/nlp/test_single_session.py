"""A radiosurgery record that writes no fraction count is one session, inferred and said so; a chart with
any word of a fractionated course is never given one. A bare "CT omitted" negates the CT."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_radiosurgery_without_a_fraction_count_is_one_session_said_to_be_inferred():
    r = read_text("GAMMA KNIFE ICON - PROCEDURE NOTE\nFrame\tLeksell Vantage frame, 4 pins\n"
                  "Target\tRight temporal metastasis, 2.4 cm\nMarginal dose 18 Gy at the 50% isodose, delivered.\n")
    assert r.facts.fractions.value == 1 and r.facts.fractions.inferred
    assert [les.fractions for les in r.facts.lesions] == [1]
    assert any("one session was assumed" in w for w in r.warnings)


def test_a_fractionated_course_is_never_given_one_session():
    r = read_text("SBRT to the right lower lobe nodule, 50 Gy delivered on the TrueBeam.\n")
    assert r.facts.fractions.value is None


def test_a_bare_omitted_negates_the_word_before_it():
    r = read_text("Imaging\tStereotactic MRI 03/03/2026 with frame; CT omitted\n"
                  "Gamma Knife radiosurgery to a right temporal metastasis, 18 Gy in 1 fraction.\n")
    assert r.facts.imaging.value == ["MRI"]
    assert r.facts.positioning.value == ["frame"]


def test_a_declined_radiosurgery_is_given_no_fraction_count():
    r = read_text("Consult: SRS recommended for a 1.1 cm left frontal metastasis.\n"
                  "Telephone encounter: patient has decided NOT to proceed with radiosurgery; "
                  "CT sim and MRI cancelled.\n")
    assert r.facts.fractions.value is None


def test_a_drugs_dose_and_schedule_is_no_fractionated_course():
    # a discharge note's steroid ("4 mg once daily for 3 days") says how often a tablet is taken, not that the
    # radiosurgery was fractionated: the course without a written count is still one session
    r = read_text("GAMMA KNIFE ICON - PROCEDURE NOTE\nFrame\tLeksell Vantage frame, 4 pins\n"
                  "Target\tRight temporal metastasis, 2.4 cm\nMarginal dose 18 Gy at the 50% isodose, delivered.\n"
                  "Medication on discharge: dexamethasone 4 mg once daily for 3 days then stop; "
                  "lansoprazole 30 mg od.\n")
    assert r.facts.fractions.value == 1 and r.facts.fractions.inferred


def test_a_daily_course_beside_a_drug_is_still_fractionated():
    r = read_text("GAMMA KNIFE ICON - PROCEDURE NOTE\nTarget\tRight temporal metastasis, 2.4 cm\n"
                  "Marginal dose 25 Gy given daily, delivered. Dexamethasone 4 mg twice a day.\n")
    assert r.facts.fractions.value is None
