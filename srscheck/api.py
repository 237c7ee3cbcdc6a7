"""The one door for every front end: ``analyze(path, codes) -> Result``.

The CLI, the desktop app and batch runs all call :func:`analyze`; a :class:`Result` serialises to the
JSON contract (``../shared/reference/chart-json-contract.md``) and renders to the PDF gap report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from srscheck.checklists.engine import check
from srscheck.checklists.queries import Finding, Query, build_queries
from srscheck.core.claims import ClaimedCode, parse_claimed
from srscheck.core.corrections import (
    Applied,
    Correction,
    apply_corrections,
    fact_overrides,
    merge,
    name_lesions,
    reader_facts,
)
from srscheck.core.model import ChartFacts, Reading
from srscheck.core.results import CheckOutcome, CodeResult, Suggestion
from srscheck.nlp import read_course

from . import __version__
from .core.messages import UsageError
from .corrections import default_store
from .review_policy import interrupted_course

SCHEMA_VERSION = 1


def parse_codes(codes: str | Iterable[Any] | None) -> tuple[str, ...]:
    """``"77372, 77432"``, ``"77373x5; 77435-26"`` or a list -> ``("77372", "77432")``: the codes only
    (order kept, duplicates dropped). Units and modifiers: :func:`parse_claims`."""
    return tuple(c.code for c in parse_claimed(codes))


def parse_claims(codes: str | Iterable[Any] | None) -> tuple[ClaimedCode, ...]:
    """Claimed codes as billing systems write them (``77373x5``, ``77373 x 5``, ``61796-59``, separated
    by commas, semicolons or spaces): one :class:`ClaimedCode` per code with its units and modifiers.
    Raises UsageError E021/E084 (one sentence) for anything that is not a code."""
    return parse_claimed(codes)


@dataclass(frozen=True)
class Result:
    reading: Reading
    claimed: tuple[str, ...]
    outcome: CheckOutcome
    version: str = __version__
    extra_warnings: tuple[str, ...] = field(default=())
    corrections: tuple[Applied, ...] = ()  # the coder's corrections, as applied to this reading
    claims: tuple[ClaimedCode, ...] = ()  # the claimed codes with units and modifiers, as typed

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
            "corrections": [a.to_json() for a in self.corrections],
            "claimed": [c.to_json() for c in self.claims],
            "srscheck_version": self.version,
        })
        return d

    def to_json(self, indent: int | None = 2) -> str:
        """Deterministic: the same chart and templates give the same bytes."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False) + "\n"


def analyze(path: str | Path | Sequence[str | Path], codes: str | Iterable[Any] | None = None, *,
            overrides: Mapping[str, Any] | None = None, corrections: Sequence[Correction] = (),
            saved: bool = False, store: Any = None, templates: Any = None) -> Result:
    """Read a chart (PDF, plain text, or an image file of pages) and check the claimed codes against it.

    ``path`` may be a list of files (consult, plan, treatment summary ...): they are read as one
    course, every evidence item naming its ``document``; a list of one file reads as that file.

    ``codes``: a string such as ``"77373x5, 77435"`` or a list (strings or ClaimedCodes).
    ``saved=True`` applies the corrections saved for this chart (by SHA-256) in ``store`` (a
    :class:`srscheck.corrections.CorrectionStore`, the user's by default); ``corrections`` are applied on
    top of them (e.g. ``--set``); ``overrides`` is the older ``{fact: value}`` form.
    ``templates`` is a :class:`checklists.templates.TemplateStore` (the bundled plus user templates by default).
    Raises :class:`srscheck.messages.UnreadableChart` for input that cannot be read.
    """
    paths = [Path(path)] if isinstance(path, (str, Path)) else [Path(p) for p in path]
    if not paths:
        raise UsageError("E024")
    reading = read_course(paths)
    return check_reading(reading, codes, overrides=overrides, corrections=corrections, saved=saved,
                         store=store, templates=templates)


