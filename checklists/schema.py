"""Checking a checklist template: YAML syntax, the JSON schema, then the meaning of each value.

Every problem is a :class:`Problem` printed as ``file:line: what is wrong`` (message E040), the line
taken from ruamel.yaml's position marks, so a coder editing a template is sent to the right line.

The schema (``resources/checklists/schema.json``) fixes the keys and their types; the checks here add
what a JSON schema cannot say well: the category, concept and fact names the engine knows, the fact
conditions that fit each fact, regular expressions that compile, and one kind of evidence per alternative.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from srscheck.nlp.vocab import concept_entries

from srscheck.core.messages import Msg
from srscheck.core.model import IMAGING, MODALITIES, POSITIONING, SITES
from srscheck.core.results import CATEGORIES

from .safety import PatternError, compile_pattern, yaml_limits

if TYPE_CHECKING:  # jsonschema is imported only when a template is validated (not on a cached start)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_VERSION = 1

# Concept labels the reader produces (``LABEL`` or ``LABEL:value``); ``None`` = free-text values.
CONCEPTS: dict[str, tuple[str, ...] | None] = {
    "MODALITY": MODALITIES,
    "IMAGING": IMAGING,
    "POSITIONING": POSITIONING,
    "IGRT": None, "TRACKING": None, "FRAME_CHECK": None, "QA": None, "TARGET_VOLUME": None,
    "PRESCRIPTION": None, "DOSE": None, "FRACTIONATION": None, "PLAN_PARAMETER": None,
    "PLANNING_SYSTEM": None, "DVH": None, "TREATMENT_DATE": None, "SIGNATURE": None,
    "PHYSICIST": None, "INDICATION": None, "PERFORMANCE_STATUS": None, "FRAME_PLACEMENT": None,
    "MOTION_MANAGEMENT": None, "SPECIAL_PHYSICS_CONSULT": None, "SPECIAL_PROCEDURE": None,
    "CUSTOM_DEVICE": None, "INVERSE_PLAN": None, "FORWARD_PLAN": None,
    "PLANNED_TARGET": None,  # a treated lesion named in a plan computed on contoured structures (nlp.facts)
}



@lru_cache(maxsize=1)
def known_concepts() -> dict[str, tuple[str, ...] | None]:
    """:data:`CONCEPTS` plus every label (and value of an enumerated label) in the reader's vocabulary."""
    out = dict(CONCEPTS)
    try:
        entries = concept_entries()
    except (OSError, YAMLError, KeyError, TypeError):
        return out
    for entry in entries:
        label, value = str(entry.get("label", "")), entry.get("value")
        if not label:
            continue
        allowed = out.get(label, None) if label in out else None
        if label not in out:
            out[label] = None
        elif allowed is not None and value is not None and str(value) not in allowed:
            out[label] = allowed + (str(value),)
    return out


LESION_FIELDS = ("site", "complexity", "dose_gy", "fractions", "size_cm", "histology")

