"""A plan table's dose-per-fraction column titled "Per fx" holds a dose ("6 Gy"), never a count of fractions,
though its title says "fx": the lesion's fractions come from its prescription ("30 Gy / 5 fx") or the plan's
fraction field, and the course's count is not raised to the per-fraction dose's number."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = """STEREOTACTIC PLAN REPORT
Aquaplast mask; planning CT fused with the gadolinium MRI; daily CBCT on the TrueBeam STx.
Prescription: 5 fractions.

Volume      Total          Per fx    IDL
PTV_A       {a:<14} {per_a:<9} 80%
PTV_B       25 Gy          5 Gy      80%

Approved by the attending.
"""


def test_a_per_fx_dose_column_is_no_fraction_count() -> None:
    facts = read_text(PLAN.format(a="35 Gy", per_a="7 Gy")).facts
    assert facts.fractions.value == 5
    assert sorted((les.dose_gy, les.fractions) for les in facts.lesions) == [(25.0, 5), (35.0, 5)]


def test_a_prescription_cell_with_its_count_keeps_that_count_beside_a_per_fx_column() -> None:
    chart = PLAN.format(a="24 Gy / 3 fx", per_a="8 Gy").replace("Prescription: 5 fractions.\n", "")
    got = {les.name: (les.dose_gy, les.fractions) for les in read_text(chart).facts.lesions}
    assert got["PTV_A"] == (24.0, 3)
    assert read_text(chart).facts.fractions.value != 8
