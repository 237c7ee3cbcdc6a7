"""A course of several targets where one target stopped early: that target takes what it was given (its dose and
fraction count from a table's delivered column, a "3 of 5" count, or the clause that stops it), never its plan's,
and a review flag says planned and delivered differ. A table column's role comes from its title and its values:
"Delivered" holding doses is a dose column; "Delivered" holding "yes" or "3 of 5" counts fractions."""

from __future__ import annotations

from srscheck.nlp import read_text

_END = "Vacuum cushion, cone-beam CT before each fraction, gantry linac SBRT.\n"


def _read(chart: str):
    reading = read_text(chart + _END)
    lesions = {les.name: (les.dose_gy, les.fractions) for les in reading.facts.lesions}
    return lesions, [f.message for f in reading.review if "planned" in f.message]


def test_a_delivered_column_of_doses_outweighs_the_planned_one() -> None:
    lesions, flags = _read("SBRT RECORD\nTarget\tPlanned\tDelivered\nLiver segment VI\t45 Gy / 3 fx\t45 Gy / 3 fx\n"
                           "Right adrenal\t45 Gy / 3 fx\t30 Gy / 2 fx\n")
    assert lesions == {"Liver segment VI": (45.0, 3), "Right adrenal": (30.0, 2)}
    assert len(flags) == 1 and "Right adrenal" in flags[0]


def test_delivered_titled_doses_in_their_own_unit() -> None:
    lesions, flags = _read("SBRT RECORD\nTarget\tRx\tDelivered\nLiver segment VI\t4500 cGy\t4500 cGy\n"
                           "Right adrenal\t4500 cGy\t3000 cGy\n")
    assert lesions["Right adrenal"][0] == 30.0 and lesions["Liver segment VI"][0] == 45.0
    assert len(flags) == 1


def test_a_delivered_column_of_counts_is_no_dose_column() -> None:
    lesions, flags = _read("SBRT RECORD\nTarget\tDose\tFractions\tDelivered\nLiver segment VI\t45 Gy\t3\tyes\n"
                           "Right adrenal\t45 Gy\t3\t2 of 3\n")
    assert lesions == {"Liver segment VI": (45.0, 3), "Right adrenal": (30.0, 2)}
    assert len(flags) == 1 and "Right adrenal" in flags[0]


def test_a_target_stopped_in_its_own_clause() -> None:
    lesions, flags = _read("SBRT SUMMARY\nTargets: a liver segment VI metastasis and a right adrenal metastasis, "
                           "each planned 45 Gy in 3 fractions.\nThe liver segment VI metastasis received all 3 "
                           "fractions.\nThe right adrenal metastasis was stopped after 2 fractions (30 Gy) for "
                           "duodenal pain.\n")
    assert lesions["right adrenal metastasis"] == (30.0, 2)
    assert lesions["liver segment VI metastasis"] == (45.0, 3)
    assert len(flags) == 1 and "right adrenal" in flags[0]


def test_a_drug_stopped_after_fractions_stops_no_target() -> None:
    lesions, flags = _read("SBRT SUMMARY\nTargets: a liver segment VI metastasis and a right adrenal metastasis, "
                           "each 45 Gy in 3 fractions, all given.\nThe right adrenal metastasis was painful; "
                           "dexamethasone was stopped after 2 fractions.\n")
    assert all(fx == 3 for _, fx in lesions.values()) and not flags
