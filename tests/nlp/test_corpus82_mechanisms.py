"""Mechanisms found on corpus 82 (what happened in THIS course, released for tuning), each on a chart written here:

- "tolerated" reports treatment only when what was tolerated is no step before it: a simulation record's "patient
  tolerated compression well" gives no fraction;
- a follow-up visit that says the course was cancelled with nothing given closes this course undelivered, above
  the simulation record of the same bundle.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.core.model import status_kind
from srscheck.nlp import read_course, read_text


def _bundle(tmp_path: Path, docs: dict[str, str]):
    paths = []
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return read_course(paths)


SIM_RECORD = """HOLLYFIELD ONCOLOGY - CT Simulation
EXAMPLE, PATIENT   MRN X-82

CT Simulation Record - SBRT Lung
Sim date            03/09/2027
Position            Supine, arms up, custom vacuum cushion
Motion management   Abdominal compression plate; 4DCT 10 phases
Contours            GTV on all phases, ITV, PTV = ITV + 5 mm
Therapist note: patient tolerated {what} well. Plan to follow.
"""

FOLLOW_UP = """HOLLYFIELD ONCOLOGY - RADIATION ONCOLOGY FOLLOW UP
EXAMPLE, PATIENT   X-82   03/16/2027

I saw her to go over the restaging PET, which shows new liver lesions. Stereotactic treatment of the lung nodule
alone is no longer appropriate. The SBRT plan was never finished. I have cancelled the course. No treatment was
given. Medical oncology will see her this week.
"""


def test_tolerating_a_step_before_treatment_is_no_delivery() -> None:
    for what in ("compression", "the simulation", "the planning scan"):
        facts = read_text(SIM_RECORD.format(what=what)).facts
        assert not any(e.rule == "course_status:delivered" for e in facts.course_status.evidence), what
    facts = read_text(SIM_RECORD.format(what="the treatment")).facts
    assert facts.course_status.value == "delivered"
    assert any(e.rule == "course_status:delivered" for e in facts.course_status.evidence)


def test_a_follow_up_that_cancels_the_course_closes_it_undelivered(tmp_path: Path) -> None:
    reading = _bundle(tmp_path, {"1_sim.txt": SIM_RECORD.format(what="compression"), "2_follow_up.txt": FOLLOW_UP})
    assert reading.facts.course_status.value == "planned"
    assert status_kind(reading.facts.course_status) == "not_delivered"
    assert not reading.facts.lesions and reading.facts.lesion_count.value is None
    assert reading.facts.imaging.value in ((), [], None) or not reading.facts.imaging.value


def test_a_follow_up_of_a_delivered_course_stays_a_follow_up(tmp_path: Path) -> None:
    visit = FOLLOW_UP.replace("The SBRT plan was never finished. I have cancelled the course. No treatment was\ngiven.",
                              "She received SBRT 54 Gy in 3 fractions in 2025.")
    reading = _bundle(tmp_path, {"2_follow_up.txt": visit})
    assert reading.facts.course_status.value == "follow_up"
