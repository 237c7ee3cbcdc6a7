"""Consistency of a claimed code with the documented course, lesion units, and code suggestions.

The rules read each template's ``applies`` block (sites, modalities, fraction range, lesion class and
role, positioning, unit caps), so a new code or a changed payer rule is a template edit, not code:

* consistency: a code is inconsistent when a *known* fact contradicts its ``applies`` block (an unknown
  fact never contradicts); each contradiction is one sentence in ``problems``.
* lesion codes (``lesion_class`` + ``lesion_role``): the units a course supports are computed from the
  lesions (any complex cranial lesion makes the complex code the first one; the others are additional
  units of their own class, capped per course, shared caps included).
* suggestions: a code is suggested when the known facts *support* its ``applies`` block
  (``suggest: when_applies``), or when every requirement of its template is met (``when_met``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from srscheck.core.labels import MODALITY_PHRASES, STAGE_PHRASES, STATUS_PHRASES
from srscheck.core.model import ChartFacts, Lesion, status_kind
from srscheck.core.results import RequirementResult, Suggestion

from .templates import Applies, Bundle, Template

MAX_SRS_FRACTIONS = 5
CLASS_NAMES = {"simple": "simple cranial", "complex": "complex cranial", "spinal": "spinal"}
# Lesion classes that share one "first lesion" code per course, and which class wins the first code.
CLASS_FAMILY = {"simple": "cranial", "complex": "cranial", "spinal": "spinal"}
CLASS_RANK = {"complex": 2, "simple": 1, "spinal": 1}
# How far a course got (facts.course_status), against the stage a code's service needs (applies.course_stage).
STAGE_RANK = {"recommended": 0, "follow_up": 0, "planned": 1, "delivered": 2}


# --------------------------------------------------------------------------------------------------
# The course as the rules see it
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Course:
    modality: str | None
    sites: frozenset[str]
    fractions: int | None
    positioning: frozenset[str]
    lesions: tuple[Lesion, ...]
    lesion_count: int | None
    status: str = "delivered"  # facts.course_status: delivered | planned | recommended | follow_up
    kind: str = ""  # the kind of document behind the status (core.model.status_kind), for its sentence

    @classmethod
    def from_facts(cls, facts: ChartFacts) -> Course:
        sites = set(facts.sites.value or ())
        if not (facts.sites.overridden and not facts.sites.derived):  # the coder's sites stand alone
            sites |= {les.site for les in facts.lesions if les.site}
        return cls(modality=facts.modality.value, sites=frozenset(sites), fractions=facts.fractions.value,
                   positioning=frozenset(facts.positioning.value or ()), lesions=tuple(facts.lesions),
                   lesion_count=facts.lesion_count.value, status=facts.course_status.value or "delivered",
                   kind=status_kind(facts.course_status))

    def reached(self, stage: str | None) -> bool:
        """Whether the course got as far as ``stage`` (recommended, planned or delivered; None: any)."""
        return stage is None or STAGE_RANK.get(self.status, STAGE_RANK["delivered"]) >= STAGE_RANK[stage]

    @property
    def single_session_cranial(self) -> bool | None:
        """True/False, or None when the fraction count or the sites are unknown."""
        if self.fractions is None or not self.sites:
            return None
        return self.fractions == 1 and self.sites == {"cranial"}

    def lesion_classes(self) -> dict[str, list[Lesion]] | None:
        """Treated lesions by class (simple/complex cranial, spinal); None when nothing is known.

        A cranial lesion without a class counts as simple (the CPT default). When the lesion count is
        larger than the lesions listed and the course has one site, the unlisted ones take that site.
        """
        if not self.lesions and not self.lesion_count:
            return None
        out: dict[str, list[Lesion]] = {"simple": [], "complex": [], "spinal": []}
        only_site = next(iter(self.sites)) if len(self.sites) == 1 else None
        listed = list(self.lesions)
        extra = max(0, (self.lesion_count or 0) - len(listed))
        listed += [Lesion(f"lesion {len(listed) + i + 1}", only_site, None, None, None) for i in range(extra)]
        for les in listed:
            site = les.site or only_site
            if site == "cranial":
                out["complex" if les.complexity == "complex" else "simple"].append(les)
            elif site == "spinal":
                out["spinal"].append(les)
        return out


def _fractions_text(a: Applies) -> str:
    lo, hi = a.fractions_min or 1, a.fractions_max
    if hi is None:
        return f"{lo} or more fractions"
    if lo == hi:
        return "a single session" if lo == 1 else f"{lo} fractions"
    return f"{lo}-{hi} fractions"


def _join(items: Iterable[str], word: str = "or") -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


# --------------------------------------------------------------------------------------------------
# Consistency
# --------------------------------------------------------------------------------------------------

def problems(tpl: Template, course: Course, units: Mapping[str, int] | None) -> tuple[str, ...]:
    """One sentence per contradiction between the documented course and the code's ``applies``."""
    a, code, out = tpl.applies, tpl.code, []
    if not course.reached(a.course_stage):
        out.append(f"{code} is for {STAGE_PHRASES[a.course_stage or 'delivered']}, but the chart "
                   f"{STATUS_PHRASES.get(course.kind) or STATUS_PHRASES.get(course.status, course.status)}.")
    if a.modalities and course.modality and course.modality not in a.modalities:
        out.append(f"{code} is for {_join(MODALITY_PHRASES[m] for m in a.modalities)} delivery, but the "
                   f"chart documents {MODALITY_PHRASES.get(course.modality, course.modality)} treatment.")
    out.extend(_fraction_problems(code, a, course))
    out.extend(_site_problems(code, a, course))
    if a.positioning and a.positioning not in course.positioning:
        shown = ", ".join(sorted(course.positioning)) or "none"
        out.append(f"{code} needs a documented {a.positioning.replace('_', ' ')}, but the chart does not "
                   f"document one (positioning documented: {shown}).")
    if a.lesion_class and units is not None and not units.get(code):
        out.append(_unit_problem(tpl, course))
    return tuple(out)


