"""A course is several documents, and a bundle may also hold an EARLIER course's record: a treatment record
dated long before the other records, or headed as a prior course, is history. Its lesions, devices, machine
and fractions are not this course's, and a warning names the document.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

OLD_RECORD = """RADIOSURGERY TREATMENT SUMMARY
Date of treatment: 03/11/2023. Leksell Gamma Knife Icon; Leksell frame applied under local anaesthesia.
Target\tMarginal dose\tIsodose
Left temporal\t18 Gy\t50%
Right occipital\t20 Gy\t50%
Both lesions were treated in one session.
"""

SPINE_RECORD = """SBRT TREATMENT RECORD - SPINE
Simulation 08/03/2026 in a vacuum cushion; planning MRI of the thoracic spine fused.
Unit: Varian TrueBeam. T8 vertebral metastasis, 30 Gy in 5 fractions, treated 08/10/2026 to 08/14/2026.
Fraction 5 of 5 delivered 08/14/2026 with CBCT before each fraction.
"""

COMPLETION = """COMPLETION NOTE 08/14/2026
Completed SBRT on the TrueBeam as planned. Tolerated well.
"""


def _bundle(tmp_path: Path, docs) -> list[Path]:
    paths = []
    for name, text in docs:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


def test_an_earlier_course_record_in_the_bundle_is_not_this_course(tmp_path: Path) -> None:
    r = read_course(_bundle(tmp_path, [("a.txt", OLD_RECORD), ("b.txt", SPINE_RECORD), ("c.txt", COMPLETION)]))
    f = r.facts
    assert f.sites.value == ["spinal"] and f.lesion_count.value == 1
    assert f.modality.value == "linac" and f.fractions.value == 5
    assert "frame" not in f.positioning.value and f.positioning.value == ["body_immobilization"]
    assert [les.dose_gy for les in f.lesions] == [30.0]
    assert any(w.startswith("a.txt is the record of an earlier course") and "03/11/2023" in w for w in r.warnings)
    assert not r.review


def test_a_heading_that_names_a_prior_course(tmp_path: Path) -> None:
    old = "PRIOR COURSE\n" + OLD_RECORD.replace("03/11/2023", "07/01/2026")  # dated close, but headed as prior
    f = read_course(_bundle(tmp_path, [("a.txt", old), ("b.txt", SPINE_RECORD)])).facts
    assert f.sites.value == ["spinal"] and f.lesion_count.value == 1


def test_records_of_one_course_weeks_apart_are_all_kept(tmp_path: Path) -> None:
    stage1 = ("GAMMA KNIFE STAGE 1 RECORD\nLeft frontal metastasis treated 05/04/2026, 15 Gy in 1 fraction on the "
              "Gamma Knife Icon in a mask.\n")
    stage2 = ("GAMMA KNIFE STAGE 2 RECORD\nLeft frontal metastasis treated 06/01/2026, 15 Gy in 1 fraction on the "
              "Gamma Knife Icon in a mask. Fraction 2 of 2.\n")
    r = read_course(_bundle(tmp_path, [("s1.txt", stage1), ("s2.txt", stage2)]))
    assert not any("earlier course" in w for w in r.warnings)
    assert r.facts.sites.value == ["cranial"] and r.facts.modality.value == "cobalt60"


def test_only_treatment_records_are_compared(tmp_path: Path) -> None:
    consult = ("RADIATION ONCOLOGY CONSULTATION 09/01/2026\nNew left adrenal metastasis. I recommend SBRT, 40 Gy in 5 "
               "fractions.\n")
    r = read_course(_bundle(tmp_path, [("a.txt", OLD_RECORD), ("b.txt", consult)]))
    assert not any("earlier course" in w for w in r.warnings)  # a consultation is no course to be earlier than


PACKET = """CANCER CENTRE - COURSE PRINTOUT
Previous Course: Brain SRS Record (2022)
Target\tDose\tFractions
Right frontal\t24 Gy\t3
Left cerebellar\t24 Gy\t3
Treated on the Gamma Knife with a Leksell frame.
Current Course: Liver SBRT
Unit: Varian TrueBeam. Segment VII liver metastasis, 50 Gy in 5 fractions, in a vacuum cushion.
Fraction 5 of 5 delivered 03/20/2026.
"""


def test_a_section_headed_as_a_previous_course_up_to_the_current_one() -> None:
    from srscheck.nlp import read_text

    r = read_text(PACKET)
    f = r.facts
    assert f.sites.value == ["body"] and f.lesion_count.value == 1 and f.fractions.value == 5
    assert f.modality.value == "linac" and f.positioning.value == ["body_immobilization"]
    assert not r.review
    assert any("Previous Course: Brain SRS Record (2022)" in w and "earlier course" in w for w in r.warnings)


def test_a_prior_heading_without_a_current_one_takes_nothing_out() -> None:
    from srscheck.nlp import read_text

    text = ("SRS TREATMENT SUMMARY\nPrior radiation: none.\nLeft frontal metastasis treated on the TrueBeam, 20 Gy in "
            "1 fraction, in a mask.\n")
    r = read_text(text)
    assert r.facts.lesion_count.value == 1 and not any("earlier course" in w for w in r.warnings)


COURSES = """TREATMENT SUMMARY BY SITE
Course\tSite\tTechnique\tFx\tDose/Fx (cGy)\tTotal (cGy)\tStart\tEnd
C1 SBRT\tLUNG_RUL\tVMAT SBRT\t3/3\t1800\t5400\t2026-03-02\t2026-03-06
C2 Palliative\tL_HUMERUS\t3D AP/PA\t5/5\t400\t2000\t2026-03-16\t2026-03-20
C1 SBRT: right upper lobe tumour, 54 Gy in 3 fractions, 4DCT in a vacuum cushion, CBCT before each fraction on the TrueBeam.
C2 Palliative: left humerus, conventional 20 Gy in 5 fractions, not stereotactic.
"""  # noqa: E501  (chart text: its lines are printed as they are)


def test_a_conventional_course_row_beside_the_stereotactic_one_is_another_course() -> None:
    from srscheck.nlp import read_text

    r = read_text(COURSES)
    f = r.facts
    assert f.lesion_count.value == 1 and f.fractions.value == 3
    assert [les.dose_gy for les in f.lesions] == [54.0]
    assert sum("another, conventional course" in w for w in r.warnings) == 1


def test_rows_of_one_stereotactic_course_are_all_kept() -> None:
    from srscheck.nlp import read_text

    text = COURSES.replace("3D AP/PA", "VMAT SBRT").replace("conventional 20 Gy in 5 fractions, not stereotactic",
                                                             "20 Gy in 5 fractions")
    r = read_text(text)
    assert not any("another, conventional course" in w for w in r.warnings)


def test_each_document_status_is_judged_once(tmp_path: Path, monkeypatch) -> None:
    from srscheck.nlp import facts

    calls = []
    judge = facts._part_status

    def counted(document, ctx, vocab, start, end):
        calls.append((start, end))
        return judge(document, ctx, vocab, start, end)

    monkeypatch.setattr(facts, "_part_status", counted)
    r = read_course(_bundle(tmp_path, [("a.txt", OLD_RECORD), ("b.txt", SPINE_RECORD), ("c.txt", COMPLETION)]))
    assert sorted(calls) == sorted({(p.start, p.end) for p in r.document.parts}) and len(calls) == 3
    assert r.facts.course_status.value == "delivered" and r.facts.sites.value == ["spinal"]


def test_statements_in_an_earlier_course_section_do_not_decide_the_status() -> None:
    from srscheck.nlp import read_chart

    chart = Path(__file__).resolve().parents[1] / "blind_corpus12" / "b12_09.pdf"  # a prior-treatment table
    quotes = [e.text for e in read_chart(chart).facts.course_status.evidence]
    assert "Completed T9 SBRT re-irradiation, 24 Gy in 3 fractions (TrueBeam)." in quotes
    assert not any(q.startswith("Date Facility Site Dose Fx") for q in quotes)


def test_a_history_field_ends_with_its_paragraph() -> None:
    # "Prior radiation: <value>" is a field, not a heading: the paragraph after it is this course's treatment
    chart = """Radiosurgery treatment note
