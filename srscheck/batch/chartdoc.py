"""What the audit and the summary need from one chart's JSON (the contract in
``../shared/reference/chart-json-contract.md``), read from the JSON itself.

The audit is computed from the per-chart JSON files a batch has written, never from live objects,
so a resumed batch and ``srscheck audit OUT_DIR`` give the same figures. Keys added to the contract
later (the identity facts, ``review``, ``queries``, ``codes[].claimed_units``/``supported_units``,
``documents``) are optional here: a JSON written before they existed still counts, with the
fallbacks documented on each function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping

NOT_MET = ("partial", "missing")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _fact(doc: Mapping[str, Any], name: str) -> Any:
    """The value of fact ``name`` (a fact is ``{"value", "evidence"}``)."""
    fact = (doc.get("facts") or {}).get(name)
    return fact.get("value") if isinstance(fact, Mapping) else None


def _identity(doc: Mapping[str, Any], *names: str) -> Any:
    """The value of the first identity fact of ``names`` (``attending_physician``, ``dates_of_service``,
    ``icd10``: written by ``nlp.identity`` among the ``facts``)."""
    facts = doc.get("facts")
    for name in names:
        fact = facts.get(name) if isinstance(facts, Mapping) else None
        if isinstance(fact, Mapping):
            return fact.get("value")
    return None


def _day(value: Any) -> date | None:
    m = _ISO_DAY.match(str(value or ""))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def treatment_dates(doc: Mapping[str, Any]) -> tuple[date | None, date | None]:
    """(first, last) date of service: ``identity.dates_of_service`` is ``[first, last]`` (ISO), or one
    item for a single day."""
    value = _identity(doc, "dates_of_service")
    days = sorted(d for d in (_day(v) for v in (value if isinstance(value, list) else [value])) if d)
    return (days[0], days[-1]) if days else (None, None)


def physician(doc: Mapping[str, Any]) -> str | None:
    """The attending / treating physician as the chart names them (``None`` when not stated)."""
    value = _identity(doc, "attending_physician", "attending")
    if isinstance(value, list):
        value = value[0] if value else None
    text = " ".join(str(value).split()) if value else ""
    return text or None


def icd10_codes(doc: Mapping[str, Any]) -> list[str]:
    value = _identity(doc, "icd10")
    if isinstance(value, str):
        value = [value]
    return sorted({str(v).strip().upper() for v in value or () if str(v).strip()})


def delivery_unit(doc: Mapping[str, Any]) -> str | None:
    """The delivery unit: the modality fact (``cobalt60``, ``linac``, ``robotic_linac``, ``particle``)."""
    value = _fact(doc, "modality")
    return str(value) if value else None


def review_items(doc: Mapping[str, Any]) -> list[str]:
    """The sentences of the chart's ``review`` list (contradictions and unsure readings)."""
    return [str(r.get("message", "")) if isinstance(r, Mapping) else str(r) for r in doc.get("review") or ()]


