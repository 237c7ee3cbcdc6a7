"""A dose per fraction with its count after "in" ("8 Gy per fraction in 3 fractions") is a regimen: its total is the
product, for the course and for each lesion it is written of (as "per fraction for 3 fractions" and "x 3" were)."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_per_fraction_dose_in_its_count_is_a_total() -> None:
    text = ("End of treatment summary\nSBRT on the gantry linac, 4D CT simulation in a vacuum cushion.\n"
            "The right adrenal metastasis received 7 Gy per fraction in 5 fractions and the left lower lobe nodule "
            "11 Gy per fraction in 5 fractions, completed 10/21/2026.\n")
    reading = read_text(text)
    doses = sorted(m.value for m in reading.mentions if m.label == "DOSE")
    assert doses == ["35", "55"], doses
    assert sorted((les.dose_gy, les.fractions) for les in reading.facts.lesions) == [(35.0, 5), (55.0, 5)]




def test_count_of_the_lesions_named_elsewhere_is_no_lesion() -> None:
    # "Both vertebral metastases" are the two levels the plan line names: no third lesion
    text = ("Spine SBRT completion note\nTumour board: SBRT to T9 and L4, 24 Gy in 3 fractions.\n"
            "Both vertebral metastases were treated on the gantry linac with 8 Gy per fraction in 3 fractions, "
            "CBCT before each fraction.\n")
    facts = read_text(text).facts
    assert sorted((les.name, les.dose_gy, les.fractions) for les in facts.lesions) == [("L4", 24.0, 3),
                                                                                      ("T9", 24.0, 3)]
    assert facts.lesion_count.value == 2
