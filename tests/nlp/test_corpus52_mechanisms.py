"""Reader mechanisms found on corpus 52 and left from the last session (each chart text written for the test):
- how often a fraction is given ("one fraction a day") is no count of fractions (patterns single_session);
- a plan its clause says was abandoned ("Single-session plan abandoned") gives no count or dose of this course
  (patterns superseded_after, abandoned_before; quantities.claim_role, status_role);
- a dose that works out the regimen before it ("700 cGy x 5 = 3500 cGy") restates it (quantities.products), and on
  a course stopped early each lesion planned in the planned count had the delivered fractions, each its plan's dose
  per fraction (resolution._cut_short), with no second-dose flag for its plan (review.dose_flags);
- a target stopped "after the first fraction" in a clause of its own, its dose given with "each", had one fraction
  (patterns target_stopped_after, resolution._stopped_early with the clauses that name it);
- a ", received" after a "prior" cue that opens its sentence is the earlier course's own verb: the cue reaches on
  (context_rules closes_aside, pieces._scopes);
- a dictated note whose run-on first line opens with its title ("radiosurgery follow up. patient is seen ...") is
  titled by it (titles.heading_lines); a letter's "follow-up, now eighteen months after stereotactic body radiation
  therapy" is a follow-up statement (patterns follow_up_statement)."""

from __future__ import annotations

from srscheck.nlp import read_text


def _lesions(text: str) -> list[tuple[float | None, int | None]]:
    return [(les.dose_gy, les.fractions) for les in read_text(text).facts.lesions]


# ---- how often is no count


def test_one_fraction_a_day_is_no_count_of_fractions() -> None:
    r = read_text("COMPLETION NOTE\nA clival chordoma remnant was planned to 30 Gy in five fractions of six gray on "
                  "the Gamma Knife Icon. She was treated from 11/02/2026 to 11/06/2026, one fraction a day, with a "
                  "mask and cone-beam CT each time.\n")
    assert r.facts.fractions.value == 5
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(30.0, 5)]
    assert not [f for f in r.review if f.fact == "fractions"]


def test_a_single_session_is_still_one_fraction() -> None:
    r = read_text("GAMMA KNIFE NOTE\nLeft vestibular schwannoma, 12 Gy single-session radiosurgery under a Leksell "
                  "frame, delivered 11/02/2026.\n")
    assert r.facts.fractions.value == 1


# ---- an abandoned plan counts nothing


def test_an_abandoned_single_session_plan_is_no_fraction_count() -> None:
    r = read_text("SUMMARY\nRight petroclival meningioma. Single-session plan abandoned (brainstem dose). CyberKnife, "
                  "25 Gy delivered 10/27/2026 to 11/02/2026.\n")
    assert r.facts.fractions.value is None


def test_a_discarded_plan_named_before_its_count_is_no_count_either() -> None:
    r = read_text("SUMMARY\nRight petroclival meningioma. We abandoned the single-fraction plan; CyberKnife, 25 Gy "
                  "delivered 10/27/2026 to 11/02/2026.\n")
    assert r.facts.fractions.value is None
    assert _lesions("SUMMARY\nRight petroclival meningioma. A 14 Gy single-fraction plan was discarded. CyberKnife, "
                    "25 Gy in 5 fractions delivered 10/27/2026 to 11/02/2026.\n") == [(25.0, 5)]


def test_a_course_abandoned_part_way_is_no_abandoned_plan() -> None:
    r = read_text("SUMMARY\nRight petroclival meningioma, CyberKnife SRS planned 25 Gy in 5 fractions; treatment "
                  "abandoned after 2 fractions for vomiting, 10 Gy given.\n")
    assert r.facts.fractions.value == 2


# ---- a course stopped early: what each lesion had of its plan


STOPPED_EXPORT = """OLIGOMETASTASIS SBRT - COURSE EXPORT
Course status: STOPPED - not completed
Target 1: PTV_LAdrenal  Rx 600 cGy x 5 = 3000 cGy
Target 2: PTV_LUL  Rx 1100 cGy x 5 = 5500 cGy
Delivered totals: PTV_LAdrenal 1800 cGy / 3 fx ; PTV_LUL 3300 cGy / 3 fx
Course closed with 3 of 5 fractions delivered (admitted with neutropenic fever).
"""


def test_each_lesion_of_a_stopped_course_has_what_was_delivered() -> None:
    r = read_text(STOPPED_EXPORT)
    assert r.facts.fractions.value == 3
    assert sorted(_lesions(STOPPED_EXPORT)) == [(18.0, 3), (33.0, 3)]
    assert [f.fact for f in r.review] == ["fractions"]  # the interruption only: no flag for the plan's 30 and 55 Gy


def test_without_a_delivered_line_the_plan_per_fraction_times_the_fractions_given() -> None:
    text = STOPPED_EXPORT.replace("Delivered totals: PTV_LAdrenal 1800 cGy / 3 fx ; PTV_LUL 3300 cGy / 3 fx\n", "")
    assert sorted(_lesions(text)) == [(18.0, 3), (33.0, 3)]


