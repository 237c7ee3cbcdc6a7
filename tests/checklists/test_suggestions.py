"""Suggested codes: exactly one delivery code or none, management, lesion units, frame, planning/physics."""

from __future__ import annotations

from dataclasses import replace

import pytest
from _readings import complete, full_srs, lesion
from srscheck.checklists.engine import check
from srscheck.checklists.templates import TemplateStore

from srscheck.core.model import Reading
from srscheck.core.results import Suggestion

STORE = TemplateStore(user=None)
DELIVERY = {"77371", "77372", "77373"}


def suggested(r: Reading) -> dict[str, Suggestion]:
    return {s.code: s for s in check(r, (), STORE).suggestions}


def delivery(r: Reading) -> list[str]:
    return sorted(set(suggested(r)) & DELIVERY)


@pytest.mark.parametrize("facts,want", [
    (dict(modality="cobalt60"), ["77371"]),
    (dict(modality="linac"), ["77372"]),
    (dict(modality="robotic_linac"), ["77372"]),
    (dict(modality="cobalt60", fractions=3, lesions=[lesion(fractions=3)]), ["77373"]),
    (dict(modality="linac", fractions=1, sites=["body"], lesions=[lesion(site="body")]), ["77373"]),
    (dict(modality="linac", fractions=5, sites=["spinal"], lesions=[lesion(site="spinal", fractions=5)]), ["77373"]),
    (dict(modality="particle"), []),
    (dict(modality="particle", fractions=5, lesions=[lesion(fractions=5)]), []),
    (dict(modality="linac", fractions=15, lesions=[lesion(fractions=15)]), []),
    (dict(modality=None, fractions=None, sites=[], lesions=[]), []),
    (dict(modality=None, fractions=3, lesions=[lesion(fractions=3)]), ["77373"]),
    (dict(modality=None, fractions=1), []),
])
def test_exactly_one_delivery_code_or_none(facts, want) -> None:
    assert delivery(full_srs(**facts)) == want


def test_delivery_units_and_reason() -> None:
    s = suggested(full_srs(modality="linac", fractions=5, sites=["body"], lesions=[lesion(site="body", fractions=5)]))
    assert s["77373"].units == 5
    assert s["77373"].reason == ("Stereotactic body radiation / fractionated SRS delivery, per fraction: the chart "
                                 "documents 5 fractions, body treatment, on a gantry linac unit, with mask.")
    assert s["77373"].kind == "delivery"


def test_management_code_follows_the_course() -> None:
    assert "77432" in suggested(full_srs()) and "77435" not in suggested(full_srs())
    sbrt = suggested(full_srs(fractions=3, lesions=[lesion(fractions=3)]))
    assert "77435" in sbrt and "77432" not in sbrt
    assert not {"77432", "77435"} & set(suggested(full_srs(fractions=10, lesions=[lesion(fractions=10)])))


def test_simple_lesions_give_61796_plus_61797_units() -> None:
    s = suggested(full_srs(modality="cobalt60", lesions=[lesion("A"), lesion("B"), lesion("C")]))
    assert (s["61796"].units, s["61797"].units) == (1, 2)
    assert "61798" not in s
    assert s["61797"].reason == ("Radiosurgery, each additional simple cranial lesion: 2 additional simple cranial "
                                 "lesions documented.")


def test_mixed_set_reports_61798_first_then_61797_for_each_simple() -> None:
    les = [lesion("A"), lesion("B", complexity="complex"), lesion("C")]
    s = suggested(full_srs(fractions=3, lesions=[replace(x, fractions=3) for x in les]))
    assert (s["61798"].units, s["61797"].units) == (1, 2)
    assert "61796" not in s and "61799" not in s


def test_61799_for_each_additional_complex_lesion() -> None:
    les = [lesion("A", complexity="complex"), lesion("B", complexity="complex"), lesion("C")]
    s = suggested(full_srs(lesions=les))
    assert (s["61798"].units, s["61799"].units, s["61797"].units) == (1, 1, 1)


def test_61797_and_61799_together_are_capped_at_four() -> None:
    les = [lesion(f"L{i}", complexity="complex" if i < 3 else "simple") for i in range(8)]
    s = suggested(full_srs(lesions=les))
    assert (s["61798"].units, s["61799"].units, s["61797"].units) == (1, 2, 2)


