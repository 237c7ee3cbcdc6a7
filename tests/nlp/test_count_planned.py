"""A count the chart says was planned (its clause: planned, prescribed, scheduled, and not given) is no statement of
what was treated: it raises no treated-count review flag against the lesions found, and sets the course's count only
where the chart states no treated count. A count said of the lesions given ("planned and treated") still is one. A
count the course's own plan states that differs from the lesions its record treated, where the chart writes no
treated count that agrees and does not say the targets changed, is flagged for review (the reading keeps the record's
lesions)."""

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


RECORD = """Stereotactic radiosurgery treatment summary
Plan: SRS planned to three brain metastases on the Edge, mask, CT and MRI fused, Eclipse, 4 VMAT arcs.{change}
Treatment record 03/02/2026:
Left frontal metastasis 20 Gy in 1 fraction delivered.
Right parietal metastasis 20 Gy in 1 fraction delivered.
Left cerebellar metastasis 18 Gy in 1 fraction delivered.
Right occipital metastasis 18 Gy in 1 fraction delivered.
CBCT before each arc.
"""


def test_a_planned_count_the_record_does_not_bear_out_is_flagged() -> None:
    reading = read_text(RECORD.format(change=""))
    assert reading.facts.lesion_count.value == 4
    flags = _count_flags(reading)
    assert flags and "plans 3 lesion(s)" in flags[0].message and "treated 4 lesions" in flags[0].message
    assert any("three brain metastases" in e.text for e in flags[0].evidence)


def test_a_planned_count_is_not_flagged_when_the_chart_says_a_target_was_added() -> None:
    change = " A fourth metastasis seen on the planning MRI was added on the day."
    assert not _count_flags(read_text(RECORD.format(change=change)))


def test_a_planned_count_is_not_flagged_when_a_treated_count_agrees_with_the_record() -> None:
    assert not _count_flags(read_text(RECORD.format(change="") + "All four metastases were treated.\n"))


def test_a_planned_count_equal_to_the_record_raises_nothing() -> None:
    assert not _count_flags(read_text(RECORD.format(change="").replace("three brain", "four brain")))
