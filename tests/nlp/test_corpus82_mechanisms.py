"""Mechanisms found on corpus 82 (what happened in THIS course, released for tuning), each on a chart written here:

- "tolerated" reports treatment only when what was tolerated is no step before it: a simulation record's "patient
  tolerated compression well" gives no fraction;
- a follow-up visit that says the course was cancelled with nothing given closes this course undelivered, above
  the simulation record of the same bundle;
- a dose-staged course: a figure under a "Target volume" column ("24.8 cc") is the target's measure, never a lesion's
  name; "STAGE 2 OF 2" indexes a session as "fraction 2 of 2" does, and in a note of one session of several its
  "delivered in one sitting" is how that session went, not the course's count; "a single session ... would be too
  low" is an option judged and set aside;
- a clause that another course number opens, inside a document titled with its own, is that other course's;
- a count measured against the plan after it ("18 Gy in 2 fractions, out of 27 Gy in 3 prescribed") is the part given,
  and "we will not deliver the third fraction", "closed as incomplete" document the stop.
"""

from __future__ import annotations

import json
from pathlib import Path

from srscheck.nlp import read_course, read_text

from srscheck.cli import main
from srscheck.core.model import status_kind


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


STAGE_NOTE = """LAKEVIEW CLINIC - RADIOSURGERY
PROCEDURE NOTE: STAGED RADIOSURGERY, STAGE {k} OF 2
EXAMPLE, PATIENT   MRN X-82   Date: {date}

Indication: a single 4.0 cm right frontal metastasis. Because of the volume, a single session at a safe dose would be
too low to control it. We are using dose staged radiosurgery: two sessions of fifteen gray, four weeks apart.

Procedure: Stereotactic head frame applied. Stereotactic MRI. Fifteen gray to the fifty percent isodose line.
Delivered in one sitting; frame removed.
"""

STAGE_SUMMARY = """LAKEVIEW CLINIC - RADIOSURGERY
Radiosurgery Course Summary - Dose-Staged Treatment
EXAMPLE, PATIENT   MRN X-82

Session    Date          Target volume              Marginal dose

Stage 1    03/01/2027    22.4 cc                    15 Gy

Stage 2    03/29/2027    14.9 cc                    15 Gy

Course     2 sessions    right frontal metastasis   30 Gy cumulative
"""


def test_a_staged_course_is_one_lesion_given_in_its_sessions(tmp_path: Path) -> None:
    reading = _bundle(tmp_path, {"1_stage1.txt": STAGE_NOTE.format(k=1, date="03/01/2027"),
                                 "2_stage2.txt": STAGE_NOTE.format(k=2, date="03/29/2027"),
                                 "3_summary.txt": STAGE_SUMMARY})
    facts = reading.facts
    # a volume under "Target volume" on a session's row is the target's measure, never a lesion named "cc"
    assert len(facts.lesions) == 1 and "metastasis" in facts.lesions[0].name
    assert facts.lesion_count.value == 1
    # "STAGE 2 OF 2" indexes a session; "delivered in one sitting" is how that session went; "a single session ...
    # would be too low" is an option set aside
    assert facts.fractions.value == 2
    assert facts.lesions[0].dose_gy == 30.0 and facts.lesions[0].fractions == 2



BOOST_SUMMARY = """OAKRIDGE RADIATION THERAPY
Completion Summary - Course 2 (SBRT Boost)
EXAMPLE, PATIENT   MRN X-82   Course 2 dates: 08/12/2027 - 08/17/2027

The prostate boost of 21 Gy in 3 fractions was delivered as planned, with fiducial-based image guidance at every
fraction. For reference, composite treatment to the prostate: course 1 45 Gy in 25 fractions (pelvic IMRT) plus
course 2 21 Gy in 3 fractions (this course). PSA in 3 months.
"""


def test_a_clause_another_course_number_opens_is_that_course() -> None:
    facts = read_text(BOOST_SUMMARY).facts
    assert facts.fractions.value == 3
    assert [(lesion.dose_gy, lesion.fractions) for lesion in facts.lesions] == [(21.0, 3)]


