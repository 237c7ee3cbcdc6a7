"""A treatment record's rows named only by a label are the plan's lesions of that label: by the label itself when
both tables open their rows with it ("1" under the record's Target column is the plan's "1 | L temporal"), or by a
legend that gives each label its structure ("Target A = PTV_ROcc")."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

PLAN = """KESTREL BAY RADIOSURGERY - Plan summary
EXAMPLE, PATIENT   MRN X-9
Unit: gantry linac, single isocenter, frameless mask

Target   Location        Diam (mm)   Rx (Gy)   IDL
1        L temporal      10          20        80%
2        R occipital     8           20        80%
3        L cerebellar    14          18        80%

Approved: A. Doctor MD 03/03/2027
"""

RECORD = """KESTREL BAY RADIOSURGERY - Treatment delivery record
EXAMPLE, PATIENT   MRN X-9   Date 03/04/2027

Target   Rx (Gy)   MU      Status
1        20        2210    Delivered
2        20        1980    Delivered
3        18        2405    Delivered

Therapists: B. One / C. Two
"""

PLAN_STRUCTURES = """KESTREL BAY RADIOSURGERY - Plan summary
EXAMPLE, PATIENT   MRN X-9
Unit: gantry linac, single isocenter, frameless mask

Structure       Dose (cGy)   Fx   IDL
PTV_LTemp       2000         1    80%
PTV_ROcc        1800         1    80%

Approved: A. Doctor MD 03/03/2027
"""

RECORD_LEGEND = """KESTREL BAY RADIOSURGERY - Treatment delivery record
EXAMPLE, PATIENT   MRN X-9

Date         Target     Fx    Dose (cGy)   Cum (cGy)
03/04/2027   Target A   1/1   1800         1800
03/04/2027   Target B   1/1   2000         2000

Target A = PTV_ROcc     Target B = PTV_LTemp
"""


def _read(tmp_path: Path, plan: str, record: str):
    (tmp_path / "1_plan.txt").write_text(plan, encoding="utf-8")
    (tmp_path / "2_record.txt").write_text(record, encoding="utf-8")
    return read_course([tmp_path / "1_plan.txt", tmp_path / "2_record.txt"])


def test_record_rows_named_by_the_plans_labels_are_its_lesions(tmp_path: Path) -> None:
    facts = _read(tmp_path, PLAN, RECORD).facts
    assert [(les.name, les.dose_gy) for les in facts.lesions] == [
        ("L temporal", 20.0), ("R occipital", 20.0), ("L cerebellar", 18.0)]
    assert facts.lesion_count.value == 3


def test_a_legend_ties_the_records_labels_to_the_plans_structures(tmp_path: Path) -> None:
    facts = _read(tmp_path, PLAN_STRUCTURES, RECORD_LEGEND).facts
    assert [(les.name, les.dose_gy) for les in facts.lesions] == [("PTV_LTemp", 20.0), ("PTV_ROcc", 18.0)]
    assert facts.lesion_count.value == 2