def query_count(doc: Mapping[str, Any]) -> int:
    """Queries raised: the ``queries`` list when the JSON has one, else one per distinct question of
    the requirements not met (what the gap report's query section asks)."""
    queries = doc.get("queries")
    if isinstance(queries, list):
        return len(queries)
    asked = {r.get("query") or r.get("id") for c in doc.get("codes") or () for r in c.get("requirements") or ()
             if r.get("status") in NOT_MET}
    return len(asked)


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def code_units(doc: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    """code -> (claimed units, supported units) for every code claimed or suggested.

    ``codes[].claimed_units``/``supported_units`` when present. A claim that states no units claims
    the units the chart supports (one when it supports none), so only stated units are compared, as
    the checks compare them. Without ``supported_units``, the units the chart supports are the
    suggestion's units when the code is suggested, the claimed units when the claimed code is
    consistent with the chart (supported or with gaps), and 0 when the chart contradicts it. A suggested code that
    was not claimed has 0 claimed units.
    """
    suggested = {str(s.get("code")): _int(s.get("units")) or 1 for s in doc.get("suggestions") or ()
                 if isinstance(s, Mapping) and s.get("code")}
    for code in doc.get("suggested_codes") or ():
        suggested.setdefault(str(code), 1)
    out: dict[str, tuple[int, int]] = {}
    for c in doc.get("codes") or ():
        code = str(c.get("code"))
        claimed = _int(c.get("claimed_units"))
        supported = _int(c.get("supported_units"))
        if supported is None:
            if code in suggested:
                supported = suggested[code]
            elif c.get("verdict") == "contradicted" or c.get("consistent") is False:
                supported = 0
            else:
                supported = 1 if claimed is None else claimed
        if claimed is None:
            # The claim states no units (a plain "77373"): it claims what the chart supports, so it is
            # neither over- nor under-claimed, unless the chart supports none (a contradicted code).
            claimed = supported or 1
        out[code] = (claimed, supported)
    for code in doc.get("claimed_codes") or ():
        out.setdefault(str(code), (1, suggested.get(str(code), 1)))
    for code, units in suggested.items():
        out.setdefault(code, (0, units))
    return out


@dataclass(frozen=True)
class ChartRecord:
    """One checked chart (or course), reduced to what the audit counts. Small: 2,000 fit anywhere."""

    key: str  # the chart's key in the batch (its relative path, or the course name)
    files: tuple[tuple[str, str], ...]  # (file name, SHA-256) of each document read
    physician: str | None
    unit: str | None
    first_date: date | None
    last_date: date | None
    verdicts: tuple[tuple[str, str], ...]  # (code, verdict) of each claimed code
    requirements: tuple[tuple[str, str, str, str], ...]  # (id, category, label, status), one per id
    units: tuple[tuple[str, int, int], ...]  # (code, claimed, supported)
    review: int
    queries: int
    icd10: tuple[str, ...] = field(default=())

    @property
    def month(self) -> str | None:
        return self.first_date.strftime("%Y-%m") if self.first_date else None

    @property
    def gaps(self) -> int:
        return sum(1 for r in self.requirements if r[3] in NOT_MET)


def _worst(a: str, b: str) -> str:
    order = {"met": 0, "partial": 1, "missing": 2}
    return a if order.get(a, 2) >= order.get(b, 2) else b


def record(key: str, doc: Mapping[str, Any]) -> ChartRecord:
    """Reduce one chart JSON to a :class:`ChartRecord`.

    A requirement that several claimed codes share (the same ``id``) counts once for the chart, with
    its worst status: the chart either documents it or does not.
    """
    docs = doc.get("documents") or [doc.get("source") or {}]
    files = tuple((str(d.get("file", "")), str(d.get("sha256", ""))) for d in docs if isinstance(d, Mapping))
    reqs: dict[str, tuple[str, str, str, str]] = {}
    for c in doc.get("codes") or ():
        if c.get("known") is False:
            continue
        for r in c.get("requirements") or ():
            rid = str(r.get("id"))
            status = str(r.get("status"))
            if rid in reqs:
                status = _worst(reqs[rid][3], status)
            reqs[rid] = (rid, str(r.get("category") or ""), str(r.get("label") or rid), status)
    first, last = treatment_dates(doc)
    return ChartRecord(
        key=key,
        files=files,
        physician=physician(doc),
        unit=delivery_unit(doc),
        first_date=first,
        last_date=last,
        verdicts=tuple((str(c.get("code")), str(c.get("verdict") or _verdict(c))) for c in doc.get("codes") or ()),
        requirements=tuple(reqs[k] for k in sorted(reqs)),
        units=tuple((code, cl, sup) for code, (cl, sup) in sorted(code_units(doc).items())),
        review=len(review_items(doc)),
        queries=query_count(doc),
        icd10=tuple(icd10_codes(doc)),
    )


def _verdict(c: Mapping[str, Any]) -> str:
    if c.get("known") is False:
        return "unchecked"
    if c.get("consistent") is False:
        return "contradicted"
    return "gaps" if any(r.get("status") in NOT_MET for r in c.get("requirements") or ()) else "supported"


def summary_fields(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The summary-row fields taken from a chart's JSON (physician, dates, review flags)."""
    first, last = treatment_dates(doc)
    review = review_items(doc)
    return {
        "physician": physician(doc),
        "first_treatment_date": first.isoformat() if first else None,
        "last_treatment_date": last.isoformat() if last else None,
        "review_flags": len(review),
        "review": review,
        "icd10_codes": icd10_codes(doc),
    }
