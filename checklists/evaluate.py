"""Evaluating one requirement of a template against a reading: status, evidence and the query.

An element is found when any of its alternatives finds affirmed evidence: a concept mention, a regex
match (both through the reader, which drops negated, hypothetical, historical and planned mentions), or
a condition on a chart fact. A requirement is ``met`` when every required element is found, ``partial``
when some are, ``missing`` when none are (or there are only negated / hypothetical mentions).
"""

from __future__ import annotations

import re
from typing import Any

from srscheck.core.model import EXCLUDING_MODIFIERS, IDENTITY_NAMES, Evidence, Lesion, Mention, Reading
from srscheck.core.results import RequirementResult

from .safety import PatternError, compile_pattern
from .templates import Alternative, Element, Requirement

_NEVER = re.compile(r"(?!)")

MAX_EVIDENCE = 6  # quotations per requirement (the first ones in element order)


def _regex(pattern: str) -> Any:
    """The template pattern, compiled by RE2 (linear time; see :mod:`checklists.safety`)."""
    try:
        return compile_pattern(pattern)
    except PatternError:
        return _NEVER  # validation refuses such a template before it is used; never match here


def _mentions(alt: Alternative, reading: Reading, affirmed: bool, rule: str) -> list[Mention]:
    if alt.concept:
        return reading.concepts(alt.concept, affirmed=affirmed)
    return reading.search(_regex(alt.pattern or ""), affirmed=affirmed, rule=rule)


# --------------------------------------------------------------------------------------------------
# Conditions on facts
# --------------------------------------------------------------------------------------------------

def _has(lesion: Lesion, field: str) -> bool:
    value = getattr(lesion, field)
    return value is not None and value != ""


def fact_holds(fact: str, condition: tuple[tuple[str, Any], ...], reading: Reading) -> bool:
    """Whether every condition on the fact holds (``{fact: imaging, includes_any: [CT, MRI]}``)."""
    facts = reading.facts
    if fact in IDENTITY_NAMES:
        value: Any = reading.identity.get(fact).value
    else:
        value = list(facts.lesions) if fact == "lesions" else facts.get(fact).value
    return all(_condition(fact, value, key, want) for key, want in condition)


def _condition(fact: str, value: Any, key: str, want: Any) -> bool:
    items = value if isinstance(value, (list, tuple)) else ([] if value is None else [value])
    if key == "not_empty":
        return bool(items) == bool(want)
    if key == "includes":
        return want in items
    if key == "includes_any":
        return any(w in items for w in want)
    if key == "in":
        return value in want
    if key in ("min", "max"):
        n = len(items) if fact == "lesions" else value
        if n is None:
            return False
        return n >= want if key == "min" else n <= want
    if key == "each_has":
        return bool(items) and all(_has(les, want) for les in items)
    if key == "each_has_any":
        return bool(items) and all(any(_has(les, f) for f in want) for les in items)
    raise ValueError(f"unknown fact condition {key!r}")  # the schema check rejects these earlier


def _fact_evidence(fact: str, reading: Reading) -> tuple[Evidence, ...]:
    facts = reading.facts
    if fact in IDENTITY_NAMES:
        return reading.identity.get(fact).evidence
    if fact == "lesions":
        return tuple(ev for les in facts.lesions for ev in les.evidence)
    return facts.get(fact).evidence


def _counts(el: Element, m: Mention) -> bool:
    """Affirmed, or only modified by what the element accepts (a diagnosis in a history line still states it)."""
    return m.affirmed or not (set(m.modifiers) - set(el.accept)) & EXCLUDING_MODIFIERS


def _excluded(el: Element, ev: Evidence) -> bool:
    """Whether a quotation matches one of the element's exclusions ("pending", "offered but declined")."""
    return any(_regex(rx).search(ev.text) for rx in el.exclude)


_CLAUSE_BREAK = re.compile(r"[,;\n]|\.(?=\s)")
_CLAUSE_REACH = 300  # characters looked at on each side for the clause's ends


_ASIDE = re.compile(r"\(([^()]*)\)")


def _asides_only(el: Element, quote: str) -> bool:
    """Whether the element's exclusions match a fact's quotation only inside parentheses that name a subject of
    their own before the excluding word ("Frameless SRS mask (frame offered, pt declined)": the frame was declined,
    the mask used). A parenthesis the excluding word opens ("MRI (declined)") is about the item before it."""
    outside = _ASIDE.sub(" ", quote)
    if any(_regex(rx).search(outside) for rx in el.exclude):
        return False
    hits = 0
    for m in _ASIDE.finditer(quote):
        first = min((h.start() for rx in el.exclude for h in [_regex(rx).search(m.group(1))] if h), default=None)
        if first is None:
            continue
        if not re.search(r"[A-Za-z]", m.group(1)[:first]):
            return False
        hits += 1
    return hits > 0


