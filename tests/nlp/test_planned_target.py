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


def _requirement(text: str, rid: str, code: str = "77373") -> str:
    tpl, _ = STORE.get(code)
    req = next(r for r in tpl.requirements if r.id == rid)
    return evaluate(req, read_text(text), code).status


RECORD = """Stereotactic treatment record
{field}
Prescription\t24 Gy in 3 fractions (8 Gy/fx) to the 80% IDL
Planning\tCT 1 mm + MRI fused; Eclipse, 3 VMAT arcs
Fx 1 of 3 given 04/06/2026 with CBCT. The patient stopped after the first fraction: 8 Gy was given to the
{said} on 04/06/2026.
"""


def test_a_target_field_names_the_lesion_the_record_read_elsewhere() -> None:
    # the lesion is read from the closing sentence; the plan's own Target field names it all the same
    chart = RECORD.format(field="Target\tRight parietal metastasis, 2.1 cm", said="right parietal metastasis")
    planned = read_text(chart).concepts("PLANNED_TARGET")
    assert planned and planned[0].evidence.text.startswith("Target Right parietal metastasis")
    assert _target_volumes(chart) == "met"


def test_a_treatment_site_field_names_the_target() -> None:
    chart = RECORD.format(field="Treatment site:\tleft adrenal metastasis", said="left adrenal metastasis")
    assert _target_volumes(chart) == "met"


def test_a_site_column_header_names_no_target() -> None:
    chart = RECORD.format(field="Site\tFx\tDate\tDose", said="right parietal metastasis")
    assert not read_text(chart).concepts("PLANNED_TARGET")


def test_a_plan_table_headed_by_its_lesions_with_an_isodose_column_is_delineation() -> None:
    chart = """Radiosurgery record, Leksell Gamma Knife Icon, mask
Lesion\tLocation\tSize\tDose\tIDL
1\tleft occipital\t1.1 cm\t20 Gy\t50%
2\tright frontal\t0.7 cm\t20 Gy\t50%
Completed in one session.
"""
    assert _target_volumes(chart, "77371") == "met"


def test_a_lesion_table_without_plan_columns_is_no_delineation() -> None:
    chart = """MRI brain report
Lesion\tLocation\tSize
1\tleft occipital\t1.1 cm
Radiosurgery 20 Gy in 1 fraction to the left occipital lesion was given on the Gamma Knife.
"""
    assert _target_volumes(chart, "77371") == "missing"


def test_a_functional_target_placed_on_the_planning_images_is_its_target() -> None:
    chart = """Gamma Knife procedure note
The left trigeminal nerve was targeted 6 mm anterior to the pons on the stereotactic MRI in GammaPlan, with a
single 4 mm shot of 80 Gy to the 100% isodose, delivered on the Gamma Knife Icon in a Leksell frame.
"""
    assert _target_volumes(chart, "77371") == "met"


def test_the_beam_energy_is_a_treatment_parameter() -> None:
    chart = """Spine SBRT treatment note
Unit\tTrueBeam, 10X-FFF
Rx\tPTV_T11 9 Gy x 3 = 27 Gy, CBCT each fraction. Delivered 27 Gy in 3 fractions to T11.
"""
    assert _requirement(chart, "plan.parameters") == "met"
    assert _requirement(chart.replace(", 10X-FFF", ""), "plan.parameters") == "missing"


def test_a_device_declined_in_another_clause_leaves_the_device_used() -> None:
    chart = """Fractionated SRS record
Immobilization\tOrfit SRS mask, mouthpiece declined
Left frontal cavity 27 Gy in 3 fractions on the TrueBeam, CBCT each fraction.
"""
    assert _requirement(chart, "positioning.immobilization") == "met"
    assert _requirement(chart.replace("SRS mask, mouthpiece declined", "SRS mask declined"),
                        "positioning.immobilization") != "met"


def test_megavoltage_port_films_verify_the_setup_and_name_a_linac() -> None:
    chart = """Palliative radiation record
Technique\tAP/PA opposed fields, 6 MV
T9 metastasis 20 Gy in 5 fractions, CT simulation in a vac-lok bag. MV port films day 1, approved.
"""
    reading = read_text(chart)
    assert reading.facts.modality.value == "linac" and reading.facts.modality.inferred
    assert _requirement(chart, "delivery.verification") == "met"


def test_a_dictated_organ_maximum_is_a_structure_metric() -> None:
    """An organ at risk's maximum as dictated ("brainstem maximum was nine point two gray") is a dose read off
    a contoured structure, as "Brainstem Dmax 9.2 Gy" is."""
    chart = ("procedure colon single fraction stereotactic radiosurgery on the varian truebeam to one target period "
             "target one is a left parietal metastasis comma one point one centimeters comma treated to twenty gray "
             "period the plan was normalized to the eighty percent isodose line period the target was planned in "
             "brainlab elements with a single isocenter and four dynamic conformal arcs period {metric} period the "
             "left parietal metastasis "
             "received twenty gray in one fraction period\n")
    assert _target_volumes(chart.format(metric="brainstem maximum was four point one gray"), "77372") == "met"
    assert _target_volumes(chart.format(metric="the patient tolerated it well"), "77372") == "missing"


