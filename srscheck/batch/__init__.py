"""``srscheck batch``: check many charts, one JSON per chart, and a summary for the audit.

Charts run in worker processes that each load the reading pipeline once. Every chart's outputs are
written atomically as it finishes and recorded in a manifest, so an interrupted run keeps its work
and a second run skips the charts whose bytes, claimed codes and templates have not changed.
The summary (``summary.csv`` and ``summary.json``) is sorted by chart and holds no times, so the
same inputs give the same bytes whatever the number of workers.

Modules, one job each: ``inputs`` (files, folders, globs), ``claims`` (the claims file),
``fingerprint`` (what makes a check repeatable), ``manifest`` (finished charts), ``jobs`` (one chart
in a worker), ``run`` (the pool), ``summary`` (summary.csv/json), ``progress``, ``cli``; the coding
audit: ``chartdoc`` (what the audit reads from one chart's JSON), ``audit`` (the figures, audit.json),
``audit_pdf`` (the PDF).
"""

from .audit import build_audit, compute_audit, load_results
from .claims import Claims, load_claims, parse_claims
from .cli import register, register_audit
from .inputs import Chart, collect_charts, output_bases
from .jobs import Job, check_chart
from .manifest import MANIFEST, Manifest
from .run import run_batch
from .summary import SUMMARY_CSV, SUMMARY_JSON, BatchOutcome

__all__ = [
    "MANIFEST", "SUMMARY_CSV", "SUMMARY_JSON", "BatchOutcome", "Chart", "Claims", "Job", "Manifest",
    "build_audit", "check_chart", "collect_charts", "compute_audit", "load_claims", "load_results", "output_bases",
    "parse_claims", "register", "register_audit", "run_batch",
]
