"""One lesion whose identifying attribute (vertebral level, side) the chart writes inconsistently is one
lesion with a review flag; two targets at adjacent levels stay two lesions."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

PLAN = """Spine SBRT Plan
Target PTV_L2 (L2 vertebral body)
Rx 30 Gy / 3 fx. Eclipse VMAT, 2 arcs. BodyFIX immobilization. CT simulation fused with MRI.
"""
RECORD = """TREATMENT RECORD
03/02/2026 Fx 1/3 PTV_L2 10 Gy, CBCT approved
03/04/2026 Fx 2/3 PTV_L2 10 Gy, CBCT approved
03/06/2026 Fx 3/3 PTV_L2 10 Gy, CBCT approved
"""
SUMMARY = """Completion Summary
Stereotactic body radiotherapy to the L3 metastasis, 30 Gy in 3 fractions, completed 03/06/2026.
"""


def test_level_written_once_otherwise_is_the_same_lesion_with_a_flag(tmp_path: Path) -> None:
    paths = []
    for name, text in (("plan.txt", PLAN), ("record.txt", RECORD), ("summary.txt", SUMMARY)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    reading = read_course(paths)
    lesions = reading.facts.lesions
    assert [(les.name, les.site, les.dose_gy, les.fractions) for les in lesions] == [("L2", "spinal", 30.0, 3)]
    assert reading.facts.lesion_count.value == 1
    flags = [f for f in reading.review if f.fact == "sites"]
    assert len(flags) == 1 and "L3" in flags[0].message and "L2" in flags[0].message
    assert any("L3 metastasis" in e.text for e in flags[0].evidence)


def test_a_lesion_at_another_level_said_not_treated_is_no_conflict(tmp_path: Path) -> None:
    """A board note's other lesion, at another level, that the chart leaves for observation is a lesion the chart
    knows of and did not treat: no conflict with the treated level."""
    board = ("Tumor Board\nCase discussed. Imaging reviewed: the L2 metastasis (3.0 cm). Also noted: small T11 lesion "
             "without cord\ncompromise, for observation.\n")
    summary = SUMMARY.replace("L3", "L2")
    paths = []
    for name, text in (("board.txt", board), ("plan.txt", PLAN), ("record.txt", RECORD), ("summary.txt", summary)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    reading = read_course(paths)
    assert [(les.name, les.dose_gy, les.fractions) for les in reading.facts.lesions] == [("L2 metastasis", 30.0, 3)]
    assert not [f for f in reading.review if f.fact == "sites"], reading.review


def test_two_adjacent_levels_written_as_two_targets_stay_two() -> None:
    chart = """Spine SBRT Summary
BodyFIX immobilization, CT simulation fused with MRI, Eclipse VMAT on the TrueBeam, CBCT before each fraction.
T4 vertebral metastasis: 27 Gy in 3 fractions.
T5 vertebral metastasis: 27 Gy in 3 fractions.
"""
    reading = read_text(chart)
    assert reading.facts.lesion_count.value == 2
    assert not [f for f in reading.review if f.fact == "sites"]


def test_two_levels_in_every_record_row_stay_two() -> None:
    chart = """Spine SBRT record, TrueBeam, BodyFIX, CBCT.
Fx 1/3 PTV_T4 9 Gy; PTV_T5 9 Gy
Fx 2/3 PTV_T4 9 Gy; PTV_T5 9 Gy
Fx 3/3 PTV_T4 9 Gy; PTV_T5 9 Gy
The T5 metastasis received 27 Gy in 3 fractions and the T4 metastasis 27 Gy in 3 fractions.
"""
    reading = read_text(chart)
    assert sorted(les.name for les in reading.facts.lesions) == ["T4", "T5"]


def test_levels_far_apart_are_not_merged() -> None:
    chart = """Spine SBRT, TrueBeam, BodyFIX, CBCT each fraction.
Fx 1/3 PTV_T4 9 Gy
Fx 2/3 PTV_T4 9 Gy
Fx 3/3 PTV_T4 9 Gy
The L4 metastasis received 27 Gy in 3 fractions.
"""
    assert read_text(chart).facts.lesion_count.value == 2


def test_side_written_once_otherwise_is_flagged() -> None:
    chart = """Radiosurgery plan on the Varian Edge, thermoplastic mask, planning CT fused with MRI.
Structure Rx Fx IDL
PTV_L_Cbm 20 Gy 1 80%
Delivery record: PTV_L_Cbm (left cerebellar) 20 Gy in 1 fraction, CBCT approved.
Summary: the right cerebellar metastasis was treated with 20 Gy in 1 fraction.
"""
    reading = read_text(chart)
    assert reading.facts.lesion_count.value == 1
    flags = [f for f in reading.review if f.fact == "sites"]
    assert flags and "right" in flags[0].message and "left" in flags[0].message


def test_a_focus_on_the_other_side_left_for_surveillance_is_no_conflict() -> None:
    """A small nodule on the other side whose listed disposition is surveillance or observation (the last item of its
    list: "a 4 mm left lower lobe nodule, indeterminate, surveillance.") is another lesion the chart did not treat."""
    for disposition in ("surveillance", "observation"):
        chart = f"""Tumor Board: the right upper lobe nodule (2.2 cm). Also noted: a 4 mm left lower lobe
nodule, indeterminate, {disposition}.
SBRT PLAN
Target PTV_RUL (right upper lobe nodule). Rx 54 Gy in 3 fractions, VMAT on the TrueBeam, CBCT each fraction.
Course completed 02/08/2027: 3 fractions. Delivered: RUL nodule (right upper lobe peripheral) 54 Gy.
"""
        reading = read_text(chart)
        assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(54.0, 3)]
        assert not [f for f in reading.review if f.fact == "sites"], reading.review
