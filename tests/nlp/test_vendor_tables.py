"""Lesion tables of planning and record systems that title their name column in their own words ("Object",
"ROI", "Ref. Point"), structure names read as places, and named doses that are no lesion's (an organ's
cumulative dose and its terms, a dot-leader summary line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart, read_text
from srscheck.nlp.lesions.classification import plain_words, signature
from srscheck.nlp.vocab import load_vocabulary


def _lesions(tmp_path: Path, *blocks) -> list:
    path = make_chart_pdf(tmp_path / "chart.pdf", [[Heading("Radiosurgery plan report"), *blocks,
                                                   "Treated on the Varian TrueBeam with a frameless mask."]])
    return list(read_chart(path).facts.lesions)


def test_a_column_of_target_structures_names_the_lesions_whatever_its_title(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Object", "Type", "Prescription", "Dose/Fx", "Dmax [Gy]"),
                               ("PTV_LFrontal", "Metastasis", "20.00 Gy", "20.00 Gy", "26.4"),
                               ("PTV_Pons", "Metastasis", "15.00 Gy", "15.00 Gy", "18.9"),
                               ("PTV_RCblm", "Metastasis", "18.00 Gy", "18.00 Gy", "23.1")]),
                   "Single fraction radiosurgery.")
    assert [(x.name, x.dose_gy) for x in les] == [("PTV_LFrontal", 20.0), ("PTV_Pons", 15.0), ("PTV_RCblm", 18.0)]
    assert [x.complexity for x in les] == ["simple", "complex", "simple"]  # the pons is in the brainstem


def test_a_structure_table_gives_the_lesion_its_size(tmp_path: Path) -> None:
    (les,) = _lesions(tmp_path,
                      RuledTable([("ROI", "Max diameter", "Prescribed", "Isodose"),
                                  ("Met_LPar", "3.9 cm", "24.0 Gy", "50%")]),
                      Heading("Treatment history", level=2),
                      RuledTable([("Date", "Site", "Fx", "Dose/Fx (cGy)", "Cum. Delivered (cGy)", "Ref. Point"),
                                  ("11/03/2026", "Brain L Par", "1", "800", "800", "Met_LPar"),
                                  ("11/05/2026", "Brain L Par", "2", "800", "1600", "Met_LPar"),
                                  ("11/07/2026", "Brain L Par", "3", "800", "2400", "Met_LPar")]))
    # the record's rows name the plan's structure in their Ref. Point cell: one lesion
    assert (les.size_cm, les.complexity, les.dose_gy, les.fractions) == (3.9, "complex", 24.0, 3)


def test_an_organ_column_of_names_is_no_target_column(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Rx (Gy)"), ("L frontal", "20"), ("R parietal", "18")]),
                   RuledTable([("Object", "Dmax [Gy]"), ("Brainstem", "8.1"), ("Chiasm", "2.0")]))
    assert sorted(x.name for x in les) == ["L frontal", "R parietal"]


def test_structure_names_read_as_places() -> None:
    vocab = load_vocabulary()
    assert signature("PTV_Rib7L", vocab) == signature("Left 7th rib", vocab) == frozenset({"left", "rib"})
    assert plain_words("PTV1_RFrontal", vocab) == "PTV1 R Frontal"
    assert signature("PTV_T10", vocab) == frozenset({"t10"}) and signature("PTV_Th12", vocab) == frozenset({"th12"})


ORGAN_DOSE = """RADIOSURGERY COURSE SUMMARY
Plan: target contoured, 18 Gy to the 50% isodose line, single session on the Gamma Knife with a Leksell frame.
SUMMARY OF DELIVERED TREATMENT
  Left cerebellar metastasis ........ 18 Gy in 1 fraction (50% isodose)
