"""Lesion-level corrections applied to a real reading (the shipped sample charts)."""

from __future__ import annotations

import json

import pytest

from srscheck.api import analyze, check_reading
from srscheck.core.corrections import apply_corrections, make, merge, parse_corrections_json, parse_set, stamp
from srscheck.core.messages import UsageError


@pytest.fixture(scope="module")
def spine(samples_dir):
    """s07: three spinal lesions, 5 fractions."""
    return analyze(samples_dir / "s07_spine_three_levels.pdf").reading


@pytest.fixture(scope="module")
def brain(samples_dir):
    """s01: four simple cranial metastases, Gamma Knife, one session."""
    return analyze(samples_dir / "s01_gk_frame_four_mets.pdf").reading


def test_lesion_sites_corrected_make_cranial_codes_consistent(spine):
    before = check_reading(spine, "61796, 61797x2")
    assert not before.codes[0].consistent
    fixes = stamp([parse_set(f"lesions.{i}.site=cranial") for i in (1, 2, 3)], "J. Coder")
    after = check_reading(spine, "61796, 61797x2", corrections=fixes)
    assert [les.site for les in after.facts.lesions] == ["cranial"] * 3
    assert after.facts.sites.value == ["cranial"]
    assert after.facts.sites.derived and after.facts.sites.original == ["spinal"]
    assert [c.verdict for c in after.codes][0] != "contradicted", after.codes[0].problems
    assert after.codes[1].supported_units == 2 and after.codes[1].consistent
    lesion = after.to_dict()["facts"]["lesions"][0]
    assert lesion["overridden"] is True and lesion["original"] == {"site": "spinal"}
    assert lesion["set_by"] == "J. Coder" and lesion["set_at"].startswith("20")


def test_add_and_strike_follow_into_the_count(brain):
    fixes = stamp([parse_set("lesions.2=none"),
                   parse_set("lesions.+=name=Left frontal;site=cranial;dose_gy=20;fractions=1;page=1"),
                   parse_set("lesions.+=name=Right parietal;site=cranial;page=1")], "coder")
    r = check_reading(brain, "61796, 61797x4", corrections=fixes)
    names = [les.name for les in r.facts.lesions]
    assert "Left occipital lobe" not in names and names[-2:] == ["Left frontal", "Right parietal"]
    assert [les.ref for les in r.facts.lesions][-2:] == ["+1", "+2"]
    assert r.facts.lesion_count.value == 5 and r.facts.lesion_count.original == 4
    d = r.to_dict()
    assert d["facts"]["lesion_count"]["overridden"] is True and d["facts"]["lesion_count"]["derived"] is True
    assert d["facts"]["struck_lesions"][0]["name"] == "Left occipital lobe"
    assert d["facts"]["lesions"][-1]["added"] is True and d["facts"]["lesions"][-1]["page"] == 1
    assert r.codes[1].supported_units == 4 and r.codes[1].consistent


def test_explicit_fact_wins_over_derived(brain):
    fixes = [make("lesions.1", None), make("lesion_count", 4)]
    facts, applied = apply_corrections(brain.facts, fixes)
    assert facts.lesion_count.value == 4 and not facts.lesion_count.derived
    assert all(a.applied for a in applied)


def test_complexity_with_reason_changes_the_primary_code(brain):
    fixes = [make("lesions.3.complexity", "complex"), make("lesions.3.reason", "abuts the optic chiasm")]
    r = check_reading(brain, "61796, 61798", corrections=fixes)
    les = r.facts.lesions[2]
    assert les.complexity == "complex" and les.complexity_reasons == ("abuts the optic chiasm",)
    assert not r.codes[0].consistent and r.codes[1].consistent


def test_a_correction_follows_its_lesion_by_name(brain):
    """A saved correction names the reader's lesion; if the reading's order changed it still finds it."""
    fix = make("lesions.1.dose_gy", "2000 cGy")
    named = fix.__class__(fix.target, fix.value, lesion_name="Left occipital lobe")
    facts, applied = apply_corrections(brain.facts, [named])
    assert applied[0].applied and facts.lesions[1].dose_gy == 20.0 and facts.lesions[1].mark("dose_gy")
    gone = fix.__class__(fix.target, fix.value, lesion_name="Nowhere")
    _, applied = apply_corrections(brain.facts, [gone])
    assert not applied[0].applied and "E082" not in applied[0].note and "Nowhere" in applied[0].note


