"""Target delineation shown by a computed plan: a treated lesion named with its dose in a plan made in a
planning system (or with two kinds of plan parameters) on contoured structures (organ dose-volume metrics,
or the lesion's row in the plan's target table). A dose line alone, or a plan with no structure metrics,
does not show that targets were delineated."""

from __future__ import annotations

from srscheck.checklists.evaluate import evaluate
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_text

STORE = TemplateStore(user=None)


def _target_volumes(text: str, code: str = "77373") -> str:
    tpl, _ = STORE.get(code)
    req = next(r for r in tpl.requirements if r.id == "plan.target_volumes")
    return evaluate(req, read_text(text), code).status


SPINE = """Spine SBRT note
Simulation: BodyFIX, CT 1 mm, MRI fused.
PLAN: T9 vertebral metastasis 24 Gy in 2 fractions, Eclipse VMAT two arcs, {metrics}physics QA passed.
TREATMENT: delivered on the TrueBeam with CBCT before each fraction. T9 received 24 Gy in 2 fractions.
"""


def test_lesion_named_in_a_computed_plan_with_organ_metrics_is_delineated() -> None:
    chart = SPINE.format(metrics="spinal cord Dmax 12.1 Gy, esophagus D0.035cc 15 Gy, ")
    reading = read_text(chart)
    planned = reading.concepts("PLANNED_TARGET")
    assert planned and "T9" in planned[0].evidence.text
    assert _target_volumes(chart) == "met"


def test_plan_without_structure_metrics_is_not_delineation() -> None:
    assert _target_volumes(SPINE.format(metrics="")) == "missing"


def test_dose_line_without_a_computed_plan_is_not_delineation() -> None:
    chart = """Radiosurgery note
SRS to right cerebellar metastasis, 1.0 cm, treated on the Edge with a cone-beam CT before the first arc.
Rx: 18 Gy x 1. Brainstem max dose 3 Gy. Right cerebellum 18 Gy in 1 fraction.
"""
    assert not read_text(chart).concepts("PLANNED_TARGET")
    assert _target_volumes(chart, "77372") == "missing"


def test_gamma_plan_target_table_with_a_location_column() -> None:
    chart = """Leksell GammaPlan - Treatment Plan Summary
Unit Leksell Gamma Knife Perfexion, Leksell frame.
Target Location Vol (cc) Shots Rx (Gy) Isodose
A Lt occipital 0.42 3 20.0 50%
B Rt frontal 0.10 1 18.0 50%
"""
    assert _target_volumes(chart, "77371") == "met"


def test_consult_recommending_a_plan_has_no_planned_target() -> None:
    chart = """Radiation Oncology Consultation
Two brain metastases, left frontal 1.2 cm and right parietal 0.8 cm. We recommend radiosurgery 20 Gy in
1 fraction to each lesion, planned in Eclipse with VMAT arcs; brainstem Dmax will be kept under 12 Gy.
Simulation will be scheduled next week.
"""
    assert not read_text(chart).concepts("PLANNED_TARGET")


def test_beam_turned_on_is_not_a_plan_parameter() -> None:
    reading = read_text("CBCT was reviewed before the beam was turned on. 30 Gy in 5 fractions.")
    assert not reading.concepts("PLAN_PARAMETER")


FIELD_PLAN = """Gamma Knife procedure record
Unit Leksell Gamma Knife Icon
{target}
Dose 21 Gy to the 50% isodose, 1 session
21 Gy delivered. Signed: L. Moreau, MD
"""


def test_target_field_naming_the_lesion_beside_a_plan_parameter_is_delineation() -> None:
    chart = FIELD_PLAN.format(target="Target Left frontal metastasis, 1.3 cm")
    planned = read_text(chart).concepts("PLANNED_TARGET")
    assert planned and planned[0].evidence.text.startswith("Target Left frontal metastasis")
    assert _target_volumes(chart, "77371") == "met"


def test_target_field_with_a_colon_and_number() -> None:
    chart = FIELD_PLAN.format(target="Target 1: left frontal metastasis, 1.3 cm")
    assert _target_volumes(chart, "77371") == "met"


def test_same_lesion_named_outside_a_target_field_is_not_delineation() -> None:
    chart = FIELD_PLAN.format(target="Diagnosis left frontal metastasis, 1.3 cm")
    assert not read_text(chart).concepts("PLANNED_TARGET")
    assert _target_volumes(chart, "77371") == "missing"


def test_target_field_without_any_plan_parameter_is_not_delineation() -> None:
    chart = """Radiosurgery order
Target: left frontal metastasis, 1.3 cm
Rx 21 Gy x 1 on the Gamma Knife Icon. Signed: L. Moreau, MD
"""
    assert not read_text(chart).concepts("PLANNED_TARGET")
