"""Mechanisms behind corpus 69 (dictated and narrative notes from many physicians), each on a chart written here:

- a regimen first put forward and then changed in the same sentence ("the spine meeting had suggested twenty-seven
  gray in three fractions, but ... we lowered the prescription to thirty gray in five fractions") is superseded,
  neither the course's dose nor its count, and the writers' own decision ("we lowered ...") starts a clause the
  earlier course's "earlier"/"prior" does not reach;
- an addendum that quotes the wrong dose it corrects ("reads seventy-five gray. That is incorrect.") replaces that
  dose with its own and quotes nothing of the course itself;
- two lesions of a prose list that "each received" one dose are two lesions with that dose;
- a study that "will be fused for contouring" already exists: the course's planning imaging;
- a negation set off by commas ("..., no vacuum bag, with a CT scan fused to his MRI") negates its aside only; AP PA
  fields and an energy above 6 MV ("18 megavolt photons") are a gantry linac's; "to outline the epidural tumour" is
  target delineation;
- a "body immobilization frame" is a body device, no stereotactic frame, and the spinal cord checked as an organ at
  risk beside an adrenal target does not make the target spinal;
- a template's course dose field ("Total dose: [60 Gy in 8 fractions]") left beside a dictated course of another
  count is flagged.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart, read_course, read_text

CHANGED = """WESTBROOK CANCER CENTRE - Radiation Oncology
ON-TREATMENT NOTE (dictated)                          Date: 10/03/2027
Patient: TESTPATIENT, ALPHA     MRN: TEST-001

Seen today at her fifth and last fraction of stereotactic body radiotherapy to L3. She had palliative radiotherapy \
eight gray in one fraction to L2 to L4 in May 2021 elsewhere. The spine meeting on 12 February had suggested \
twenty-seven gray in three fractions, but because of the earlier course and the cauda equina dose we lowered the \
prescription to thirty gray in five fractions, six gray each, which she has now completed.

She lay in a vacuum bag for simulation with a planning CT and an MRI fused. Fractions were given on 4, 5, 6, 9 and \
10 March with a cone-beam CT before each one.

Plan: course complete, L3 thirty gray in five fractions. MRI in three months.
"""


def test_a_regimen_suggested_then_changed_is_superseded(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(CHANGED, encoding="utf-8")
    r = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(30.0, 5)]
    assert r.facts.fractions.value == 5
    assert not r.review


NOTE = """NORTHFIELD RADIOSURGERY - PROCEDURE NOTE 05/04/2027
Patient: TESTPATIENT, BETA

PLAN: a single 4 mm shot on the left trigeminal nerve, eighty-five gray maximum dose to the one hundred percent \
isodose line in a single session, under a head frame with stereotactic MRI and CT.
IMPRESSION: Radiosurgery of the left trigeminal nerve for trigeminal neuralgia, seventy-five gray maximum, \
tolerated well.
"""

ADDENDUM = """NORTHFIELD RADIOSURGERY
ADDENDUM TO THE PROCEDURE NOTE OF 05/04/2027
Patient: TESTPATIENT, BETA

Addendum: the impression of yesterday's note was mis-transcribed by the dictation software and reads seventy-five \
gray. That is incorrect. The left trigeminal nerve received eighty-five gray maximum dose in one session, as the \
plan section says.
"""


def test_an_addendum_quoting_the_wrong_dose_replaces_it(tmp_path: Path) -> None:
    (tmp_path / "1_note.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "2_addendum.txt").write_text(ADDENDUM, encoding="utf-8")
    r = read_course([tmp_path / "1_note.txt", tmp_path / "2_addendum.txt"])
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(85.0, 1)]
    assert not r.review


PROSE = """OPERATION NOTE - RADIOSURGERY 02/03/2027
Patient: TESTPATIENT, GAMMA

Under a stereotactic head frame, with a stereotactic MRI and CT, four metastases were treated today in one session \
on the cobalt unit. The right occipital metastasis, 14 mm, received 20 Gy to the 50% isodose. The left frontal \
lesion of 9 mm and the right parietal lesion of 7 mm each received 22 Gy. The left cerebellar metastasis, 11 mm, \
received 18 Gy.
"""


def test_two_lesions_that_each_received_a_dose_are_two(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(PROSE, encoding="utf-8")
    r = read_chart(path)
    assert sorted((les.name, les.dose_gy) for les in r.facts.lesions) == [
        ("left cerebellar metastasis", 18.0), ("left frontal lesion", 22.0), ("right occipital metastasis", 20.0),
        ("right parietal lesion", 22.0)]
    assert not r.review


SIM = """SIMULATION NOTE 03/02/2027
Patient: TESTPATIENT, DELTA

