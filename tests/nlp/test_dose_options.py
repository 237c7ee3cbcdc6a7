"""The role of a dose the chart writes as this course's but did not give: an order the chart marks as replaced
(its status on its own line), an order marked completed (a delivered count), and doses one sentence offers as
alternatives ("60 Gy in 8 fractions vs 50 Gy in 5", "50 Gy/5 if ..., otherwise 40 Gy/5")."""

from __future__ import annotations

from srscheck.nlp import read_text

ORDERS = """RADIATION ONCOLOGY ORDER HISTORY
[1] TREATMENT ORDER: fractionated SRS, left frontal resection cavity
    Dose: 30 Gy in 5 fractions (6 Gy/fx)      Status: MODIFIED (superseded by [2])
[2] TREATMENT ORDER (modification of [1]): left frontal resection cavity
    Dose: 25 Gy in 5 fractions (5 Gy/fx)      Status: COMPLETED 11/06/2026
Mask immobilization, CT simulation with MRI fusion, daily CBCT.
"""


def test_an_order_marked_replaced_on_its_line_is_no_second_reading_of_the_dose() -> None:
    reading = read_text(ORDERS)
    assert [les.dose_gy for les in reading.facts.lesions] == [25.0]
    assert reading.facts.fractions.value == 5
    assert not [f for f in reading.review if f.fact == "lesions"]
    # without the status that says it was replaced, the two prescriptions disagree
    plain = read_text(ORDERS.replace("Status: MODIFIED (superseded by [2])", ""))
    assert [f for f in plain.review if f.fact == "lesions"]


DISCONTINUED = """MR-LINAC PROGRAM ORDERS
#120  MR-linac SBRT left adrenal metastasis 35 Gy/5 fx    DISCONTINUED 10/28/2026 (replaced by #131)
#131  MR-linac SBRT left adrenal metastasis 40 Gy/5 fx (8 Gy/fx)    COMPLETED 11/13/2026
Total to the left adrenal: 40 Gy in 5 fractions.
"""


def test_a_discontinued_order_is_no_second_reading_but_a_course_stopped_early_still_counts() -> None:
    reading = read_text(DISCONTINUED)
    assert [les.dose_gy for les in reading.facts.lesions] == [40.0]
    assert not [f for f in reading.review if f.fact == "lesions"]
    stopped = read_text("SBRT to the left adrenal metastasis, 40 Gy in 5 fractions, DISCONTINUED after fraction 3.\n")
    assert [les.dose_gy for les in stopped.facts.lesions] == [40.0]


COMPLETED = """RADIATION ONCOLOGY - ACTIVE & COMPLETED ORDERS
- Radiation treatment: SBRT right kidney 40 Gy / 5 fx (8 Gy/fx), VMAT ....... COMPLETED 11/13/2026
TREATMENT RECORD
Fx\tDate\tDose (cGy)\tCumulative (cGy)
1\t11/09/2026\t1400\t1400
2\t11/11/2026\t1400\t2800
3\t11/13/2026\t1400\t4200
"""


def test_an_order_completed_on_its_line_is_a_delivered_count_that_a_different_record_contradicts() -> None:
    reading = read_text(COMPLETED)
    assert reading.facts.fractions.value == 3
    flags = [f for f in reading.review if f.fact == "fractions"]
    assert flags and "3, 5" in flags[0].message


OPTIONS = """SBRT COMPLETION
Central RUL tumour. Tumour board 2026-09-22 discussed 60 Gy in 8 fractions (risk-adapted) vs 50 Gy in 5; 50 Gy in 5 chosen.
Simulation 2026-09-29: Vac-Lok cushion, 4DCT.
Delivery: TrueBeam, every other day 2026-10-05 .. 2026-10-13, 10 Gy x 5 = 50 Gy. Daily CBCT.
"""  # noqa: E501  (chart text: its lines are printed as they are)


def test_doses_offered_as_alternatives_are_options_not_the_course() -> None:
    reading = read_text(OPTIONS)
    assert reading.facts.fractions.value == 5
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(50.0, 5)]
    assert not reading.review


