"""Documentation queries built from the requirement results, after a compliant-query practice.

One query per underlying gap (``gap`` in the templates), however many claimed codes share it; addressed
to the role the template names (``to``); the template's open question; options that always include
"other" and "clinically undetermined" / "not performed"; the clinical indicators the chart gives, each
with its page. No query names a billing code, a payment or an expected answer (checked here: a
template question that does is replaced by a neutral one, and an indicator quoting a code is left out).

No query is written for a code the documented facts contradict, nor for a requirement the chart itself
says was not done ("No stereotactic frame was used", "DQA: not performed"): those are findings for the
coder (:class:`Finding`), not questions for a clinician.

The wording lives in ``resources/checklists/shared/queries.yaml``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from ruamel.yaml import YAML

from srscheck.core.model import Evidence, Reading
from srscheck.core.results import CodeResult, RequirementResult

MAX_INDICATORS = 4
_ICD10 = re.compile(r"\b[A-TV-Z]\d[0-9AB]\.\w{1,4}\b")


@dataclass(frozen=True)
class QueryStyle:
    recipients: dict[str, str]
    order: tuple[str, ...]
    options: tuple[str, ...]
    introduction: str
    negated: re.Pattern[str]
    pending: re.Pattern[str]
    forbidden: re.Pattern[str]


@lru_cache(maxsize=1)
def query_style() -> QueryStyle:
    text = resources.files("srscheck.resources").joinpath("checklists", "shared", "queries.yaml").read_text(
        encoding="utf-8")
    d: dict[str, Any] = YAML(typ="safe", pure=True).load(text)
    return QueryStyle(recipients=dict(d["recipients"]), order=tuple(d["order"]), options=tuple(d["options"]),
                      introduction=" ".join(str(d["introduction"]).split()),
                      negated=re.compile(d["negated"]), pending=re.compile(d["pending"]),
                      forbidden=re.compile(d["forbidden"]))


@dataclass(frozen=True)
class Query:
    id: str
    to: str  # physician | physicist | dosimetrist | therapist
    question: str
    options: tuple[str, ...]
    indicators: tuple[Evidence, ...]
    requirements: tuple[str, ...]  # for tracking only (never shown to the recipient as codes)
    codes: tuple[str, ...]
    gap: str
    labels: tuple[str, ...] = ()  # requirement labels (what the coder looks for)

    @property
    def recipient(self) -> str:
        return query_style().recipients.get(self.to, self.to.capitalize())

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "to": self.to, "question": self.question, "options": list(self.options),
                "indicators": [e.to_json() for e in self.indicators],
                "requirements": list(self.requirements), "codes": list(self.codes)}


@dataclass(frozen=True)
class Finding:
    """A gap the chart itself explains (it says the service was not done): for the coder, not a query."""

    requirement: str
    label: str
    codes: tuple[str, ...]
    evidence: tuple[Evidence, ...]


def _negated(r: RequirementResult, style: QueryStyle) -> tuple[Evidence, ...]:
    """Quotations where the chart says the requirement's service was not done (not merely pending)."""
    out = []
    for ev, why in zip(r.not_counted, r.not_counted_why + ("",) * len(r.not_counted)):
        if style.pending.search(ev.text):
            continue
        if "negated" in why or style.negated.search(ev.text):
            out.append(ev)
    return tuple(out)


def _clean(text: str, style: QueryStyle, fallback: str) -> str:
    return fallback if not text or style.forbidden.search(text) else text


def _indicators(results: list[RequirementResult], reading: Reading, style: QueryStyle) -> tuple[Evidence, ...]:
    """What the record says that bears on the question: mentions that did not count (pending, planned),
    what was found of the requirement, then the course treated (lesions and dates of service)."""
    pool: list[Evidence] = []
    for r in results:
        pool += list(r.not_counted) + list(r.evidence)
    for les in reading.facts.lesions[:2]:
        pool += list(les.evidence[:1])
    pool += list(reading.identity.dates_of_service.evidence[:1])
    if not reading.facts.lesions:
        pool += list(reading.facts.fractions.evidence[:1]) + list(reading.facts.modality.evidence[:1])
    seen: list[str] = []
    out: list[Evidence] = []
    for e in pool:
        key = " ".join(e.text.split()).rstrip(".;").lower()
        if not key or any(key in s or s in key for s in seen) or style.forbidden.search(e.text) \
                or _ICD10.search(e.text):
            continue
        seen.append(key)
        out.append(e)
        if len(out) == MAX_INDICATORS:
            break
    return tuple(out)


def _query_id(reading: Reading, gap: str) -> str:
    digest = hashlib.sha256(f"{reading.document.sha256}:{gap}".encode()).hexdigest()
    return f"Q-{reading.document.sha256[:6].upper()}-{digest[:4].upper()}"


def build_queries(codes: Iterable[CodeResult], reading: Reading) -> tuple[tuple[Query, ...], tuple[Finding, ...]]:
    """(queries, findings) for the claimed codes' open requirements."""
    style = query_style()
    groups: dict[str, list[tuple[str, RequirementResult]]] = {}
    findings: dict[str, tuple[RequirementResult, list[str], tuple[Evidence, ...]]] = {}
    for code in codes:
        if not code.known or not code.consistent:
            continue  # a code the facts contradict is a coder finding, not a question
        for r in code.gaps:
            negated = _negated(r, style)
            if negated:
                entry = findings.setdefault(r.id, (r, [], negated))
                entry[1].append(code.code)
                continue
            groups.setdefault(r.gap or r.id, []).append((code.code, r))
    queries = []
    for gap, items in groups.items():
        results = list({r.id: r for _, r in items}.values())
        first = results[0]
        fallback = f"Please describe what the record should show for: {first.label.lower()}."
        queries.append(Query(
            id=_query_id(reading, gap), to=first.to or "physician",
            question=_clean(first.question, style, fallback),
            options=tuple(o for o in style.options if not style.forbidden.search(o)),
            indicators=_indicators(results, reading, style),
            requirements=tuple(r.id for r in results),
            codes=tuple(dict.fromkeys(c for c, _ in items)),
            gap=gap, labels=tuple(r.label for r in results)))
    order = {role: i for i, role in enumerate(style.order)}
    queries.sort(key=lambda q: order.get(q.to, len(order)))  # stable: claim order inside a role
    return tuple(queries), tuple(Finding(r.id, r.label, tuple(dict.fromkeys(cs)), ev)
                                 for r, cs, ev in findings.values())


__all__ = ["Finding", "Query", "QueryStyle", "build_queries", "query_style"]
