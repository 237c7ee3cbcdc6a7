"""A text table whose column titles leave a column untitled because the title to its left spans it (an "IGRT" column
whose every cell is "kV fiducials + CBCT", split at its single spaces into three columns) still has its row of titles:
its dated per-fraction log (Date | Fx | cGy | Cum cGy) gives the dose delivered, 5 x 725 cGy = 36.25 Gy, over a
summary's different total (flagged for the coder)."""

from __future__ import annotations

from srscheck.nlp import read_text

CHART = """[NOTE] 2026-10-06  SBRT planning note
    Prostate SBRT on the TrueBeam. Prescription 36.25 Gy in 5 fractions of 7.25 Gy to the PTV.

[FLOWSHEET] RT Delivery
    Date        Fx   cGy    Cum cGy   IGRT                  Initials
    2026-10-13  1    725    725       {igrt}   TW/AO
    2026-10-15  2    725    1450      {igrt}   TW/AO
    2026-10-17  3    725    2175      {igrt}   TW/AO
    2026-10-20  4    725    2900      {igrt}   TW/AO
    2026-10-22  5    725    3625      {igrt}   TW/AO

[NOTE] 2026-10-22  Treatment completion summary
    The patient completed SBRT to the prostate, 40 Gy in 5 fractions, 2026-10-13 through 2026-10-22.
"""


def test_a_title_spanning_untitled_columns_keeps_the_log_titled() -> None:
    r = read_text(CHART.format(igrt="kV fiducials + CBCT"))
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(36.25, 5)]
    assert [x for x in r.review if x.fact == "lesions"]  # the summary's 40 Gy disagrees


def test_the_same_log_with_one_word_cells() -> None:
    r = read_text(CHART.format(igrt="CBCT              "))
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(36.25, 5)]
