"""Addenda and amendments: the chart's own corrections of what it said earlier.

A document titled as an addendum or amendment ("ADDENDUM to Gamma Knife Procedure Note"), a bracketed
"[Amended 11/05/2026 ...: ...]" note and a paragraph that starts "Addendum:" or "Correction:" are the
author's correction of the record. What they state rules over the statements they correct, and the
disagreement is then no contradiction for the coder to review: a count statement made in an amendment
("correction - ONE target only") outranks the count it corrects; a positioning device the amendment says was
not used ("no mask was used"; the mask line was template text in error) is dropped without a review flag.

A device the chart affirms in one place and denies in another with no amendment (a summary's "Leksell frame
placed", the delivery record's "Frame: none" beside its mask) is a contradiction: the denied device is
dropped and a review flag quotes both.
"""

from __future__ import annotations

import re

from srscheck.core.model import Document

from .titles import titled
from .vocab import Vocabulary

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\f")


def _parts(document: Document) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in document.parts] or [(0, len(document.text))]


def amendment_spans(document: Document, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where the chart corrects itself: a whole document titled as an addendum or amendment, a bracketed
    amendment note up to its closing bracket, a paragraph opened by "Addendum:"/"Correction:"."""
    text, pats = document.text, vocab.patterns
    out: list[tuple[int, int]] = []
    for start, end in _parts(document):
        if titled(pats["amendment_title"], text, start, end):
            out.append((start, end))
            continue
        for m in pats["amendment_marker"].finditer(text, start, end):
            if m.group(0).lstrip().startswith("["):
                close = text.find("]", m.end(), end)
                if close >= 0:
                    out.append((m.start(), close + 1))
                    continue
            para = _PARAGRAPH_END.search(text, m.end(), end)
            out.append((m.start(), para.start() if para else end))
    return out


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)


def amended_counts(counts: list, spans: list[tuple[int, int]]) -> list:
    """Count statements ``(n, start, end, ...)``: those an amendment makes when there are any (it corrects the
    others), else all."""
    amended = [c for c in counts if inside(spans, c[1])]
    return amended or counts


__all__ = ["amendment_spans", "amended_counts", "inside"]
