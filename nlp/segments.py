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
                       "order_title", "query_title", "cover_title", "general_text_title", "earlier_course_title",
                       "document_title")
PAGE_HEAD_LINES = 3  # a title among a page's first non-blank lines (below a letterhead) opens the page
_RULE = re.compile(r"^[ \t]*[-=_*~#+]{4,}[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "Prescription: 50 Gy in 5", "Prescription<TAB>45 Gy in 3 fractions": a field of a form, no title (a title's date
# set apart after a tab is no value: "[2] RADIATION ONCOLOGY CONSULT<TAB>06/16/2026<TAB><author>")
_FIELD = re.compile(r"^[^\t:]{1,40}(?::[ \t]*\S|\t[ \t]*(?!\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b)\S)")
_DATE_STAMP = re.compile(r"(?: {3,}| *\t[ \t]*)\S.*$")
MIN_DOCUMENT_CHARS = 40  # a "document" of fewer characters after its title is a heading of the open one


def _title_words(line: str, vocab: Vocabulary) -> str:
    """The line's words before a wide gap or a tab (a title with its date and author set apart after it), without
    an export's label before them."""
    line = vocab.patterns["document_label"].sub("", line.strip()).split(" | ")[0]
    return _DATE_STAMP.sub("", line.strip())


def _title_kind(line: str, vocab: Vocabulary) -> str | None:
    """The kind of document the line titles (a pattern key), or None when it is no title line."""
    core = _title_words(line, vocab)
    if not core or len(core.split()) > TITLE_WORDS or _SENTENCE_END.search(core.rstrip(".")):
        return None
    pats = vocab.patterns
    if (_FIELD.match(line.strip()) and not pats["document_label"].match(line)) or \
            pats["continued_title"].search(line):
        return None
    for key in DOCUMENT_TITLE_KEYS:
        pat = pats.get(key) if hasattr(pats, "get") else None
        if pat is not None and pat.search(core):
            return key
    return None


def _closes(line: str, vocab: Vocabulary) -> bool:
    """Whether the line closes a document: its signature or attestation ("Electronically signed: ...", "Physician
    approval: ... 06/26/2026") or a rule line of an export."""
    return bool(_RULE.match(line.rstrip("\r\n\f")) or vocab.patterns["document_closing"].search(line))


def _headed(lines: list[str], vocab: Vocabulary) -> bool:
    """Whether the lines under a title open a document: a field of its header (date, patient, author) or a first
    sentence that dates it, among its first lines; a log's rows ("1  03/02/2026  10 Gy") are no header, nor is a
    sign-off's date ("Initialled: front desk 09/04/2026" under a short form's ticked lines closes that form, the page of
    the document before it)."""
    pat = vocab.patterns["document_header_field"]
    for line in lines[:HEADER_LINES]:
        if _closes(line, vocab):
            continue
        if pat.search(line) or (_DATE.search(line) and not _LOG_ROW.match(line)):
            return True
    return False


HEADER_LINES = 4  # a document's header (date, patient, author) stands in its first lines under the title
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_LOG_ROW = re.compile(r"^[ \t]*(?:fx\s*)?#?\d{1,2}\b[ \t]")


def _starts(text: str, start: int, end: int, vocab: Vocabulary) -> list[tuple[int, str]]:
    """Where the documents of ``text[start:end]`` (one file) start, each with its title's words: a title line among
    a page's first lines that heads a document (:func:`_headed`) or follows the close of the one before it
    (:func:`_closes`: its signature); a title line half-way down a page after a blank line that follows such a
    close. A section's heading inside a note ("Prescription", "Treatment record") neither follows a close nor, below
    a page's top, opens one. A cover sheet (a fax's, a release's) sends the documents after it: its page closes it,
    and the next page opens the first document it sends, titled or not."""
    out: list[tuple[int, str]] = []
    lines = text[start:end].splitlines(keepends=True)
    offsets, pos = [], start
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    seen, page_start, closed, page_closed = 0, start, True, True
    cover = sent = False  # the open document is a cover sheet (a fax's, a release's) / this page follows one
    for i, line in enumerate(lines):
        here = offsets[i]
        if not seen and not line.strip():
            page_start = here
        if line.strip() and not _RULE.match(line.rstrip("\r\n\f")):
            seen += 1
            top = seen <= PAGE_HEAD_LINES
            kind = _title_kind(line, vocab)
            if kind and (closed or vocab.patterns["document_label"].match(line) or (top and (page_closed or _headed(
                    [ln for ln in lines[i + 1:i + 1 + 2 * HEADER_LINES] if ln.strip()], vocab)))):
                words = _title_words(line, vocab).lower()
                if not out or words != out[-1][1]:  # the open document's title again: its next page
                    out.append((page_start if top else here, words))
                    cover = kind == "cover_title"
            elif sent and top:  # the page after a cover sheet: the first document it sends, titled or not
                out.append((page_start, _title_words(line, vocab).lower()))
                cover = False
            sent = False
        if line.strip():
            closed = _closes(line, vocab)
        if line.endswith("\f"):  # a cover sheet sends the documents after it: its page closes it
            seen, page_closed, page_start, sent = 0, closed or cover, offsets[i] + len(line), cover
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
        if len(cuts) > 1 and not any(_title_kind(ln, vocab) for ln in text[lo:cuts[1]].splitlines()):
            del cuts[1]  # what stands before the file's first title is its header (an export's banner, the patient's
            # lines, a letterhead), no document of its own: it heads the first document
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
