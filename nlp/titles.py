"""A document's title: the heading lines among its first lines, never a sentence of its note.

Every reader that asks what kind of document a part of a bundle is (a consultation, a record, a letter) reads its
title here. A word of the kind in a sentence near the top is no title: a pre-procedure note's "HPI: ... Consult
10/09 w/ Dr. X recommended SRS" does not make the note a consultation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

HEAD_LINES = 6  # a document's title stands in its first lines
TITLE_WORDS = 10  # a heading line is at most this many words ("SBRT liver 45 Gy / 3 fx - Course" is 9)
# a dictated note's run-on first line may open with its title as a sentence of its own ("radiosurgery follow up.
# patient is seen today ..."): a first sentence of at most this many words is that title
TITLE_SENTENCE_WORDS = 6
# a document's first line is its title or banner however long ("<clinic> - MEDICAL PHYSICS - INDEPENDENT DOSE
# CALCULATION (SECOND CHECK)   <patient>   <MRN>"), unless it is a sentence of the note
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# a date set apart at the end of a title's line, after a wide gap ("TUMOUR BOARD - MINUTES          Date: 03/02/2026"):
# the document's date stamp, no word of its title
_DATE_STAMP = re.compile(r"(?: {3,}| *\t[ \t]*)[^\n\d]{0,20}\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b[ \t]*$")


# a line of rule characters only ("=======", "-----"): an export's banner drawn between its header and its note
_RULE = re.compile(r"^[ \t]*[-=_*~#+]{4,}[ \t]*$")
_BANNER_LINES = 12  # ... among a document's first lines only


def head_end(text: str, start: int, end: int) -> int:
    """Where the first lines of the document ``text[start:end]`` end: its title, if any, is there. A rule line among
    them (an EHR export's "=====" drawn under its banner and around its patient header) ends a banner: the first
    lines are counted again after it, so a note titled under its export's banner ("RADIATION ONCOLOGY FOLLOW-UP
    NOTE" below the facility, print time, patient and encounter lines) is titled."""
    pos, seen = start, 0
    for i, line in enumerate(text[start:end].splitlines(keepends=True)):
        if seen >= HEAD_LINES:
            break
        pos += len(line)
        seen = 0 if i < _BANNER_LINES and _RULE.match(line.rstrip("\r\n")) else seen + 1
    return pos


def heading_lines(text: str, start: int, end: int) -> "Iterator[tuple[int, int]]":
    """The heading lines of ``text[start:end]``, each as its ``(start, end)``: a line of a few words
    (:data:`TITLE_WORDS`, a date stamp set apart at its end not counted), or the first non-blank line when it is no
    sentence (a banner however long); not a sentence of the note ("... declined lobectomy after thoracic surgery
    consultation"). A first line that runs on into the note (dictation: "radiosurgery follow up. patient is seen
    today ...") gives its first sentence when that is a title's few words (:data:`TITLE_SENTENCE_WORDS`)."""
    pos, first = start, True
    for line in text[start:end].splitlines(keepends=True):
        stop = _SENTENCE_END.search(line)
        stamp = _DATE_STAMP.search(line.rstrip("\r\n"))
        if len(line[:stamp.start() if stamp else len(line)].split()) <= TITLE_WORDS or \
                (first and line.strip() and not stop):
            yield pos, pos + len(line)
        elif first and stop is not None and len(line[:stop.start()].split()) <= TITLE_SENTENCE_WORDS:
            yield pos, pos + stop.end()
        first = first and not line.strip()
        pos += len(line)


def heading_match(pattern: "re.Pattern[str]", text: str, start: int, end: int) -> "re.Match[str] | None":
    """The first match of ``pattern`` on a heading line of ``text[start:end]`` (:func:`heading_lines`)."""
    for lo, hi in heading_lines(text, start, end):
        m = pattern.search(text, lo, hi)
        if m:
            return m
    return None


def titled(pattern: "re.Pattern[str]", text: str, start: int, end: int) -> "re.Match[str] | None":
    """``pattern`` in the title of the document ``text[start:end]`` (:func:`heading_match` over its first lines)."""
    return heading_match(pattern, text, start, head_end(text, start, end))


def in_title(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``at`` lies on a heading line of the title of the document ``text[start:end]`` (:func:`heading_lines`
    over its first lines)."""
    return any(lo <= at < hi for lo, hi in heading_lines(text, start, head_end(text, start, end)))


__all__ = ["HEAD_LINES", "TITLE_WORDS", "head_end", "heading_lines", "heading_match", "in_title", "titled"]
