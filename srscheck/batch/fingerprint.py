"""What makes a chart's check repeatable: the chart's bytes, the claimed codes, the templates in force."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Sequence

from srscheck import __version__
from srscheck.checklists.templates import default_store as template_store
from srscheck.corrections import default_store as corrections_store

from .inputs import Chart


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None when it is not a regular file (a FIFO would block) or unreadable."""
    h = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def chart_sha256(chart: "Chart") -> str | None:
    """The chart file's hash; for a course, a hash over its documents' names and hashes."""
    if not chart.documents:
        return file_sha256(chart.path)
    h = hashlib.sha256()
    for doc in chart.documents:
        digest = file_sha256(doc.path)
        if digest is None:
            return None
        h.update(f"{doc.key}\0{digest}\n".encode())
    return h.hexdigest()


def reading_sha256(chart: "Chart") -> str | None:
    """The SHA-256 the reader gives the chart (its file's; for a course, over its documents' hashes):
    the key of its saved corrections."""
    if not chart.documents:
        return file_sha256(chart.path)
    digests = [file_sha256(doc.path) for doc in chart.documents]
    if any(d is None for d in digests):
        return None
    return hashlib.sha256("".join(digests).encode("ascii")).hexdigest()  # type: ignore[arg-type]


def templates_fingerprint() -> str:
    """A hash of the effective checklist templates, as the template store sees them."""
    return template_store().fingerprint()


def corrections_fingerprint(file_hash: str | None) -> str:
    """A hash of the corrections saved for a chart ("" when none): a saved correction re-checks it."""
    if file_hash is None:
        return ""
    try:
        data = corrections_store().path(file_hash).read_bytes()
    except OSError:
        return ""
    return hashlib.sha256(data).hexdigest()


def job_digest(file_hash: str | None, codes: Sequence[str], templates: str, corrections: str = "") -> str | None:
    if file_hash is None:
        return None
    parts = [file_hash, ",".join(codes), templates, __version__] + ([corrections] if corrections else [])
    text = "\0".join(parts)
    return hashlib.sha256(text.encode()).hexdigest()
