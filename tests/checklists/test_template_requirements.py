"""Every bundled template: met on a fully documented chart; a requirement goes unmet when its evidence is gone."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from _readings import complete, facts, full_srs, lesion, reading
from srscheck.checklists.engine import check, evaluate_template
from srscheck.checklists.evaluate import evaluate
from srscheck.checklists.templates import Requirement, Template, TemplateStore

from srscheck.core.model import IDENTITY_NAMES, Fact, Reading

STORE = TemplateStore(user=None)
REQUIRED_CODES = ("61796", "61797", "61798", "61799", "61800", "63620", "63621", "77371", "77372", "77373",
                  "77432", "77435", "G0339", "G0340", "77263", "77295", "77301", "77300", "77334", "77370",
                  "77470")
EMPTY_FACT = {"modality": None, "sites": [], "lesion_count": None, "fractions": None, "imaging": [],
              "positioning": []}


def _template(code: str) -> Template:
    tpl, warnings = STORE.get(code)
    assert tpl is not None and warnings == ()
    return tpl


def knock_out(r: Reading, req: Requirement) -> Reading:
    """The reading without any evidence for the requirement's required elements."""
    labels, facts_gone, patterns = set(), set(), []
    for el in req.elements:
        if not el.required:
            continue
        for alt in el.alternatives:
            if alt.concept:
                labels.add(alt.concept.split(":")[0])
            elif alt.fact:
                facts_gone.add(alt.fact)
            else:
                patterns.append(alt.pattern)
    mentions = tuple(m for m in r.mentions if m.label not in labels)
    f = r.facts
    identity = r.identity
    for name in facts_gone:
        if name in IDENTITY_NAMES:
            identity = replace(identity, **{name: Fact([])})
            continue
        f = replace(f, lesions=()) if name == "lesions" else replace(f, **{name: Fact(EMPTY_FACT[name])})
    text = r.document.text
    for p in patterns:  # blank the matches out, keeping offsets
        text = re.sub(p, lambda m: " " * len(m.group(0)), text)
    return replace(r, mentions=mentions, facts=f, identity=identity, document=replace(r.document, text=text))


def test_every_required_code_ships_a_valid_template() -> None:
    assert set(REQUIRED_CODES) <= set(STORE.codes())
    assert [i.code for i in STORE.list() if not i.valid] == []


@pytest.mark.parametrize("code", REQUIRED_CODES)
def test_template_met_on_a_complete_chart(code: str) -> None:
    results = evaluate_template(_template(code), complete())
    assert [(r.id, r.status) for r in results if r.status != "met"] == []
    assert all(r.evidence for r in results), "every met requirement quotes the chart"
    assert all(r.query == "" for r in results)


@pytest.mark.parametrize("code", REQUIRED_CODES)
def test_each_requirement_goes_unmet_without_its_evidence(code: str) -> None:
    tpl = _template(code)
    base = complete()
    for req in tpl.requirements:
        result = evaluate(req, knock_out(base, req), code)
        assert result.status == "missing", (code, req.id)
        assert result.query == req.query
        assert result.missing == tuple(el.label for el in req.elements if el.required)
        assert result.found == tuple(el.label for el in req.elements if not el.required and el.label in
                                     evaluate(req, base, code).found)


def test_partial_when_some_required_elements_are_found() -> None:
    req = _template("77300").requirements[0]  # dose calculated + calculation parameters
    r = complete()
    r = replace(r, mentions=tuple(m for m in r.mentions if m.label != "PLAN_PARAMETER"),
                document=replace(r.document, text=r.document.text.replace("monitor units", "xxxxxxx units")))
    result = evaluate(req, r, "77300")
    assert result.status == "partial"
    assert result.found == ("Dose calculated for the plan",)
    assert result.missing == ("Calculation parameters (beams, arcs, shots, monitor units)",)


def test_negated_mention_leaves_requirement_missing_and_says_so() -> None:
    text = "No image guidance: CBCT was not performed. Treated on a TrueBeam.\n"
    r = reading(text, facts(), [("IGRT", "CBCT", "CBCT")], negated=["CBCT was not performed"])
    result = evaluate(_template("77372").requirements[5], r, "77372")
    assert result.id == "delivery.verification"
    assert result.status == "missing"
    assert result.query.endswith('(The chart mentions it only as negated existence: p.1 "CBCT".)')


def test_pattern_alternative_uses_affirmed_regex_matches_only() -> None:
    req = _template("77300").requirements[0]
    text = "Dose: 20 Gy. No monitor units were recorded.\n"
    r = reading(text, facts(), [("DOSE", "20", "20 Gy")], negated=["monitor units were recorded"])
    assert evaluate(req, r).status == "partial"
    r2 = reading("Dose: 20 Gy. 2400 monitor units.\n", facts(), [("DOSE", "20", "20 Gy")])
    res = evaluate(req, r2)
    assert res.status == "met"
    assert [e.text for e in res.evidence] == ["20 Gy", "2400 monitor units."]


def test_fact_evidence_is_quoted_from_the_fact() -> None:
    from srscheck.core.model import Evidence
    ev = Evidence(page=2, text="Planning MRI (T1 post-contrast)")
    r = full_srs()
    r = r.with_facts(replace(r.facts, imaging=Fact(["MRI"], (ev,))))
    res = evaluate(_template("77371").requirements[3], r)
    assert res.id == "imaging.planning" and res.status == "met"
    assert res.evidence[0] == ev


def test_summary_needs_a_dose_for_every_lesion() -> None:
    req = next(q for q in _template("77373").requirements if q.id == "summary.course")
    ok = full_srs(fractions=3, lesions=[lesion("A", fractions=3), lesion("B", fractions=3)])
    assert evaluate(req, ok).status == "met"
    gap = full_srs(fractions=3, lesions=[lesion("A", fractions=3), lesion("B", dose_gy=None, fractions=3)])
    assert evaluate(req, gap).status == "missing"


@pytest.mark.parametrize("code", ["77371", "77372", "77373"])
def test_delivery_categories_follow_the_scored_definitions(code: str) -> None:
    """plan/imaging/positioning/delivery_verification each exist and hold exactly the defined requirements."""
    cats = {}
    for req in _template(code).requirements:
        cats.setdefault(req.category, []).append(req.id)
    assert cats["plan"] == ["plan.target_volumes", "plan.dose_calc", "plan.parameters"]
    assert cats["imaging"] == ["imaging.planning"]
    assert cats["positioning"] == ["positioning.immobilization"]
    assert cats["delivery_verification"] == ["delivery.verification"]
    assert cats["summary"] == ["summary.course"]


def test_delivered_dose_alone_is_not_verification() -> None:
    """A chart with plan, imaging, mask and a delivered dose but no IGRT/QA: delivery_verification not met."""
    r = full_srs(fractions=5, lesions=[lesion(fractions=5, dose_gy=30.0)])
    r = replace(r, mentions=tuple(m for m in r.mentions if m.label not in ("IGRT", "QA")))
    out = check(r, ("77373",), STORE)
    code = out.codes[0]
    assert code.category_met("delivery_verification") is False
    for cat in ("plan", "imaging", "positioning", "summary"):
        assert code.category_met(cat) is True, cat
