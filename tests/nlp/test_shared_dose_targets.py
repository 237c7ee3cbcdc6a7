"""One dose shared out over several targets listed before it (sources._shared_out): "each" gives every target the
whole dose and vertebral levels that are not one unbroken run are separate targets; contiguous levels without
"each" stay one target; a listed level the chart drops later is no lesion."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

CHART = """SPINE SBRT COMPLETION NOTE
History: metastatic lung adenocarcinoma with painful bone disease.
Treated: {targets}, completed on 03/11/2026.
Set-up: vacuum bag, cone-beam CT before every fraction.
"""


@pytest.mark.parametrize("targets", [
    "T7 and L2 vertebral metastases, 27 Gy in 3 fractions each",
    "T7 and L2 vertebral metastases, 27 Gy in 3 fractions to each",
    "T7 and L2 vertebral metastases, 27 Gy in 3 fractions",
    "T7 vertebral metastasis and L2 vertebral metastasis, 27 Gy in 3 fractions",
    "T7 and L2, 27 Gy in 3 fractions each",
])
def test_two_levels_apart_are_two_lesions_with_the_shared_dose(targets: str) -> None:
    facts = read_text(CHART.format(targets=targets)).facts
    assert facts.lesion_count.value == 2
    assert [(les.site, les.dose_gy, les.fractions) for les in facts.lesions] == [("spinal", 27.0, 3)] * 2
    assert any("T7" in les.name for les in facts.lesions) and any("L2" in les.name for les in facts.lesions)


def test_each_of_the_listed_targets_received_the_dose() -> None:
    text = CHART.replace("Treated: {targets}, completed", "Each of the T7 and L2 vertebral metastases received "
                         "27 Gy in 3 fractions, completed")
    facts = read_text(text).facts
    assert facts.lesion_count.value == 2
    assert [les.dose_gy for les in facts.lesions] == [27.0, 27.0]


def test_contiguous_levels_without_each_are_one_target() -> None:
    facts = read_text(CHART.format(targets="T7 and T8 vertebral metastases, 27 Gy in 3 fractions")).facts
    assert facts.lesion_count.value == 1


def test_contiguous_levels_with_each_are_two_targets() -> None:
    facts = read_text(CHART.format(targets="T7 and T8 vertebral metastases, 27 Gy in 3 fractions each")).facts
    assert facts.lesion_count.value == 2


def test_a_listed_level_the_chart_later_drops_is_no_lesion() -> None:
    text = CHART.format(targets="T7 and L2 vertebral metastases, 27 Gy in 3 fractions each") + \
        "Addendum: on the planning MRI the L2 lesion is a haemangioma and will not be treated; SBRT to T7 alone.\n"
    facts = read_text(text).facts
    assert facts.lesion_count.value == 1
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(27.0, 3)]
