"""How a whole course is read when its documents say it differently: a count of the lesions known before a new one
was found, a replaced plan version's count, a log entry of a fraction not given, two targets given their own doses in
one dictated sentence, and a unit known only by its intensity-modulated fields and beam energy."""

from __future__ import annotations

from srscheck.nlp import read_text


def _count_flags(reading) -> list:
    return [f for f in reading.review if "treated lesion(s)" in f.message]


SUMMARY = """RADIOSURGERY TREATMENT SUMMARY
Treated on 02/02/2027 with a gantry linac and a frameless mask, single fraction.
The morning MRI showed the {known} plus a new 4 mm focus in the right occipital lobe, so three lesions were treated.
1. Left frontal metastasis: 20 Gy
2. Right parietal metastasis: 20 Gy
3. Right occipital metastasis: 22 Gy
"""


def test_a_count_of_the_lesions_known_before_a_new_one_is_a_part() -> None:
    for known in ("two known lesions", "two lesions we knew about"):
        reading = read_text(SUMMARY.format(known=known))
        assert reading.facts.lesion_count.value == 3
        assert not _count_flags(reading), known


def test_a_replaced_plan_versions_count_is_not_the_courses() -> None:
    chart = ("SRS TREATMENT RECORD\nPlan SRS_3tgt_v2 (v1 had four targets, not used). Delivered 02/02/2027 on a "
             "gantry linac, mask, single fraction.\n1. Left frontal metastasis: 20 Gy\n2. Right parietal metastasis: "
             "20 Gy\n3. Left cerebellar metastasis: 18 Gy\n")
    reading = read_text(chart)
    assert reading.facts.lesion_count.value == 3
    assert not _count_flags(reading)


def test_a_log_entry_of_a_fraction_not_given_lowers_the_delivered_count() -> None:
    chart = """ON-TREATMENT NOTES   Course: L2 metastasis 30 Gy / 5 fx (6 Gy per fx), gantry linac, CBCT daily
03/01/2027  Fx 1 of 5. 6 Gy delivered.
03/02/2027  Fx 2 of 5. 6 Gy delivered.
03/03/2027  Fx 3 of 5. 6 Gy delivered.
03/04/2027  Fx 4 of 5. 6 Gy delivered.
03/08/2027  Fx 5 NOT GIVEN. Admitted with sepsis; patient does not want the last fraction. Course closed.
"""
    reading = read_text(chart)
    assert reading.facts.fractions.value == 4
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(24.0, 4)]


def test_two_targets_given_their_own_doses_in_one_sentence_are_two_lesions() -> None:
    chart = ("end of treatment note dictated\n\nshe had a right frontal metastasis removed in january and a small "
             "left cerebellar metastasis was found afterwards.\n\nshe was treated on our gantry linac in a mask on "
             "three days. the cavity received thirty gray in five fractions of six gray and the left cerebellar "
             "metastasis received twenty five gray in five fractions of five gray. all fractions were given.\n")
    reading = read_text(chart)
    assert reading.facts.lesion_count.value == 2
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [25.0, 30.0]


def test_intensity_modulated_fields_and_a_beam_energy_infer_a_linac() -> None:
    chart = ("COURSE SUMMARY EXPORT\nCourse: C4 SPINE SRS   Status: Completed\nRx: C4 vertebral body (PTV_C4), IMRT "
             "9 fields, 6X FFF, 1600 cGy in 1 fraction to the 80% IDL\nFractions delivered 1 of 1. Treated as "
             "planned 05/05/2027.\n")
    fact = read_text(chart).facts.modality
    assert fact.value == "linac" and fact.inferred
