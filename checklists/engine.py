"""The rules engine: claimed codes + a reading -> requirement results, consistency and suggestions.

``check(reading, claimed, templates)`` is the one entry point (called by :func:`srscheck.api.check_reading`).

Decisions worth knowing:

* A claimed code without a template is reported with ``known=False`` and ``consistent=True``: the engine
  cannot judge it, so it does not call it contradicted; the note (E042) says it was not checked.
* ``consistent`` is about the documented *facts* (modality, fractions, sites, lesions, frame). Claim-level
  advice (bundled pairs, an add-on without its primary) goes to ``notes`` and does not change it.
* A broken user template is replaced by its last valid copy (E041) or the bundled one (E045); the warning
  is in ``CheckOutcome.warnings``.
"""

from __future__ import annotations

from collections.abc import Sequence

from srscheck.core.claims import ClaimedCode
from srscheck.core.messages import Msg
from srscheck.core.model import Reading
from srscheck.core.results import CheckOutcome, CodeResult, RequirementResult

from .evaluate import evaluate
from .rules import Course, claim_notes, lesion_units, problems, suggest, supported_units, units_problem
from .templates import Template, TemplateStore, default_store


def evaluate_template(tpl: Template, reading: Reading) -> tuple[RequirementResult, ...]:
    return tuple(evaluate(req, reading, tpl.code) for req in tpl.requirements)


def check(reading: Reading, claimed: tuple[str, ...], templates: TemplateStore | None = None, *,
          claims: Sequence[ClaimedCode] = ()) -> CheckOutcome:
    """Check the claimed codes; ``claims`` (optional) gives each code's units and modifiers as claimed,
    and a difference between claimed and supported units is a problem of that code."""
    by_claim = {c.code: c for c in claims}
    store = templates if templates is not None else default_store()
    warnings: list[str] = []
    available: list[Template] = []
    for code in store.codes():
        tpl, warns = store.get(code)
        if tpl is not None:
            available.append(tpl)
        warnings.extend(w for w in warns if w not in warnings)
    by_code = {t.code: t for t in available}
    course = Course.from_facts(reading.facts)
    units = lesion_units(course, available)
    evaluated: dict[str, tuple[RequirementResult, ...]] = {}

    def requirements_of(tpl: Template) -> tuple[RequirementResult, ...]:
        if tpl.code not in evaluated:
            evaluated[tpl.code] = evaluate_template(tpl, reading)
        return evaluated[tpl.code]

    results: list[CodeResult] = []
    for code in claimed:
        tpl = by_code.get(code)
        claim = by_claim.get(code) or ClaimedCode(code)
        as_claimed = dict(claimed_units=claim.units, modifiers=claim.modifiers, claimed_as=str(claim))
        if tpl is None:
            note = "E042: " + Msg.E042.format(code=code) + " The code was not checked."
            results.append(CodeResult(code=code, title="", consistent=True, problems=(), requirements=(),
                                      known=False, notes=(note,), **as_claimed))
            continue
        probs = problems(tpl, course, units)
        supported = supported_units(tpl, course, units)
        if probs and (supported is not None or not course.reached(tpl.applies.course_stage)):
            supported = 0  # a code the documented course contradicts (or never reached) supports no unit
        unit_prob = units_problem(tpl, course, claim.units, supported)
        if unit_prob:
            probs += (unit_prob,)
        results.append(CodeResult(code=code, title=tpl.title, consistent=not probs, problems=probs,
                                  requirements=requirements_of(tpl), template_version=tpl.version,
                                  notes=claim_notes(tpl, claimed), supported_units=supported, **as_claimed))
    met = {t.code: requirements_of(t) for t in available if t.applies.suggest == "when_met"}
    suggestions = suggest(course, available, met, units, claimed)
    used = tuple((c, by_code[c].version) for c in claimed if c in by_code)
    return CheckOutcome(codes=tuple(results), suggestions=suggestions, templates=used,
                        warnings=tuple(warnings))


__all__ = ["check", "evaluate_template"]