def _review_policy(reading: Reading) -> Reading:
    """The review flags as the policy says (:mod:`srscheck.review_policy`: an interrupted course)."""
    if not any(f.fraction_counts is not None for f in reading.review):
        return reading  # no planned-vs-delivered counts: nothing for the policy to read
    from srscheck.nlp.interruptions import stops_this_course  # deferred like the reader: only for a counts flag
    from srscheck.nlp.vocab import load_vocabulary

    vocab = load_vocabulary()
    return interrupted_course(reading, vocab.patterns["course_interrupted"],
                              lambda text, m: stops_this_course(text, m.start(), m.end(), vocab))


def _status_warnings(reading: Reading) -> Reading:
    """A course status the coder corrected replaces the reader's warning about it: the warning said the
    chart was a consultation or a follow-up visit, and the coder says otherwise."""
    status = reading.facts.course_status
    if not status.overridden or status.value == status.original:
        return reading
    from srscheck.nlp.facts import NOT_THIS_COURSE  # deferred: the reader's modules load spaCy's types

    said = NOT_THIS_COURSE.get(status.original)
    warnings = tuple(w for w in reading.warnings if w != said)
    now = NOT_THIS_COURSE.get(status.value)
    if said and now is None:  # the reader kept no course facts from the chart: they are the coder's to set
        warnings += (f"The coder set the course status to {status.value}; the reader read the chart as "
                     f"{status.original} and took no course facts from it, so set the facts the chart "
                     "documents (lesions, fractions, unit ...) too.",)
    elif now and now not in warnings:
        warnings += (now.replace("This is", "The coder says this is", 1)
                     .replace("no course facts were taken from it, and ", "", 1),)
    return replace(reading, warnings=warnings)


def check_reading(reading: Reading, codes: str | Iterable[Any] | None = None, *,
                  overrides: Mapping[str, Any] | None = None, corrections: Sequence[Correction] = (),
                  saved: bool = False, store: Any = None, templates: Any = None,
                  source: str = "command line") -> Result:
    """Run the checks on an existing reading (the desktop app re-checks after each correction).

    The reading passed in is the reader's (uncorrected); the Result's reading carries the corrected
    facts, and ``Result.corrections`` says what was applied, by whom and when (``source`` labels the
    ``corrections`` passed in: "command line", "app" ...).
    """
    claims = parse_claimed(codes)
    claimed = tuple(c.code for c in claims)
    todo: list[Correction] = []
    sources: list[str] = []
    notes: list[str] = []
    if saved:
        st = store if store is not None else default_store()
        doc = reading.document
        kept = st.load(doc.sha256, Path(doc.file).name)
        if kept.warning:
            notes.append(kept.warning)
        todo += kept.corrections
        sources += ["saved"] * len(kept.corrections)
        if not kept.corrections and not kept.warning and not doc.parts:  # one file: did it change?
            stale = st.stale_note(doc.sha256, doc.file)
            if stale:
                notes.append(stale)
    extra = list(fact_overrides(overrides or {})) + list(corrections)
    if extra:
        combined = merge(todo, name_lesions(extra, reader_facts(reading.facts)))
        sources = ["saved" if c in todo else source for c in combined]
        todo = combined
    applied: tuple[Applied, ...] = ()
    if todo:
        facts, applied = apply_corrections(reading.facts, todo, sources=sources,
                                           pages=len(reading.document.pages) or None)
        reading = _status_warnings(reading.with_facts(facts))
        notes += [f"{a.correction.describe()}: not applied ({a.note})." if not a.note.startswith("The correction")
                  else a.note for a in applied if not a.applied]
    reading = _review_policy(reading)
    outcome = check(reading, claimed, templates, claims=claims)
    return Result(reading=reading, claimed=claimed, outcome=outcome, extra_warnings=tuple(notes),
                  corrections=applied, claims=claims)
