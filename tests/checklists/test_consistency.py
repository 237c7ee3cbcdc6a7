"""Each consistency rule: a code the documented course contradicts is inconsistent, with one sentence why."""

from __future__ import annotations

import pytest
from _readings import full_srs, lesion
from srscheck.checklists.engine import check
from srscheck.checklists.templates import TemplateStore

from srscheck.core.results import CodeResult

STORE = TemplateStore(user=None)


def result(code: str, claimed: tuple[str, ...] = (), **facts) -> CodeResult:
    out = check(full_srs(**facts), claimed or (code,), STORE)
    return next(c for c in out.codes if c.code == code)


def consistent(code: str, **facts) -> bool:
    return result(code, **facts).consistent


# ------------------------------------------------------------------ modality
def test_77371_is_cobalt60_only() -> None:
    assert consistent("77371", modality="cobalt60")
    r = result("77371", modality="linac")
    assert not r.consistent
    assert r.problems == ("77371 is for multi-source Cobalt-60 (Gamma Knife) delivery, but the chart documents "
                          "gantry linac treatment.",)
    assert r.verdict == "contradicted"


@pytest.mark.parametrize("modality", ["linac", "robotic_linac"])
def test_77372_is_gantry_linac_or_cyberknife(modality: str) -> None:
    assert consistent("77372", modality=modality)


@pytest.mark.parametrize("code", ["77371", "77372", "77373"])
def test_particle_fits_no_photon_delivery_code(code: str) -> None:
    fx = 3 if code == "77373" else 1
    r = result(code, modality="particle", fractions=fx, lesions=[lesion(fractions=fx)])
    assert not r.consistent
    assert "particle (proton/ion) treatment" in r.problems[0]


def test_unknown_modality_never_contradicts() -> None:
    assert consistent("77371", modality=None)
    assert consistent("77372", modality=None)


def test_61796_any_energy_source_including_protons() -> None:
    assert consistent("61796", modality="particle")


def test_77373_covers_fractionated_gamma_knife() -> None:
    assert consistent("77373", modality="cobalt60", fractions=3, lesions=[lesion(fractions=3)])


# ------------------------------------------------------------------ fractions
def test_single_session_codes_reject_a_second_fraction() -> None:
    for code in ("77371", "77372", "77432"):
        r = result(code, modality="cobalt60" if code == "77371" else "linac", fractions=3,
                   lesions=[lesion(fractions=3)])
        assert not r.consistent
        assert r.problems == (f"{code} is for a course of a single session, but the chart documents 3 fractions.",)


@pytest.mark.parametrize("code", ["77373", "77435"])
def test_sbrt_codes_are_for_one_to_five_fractions_except_single_session_cranial(code: str) -> None:
    assert consistent(code, fractions=5, lesions=[lesion(fractions=5)])
    assert consistent(code, fractions=1, sites=["body"], lesions=[lesion(site="body")])
    r = result(code, fractions=1)
    assert r.problems == (f"{code} is not for a single-session cranial course (that is 77371/77372 with 77432).",)


@pytest.mark.parametrize("code", ["77373", "77435", "61796", "61798", "63620", "77372", "77432"])
def test_more_than_five_fractions_fits_no_srs_code(code: str) -> None:
    les = [lesion(site="spinal", fractions=15)] if code == "63620" else [
        lesion(complexity="complex" if code == "61798" else "simple", fractions=15)]
    sites = ["spinal"] if code == "63620" else ["cranial"]
    r = result(code, fractions=15, sites=sites, lesions=les)
    assert not r.consistent
    assert (f"The course has 15 fractions; a course of more than 5 fractions is not radiosurgery or SBRT, "
            f"so {code} does not apply.") in r.problems


def test_g0339_and_g0340_robotic_sessions() -> None:
    assert consistent("G0339", modality="robotic_linac")
    assert consistent("G0339", modality="robotic_linac", fractions=3, lesions=[lesion(fractions=3)])
    assert not consistent("G0339", modality="linac")
    r = result("G0340", modality="robotic_linac", fractions=1)
    assert r.problems == ("G0340 is for a course of 2-5 fractions, but the chart documents 1 fraction.",)
    assert consistent("G0340", modality="robotic_linac", fractions=4, lesions=[lesion(fractions=4)])


# ------------------------------------------------------------------ sites
def test_cranial_only_codes_reject_extracranial_lesions() -> None:
    r = result("77372", sites=["cranial", "body"], lesions=[lesion(), lesion("Lung", site="body")])
    assert r.problems == ("77372 covers cranial lesions only, but the chart also documents body treatment.",)


def test_cranial_lesion_codes_need_a_cranial_lesion() -> None:
    r = result("61796", sites=["spinal"], fractions=1, lesions=[lesion("T10", site="spinal")])
    assert "61796 needs a cranial lesion, but the chart documents only spinal treatment." in r.problems


