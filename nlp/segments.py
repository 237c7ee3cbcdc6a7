"""The documents inside one file: a combined PDF or a long export holds many documents (a consultation, a plan, a
treatment record, a fee schedule, an authorisation, another patient's misfiled page ...), one after another.

Each is judged for its kind, status, date and patient as a file of a bundle is (:func:`segmented` gives the chart
with one part per document); evidence still names the file and its page.

A document starts at a title line: a heading line of a few words (:mod:`titles`) that names a kind of document
(``document_title_keys``), at the top of a page (below a letterhead) or half-way down one after a blank or a rule
line. A title that repeats the open document's title ("Consultation (continued)", the same title on its next page)
continues it; so does a line that says so ("continued"). One file with one document keeps its single span.
"""

from __future__ import annotations

import re
from dataclasses import replace

from srscheck.core.model import Document, DocumentPart

from .titles import TITLE_WORDS
from .vocab import Vocabulary

# the titles that open a document of a chart (each a pattern of ``patterns.yaml``)
DOCUMENT_TITLE_KEYS = ("record_title", "plan_title", "consult_title", "follow_up_title", "request_title",
                       "billing_title", "report_title", "physics_check_title", "other_service_title", "void_title",
                       "order_title", "query_title", "general_text_title", "earlier_course_title",
                       "document_title")
PAGE_HEAD_LINES = 3  # a title among a page's first non-blank lines (below a letterhead) opens the page
_RULE = re.compile(r"^[ \t]*[-=_*~#+]{4,}[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "Prescription: 50 Gy in 5", "Prescription<TAB>45 Gy in 3 fractions": a field of a form, no title (a title's date
# set apart after a tab is no value: "[2] RADIATION ONCOLOGY CONSULT<TAB>06/16/2026<TAB><author>")
_FIELD = re.compile(r"^[^\t:]{1,40}(?::[ \t]*\S|\t[ \t]*(?!\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b)\S)")
_DATE_STAMP = re.compile(r"(?: {3,}| *\t[ \t]*)\S.*$")
_CONTINUED = re.compile(r"\bcont(?:inued|'d|d\.?)\b|\(cont\.?\)", re.I)
MIN_DOCUMENT_CHARS = 40  # a "document" of fewer characters after its title is a heading of the open one


def _title_words(line: str) -> str:
    """The line's words before a wide gap or a tab (a title with its date and author set apart after it)."""
    return _DATE_STAMP.sub("", line.strip())


def _title_kind(line: str, vocab: Vocabulary) -> str | None:
    """The kind of document the line titles (a pattern key), or None when it is no title line."""
    core = _title_words(line)
    if not core or len(core.split()) > TITLE_WORDS or _SENTENCE_END.search(core.rstrip(".")):
        return None
    if _FIELD.match(line.strip()) or _CONTINUED.search(line):
        return None
    pats = vocab.patterns
    for key in DOCUMENT_TITLE_KEYS:
        pat = pats.get(key) if hasattr(pats, "get") else None
        if pat is not None and pat.search(core):
            return key
    return None


def _starts(text: str, start: int, end: int, vocab: Vocabulary) -> list[tuple[int, str]]:
    """Where the documents of ``text[start:end]`` (one file) start, each with its title's words."""
    out: list[tuple[int, str]] = []
    seen, blank_before, page_top = 0, True, True
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        here = pos
        pos += len(line)
        if page_top and not seen:
            page_start = here
        if not line.strip() or _RULE.match(line.rstrip("\r\n\f")):
            blank_before = True
        else:
            seen += 1
            top = page_top and seen <= PAGE_HEAD_LINES
            if (top or blank_before) and _title_kind(line, vocab):
                words = _title_words(line).lower()
                if not out or words != out[-1][1]:  # the open document's title again: its next page
                    out.append((page_start if top else here, words))
            blank_before = False
        if line.endswith("\f"):
            seen, blank_before, page_top = 0, True, True
    return out


def document_spans(document: Document, vocab: Vocabulary) -> list[tuple[int, int, int | None]]:
    """``(start, end, file)`` of each document of the chart: the files of a bundle split at their documents' titles
    (``file`` its 0-based index; None for a single file). Empty when no file holds more than one document."""
    text = document.text
    files = [(p.start, p.end, k) for k, p in enumerate(document.parts)] or [(0, len(text), None)]
    out: list[tuple[int, int, int | None]] = []
    split = False
    for lo, hi, k in files:
        cuts = [lo]
        for at, _w in _starts(text, lo, hi, vocab):
            if at > cuts[-1] and len(text[cuts[-1]:at].strip()) >= MIN_DOCUMENT_CHARS:
                cuts.append(at)  # (a title with nothing before it but a letterhead opens the file's first document)
        bounds = list(zip(cuts, cuts[1:] + [hi]))
        split = split or len(bounds) > 1
        out += [(a, b, k) for a, b in bounds]
    return out if split else []


def segmented(document: Document, vocab: Vocabulary) -> Document:
    """The chart with one part per document (:func:`document_spans`), each part naming its file; the chart itself
    when no file holds more than one document."""
    spans = document_spans(document, vocab)
    if not spans:
        return document
    parts = []
    for a, b, k in spans:
        f = document.parts[k] if k is not None else None
        parts.append(DocumentPart(f.file if f else document.file, f.sha256 if f else document.sha256,
                                  f.pages if f else len(document.pages), a, b, f.ocr if f else document.ocr,
                                  file_index=k, segment=True))
    return replace(document, parts=tuple(parts))


__all__ = ["DOCUMENT_TITLE_KEYS", "document_spans", "segmented"]
