"""The coding manager's audit of a batch: what the charts document, by requirement, category,
physician, delivery unit, code and month.

Computed only from what a batch wrote to its output folder (``summary.json`` and the per-chart JSON),
so a resumed batch gives the same audit and ``srscheck audit OUT_DIR`` rebuilds it without reading a
chart again. :func:`compute_audit` returns plain data (``audit.json``); :mod:`.audit_pdf` draws the
same figures. Sorted everywhere and free of times and absolute paths: the same results give the
same bytes.

Definitions (also printed in the PDF):

- a *course* is one checked JSON (a chart file, or several documents read as one course); *charts*
  counts the documents read;
- a *requirement check* is one requirement of one course (a requirement shared by several claimed
  codes counts once, with its worst status); it is a *gap* when its status is ``partial`` or
  ``missing``; a *gap rate* is gaps / checks;
- a category check is one category of one course; it is a gap when any of its requirements is;
- over-claimed: more units claimed than the chart supports (a contradicted code supports none);
  under-claimed: fewer units claimed than supported; not claimed: supported but not claimed.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from srscheck import __version__
from srscheck.core.fileio import write_text_atomic
from srscheck.core.labels import category_label, display_value
from srscheck.core.messages import UsageError

from .chartdoc import NOT_MET, ChartRecord, record
from .inputs import Chart, output_bases
from .summary import SUMMARY_JSON

AUDIT_JSON = "audit.json"
AUDIT_SCHEMA = "srscheck-audit/1"
NOT_DOCUMENTED = "Not documented"


def _rate(gaps: int, checks: int) -> float:
    return round(gaps / checks, 4) if checks else 0.0


# --------------------------------------------------------------------------------------------------
# Reading a batch's output folder
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchResults:
    folder: str  # the output folder's name (no absolute path: the audit's bytes do not depend on it)
    records: list[ChartRecord]
    not_checked: list[dict[str, Any]]  # summary rows of charts without a result: chart, status, error


def _json_names(rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Chart key -> its JSON file (relative to the output folder), as the batch named it."""
    charts = [Chart(Path(str(r["chart"])), str(r["chart"]),
                    tuple(Chart(Path(str(d)), str(d)) for d in r.get("documents") or ())) for r in rows]
    bases = output_bases(charts)
    names = {}
    for r in rows:
        key = str(r["chart"])
        names[key] = str(r.get("json") or f"{bases[key]}.json")
    return names


def load_results(out_dir: str | Path) -> BatchResults:
    """The checked charts of a batch output folder, reduced to audit records (one JSON at a time)."""
    out = Path(out_dir)
    summary = out / SUMMARY_JSON
    if not out.is_dir():
        raise UsageError("E070", path=str(out), detail="it is not a folder")
    try:
        doc = json.loads(summary.read_text(encoding="utf-8"))
        rows = [r for r in doc["rows"] if isinstance(r, Mapping) and "chart" in r]
    except FileNotFoundError:
        raise UsageError("E070", path=str(out), detail=f"it has no {SUMMARY_JSON}; run 'srscheck batch' first") \
            from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise UsageError("E070", path=str(out), detail=f"{SUMMARY_JSON} cannot be read ({e})") from None
    names = _json_names(rows)
    records: list[ChartRecord] = []
    not_checked: list[dict[str, Any]] = []
    for row in sorted(rows, key=lambda r: str(r["chart"])):
        key = str(row["chart"])
        if row.get("status") != "checked":
            not_checked.append({"chart": key, "status": str(row.get("status")), "error": row.get("error")})
            continue
        try:
            chart = json.loads((out / names[key]).read_text(encoding="utf-8"))
            records.append(record(key, chart))
        except (OSError, ValueError, AttributeError, TypeError) as e:
            detail = f"its result {names[key]} cannot be read ({type(e).__name__})"
            not_checked.append({"chart": key, "status": "no_result", "error": detail})
    return BatchResults(out.resolve().name, records, not_checked)


# --------------------------------------------------------------------------------------------------
# The figures
# --------------------------------------------------------------------------------------------------


