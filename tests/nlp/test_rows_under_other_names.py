"""One course's lesions named one way in the plan ("PTV_1 R parietal", "PTV_2 L cerebellar", "PTV_T4") and another
way in the treatment record ("Brain-A", "Brain-B", "Spine"): each record row stands for the one plan lesion of its
site and dose, so they are three lesions, not six; and a count said of one plan's site ("brain, 2 targets") in a
course that also treats the spine counts part of the course, no contradiction."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

PLAN = """EXAMPLE CENTRE - RADIOSURGERY PLAN REPORT
Unit: robotic-arm mounted 6 MV linac
Planning system: EXAMPLE-TPS 2
Plan RS_A - brain (skull tracking)
Structure\tAnatomy\tPrescription\tRx isodose
PTV_1\tR parietal\t20 Gy x 1\t78%
PTV_2\tL cerebellar\t18 Gy x 1\t80%

Plan RS_B - spine (spine tracking)
Structure\tAnatomy\tPrescription\tRx isodose
PTV_T4\tT4 body and left pedicle\t27 Gy / 3 fx\t74%
"""

RECORD = """EXAMPLE CENTRE - TREATMENT RECORD
Session\tDate\tPlan(s)\tTracking\tTarget\tDose (cGy)\tCumulative (cGy)
1\t03/02/2026\tRS_A\t6D skull\tBrain-A\t2000\t2000
\t\t\t\tBrain-B\t1800\t1800
\t\tRS_B\tspine\tSpine\t900\t900
2\t03/03/2026\tRS_B\tspine\tSpine\t900\t1800
3\t03/04/2026\tRS_B\tspine\tSpine\t900\t2700
Mask for RS_A and a vacuum cushion for RS_B; kV image pairs throughout.
"""

PHYSICS = """EXAMPLE CENTRE - PHYSICS CHECK
RS_A (brain, 2 targets, 1 fx): secondary MU check within 2%.
RS_B (spine, 1 target, 3 fx): secondary MU check within 2%.
"""


def _bundle(tmp_path: Path) -> list[Path]:
    out = []
    for i, text in enumerate((PLAN, RECORD, PHYSICS), 1):
        p = tmp_path / f"{i}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def test_record_rows_under_other_names_are_the_plans_lesions(tmp_path: Path) -> None:
    facts = read_course(_bundle(tmp_path)).facts
    assert facts.lesion_count.value == 3
    assert sorted((les.site, les.dose_gy) for les in facts.lesions) == [
        ("cranial", 18.0), ("cranial", 20.0), ("spinal", 27.0)]


def test_a_count_of_one_sites_lesions_is_no_contradiction(tmp_path: Path) -> None:
    reading = read_course(_bundle(tmp_path))
    assert not [f for f in reading.review if f.fact == "lesion_count"]
