"""This course only: what a chart documents of THIS course (facts.course_status) reaches the checks.

A consultation that only recommends treatment, a follow-up visit after an earlier course, and a course
planned but not delivered make every claimed code whose service was not performed inconsistent, with one
sentence why, and no physician query; offered or alternative devices and machines never count.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _readings import full_srs
from srscheck.checklists.engine import check
from srscheck.checklists.schema import validate_text
from srscheck.checklists.templates import TemplateStore, bundled_dir
from srscheck.nlp import read_course, read_text

from srscheck.api import analyze, check_reading
from srscheck.core.model import Fact

STORE = TemplateStore(user=None)
ROOT = Path(__file__).resolve().parents[2]

CONSULT = """RADIOSURGERY CONSULTATION
Three brain metastases on the outside MRI of 09/09/2025, which I reviewed: left frontal 7 mm, right temporal
9 mm, left cerebellar 5 mm. I recommended Gamma Knife radiosurgery in a single session under a Leksell frame,
about 20 Gy to each lesion. We will schedule a thin-slice MRI on the morning of treatment.
"""

FOLLOW_UP = """RADIATION ONCOLOGY FOLLOW-UP VISIT
She returns three months after radiosurgery. She completed 20 Gy in 1 fraction to the left frontal metastasis
on the Gamma Knife under a Leksell frame on 06/02/2025 and tolerated it well. Contrast MRI of the brain
today shows the lesion smaller. Plan: repeat MRI in three months.
"""

PLANNED = """SIMULATION AND PLANNING NOTE
CT simulation was performed in a thermoplastic mask and fused with the contrast MRI. The left frontal
metastasis was contoured; PTV = GTV + 1 mm; prescription 20 Gy in 1 fraction on the TrueBeam.
Treatment is scheduled to begin on 10/02/2025.
"""

TREATED = """TREATMENT SUMMARY
The left frontal metastasis was treated on the Leksell Gamma Knife Icon on 10/02/2025, 20 Gy in 1 fraction
to the 50% isodose, under a Leksell frame. Planning MRI with contrast was fused.
"""

DELIVERY = ("77371", "77432", "61796", "61800")


def _codes(text: str, claimed: tuple[str, ...]):
    out = check(read_text(text), claimed, STORE)
    return {c.code: c for c in out.codes}, out


# ---------------------------------------------------------------------------------------- the reader
@pytest.mark.parametrize("text,status", [
    (CONSULT, "recommended"), (FOLLOW_UP, "follow_up"), (PLANNED, "planned"), (TREATED, "delivered"),
])
def test_course_status_with_the_charts_words(text: str, status: str) -> None:
    r = read_text(text)
    assert r.facts.course_status.value == status
    if status != "delivered":
        assert r.facts.course_status.evidence, "a status other than delivered quotes the chart"
    assert not r.review  # what the chart documents of the course is not a contradiction


@pytest.mark.parametrize("text,status", [
    ("RADIATION ONCOLOGY CONSULTATION\n\nShe previously received Gamma Knife radiosurgery in 2023 to a right "
     "frontal lesion, which she tolerated well. New MRI shows a left occipital metastasis 8 mm. I recommend SRS "
     "20 Gy in 1 fraction on the Edge.\n", "recommended"),  # an earlier course is history, not this one's
    ("CNS TUMOR BOARD\n\nTwo new brain metastases. Consensus: stereotactic radiosurgery is recommended, 20 Gy "
     "single fraction.\n", "recommended"),
    ("FOLLOW-UP NOTE\n\nSix months after SBRT to the right upper lobe (54 Gy in 3 fractions, completed 01/2025). "
     "CT chest today: stable. A new 6 mm right cerebellar metastasis; we recommend radiosurgery.\n", "follow_up"),
    ("SRS CONSULTATION AND PROCEDURE NOTE\n\nThe left frontal metastasis was treated today on the TrueBeam with "
     "20 Gy in 1 fraction in a mask; she tolerated it well.\n", "delivered"),
    ("ON-TREATMENT VISIT\n\nFraction 3 of 5 of SBRT to the liver, 40 Gy in 5 fractions, delivered today.\n",
     "delivered"),
    ("SBRT PLAN\n\nCT simulation in a BodyFIX; 4D CT. PTV_liver 50 Gy in 5 fractions on the TrueBeam. Treatment "
     "was cancelled before the first fraction because of disease progression.\n", "planned"),
])
def test_course_status_by_title_and_statements(text: str, status: str) -> None:
    assert read_text(text).facts.course_status.value == status


def test_follow_up_visit_yields_no_course_facts_and_its_mri_is_not_planning_imaging() -> None:
    r = read_text(FOLLOW_UP)
    f = r.facts
    assert (f.modality.value, f.lesion_count.value, f.fractions.value) == (None, None, None)
    assert f.imaging.value == [] and f.positioning.value == []
    assert any("follow-up visit" in w for w in r.warnings)


def test_planned_course_keeps_its_planning_facts() -> None:
    f = read_text(PLANNED).facts
    assert f.imaging.value == ["CT", "MRI"] and f.positioning.value == ["mask"]
    assert f.lesion_count.value == 1


def test_a_bundle_is_delivered_when_one_document_says_so(tmp_path: Path) -> None:
    paths = []
    for name, text in (("consult.txt", CONSULT), ("summary.txt", TREATED), ("followup.txt", FOLLOW_UP)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    assert read_course(paths).facts.course_status.value == "delivered"
    assert read_course(paths[:1] + paths[2:]).facts.course_status.value == "follow_up"


# ---------------------------------------------------------------------------------------- the checks
@pytest.mark.parametrize("text,phrase", [
    (CONSULT, "is a consultation that recommends, offers or schedules treatment"),
    (FOLLOW_UP, "is a follow-up visit after an earlier course"),
    (PLANNED, "documents a course simulated and planned but not delivered"),
])
def test_codes_for_services_not_performed_are_inconsistent(text: str, phrase: str) -> None:
    codes, out = _codes(text, DELIVERY)
    for code in DELIVERY:
        c = codes[code]
        assert not c.consistent and c.supported_units == 0
        assert c.problems[0].startswith(f"{code} is for treatment delivered in this course, but the chart {phrase}")
    assert not {s.code for s in out.suggestions} & {"77371", "77372", "77373", "77432", "77435"}


def test_planning_codes_follow_the_course_stage() -> None:
    planning = ("77290", "77295", "77300")
    codes, _ = _codes(CONSULT, planning)
    assert all(not codes[c].consistent for c in planning)
    assert "is for a course that was simulated and planned" in codes["77290"].problems[0]
    codes, _ = _codes(PLANNED, planning)
    assert all(codes[c].consistent for c in planning)
    # the decision to treat and its plan may be written at the consultation (77263's course_stage)
    codes, _ = _codes(CONSULT, ("77263",))
    assert codes["77263"].consistent


def test_a_delivered_course_is_unchanged() -> None:
    codes, out = _codes(TREATED, DELIVERY)
    assert all(codes[c].consistent for c in DELIVERY)
    assert "77371" in {s.code for s in out.suggestions}


def test_inconsistent_codes_are_coder_findings_not_physician_queries(tmp_path: Path) -> None:
    chart = tmp_path / "consult.txt"
    chart.write_text(CONSULT, encoding="utf-8")
    res = analyze(chart, "77371,77432,61796,61800")
    d = json.loads(res.to_json())
    assert d["facts"]["course_status"]["value"] == "recommended"
    assert d["facts"]["course_status"]["evidence"][0]["page"] == 1
    assert d["queries"] == [] and d["review"] == []
    assert all(c["consistent"] is False and c["problems"] for c in d["codes"])


def test_hand_built_readings_default_to_a_delivered_course() -> None:
    from dataclasses import replace

    reading = full_srs()
    assert check(reading, ("77372",), STORE).codes[0].consistent
    consult = reading.with_facts(replace(reading.facts, course_status=Fact("recommended")))
    assert not check(consult, ("77372",), STORE).codes[0].consistent
    assert check_reading(consult, "77372").codes[0].problems[0].startswith("77372 is for treatment delivered")


def test_course_stage_is_template_data(tmp_path: Path) -> None:
    text = (bundled_dir() / "77290.yaml").read_text(encoding="utf-8")
    user = tmp_path / "templates"
    user.mkdir()
    (user / "77290.yaml").write_text(text.replace("  suggest: when_met\n",
                                                  "  suggest: when_met\n  course_stage: delivered\n", 1),
                                     encoding="utf-8")
    codes = {c.code: c for c in check(read_text(PLANNED), ("77290",), TemplateStore(user=user)).codes}
    assert not codes["77290"].consistent and "treatment delivered" in codes["77290"].problems[0]
    _doc, problems = validate_text(text.replace("  suggest: when_met\n", "  suggest: when_met\n  course_stage: soon\n",
                                                1), "77290.yaml", "77290")
    assert problems and "course_stage" in problems[0].what


# ------------------------------------------------------------------ offered / alternative devices and machines
@pytest.mark.parametrize("text,fact,value", [
    ("Treatment summary. A Leksell frame was offered but declined; she was treated in a thermoplastic mask on the "
     "Gamma Knife Icon, 20 Gy in 1 fraction to the left frontal metastasis.", "positioning", ["mask"]),
    ("Treatment summary. Leksell frame applied; the MR/CT indicator box was attached for imaging. 20 Gy in 1 "
     "fraction on the Gamma Knife to the right parietal metastasis.", "positioning", ["frame"]),
    ("Treatment record. Gold fiducials had been placed but were not used; Xsight Lung fiducial-free tracking. "
     "Vac-Lok cushion. Right upper lobe tumor treated with 54 Gy in 3 fractions on the CyberKnife.",
     "positioning", ["body_immobilization"]),
    ("Treatment summary. CyberKnife was discussed as an alternative. The left occipital metastasis was treated on "
     "the TrueBeam, 20 Gy in 1 fraction, in a mask.", "modality", "linac"),
    ("Consult: we discussed single-fraction Gamma Knife with a Leksell head frame versus fractionated Gamma Knife "
     "Icon in a mask. He prefers the mask. The left frontal metastasis was treated on the Icon, 27 Gy in 3 "
     "fractions.", "positioning", ["mask"]),
    ("Options include SBRT on the CyberKnife or surgery. The right lung tumour was treated on the TrueBeam, 54 Gy "
     "in 3 fractions, in a vac lock bag.", "modality", "linac"),
    ("Options include SBRT on the CyberKnife or surgery. The right lung tumour was treated on the TrueBeam, 54 Gy "
     "in 3 fractions, in a vac lock bag.", "positioning", ["body_immobilization"]),
])
def test_offered_and_alternative_devices_do_not_count(text: str, fact: str, value) -> None:
    assert read_text(text).facts.get(fact).value == value


def test_offered_frame_does_not_support_61800() -> None:
    codes, _ = _codes("Treatment summary. A Leksell frame was offered but declined; she was treated in a "
                      "thermoplastic mask on the Gamma Knife Icon, 20 Gy in 1 fraction to the left frontal "
                      "metastasis.", ("61800", "77371"))
    assert not codes["61800"].consistent and codes["77371"].consistent


def test_an_ois_treatment_history_of_the_course_is_this_course() -> None:
    """"Treatment History - Course C1" heads an OIS print of this course's record; "Treatment history:" in a
    note is a past course."""
    r = read_text("ARIA OIS\n\nTreatment History - Course C1 (SBRT RLL)\n\nMachine\tTrueBeam 2 (6X-FFF)\n"
                  "Right lower lobe 5000 cGy in 5 fractions delivered.\n")
    assert r.facts.modality.value == "linac"
    r = read_text("Treatment history: SBRT to the right lung in 2019 on the TrueBeam, 54 Gy in 3 fractions.\n\n"
                  "TREATMENT SUMMARY\nLeft frontal metastasis 20 Gy in 1 fraction on the Gamma Knife.\n")
    assert r.facts.modality.value == "cobalt60" and [les.dose_gy for les in r.facts.lesions] == [20.0]