class _Group:
    """Counts for one physician, unit or month."""

    def __init__(self) -> None:
        self.courses = self.with_gaps = self.checks = self.gaps = 0
        self.claimed = self.contradicted = self.review = 0

    def add(self, r: ChartRecord) -> None:
        self.courses += 1
        self.with_gaps += 1 if r.gaps else 0
        self.checks += len(r.requirements)
        self.gaps += r.gaps
        self.claimed += len(r.verdicts)
        self.contradicted += sum(1 for _, v in r.verdicts if v == "contradicted")
        self.review += 1 if r.review else 0

    def to_json(self) -> dict[str, Any]:
        return {"courses": self.courses, "courses_with_gaps": self.with_gaps,
                "requirement_checks": self.checks, "gaps": self.gaps, "gap_rate": _rate(self.gaps, self.checks),
                "codes_claimed": self.claimed, "codes_contradicted": self.contradicted,
                "courses_needing_review": self.review}


def _groups(records: Iterable[ChartRecord], key: Any, name: str, label: Any = None) -> list[dict[str, Any]]:
    groups: dict[Any, _Group] = defaultdict(_Group)
    for r in records:
        groups[key(r)].add(r)
    out = []
    for k in sorted(groups, key=lambda k: (k is None, str(k))):
        entry = {name: k if k is not None else None}
        if label is not None:
            entry["label"] = label(k)
        out.append({**entry, **groups[k].to_json()})
    return out


def _chart_ref(r: ChartRecord) -> dict[str, Any]:
    return {"chart": r.key, "files": [{"file": f, "sha256": s} for f, s in r.files]}


def compute_audit(results: BatchResults) -> dict[str, Any]:
    """Every figure of the audit as plain JSON data (``audit.json``; the PDF draws the same)."""
    records = sorted(results.records, key=lambda r: r.key)
    verdicts = Counter(v for r in records for _, v in r.verdicts)

    req_checks: Counter[str] = Counter()
    req_status: dict[str, Counter[str]] = defaultdict(Counter)
    req_info: dict[str, tuple[str, str]] = {}
    cat_checks: Counter[str] = Counter()
    cat_gaps: Counter[str] = Counter()
    for r in records:
        cats: dict[str, bool] = {}
        for rid, cat, label, status in r.requirements:
            req_checks[rid] += 1
            req_status[rid][status] += 1
            req_info.setdefault(rid, (cat, label))
            cats[cat] = cats.get(cat, False) or status in NOT_MET
        for cat, gap in cats.items():
            cat_checks[cat] += 1
            cat_gaps[cat] += 1 if gap else 0
    requirements = []
    for rid in req_checks:
        gaps = req_status[rid]["partial"] + req_status[rid]["missing"]
        requirements.append({"id": rid, "label": req_info[rid][1], "category": req_info[rid][0],
                             "checks": req_checks[rid], "gaps": gaps, "missing": req_status[rid]["missing"],
                             "partial": req_status[rid]["partial"], "gap_rate": _rate(gaps, req_checks[rid])})
    requirements.sort(key=lambda q: (-q["gap_rate"], -q["gaps"], q["id"]))
    categories = [{"category": c, "label": category_label(c), "checks": cat_checks[c], "gaps": cat_gaps[c],
                   "gap_rate": _rate(cat_gaps[c], cat_checks[c])} for c in cat_checks]
    categories.sort(key=lambda c: (-c["gap_rate"], -c["gaps"], c["category"]))

    codes = _code_figures(records)
    months = _groups([r for r in records if r.month], lambda r: r.month, "month")
    dated = [r for r in records if r.first_date]
    totals = {
        "charts": sum(max(1, len(r.files)) for r in records),
        "courses": len(records),
        "not_checked": len(results.not_checked),
        "codes_claimed": sum(len(r.verdicts) for r in records),
        "codes_supported": verdicts["supported"],
        "codes_with_gaps": verdicts["gaps"],
        "codes_contradicted": verdicts["contradicted"],
        "codes_unchecked": verdicts["unchecked"],
        "courses_with_gaps": sum(1 for r in records if r.gaps),
        "courses_needing_review": sum(1 for r in records if r.review),
        "queries_raised": sum(r.queries for r in records),
        "requirement_checks": sum(req_checks.values()),
        "gaps": sum(q["gaps"] for q in requirements),
    }
    totals["gap_rate"] = _rate(totals["gaps"], totals["requirement_checks"])
    return {
        "schema": AUDIT_SCHEMA,
        "srscheck_version": __version__,
        "batch": results.folder,
        "period": {"first": min(r.first_date for r in dated).isoformat() if dated else None,
                   "last": max(r.last_date or r.first_date for r in dated).isoformat() if dated else None,
                   "months": [m["month"] for m in months], "undated_courses": len(records) - len(dated)},
        "totals": totals,
        "requirements": requirements,
        "categories": categories,
        "physicians": _groups(records, lambda r: r.physician, "physician"),
        "units": _groups(records, lambda r: r.unit, "unit",
                         lambda k: display_value(k) if k else NOT_DOCUMENTED),
        "codes": codes,
        "months": months,
        "courses_needing_review": [_chart_ref(r) | {"flags": r.review} for r in records if r.review],
        "not_checked": results.not_checked,
    }