def test_an_organs_computed_dose_in_words_is_a_structure_metric() -> None:
    # a dictation names no DVH, only an organ's maximum read off the plan: the plan was computed on structures
    chart = SPINE.format(metrics="left optic tract maximum 9.4 gray total, ").replace(
        "T9 vertebral metastasis", "right parietal metastasis").replace(
        "T9 received", "The right parietal metastasis received")
    assert _target_volumes(chart) == "met"
    assert _target_volumes(chart.replace("left optic tract maximum 9.4 gray total, ", "")) == "missing"


def test_a_dose_covering_a_share_of_the_tumour_is_a_contoured_target() -> None:
    """The share of the tumour a dose covers ("covering ninety-seven per cent of the tumour") is computed on its
    contour: a structure metric beside the isodose line and the shots."""
    note = ("OPERATIVE REPORT\nPREOPERATIVE DIAGNOSIS: Right convexity meningioma, 1.9 cm.\n"
            "DESCRIPTION: The head frame was placed. Stereotactic MRI was acquired. Twelve Gray was prescribed to the "
            "fifty per cent isodose with nine shots, {cover}. Co-ordinates were checked by physics. She was treated "
            "in one session on the cobalt unit.\n")
    assert _target_volumes(note.format(cover="covering ninety-eight per cent of the tumour"), "77371") == "met"
    assert _target_volumes(note.format(cover="in fifty minutes"), "77371") == "missing"


def test_each_lesions_dose_column_in_the_record_is_a_planned_target() -> None:
    """A session record that keeps each target's dose in its own column ("R lung (Gy)  Liver VI (Gy)") beside a
    computed plan (two kinds of plan parameters): the plan's targets were structures of their own, as a plan's
    target table's rows show. A record with one column of doses for the course names no target."""
    record = ("SBRT SESSION LOG\nUnit:       6 MV FFF linac\nRx:         R lung 50 Gy / 5; Liver seg VI 50 Gy / 5\n"
              "Technique:  VMAT two arcs, gated\n\n"
              "Session   Date    Gating        TITLES\n"
              + "".join(f"{k}         03/{k + 1:02d}   breath-hold   ROW\n" for k in range(1, 6)))
    both = record.replace("TITLES", "R lung (Gy)   Liver VI (Gy)").replace("ROW", "10            10")
    assert _target_volumes(both) == "met"
    one = record.replace("TITLES", "Dose (Gy)").replace("ROW", "20")
    assert _target_volumes(one) == "missing"


def test_a_three_dimensional_conformal_plan_with_its_fields_is_computed() -> None:
    # the plan's technique named beside IMRT and VMAT ("three dimensional conformal", "3D-CRT") and its beams by
    # direction ("posterior-anterior"): two kinds of plan parameter, with the cord's maximum a structure's dose
    chart = """Treatment summary
Re-simulated in a Vac-Lok cushion with a new planning CT, the thoracic spine MRI fused, and treated with
conventional three dimensional conformal radiation, 30 Gy in 10 fractions to the T11 vertebral metastasis with a
posterior-anterior and two oblique fields on the Clinac, from 11/12 to 11/25/2026 with daily kV imaging.
Cord maximum 30.4 Gy.
"""
    assert _target_volumes(chart) == "met"
    assert _target_volumes(chart.replace("three dimensional conformal", "3D-CRT")) == "met"


def test_a_functional_target_placed_by_its_coordinates_is_delineated() -> None:
    # a functional target is a point placed on the planning images by its coordinates (direct or indirect), no
    # contour: that placement is the target's definition
    chart = ("OPERATIVE NOTE\nStereotactic radiosurgical left thalamotomy for essential tremor. The head frame was "
             "applied; stereotactic MRI and CT were co-registered. The target was the left VIM nucleus, placed by "
             "indirect coordinates, eleven millimeters lateral to the wall of the third ventricle. The plan was made "
             "in GammaPlan with a single 4 mm shot, maximum dose 130 Gy, delivered on the Gamma Knife in one "
             "session.\n")
    assert _target_volumes(chart, "77371") == "met"
    assert _target_volumes(chart.replace("placed by indirect coordinates, ", ""), "77371") == "missing"


ADAPTIVE = """On-Treatment Visit - Pancreas SBRT (MR-guided)
Diagnosis     Pancreatic head adenocarcinoma, 3.1 cm
Unit          1.5 T MR-linac, 7 MV FFF
Setup         Supine, vacuum cushion
Planning      CT simulation and MR simulation, registered
Prescription  40 Gy in 5 fractions, IMRT 9 beams, {adaptive}
Fractions 1-3 delivered, 8 Gy each; {each}
"""


def test_an_online_adaptive_plan_shows_the_target_was_delineated() -> None:
    # a plan re-optimised on each day's images is computed on the target's contours: delineation, however the
    # adaptive plan is written; a recommendation of one is no delineation done
    for adaptive, each in (("daily adaptive replanning", ""), ("", "each adapted plan checked by physics."),
                           ("daily adaptive re-plan", "")):
        assert _target_volumes(ADAPTIVE.format(adaptive=adaptive, each=each)) == "met", (adaptive, each)
    assert _target_volumes(ADAPTIVE.format(adaptive="", each="")) == "missing"
    assert _target_volumes(ADAPTIVE.format(adaptive="", each="we would recommend daily adaptive planning.")) == \
        "missing"
