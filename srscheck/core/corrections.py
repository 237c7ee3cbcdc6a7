"""Corrections the coder makes to a reading: chart facts and single lesions.

A :class:`Correction` names a *target* and a value:

* a chart fact: ``lesion_count``, ``sites``, ``modality``, ``fractions``, ``imaging``, ``positioning``,
  ``course_status`` (how far the course got: delivered, planned, recommended or follow_up);
* a field of one lesion: ``lesions.N.FIELD`` where ``N`` is the reader's 1-based lesion number (``+K``
  for the K-th lesion the coder added) and ``FIELD`` is one of :data:`LESION_FIELDS`;
* a lesion struck out: ``lesions.N`` with the value ``None`` (``--set lesions.3=none``);
* a lesion added: ``lesions.+K`` (``lesions.+`` on the command line: the next free number) with a
  mapping of fields; ``name`` and ``page`` are required.

:func:`apply_corrections` is pure: facts in, corrected facts out. Every corrected value keeps the
reader's value and who set it when; chart facts that follow from the lesions (``lesion_count``, ``sites``
and ``fractions``) follow the corrected lesions unless the coder set them too.

Nothing here reads or writes files: the per-chart store is :mod:`srscheck.corrections`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

from .messages import Msg, UsageError
from .model import COURSE_STATUSES, FACT_NAMES, IMAGING, MODALITIES, POSITIONING, SITES, ChartFacts, Fact, Lesion, Mark
from .units import dose_gy

COMPLEXITIES = ("simple", "complex")
LESION_FIELDS = ("name", "site", "complexity", "reason", "dose_gy", "fractions", "size_cm", "page")
_SETS = {"sites": SITES, "imaging": IMAGING, "positioning": POSITIONING}
_NONE = ("", "none", "null", "unknown", "-")
_TARGET = re.compile(r"^lesions\.(?P<ref>\d+|\+\d*)(?:\.(?P<field>[a-z_]+))?$")

Msg.E080 = "Invalid correction {target!r}: {why}."
Msg.E081 = "{file} is not a corrections file: {why}."
Msg.E082 = ("The correction {target} was not applied: the reader no longer finds the lesion "
            "{name!r} there.")


def now_iso() -> str:
    """The time a correction is made, in ISO 8601 (UTC, to the second)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------------

def coerce(name: str, value: Any) -> Any:
    """Validate and normalise one chart-fact value; raises UsageError with one clear sentence."""
    if name not in FACT_NAMES:
        raise UsageError("E022", name=name, choices=", ".join(FACT_NAMES) + " or lesions.N.FIELD")
    if name in ("lesion_count", "fractions"):
        if _is_none(value):
            return None
        return _int(value, name, 0, 999)
    if name == "modality":
        if _is_none(value):
            return None
        v = str(value).strip()
        if v not in MODALITIES:
            raise UsageError("E023", value=value, name=name, why="choose one of " + ", ".join(MODALITIES))
        return v
    if name == "course_status":  # every chart has one: no "none"
        v = str(value if value is not None else "").strip().lower().replace("-", "_").replace(" ", "_")
        if v not in COURSE_STATUSES:
            raise UsageError("E023", value=value, name=name, why="choose one of " + ", ".join(COURSE_STATUSES))
        return v
    items = value if isinstance(value, (list, tuple, set)) else [
        x for x in str(value).replace(";", ",").split(",") if x.strip()]
    allowed = _SETS[name]
    out = []
    for x in items:
        v = str(x).strip()
        match = next((a for a in allowed if a.lower() == v.lower()), None)
        if match is None:
            raise UsageError("E023", value=v, name=name, why="choose from " + ", ".join(allowed))
        out.append(match)
    return sorted(set(out))


