"""Charts that deliver no course of their own, earlier courses and stages of one lesion, and the chart correcting
itself: a follow-up visit and a course declined before simulation yield no course facts; a prior-course table
under its heading is history; a lesion's sessions with a Cumulative column total its dose; an unfilled template
row is no lesion; an amendment's count and an addendum's device rule without a review flag, while a device
denied by another record with no amendment is a contradiction for the coder.
"""

from __future__ import annotations

import json
from pathlib import Path

from pdfmaker import Heading, KeyValue, Spacer, TextTable, make_chart_pdf
from srscheck.checklists.engine import check
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_chart, read_course, read_text

from srscheck.api import analyze
from srscheck.core.model import status_kind

STORE = TemplateStore(user=None)

FOLLOW_UP = """TESTPATIENT, A   MRN SYN-0001   11/24/2026
Office Visit - Radiation Oncology Follow-up

Chief complaint: routine surveillance after radiosurgery.
History: right vestibular schwannoma treated with Gamma Knife radiosurgery at an outside centre in 2023,
12 Gy to the 50% isodose line.
Imaging today: MRI IAC 11/20/2026 - lesion 1.2 cm, stable.
A/P: No further radiation indicated. Continue surveillance MRI in 2 years.
"""

CONSULT = """Radiation Oncology Consultation
Date 11/03/2026
Metastatic melanoma with one 1.1 cm left frontal metastasis on the MRI brain of 10/29/2026.
Recommendation: stereotactic radiosurgery 20 Gy in 1 fraction on the TrueBeam (frameless mask, planning MRI,
CT simulation). Risks discussed. Tentative treatment 11/12/2026.
"""

PHONE = """Telephone Encounter
Patient states she has decided NOT to proceed with radiosurgery and has enrolled with hospice.
Per Dr. Example: cancel CT sim, MRI and treatment. Orders discontinued. Mask was not made.
"""


def _files(tmp_path: Path, *texts: str) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"{i + 1}_doc.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def _no_course(f) -> None:
    assert (f.modality.value, f.lesion_count.value, f.fractions.value) == (None, None, None)
    assert f.sites.value == [] and f.imaging.value == [] and f.positioning.value == [] and f.lesions == ()


def test_a_follow_up_visit_titled_by_its_service_yields_no_course_facts() -> None:
    r = read_text(FOLLOW_UP)
    assert r.facts.course_status.value == "follow_up"
    assert r.facts.course_status.evidence[0].text == "Office Visit - Radiation Oncology Follow-up"
    _no_course(r.facts)
    for c in check(r, ("77371", "77432"), STORE).codes:
        assert not c.consistent


def test_a_course_declined_after_the_consultation_yields_no_course_facts(tmp_path: Path) -> None:
    r = read_course(_files(tmp_path, CONSULT, PHONE))
    status = r.facts.course_status
    assert (status.value, status_kind(status)) == ("recommended", "declined")
    assert status.evidence[0].text.startswith("Patient states she has decided NOT to proceed")
    _no_course(r.facts)
    assert not r.review and len(r.warnings) == 1 and "declined" in r.warnings[0]
    out = check(r, ("77372", "77432", "61796"), STORE)
    assert all(not c.consistent and "declined" in c.problems[0] for c in out.codes)
    # the consultation alone still only recommends
    assert status_kind(read_text(CONSULT).facts.course_status) == "recommended"


def test_declining_another_treatment_beside_a_delivered_course_changes_nothing() -> None:
    text = ("TREATMENT SUMMARY\nThe patient declined whole brain radiation. The left occipital metastasis was "
            "treated on the TrueBeam, 20 Gy in 1 fraction, in a mask.\n")
    f = read_text(text).facts
    assert f.course_status.value == "delivered" and f.lesion_count.value == 1


def _prior_course_pdf(tmp_path: Path) -> Path:
    return make_chart_pdf(tmp_path / "reirradiation.pdf", [[
        Heading("SBRT Re-irradiation - Treatment Summary"),
        KeyValue([("Dates", "11/09/2026 - 11/13/2026")]),
        Heading("Prior radiation to this level (outside records reviewed)", level=2),
        TextTable([("Date", "Facility", "Site", "Dose", "Fx"), ("06/2024", "St. Elsewhere", "T8-T10", "30 Gy", "10"),
                   ("02/2025", "St. Elsewhere", "T9", "8 Gy", "1")], columns=(0, 70, 170, 240, 300)),
        "Progressive painful T9 disease. Vac-Lok cushion; CT simulation and MRI T-spine fused.",
        TextTable([("Target", "Rx", "Fx"), ("PTV_T9", "24 Gy", "3")], columns=(0, 100, 170)),
        "Completed T9 SBRT re-irradiation, 24 Gy in 3 fractions on the TrueBeam.",
    ]])


