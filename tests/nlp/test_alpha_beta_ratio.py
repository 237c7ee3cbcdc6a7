"""An alpha/beta ratio written beside a biologically equivalent dose ("EQD2 a/b 1,5: 90,6 Gy", a decimal comma) is
a ratio, not a list of lesion labels: "b 1,5" names no lesions b1 and b5 (patterns.yaml combined_targets), so the
one prostate stays one body lesion."""

from __future__ import annotations

from srscheck.nlp import read_text

PROSTATE = """SBRT COURSE SUMMARY (TPS export v3.1)      Printed: 04/12/2026 11:05
Treatment              : SBRT / SABR prostate, 36,25 Gy in 5# (7,25 Gy/#) alternate days
Boost                  : intraprostatic boost to 40 Gy considered - NOT used (no MRI-visible dominant lesion)
Fractions              : #1 16/11/2026 7,25 Gy | #2 18/11/2026 7,25 Gy | #3 20/11/2026 7,25 Gy | \
#4 23/11/2026 7,25 Gy | #5 25/11/2026 7,25 Gy
Total delivered        : 36,25 Gy / 5#   (EQD2 a/b 1,5: 90,6 Gy)
"""


def test_an_alpha_beta_ratio_with_a_decimal_comma_names_no_lesions() -> None:
    reading = read_text(PROSTATE)
    assert [(les.site, les.dose_gy, les.fractions) for les in reading.facts.lesions] == [("body", 36.25, 5)], \
        [(les.name, les.site) for les in reading.facts.lesions]
    assert reading.facts.sites.value == ["body"]
