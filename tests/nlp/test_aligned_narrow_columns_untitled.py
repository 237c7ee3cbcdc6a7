"""Rows of values with no row of column titles over them, in a fixed-width font ("PTV_A   7 Gy x 5 = 35 Gy" over
"PTV_C   2 x 15 Gy"), line their words up by chance: no column is read between a dose and its unit."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = ("SBRT PLAN NOTE\nTwo lung metastases and one liver metastasis. Vacuum cushion, 4DCT, daily CBCT, linac.\n"
        "Planned volumes:\n"
        "  PTV_RLL       8 Gy x 5 = 40 Gy\n"
        "  PTV_LUL       9 Gy x 5 = 45 Gy\n"
        "  PTV_Liver     3 x 18 Gy\n"
        "All three targets treated; course complete.\n")


def test_untitled_rows_of_values_keep_each_dose_with_its_unit() -> None:
    got = [(les.dose_gy, les.fractions) for les in read_text(PLAN).facts.lesions]
    assert got == [(40.0, 5), (45.0, 5), (54.0, 3)]