def test_a_table_planned_in_the_planned_count_on_a_stopped_course() -> None:
    r = read_text("SBRT COURSE SUMMARY\nTarget\tDose\tFractions\nLeft adrenal metastasis\t30 Gy\t5\n"
                  "Left upper lobe nodule\t55 Gy\t5\n\nThe course was stopped after 3 of 5 fractions because of "
                  "pneumonia.\n")
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(18.0, 3), (33.0, 3)]
    assert [f.fact for f in r.review] == ["fractions"]


def test_a_worked_out_product_restates_its_regimen() -> None:
    assert _lesions("SBRT PRESCRIPTION\nTarget: PTV_Liver7 Rx 1000 cGy x 5 = 5000 cGy, 5 fractions completed "
                    "11/20/2026.\n") == [(50.0, 5)]


# ---- one target of several stopped in a clause of its own


def test_a_target_stopped_after_the_first_fraction_of_a_dose_given_each() -> None:
    r = read_text("SPINE SBRT SUMMARY\nTargets: T9 and L2 vertebral metastases, 24 Gy in 3 fractions each, on the "
                  "TrueBeam with cone-beam CT before every fraction.\nT9 received all 3 fractions. L2 was stopped "
                  "after the first fraction because of pain on the couch.\n")
    doses = {les.name.split()[0]: (les.dose_gy, les.fractions) for les in r.facts.lesions}
    assert doses == {"T9": (24.0, 3), "L2": (8.0, 1)}
    assert any("L2" in f.message and "stopped early" in f.message for f in r.review)


# ---- an undated earlier course written without its subject


def test_a_prior_course_with_received_stays_an_earlier_course() -> None:
    r = read_text("GAMMA KNIFE TREATMENT SUMMARY\nLeft cerebellar metastasis, 20 Gy in 1 fraction, delivered "
                  "11/02/2026 under a Leksell frame.\nPrior whole-brain radiotherapy, received 30 Gy in 10 "
                  "fractions.\n")
    assert r.facts.fractions.value == 1
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(20.0, 1)]
    assert not r.review


def test_an_aside_closed_by_received_still_ends_the_prior_cue() -> None:
    r = read_text("GAMMA KNIFE TREATMENT SUMMARY\nThe left cerebellar metastasis, because of the prior whole brain "
                  "dose, received 20 Gy in 1 fraction under a Leksell frame on 11/02/2026.\n")
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(20.0, 1)]


# ---- a dictated title at the start of a run-on first line


def test_a_run_on_first_line_opening_with_its_title() -> None:
    r = read_text("radiosurgery follow up. patient is seen today for her visit. she received gamma knife "
                  "radiosurgery 18 gray to a right occipital metastasis on 08/04/2026. mri today shows the lesion "
                  "smaller. no new lesions.\n")
    assert r.facts.course_status.value == "follow_up"
    assert not r.facts.lesions


def test_a_follow_up_letter_months_after_body_radiation_therapy() -> None:
    r = read_text("Dear Dr. Okafor,\nI saw Mr. Lindqvist today for routine follow-up, now fourteen months after "
                  "stereotactic body radiation therapy for a left lower lobe adenocarcinoma. As you know, he "
                  "received 54 Gy in 3 fractions, completed on 09/12/2025. His CT of 11/20/2026 shows fibrosis only; "
                  "a new 3 mm nodule in the right upper lobe will be watched.\nSincerely,\n")
    assert r.facts.course_status.value == "follow_up"
    assert not r.facts.sites.value


# ---- the course stopped after k fractions, its plan's count said elsewhere


def test_a_course_stopped_after_k_fractions_had_k() -> None:
    for said in ("The course was stopped after 2 fractions for vomiting.", "Treatment was stopped after fraction 2.",
                 "Radiosurgery was halted after the second fraction."):
        r = read_text(f"SUMMARY\nLeft jugular foramen meningioma, CyberKnife, 25 Gy in 5 fractions. {said}\n")
        assert r.facts.fractions.value == 2, said
        assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(10.0, 2)], said
        assert [f.fact for f in r.review] == ["fractions"], said


def test_a_drug_or_one_target_stopped_stops_no_course() -> None:
    r = read_text("SUMMARY\nLeft jugular foramen meningioma, CyberKnife, 25 Gy in 5 fractions. Dexamethasone was "
                  "stopped after 2 fractions.\n")
    assert r.facts.fractions.value == 5
    r = read_text("SPINE SBRT SUMMARY\nTargets: T9 and L2 vertebral metastases, 24 Gy in 3 fractions each.\nL2 "
                  "treatment was stopped after the first fraction because of pain.\n")
    assert r.facts.fractions.value == 3


def test_doses_of_a_stopped_plan_still_name_their_lesions() -> None:
    r = read_text("COURSE SUMMARY\nTargets: right adrenal metastasis 40 Gy in 5 fractions and right lower lobe nodule "
                  "50 Gy in 5 fractions.\nCourse stopped after fraction 2 of 5 (admitted with pneumonia).\n")
    assert r.facts.lesion_count.value == 2
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(16.0, 2), (20.0, 2)]
