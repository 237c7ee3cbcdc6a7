"""Lesion mentions and resolution on wordings no corpus was tuned to: a numbered list run into a paragraph, one
place written as a noun and as its adjective, a place named as the object of a sentence, a dose level within one
target, a table's Total column beside its Rx column, and a prescription cell a scan lost."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart, read_text


def test_a_numbered_list_run_into_a_paragraph_gives_each_item_a_lesion() -> None:
    # the third item's place is no anatomy word the reader knows: the list, not the vocabulary, makes it a target
    chart = """STEREOTACTIC RADIOSURGERY NOTE
Mask immobilisation, CT simulation fused with MRI. Three metastases were treated today in a single fraction.
Targets as planned: 1. right parietal metastasis, 1.2 cm, 20 Gy to the 80% isodose line; 2. left occipital
metastasis, 0.9 cm, 20 Gy to the 80% isodose line; 3. left paracentral lobule metastasis, 0.6 cm, 18 Gy to the
80% isodose line. Brainstem maximum 6.1 Gy. CBCT before treatment.
"""
    les = read_text(chart).facts.lesions
    assert [x.dose_gy for x in les] == [20.0, 20.0, 18.0]
    assert "paracentral" in les[2].name


def test_the_pons_and_a_pontine_lesion_are_one_lesion() -> None:
    chart = """RADIOSURGERY SUMMARY
Mask, CT fused with MRI. Two targets in one session: left frontal metastasis 20 Gy in 1 fraction and
pons 15 Gy in 1 fraction.
Assessment: both lesions treated; the pontine lesion at 15 Gy, the left frontal lesion at 20 Gy.
"""
    les = read_text(chart).facts.lesions
    assert len(les) == 2
    assert sorted(x.dose_gy for x in les) == [15.0, 20.0]


def test_a_place_named_as_the_object_of_a_sentence_is_no_new_lesion() -> None:
    # "... after radiosurgery to the left parietal (20 Gy)": the sentence's words before "to the" name no target
    chart = """RADIOSURGERY PROCEDURE NOTE
Frame placed. MRI and CT fused. Left parietal lesion 20 Gy in 1 fraction. Right frontal lesion 18 Gy in 1 fraction.
Two lesions treated.
NURSING NOTE
Patient came back from the unit after radiosurgery to the left parietal (20 Gy) and right frontal (18 Gy) lesions.
"""
    les = read_text(chart).facts.lesions
    assert len(les) == 2
    assert sorted(x.dose_gy for x in les) == [18.0, 20.0]


def test_an_elective_dose_level_row_is_part_of_its_target(tmp_path: Path) -> None:
    les = _table_lesions(tmp_path, "SBRT prescription",
                         "Vac-Lok, 4DCT, CBCT before each fraction. Treatment completed in 5 fractions.",
                         RuledTable([("Site", "Technique", "Dose/fx", "Fx", "Total"),
                                     ("Liver segment 6 - PTV_45", "SBRT", "900 cGy", "5", "4500 cGy"),
                                     ("Liver segment 6 - PTV_30 (elective)", "same plan", "600 cGy", "5", "3000 cGy")]))
    assert [(x.dose_gy, x.fractions) for x in les] == [(45.0, 5)]


def test_a_dose_level_within_the_target_is_no_contradiction() -> None:
    chart = """SBRT PROCEDURE NOTE
Pancreatic head adenocarcinoma. Vac-Lok, 4DCT fused with MRI, fiducials for tracking.
Targets: PTV of the pancreatic head tumor prescribed 700 cGy x 5 = 3500 cGy; vessel interface subvolume,
500 cGy x 5 = 2500 cGy, a lower dose level within the same target.
Summary: pancreatic head tumor 3500 cGy in 5 fractions, with the vessel subvolume receiving 2500 cGy.
"""
    reading = read_text(chart)
    (les,) = reading.facts.lesions
    assert les.dose_gy == 35.0
    assert not [f for f in reading.review if "in one place and" in f.message]


def test_a_total_column_gives_the_lesion_its_dose_over_an_rx_per_fraction_column(tmp_path: Path) -> None:
    les = _table_lesions(tmp_path, "Spine SBRT treatment note", "BodyFIX, CT fused with MRI, CBCT each fraction. Both "
                         "levels 27 Gy in 3 fractions delivered.",
                         RuledTable([("Target", "Rx", "Fx", "Total", "Cord Dmax"),
                                     ("PTV_T6", "900 cGy", "3", "2700 cGy", "13.1 Gy"),
                                     ("PTV_L4", "", "3", "2700 cGy", "15.0 Gy")]))
    assert [x.dose_gy for x in les] == [27.0, 27.0]


def test_a_lost_prescription_cell_is_the_maximum_times_the_isodose_line(tmp_path: Path) -> None:
    # the third row's Rx cell is empty (a scan lost it); every other row gives Rx = Max x Isodose
    les = _table_lesions(tmp_path, "Gamma Knife summary", "Mask, MRI. Single session (1 fraction). All three targets "
                         "treated as planned.",
                         RuledTable([("Target", "Location", "Rx dose", "Isodose", "Max", "Shots"),
                                     ("A1", "Lt parietal", "20 Gy", "50%", "40 Gy", "4"),
                                     ("A2", "Rt frontal", "22 Gy", "50%", "44 Gy", "5"),
                                     ("A3", "", "", "50%", "32 Gy", "6")]))
    assert [x.dose_gy for x in les] == [20.0, 22.0, 16.0]


def _table_lesions(tmp_path: Path, title: str, words: str, table) -> list:
    path = make_chart_pdf(tmp_path / "chart.pdf", [[Heading(title), table, words]])
    return list(read_chart(path).facts.lesions)


def test_a_body_organ_and_its_adjective_name_one_lesion_whose_doses_disagree() -> None:
    # "left renal mass" and "the left kidney" are one target; the summary's other dose is a contradiction to show,
    # not a second lesion
    chart = """SBRT PROCEDURE NOTE
BodyFIX cushion, 4D CT simulation. Treatment delivered: left renal mass, 4000 cGy in 5 fractions of 800 cGy
on 03/02, 03/04, 03/06, 03/09 and 03/11/2026, CBCT before each fraction.
Summary: completed stereotactic body radiotherapy to the left kidney, 45 Gy in 3 fractions.
"""
    res = read_text(chart)
    les = res.facts.lesions
    assert len(les) == 1
    assert (les[0].dose_gy, les[0].fractions) == (40.0, 5)
    assert res.review
