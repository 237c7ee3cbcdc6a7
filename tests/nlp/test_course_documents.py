"""This course only, by the kind of document: a plan closed without treatment, a tumour-board outcome, an
authorization request and a payer's answer, another service's note. None of them documents a delivered
course, so none yields course facts; each says why in a warning, and the codes for delivery are inconsistent.
A plan still to be delivered keeps its planning facts, and a delivered course is unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdfmaker import Heading, KeyValue, TextTable, make_chart_pdf
from srscheck.checklists.engine import check
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_chart, read_course, read_text

from srscheck.api import analyze
from srscheck.core.model import status_kind

STORE = TemplateStore(user=None)

CLOSED_PLAN = """SBRT PLAN REPORT
Plan LIVER_SBRT approved 03/02/2026. Machine: Varian TrueBeam. Prescription 5000 cGy in 5 fractions to PTV_Liver.
CT simulation 02/24/2026 in a Vac-Lok cushion with abdominal compression.
Course status: closed 03/09/2026. The patient was admitted with sepsis and the course was cancelled; no
treatment was delivered.
"""

BOARD = """GI TUMOUR BOARD - MULTIDISCIPLINARY TEAM MEETING OUTCOME
Clinical summary
Hepatocellular carcinoma, segment 8, treated with SBRT 45 Gy in 3 fractions in 2023 with local control.
New 2.1 cm segment 6 lesion on the MRI of 01/15/2026.
Outcome
Recommend SBRT to the segment 6 lesion, 40 Gy in 5 fractions; refer to radiation oncology for simulation.
"""

REQUEST = """REQUEST FOR PRIOR AUTHORIZATION
Payer: Example Health Plan. Requested service: stereotactic radiosurgery to two brain metastases, 20 Gy in
1 fraction each, on the Gamma Knife with a Leksell frame. CPT 77371, 61796, 61797. Planning MRI to be scheduled
after approval.
"""

DISCHARGE = """COMMUNITY HOSPITAL
DISCHARGE SUMMARY
Admitted 04/02/2026 for a urinary tract infection, treated with ceftriaxone.
Past history: right upper lobe lung cancer treated with SBRT 54 Gy in 3 fractions on the CyberKnife in 2025,
with fiducials. CT chest this admission: stable post-treatment change.
"""

SCHEDULED = """SIMULATION AND PLANNING NOTE
CT simulation in a thermoplastic mask, fused with contrast MRI. Right frontal metastasis contoured; 24 Gy in
3 fractions on the Edge. Treatment is scheduled to begin on 05/04/2026.
"""

DELIVERED = """TREATMENT SUMMARY
The right frontal metastasis was treated on the Edge, 24 Gy in 3 fractions, 05/04-05/08/2026, in a mask.
Planning MRI was fused. All three fractions were delivered without interruption.
"""


@pytest.mark.parametrize("text,status,kind", [
    (CLOSED_PLAN, "planned", "not_delivered"),
    (BOARD, "recommended", "recommended"),
    (REQUEST, "recommended", "request"),
    (DISCHARGE, "follow_up", "other_service"),
])
def test_documents_of_no_delivered_course_yield_no_course_facts(text: str, status: str, kind: str) -> None:
    r = read_text(text)
    f = r.facts
    assert (f.course_status.value, status_kind(f.course_status)) == (status, kind)
    assert f.course_status.evidence, "the status quotes the chart"
    assert (f.modality.value, f.lesion_count.value, f.fractions.value) == (None, None, None)
    assert f.sites.value == [] and f.imaging.value == [] and f.positioning.value == []
    assert f.lesions == () and not r.review
    assert len(r.warnings) == 1


@pytest.mark.parametrize("text,codes,phrase", [
    (CLOSED_PLAN, ("77373", "77435"), "closed without any treatment delivered"),
    (REQUEST, ("77371", "61796", "61797"), "request for authorization of treatment"),
    (DISCHARGE, ("77373", "77435"), "another service's note"),
])
def test_delivery_codes_are_inconsistent_with_the_kind_of_document(text: str, codes, phrase: str) -> None:
    out = check(read_text(text), codes, STORE)
    for c in out.codes:
        assert not c.consistent and phrase in c.problems[0]
    assert not {s.code for s in out.suggestions} & {"77371", "77372", "77373"}


def test_a_plan_closed_without_treatment_still_reached_planning() -> None:
    codes = {c.code: c for c in check(read_text(CLOSED_PLAN), ("77290", "77373"), STORE).codes}
    assert codes["77290"].consistent and not codes["77373"].consistent


def test_a_plan_still_to_be_delivered_keeps_its_planning_facts() -> None:
    f = read_text(SCHEDULED).facts
    assert (f.course_status.value, status_kind(f.course_status)) == ("planned", "planned")
    assert f.positioning.value == ["mask"] and f.lesion_count.value == 1


def test_a_consultation_that_treated_today_is_delivered() -> None:
    text = ("SRS CONSULTATION\nHistory\nLung cancer treated with SBRT in 2024.\nToday\nThe left occipital "
            "metastasis was treated today with 20 Gy in 1 fraction on the TrueBeam in a mask.\n")
    f = read_text(text).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 1


def test_a_bundle_with_the_treatment_record_is_delivered(tmp_path: Path) -> None:
    paths = []
    for name, text in (("request.txt", REQUEST), ("board.txt", BOARD), ("summary.txt", DELIVERED)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    f = read_course(paths).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 3
    assert read_course(paths[:2]).facts.course_status.value == "recommended"


def test_closed_plan_report_pdf_through_the_json(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "plan.pdf", [[
        Heading("Plan Summary"),
        KeyValue([("Plan", "LUNG_SBRT (approved 06/01/2026)"), ("Machine", "Elekta Versa HD"),
                  ("Prescription", "5400 cGy in 3 fractions")]),
        TextTable([("Course", "Fx", "Delivered (cGy)", "Status"), ("LUNG_SBRT", "0/3", "0", "Closed - not started")],
                  columns=(0, 120, 170, 280)),
        "The patient declined treatment after planning; course closed, no radiation delivered.",
    ]])
    assert read_chart(pdf).facts.course_status.value == "planned"
    j = json.loads(analyze(pdf, "77373,77435").to_json())
    assert j["facts"]["fractions"]["value"] is None and j["facts"]["modality"]["value"] is None
    assert all(c["consistent"] is False for c in j["codes"])
    assert j["facts"]["course_status"]["evidence"][0]["page"] == 1


def test_a_discharge_summary_of_a_stay_with_radiosurgery_is_delivered() -> None:
    text = ("DISCHARGE SUMMARY\nPast medical history\nBreast cancer treated with radiation in 2019.\n"
            "Hospital course\nStarted on steroids. Radiation oncology consulted; mask made at CT simulation. On "
            "03/05 he received radiosurgery, 20 Gy in 1 fraction to the right parietal metastasis on the TrueBeam.\n")
    f = read_text(text).facts
    assert f.course_status.value == "delivered" and f.fractions.value == 1 and f.lesion_count.value == 1


def test_the_minutes_of_a_clock_time_are_not_a_fraction_count() -> None:
    text = ("DAILY TREATMENT NOTES - LIVER SBRT\n05/04/2026 09:12  Fx 1/3 delivered, CBCT matched.\n"
            "05/06/2026 10:40  Fx 2/3 delivered.\n05/08/2026 08:55  Fx 3/3 delivered. Course complete: 45 Gy in 3 "
            "fractions on the TrueBeam.\n")
    r = read_text(text)
    assert r.facts.fractions.value == 3 and not r.review
    assert not any("also mentions" in w for w in r.warnings)


def test_a_status_the_coder_set_is_its_own_kind() -> None:
    from dataclasses import replace as _replace

    status = read_text(REQUEST).facts.course_status
    assert status_kind(status) == "request"
    assert status_kind(_replace(status, value="follow_up", overridden=True, original="recommended")) == "follow_up"


def test_the_report_names_the_kind_of_document(tmp_path: Path) -> None:
    import pypdfium2

    from srscheck.report import write_report

    chart = tmp_path / "request.txt"
    chart.write_text(REQUEST, encoding="utf-8")
    out = tmp_path / "r.pdf"
    write_report(analyze(chart, "77371,61796"), out)
    text = "".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(str(out)))
    assert "request for authorization of treatment" in " ".join(text.split())