def _fraction_problems(code: str, a: Applies, course: Course) -> list[str]:
    n = course.fractions
    if n is None:
        return []
    out = []
    too_few = a.fractions_min is not None and n < a.fractions_min
    too_many = a.fractions_max is not None and n > a.fractions_max
    if too_many and n > MAX_SRS_FRACTIONS:
        out.append(f"The course has {n} fractions; a course of more than {MAX_SRS_FRACTIONS} fractions is "
                   f"not radiosurgery or SBRT, so {code} does not apply.")
    elif too_few or too_many:
        out.append(f"{code} is for a course of {_fractions_text(a)}, but the chart documents {n} "
                   f"fraction{'s' if n != 1 else ''}.")
    if a.exclude_single_session_cranial and course.single_session_cranial:
        out.append(f"{code} is not for a single-session cranial course (that is 77371/77372 with 77432).")
    return out


def _site_problems(code: str, a: Applies, course: Course) -> list[str]:
    if not a.sites or not course.sites:
        return []
    documented = _join(sorted(course.sites), "and")
    if a.sites_only and not course.sites <= set(a.sites):
        other = _join(sorted(course.sites - set(a.sites)), "and")
        return [f"{code} covers {_join(a.sites)} lesions only, but the chart also documents {other} "
                f"treatment."]
    if not course.sites & set(a.sites):
        return [f"{code} needs a {_join(a.sites)} lesion, but the chart documents only {documented} "
                f"treatment."]
    return []


def _unit_problem(tpl: Template, course: Course) -> str:
    a, code = tpl.applies, tpl.code
    classes = course.lesion_classes() or {}
    n = len(classes.get(a.lesion_class or "", []))
    kind = CLASS_NAMES[a.lesion_class or ""]
    if a.lesion_role == "first":
        if a.lesion_class == "simple" and classes.get("complex"):
            les = classes["complex"][0]
            why = f" ({', '.join(les.complexity_reasons)})" if les.complexity_reasons else ""
            return (f"{code} is only for a course in which every cranial lesion is simple, but "
                    f"{les.name} is complex{why}; report 61798 first.")
        return f"{code} needs a {kind} lesion, but the chart documents none."
    return (f"{code} is for each additional {kind} lesion, but the chart documents {n} {kind} "
            f"lesion{'s' if n != 1 else ''}, none beyond the one the first-lesion code covers.")


def lesion_units(course: Course, templates: Iterable[Template]) -> dict[str, int] | None:
    """Units of each lesion code (61796-61799, 63620-63621) the documented lesions support."""
    classes = course.lesion_classes()
    if classes is None:
        return None
    tpls = [t for t in templates if t.applies.lesion_class and t.applies.lesion_role]
    remaining = {c: len(v) for c, v in classes.items()}
    units: dict[str, int] = {}
    firsts = sorted((t for t in tpls if t.applies.lesion_role == "first"),
                    key=lambda t: -CLASS_RANK.get(t.applies.lesion_class or "", 0))
    done_families: set[str] = set()
    for t in firsts:
        cls = t.applies.lesion_class or ""
        family = CLASS_FAMILY.get(cls, cls)
        if family in done_families or not remaining.get(cls):
            continue
        units[t.code] = 1
        remaining[cls] -= 1
        done_families.add(family)
    adds = sorted((t for t in tpls if t.applies.lesion_role == "additional"),
                  key=lambda t: (-CLASS_RANK.get(t.applies.lesion_class or "", 0), t.code))
    for t in adds:
        cls = t.applies.lesion_class or ""
        if CLASS_FAMILY.get(cls, cls) not in done_families:
            continue  # no first-lesion code for this family: nothing to add on to
        cap = t.applies.units_per_course_max
        if cap is not None:
            cap -= sum(units.get(c, 0) for c in t.applies.units_shared_with)
        n = min(remaining.get(cls, 0), cap if cap is not None else remaining.get(cls, 0))
        if n > 0:
            units[t.code] = n
    return units


