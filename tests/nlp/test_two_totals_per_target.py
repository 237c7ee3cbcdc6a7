"""Two total doses for one target in a course of several: the plan's table gives a lesion one total and the
treatment record's table another, in the same fraction count. The rows are one lesion once the tables are merged
(resolution.merge_tables); the reading keeps the lesion's dose and a review flag names the lesion and quotes both
rows. Different lesions with different totals are no contradiction, and a plan's total against the smaller total
of a course stopped early is the planned-vs-delivered fraction flag, not a second one."""

from __future__ import annotations

from srscheck.nlp import read_text

TWO_TABLES = """SRS PLAN
Target\tDose\tFractions\tSize
PTV1 L frontal\t20 Gy\t1\t1.2 cm
PTV2 R cerebellar\t18 Gy\t1\t0.8 cm

TREATMENT RECORD
Date\tTarget\tDose\tFx
11/02/2026\tPTV1 L frontal\t{frontal}\t1
11/02/2026\tPTV2 R cerebellar\t18 Gy\t1

Gamma Knife radiosurgery completed 11/02/2026 to both lesions.
"""


def _dose_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "lesions"]


def test_one_lesion_given_two_totals_by_the_plan_and_the_record_is_flagged_by_name() -> None:
    reading = read_text(TWO_TABLES.format(frontal="22 Gy"))
    doses = {les.name: les.dose_gy for les in reading.facts.lesions}
    assert doses == {"PTV1 L frontal": 20.0, "PTV2 R cerebellar": 18.0}
    (flag,) = _dose_flags(reading)
    assert "PTV1 L frontal" in flag.message and "20 Gy" in flag.message and "22 Gy" in flag.message
    quoted = [e.text for e in flag.evidence]
    assert any("PTV1 L frontal 20 Gy" in q for q in quoted)
    assert any("PTV1 L frontal 22 Gy" in q for q in quoted)


def test_different_lesions_with_different_totals_raise_nothing() -> None:
    reading = read_text(TWO_TABLES.format(frontal="20 Gy"))
    assert len(reading.facts.lesions) == 2
    assert not _dose_flags(reading)


def test_an_undated_record_row_is_flagged_once() -> None:
    text = TWO_TABLES.format(frontal="22 Gy").replace("Date\t", "").replace("11/02/2026\tPTV", "PTV")
    assert len(_dose_flags(read_text(text))) == 1


STOPPED = """SBRT PLAN
Target\tDose\tFractions
PTV_Liver8\t30 Gy\t5
PTV_RtRib6\t25 Gy\t5

TREATMENT RECORD
Date\tTarget\tFx\tDose\tCumulative
11/02/2026\tPTV_Liver8\t1\t6 Gy\t6 Gy
11/02/2026\tPTV_RtRib6\t1\t5 Gy\t5 Gy
11/04/2026\tPTV_Liver8\t2\t6 Gy\t12 Gy
11/04/2026\tPTV_RtRib6\t2\t5 Gy\t10 Gy
11/06/2026\tPTV_Liver8\t3\t6 Gy\t18 Gy
11/06/2026\tPTV_RtRib6\t3\t5 Gy\t15 Gy

TREATMENT SUMMARY
SBRT to two liver and rib targets, 5 fractions planned; 3 fractions delivered.
"""


def test_a_course_stopped_early_keeps_the_planned_versus_delivered_flag_only() -> None:
    reading = read_text(STOPPED)
    assert reading.facts.fractions.value == 3
    assert [f.fact for f in reading.review] == ["fractions"]
    assert "planned" in reading.review[0].message