# The conditions each fact accepts, and the values ``includes``/``in`` may name.
_LIST_CONDS = frozenset({"includes", "includes_any", "not_empty"})
FACT_CONDITIONS: dict[str, frozenset[str]] = {
    "modality": frozenset({"in", "not_empty"}),
    "sites": _LIST_CONDS,
    "lesion_count": frozenset({"min", "max", "not_empty"}),
    "fractions": frozenset({"min", "max", "not_empty"}),
    "imaging": _LIST_CONDS,
    "positioning": _LIST_CONDS,
    "lesions": frozenset({"each_has", "each_has_any", "not_empty", "min", "max"}),
    # chart identity facts (nlp/identity.py)
    "physicists": frozenset({"not_empty"}),
    "attending_physician": frozenset({"not_empty"}),
    "icd10": frozenset({"not_empty"}),
    "dates_of_service": frozenset({"not_empty"}),
}
FACT_VALUES: dict[str, tuple[str, ...]] = {
    "modality": MODALITIES, "sites": SITES, "imaging": IMAGING, "positioning": POSITIONING,
}
CONDITION_KEYS = frozenset().union(*FACT_CONDITIONS.values())
EVIDENCE_KEYS = ("concept", "pattern", "fact")


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a template file, at a 1-based line."""

    file: str
    line: int
    what: str

    def __str__(self) -> str:
        return Msg.E040.format(file=self.file, line=self.line, what=self.what)


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    text = resources.files("srscheck.resources").joinpath("checklists", "schema.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json_schema())


def yaml_rt() -> YAML:
    """The round-trip YAML used for every template: comments and key order survive a save."""
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 4096  # never re-wrap a long line the author wrote on one line
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def parse_yaml(text: str, file: str) -> tuple[Any, list[Problem]]:
    """The round-trip document, or the syntax problem with its line.

    The text is first held to the limits of :func:`checklists.safety.yaml_limits` (size, depth,
    aliases), so no template can exhaust memory, time or the stack when it is loaded.
    """
    over = yaml_limits(text)
    if over is not None:
        return None, [Problem(file, over[0], over[1])]
    try:
        doc = yaml_rt().load(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = (e.problem or e.context or "invalid YAML").strip()
        return None, [Problem(file, line, f"invalid YAML: {what}")]
    except YAMLError as e:
        return None, [Problem(file, 1, f"invalid YAML: {e}")]
    except RecursionError:
        return None, [Problem(file, 1, "the YAML is nested too deeply")]
    if not isinstance(doc, CommentedMap):
        return None, [Problem(file, 1, "a template must be a mapping of keys (schema_version, code, ...)")]
    return doc, []


# --------------------------------------------------------------------------------------------------
# Positions and names of places in the document
# --------------------------------------------------------------------------------------------------

def line_of(doc: Any, path: Sequence[Any]) -> int:
    """1-based line of the key or item at ``path`` (of its nearest ancestor when not marked)."""
    line = 0
    node = doc
    for step in path:
        try:
            if isinstance(node, CommentedMap) and step in node:
                line = node.lc.key(step)[0]
            elif isinstance(node, CommentedSeq) and isinstance(step, int) and step < len(node):
                line = node.lc.item(step)[0]
            else:
                break
            node = node[step]
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    return line + 1


def where(path: Sequence[Any]) -> str:
    """``requirements[0].elements[1]`` for a path, or ``the template`` for the top level."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "the template"


# --------------------------------------------------------------------------------------------------
# Schema errors as sentences
# --------------------------------------------------------------------------------------------------

_TYPE_NAMES = {"object": "a mapping", "array": "a list", "string": "text", "integer": "a whole number",
               "boolean": "true or false", "number": "a number"}


_PY_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"), (list, "array"),
             (dict, "object"))  # bool first: it is an int too


def _type_name(value: Any) -> str:
    for py_type, json_type in _PY_TYPES:
        if isinstance(value, py_type):
            return _TYPE_NAMES[json_type]
    return "nothing" if value is None else type(value).__name__


def _schema_problems(doc: Any, file: str, err: ValidationError) -> Iterator[Problem]:
    path = list(err.absolute_path)
    at = where(path)
    v = err.validator
    if v == "additionalProperties":
        allowed = set(err.schema.get("properties", {}))
        for key in err.instance:
            if key not in allowed:
                yield Problem(file, line_of(doc, path + [key]),
                              f"unknown key {key!r} in {at} (allowed: {', '.join(sorted(allowed))})")
        return
    if v == "required":
        for key in err.validator_value:
            if key not in err.instance:
                yield Problem(file, line_of(doc, path), f"missing key {key!r} in {at}")
        return
    line = line_of(doc, path)
    if v == "type":
        want = _TYPE_NAMES.get(str(err.validator_value), str(err.validator_value))
        what = f"wrong type for {at}: expected {want}, got {_type_name(err.instance)}"
    elif v == "enum":
        choices = ", ".join(str(c) for c in err.validator_value)
        what = f"invalid value {err.instance!r} for {at}: choose one of {choices}"
    elif v == "const":
        what = f"{at} must be {err.validator_value!r}, got {err.instance!r}"
    elif v == "pattern":
        what = f"invalid value {err.instance!r} for {at}: it does not have the expected form"
    elif v in ("minItems", "minLength"):
        what = f"{at} must not be empty"
    elif v == "minimum":
        what = f"{at} must be at least {err.validator_value}, got {err.instance!r}"
    else:  # pragma: no cover - every keyword the schema uses is handled above
        what = f"{at}: {err.message}"
    yield Problem(file, line, what)


