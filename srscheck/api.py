"""The one door for every front end: ``analyze(path, codes) -> Result``.

The CLI, the desktop app and batch runs all call :func:`analyze`; a :class:`Result` serialises to the
JSON contract (``../shared/reference/chart-json-contract.md``) and renders to the PDF gap report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from srscheck.checklists.engine import check
from srscheck.checklists.queries import Finding, Query, build_queries
from srscheck.core.claims import is_code
from srscheck.core.model import ChartFacts, Reading
from srscheck.core.results import CheckOutcome, CodeResult, Suggestion
from srscheck.nlp import read_course
from srscheck.nlp.overrides import apply_overrides

from . import __version__
from .core.messages import UsageError

SCHEMA_VERSION = 1


def parse_codes(codes: str | Iterable[str] | None) -> tuple[str, ...]:
    """``"77372, 77432"`` or a list -> ``("77372", "77432")`` (order kept, duplicates dropped)."""
    if codes is None:
        return ()
    items = codes.split(",") if isinstance(codes, str) else list(codes)
    out: list[str] = []
    for raw in items:
        c = str(raw).strip().upper()
        if not c:
            continue
        if not is_code(c):
            raise UsageError("E021", codes=codes if isinstance(codes, str) else ",".join(map(str, items)))
        if c not in out:
            out.append(c)
    return tuple(out)


@dataclass(frozen=True)
class Result:
    reading: Reading
    claimed: tuple[str, ...]
    outcome: CheckOutcome
    version: str = __version__
    extra_warnings: tuple[str, ...] = field(default=())

    # -- convenient views ----------------------------------------------------------------------
    @property
    def facts(self) -> ChartFacts:
        return self.reading.facts

    @property
    def codes(self) -> tuple[CodeResult, ...]:
        return self.outcome.codes

    @property
    def suggestions(self) -> tuple[Suggestion, ...]:
        return self.outcome.suggestions

    @property
    def suggested_codes(self) -> list[str]:
        return [s.code for s in self.outcome.suggestions]

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.reading.warnings + self.outcome.warnings + self.extra_warnings

    @property
    def source(self) -> dict[str, Any]:
        doc = self.reading.document
        if doc.parts:  # several documents: ``source`` describes the first, ``documents`` lists them all
            return doc.parts[0].to_json()
        return {"file": Path(doc.file).name, "sha256": doc.sha256, "pages": len(doc.pages)}

    @property
    def documents(self) -> list[dict[str, Any]]:
        """The files read as one course (empty for a single file)."""
        return [p.to_json() for p in self.reading.document.parts]

    @property
    def review(self) -> tuple[Any, ...]:
        return self.reading.review

    @cached_property
    def _queries_and_findings(self) -> tuple[tuple[Query, ...], tuple[Finding, ...]]:
        return build_queries(self.codes, self.reading)

    @property
    def queries(self) -> tuple[Query, ...]:
        """Documentation queries, one per underlying gap (see :mod:`srscheck.checklists.queries`)."""
        return self._queries_and_findings[0]

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Gaps the chart explains itself (it says the service was not done): for the coder, no query."""
        return self._queries_and_findings[1]

    # -- the JSON contract ---------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
        }
        if self.reading.document.parts:
            d["documents"] = self.documents
        d.update({
            "facts": {**self.facts.to_json(), **self.reading.identity.to_json()},
            "codes": [c.to_json() for c in self.codes],
            "suggested_codes": self.suggested_codes,
            "suggestions": [s.to_json() for s in self.suggestions],
            "claimed_codes": list(self.claimed),
            "templates": {code: version for code, version in self.outcome.templates},
            "ocr": self.reading.document.ocr,
            "warnings": list(self.warnings),
            "review": [r.to_json() for r in self.review],
            "queries": [q.to_json() for q in self.queries],
            "srscheck_version": self.version,
        })
        return d

    def to_json(self, indent: int | None = 2) -> str:
        """Deterministic: the same chart and templates give the same bytes."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False) + "\n"


def analyze(path: str | Path | Sequence[str | Path], codes: str | Iterable[str] | None = None, *,
            overrides: Mapping[str, Any] | None = None, templates: Any = None) -> Result:
    """Read a chart (PDF or plain text) and check the claimed codes against it.

    ``path`` may be a list of files (consult, plan, treatment summary ...): they are read as one
    course, every evidence item naming its ``document``; a list of one file reads as that file.

    ``overrides`` maps fact names (``lesion_count``, ``modality``...) to values the coder set by hand;
    the checks use them and the result marks them as the coder's. ``templates`` is a
    :class:`checklists.templates.TemplateStore` (the bundled plus user templates by default).
    Raises :class:`srscheck.messages.UnreadableChart` for input that cannot be read.
    """
    paths = [Path(path)] if isinstance(path, (str, Path)) else [Path(p) for p in path]
    if not paths:
        raise UsageError("E024")
    reading = read_course(paths)
    return check_reading(reading, codes, overrides=overrides, templates=templates)


def check_reading(reading: Reading, codes: str | Iterable[str] | None = None, *,
                  overrides: Mapping[str, Any] | None = None, templates: Any = None) -> Result:
    """Run the checks on an existing reading (the desktop app re-checks after an override)."""
    claimed = parse_codes(codes)
    if overrides:
        reading = reading.with_facts(apply_overrides(reading.facts, overrides))
    outcome = check(reading, claimed, templates)
    return Result(reading=reading, claimed=claimed, outcome=outcome)