def coerce_lesion_field(name: str, value: Any, *, where: str = "") -> Any:
    """Validate one lesion field (see :data:`LESION_FIELDS`)."""
    label = where or f"lesion {name}"
    if name not in LESION_FIELDS:
        raise UsageError("E023", value=name, name=label,
                         why="a lesion field is one of " + ", ".join(LESION_FIELDS))
    if name in ("name", "reason"):
        text = " ".join(str(value if value is not None else "").split())
        if name == "name" and not text:
            raise UsageError("E023", value=value, name=label, why="a lesion needs a name")
        if len(text) > 200:
            raise UsageError("E023", value=text[:40] + "…", name=label, why="keep it under 200 characters")
        return text or None
    if _is_none(value):
        if name == "page":
            raise UsageError("E023", value=value, name=label, why="give the page the lesion is on")
        return None
    if name == "site":
        return _choice(value, SITES, label)
    if name == "complexity":
        return _choice(value, COMPLEXITIES, label)
    if name == "fractions":
        return _int(value, label, 1, 99)
    if name == "page":
        return _int(value, label, 1, 99999)
    if name == "dose_gy":  # in Gy, or in any unit the reader knows ("1800 cGy", "18 Gy(RBE)", "1800 rads")
        try:
            dose = dose_gy(str(value))
        except ValueError as e:
            raise UsageError("E023", value=value, name=label, why=str(e)) from None
        if not 0 < dose <= 200:
            raise UsageError("E023", value=value, name=label, why="a dose is more than 0 and at most 200 Gy")
        return round(dose, 2)
    text = str(value).strip().lower().replace(",", ".")
    scale = 0.1 if text.endswith("mm") else 1.0
    size = _float(re.sub(r"\s*(mm|cm)$", "", text), label) * scale
    if not 0 < size <= 50:
        raise UsageError("E023", value=value, name=label, why="a size is more than 0 and at most 50 cm")
    return round(size, 2)


def _is_none(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in _NONE)


def _int(value: Any, name: str, lo: int, hi: int) -> int:
    if isinstance(value, bool):
        raise UsageError("E023", value=value, name=name, why="a whole number is needed")
    try:
        n = int(str(value).strip())
    except ValueError:
        raise UsageError("E023", value=value, name=name, why="a whole number is needed") from None
    if n < lo or n > hi:
        raise UsageError("E023", value=value, name=name, why=f"it must be between {lo} and {hi}")
    return n


def _float(text: str, name: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise UsageError("E023", value=text, name=name, why="a number is needed") from None


def _choice(value: Any, allowed: Sequence[str], name: str) -> str:
    v = str(value).strip().lower()
    if v not in allowed:
        raise UsageError("E023", value=value, name=name, why="choose one of " + ", ".join(allowed) + " or none")
    return v


# --------------------------------------------------------------------------------------------------
# Corrections
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Correction:
    """One correction: ``target`` (see the module docstring), a validated value, who and when.

    ``lesion_name`` is the reader's name of the lesion a ``lesions.N...`` correction was made on; a later
    reading whose lesion N has another name applies it to the lesion of that name, or not at all.
    """

    target: str
    value: Any
    set_by: str | None = None
    set_at: str | None = None
    lesion_name: str | None = None

    @property
    def is_fact(self) -> bool:
        return not self.target.startswith("lesions.")

    @property
    def lesion_ref(self) -> str | None:
        m = _TARGET.match(self.target)
        return m.group("ref") if m else None

    @property
    def lesion_field(self) -> str | None:
        m = _TARGET.match(self.target)
        return m.group("field") if m else None

    @property
    def kind(self) -> str:
        """``fact``, ``field`` (one lesion field), ``strike`` or ``add``."""
        if self.is_fact:
            return "fact"
        if self.lesion_field:
            return "field"
        return "add" if (self.lesion_ref or "").startswith("+") else "strike"

    def describe(self) -> str:
        """A short human account, e.g. ``lesion 2 site = cranial`` (the report and the app)."""
        ref, fld = self.lesion_ref, self.lesion_field
        who = "added lesion " + ref[1:] if ref and ref.startswith("+") else f"lesion {ref}"
        if self.kind == "fact":
            return f"{self.target} = {_show(self.value)}"
        if self.kind == "field":
            return f"{who} {fld} = {_show(self.value)}"
        if self.kind == "strike":
            return f"lesion {ref} ({self.lesion_name}) struck out" if self.lesion_name else f"lesion {ref} struck out"
        if self.value is None:
            return f"{who} removed"
        return "lesion added: " + "; ".join(f"{k}={_show(v)}" for k, v in self.value.items() if v is not None)

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"target": self.target, "value": self.value, "set_by": self.set_by,
                             "set_at": self.set_at}
        if self.lesion_name is not None:
            d["lesion_name"] = self.lesion_name
        return d

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "Correction":
        if not isinstance(d, Mapping) or "target" not in d:
            raise UsageError("E080", target=str(d)[:60], why="each correction needs a target and a value")
        c = make(str(d["target"]), d.get("value"))
        by, at, name = d.get("set_by"), d.get("set_at"), d.get("lesion_name")
        return replace(c, set_by=str(by) if by is not None else None, set_at=str(at) if at is not None else None,
                       lesion_name=str(name) if name is not None else None)


