"""A lesion table whose rows carry a label in their first cell and the lesion's place in another ("B | Right
temporal | 1.4 cm | 18 Gy"), and a summary that gives the lesions by those labels ("A 20 Gy, B 16 Gy, C 20 Gy"):
the label names the row's lesion, so a dose the summary gives it that the table does not is flagged."""

from __future__ import annotations

from srscheck.nlp import read_text

RECORD = ("RADIOSURGERY PLAN AND TREATMENT RECORD\nUnit: cobalt-60 radiosurgery unit, thermoplastic mask\n"
          "Planning imaging: MRI brain with gadolinium 11/30/2026\n\n"
          "Target   Location          Max diam.   Margin dose\n"
          "A        Left occipital    1.0 cm      20 Gy\n"
          "B        Right temporal    1.4 cm      18 Gy\n"
          "C        Left frontal      0.7 cm      20 Gy\n\n"
          "Completion: single-session radiosurgery delivered to three lesions: A 20 Gy, B 16 Gy, C 20 Gy at the "
          "50% isodose.\n")


def test_a_summary_dose_given_by_a_row_label_is_held_against_the_row() -> None:
    reading = read_text(RECORD)
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [18.0, 20.0, 20.0]
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert len(flags) == 1 and "Right temporal" in flags[0].message and "16 Gy" in flags[0].message
