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
from dataclasses import replace
from typing import TYPE_CHECKING

from srscheck.core.model import Document

from .quantities import SAME_GY, apart, near
from .titles import titled
from .vocab import Vocabulary

if TYPE_CHECKING:
    from .quantities import DoseStatement

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


def _total(d: "DoseStatement") -> bool:
    """A statement of a course total (not a dose per fraction) that counts for this course."""
    return d.counts and d.total_gy is not None and d.kind != "dose_per_fraction"


_SENTENCE_END = re.compile(r"(?<!\d)\.(?=\s)")
_CLAUSE_END = re.compile(r"[;]")


def _quoted_wrong(text: str, vocab: Vocabulary, d: "DoseStatement", s: int, e: int,
                  later: tuple["DoseStatement", ...] = ()) -> bool:
    """Whether the amendment at s..e quotes the dose ``d`` as the wrong statement it corrects: words of its own
    sentence before it say so (``amendment_wrong``: "the impression ... was mis-transcribed and reads ninety gray";
    no ``amendment_right`` after them: "... in error; it should read 18 Gy" gives the right one), or words after it
    in its clause, before the next total (``later``: the amendment's totals; not the entry's own dose per fraction),
    say so ("the summary entry '35 Gy / 5' was entered in error", "The value 24 Gy above was a transcription error"),
    or the sentence after it does ("... reads ninety gray. That is incorrect.")."""
    pats = vocab.patterns
    start = max([s] + [m.end() for m in _SENTENCE_END.finditer(text, s, d.start)])
    wrong = None
    for wrong in pats["amendment_wrong"].finditer(text, start, d.start):
        pass
    if wrong is not None and not pats["amendment_right"].search(text, wrong.end(), d.start):
        return True
    stop = _SENTENCE_END.search(text, d.end, e)
    clause = _CLAUSE_END.search(text, d.end, stop.start() if stop else e)
    # (its entry's dose per fraction after it, "35 Gy / 5, 7 Gy", is the same entry)
    per = d.total_gy / d.fractions if d.total_gy and d.fractions and d.fractions > 1 else None
    upto = min([clause.start() if clause else (stop.start() if stop else e)] +
               [o.start for o in later if o.start > d.end and not (per and near(o.total_gy, per, SAME_GY))])
    after = pats["amendment_wrong"].search(text, d.end, upto)  # 'The summary entry "35 Gy / 5" was entered in error'
    if after is not None and not pats["amendment_right"].search(text, d.end, after.start()):
        return True
    return stop is not None and pats["amendment_wrong_after"].match(text[stop.end():e]) is not None


def amended_doses(document: Document, vocab: Vocabulary, doses: list["DoseStatement"]) -> list["DoseStatement"]:
    """The doses with those the chart's own amendment corrects made superseded (role "superseded", counting for
    nothing): an amendment that says it corrects what was written (``amendment_corrects``: "correction to the
    'Dose delivered' line above") and states one total dose T ("The dose delivered was 1600 cGy in 1 fraction")
    replaces a total written before it, outside any amendment, in the same fraction count, that no amendment and
    nothing after it repeats. Which dose it replaces must be plain: the amendment quotes it ("1800 cGy was never
    delivered"), or it is the one other total written before the amendment (a course of several lesions, each
    with its dose, keeps them all). A dose the amendment quotes as the wrong one (:func:`_quoted_wrong`: "reads
    ninety gray. That is incorrect.") is none of its own: it is replaced with the statement it quotes."""
    spans = amendment_spans(document, vocab)
    if not spans:
        return doses
    text, pats = document.text, vocab.patterns
    gone: set[int] = set()
    for s, e in spans:
        if not pats["amendment_corrects"].search(text, s, e):
            continue
        totals = tuple(d for d in doses if s <= d.start < e and _total(d))
        wrong = {i for i, d in enumerate(doses)
                 if s <= d.start < e and _total(d) and _quoted_wrong(text, vocab, d, s, e, totals)}
        mine = [d for i, d in enumerate(doses) if s <= d.start < e and _total(d) and i not in wrong]
        own = {d.total_gy for d in mine}
        for i in wrong:  # a total the amendment calls wrong and never gives as right itself (one target's entry
            # among several: 'total dose for T6 corrected to 30 Gy ... The summary entry "35 Gy / 5" was entered in
            # error'): that total, written outside any amendment in the same count, is the wrong entry
            w = doses[i]
            if any(near(w.total_gy, g, SAME_GY) for g in own):  # type: ignore[arg-type]
                continue
            gone.add(i)
            gone.update(j for j, d in enumerate(doses) if _total(d) and not inside(spans, d.start)
                        and near(d.total_gy, w.total_gy, SAME_GY)  # type: ignore[arg-type]
                        and (d.fractions is None or w.fractions is None or d.fractions == w.fractions))
        if len(own) != 1:
            continue
        new = mine[0]
        quoted = {d.total_gy for d in doses if s <= d.start < e and d.total_gy is not None}
        later = {d.total_gy for i, d in enumerate(doses) if d.start >= s and _total(d) and i not in wrong}
        gone.update(i for i in wrong if apart(doses[i].total_gy, new.total_gy, SAME_GY))  # type: ignore[arg-type]
        old = [i for i, d in enumerate(doses) if d.end <= s and _total(d) and not inside(spans, d.start)
               and apart(d.total_gy, new.total_gy, SAME_GY) and d.total_gy not in later  # type: ignore[arg-type]
               and (d.fractions is None or new.fractions is None or d.fractions == new.fractions)]
        before = {d.total_gy for d in doses if d.end <= s and _total(d) and not inside(spans, d.start)
                  and apart(d.total_gy, new.total_gy, SAME_GY)}  # type: ignore[arg-type]
        gone.update(i for i in old if doses[i].total_gy in quoted or len(before) == 1)
    return [replace(d, role="superseded", counts=False) if i in gone else d for i, d in enumerate(doses)]


__all__ = ["amended_doses", "amendment_spans", "amended_counts", "inside"]