Prior radiation: whole-brain radiotherapy 30 Gy in 10 fractions in 2024.

The left frontal metastasis was treated with Gamma Knife radiosurgery on 11/03/2026, 20 Gy in one fraction to the
50% isodose line, with a Leksell frame.
"""
    facts = read_text(chart).facts
    assert facts.course_status.value == "delivered" and facts.fractions.value == 1
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(20.0, 1)] and facts.positioning.value == ["frame"]


def test_a_follow_up_in_the_new_year_leaves_a_december_course_as_this_course() -> None:
    # the chart's latest date is in 2027, but the course of 12/2026 is weeks before it, not an earlier course
    chart = """SRS treatment plan
Sim CT 12/01/2026, 0.75 mm slices. MRI 12/01/2026 T1 post-gadolinium, fused for planning.
Right frontal metastasis treated with linac radiosurgery on 12/04/2026, 22 Gy in one fraction, thermoplastic mask.
Whole-brain radiotherapy 30 Gy in 10 fractions in 03/2025.
Addendum 02/05/2027: follow-up MRI 02/01/2027 shows a response of the treated lesion.
"""
    facts = read_text(chart).facts
    assert facts.imaging.value == ["CT", "MRI"] and facts.fractions.value == 1
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(22.0, 1)]


def test_a_course_line_that_names_its_own_course_before_a_prior_one(tmp_path: Path) -> None:
    """"Course C3 (2026) - prior course C2 (2024) closed": the record is of course C3, this course; the prior
    course is only mentioned, and the record's unit, images and mask are this course's."""
    consult = ("RE-CONSULTATION 10/05/2026\nIn 2024 he had radiosurgery to three metastases. Two new lesions now; "
               "recommend radiosurgery to them, 20 Gy each in one session.\n")
    rx = ("SRS PRESCRIPTION - NEW LESIONS\n\nCourse\tC3 (2026) - prior course C2 (2024) closed\n"
          "Unit\t6 MV FFF gantry linac, HD-MLC\nImmobilisation\tframeless SRS mask, made 10/12/2026\n"
          "Planning images\tCT 1 mm 10/12/2026 fused with MRI T1 Gd 10/11/2026\n\n"
          "Volume\tDose / fx\tFx\tTotal\nPTV_LTemp_new\t20 Gy\t1\t20 Gy\nPTV_RCb_new\t20 Gy\t1\t20 Gy\n")
    done = ("COMPLETION NOTE 10/20/2026\nSingle-session SRS on 10/19/2026 to the two new metastases: "
            "left temporal 20 Gy and right cerebellar 20 Gy.\n")
    r = read_course(_bundle(tmp_path, [("a.txt", consult), ("b.txt", rx), ("c.txt", done)]))
    f = r.facts
    assert not any("earlier course" in w for w in r.warnings)
    assert f.modality.value == "linac" and f.positioning.value == ["mask"]
    assert sorted(f.imaging.value) == ["CT", "MRI"]
