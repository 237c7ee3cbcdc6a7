"""General reading rules added for dictated notes and bundles (each in wording of its own)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


def _lesions(text: str) -> list[tuple]:
    return [(les.site, les.dose_gy, les.fractions) for les in read_text(text).facts.lesions]


# ------------------------------------------------------------------------------ doses written in words
@pytest.mark.parametrize("text,dose,fx", [
    ("The right occipital metastasis was treated to twenty-one Gray in a single fraction.", 21.0, 1),
    ("SBRT delivered thirty Gray in five fractions to the left adrenal metastasis.", 30.0, 5),
    ("Dictated: the left temporal lesion received fifteen point five Gray in one fraction.", 15.5, 1),
    ("We gave eighteen hundred centigray in one fraction to the right parietal metastasis.", 18.0, 1),
])
def test_dose_in_words(text, dose, fx):
    assert _lesions(text)[0][1:] == (dose, fx)


def test_a_name_is_not_a_dose_unit():
    r = read_text("Seen with Dr. Gray. The right frontal metastasis received 19 Gy in 1 fraction.")
    assert [les.dose_gy for les in r.facts.lesions] == [19.0]


# ------------------------------------------------------------------------------ sites decided by context
@pytest.mark.parametrize("text,site", [
    ("Metastatic prostate cancer to T10, SBRT 24 Gy in 2 fractions.", "spinal"),
    ("Renal cell carcinoma metastatic to the right adrenal gland: 35 Gy in 5 fractions.", "body"),
    ("Breast carcinoma spread to the left cerebellum, 20 Gy in 1 fraction.", "cranial"),
])
def test_primary_organ_never_sets_the_site(text, site):
    assert read_text(text).facts.sites.value == [site]


def test_letter_number_labels_in_a_brain_chart_are_not_vertebrae():
    r = read_text("Targets: T1 right parietal 20 Gy, T2 left occipital 18 Gy, single fraction radiosurgery.")
    assert r.facts.sites.value == ["cranial"] and r.facts.lesion_count.value == 2


def test_a_level_with_spine_words_is_a_vertebra():
    r = read_text("SBRT to the L2 vertebral body, 27 Gy in 3 fractions.")
    assert r.facts.sites.value == ["spinal"]


# ------------------------------------------------------------------------------ this course only
def test_consult_that_only_recommends_has_no_course_facts():
    r = read_text("NEUROSURGERY CONSULTATION\n\nThe MRI shows two small metastases, left frontal and right "
                  "occipital. I recommend CyberKnife radiosurgery, 24 Gy in 3 fractions, with a mask. We will "
                  "schedule the planning CT next week.\n")
    f = r.facts
    assert (f.modality.value, f.lesion_count.value, f.fractions.value, f.positioning.value) == (None, None, None, [])
    assert r.facts.course_status.value == "recommended" and not r.review  # a course status, not a contradiction
    assert "I recommend CyberKnife radiosurgery" in r.facts.course_status.evidence[0].text


def test_consult_that_reports_the_treatment_keeps_its_facts():
    r = read_text("RADIATION ONCOLOGY CONSULT ADDENDUM\n\nThe left frontal metastasis was treated on the "
                  "TrueBeam with 20 Gy in 1 fraction today; she tolerated it well.\n")
    assert r.facts.lesion_count.value == 1 and r.facts.modality.value == "linac"


def test_treatment_summary_is_not_a_consult():
    r = read_text("TREATMENT SUMMARY\n\nRight frontal metastasis, 20 Gy in 1 fraction on the Edge.\n")
    assert r.facts.lesion_count.value == 1


# ------------------------------------------------------------------------------ counts
@pytest.mark.parametrize("text", [
    "Rx: 20 Gy x 1 to each target.",
    "Targets C4-C5 (one target with epidural extension) and T9, 24 Gy in 2 fractions each.",
])
def test_multipliers_and_asides_are_not_counts(text):
    assert not [f for f in read_text(text).review if f.fact == "lesion_count"]


# ------------------------------------------------------------------------------ quantities with a role
@pytest.mark.parametrize("text,dose,fx", [
    ("Prostate SBRT: 7.25 Gy fractions x 5 fractions to the prostate.", 36.25, 5),
    ("The right lower lobe nodule got 300 cGy fractions x 10 doses, for a total dose of 30 Gy.", 30.0, 10),
    ("Phase 1 1.8 Gy x 25 fractions to the pelvis, then a boost; total dose in both phases : 59.4 Gy.", 59.4, 25),
    ("Liver segment 7 lesion, total dose : 45 to 50 Gy in 5 fractions.", 50.0, 5),
])
def test_per_fraction_times_n_and_stated_totals(text, dose, fx):
    r = read_text(text)
    assert [les.dose_gy for les in r.facts.lesions] == [dose] and r.facts.fractions.value == fx


def test_organ_at_risk_total_is_not_the_lesion_dose():
    r = read_text("Right frontal metastasis, 21 Gy in 3 fractions; total dose to the optic chiasm 9 Gy.")
    assert [les.dose_gy for les in r.facts.lesions] == [21.0]


def test_the_remaining_or_other_lesions_are_no_count_of_the_course():
    r = read_text("Three brain metastases were treated in one session: the left frontal metastasis received 18 Gy; "
                  "the remaining two lesions (right parietal 20 Gy, left occipital 20 Gy) received 20 Gy each.")
    assert not [f for f in r.review if f.fact == "lesion_count"]


@pytest.mark.parametrize("text,dose", [
    ("Summary: right vestibular schwannoma treated with 25,0 Gy in 5 fractions of 5,0 Gy.", 25.0),
    ("Summary: left parietal metastasis, 19,5 Gy in 1 fraction on the Novalis.", 19.5),
    ("Summary: liver metastasis, 4,500 cGy in 5 fractions.", 45.0),
])
def test_a_decimal_comma_and_a_thousands_comma(text, dose):
    assert [les.dose_gy for les in read_text(text).facts.lesions] == [dose]


def test_a_fraction_log_row_gives_way_to_the_lesion_total():
    r = read_text("fraction[1].delivered: T10_SPINE 900 cGy; L2_SPINE 900 cGy\n"
                  "fraction[2].delivered: T10_SPINE 900 cGy; L2_SPINE 900 cGy\n"
                  "fraction[3].delivered: T10_SPINE 900 cGy; L2_SPINE 900 cGy\n"
                  "course.summary: T10 2700 cGy / 3 fx; L2 2700 cGy / 3 fx\n")
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(27.0, 3), (27.0, 3)]


def test_a_place_written_straight_after_the_noun_makes_two_mentions_one_lesion():
    r = read_text("Course: SRT cavity right temporal, 3 x 9 Gy\n"
                  "Target: right temporal resection cavity, maximum dimension 3.8 cm\n"
                  "Fx 1/3 9 Gy\nFx 2/3 9 Gy\nFx 3/3 9 Gy\n"
                  "Treatment completed: resection cavity right temporal 27 Gy in 3 fractions.\n")
    les = r.facts.lesions
    assert len(les) == 1 and les[0].site == "cranial" and les[0].dose_gy == 27.0
    assert les[0].complexity == "complex" and les[0].size_cm == 3.8  # 3.5 cm or larger