# --------------------------------------------------------------------------------------------------
# Meaning checks (what the schema cannot say)
# --------------------------------------------------------------------------------------------------

def _check_alternative(alt: dict[str, Any], path: list[Any], doc: Any, file: str) -> Iterator[Problem]:
    kinds = [k for k in EVIDENCE_KEYS if k in alt]
    at = where(path)
    if len(kinds) != 1:
        yield Problem(file, line_of(doc, path),
                      f"{at} needs exactly one of 'concept', 'pattern' or 'fact'"
                      + (f" (found {', '.join(kinds)})" if kinds else ""))
        return
    kind = kinds[0]
    conds = [k for k in alt if k in CONDITION_KEYS]
    if kind != "fact" and conds:
        yield Problem(file, line_of(doc, path + [conds[0]]),
                      f"{at}: {conds[0]!r} is a fact condition and needs 'fact'")
    if kind == "concept":
        yield from _check_concept(alt["concept"], path + ["concept"], doc, file)
    elif kind == "pattern":
        try:
            compile_pattern(str(alt["pattern"]))
        except PatternError as e:
            yield Problem(file, line_of(doc, path + ["pattern"]),
                          f"the regular expression in {at}.pattern {e}")
    else:
        yield from _check_fact(alt, path, doc, file)


def _check_concept(concept: str, path: list[Any], doc: Any, file: str) -> Iterator[Problem]:
    label, _, value = concept.partition(":")
    concepts = known_concepts()
    if label not in concepts:
        yield Problem(file, line_of(doc, path),
                      f"unknown concept {label!r} in {where(path)} (known: {', '.join(sorted(concepts))})")
        return
    allowed = concepts[label]
    if value and allowed is not None and value not in allowed:
        yield Problem(file, line_of(doc, path),
                      f"unknown value {value!r} for concept {label} in {where(path)} "
                      f"(known: {', '.join(allowed)})")


def _check_fact(alt: dict[str, Any], path: list[Any], doc: Any, file: str) -> Iterator[Problem]:
    fact = alt["fact"]
    at = where(path)
    if fact not in FACT_CONDITIONS:
        yield Problem(file, line_of(doc, path + ["fact"]),
                      f"unknown fact {fact!r} in {at} (known: {', '.join(FACT_CONDITIONS)})")
        return
    conds = [k for k in alt if k in CONDITION_KEYS]
    if not conds:
        yield Problem(file, line_of(doc, path + ["fact"]),
                      f"{at} needs a condition for fact {fact!r} "
                      f"(one of {', '.join(sorted(FACT_CONDITIONS[fact]))})")
    for cond in conds:
        if cond not in FACT_CONDITIONS[fact]:
            yield Problem(file, line_of(doc, path + [cond]),
                          f"condition {cond!r} does not apply to fact {fact!r} in {at} "
                          f"(use one of {', '.join(sorted(FACT_CONDITIONS[fact]))})")
            continue
        yield from _check_condition_values(fact, cond, alt[cond], path + [cond], doc, file)