def _fact_excluded(el: Element, ev: Evidence, text: str) -> bool:
    """Whether a fact's evidence matches one of the element's exclusions. A fact's evidence is the words the
    reader took it from (already read with their negation and hypothesis cues): only the clause holding those
    words is tested ("Encompass SRS mask, bite block declined": the mask was used), not the rest of its
    sentence. The quotation must match too: the clause may run past it (a form's row beside the next one).
    Evidence that is no such span is tested whole, as any quotation."""
    if not _excluded(el, ev) or _asides_only(el, ev.text):
        return False
    if not 0 <= ev.start < ev.end <= len(text) or _CLAUSE_BREAK.search(text, ev.start, ev.end):
        return True
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, ev.start - _CLAUSE_REACH), ev.start)]
    after = _CLAUSE_BREAK.search(text, ev.end, ev.end + _CLAUSE_REACH)
    start = before[-1] if before else max(0, ev.start - _CLAUSE_REACH)
    clause = text[start:after.start() if after else ev.end + _CLAUSE_REACH]
    return any(_regex(rx).search(clause) for rx in el.exclude)


# --------------------------------------------------------------------------------------------------
# Elements and requirements
# --------------------------------------------------------------------------------------------------

def find_element(el: Element, reading: Reading, rule: str) -> tuple[bool, list[Evidence]]:
    """(found, evidence) for one element: the first alternatives that find something."""
    found = False
    evidence: list[Evidence] = []
    for alt in el.alternatives:
        if alt.fact:
            if fact_holds(alt.fact, alt.condition, reading):
                text = reading.document.text
                fact_ev = [e for e in _fact_evidence(alt.fact, reading) if not _fact_excluded(el, e, text)]
                if fact_ev or not el.exclude or not _fact_evidence(alt.fact, reading):
                    found = True
                    evidence.extend(fact_ev)
            continue
        hits = [m for m in _mentions(alt, reading, not el.accept, rule)
                if _counts(el, m) and not _excluded(el, m.evidence)]
        if hits:
            found = True
            evidence.extend(m.evidence for m in hits)
    return found, evidence


def _unaffirmed(el: Element, reading: Reading, rule: str) -> list[Mention]:
    """Mentions of an element that do not count (negated, hypothetical, historical, planned)."""
    out: list[Mention] = []
    for alt in el.alternatives:
        if not alt.fact:
            out.extend(m for m in _mentions(alt, reading, False, rule)
                       if not _counts(el, m) or _excluded(el, m.evidence))
        elif el.exclude:
            out.extend(Mention("FACT", alt.fact, e, ("EXCLUDED",)) for e in _fact_evidence(alt.fact, reading)
                       if _fact_excluded(el, e, reading.document.text))
    return out


def evaluate(req: Requirement, reading: Reading, code: str = "") -> RequirementResult:
    rule = f"{code}:{req.id}" if code else req.id
    found_labels: list[str] = []
    missing_labels: list[str] = []
    evidence: list[Evidence] = []
    not_counted: list[Mention] = []
    required_found = required_total = 0
    for el in req.elements:
        found, ev = find_element(el, reading, rule)
        if el.required:
            required_total += 1
            required_found += found
        if found:
            found_labels.append(el.label)
            evidence.extend(ev)
        elif el.required:
            missing_labels.append(el.label)
            not_counted.extend(_unaffirmed(el, reading, rule))
    if required_found == required_total:
        status = "met"
    else:
        status = "partial" if required_found else "missing"
    query = "" if status == "met" else _query(req.query, not_counted)
    return RequirementResult(id=req.id, category=req.category, label=req.label, status=status,
                             evidence=_first_unique(evidence),
                             query=query, found=tuple(found_labels), missing=tuple(missing_labels),
                             to=req.to, gap=req.gap_id, question=req.question,
                             not_counted=_first_unique([m.evidence for m in not_counted]),
                             not_counted_why=tuple(_why(m) for m in not_counted[:MAX_EVIDENCE]))


def _first_unique(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """Evidence without repeated quotations, at most :data:`MAX_EVIDENCE` items."""
    seen: set[tuple[int, str]] = set()
    out: list[Evidence] = []
    for e in evidence:
        key = (e.page, e.text)
        if key not in seen:
            seen.add(key)
            out.append(e)
        if len(out) == MAX_EVIDENCE:
            break
    return tuple(out)


def _why(m: Mention) -> str:
    if "EXCLUDED" in m.modifiers or m.affirmed:
        return "pending, planned, declined or otherwise not done"
    return ", ".join(c.lower().replace("_", " ") for c in m.modifiers) or "not affirmed"


def _query(query: str, not_counted: list[Mention]) -> str:
    if not not_counted:
        return query
    m = not_counted[0]
    why = _why(m)
    return f'{query} (The chart mentions it only as {why}: p.{m.evidence.page} "{m.evidence.text}".)'


__all__ = ["MAX_EVIDENCE", "evaluate", "fact_holds", "find_element"]
