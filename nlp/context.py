"""Where a span of the chart stands: its sentence, section, ConText modifiers and the course's dates.

:class:`TextContext` answers "does this span count?" for every fact finder (facts, lesions,
quantities); it is built once per chart from the processed spaCy Doc.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from srscheck.core.model import Document, Scope, counts, modifiers_at, section_at

from .vocab import Vocabulary

# A section ends at the next labelled line ("Simulation:"), heading line ("Current course") or page break.
_LABEL_START = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z0-9 /&()'-]{0,40}:|^[ \t]*[A-Z][A-Za-z0-9 /&()'-]{1,40}[ \t]*$|\f")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


@dataclass
class TextContext:
    """Answers "does this span count?" for any span of the text: ConText scopes, sections and dates."""

    document: Document
    sentences: list[tuple[int, int]]
    scopes: list[Scope]
    sections: list[tuple[int, int, str]]
    course_year: int | None

    def sentence_index(self, offset: int) -> int:
        starts = [s for s, _ in self.sentences]
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    def sentence(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return 0, len(self.document.text)
        return self.sentences[self.sentence_index(offset)]

    def section_at(self, offset: int) -> str | None:
        return section_at(self.sections, offset)

    def modifiers(self, start: int, end: int) -> tuple[str, ...]:
        return modifiers_at(self.scopes, self.sections, start, end)

    def counts(self, start: int, end: int) -> bool:
        return counts(self.modifiers(start, end))


def _sections(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """medspaCy's sections, each clipped at the next labelled line ("Simulation:") or page break."""
    out: list[tuple[int, int, str]] = []
    secs = list(getattr(doc._, "sections", []) or [])
    label_starts = [m.start() for m in _LABEL_START.finditer(text)]
    for sec in secs:
        cat = sec.category
        if not cat or sec.body_end <= sec.title_start:
            continue
        start = doc[sec.title_start].idx
        body_start = doc[min(sec.body_start, len(doc) - 1)].idx if sec.body_end > sec.body_start else start
        last = doc[sec.body_end - 1]
        end = last.idx + len(last.text)
        nxt = [p for p in label_starts if p > body_start + 1]
        if nxt:
            end = min(end, nxt[0])
        out.append((start, end, cat))
    return out


def _form_negations(text: str, vocab: Vocabulary) -> list[Scope]:
    """Forms say "not used" without words: an unchecked box, or a field answered No / None / N/A."""
    out = []
    box = vocab.patterns["checkbox"]
    pos = 0
    for line in text.splitlines(keepends=True):
        boxes = list(box.finditer(line))
        if boxes:
            prefix = line[:boxes[0].start()].strip()
            label_first = bool(prefix) and not prefix.endswith(":")
            for i, m in enumerate(boxes):
                if m.group("ticked"):
                    continue
                if label_first:
                    s = boxes[i - 1].end() if i else 0
                    e = m.start()
                else:
                    s = m.end()
                    e = boxes[i + 1].start() if i + 1 < len(boxes) else len(line.rstrip("\n"))
                label = line[s:e]
                cut = re.split(r"\t|\s{3,}", label.strip())  # the cell next to the box, not the whole row
                word = cut[-1] if label_first else cut[0]
                if word:
                    k = line.find(word, s, e) if not label_first else line.rfind(word, s, e)
                    out.append(Scope(pos + k, pos + k + len(word), "NEGATED_EXISTENCE"))
        pos += len(line)
    for m in vocab.patterns["negated_field"].finditer(text):
        if m.group("label").strip():
            out.append(Scope(m.start("label"), m.end("label"), "NEGATED_EXISTENCE"))
    return out


def _years(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """(offset, year) of every year written in the text (dates and bare years)."""
    out = []
    for m in vocab.patterns["year"].finditer(text):
        out.append((m.start(), int(m.group("y"))))
    for start, _end, day in treatment_dates(text, vocab):  # valid dates only: "20/20/18 Gy" is no date
        out.append((start, day.year))
    return sorted(set(out))


def treatment_dates(text: str, vocab: Vocabulary) -> list[tuple[int, int, date]]:
    """(start, end, date) for each full date in the text."""
    out = []
    for m in vocab.patterns["date"].finditer(text):
        try:
            if m.group("y"):
                y = int(m.group("y"))
                y = y + 2000 if y < 100 else y
                d = date(y, int(m.group("m")), int(m.group("d")))
            elif m.group("y2"):
                d = date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
            elif m.group("y3"):
                d = date(int(m.group("y3")), _MONTHS[m.group("mon").lower()[:3]], int(m.group("d3")))
            else:
                d = date(int(m.group("y4")), _MONTHS[m.group("mon4").lower()[:3]], int(m.group("d4")))
        except (ValueError, KeyError, TypeError):
            continue
        out.append((m.start(), m.end(), d))
    return out


_BIRTH = re.compile(r"\b(?:dob|born|birth|mrn|d\.o\.b)\b", re.IGNORECASE)


def is_birth_date(text: str, offset: int) -> bool:
    """A date (or year) right after "DOB"/"born"/"MRN" on its line is the patient's, not the course's."""
    line_start = text.rfind("\n", 0, offset) + 1
    return _BIRTH.search(text[max(line_start, offset - 25):offset]) is not None


def _course_year(text: str, vocab: Vocabulary) -> int | None:
    """The year of this course: the latest full date in the chart that is not a birth date."""
    years = [d.year for s, _e, d in treatment_dates(text, vocab) if not is_birth_date(text, s)]
    return max(years) if years else None


def build_context(document: Document, doc: Doc, vocab: Vocabulary) -> TextContext:
    text = document.text
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    scopes: list[Scope] = []
    graph = getattr(doc._, "context_graph", None)
    for mod in (graph.modifiers if graph is not None else []):
        if mod.direction.upper() == "TERMINATE" or mod.category == "TERMINATE":
            continue  # a terminator ("but", "except") ends other cues' scope; it modifies nothing itself
        s, e = mod.scope_span
        if e <= s:
            continue
        scopes.append(Scope(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), mod.category))
    scopes.extend(_form_negations(text, vocab))
    sections = _sections(doc, text)
    year = _course_year(text, vocab)
    ctx = TextContext(document, sentences, scopes, sections, year)
    if year is not None:
        earliest: dict[int, int] = {}  # sentence index -> earliest year written in it
        for off, y in _years(text, vocab):
            if not is_birth_date(text, off):
                i = ctx.sentence_index(off)
                earliest[i] = min(y, earliest.get(i, y))
        for i, y in sorted(earliest.items()):
            if y < year:  # a sentence about an earlier year is about an earlier course
                s, e = sentences[i]
                ctx.scopes.append(Scope(s, e, "HISTORICAL"))
    return ctx