def supported_units(tpl: Template, course: Course, units: Mapping[str, int] | None) -> int | None:
    """Units of ``tpl.code`` the documented course supports; None when the chart does not tell.

    Lesion codes: the units :func:`lesion_units` gives (0 when none). Per-fraction delivery codes
    (``kind: delivery`` with a unit cap above 1, e.g. 77373, G0340): one per fraction from the template's
    first fraction on (G0340 covers sessions 2-5), up to the cap. Any other code: one per course.
    """
    a = tpl.applies
    if a.lesion_class and a.lesion_role:
        return None if units is None else units.get(tpl.code, 0)
    cap = a.units_per_course_max
    if tpl.kind == "delivery" and (cap or 1) > 1:
        if course.fractions is None:
            return None
        n = course.fractions - ((a.fractions_min or 1) - 1)
        return max(0, min(n, cap if cap is not None else n))
    return 1


def units_problem(tpl: Template, course: Course, claimed: int | None, supported: int | None) -> str | None:
    """A sentence when the claimed units differ from the supported ones (None when they agree, or
    when either is unknown). A code the chart does not support at all is already a contradiction."""
    if claimed is None or supported is None or claimed == supported or supported == 0:
        return None
    a, code = tpl.applies, tpl.code
    if a.lesion_class and a.lesion_role:
        kind = CLASS_NAMES[a.lesion_class]
        basis = (f"one for the first {kind} lesion" if a.lesion_role == "first" else
                 f"one per additional {kind} lesion")
    elif tpl.kind == "delivery" and (a.units_per_course_max or 1) > 1:
        first = a.fractions_min or 1
        basis = ("one per fraction" if first == 1 else f"one per session from session {first} on") + \
            f", {course.fractions} fraction{'s' if course.fractions != 1 else ''} documented"
        if a.units_per_course_max is not None:
            basis += f", at most {a.units_per_course_max} per course"
    else:
        basis = "one per course"
    more = "more" if claimed > supported else "fewer"
    return (f"{code} is claimed for {claimed} unit{'s' if claimed != 1 else ''}, {more} than the "
            f"{supported} the chart supports ({basis}).")


def claim_notes(tpl: Template, claimed: tuple[str, ...]) -> tuple[str, ...]:
    """Bundling pairs among the claimed codes, and an add-on claimed without its primary code."""
    out = []
    if tpl.addon_of and not set(tpl.addon_of) & set(claimed):
        out.append(f"{tpl.code} is an add-on code; report it with {_join(tpl.addon_of)}.")
    for b in tpl.not_with:
        for other in (c for c in b.codes if c in claimed):
            mod = f" Modifier: {b.modifier}." if b.modifier else ""
            out.append(f"{tpl.code} and {other} are not reported together for the same course: {b.why}.{mod}")
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# Suggestions
# --------------------------------------------------------------------------------------------------

def supports(a: Applies, course: Course) -> bool:
    """Whether the known facts positively support the code (unknown facts do not)."""
    if a.modalities and course.modality not in a.modalities:
        if course.modality is not None or a.modality_required:
            return False
    if a.fractions_min is not None or a.fractions_max is not None or a.exclude_single_session_cranial:
        if course.fractions is None:
            return False
        if a.fractions_min is not None and course.fractions < a.fractions_min:
            return False
        if a.fractions_max is not None and course.fractions > a.fractions_max:
            return False
    if a.exclude_single_session_cranial and course.single_session_cranial is not False:
        return False
    if a.sites:
        if not course.sites or not course.sites & set(a.sites):
            return False
        if a.sites_only and not course.sites <= set(a.sites):
            return False
    if a.positioning and a.positioning not in course.positioning:
        return False
    return True


def _course_text(course: Course) -> str:
    parts = []
    if course.fractions is not None:
        parts.append(f"{course.fractions} fraction{'s' if course.fractions != 1 else ''}")
    if course.sites:
        parts.append(_join(sorted(course.sites), "and") + " treatment")
    if course.modality:
        parts.append("on a " + MODALITY_PHRASES.get(course.modality, course.modality) + " unit")
    if course.positioning:
        parts.append("with " + _join(sorted(p.replace("_", " ") for p in course.positioning), "and"))
    return ", ".join(parts)


def bundle_note(code: str, other: str, b: Bundle) -> str:
    """A payer bundling rule (a template's ``not_with`` entry) as a note beside a suggested code."""
    mod = f" Modifier: {b.modifier}." if b.modifier else ""
    src = f" Source: {b.source}." if b.source else ""
    return f"Payer bundling with {other}: {b.why}.{mod}{src}"