def _code_figures(records: Sequence[ChartRecord]) -> list[dict[str, Any]]:
    per: dict[str, dict[str, Any]] = {}
    for r in records:
        verdict = dict(r.verdicts)
        for code, claimed, supported in r.units:
            c = per.setdefault(code, {"code": code, "courses_claiming": 0, "claimed_units": 0,
                                      "supported_units": 0, "over_claimed": [], "under_claimed": [],
                                      "not_claimed": [], "contradicted": []})
            c["courses_claiming"] += 1 if claimed else 0
            c["claimed_units"] += claimed
            c["supported_units"] += supported
            ref = _chart_ref(r) | {"claimed_units": claimed, "supported_units": supported}
            if claimed and supported < claimed:
                c["over_claimed"].append(ref)
            elif claimed and supported > claimed:
                c["under_claimed"].append(ref)
            elif not claimed and supported:
                c["not_claimed"].append(ref)
            if verdict.get(code) == "contradicted":
                c["contradicted"].append(_chart_ref(r))
    out = []
    for code in sorted(per):
        c = per[code]
        counts = {k: len(c[k]) for k in ("over_claimed", "under_claimed", "not_claimed", "contradicted")}
        out.append({"code": code, "courses_claiming": c["courses_claiming"], "claimed_units": c["claimed_units"],
                    "supported_units": c["supported_units"], "counts": counts,
                    "charts": {k: c[k] for k in counts}})
    return out


# --------------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------------


def audit_json(audit: Mapping[str, Any]) -> str:
    return json.dumps(audit, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def build_audit(out_dir: str | Path, *, pdf: str | Path | None = None,
                json_path: str | Path | None = None) -> dict[str, Any]:
    """Compute the audit of a batch output folder; write ``audit.json`` (in the folder unless
    ``json_path`` says otherwise) and, with ``pdf``, the PDF. Returns the figures."""
    audit = compute_audit(load_results(out_dir))
    write_text_atomic(Path(json_path) if json_path else Path(out_dir) / AUDIT_JSON, audit_json(audit))
    if pdf is not None:
        from .audit_pdf import write_audit_pdf  # deferred: reportlab only when the PDF is asked for

        write_audit_pdf(audit, Path(pdf))
    return audit


def closing_lines(audit: Mapping[str, Any]) -> Iterator[str]:
    t = audit["totals"]
    yield (f"Audit: {t['courses']} course(s), {t['charts']} chart(s); {t['codes_claimed']} code(s) claimed, "
           f"{t['codes_supported']} supported, {t['codes_with_gaps']} with gaps, {t['codes_contradicted']} "
           f"contradicted; gap rate {t['gap_rate']:.0%}; {t['courses_needing_review']} course(s) need review; "
           f"{t['queries_raised']} query(ies).")