def test_a_sentence_cut_by_another_courses_clause_is_quoted_in_contiguous_pieces() -> None:
    # the earlier course's stretch is left out of the reading, but a quotation is still the chart's own contiguous
    # words: the sentence's words after it, never its two sides joined
    reading = read_text(BOOST_SUMMARY)
    chart = " ".join(reading.document.text.split())
    quotes = [ev.text for ev in reading.facts.fractions.evidence]
    assert any(q.startswith("course 2 21 Gy in 3 fractions") for q in quotes)
    assert all(q in chart for q in quotes)


STOPPED = """GREYSTONE CANCER CENTRE - END OF TREATMENT NOTE (dictated)
EXAMPLE, PATIENT   MRN X-82   Date of note: 10/14/2027

Planning. Prescription twenty seven gray in three fractions of nine gray to the right frontal resection cavity.

Delivery. Fraction one October fifth, nine gray. Fraction two October sixth, nine gray.

On October seventh she was admitted with a wound infection: we will not deliver the third fraction, and the course is
closed as incomplete.

Dose delivered. Right frontal resection cavity, eighteen gray in two fractions of nine gray, out of twenty seven gray
in three prescribed.
"""


def test_a_count_measured_against_the_plan_is_the_part_given(tmp_path: Path, capsys) -> None:
    reading = read_text(STOPPED)
    assert reading.facts.fractions.value == 2
    assert [(lesion.dose_gy, lesion.fractions) for lesion in reading.facts.lesions] == [(18.0, 2)]
    # "we will not deliver the third fraction, and the course is closed as incomplete": the stop is documented
    (tmp_path / "eot.txt").write_text(STOPPED, encoding="utf-8")
    assert main(["check", str(tmp_path / "eot.txt"), "--codes", "77373", "--json", "-", "--no-save"]) == 0
    (flag,) = json.loads(capsys.readouterr().out)["review"]
    assert flag["kind"] == "interrupted_course" and flag["documented"] is True


def test_a_table_under_a_previously_treated_heading_is_the_earlier_course(tmp_path: Path) -> None:
    from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf

    pdf = make_chart_pdf(tmp_path / "gk.pdf", [[
        Heading("Radiosurgery Dose Summary"),
        "Cobalt-60 unit, stereotactic head frame, stereotactic MRI. Single session 03/03/2027.",
        Spacer(),
        TextTable([("Target", "Diam", "Marginal dose", "Status"),
                   ("Right frontal (new)", "8 mm", "22 Gy", "treated 03/03/2027"),
                   ("Left cerebellar (new)", "12 mm", "20 Gy", "treated 03/03/2027")], columns=(0, 150, 230, 330)),
        Spacer(),
        "Previously treated (05/13/2026, for reference - not treated today)",
        TextTable([("Target", "Dose then", "Today"),
                   ("Left frontal", "20 Gy", "stable, no treatment"),
                   ("Right occipital", "18 Gy", "resolved, no treatment")], columns=(0, 150, 260)),
        "Brainstem Dmax 6.9 Gy.",
    ]])
    facts = read_course([pdf]).facts
    assert sorted(lesion.dose_gy for lesion in facts.lesions) == [20.0, 22.0]
    assert facts.lesion_count.value == 2


SPINE_SUMMARY = """LAKESIDE SPINE SBRT - TREATMENT SUMMARY
EXAMPLE, PATIENT   MRN X-82

Imaging for planning

Diagnostic MRI lumbar spine 08/30/2027 (outside facility, 1.5 T, 4 mm) was obtained before surgery; it no longer
reflects the postoperative anatomy. A postoperative planning MRI was attempted on 09/29/2027 and
aborted after the localizer because of claustrophobia. A CT myelogram was performed instead and fused with the
simulation CT (09/30/2027, 1.5 mm, supine in a custom vacuum cushion).

L2 metastasis, postoperative SBRT: 24 Gy in 2 fractions completed 10/08/2027.
"""


def test_an_aborted_study_and_a_diagnostic_ones_bracket_serve_no_plan() -> None:
    assert read_text(SPINE_SUMMARY).facts.imaging.value == ["CT"]