CONDITIONAL = """SMART TREATMENT RECORD
Target: pancreatic head adenocarcinoma. Unit: MRIdian MR-linac, Vac-Lok cushion.
Planned: 50 Gy/5 to PTV_hi if duodenum V33 < 1 cc on each daily adaptive plan, otherwise 40 Gy/5.
Fx1 2026-10-05 8 Gy | Fx2 2026-10-07 8 Gy | Fx3 2026-10-09 8 Gy | Fx4 2026-10-12 8 Gy | Fx5 2026-10-14 8 Gy
Total delivered: 40 Gy in 5 fractions.
"""


def test_a_conditional_dose_level_and_its_otherwise_are_options() -> None:
    reading = read_text(CONDITIONAL)
    assert [les.dose_gy for les in reading.facts.lesions] == [40.0]
    assert not [f for f in reading.review if f.fact == "lesions"]


LETTER_AND_RECORD = """Dear Dr. Hollis,
Your patient had radiosurgery of his right frontal metastasis on the TrueBeam, with a single fraction of 18 Gy.
TREATMENT RECORD
Target: right frontal metastasis, 2.2 cm. Rx: 2000 cGy x 1.
11/11/2026 08:52 Arcs 1-5 delivered. Dose delivered 2000 cGy.
"""


def test_a_fraction_count_written_before_its_dose_is_a_prescription_that_can_disagree() -> None:
    reading = read_text(LETTER_AND_RECORD)
    assert [les.dose_gy for les in reading.facts.lesions] == [20.0]
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "18 Gy" in flags[0].message
    five = read_text("SBRT to the left adrenal metastasis: five fractions of 8 Gy each, completed 11/13/2026.\n")
    assert [(les.dose_gy, les.fractions) for les in five.facts.lesions] == [(40.0, 5)]


REFERRAL = """RADIATION ONCOLOGY DISCHARGE NOTE
Mr. Testcase, 74, has a 2.6 cm adenocarcinoma of the right lower lobe abutting the heart and was referred by Dr. Ames
at the chest clinic for SBRT 54 Gy in 3 fractions. Given the central location we advised against three-fraction SBRT
and chose a gentler regimen.

4DCT simulation in a vacuum cushion. Plan: 55 Gy in 5 fractions of 11 Gy, daily CBCT on the TrueBeam. Treated
09/08/2026 to 09/15/2026, all 5 fractions delivered.
"""


def test_a_referral_s_dose_and_a_regimen_advised_against_are_not_the_course() -> None:
    """The dose the referral asked for is not what was given when the chart writes another, and "advised against
    three-fraction SBRT" negates the three fractions: one lesion of 55 Gy in 5, and no fraction flag."""
    reading = read_text(REFERRAL)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(55.0, 5)]
    assert reading.facts.fractions.value == 5
    assert not [f for f in reading.review if f.fact in ("fractions", "lesions")]


def test_a_referral_s_dose_that_is_the_only_dose_written_still_counts() -> None:
    only = read_text("Referred by Dr. Ames for SBRT 54 Gy in 3 fractions to the right lower lobe adenocarcinoma.\n"
                     "Treated on the TrueBeam 09/08/2026 to 09/12/2026 with daily CBCT.\n")
    assert [(les.dose_gy, les.fractions) for les in only.facts.lesions] == [(54.0, 3)]


def test_a_tumour_next_to_an_organ_is_no_future_treatment() -> None:
    """"next" of a place ("next to the heart") is not "next" of a time ("next MRI"): the dose still counts."""
    reading = read_text("SBRT to the right lower lobe adenocarcinoma next to the heart, 55 Gy in 5 fractions, "
                        "delivered on the TrueBeam 09/08/2026 to 09/15/2026 with daily CBCT.\n")
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(55.0, 5)]
    later = read_text("SBRT to the right lower lobe adenocarcinoma, 55 Gy in 5 fractions delivered 09/2026.\n"
                      "Next MRI in 3 months; next course 30 Gy in 10 fractions if it progresses.\n")
    assert later.facts.fractions.value == 5