He is here for simulation for SBRT of a T11 metastasis. He lay supine in a vacuum mattress and a planning CT was \
done with 1 mm slices. His thoracic spine MRI from February 20th will be fused for contouring of the cord and the \
target.
"""

SUMMARY = """TREATMENT SUMMARY 03/14/2027
Patient: TESTPATIENT, DELTA

He completed SBRT to the T11 metastasis, 27 Gy in 3 fractions on 03/10, 03/12 and 03/14 on the linac with a \
cone-beam CT before each fraction.
"""


def test_a_study_that_will_be_fused_is_planning_imaging(tmp_path: Path) -> None:
    (tmp_path / "1_sim.txt").write_text(SIM, encoding="utf-8")
    (tmp_path / "2_summary.txt").write_text(SUMMARY, encoding="utf-8")
    r = read_course([tmp_path / "1_sim.txt", tmp_path / "2_summary.txt"])
    assert sorted(r.facts.imaging.value) == ["CT", "MRI"]


CONVENTIONAL = """COMPLETION SUMMARY (dictated) 04/20/2027
Patient: TESTPATIENT, EPSILON

Course: palliative radiation for L1 to L3 epidural disease. He was simulated on April 2nd supine on a knee wedge, no \
vacuum bag, with a CT scan that was fused to his diagnostic MRI to outline the epidural tumour, and he was treated \
with AP PA fields with 18 megavolt photons from T12 to L4, twenty gray in five fractions, four gray per fraction, with \
daily kV imaging. He completed all five fractions.
"""


def test_a_negation_set_off_by_commas_negates_its_aside_only(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_text(CONVENTIONAL, encoding="utf-8")
    r = read_chart(path)
    assert sorted(r.facts.imaging.value) == ["CT", "MRI"]
    text = r.document.text
    assert not [m for m in r.concepts("POSITIONING") if text[m.evidence.start:m.evidence.end] == "vacuum bag"]
    assert r.facts.modality.value == "linac" and r.facts.modality.inferred
    assert r.concepts("TARGET_VOLUME")


def test_a_negation_list_keeps_its_scope() -> None:
    r = read_text("SRS 18 Gy in 1 fraction to a right frontal metastasis on the linac, no mask, frame or fiducials, "
                  "with a CT and MRI fused.\n")
    assert not r.concepts("POSITIONING")
    assert sorted(r.facts.imaging.value) == ["CT", "MRI"]


ADRENAL = """SPECIAL TREATMENT PROCEDURE 06/01/2027
Patient: TESTPATIENT, ZETA

SBRT for a 2.8 centimeter right adrenal metastasis. At simulation he was set up in the body immobilization frame \
with an abdominal compression paddle, and a four D CT was done. We prescribed forty gray in five fractions to the PTV \
and checked the liver, the right kidney and the spinal cord, all within limits. He was treated in five fractions from \
May 25th to June 1st with a cone beam CT before each one.
"""


def test_a_body_immobilization_frame_and_the_cord_as_an_organ_at_risk(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(ADRENAL, encoding="utf-8")
    r = read_chart(path)
    assert r.facts.positioning.value == ["body_immobilization"]
    assert [les.site for les in r.facts.lesions] == ["body"]
    assert not r.review


TEMPLATE = """SBRT COMPLETION SUMMARY
Patient: TESTPATIENT, ETA

*** TEMPLATE ***
Treatment site: [LLL lung]
Total dose: [60 Gy in 8 fractions]
*** END TEMPLATE ***

She was simulated in a vacuum cushion with a four D CT. We planned VMAT arcs on the linac, prescribing forty-eight \
gray in four fractions of twelve gray. She received her four fractions on 09/06, 09/08, 09/10 and 09/13, each with \
a cone beam CT. Total delivered dose forty-eight gray in four fractions.
"""


def test_a_templates_dose_field_of_another_count_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_text(TEMPLATE, encoding="utf-8")
    r = read_chart(path)
    assert r.facts.fractions.value == 4
    assert any("also says 8 fraction(s)" in f.message for f in r.review)


EARLIER = """SBRT TREATMENT SUMMARY 04/20/2027
Patient: TESTPATIENT, THETA

She previously had SBRT to T8, {clause} 24 Gy in 2 fractions. She now completed SBRT to L2, 30 Gy in 5 fractions, on \
04/14, 04/15, 04/16, 04/19 and 04/20 on the linac in a vacuum bag with a planning CT and a cone-beam CT each day.
"""


def test_the_writers_words_about_the_earlier_course_stay_its_own(tmp_path: Path) -> None:
    for clause in ("for which we prescribed", "for which we reduced the dose to"):
        path = tmp_path / "summary.txt"
        path.write_text(EARLIER.format(clause=clause), encoding="utf-8")
        r = read_chart(path)
        assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(30.0, 5)]
        assert not r.review, clause
