"""Which table rows are lesions and which numbers in them are the lesion's dose and fractions: a first column
titled as the treated site ("Treatment Site") names each row's target, even when its cells start with a number
sign ("#1 L occipital") and every row is dated; it is no per-fraction delivery log."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_a_treatment_site_column_of_numbered_targets_is_no_fraction_log() -> None:
    chart = """STEREOTACTIC RADIOSURGERY - COMPLETION RECORD
Thermoplastic mask, planning CT fused with a contrast MRI, cone-beam CT before the single session on a gantry linac.
Of the four lesions on the staging scan, the first, second and fourth were treated.

Treatment Site       Dose/Fx      # Fx   Total Dose   Start        End
#1 L occipital       2100 cGy     1      2100 cGy     03/14/2026   03/14/2026
#2 R parietal        1900 cGy     1      1900 cGy     03/14/2026   03/14/2026
#4 R cerebellar      1700 cGy     1      1700 cGy     03/14/2026   03/14/2026

All targets completed without incident.
"""
    facts = read_text(chart).facts
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(21.0, 1), (19.0, 1), (17.0, 1)]
    assert facts.lesion_count.value == 3
    assert facts.fractions.value == 1