def _show(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    return str(value)


def make(target: str, value: Any) -> Correction:
    """A validated correction; raises UsageError (one sentence) when the target or value is wrong."""
    target = target.strip()
    if not target.startswith("lesions"):
        return Correction(target, coerce(target, value))
    m = _TARGET.match(target)
    if m is None:
        raise UsageError("E080", target=target,
                         why="write lesions.N.FIELD, lesions.N=none or lesions.+=FIELD=VALUE;...")
    ref, fld = m.group("ref"), m.group("field")
    if ref.lstrip("+") == "0":
        raise UsageError("E080", target=target, why="lesions are numbered from 1")
    if fld:
        if fld == "page" and not ref.startswith("+"):
            raise UsageError("E080", target=target, why="only a lesion you added has a page to set")
        return Correction(target, coerce_lesion_field(fld, value, where=target))
    if ref.startswith("+"):
        if _is_none(value) and ref != "+":
            return Correction(target, None)
        return Correction(target, _addition(value, target))
    if not _is_none(value):
        raise UsageError("E080", target=target, why="write lesions.N=none to strike a lesion, or lesions.N.FIELD=VALUE")
    return Correction(target, None)


def _addition(value: Any, target: str) -> dict[str, Any]:
    if isinstance(value, str):
        fields: dict[str, Any] = {}
        for part in (p for p in value.split(";") if p.strip()):
            if "=" not in part:
                raise UsageError("E080", target=target, why=f"write each field as FIELD=VALUE, not {part.strip()!r}")
            k, v = part.split("=", 1)
            fields[k.strip().lower()] = v.strip()
    elif isinstance(value, Mapping):
        fields = {str(k).strip().lower(): v for k, v in value.items()}
    else:
        raise UsageError("E080", target=target,
                         why="give the new lesion's fields, e.g. name=Left frontal;site=cranial;page=2")
    out = {k: coerce_lesion_field(k, v, where=f"{target}.{k}") for k, v in fields.items()}
    missing = [k for k in ("name", "page") if out.get(k) is None]
    if missing:
        raise UsageError("E080", target=target, why="a lesion you add needs " + " and ".join(missing)
                         + " (e.g. name=Left frontal;site=cranial;page=2)")
    return {k: out.get(k) for k in LESION_FIELDS if k in out}


def parse_set(item: str) -> Correction:
    """``"lesions.2.site=cranial"`` (one ``--set`` argument) -> Correction."""
    if "=" not in item:
        raise UsageError("E023", value=item, name="--set", why="write it as FACT=VALUE or lesions.N.FIELD=VALUE")
    target, value = item.split("=", 1)
    target = target.strip()
    if target.endswith("+") and target.startswith("lesions"):  # "lesions.+=name=...": '+=' reads as add
        return make("lesions.+", value)
    return make(target, value)


def parse_corrections_json(data: Any, file: str = "corrections") -> list[Correction]:
    """A corrections file: ``{"corrections": [{"target", "value"}...]}``, a list of such objects, or an
    object mapping targets to values (``{"lesions.2.site": "cranial", "lesion_count": 3}``)."""
    if isinstance(data, Mapping) and "corrections" in data:
        data = data["corrections"]
    if isinstance(data, Mapping):
        return [make(str(k), v) for k, v in data.items()]
    if isinstance(data, list):
        return [Correction.from_json(d) for d in data]
    raise UsageError("E081", file=file, why="expected a JSON object or a list of corrections")


def stamp(corrections: Iterable[Correction], set_by: str | None, set_at: str | None = None) -> list[Correction]:
    """Corrections with who and when (kept where already set)."""
    at = set_at or now_iso()
    return [replace(c, set_by=c.set_by if c.set_by is not None else set_by,
                    set_at=c.set_at if c.set_at is not None else at) for c in corrections]


def number_additions(existing: Sequence[Correction], new: Sequence[Correction]) -> list[Correction]:
    """Give each ``lesions.+`` in ``new`` the next free ``+K`` after those in ``existing``; a lesion added
    again under the same name replaces the earlier addition (running the same command twice adds one)."""
    used = {int(c.lesion_ref[1:]) for c in [*existing, *new]
            if c.lesion_ref and c.lesion_ref.startswith("+") and c.lesion_ref[1:]}
    named = {str(c.value.get("name", "")).lower(): c.target for c in existing
             if c.kind == "add" and isinstance(c.value, Mapping)}
    out, k = [], 0
    for c in new:
        same = named.get(str(c.value.get("name", "")).lower()) if isinstance(c.value, Mapping) else None
        if c.target == "lesions.+" and same:
            c = replace(c, target=same)
        if c.target == "lesions.+":
            k += 1
            while k in used:
                k += 1
            used.add(k)
            c = replace(c, target=f"lesions.+{k}")
        out.append(c)
    return out


def merge(existing: Sequence[Correction], new: Sequence[Correction]) -> list[Correction]:
    """``existing`` with ``new`` on top: a correction of the same target replaces the older one;
    striking a lesion drops the corrections of its fields."""
    new = number_additions(existing, new)
    out = {c.target: c for c in existing}
    for c in new:
        if c.kind in ("strike", "add") and c.value is None:
            prefix = c.target + "."
            out = {t: x for t, x in out.items() if not t.startswith(prefix)}
        out.pop(c.target, None)
        out[c.target] = c
    return list(out.values())


def name_lesions(corrections: Sequence[Correction], facts: ChartFacts) -> list[Correction]:
    """Record the reader's lesion name on each ``lesions.N...`` correction (to find it again later)."""
    out = []
    for c in corrections:
        ref = c.lesion_ref
        if ref and ref.isdigit() and c.lesion_name is None and int(ref) <= len(facts.lesions):
            c = replace(c, lesion_name=facts.lesions[int(ref) - 1].name)
        out.append(c)
    return out


# --------------------------------------------------------------------------------------------------
# Applying
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Applied:
    """A correction as applied to one reading: the reader's value, and whether it took effect."""

    correction: Correction
    original: Any = None
    applied: bool = True
    note: str = ""  # why it was not applied
    source: str = "saved"  # saved | command line | app

    def to_json(self) -> dict[str, Any]:
        c = self.correction
        d: dict[str, Any] = {"target": c.target, "value": c.value, "original": self.original,
                             "set_by": c.set_by, "set_at": c.set_at, "applied": self.applied,
                             "source": self.source, "description": c.describe()}
        if self.note:
            d["note"] = self.note
        return d


@dataclass
class _Work:
    lesions: list[Lesion]
    struck: list[tuple[Lesion, Mark]] = field(default_factory=list)
    changed_lesions: bool = False
    count_changed: bool = False
    last_mark: Mark | None = None


def apply_corrections(facts: ChartFacts, corrections: Sequence[Correction], *,
                      sources: Sequence[str] | None = None,
                      pages: int | None = None) -> tuple[ChartFacts, tuple[Applied, ...]]:
    """Apply corrections (in order) to the reader's facts; returns the new facts and what was applied.

    ``pages`` (the chart's page count) lets an added lesion on a page the chart does not have be
    refused (not applied, with a note). Facts that already carry corrections are first taken back to
    the reader's (:func:`reader_facts`), so applying to a corrected reading gives the same result."""
    facts = reader_facts(facts)
    reader_lesions = tuple(replace(les, ref=les.ref or str(i)) for i, les in enumerate(facts.lesions, 1))
    work = _Work(list(reader_lesions))
    applied: list[Applied] = []
    explicit: set[str] = set()
    src = list(sources) if sources is not None else ["saved"] * len(corrections)
    lesion_first = sorted(range(len(corrections)), key=lambda i: corrections[i].is_fact)
    for i in lesion_first:
        c = corrections[i]
        mark = Mark(None, c.set_by, c.set_at)
        if c.is_fact:
            old = facts.get(c.target)
            original = old.original if old.overridden else old.value
            value = sorted(set(c.value)) if isinstance(c.value, (list, tuple, set)) else c.value
            facts = replace(facts, **{c.target: Fact(value, old.evidence, True, original, c.set_by, c.set_at)})
            explicit.add(c.target)
            applied.append(Applied(c, original, source=src[i]))
            continue
        page = c.value.get("page") if c.kind == "add" and isinstance(c.value, Mapping) else None
        if page is not None and pages is not None and page > pages:
            applied.append(Applied(c, None, applied=False, source=src[i],
                                   note=f"the chart has {pages} page{'s' if pages != 1 else ''}"))
            continue
        applied.append(_apply_lesion(work, c, mark, src[i]))
    if not work.changed_lesions:
        return replace(facts, lesions=tuple(work.lesions)), tuple(applied)
    facts = replace(facts, lesions=tuple(work.lesions), struck=facts.struck + tuple(work.struck))
    facts = _derive(facts, reader_lesions, explicit, work)
    return facts, tuple(applied)


def reader_facts(facts: ChartFacts) -> ChartFacts:
    """The reader's facts behind corrected ones: corrected values back to their originals, added lesions
    dropped, struck lesions back in their place (unchanged facts are returned as they are)."""
    if not (facts.overridden or facts.struck or any(les.overridden for les in facts.lesions)):
        return facts
    changes: dict[str, Any] = {}
    for name in FACT_NAMES:
        fact = facts.get(name)
        if fact.overridden:
            changes[name] = Fact(fact.original, fact.evidence)
    lesions = []
    for les in facts.lesions:
        if les.added:
            continue
        if les.marks:
            back = {("complexity_reasons" if f == "reason" else f): m.original for f, m in les.marks}
            if "complexity_reasons" in back:
                back["complexity_reasons"] = tuple(back["complexity_reasons"] or ())
            les = replace(les, **back, marks=())
        lesions.append(les)
    lesions += [les for les, _ in facts.struck]
    lesions.sort(key=lambda les: int(les.ref) if les.ref.isdigit() else 0)
    return replace(facts, **changes, lesions=tuple(replace(les, ref="") for les in lesions), struck=())


def _reader_name(les: Lesion) -> str:
    m = les.mark("name")
    return m.original if m is not None else les.name


def _find(work: _Work, c: Correction) -> tuple[int | None, str]:
    ref = c.lesion_ref or ""
    idx = next((i for i, les in enumerate(work.lesions) if les.ref == ref), None)
    if ref.startswith("+"):
        return idx, "" if idx is not None else "there is no such added lesion"
    if idx is not None and (c.lesion_name is None or _reader_name(work.lesions[idx]) == c.lesion_name):
        return idx, ""
    if c.lesion_name is not None:  # the reading changed order: find the lesion by its name
        same = [i for i, les in enumerate(work.lesions) if not les.added and _reader_name(les) == c.lesion_name]
        if len(same) == 1:
            return same[0], ""
        return None, Msg.E082.format(target=c.target, name=c.lesion_name)
    if any(les.ref == ref for les, _ in work.struck):
        return None, "that lesion is struck out"
    n = sum(1 for les in work.lesions if not les.added)
    return None, f"there is no lesion {ref} (the reader found {n} lesion{'s' if n != 1 else ''})"


def _apply_lesion(work: _Work, c: Correction, mark: Mark, source: str) -> Applied:
    kind = c.kind
    if kind == "add":
        if c.value is None:
            return Applied(c, None, source=source)
        v = dict(c.value)
        reasons = (v["reason"],) if v.get("reason") else ()
        les = Lesion(name=v["name"], site=v.get("site"), complexity=v.get("complexity"),
                     dose_gy=v.get("dose_gy"), fractions=v.get("fractions"), size_cm=v.get("size_cm"),
                     complexity_reasons=reasons, ref=c.lesion_ref or "+", added=True, page=v.get("page"),
                     marks=(("lesion", mark),))
        if les.site != "cranial" and les.site is not None:
            les = replace(les, complexity=None)
        work.lesions.append(les)
        work.changed_lesions = work.count_changed = True
        work.last_mark = mark
        return Applied(c, None, source=source)
    idx, why = _find(work, c)
    if idx is None:
        return Applied(c, None, applied=False, note=why, source=source)
    les = work.lesions[idx]
    if kind == "strike":
        del work.lesions[idx]
        work.struck.append((les, mark))
        work.changed_lesions = work.count_changed = True
        work.last_mark = mark
        return Applied(c, les.to_json(), source=source)
    fld = c.lesion_field or ""
    attr = "complexity_reasons" if fld == "reason" else fld
    if attr == "page" or not hasattr(les, attr):
        return Applied(c, None, applied=False, note=f"a lesion has no field {fld}", source=source)
    old = getattr(les, attr)
    prior = les.mark(attr)
    original = prior.original if prior else (list(old) if isinstance(old, tuple) else old)
    if attr == "complexity_reasons":
        value = (c.value,) if c.value else ()
    else:
        value = c.value
    marks = tuple((f, m) for f, m in les.marks if f != attr) + ((attr, Mark(original, c.set_by, c.set_at)),)
    les = replace(les, **{attr: value}, marks=marks)
    if attr == "site" and value != "cranial" and les.complexity is not None and not les.mark("complexity"):
        cx_marks = les.marks + (("complexity", Mark(les.complexity, c.set_by, c.set_at)),)
        les = replace(les, complexity=None, marks=cx_marks)  # the class is for cranial lesions only
    work.lesions[idx] = les
    work.changed_lesions = True
    work.last_mark = mark
    return Applied(c, original, source=source)


def _derive(facts: ChartFacts, reader: Sequence[Lesion], explicit: set[str], work: _Work) -> ChartFacts:
    """Chart facts that follow from the lesions, recomputed from the corrected ones."""
    mark = work.last_mark or Mark()
    lesions = facts.lesions

    def derived(name: str, value: Any) -> None:
        nonlocal facts
        old = facts.get(name)
        if name in explicit or value == old.value:
            return
        facts = replace(facts, **{name: Fact(value, old.evidence, True, old.value, mark.set_by, mark.set_at,
                                             derived=True)})

    if work.count_changed:
        derived("lesion_count", len(lesions))
    reader_sites = {les.site for les in reader if les.site}
    other = set(facts.sites.value or ()) - reader_sites  # sites documented apart from the lesions
    sites = sorted(other | {les.site for les in lesions if les.site})
    if sites or not lesions:
        derived("sites", sites)
    reader_fx = [les.fractions for les in reader if les.fractions]
    new_fx = [les.fractions for les in lesions if les.fractions]
    if new_fx and (not reader_fx or facts.fractions.value in (None, max(reader_fx))):
        derived("fractions", max(new_fx))
    return facts


def fact_overrides(overrides: Mapping[str, Any]) -> list[Correction]:
    """The older ``{fact: value}`` overrides as corrections (no one named, no time)."""
    out = []
    for name, value in overrides.items():
        out.append(make(name, value) if not str(name).startswith("lesions") else make(str(name), value))
    return out


__all__ = [
    "COMPLEXITIES", "LESION_FIELDS", "Applied", "Correction", "apply_corrections", "coerce",
    "coerce_lesion_field", "fact_overrides", "make", "merge", "name_lesions", "now_iso",
    "number_additions", "parse_corrections_json", "parse_set", "reader_facts", "stamp",
]