def test_spinal_codes_need_a_spinal_lesion() -> None:
    r = result("63620")
    assert r.problems[0] == "63620 needs a spinal lesion, but the chart documents only cranial treatment."
    assert consistent("63620", sites=["spinal"], fractions=3, lesions=[lesion("L2", site="spinal", fractions=3)])


# ------------------------------------------------------------------ lesion units
def test_61796_only_when_every_lesion_is_simple() -> None:
    les = [lesion("Left frontal"), lesion("Vestibular schwannoma", complexity="complex",
                                          complexity_reasons=("schwannoma",))]
    r = result("61796", lesions=les)
    assert r.problems == ("61796 is only for a course in which every cranial lesion is simple, but Vestibular "
                          "schwannoma is complex (schwannoma); report 61798 first.",)
    assert consistent("61798", lesions=les)
    mixed = result("61797", ("61798", "61797"), lesions=les)
    assert mixed.consistent


def test_61798_needs_a_complex_lesion() -> None:
    r = result("61798")
    assert r.problems == ("61798 needs a complex cranial lesion, but the chart documents none.",)


def test_61797_needs_an_additional_simple_lesion() -> None:
    r = result("61797", ("61796", "61797"))
    assert r.problems == ("61797 is for each additional simple cranial lesion, but the chart documents 1 simple "
                          "cranial lesion, none beyond the one the first-lesion code covers.",)
    assert consistent("61797", lesions=[lesion("A"), lesion("B"), lesion("C")])


def test_61799_needs_two_complex_lesions() -> None:
    one = [lesion("A", complexity="complex"), lesion("B")]
    assert not consistent("61799", lesions=one)
    two = [lesion("A", complexity="complex"), lesion("B", complexity="complex")]
    assert consistent("61799", lesions=two)


def test_63621_needs_a_second_spinal_lesion() -> None:
    spine = dict(sites=["spinal"], fractions=3)
    assert not consistent("63621", lesions=[lesion("T10", site="spinal", fractions=3)], **spine)
    assert consistent("63621", lesions=[lesion("T10", site="spinal", fractions=3),
                                        lesion("L2", site="spinal", fractions=3)], **spine)


def test_lesion_count_without_listed_lesions_still_counts() -> None:
    assert consistent("61797", lesions=[lesion("A")], lesion_count=3)


def test_unknown_lesions_never_contradict() -> None:
    assert consistent("61797", lesions=[], lesion_count=None)


# ------------------------------------------------------------------ frame
def test_61800_needs_a_documented_head_frame() -> None:
    r = result("61800", ("61796", "61800"))
    assert r.problems == ("61800 needs a documented frame, but the chart does not document one "
                          "(positioning documented: mask).",)
    assert consistent("61800", positioning=["frame"])
    none = result("61800", ("61796", "61800"), positioning=[])
    assert none.problems[0].endswith("(positioning documented: none).")


# ------------------------------------------------------------------ claim notes (not contradictions)
def test_bundled_pairs_are_notes_with_the_modifier_and_keep_consistency() -> None:
    out = check(full_srs(), ("77432", "77435", "77301", "77295"), STORE)
    by = {c.code: c for c in out.codes}
    assert ("77432 and 77435 are not reported together for the same course: a course is managed either as "
            "single-session SRS (77432) or as SBRT (77435), not both. Modifier: none; pick the one that fits the "
            "fraction count.") in by["77432"].notes
    assert by["77301"].notes == ("77301 and 77295 are not reported together for the same course: some payers "
                                 "bundle simulation, 3-D planning and basic physics within 30 days of an IMRT plan. "
                                 "Modifier: 59 only when the service is for a different tumor.",)
    assert by["77432"].consistent and by["77301"].consistent


@pytest.mark.parametrize("claimed,code,other", [
    (("61796", "61798"), "61796", "61798"),
    (("61800", "20660", "61796"), "61800", "20660"),
    (("77373", "77014"), "77373", "77014"),
    (("77435", "G6002"), "77435", "G6002"),
])
def test_bundling_pairs_from_the_coding_rules(claimed, code, other) -> None:
    out = check(full_srs(positioning=["frame"]), claimed, STORE)
    notes = next(c for c in out.codes if c.code == code).notes
    assert any(n.startswith(f"{code} and {other} are not reported together") for n in notes)


def test_addon_without_its_primary_is_a_note() -> None:
    r = result("61797", ("61797",), lesions=[lesion("A"), lesion("B")])
    assert r.consistent
    assert r.notes == ("61797 is an add-on code; report it with 61796 or 61798.",)


def test_unknown_code_is_unchecked_not_contradicted() -> None:
    r = result("77014", ("77373", "77014"))
    assert (r.known, r.consistent, r.requirements, r.verdict) == (False, True, (), "unchecked")
    assert r.notes == ("E042: No template for code 77014. The code was not checked.",)
    assert r.to_json()["known"] is False
