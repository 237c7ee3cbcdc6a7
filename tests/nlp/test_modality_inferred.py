"""No unit named: the modality a coder would infer from techniques, planning systems and devices of one
kind of unit, marked inferred and said in a warning; a named unit is never marked inferred."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

BODY = """SBRT completion note
Liver metastasis, BodyFIX, 4DCT simulation, MRI fused.
Rx 45 Gy in 3 fractions, {plan}.
Delivered 3 fractions with CBCT each fraction, {extra}.
"""


def test_linac_inferred_from_vmat_and_planning_system() -> None:
    reading = read_text(BODY.format(plan="Eclipse VMAT, two arcs", extra="shifts approved"))
    fact = reading.facts.modality
    assert fact.value == "linac" and fact.inferred
    assert fact.to_json()["inferred"] is True
    # "Eclipse" and "VMAT" are two mentions of one sentence: one quotation in the JSON
    assert fact.to_json()["evidence"] == [{"page": 1, "text": "Rx 45 Gy in 3 fractions, Eclipse VMAT, two arcs."}]
    assert any("inferred" in w and "Eclipse" in w for w in reading.warnings)


def test_gamma_knife_inferred_from_shots_and_collimators() -> None:
    chart = """Radiosurgery note
Single right frontal metastasis, MRI, frame placed.
Plan: 12 shots, 4 mm collimator and 8 mm collimator, 20 Gy to the 50% isodose in 1 fraction.
"""
    fact = read_text(chart).facts.modality
    assert fact.value == "cobalt60" and fact.inferred


def test_named_unit_is_not_inferred() -> None:
    reading = read_text(BODY.format(plan="Eclipse VMAT, two arcs", extra="on the TrueBeam"))
    fact = reading.facts.modality
    assert fact.value == "linac" and not fact.inferred
    assert "inferred" not in fact.to_json()
    assert not any("inferred" in w for w in reading.warnings)


def test_one_weak_hint_alone_is_not_enough() -> None:
    """A planning system or leaves are weak: Eclipse plans protons too, a CyberKnife may carry an MLC."""
    for word in ("Eclipse", "MLC"):
        chart = f"""SBRT note
Lung metastasis, 4DCT, 50 Gy in 5 fractions, {word}.
"""
        assert read_text(chart).facts.modality.value is None, word


def test_a_defining_technique_alone_infers_the_unit() -> None:
    """Volumetric modulated arcs are a gantry linac's by definition: one mention is enough, still inferred."""
    for words in ("VMAT", "two volumetric modulated arc therapy arcs"):
        chart = f"""SBRT note
Lung metastasis, 4DCT, 50 Gy in 5 fractions, {words}.
"""
        reading = read_text(chart)
        assert reading.facts.modality.value == "linac" and reading.facts.modality.inferred, words
        assert any("inferred" in w for w in reading.warnings)


def test_a_defining_technique_does_not_outweigh_a_named_unit_or_count_when_not_used() -> None:
    named = read_text("""SBRT note
Liver metastasis, 45 Gy in 3 fractions on the CyberKnife with fiducial tracking; a VMAT plan was compared.
""").facts.modality
    assert named.value == "robotic_linac" and not named.inferred
    unused = read_text("""SBRT note
Lung metastasis, 4DCT, 50 Gy in 5 fractions. A VMAT plan was considered but not used.
""").facts.modality
    assert unused.value is None


def test_units_described_generically() -> None:
    """Invented system names: the unit known from how the chart describes it, by its robot ("robotic SBRT") or its
    beams ("non-isocentric beams", a record's "VMAT1" field)."""
    robot = ("Delivery history - robotic SBRT\nTarget PTV_L2\nRx 900 cGy x 3 = 2700 cGy\n"
             "Plan 164 beams, 72% isodose line\nCompletion: 2700 cGy in 3 fractions, course complete 09/19/2026.\n")
    assert read_text(robot).facts.modality.value == "robotic_linac"
    beams = ("SBRT TREATMENT RECORD\nPlan 150 non-isocentric beams, 70% isodose line.\n"
             "L2 metastasis 27 Gy in 3 fractions, all 3 fractions delivered 09/19/2026.\n")
    fact = read_text(beams).facts.modality
    assert fact.value == "robotic_linac" and fact.inferred
    log = ("SBRT TREATMENT RECORD\nDate\tFx\tField\tTarget\tcGy\n09/08/2026\t1\tVMAT1\tPTV_C7\t700\n"
           "09/10/2026\t2\tVMAT1\tPTV_C7\t700\n09/12/2026\t3\tVMAT1\tPTV_C7\t700\nCourse complete, 3 of 3 fractions.\n")
    fact = read_text(log).facts.modality
    assert fact.value == "linac" and fact.inferred


