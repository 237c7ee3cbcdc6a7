"""Which course is claimed, when a bundle or a chart holds two courses' records less than a year apart:
records that are evidently of two courses (different course numbers, a course completed before another
record's own treatment dates begin, a re-treatment title) are kept apart, the later course is this course,
the other's doses, lesions and fractions do not count, and a review flag (``kind: "other_course"``) quotes
both and says which was taken. Where the records say two courses but not which came last, they are read as
one course, as before, with a review flag (``kind: "course_unclear"``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdfmaker import make_text_pdf
from srscheck.nlp import read_chart, read_course

from srscheck.cli import main

LUNG = """SBRT TREATMENT RECORD
{head}
Unit: Varian TrueBeam. Right upper lobe tumour, 54 Gy in 3 fractions, 4DCT simulation in a vacuum cushion.
Treated 01/12/2026, 01/14/2026 and 01/16/2026 with CBCT before each fraction.
Fraction 3 of 3 delivered 01/16/2026. The course was completed as planned.
"""

SPINE = """SBRT TREATMENT RECORD
{head}
Unit: Varian TrueBeam. T8 vertebral metastasis, 30 Gy in 5 fractions, in a BodyFIX vacuum cushion; planning
MRI of the thoracic spine fused.
Treated 06/08/2026 to 06/12/2026 with CBCT before each fraction.
Fraction 5 of 5 delivered 06/12/2026.
"""


def _bundle(tmp_path: Path, docs, kind: str = "txt") -> list[Path]:
    paths = []
    for name, text in docs:
        path = tmp_path / f"{name}.{kind}"
        if kind == "txt":
            path.write_text(text, encoding="utf-8")
        else:
            make_text_pdf(path, text.replace("\n", "\n\n"))
        paths.append(path)
    return paths


def _spine_only(reading) -> None:
    f = reading.facts
    assert f.sites.value == ["spinal"] and f.lesion_count.value == 1 and f.fractions.value == 5
    assert [(les.dose_gy, les.fractions) for les in f.lesions] == [(30.0, 5)]
    assert f.positioning.value == ["body_immobilization"]


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_two_course_numbers_five_months_apart(tmp_path: Path, kind: str) -> None:
    docs = [("lung", LUNG.format(head="Course 1: Lung SBRT")), ("spine", SPINE.format(head="Course 2: Spine SBRT"))]
    r = read_course(_bundle(tmp_path, docs, kind))
    _spine_only(r)
    (flag,) = r.review
    assert flag.kind == "other_course" and flag.fact == "course_status"
    assert flag.message == (f"The bundle holds the records of two courses: course 1 (lung.{kind}) and course 2 "
                            f"(spine.{kind}); course 2, the later, was taken as this course, and the other's doses, "
                            "lesions and fractions were left out: check that the claimed codes are for it.")
    assert [(e.text, e.document) for e in flag.evidence] == [("Course 2: Spine SBRT", 1), ("Course 1: Lung SBRT", 0)]
    assert any(w.startswith(f"lung.{kind} is the record of an earlier course") for w in r.warnings)


def test_the_higher_number_is_this_course_in_any_order(tmp_path: Path) -> None:
    docs = [("spine", SPINE.format(head="Course 2: Spine SBRT")), ("lung", LUNG.format(head="Course 1: Lung SBRT"))]
    _spine_only(read_course(_bundle(tmp_path, docs)))


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_a_completed_course_before_another_records_dates(tmp_path: Path, kind: str) -> None:
    docs = [("lung", LUNG.format(head="Lung")), ("spine", SPINE.format(head="Spine"))]
    r = read_course(_bundle(tmp_path, docs, kind))
    _spine_only(r)
    (flag,) = r.review
    assert flag.kind == "other_course"
    assert "completed by 2026-01-16" in flag.message and "treated from 2026-06-08" in flag.message
    assert [e.document for e in flag.evidence] == [1, 0]
    assert flag.evidence[1].text == "The course was completed as planned."


def test_a_re_treatment_title_after_a_completed_course(tmp_path: Path) -> None:
    spine = SPINE.format(head="").replace("SBRT TREATMENT RECORD", "SPINE SBRT RE-IRRADIATION RECORD")
    spine = spine.replace("Treated 06/08/2026 to 06/12/2026", "Treated 06/08/2026")
    r = read_course(_bundle(tmp_path, [("lung", LUNG.format(head="")), ("spine", spine)]))
    _spine_only(r)
    assert [f.kind for f in r.review] == ["other_course"] and "titled as a re-treatment" in r.review[0].message


def test_one_courses_plan_and_record_are_not_two_courses(tmp_path: Path) -> None:
    plan = ("SBRT PLAN\nCourse 1: Spine SBRT\nT8 vertebral metastasis, 30 Gy in 5 fractions planned on 06/01/2026 in "
            "Eclipse, BodyFIX vacuum cushion.\n")
    r = read_course(_bundle(tmp_path, [("plan", plan), ("spine", SPINE.format(head="Course 1: Spine SBRT"))]))
    _spine_only(r)
    assert not r.review and not any("earlier course" in w for w in r.warnings)


def test_numbers_and_dates_that_disagree_are_unclear(tmp_path: Path) -> None:
    # course 2 treated in January, course 1 in June: which is this course is not clear
    docs = [("lung", LUNG.format(head="Course 2: Lung SBRT")), ("spine", SPINE.format(head="Course 1: Spine SBRT"))]
    r = read_course(_bundle(tmp_path, docs))
    assert r.facts.lesion_count.value == 2  # read as one course, as before
    (flag,) = r.review
    assert flag.kind == "course_unclear" and "do not say which came last" in flag.message
    assert {e.text for e in flag.evidence} == {"Course 2: Lung SBRT", "Course 1: Spine SBRT"}


def test_a_re_treatment_without_dates_is_unclear(tmp_path: Path) -> None:
    lung = ("\n".join(ln for ln in LUNG.format(head="").splitlines() if "01/" not in ln)
            + "\nThe course was completed.\n")
    spine = "\n".join(ln for ln in SPINE.format(head="").splitlines() if "06/" not in ln)
    spine = spine.replace("SBRT TREATMENT RECORD", "SBRT RE-TREATMENT RECORD")
    r = read_course(_bundle(tmp_path, [("lung", lung), ("spine", spine)]))
    assert r.facts.lesion_count.value == 2
    assert [f.kind for f in r.review] == ["course_unclear"] and "re-treatment" in r.review[0].message



def test_a_completion_that_calls_its_course_the_re_treatment_is_that_course(tmp_path: Path) -> None:
    # the re-irradiation's prescription and a summary that says its own course, the re-irradiation, was completed
    # (its treatment dates said in words): one course, no question which
    rx = ("SPINE SBRT RE-IRRADIATION - PRESCRIPTION\nDate 01/12/2027\n"
          "Prior radiotherapy: 30 Gy in 10 fractions, T11-L2, 03/2024 (outside centre).\n"
          "Target PTV_T12_L1, 25 Gy in 5 fractions to the 80% isodose; vacuum cushion; CT 01/05/2027.\n")
    summary = ("END OF TREATMENT SUMMARY\nDictated 01/22/2027\n"
               "He completed his second course of radiation to the thoracolumbar junction today, stereotactic body "
               "radiation as a re irradiation to the T twelve to L one target, twenty five gray in five fractions, "
               "given from January fifteenth to January twenty first.\n")
    r = read_course(_bundle(tmp_path, [("1_rx", rx), ("2_summary", summary)]))
    assert not [f for f in r.review if f.kind in ("other_course", "course_unclear")]

PRINTOUT = """RADIATION ONCOLOGY COURSE PRINTOUT
Patient: TESTPATIENT, ANN   MRN SYN-0042
Course 1 - Lung SBRT
Unit: Varian TrueBeam. Right upper lobe tumour, 54 Gy in 3 fractions, 4DCT simulation in a vacuum cushion.
Treated 01/12/2026 to 01/16/2026 with CBCT before each fraction. Course completed.
Course 2 - Brain SRS
Unit: Varian TrueBeam. Left frontal metastasis, 20 Gy in 1 fraction, in a thermoplastic mask, planning MRI fused.
Treated 03/02/2026 with CBCT.
"""


def test_one_chart_with_two_numbered_course_sections(tmp_path: Path) -> None:
    chart = tmp_path / "printout.pdf"
    make_text_pdf(chart, PRINTOUT.replace("\n", "\n\n"))
    r = read_chart(chart)
    f = r.facts
    assert f.sites.value == ["cranial"] and [(les.dose_gy, les.fractions) for les in f.lesions] == [(20.0, 1)]
    assert f.positioning.value == ["mask"] and f.imaging.value == ["MRI"]  # the lung course's 4DCT is history
    (flag,) = r.review
    assert flag.kind == "other_course" and flag.message.startswith("The chart holds the records of two courses")
    assert [e.text for e in flag.evidence] == ["Course 2 - Brain SRS", "Course 1 - Lung SBRT"]


def test_the_json_review_names_the_kind(tmp_path: Path, capsys) -> None:
    docs = [("lung", LUNG.format(head="Course 1: Lung SBRT")), ("spine", SPINE.format(head="Course 2: Spine SBRT"))]
    paths = _bundle(tmp_path, docs)
    assert main(["check", *map(str, paths), "--codes", "77373x5,77435", "--json", "-", "--no-save"]) == 0
    out = json.loads(capsys.readouterr().out)
    (flag,) = out["review"]
    assert flag["kind"] == "other_course" and flag["fact"] == "course_status"
    assert [e["text"] for e in flag["evidence"]] == ["Course 2: Spine SBRT", "Course 1: Lung SBRT"]
    assert out["facts"]["fractions"]["value"] == 5 and out["facts"]["sites"]["value"] == ["spinal"]


def test_a_dated_re_treatment_note_and_the_same_courses_physics_check_are_one_course(tmp_path: Path) -> None:
    # the note's own date sits on the patient line after the record number: it is the note's date, not a birth
    # date, so the note is dated before the check's treatment dates and both are of one course, with no flag
    note = ("SPINE SBRT RE-IRRADIATION NOTE\nPATIENT: TESTPATIENT, ANN   MRN: SYN-0042   DATE: 06/01/2026\n"
            "Prior palliative radiation 20 Gy in 5 fractions to T6-T10 in 2023. T8 vertebral metastasis, 30 Gy in "
            "5 fractions planned in Eclipse, BodyFIX vacuum cushion, planning MRI fused.\n")
    check = ("WEEKLY PHYSICS CHECK\nPATIENT: TESTPATIENT, ANN   MRN: SYN-0042\n"
             "T8 600 cGy fractions on 06/08/2026, 06/09/2026, 06/10/2026, 06/11/2026 and 06/12/2026 with CBCT.\n"
             "Course complete, 5 of 5 fractions.\n")
    r = read_course(_bundle(tmp_path, [("note", note), ("check", check)]))
    assert not [f for f in r.review if f.fact == "course_status"]
    assert r.facts.fractions.value == 5


def test_a_consultation_saying_an_earlier_course_is_complete_is_not_that_course(tmp_path: Path) -> None:
    """A consultation's copy-forward history that says the earlier course "is complete" speaks of that earlier
    course (the cue "earlier" modifies the course it names): the consultation, dated before this course's record by
    its planning MRI, is no record of a course completed before this one: there is one course, and the MRI its file
    reports is this course's."""
    consult = ("[1] REFERRAL\n\nREFERRAL FOR RADIATION ONCOLOGY OPINION\n\nFrom\tDr. Stray, spinal surgery\n"
               "Reason\tT8 metastasis\n\nDear colleague, please see this patient regarding the T8 epidural disease."
               "\n\nElectronically signed: Dr. Stray (referring clinician)\n"
               "[2] RADIATION ONCOLOGY CONSULTATION\n\nRADIATION ONCOLOGY CONSULTATION\nThis is a dictated "
               "consultation for the T8 metastasis. Past\nhistory, copied forward from earlier notes: conventional "
               "radiotherapy 30 Gy in 10 fractions to T4-T7 in 2023. That\nearlier course is complete "
               "and is not being re-treated now. Recommendation: stereotactic treatment to the T8 metastasis.\n\n"
               "RADIOLOGY REPORT - PLANNING STUDY\nMRI thoracic spine 06/01/2026.\nFINDINGS: T8 vertebral body.\n")
    spine = SPINE.format(head="Spine").replace("; planning\nMRI of the thoracic spine fused.", ".")
    r = read_course(_bundle(tmp_path, [("consult", consult), ("spine", spine)]))
    _spine_only(r)
    assert r.facts.imaging.value == ["MRI"]  # the planning MRI of the consultation's file counts
    assert not [f for f in r.review if f.fact == "course_status"], r.review