def test_merge_numbers_additions_and_replaces_targets():
    a = merge([], [parse_set("lesions.+=name=A;page=1"), parse_set("lesions.2.site=body")])
    b = merge(a, [parse_set("lesions.+=name=B;page=2"), parse_set("lesions.2.site=spinal")])
    assert [c.target for c in b] == ["lesions.+1", "lesions.+2", "lesions.2.site"]
    assert b[-1].value == "spinal"
    c = merge(b, [make("lesions.2", None)])  # striking drops that lesion's field corrections
    assert [x.target for x in c] == ["lesions.+1", "lesions.+2", "lesions.2"]


@pytest.mark.parametrize("item, code", [
    ("lesions.2.site=brain", "E023"),
    ("lesions.2.colour=red", "E023"),
    ("lesions.0.site=cranial", "E080"),
    ("lesions.2=cranial", "E080"),
    ("lesions.+=name=Left frontal", "E080"),  # no page
    ("lesions.+=site=cranial;page=1", "E080"),  # no name
    ("lesions.+=name=X;page=0", "E023"),
    ("lesions.2.dose_gy=-3", "E023"),
    ("lesions.2.fractions=many", "E023"),
    ("lesions.2.page=3", "E080"),
    ("colour=blue", "E022"),
    ("lesions.two.site=cranial", "E080"),
])
def test_invalid_corrections_are_one_sentence(item, code):
    with pytest.raises(UsageError) as e:
        parse_set(item)
    assert e.value.code == code and "\n" not in str(e.value)


def test_corrections_json_forms():
    a = parse_corrections_json({"corrections": [{"target": "lesions.2.site", "value": "cranial"}]})
    b = parse_corrections_json({"lesions.2.site": "cranial", "lesion_count": "3"})
    c = parse_corrections_json(json.loads('[{"target": "lesions.+", "value": {"name": "X", "page": 1}}]'))
    assert a[0] == b[0] and b[1].value == 3 and c[0].value == {"name": "X", "page": 1}
    with pytest.raises(UsageError):
        parse_corrections_json("lesions")


def test_coder_set_sites_stand_alone(samples_dir):
    """Sites set by the coder are the course's sites, whatever the lesion rows say (issue 11)."""
    spine = analyze(samples_dir / "s07_spine_three_levels.pdf").reading
    r = check_reading(spine, "61796", overrides={"sites": "cranial"})
    assert not any("spinal" in p for p in r.codes[0].problems), r.codes[0].problems


def _save_many(args):
    home, start = args
    import os

    os.environ["SRSCHECK_HOME"] = home
    from srscheck.core.corrections import make
    from srscheck.corrections import CorrectionStore

    store = CorrectionStore()
    for i in range(start, start + 8):
        store.save("ab" * 32, "chart.pdf", [make(f"lesions.{i}.fractions", 1)])


def test_concurrent_saves_lose_nothing(tmp_path):
    import multiprocessing

    from srscheck.corrections import CorrectionStore

    home = str(tmp_path / "home")
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_save_many, [(home, 1), (home, 9)])
    saved = CorrectionStore(tmp_path / "home" / "corrections").load("ab" * 32)
    assert sorted(int(c.lesion_ref) for c in saved.corrections) == list(range(1, 17))
    assert not (tmp_path / "home" / "corrections" / ".lock").exists()


def test_applying_to_a_corrected_reading_gives_the_same_result(brain):
    fixes = stamp([parse_set("lesions.2=none"), parse_set("lesions.3.site=spinal"),
                   parse_set("lesions.1.reason=large"), parse_set("lesions.+=name=X;site=cranial;page=1"),
                   parse_set("lesion_count=7")], "c")
    once = check_reading(brain, "61796", corrections=fixes)
    twice = check_reading(once.reading, "61796", corrections=fixes)
    assert twice.to_dict() == once.to_dict()
    from srscheck.core.corrections import reader_facts

    assert reader_facts(once.facts) == brain.facts
