"""A count the chart says was planned (its clause: planned, prescribed, scheduled, and not given) is no statement of
what was treated: it raises no treated-count review flag against the lesions found, and sets the course's count only
where the chart states no treated count. A count said of the lesions given ("planned and treated") still is one."""

from __future__ import annotations

from srscheck.nlp import read_text


def _count_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "lesion_count"]


SUMMARY = """RADIOSURGERY TREATMENT SUMMARY 04/02/2026
Course: The consultation planned {planned}; the planning MRI found a third, and all three were treated.
Treatment delivered 04/02/2026 on the Gamma Knife with a Leksell frame:
- Right frontal metastasis: 20 Gy to the 50% isodose line
- Left temporal metastasis: 18 Gy to the 50% isodose line
- Left cerebellar metastasis: 20 Gy to the 50% isodose line
Stereotactic MRI.
"""


def test_a_count_the_consultation_planned_is_no_treated_count() -> None:
    reading = read_text(SUMMARY.format(planned="two lesions"))
    assert reading.facts.lesion_count.value == 3
    assert not _count_flags(reading)


def test_a_count_said_planned_and_treated_is_still_a_treated_count() -> None:
    reading = read_text(SUMMARY.replace("The consultation planned {planned}; the planning MRI found a third, and all "
                                        "three were treated.", "Two lesions were planned and treated."))
    assert reading.facts.lesion_count.value == 3
    flags = _count_flags(reading)
    assert flags and "states 2 treated" in flags[0].message


NOTE = """SRS PROCEDURE NOTE 06/11/2026
Radiosurgery was planned for four metastases at the tumour board. Three metastases were treated today with 20 Gy
in 1 fraction on the TrueBeam (the fourth had resolved on the planning MRI). Encompass mask, CBCT before treatment.
"""


def test_the_count_treated_sets_the_count_not_the_count_planned() -> None:
    reading = read_text(NOTE)
    assert reading.facts.lesion_count.value == 3
    assert not _count_flags(reading)
