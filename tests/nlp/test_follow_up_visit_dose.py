"""A follow-up letter in a course's bundle that reports a different dose than the record ("walking without aids two
months after receiving 30 Gy" where the record gives 27 Gy in 3): the chart contradicts itself, a review flag.
Three steps make it so: a heading line that is a dated visit's title ("Follow-up 11/16/2026") is no plan section
(its findings are not future); a time after an event ("two months after") ends a negation's scope; and "receiving"
reports a treatment given. A negation is never part of a lesion's name ("MRI shows no epidural recurrence")."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

RECORD = """DELIVERY HISTORY - SPINE SBRT
Target\tPTV_L2_postop
Rx\t900 cGy x 3 = 2700 cGy
Set-up\tvacuum mattress; spine tracking, kV pairs
Fx 1 09/15/2026 900 cGy treated
Fx 2 09/17/2026 900 cGy treated
Fx 3 09/19/2026 900 cGy treated
Completion: PTV_L2_postop 2700 cGy in 3 fractions, course complete 09/19/2026.
"""

LETTER = """SPINE & CANCER CENTRE
PATIENT, TEST  SYN-00000   Follow-up 11/16/2026
Dear Dr. Ferris, your patient is walking without aids two months after receiving 30 Gy of stereotactic radiotherapy
to the L2 surgical bed. MRI shows no epidural recurrence.
"""


def test_a_follow_up_letters_other_dose_is_flagged(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(RECORD, encoding="utf-8")
    (tmp_path / "2.txt").write_text(LETTER, encoding="utf-8")
    r = read_course([tmp_path / "1.txt", tmp_path / "2.txt"])
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(27.0, 3)]
    assert not any(les.name.lower().startswith("no ") for les in r.facts.lesions)
    assert any("27 Gy in one place and 30 Gy" in f.message for f in r.review)


def test_a_dated_visit_title_is_no_plan_section_but_a_follow_up_plan_is() -> None:
    visit = read_text("Follow-up 11/16/2026\nSeen after radiosurgery. MRI shows a smaller left frontal metastasis.\n")
    mri = [m for m in visit.mentions if m.label == "IMAGING"]
    assert mri and all("HYPOTHETICAL" not in m.modifiers for m in mri)
    plan = read_text("Radiosurgery given 10/01/2026.\nFollow-up:\nMRI in three months.\n")
    mri = [m for m in plan.mentions if m.label == "IMAGING"]
    assert mri and all("HYPOTHETICAL" in m.modifiers for m in mri)