def _bundle_notes(s: Suggestion, by_code: Mapping[str, Template], suggested: Iterable[str],
                  claimed: Iterable[str]) -> tuple[str, ...]:
    """Notes for suggestion ``s``: each bundling rule that puts it into a code suggested or claimed beside it
    (``77290`` beside ``77301``, whose template lists 77290 in ``not_with``); and a rule of ``s``'s own template
    that takes in a claimed code (``77301`` suggested when ``77290`` is claimed)."""
    claimed = list(claimed)
    out = []
    for other in dict.fromkeys([*suggested, *claimed]):
        if other == s.code:
            continue
        owners = [(by_code.get(other), s.code)]
        if other in claimed:
            owners.append((by_code.get(s.code), other))
        for owner, partner in owners:
            for b in owner.not_with if owner is not None else ():
                if partner in b.codes:
                    out.append(bundle_note(s.code, other, b))
    return tuple(dict.fromkeys(out))


def suggest(course: Course, templates: list[Template], met: Mapping[str, tuple[RequirementResult, ...]],
            units: Mapping[str, int] | None, claimed: Iterable[str] = ()) -> tuple[Suggestion, ...]:
    """The codes the documentation supports, each with units and a reason sentence.

    ``met`` maps the code of every ``when_met`` template to its evaluated requirements; ``units`` are
    the lesion-code units from :func:`lesion_units`. A suggestion that some payers bundle with another
    code suggested or ``claimed`` carries the rule as a note (the templates' ``not_with``, with its source).
    """
    picked: dict[str, Suggestion] = {}
    for t in templates:
        found = _suggestion(t, course, units, met)
        if found is not None:
            picked[t.code] = found
    for t in templates:  # add-ons only with a suggested primary; "instead of" pairs keep one code
        if t.code in picked and t.addon_of and not set(t.addon_of) & set(picked):
            del picked[t.code]
        if t.code in picked:
            for other in t.applies.suggest_instead_of:
                picked.pop(other, None)
    chosen = _one_delivery(picked.values())
    by_code = {t.code: t for t in templates}
    suggested, claimed = [s.code for s in chosen], list(claimed)
    return tuple(replace(s, notes=notes) if (notes := _bundle_notes(s, by_code, suggested, claimed)) else s
                 for s in chosen)


def _suggestion(t: Template, course: Course, units: Mapping[str, int] | None,
                met: Mapping[str, tuple[RequirementResult, ...]]) -> Suggestion | None:
    a = t.applies
    if not course.reached(a.course_stage):
        return None
    if a.suggest == "when_met":
        reqs = met.get(t.code, ())
        if not reqs or any(r.status != "met" for r in reqs):
            return None
        labels = "; ".join(r.label.lower() for r in reqs)
        evidence = tuple(dict.fromkeys(r.evidence[0] for r in reqs if r.evidence))
        return Suggestion(t.code, 1, f"{t.title}: documented ({labels}).", t.kind, t.source, evidence)
    if a.suggest != "when_applies" or not supports(a, course):
        return None
    if a.lesion_class:
        n = (units or {}).get(t.code, 0)
        if not n:
            return None
        cls = CLASS_NAMES[a.lesion_class]
        what = (f"the first {cls} lesion" if a.lesion_role == "first"
                else f"{n} additional {cls} lesion{'s' if n != 1 else ''}")
        return Suggestion(t.code, n, f"{t.title}: {what} documented.", t.kind, t.source)
    per_fraction = t.kind == "delivery" and (a.units_per_course_max or 1) > 1
    n = (course.fractions or 1) if per_fraction else 1
    if a.units_per_5_fractions and course.fractions:
        n = max(1, course.fractions // 5 + (1 if course.fractions % 5 >= 3 else 0))
    reason = f"{t.title}: the chart documents {_course_text(course)}."
    return Suggestion(t.code, n, f"{reason} {a.why}" if a.why else reason, t.kind, t.source)


def _one_delivery(suggestions: Iterable[Suggestion]) -> tuple[Suggestion, ...]:
    """At most one delivery code (the first in code order), then the others in a stable order."""
    order = {"delivery": 0, "management": 1, "neurosurgical": 2, "add-on": 2, "planning": 4, "physics": 5}
    out, delivery_seen = [], False
    for s in sorted(suggestions, key=lambda s: (order.get(s.kind, 9), s.code)):
        if s.kind == "delivery":
            if delivery_seen:
                continue
            delivery_seen = True
        out.append(s)
    return tuple(out)


__all__ = ["MAX_SRS_FRACTIONS", "Course", "bundle_note", "claim_notes", "lesion_units", "problems", "suggest",
           "supported_units", "supports", "units_problem"]
