"""What the rules engine returns for each claimed code, and the codes it suggests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Evidence

STATUSES = ("met", "partial", "missing")
CATEGORIES = ("plan", "imaging", "positioning", "delivery_verification", "summary",
              "medical_necessity", "signatures", "physics")


@dataclass(frozen=True)
class RequirementResult:
    id: str
    category: str
    label: str
    status: str  # met | partial | missing
    evidence: tuple[Evidence, ...] = ()
    query: str = ""  # the question for the physician when the status is not "met"
    found: tuple[str, ...] = ()  # labels of the elements found
    missing: tuple[str, ...] = ()  # labels of the elements not found
    to: str = "physician"  # who would answer a query about it (from the template)
    gap: str = ""  # the underlying documentation gap (requirements sharing it get one query)
    question: str = ""  # the template's open, non-leading question
    not_counted: tuple[Evidence, ...] = ()  # mentions that did not count (negated, pending, declined...)
    not_counted_why: tuple[str, ...] = ()  # why each of those did not count

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "category": self.category, "label": self.label, "status": self.status,
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.status != "met":
            d["missing_elements"] = list(self.missing)
            d["query"] = self.query
        return d


@dataclass(frozen=True)
class CodeResult:
    code: str
    title: str
    consistent: bool
    problems: tuple[str, ...]
    requirements: tuple[RequirementResult, ...]
    template_version: str = ""
    known: bool = True  # False when no template exists for the code
    # Claim-level advice that is not a contradiction of the documented facts: codes not reported
    # together (bundling), an add-on claimed without its primary, no template for the code.
    notes: tuple[str, ...] = ()
    # Units: as claimed (None when the claim did not state them) and as the chart supports them (None
    # when the chart does not tell, e.g. the fraction count is unknown); modifiers as claimed.
    claimed_units: int | None = None
    supported_units: int | None = None
    modifiers: tuple[str, ...] = ()
    claimed_as: str = ""  # what the coder typed, e.g. "77373 x 5"

    @property
    def gaps(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.requirements if r.status != "met")

    @property
    def verdict(self) -> str:
        """supported | gaps | contradicted | unchecked (what the report's summary shows)."""
        if not self.known:
            return "unchecked"
        if not self.consistent:
            return "contradicted"
        return "gaps" if self.gaps else "supported"

    def category_met(self, category: str) -> bool | None:
        reqs = [r for r in self.requirements if r.category == category]
        if not reqs:
            return None
        return all(r.status == "met" for r in reqs)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "consistent": self.consistent,
            "problems": list(self.problems),
            "notes": list(self.notes),
            "known": self.known,
            "verdict": self.verdict,
            "template_version": self.template_version,
            "claimed_units": self.claimed_units,
            "supported_units": self.supported_units,
            "modifiers": list(self.modifiers),
            "claimed_as": self.claimed_as or self.code,
            "requirements": [r.to_json() for r in self.requirements],
        }


@dataclass(frozen=True)
class Suggestion:
    code: str
    units: int
    reason: str
    kind: str = ""  # delivery | management | neurosurgical | planning | physics | ...
    source: str = ""  # the rule it rests on (the template's source, e.g. "coding-rules.md section 1c ...")
    evidence: tuple[Evidence, ...] = ()  # the chart's words that document it (when_met codes)
    # Claim-level advice beside the suggestion: a payer bundling rule with another code suggested or claimed
    # (from the templates' ``not_with``, with its source).
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"code": self.code, "units": self.units, "kind": self.kind, "reason": self.reason}
        if self.source:
            d["source"] = self.source
        if self.evidence:
            d["evidence"] = [e.to_json() for e in self.evidence]
        if self.notes:
            d["notes"] = list(self.notes)
        return d


@dataclass(frozen=True)
class CheckOutcome:
    """Everything the engine says about one chart and one list of claimed codes."""

    codes: tuple[CodeResult, ...]
    suggestions: tuple[Suggestion, ...]
    templates: tuple[tuple[str, str], ...] = ()  # (code, template version) of every template used
    warnings: tuple[str, ...] = ()  # e.g. "template 77372 is broken; using the last valid version"