def test_spinal_lesions_give_63620_plus_63621_capped_at_two() -> None:
    les = [lesion(f"T{i}", site="spinal", fractions=3) for i in range(5)]
    s = suggested(full_srs(sites=["spinal"], fractions=3, lesions=les))
    assert (s["63620"].units, s["63621"].units) == (1, 2)
    assert not {"61796", "61797"} & set(s)


def test_no_lesion_codes_over_five_fractions() -> None:
    s = suggested(full_srs(fractions=15, lesions=[lesion(fractions=15), lesion("B", fractions=15)]))
    assert not {"61796", "61797", "61798"} & set(s)


def test_61800_only_with_a_head_frame() -> None:
    assert "61800" not in suggested(full_srs())
    s = suggested(full_srs(modality="cobalt60", positioning=["frame"]))
    assert s["61800"].units == 1 and "61796" in s


def test_planning_and_physics_codes_only_when_documented() -> None:
    plain = suggested(full_srs())
    assert {"77263", "77300", "77334"} <= set(plain)
    assert not {"77295", "77301", "77370", "77470"} & set(plain)
    every = suggested(complete())
    assert {"77263", "77300", "77334", "77370", "77470", "77301"} <= set(every)
    assert every["77370"].reason == ("Special medical radiation physics consultation: documented (special medical "
                                     "physics consultation requested and documented).")


def test_77301_replaces_77295_and_forward_plan_gives_77295() -> None:
    assert "77295" not in suggested(complete())
    r = complete()
    text = r.document.text.replace("Inverse-planned VMAT", "Forward-planned arcs")  # same length: offsets hold
    fwd = replace(r, document=replace(r.document, text=text),
                  mentions=tuple(m for m in r.mentions if m.label != "INVERSE_PLAN"))
    s = suggested(fwd)
    assert "77295" in s and "77301" not in s


def test_g_codes_are_never_suggested() -> None:
    s = suggested(full_srs(modality="robotic_linac", fractions=3, lesions=[lesion(fractions=3)]))
    assert not {"G0339", "G0340"} & set(s)


def test_suggestions_are_in_a_stable_order() -> None:
    codes = [s.code for s in check(complete(modality="cobalt60"), (), STORE).suggestions]
    assert codes[:3] == ["77371", "77432", "61796"]
    assert codes == [s.code for s in check(complete(modality="cobalt60"), (), STORE).suggestions]


VMAT_CHART = (
    "Patient: TESTPATIENT, VERA MRN: SYN-T338\n"
    "Diagnosis: right lower lobe non-small cell lung cancer, T1bN0, medically inoperable.\n"
    "Simulation: 4D CT simulation in a BodyFIX vacuum bag; ITV and PTV contoured.\n"
    "Plan: a two-arc VMAT plan (6 MV FFF, HD MLC) was optimised in Eclipse; DVH reviewed, "
    "lung V20 4%.\n"
    "Physics plan check by R. Amsel, PhD; portal dosimetry DQA passed 98.7% (3%/2 mm).\n"
    "Treatment dates 02/03/2025 to 02/07/2025: 50 Gy in 5 fractions on a TrueBeam, CBCT before "
    "each fraction.\n"
    "Electronically signed by M. Ruiz, MD 02/07/2025\n"
)


def test_77338_is_suggested_for_an_mlc_vmat_plan_with_reason_source_and_evidence() -> None:
    """A documented inverse (VMAT) plan shaped by an MLC supports 77301 and its device code 77338, with
    the rule it rests on and the chart's words; a 3-D conformal plan and a plan without MLC do not."""
    from srscheck.nlp import read_text

    got = suggested(read_text(VMAT_CHART))
    assert {"77301", "77338"} <= set(got) and "77295" not in got
    mlc = got["77338"]
    assert mlc.units == 1 and mlc.kind == "physics" and "MLC" in mlc.reason
    assert mlc.source.startswith("coding-rules.md section 1c")
    assert any("VMAT plan" in e.text for e in mlc.evidence)
    d = mlc.to_json()
    assert d["source"] == mlc.source and d["evidence"][0]["page"] == 1
    forward = VMAT_CHART.replace("a two-arc VMAT plan (6 MV FFF, HD MLC) was optimised",
                                 "a 3-D conformal plan with seven static beams was made")
    assert not {"77301", "77338"} & set(suggested(read_text(forward)))
    no_mlc = VMAT_CHART.replace("VMAT plan (6 MV FFF, HD MLC)", "inverse-planned plan (cones)")
    got = suggested(read_text(no_mlc))
    assert "77301" in got and "77338" not in got