def test_a_prior_course_table_under_its_heading_is_history(tmp_path: Path) -> None:
    r = read_chart(_prior_course_pdf(tmp_path))
    les = r.facts.lesions
    assert r.facts.lesion_count.value == 1 and r.facts.fractions.value == 3
    assert (les[0].dose_gy, les[0].fractions, les[0].site) == (24.0, 3, "spinal")
    assert any("Prior radiation to this level" in w for w in r.warnings)


def test_the_sessions_of_one_lesion_total_their_cumulative_dose(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "staged.pdf", [[
        Heading("Radiosurgery Course Summary"),
        "Course C1 Brain - staged GK, Leksell Gamma Knife Icon, mask.",
        Spacer(),
        TextTable([("Target", "Session", "Date", "Dose", "Cumulative"),
                   ("L temporal met", "1 of 2", "10/05/2026", "15 Gy", "15 Gy"),
                   ("L temporal met", "2 of 2", "11/02/2026", "15 Gy", "30 Gy")], columns=(0, 120, 200, 290, 360)),
        "One lesion (left temporal, 4.1 cm) treated with two-stage Gamma Knife radiosurgery, total 30 Gy in 2 "
        "sessions.",
    ]])
    f = read_chart(pdf).facts
    assert f.lesion_count.value == 1 and f.fractions.value == 2
    assert (f.lesions[0].dose_gy, f.lesions[0].fractions) == (30.0, 2)


def test_a_copied_forward_plan_beside_the_name_gives_way_to_the_course_with_its_fractions() -> None:
    text = ("Progress Notes - Radiation Oncology\nSUBJECTIVE (copied from pre-op visit):\n"
            "  Plan: SRS 20 Gy x 1 to the intact 2.4 cm right cerebellar lesion if not resected.\n"
            "TREATMENT:\n  Cavity SRS in an Encompass mask; MRI fused. Rx 27 Gy in 3 fx (9 Gy/fx), HyperArc on the "
            "TrueBeam.\n  Fx 1 11/16, Fx 2 11/18, Fx 3 11/20/2026.\n"
            "ASSESSMENT/PLAN:\n  Completed SRS to the R cerebellar resection cavity, 27 Gy in 3 fractions.\n")
    les = read_text(text).facts.lesions
    assert len(les) == 1 and (les[0].dose_gy, les[0].fractions) == (27.0, 3)


def test_an_unfilled_template_row_is_no_lesion() -> None:
    text = ("Treatment Summary\nSimulation: CT in a Vac-Lok; MRI pelvis fused.\nTargets / dose:\n"
            "  Lesion 1: prostate (CTV = prostate + proximal 1 cm SV) - 36.25 Gy / 5 fx\n  Lesion 2: ***\n"
            "Treatment dates: 11/17 - 11/26/2026, 5 of 5 fractions on the TrueBeam, 36.25 Gy.\n")
    f = read_text(text).facts
    assert f.lesion_count.value == 1 and f.lesions[0].dose_gy == 36.25


AMENDED = """Radiation Oncology Treatment Summary
Targets: two liver lesions - segment 6 (2.9 cm) and segment 4 (1.0 cm).
  [Amended 11/05/2026 14:22 by Dr. Example: correction - ONE target only. The segment 4 focus
   was re-read as a hemangioma and was NOT contoured or treated.]
Simulation: BodyFIX with abdominal compression; CT and MRI liver fused.
Rx 45 Gy in 3 fractions (15 Gy/fx).
Image guidance: {blank}
Treatments: 10/29, 10/31, 11/03/2026 on the Versa HD. Segment 6 HCC 45 Gy in 3 fractions, complete.
"""


def test_an_amendments_count_rules_without_a_review_flag() -> None:
    r = read_text(AMENDED)
    assert r.facts.lesion_count.value == 1 and not r.review
    assert (r.facts.lesions[0].dose_gy, r.facts.lesions[0].fractions) == (45.0, 3)


