"""Every way a template can be broken gives ``file:line: what is wrong`` (E040) with the right line."""

from __future__ import annotations

import pytest
from srscheck.checklists.schema import Problem, parse_yaml, validate_text
from srscheck.checklists.templates import TemplateStore, dump_document, parse_template

from srscheck.core.messages import TemplateError

GOOD = """\
# A small valid template.
schema_version: 1
code: '77372'
title: Linac SRS
kind: delivery
applies:
  sites: [cranial]
  fractions: {min: 1, max: 1}
requirements:
  - id: plan.target_volumes
    category: plan
    label: Target volumes
    elements:
      - label: Target contoured
        any_of:
          - concept: TARGET_VOLUME
          - pattern: '(?i)\\bPTV\\b'
          - fact: lesions
            each_has: dose_gy
    query: Please document the target volumes.
version: '1'
source: test
"""


def problems(text: str) -> list[str]:
    return [str(p) for p in validate_text(text, "77372.yaml", "77372")[1]]


def test_good_template_is_valid_and_parses() -> None:
    assert problems(GOOD) == []
    tpl = parse_template(GOOD, "77372.yaml", "77372")
    assert tpl.code == "77372" and tpl.applies.fractions_max == 1
    assert [a.kind for a in tpl.requirements[0].elements[0].alternatives] == ["concept", "pattern", "fact"]
    assert tpl.requirements[0].elements[0].alternatives[2].condition == (("each_has", "dose_gy"),)


@pytest.mark.parametrize("old,new,message", [
    ("kind: delivery\n", "kind: delivery\n  oops: [\n",
     "77372.yaml:6: invalid YAML: mapping values are not allowed here"),
    ("title: Linac SRS\n", "title: Linac SRS\ntitle: again\n",
     "77372.yaml:5: invalid YAML: found duplicate key \"title\" with value \"again\" (original value: \"Linac SRS\")"),
    ("kind: delivery\n", "kind: delivery\ncolour: blue\n",
     "77372.yaml:6: unknown key 'colour' in the template (allowed: addon_of, applies, code, kind, not_with, "
     "requirements, schema_version, source, title, version)"),
    ("    category: plan\n", "    category: plan\n    weight: 2\n",
     "77372.yaml:12: unknown key 'weight' in requirements[0] (allowed: category, elements, gap, id, label, query, "
     "question, to)"),
    ("  fractions: {min: 1, max: 1}\n", "  fractions: {min: one, max: 1}\n",
     "77372.yaml:8: wrong type for applies.fractions.min: expected a whole number, got text"),
    ("    query: Please document the target volumes.\n", "",
     "77372.yaml:10: missing key 'query' in requirements[0]"),
    ("version: '1'\n", "", "77372.yaml:1: missing key 'version' in the template"),
    ("kind: delivery\n", "kind: deliver\n",
     "77372.yaml:5: invalid value 'deliver' for kind: choose one of delivery, management, neurosurgical, planning, "
     "physics, add-on"),
    ("schema_version: 1\n", "schema_version: 2\n", "77372.yaml:2: schema_version must be 1, got 2"),
    ("code: '77372'\n", "code: '7737'\n",
     "77372.yaml:3: invalid value '7737' for code: it does not have the expected form"),
    ("title: Linac SRS\n", "title: ''\n", "77372.yaml:4: title must not be empty"),
    ("    category: plan\n", "    category: planning\n",
     "77372.yaml:11: unknown category 'planning' in requirements[0] (known: plan, imaging, positioning, "
     "delivery_verification, summary, medical_necessity, signatures, physics)"),
    ("          - concept: TARGET_VOLUME\n", "          - concept: IMAGING:XRAY\n",
     "77372.yaml:16: unknown value 'XRAY' for concept IMAGING in requirements[0].elements[0].any_of[0].concept "
     "(known: CT, MRI, PET, angiography, CT+angiography, MRI+angiography)"),
    ("          - pattern: '(?i)\\bPTV\\b'\n", "          - pattern: '(PTV'\n",
     "77372.yaml:17: the regular expression in requirements[0].elements[0].any_of[1].pattern does not compile: "
     "missing ), unterminated subpattern at position 0"),
    ("          - fact: lesions\n", "          - fact: tumours\n",
     "77372.yaml:18: unknown fact 'tumours' in requirements[0].elements[0].any_of[2] (known: modality, sites, "
     "lesion_count, fractions, imaging, positioning, lesions, physicists, attending_physician, icd10, "
     "dates_of_service)"),
    ("            each_has: dose_gy\n", "            includes: frame\n",
     "77372.yaml:19: condition 'includes' does not apply to fact 'lesions' in requirements[0].elements[0].any_of[2] "
     "(use one of each_has, each_has_any, max, min, not_empty)"),
    ("            each_has: dose_gy\n", "            each_has: weight\n",
     "77372.yaml:19: unknown lesion field 'weight' in requirements[0].elements[0].any_of[2].each_has (known: site, "
     "complexity, dose_gy, fractions, size_cm, histology)"),
    ("            each_has: dose_gy\n", "",
     "77372.yaml:18: requirements[0].elements[0].any_of[2] needs a condition for fact 'lesions' (one of each_has, "
     "each_has_any, max, min, not_empty)"),
    ("          - concept: TARGET_VOLUME\n", "          - concept: TARGET_VOLUME\n            pattern: PTV\n",
     "77372.yaml:16: requirements[0].elements[0].any_of[0] needs exactly one of 'concept', 'pattern' or 'fact' "
     "(found concept, pattern)"),
    ("          - concept: TARGET_VOLUME\n", "          - concept: TARGET_VOLUME\n            min: 2\n",
     "77372.yaml:17: requirements[0].elements[0].any_of[0]: 'min' is a fact condition and needs 'fact'"),
    ("code: '77372'\n", "code: '77371'\n", "77372.yaml:3: code '77371' does not match the file name 77372.yaml"),
    ("  fractions: {min: 1, max: 1}\n", "  fractions: {min: 3, max: 1}\n",
     "77372.yaml:8: applies.fractions: min (3) is larger than max (1)"),
    ("      - label: Target contoured\n", "      - label: Target contoured\n        required: false\n",
     "77372.yaml:13: requirements[0] has no required element, so it could never be met"),
    ("kind: delivery\n", "kind: add-on\n", "77372.yaml:5: an add-on template needs 'addon_of' (its primary codes)"),
    ("        any_of:\n", "        any_of: []\n        xany_of:\n",
     "77372.yaml:15: requirements[0].elements[0].any_of must not be empty"),
])
def test_broken_template_message(old: str, new: str, message: str) -> None:
    assert old in GOOD
    got = problems(GOOD.replace(old, new, 1))
    assert got and got[0] == message