CONSULT = ("RADIATION ONCOLOGY CONSULT 09/01/2026\nResidual tumour in the L2 body after separation surgery. "
           "Recommend post-operative SBRT to L2, 27 Gy in three fractions, {unit} with spine tracking.\n")
RECORD = ("DELIVERY RECORD\nTarget PTV_L2_postop\nRx 900 cGy x 3 = 2700 cGy\nSet-up vacuum mattress, kV pairs\n"
          "Fx 1 09/15/2026 900 cGy treated\nFx 2 09/17/2026 900 cGy treated\nFx 3 09/19/2026 900 cGy treated\n"
          "Completion: PTV_L2_postop 2700 cGy in 3 fractions, course complete 09/19/2026.\n")


def _bundle(tmp_path: Path, *texts: str) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def test_a_delivered_course_whose_records_name_no_unit_takes_the_one_its_consult_planned(tmp_path: Path) -> None:
    reading = read_course(_bundle(tmp_path, CONSULT.format(unit="robotic linac"), RECORD))
    fact = reading.facts.modality
    assert reading.facts.course_status.value == "delivered"
    assert fact.value == "robotic_linac" and fact.inferred
    assert any("inferred" in w and "robotic linac" in w for w in reading.warnings)


def test_no_planned_unit_when_the_consult_weighs_two_or_nothing_was_given(tmp_path: Path) -> None:
    two = read_course(_bundle(tmp_path, CONSULT.format(unit="robotic linac or a gantry linear accelerator"), RECORD))
    assert two.facts.modality.value is None
    consult_only = read_text(CONSULT.format(unit="robotic linac"))
    assert consult_only.facts.modality.value is None


def test_the_unit_called_by_its_robot_is_the_robotic_linac() -> None:
    # a dictation that names the unit only as "the robotic unit" names a robotic linac, not inferred
    chart = ("COMPLETION - dictated 06/12/2026\nHe received thirty-six point two five gray in five fractions to the "
             "prostate, on the robotic unit with real-time fiducial tracking. Planning CT fused to a prostate MRI.\n")
    fact = read_text(chart).facts.modality
    assert fact.value == "robotic_linac" and not fact.inferred


SPINE_LETTER = """Dear Mr Surgeon,
Re: post-operative stereotactic ablative body radiotherapy (SABR), T7.
He has now completed SABR to T7 following your separation surgery. He was immobilised in a full-body vacuum
cushion and planned on a CT with his post-operative MRI fused. He received 24 Gy in 2 fractions to the T7
vertebral body{igrt}.
Kind regards,
"""


def test_a_cone_beam_ct_outside_the_skull_infers_a_gantry_linac() -> None:
    """No unit named, every target spinal or body, a cone-beam CT before each fraction: a gantry linac's image
    guidance there (a robotic linac images with paired kV x-rays, a Gamma Knife is cranial only): inferred."""
    reading = read_text(SPINE_LETTER.format(igrt=", with cone-beam CT before each fraction"))
    fact = reading.facts.modality
    assert fact.value == "linac" and fact.inferred, fact
    assert any("inferred" in w and "cone-beam CT" in w for w in reading.warnings), reading.warnings
    assert read_text(SPINE_LETTER.format(igrt="")).facts.modality.value is None


def test_a_cone_beam_ct_of_a_cranial_course_infers_no_unit() -> None:
    chart = """Radiosurgery note
Right frontal metastasis, MRI fused to CT, thermoplastic mask, 24 Gy in 3 fractions, cone-beam CT before each fraction.
"""
    assert read_text(chart).facts.modality.value is None