def test_a_field_left_as_the_template_put_it_documents_nothing() -> None:
    r = read_text(AMENDED)
    field = [m for m in r.mentions if m.evidence.text.startswith("Image guidance: {blank}")]
    assert field and not any(m.affirmed for m in field)


PROCEDURE = """Gamma Knife Procedure Note
Immobilization: thermoplastic mask with IFMM nose marker. [template]
Imaging: stereotactic MRI and CT co-registered in Leksell GammaPlan.
Residual pituitary adenoma in the right cavernous sinus, 1.4 cm: 14 Gy to the 50% isodose, Leksell Gamma Knife Icon.
Single-session radiosurgery completed 09/29/2026.
"""

ADDENDUM = """ADDENDUM to Gamma Knife Procedure Note of 09/29/2026
Correction: the patient was treated in a Leksell Vantage stereotactic frame (4 pins, local anesthetic),
applied 07:02 and removed 12:40. The line "thermoplastic mask" in the procedure note is template text entered in
error; no mask was used.
"""

SUMMARY = """Gamma Knife Summary (physician)
Procedure: Leksell frame placed; Gamma Knife Icon radiosurgery to the left frontal resection cavity,
27 Gy in 3 fractions to the 50% isodose. Planning MRI 09/30/2026.
"""

def _record_pdf(tmp_path: Path) -> Path:
    return make_chart_pdf(tmp_path / "2_record.pdf", [[
        Heading("Leksell Gamma Knife Icon - Fraction Delivery Record"),
        KeyValue([("Fixation", "Thermoplastic mask (Icon nanoFix), IFMM nose marker"), ("Frame", "none")]),
        TextTable([("Fx", "Date", "Dose (Gy)"), ("1", "10/05/2026", "9.0"), ("2", "10/07/2026", "9.0"),
                   ("3", "10/09/2026", "9.0")], columns=(0, 60, 160)),
        "Total delivered 27 Gy.",
    ]])


def test_an_addendum_that_corrects_the_device_rules_without_a_review_flag(tmp_path: Path) -> None:
    r = read_course(_files(tmp_path, PROCEDURE, ADDENDUM))
    assert r.facts.positioning.value == ["frame"]
    assert not [f for f in r.review if f.fact == "positioning"]


def test_a_device_denied_by_another_record_is_a_contradiction(tmp_path: Path) -> None:
    paths = _files(tmp_path, SUMMARY) + [_record_pdf(tmp_path)]
    r = read_course(paths)
    assert r.facts.positioning.value == ["mask"]
    flags = [f for f in r.review if f.fact == "positioning"]
    assert len(flags) == 1 and "Leksell frame" in flags[0].message and "no frame" in flags[0].message
    j = json.loads(analyze(paths, "77373,61800").to_json())
    assert {c["code"]: c["consistent"] for c in j["codes"]}["61800"] is False
    assert j["review"] and j["review"][0]["fact"] == "positioning"


OBSERVATION_LETTER = """WESTFIELD SKULL BASE CLINIC
Clinic letter, dictated 11/24/2026
Re: TESTPATIENT, B   MRN SYN-0002
Diagnosis: left vestibular schwannoma, intracanalicular, 9 x 6 mm on MRI of 11/02/2026.
Dear Dr. Example, we discussed three options: observation with serial MRI, Gamma Knife radiosurgery (a single
session under a stereotactic frame, 12 Gy to the 50% isodose line), and microsurgery. As his hearing is
serviceable and growth has not been shown, he has chosen observation. We will repeat a contrast MRI in six months.
"""


def test_a_patient_who_chooses_observation_has_no_course() -> None:
    r = read_text(OBSERVATION_LETTER)
    status = r.facts.course_status
    assert (status.value, status_kind(status)) == ("recommended", "declined")
    assert "chosen observation" in status.evidence[0].text
    _no_course(r.facts)
    # observation of another finding beside a delivered course changes nothing
    text = ("TREATMENT SUMMARY\nThe small right frontal dural nodule: he elected observation. The left occipital "
            "metastasis was treated on the TrueBeam, 20 Gy in 1 fraction, in a mask.\n")
    assert read_text(text).facts.course_status.value == "delivered"
