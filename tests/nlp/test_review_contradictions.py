"""Review flags where the chart contradicts itself in a course of several lesions, or against its own log:
a delivered fraction count that no lesion was given, a summary's dose for one of several lesions that the plan
gives another dose, and a course-end total that the per-fraction log does not add up to."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


def _flags(reading, fact: str) -> list:
    return [f for f in reading.review if f.fact == fact]


LOG = """SBRT COMPLETION SUMMARY
Site\tLeft lower lobe, two nodules
Fractions delivered\t{given}
Immobilization\tVac-Lok cushion; 4D planning CT

Target\tPrescription
PTV_LLL_sup\t12 Gy x 5 = 60 Gy
PTV_LLL_inf\t10 Gy x 5 = 50 Gy

Fraction log
Fx\tDate\tPTV_LLL_sup\tPTV_LLL_inf
1\t11/02/2026\t12 Gy\t10 Gy
2\t11/04/2026\t12 Gy\t10 Gy
3\t11/06/2026\t12 Gy\t10 Gy
4\t11/09/2026\t12 Gy\t10 Gy
5\t11/11/2026\t12 Gy\t10 Gy

Impression: completed SBRT to both nodules in five fractions.
"""


def test_a_delivered_count_no_lesion_was_given_is_flagged_in_a_course_of_several_lesions() -> None:
    reading = read_text(LOG.format(given="4"))
    assert reading.facts.fractions.value == 5
    flags = _flags(reading, "fractions")
    assert flags and "(5, 4)" in flags[0].message


def test_a_delivered_count_that_agrees_raises_nothing() -> None:
    reading = read_text(LOG.format(given="5"))
    assert not _flags(reading, "fractions")


PLAN_AND_SUMMARY = """SBRT PLAN
Target\tRx\tFractions\tPrescribed to\tCoverage
PTV_Liver8\t10 Gy/fx = 50 Gy\t5\t80% IDL\t95.1%
PTV_RtRib6\t6 Gy/fx = 30 Gy\t5\t85% IDL\t97.0%
BodyFIX with abdominal compression; planning CT fused with MRI. Three fiducials in the liver.

TREATMENT SUMMARY
Completed 11/20/2026. The liver metastasis received {liver} in five fractions and the right sixth
rib metastasis received 30 Gy in five fractions.
"""


RECORD = """CYBERKNIFE TREATMENT RECORD
Rx\tPTV_Prostate 3625 cGy / 5 fx @ 725 cGy
Localization\t4 gold fiducials, fiducial tracking every fraction; CT and MRI fused

Fx\tDate\tcGy\tCum cGy
1\t10/06/26\t725\t725
2\t10/08/26\t725\t1450
3\t10/10/26\t725\t2175
4\t10/13/26\t725\t2900
5\t10/15/26\t725\t3625

Course complete 10/15/26. Total delivered {total} cGy to the prostate.
"""


def test_a_course_end_total_the_log_does_not_add_up_to_is_flagged() -> None:
    reading = read_text(RECORD.format(total="3500"))
    (les,) = reading.facts.lesions
    assert les.dose_gy == 36.25
    flags = _flags(reading, "lesions")
    assert flags and "35 Gy" in flags[0].message


def test_a_course_end_total_that_agrees_raises_nothing() -> None:
    reading = read_text(RECORD.format(total="3625"))
    assert not _flags(reading, "lesions")


RETIRED = """SBRT TREATMENT RECORD
Rx\tPTV_Liver 50 Gy in 5 fractions (10 Gy/fx), amended 03/09/2026
Immobilization\tVac-Lok cushion; three gold fiducials, fiducial tracking
The 3-fraction plan is retired and must not be treated.

Fx\tDate\tGy\tCum Gy
1\t03/16/2026\t10\t10
2\t03/18/2026\t10\t20
3\t03/20/2026\t10\t30
4\t03/23/2026\t10\t40
5\t03/25/2026\t10\t50
"""


def test_a_retired_plans_count_is_no_delivered_count() -> None:
    reading = read_text(RETIRED)
    assert reading.facts.fractions.value == 5
    assert not _flags(reading, "fractions")


TWO_LEVELS = """SPINE SBRT PLAN
Target\tRx\tFractions
PTV_C7\t16 Gy\t1
PTV_T6\t16 Gy\t1
Vac-Lok body cushion; planning CT fused with the spine MRI; CBCT before treatment.

SUMMARY LETTER
Both levels were treated on 11/12/2026. The C7 metastasis received {c7} and the T6 metastasis 16 Gy in
1 fraction.
"""


LABELLED = """SRS PRESCRIPTION (signed)

Target\tTotal dose\tFractions\tDose/fx\tTechnique
PTV_LF\t2000 cGy\t1\t2000 cGy\tVMAT, 80% IDL
PTV_RP\t1800 cGy\t1\t1800 cGy\tVMAT, 80% IDL

Thermoplastic mask, planning MRI fused to CT, CBCT before treatment on the TrueBeam.

PLAN APPROVAL
Plan reviewed and approved: PTV_LF (Lesion 1) coverage 98%, Rx 20 Gy; PTV_RP (Lesion 2) coverage 98%, Rx 18 Gy.

COMPLETION SUMMARY
Course completed 08/30/2026: 1 fraction. Delivered: Lesion 1 (left frontal) 20 Gy; Lesion 2 (right parietal) {rp}.
"""


# A document's dose for one named lesion of several, against the plan's dose for it: a treatment summary's (the liver
# metastasis 40 Gy where the plan gives PTV_Liver8 50 Gy) and a letter's, with its own fraction count (C7 20 Gy in 2
# fractions where the plan gives PTV_C7 16 Gy in one). Each case: the text, its wrong and its agreeing words, the
# lesions' doses read (the plan's, either way) and the flag's words.
PLAN_AGAINST = [
    pytest.param(PLAN_AND_SUMMARY, "liver", "40 Gy", "50 Gy", [30.0, 50.0], "PTV_Liver8 50 Gy in one place and 40 Gy",
                 id="summary"),
    pytest.param(TWO_LEVELS, "c7", "20 Gy in 2 fractions", "16 Gy in 1 fraction", [16.0, 16.0],
                 "PTV_C7 16 Gy in one place and 20 Gy in 2 fractions", id="letter"),
    # the summary names the lesion by the label the plan approval gives its structure ("PTV_RP (Lesion 2)")
    pytest.param(LABELLED, "rp", "20 Gy", "18 Gy", [18.0, 20.0], "PTV_RP 18 Gy in one place and 20 Gy",
                 id="label"),
]


@pytest.mark.parametrize(("chart", "slot", "wrong", "agreeing", "doses", "said"), PLAN_AGAINST)
def test_a_documents_dose_for_one_of_several_lesions_against_the_plan_is_flagged(
        chart: str, slot: str, wrong: str, agreeing: str, doses: list[float], said: str) -> None:
    reading = read_text(chart.format(**{slot: wrong}))
    assert sorted(les.dose_gy for les in reading.facts.lesions) == doses
    flags = _flags(reading, "lesions")
    assert flags and said in flags[0].message


@pytest.mark.parametrize(("chart", "slot", "wrong", "agreeing", "doses", "said"), PLAN_AGAINST)
def test_a_document_that_agrees_with_the_plan_raises_nothing(
        chart: str, slot: str, wrong: str, agreeing: str, doses: list[float], said: str) -> None:
    reading = read_text(chart.format(**{slot: agreeing}))
    assert not _flags(reading, "lesions")