def _check_condition_values(fact: str, cond: str, value: Any, path: list[Any], doc: Any,
                            file: str) -> Iterator[Problem]:
    if cond in ("includes", "includes_any", "in"):
        allowed = FACT_VALUES.get(fact, ())
        for v in [value] if isinstance(value, str) else value:
            if v not in allowed:
                yield Problem(file, line_of(doc, path), f"unknown value {v!r} for fact {fact!r} in "
                              f"{where(path)} (known: {', '.join(allowed)})")
    elif cond in ("each_has", "each_has_any"):
        for v in [value] if isinstance(value, str) else value:
            if v not in LESION_FIELDS:
                yield Problem(file, line_of(doc, path), f"unknown lesion field {v!r} in {where(path)} "
                              f"(known: {', '.join(LESION_FIELDS)})")


def _meaning_problems(doc: CommentedMap, file: str, expect_code: str | None) -> Iterator[Problem]:
    if expect_code is not None and str(doc.get("code")) != expect_code:
        yield Problem(file, line_of(doc, ["code"]),
                      f"code {doc.get('code')!r} does not match the file name {expect_code}.yaml")
    fr = doc.get("applies", {}).get("fractions", {})
    if "min" in fr and "max" in fr and fr["min"] > fr["max"]:
        yield Problem(file, line_of(doc, ["applies", "fractions"]),
                      f"applies.fractions: min ({fr['min']}) is larger than max ({fr['max']})")
    if doc.get("kind") == "add-on" and not doc.get("addon_of"):
        yield Problem(file, line_of(doc, ["kind"]), "an add-on template needs 'addon_of' (its primary codes)")
    seen: dict[str, int] = {}
    for i, req in enumerate(doc["requirements"]):
        rpath: list[Any] = ["requirements", i]
        if req["id"] in seen:
            yield Problem(file, line_of(doc, rpath + ["id"]),
                          f"duplicate requirement id {req['id']!r} "
                          f"(first at requirements[{seen[req['id']]}])")
        seen.setdefault(req["id"], i)
        if req["category"] not in CATEGORIES:
            yield Problem(file, line_of(doc, rpath + ["category"]),
                          f"unknown category {req['category']!r} in {where(rpath)} "
                          f"(known: {', '.join(CATEGORIES)})")
        if not any(el.get("required", True) for el in req["elements"]):
            yield Problem(file, line_of(doc, rpath + ["elements"]),
                          f"{where(rpath)} has no required element, so it could never be met")
        for j, el in enumerate(req["elements"]):
            for k, alt in enumerate(el["any_of"]):
                yield from _check_alternative(alt, rpath + ["elements", j, "any_of", k], doc, file)
            for k, rx in enumerate(el.get("exclude") or ()):
                try:
                    compile_pattern(str(rx))
                except PatternError as e:
                    yield Problem(file, line_of(doc, rpath + ["elements", j, "exclude", k]),
                                  f"the regular expression in {where(rpath + ['elements', j, 'exclude', k])} {e}")


def validate_document(doc: Any, file: str, expect_code: str | None = None) -> list[Problem]:
    """Every problem of a parsed template, sorted by line (empty when the template is valid)."""
    schema_errors = sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    problems: list[Problem] = []
    for err in schema_errors:
        problems.extend(_schema_problems(doc, file, err))
    if not problems:
        problems.extend(_meaning_problems(doc, file, expect_code))
    return sorted(set(problems))


def validate_text(text: str, file: str, expect_code: str | None = None) -> tuple[Any, list[Problem]]:
    """Parse and check a template's text: ``(document, problems)``; the document is None on bad YAML."""
    doc, problems = parse_yaml(text, file)
    if problems:
        return None, problems
    return doc, validate_document(doc, file, expect_code)


__all__ = [
    "CONCEPTS",
    "FACT_CONDITIONS",
    "FACT_VALUES",
    "LESION_FIELDS",
    "SCHEMA_VERSION",
    "Problem",
    "json_schema",
    "line_of",
    "parse_yaml",
    "validate_document",
    "validate_text",
    "where",
    "yaml_rt",
]