Cumulative brainstem point dose, C1 + C2 composite: 11.6 Gy (C1 2.7 Gy + C2 8.9 Gy).
"""
# the organ line follows a wrapped summary line whose tail must not start the organ's "name"
WRAPPED_TAIL = """ SUMMARY OF DELIVERED TREATMENT (COURSE 2)
   Left cerebellar metastasis ........ 18 Gy in 1 fraction (50% isodose)
 Cumulative brainstem point dose, C1 + C2 composite: 11.6 Gy (C1 2.7 Gy + C2 8.9 Gy).
 Delivered on the Gamma Knife Perfexion with a Leksell frame, single session.
"""


@pytest.mark.parametrize("chart", [ORGAN_DOSE, WRAPPED_TAIL], ids=["organ_cumulative_dose", "after_a_wrapped_line"])
def test_an_organs_cumulative_dose_and_its_terms_name_no_lesion(chart: str) -> None:
    les = read_text(chart).facts.lesions
    assert [(x.site, x.dose_gy, x.complexity) for x in les] == [("cranial", 18.0, "simple")]


def test_dot_leaders_join_a_summary_line() -> None:
    chart = """SUMMARY OF DELIVERED TREATMENT
  Left cerebellar metastasis ........ 18 Gy in 1 fraction
  Right frontal metastasis .......... 20 Gy in 1 fraction
Delivered on the Gamma Knife Icon with a frame.
"""
    les = read_text(chart).facts.lesions
    assert sorted((x.name, x.dose_gy) for x in les) == [("Left cerebellar metastasis", 18.0),
                                                       ("Right frontal metastasis", 20.0)]


def test_dated_record_rows_of_one_structure_are_its_sessions(tmp_path: Path) -> None:
    (les,) = _lesions(tmp_path,
                      RuledTable([("ROI", "Diameter", "Prescribed", "Dose/Fx"),
                                  ("PTV_ROcc", "2.8 cm", "21.00 Gy", "7.00 Gy")]),
                      Heading("Treatment history", level=2),
                      RuledTable([("Date", "Field", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point"),
                                  ("11/04/2026", "Arc 1-4", "1", "7.00 Gy", "7.00 Gy", "PTV_ROcc"),
                                  ("11/06/2026", "Arc 1-4", "2", "7.00 Gy", "14.00 Gy", "PTV_ROcc"),
                                  ("11/09/2026", "Arc 1-4", "3", "7.00 Gy", "21.00 Gy", "PTV_ROcc")]))
    assert (les.dose_gy, les.fractions) == (21.0, 3)  # three sessions, not the first row's one


def test_a_volume_inside_another_rows_structure_is_a_dose_level_of_that_lesion(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("ROI", "Role", "Dose [cGy]", "Fractions"),
                               ("PTV_33", "Primary prescription", "3300", "5"),
                               ("PTV_40", "SIB (tumor-vessel interface, inside PTV_33)", "4000", "5")]),
                   "Pancreas SBRT, Vac-Lok cushion.")
    assert [(x.name, x.dose_gy, x.fractions) for x in les] == [("PTV_33", 33.0, 5)]


def test_a_place_in_parentheses_after_the_lesion_noun_is_where_it_is(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Type", "Rx (Gy)"),
                               ("PTV_1", "Metastasis (brainstem)", "15"),
                               ("PTV_2", "Metastasis (left frontal)", "20")]),
                   "Single fraction radiosurgery.")
    assert sorted((x.dose_gy, x.complexity) for x in les) == [(15.0, "complex"), (20.0, "simple")]


def test_an_earlier_courses_lesion_size_is_not_this_lesions() -> None:
    chart = """RADIOSURGERY COURSE SUMMARY 11/18/2026
Course 1 (03/12/2025) Gamma Knife radiosurgery to a 4.1 cm right frontal metastasis, 20 Gy, Leksell frame.
Course 2: left cerebellar metastasis treated with 18 Gy in 1 fraction on the Gamma Knife, Leksell frame.
"""
    les = read_text(chart).facts.lesions
    assert [(x.dose_gy, x.complexity) for x in les] == [(18.0, "simple")] and les[0].size_cm != 4.1
