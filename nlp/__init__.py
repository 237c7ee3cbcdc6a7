"""Reading charts: PDF/text -> :class:`nlp.model.Document` -> spaCy/medspaCy -> :class:`nlp.model.Reading`."""

from __future__ import annotations

import gc
from pathlib import Path

from srscheck.core.model import ChartFacts, Document, Reading

_reader = None


def get_reader():
    """The loaded chart reader (the spaCy pipeline is built once per process)."""
    global _reader
    if _reader is None:
        # The cyclic garbage collector waits while spaCy is imported and the pipeline built: each of its
        # passes would walk the growing heap of long-lived objects, for nothing to collect (about a
        # tenth of the start's CPU time).
        enabled = gc.isenabled()
        gc.disable()
        try:
            from .pipeline import ChartReader  # deferred: importing srscheck.nlp must not import spaCy

            _reader = ChartReader()
        finally:
            if enabled:
                gc.enable()
    return _reader


def read_chart(path: str | Path) -> Reading:
    """Read a chart file (PDF, .txt, or a TIFF/PNG/JPEG image of pages) into facts with evidence."""
    return get_reader().read(Path(path))


def read_course(paths) -> Reading:
    """Read several chart files (PDF, .txt, images) as one course; one path reads exactly as :func:`read_chart`."""
    paths = [Path(p) for p in paths]
    if len(paths) == 1:
        return read_chart(paths[0])
    return get_reader().read_course(paths)


def read_text(text: str, file: str = "chart.txt") -> Reading:
    """Read chart text (page 1 only) into facts with evidence."""
    return get_reader().read_text(text, file=file)


__all__ = ["read_chart", "read_course", "read_text", "get_reader", "ChartFacts", "Document", "Reading"]