def test_wrong_type_for_a_list_and_unknown_concept_messages() -> None:
    text = GOOD.replace("    elements:\n      - label: Target contoured\n", "    elements: Target contoured\n"
                        "    ignored:\n      - label: Target contoured\n")
    assert problems(text)[0] == "77372.yaml:13: wrong type for requirements[0].elements: expected a list, got text"
    got = problems(GOOD.replace("concept: TARGET_VOLUME", "concept: TARGET"))
    assert got[0].startswith("77372.yaml:16: unknown concept 'TARGET' in requirements[0].elements[0].any_of[0]"
                             ".concept (known: CUSTOM_DEVICE, DOSE, DVH,")


def test_empty_and_non_mapping_documents() -> None:
    assert problems("") == ["77372.yaml:1: a template must be a mapping of keys (schema_version, code, ...)"]
    assert problems("- a\n- b\n") == ["77372.yaml:1: a template must be a mapping of keys (schema_version, code, ...)"]
    assert problems("a: 'open\n")[0].startswith("77372.yaml:")


def test_parse_template_raises_e040_with_exit_status_5() -> None:
    with pytest.raises(TemplateError) as e:
        parse_template(GOOD.replace("kind: delivery", "kind: x"), "77372.yaml", "77372")
    assert e.value.code == "E040" and e.value.exit_status == 5
    assert str(e.value).startswith("E040: 77372.yaml:5: invalid value 'x' for kind")


def test_problem_prints_as_file_line_what() -> None:
    assert str(Problem("a.yaml", 3, "bad")) == "a.yaml:3: bad"


def test_round_trip_keeps_comments_and_key_order() -> None:
    doc, errs = parse_yaml(GOOD, "77372.yaml")
    assert errs == []
    doc["title"] = "Linac radiosurgery"
    doc["requirements"][0]["elements"][0]["any_of"].append({"concept": "PLANNING_SYSTEM"})
    out = dump_document(doc)
    assert out.startswith("# A small valid template.\nschema_version: 1\ncode: '77372'\ntitle: Linac radiosurgery\n")
    assert "          - concept: PLANNING_SYSTEM\n" in out
    assert problems(out) == []


def test_every_bundled_template_round_trips_unchanged() -> None:
    store = TemplateStore(user=None)
    for code in store.codes():
        text = store.bundled_text(code)
        doc, errs = parse_yaml(text, f"{code}.yaml")
        assert errs == [] and dump_document(doc) == text, code
