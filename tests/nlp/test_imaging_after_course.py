"""A study dated after the course's last recorded fraction (a follow-up visit's "MRI today", an MRI dated in its
own clause after the course) is the follow-up's, not planning imaging; a study dated before the course, and an
undated one, count as before."""

from __future__ import annotations

from srscheck.nlp import read_text

CHART = """SIMULATION
Thermoplastic mask, CT simulation 02/10/2027 for opposed lateral whole-brain fields.
Prescription: whole brain, 3000 cGy in 10 fractions of 300 cGy, parallel-opposed lateral 6 MV fields.

TREATMENT RECORD - WHOLE BRAIN
Fx  Date        Field                Dose     Cumulative
--  ----------  -------------------  -------  ----------
1   02/14/2027  WB opposed laterals  300 cGy  300 cGy
2   02/15/2027  WB opposed laterals  300 cGy  600 cGy
3   02/16/2027  WB opposed laterals  300 cGy  900 cGy
4   02/17/2027  WB opposed laterals  300 cGy  1200 cGy
5   02/18/2027  WB opposed laterals  300 cGy  1500 cGy
6   02/19/2027  WB opposed laterals  300 cGy  1800 cGy
7   02/20/2027  WB opposed laterals  300 cGy  2100 cGy
8   02/21/2027  WB opposed laterals  300 cGy  2400 cGy
9   02/22/2027  WB opposed laterals  300 cGy  2700 cGy
10  02/23/2027  WB opposed laterals  300 cGy  3000 cGy

COMPLETION SUMMARY
Whole-brain radiotherapy 30 Gy in 10 fractions completed 02/23/2027 on a 6 MV linac. {summary}

FOLLOW-UP VISIT 05/04/2027

Interval history: whole-brain radiotherapy 30 Gy in 10 fractions given (02/2027). {study} Review in three months.
"""


def _imaging(study: str = "", summary: str = "") -> list[str]:
    return read_text(CHART.format(study=study, summary=summary)).facts.imaging.value


def test_a_follow_up_visits_study_of_today_is_not_planning_imaging() -> None:
    assert _imaging("MRI today: most lesions smaller.") == ["CT"]


def test_a_study_dated_in_its_clause_after_the_last_fraction_is_not_planning_imaging() -> None:
    assert _imaging("MRI 05/01/2027: most lesions smaller.") == ["CT"]


def test_a_study_dated_before_the_course_counts() -> None:
    assert _imaging(summary="MRI 02/08/2027 was reviewed again with her.") == ["CT", "MRI"]


def test_an_undated_study_keeps_counting() -> None:
    assert _imaging(summary="The MRI was reviewed again with her.") == ["CT", "MRI"]


def test_a_study_of_today_in_a_note_of_the_course_counts() -> None:
    """The last date before "MRI today" is the course's own (the completion summary's): not after it."""
    assert _imaging(summary="MRI today reviewed with her.") == ["CT", "MRI"]


def test_the_evidence_of_a_kind_kept_leaves_out_its_study_after_the_course() -> None:
    reading = read_text(CHART.format(study="CT of the chest today: stable.", summary=""))
    assert reading.facts.imaging.value == ["CT"]
    assert not any("stable" in e.text for e in reading.facts.imaging.evidence)
