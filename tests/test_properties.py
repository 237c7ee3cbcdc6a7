"""Property-based tests (hypothesis): any text gives a valid result; any YAML a template or E040."""

from __future__ import annotations

import io
import json
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srscheck.core.model import IMAGING, MODALITIES, POSITIONING, SITES

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Chart-like words and phrases, so generated text reaches the interesting rules (negation, numbers,
# machines, doses), mixed with arbitrary characters.
FRAGMENTS = [
    "Gamma Knife Icon", "TrueBeam STx", "CyberKnife", "proton", "no MRI", "MRI brain", "planning CT",
    "thermoplastic mask", "Leksell frame", "fiducials", "vacuum cushion", "cone-beam CT", "20 Gy",
    "24 Gy in 3 fractions", "1 fraction", "5 fx", "x 40", "lesions:", "metastases", "T7", "L2",
    "left frontal", "trigeminal neuralgia", "brainstem", "PTV", "GTV", "80% isodose", "Eclipse",
    "will be ordered", "history of", "denies", "signed", "\n", "\t", "\f", ". ", ";", "•", "3.",
    "SBRT", "SRS", "lung", "liver", "spine", "C2", "cm", "Summary", "Plan:", "Simulation",
]

chart_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map(" ".join)
any_text = st.one_of(chart_text, st.text(max_size=300))


@lru_cache(maxsize=1)
def _codes() -> tuple[str, ...]:
    from srscheck.checklists.templates import TemplateStore

    return tuple(TemplateStore(user=None).codes())


def _assert_valid_contract(data: dict[str, Any]) -> None:
    facts = data["facts"]
    assert facts["modality"]["value"] in (*MODALITIES, None)
    for name, allowed in (("sites", SITES), ("imaging", IMAGING), ("positioning", POSITIONING)):
        value = facts[name]["value"]
        assert value == sorted(set(value)) and set(value) <= set(allowed), (name, value)
    for name in ("lesion_count", "fractions"):
        value = facts[name]["value"]
        assert value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)
    for les in facts["lesions"]:
        assert les["site"] in (*SITES, None) and les["complexity"] in ("simple", "complex", None)
    for fact in list(facts.values())[:6]:
        for ev in fact["evidence"]:
            assert isinstance(ev["page"], int) and ev["page"] >= 1 and isinstance(ev["text"], str)
    for code in data["codes"]:
        assert code["verdict"] in ("supported", "gaps", "contradicted")
        assert isinstance(code["consistent"], bool)
        assert all(isinstance(p, str) and p for p in code["problems"])
        for req in code["requirements"]:
            assert req["status"] in ("met", "partial", "missing")
    delivery = [c for c in data["suggested_codes"] if c in ("77371", "77372", "77373")]
    assert len(delivery) <= 1
    assert data["schema_version"] == 1


@SETTINGS
@given(text=any_text, data=st.data())
def test_any_text_gives_a_valid_result(text: str, data: st.DataObject) -> None:
    from srscheck.nlp import read_text

    from srscheck.api import Result, check_reading

    codes = data.draw(st.lists(st.sampled_from(_codes()), max_size=4, unique=True), label="codes")
    result = check_reading(read_text(text), codes)
    assert isinstance(result, Result)
    out = result.to_json()
    data_out = json.loads(out)
    assert data_out["claimed_codes"] == codes
    assert [c["code"] for c in data_out["codes"]] == codes
    _assert_valid_contract(data_out)
    assert check_reading(read_text(text), codes).to_json() == out  # deterministic


# ------------------------------------------------------------------------------------------------
# Templates
# ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _bundled_docs() -> tuple[str, ...]:
    from srscheck.checklists.templates import TemplateStore

    store = TemplateStore(user=None)
    return tuple(store.bundled_text(code) for code in store.codes())


def _plain_yaml(doc: Any) -> str:
    from ruamel.yaml import YAML

    buf = io.StringIO()
    YAML(typ="safe", pure=True).dump(doc, buf)
    return buf.getvalue()


def _load_plain(text: str) -> Any:
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load(text)


scalars = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=12), st.sampled_from(["77372", "met", "plan", "concept", "(?i)[", "CT"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                      max_leaves=8)


def _mutate(doc: Any, data: st.DataObject) -> Any:
    """Walk to a random place in the document and replace, delete or add something there."""
    node = doc
    for _ in range(data.draw(st.integers(0, 5), label="depth")):
        if isinstance(node, dict) and node:
            key = data.draw(st.sampled_from(sorted(node, key=str)), label="key")
            if not isinstance(node[key], (dict, list)) or not node[key]:
                break
            node = node[key]
        elif isinstance(node, list) and node:
            i = data.draw(st.integers(0, len(node) - 1), label="index")
            if not isinstance(node[i], (dict, list)) or not node[i]:
                break
            node = node[i]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]), label="action")
    if isinstance(node, dict) and node:
        key = data.draw(st.sampled_from(sorted(node, key=str)), label="target")
        if action == "delete":
            del node[key]
        elif action == "add":
            node[data.draw(st.text(min_size=1, max_size=10), label="new key")] = data.draw(values)
        else:
            node[key] = data.draw(values, label="value")
    elif isinstance(node, list) and node:
        i = data.draw(st.integers(0, len(node) - 1), label="target")
        if action == "delete":
            del node[i]
        else:
            node[i] = data.draw(values, label="value")
    return doc


def _assert_template_or_e040(text: str, code: str | None = None) -> None:
    from srscheck.checklists.templates import Template, parse_template

    from srscheck.core.messages import TemplateError

    try:
        template = parse_template(text, "fuzz.yaml", code)
    except TemplateError as e:
        assert e.code == "E040"
        assert str(e).startswith("E040: fuzz.yaml:")
        assert "\n" not in str(e).strip() or len(str(e)) < 2000
        return
    assert isinstance(template, Template)


@SETTINGS
@given(data=st.data())
def test_mutated_bundled_templates_validate_or_fail_with_e040(data: st.DataObject) -> None:
    texts = _bundled_docs()
    if not texts:
        pytest.skip("no bundled templates")
    doc = _load_plain(data.draw(st.sampled_from(texts), label="template"))
    code = str(doc.get("code")) if isinstance(doc, dict) else None
    _assert_template_or_e040(_plain_yaml(_mutate(doc, data)), data.draw(st.sampled_from([code, None])))


@SETTINGS
@given(doc=values)
def test_any_yaml_document_validates_or_fails_with_e040(doc: Any) -> None:
    _assert_template_or_e040(_plain_yaml(doc))


@SETTINGS
@given(text=st.one_of(st.text(max_size=200),
                      st.lists(st.sampled_from(["code: 77372", "schema_version: 1", "requirements:",
                                                "  - id: x", "    elements: [", "\t", ": :", "- -",
                                                "&a", "*a", "!!python/object:os.system", "{", "'",
                                                "title: T", "kind: delivery"]), max_size=12)
                      .map("\n".join)))
def test_any_text_as_a_template_validates_or_fails_with_e040(text: str) -> None:
    _assert_template_or_e040(text)


def test_bundled_templates_are_valid() -> None:
    """The baseline of the mutation test: unmutated, every bundled template parses."""
    from srscheck.checklists.templates import parse_template

    for text in _bundled_docs():
        parse_template(text, "bundled.yaml")
