"""An export's prescription field listing two target structures, each with its regimen and its dose per fraction in
parentheses ("PTV_Adrenal_R 30 Gy/5 fx (6 Gy/fx), PTV_RPnode 30 Gy/5 fx (6 Gy/fx)"): two targets, the second named
by capitals run into a place word ("RPnode": an abbreviation and "node"). An MR-linac's daily image the plan is
adapted to ("adapt to position", "re-contour on daily MR") is image guidance at the machine."""

from __future__ import annotations

from srscheck.nlp import read_text

from srscheck.api import check_reading

EXPORT = ("EXAMPLE NETWORK - MR-LINAC FRACTION EXPORT\n"
          "unit: 1.5 T MR-linac     physician: A. Doctor, MD     physicist: B. Physicist, PhD\n"
          "patient: EXAMPLE, PATIENT     dx: renal cell carcinoma, right adrenal + retroperitoneal node\n"
          "reference imaging: planning CT 2026-11-02; MRI 2026-11-02, registered\n"
          "prescription: PTV_Adrenal_R 30 Gy/5 fx (6 Gy/fx), PTV_RPnode 30 Gy/5 fx (6 Gy/fx); bowel D0.5cc < 30 Gy\n"
          "FX|DATE|WORKFLOW|TARGET|DELIVERED_GY|CUM_GY\n"
          "1|2026-11-09|ATP|PTV_Adrenal_R|6.00|6.00\n1|2026-11-09|ATP|PTV_RPnode|6.00|6.00\n"
          "2|2026-11-10|ATP|PTV_Adrenal_R|6.00|12.00\n2|2026-11-10|ATP|PTV_RPnode|6.00|12.00\n"
          "3|2026-11-12|ATP|PTV_Adrenal_R|6.00|18.00\n3|2026-11-12|ATP|PTV_RPnode|6.00|18.00\n"
          "4|2026-11-13|ATP|PTV_Adrenal_R|6.00|24.00\n4|2026-11-13|ATP|PTV_RPnode|6.00|24.00\n"
          "5|2026-11-16|ATP|PTV_Adrenal_R|6.00|30.00\n5|2026-11-16|ATP|PTV_RPnode|6.00|30.00\n"
          "legend: ATP = adapt to position (re-contour on daily MR)\n"
          "course status: COMPLETED 2026-11-16\n")


def test_two_structures_listed_with_their_doses_per_fraction_are_two_targets() -> None:
    facts = read_text(EXPORT).facts
    assert facts.lesion_count.value == 2
    assert sorted((les.name, les.dose_gy, les.fractions, les.site) for les in facts.lesions) == [
        ("PTV_Adrenal_R", 30.0, 5, "body"), ("PTV_RPnode", 30.0, 5, "body")]


def test_the_daily_mr_the_plan_is_adapted_to_verifies_delivery() -> None:
    result = check_reading(read_text(EXPORT), "77373")
    code = next(c for c in result.codes if c.code == "77373")
    assert code.category_met("delivery_verification")
