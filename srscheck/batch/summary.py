"""summary.csv and summary.json: sorted by chart, no times, the same bytes for any worker count."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from srscheck import __version__

from .jobs import write_atomic

SUMMARY_FIELDS = ("chart", "status", "claimed_codes", "verdicts", "gaps", "suggested_codes", "pages",
                  "claim_row", "error",
                  # added for the audit (new columns go at the end; the ones above keep their place)
                  "physician", "first_treatment_date", "last_treatment_date", "review_flags", "documents")
# Exit statuses of ``srscheck batch`` (documented in its --help).
EXIT_OK, EXIT_INTERNAL, EXIT_UNREADABLE, EXIT_NOT_WRITTEN, EXIT_INTERRUPTED = 0, 1, 3, 4, 130
# statuses of a chart that could not be read, under the bounds or not (exit status 3)
UNREADABLE = ("error", "too_large", "timed_out")
SUMMARY_CSV = "summary.csv"
SUMMARY_JSON = "summary.json"


@dataclass
class BatchOutcome:
    rows: list[dict[str, Any]]
    skipped: int = 0
    interrupted: bool = False
    unclaimed: list[str] = field(default_factory=list)  # charts with no row in the claims file
    unmatched_claims: list[str] = field(default_factory=list)  # claims rows that match no chart

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r["status"] == status)

    @property
    def exit_status(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.count("failed"):
            return EXIT_INTERNAL
        if self.count("not_written"):
            return EXIT_NOT_WRITTEN
        if any(self.count(s) for s in UNREADABLE):
            return EXIT_UNREADABLE
        return EXIT_OK


def _csv_row(row: Mapping[str, Any]) -> dict[str, str]:
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, list):
            return ";".join(map(str, value))
        if isinstance(value, dict):
            return ";".join(f"{k}={v}" for k, v in value.items())
        return str(value)

    return {k: spreadsheet_safe(cell(row.get(k))) for k in SUMMARY_FIELDS}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection): a leading
    = + - @ (or tab / carriage return) gets a ' in front."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def summary_json(outcome: BatchOutcome) -> str:
    doc: dict[str, Any] = {
        "srscheck_version": __version__,
        "charts": len(outcome.rows),
        "checked": outcome.count("checked"),
        "unreadable": outcome.count("error"),
        "too_large": outcome.count("too_large"),
        "timed_out": outcome.count("timed_out"),
        "not_written": outcome.count("not_written"),
        "failed": outcome.count("failed"),
        "no_claim_row": list(outcome.unclaimed),
        "claims_without_chart": list(outcome.unmatched_claims),
        "rows": outcome.rows,
    }
    if outcome.interrupted:
        doc["interrupted"] = True
        doc["not_checked"] = outcome.count("not_checked")
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def summary_csv(outcome: BatchOutcome) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=SUMMARY_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in outcome.rows:
        writer.writerow(_csv_row(row))
    return buf.getvalue()


def write_summary(out: Path, outcome: BatchOutcome) -> None:
    write_atomic(out / SUMMARY_CSV, summary_csv(outcome))
    write_atomic(out / SUMMARY_JSON, summary_json(outcome))
