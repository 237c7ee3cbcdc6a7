"""The data the reader produces: a document with page geometry, and the chart facts with evidence.

Everything here is a frozen dataclass of plain values (no spaCy or Qt objects), so a reading can be
pickled to a batch worker, compared in tests and serialised byte for byte the same every time.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Callable, Iterable

from .sentences import sentence_bounds

# --------------------------------------------------------------------------------------------------
# Document: what the PDF reader returns
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a page in PDF points, origin top-left (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: "Box") -> "Box":
        return Box(min(self.x0, other.x0), min(self.top, other.top),
                   max(self.x1, other.x1), max(self.bottom, other.bottom))


@dataclass(frozen=True, slots=True)
class Word:
    """One word as read from the page; ``start``/``end`` are offsets into ``Document.text``."""

    text: str
    box: Box
    start: int
    end: int
    confidence: float = 100.0  # OCR's confidence in the word (0-100); a text layer's word is sure


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int  # offsets into Document.text (start == end for an empty cell)
    end: int


@dataclass(frozen=True)
class Table:
    """A table read from a page: ``header`` is the first row when it looks like column titles."""

    page: int
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    box: Box | None = None


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    start: int  # this page's text is Document.text[start:end]
    end: int
    words: tuple[Word, ...] = ()
    rotation: int = 0
    document: int = 0  # 0-based index of the file this page came from (a course of several documents)

    @cached_property
    def word_starts(self) -> tuple[int, ...] | None:
        """Word start offsets when the words are in text order (for a binary search), else None."""
        starts = tuple(w.start for w in self.words)
        ordered = all(a.end <= b.start for a, b in zip(self.words, self.words[1:]))
        return starts if ordered else None


@dataclass(frozen=True)
class DocumentPart:
    """One file of a course read as several documents: its name, hash, page count and text span."""

    file: str
    sha256: str
    pages: int
    start: int  # this file's text is Document.text[start:end]
    end: int
    ocr: bool = False
    # a document inside a file that holds several (nlp.segments): the 0-based index of its file in a bundle (None
    # for a single file); evidence names that file, never the document
    file_index: int | None = None
    segment: bool = False

    def to_json(self) -> dict[str, Any]:
        from pathlib import Path

        return {"file": Path(self.file).name, "sha256": self.sha256, "pages": self.pages}


@dataclass(frozen=True)
class Document:
    """The chart's text in reading order, page by page, with word positions.

    ``text`` joins the pages with a form feed (``\\f``); inside a page, lines end with ``\\n`` and
    table cells (or key/value columns) are separated by ``\\t``.  Repeated headers/footers and page
    numbers are already removed and hyphenated line breaks joined.
    """

    file: str  # file name shown to the user
    sha256: str
    text: str
    pages: tuple[Page, ...]
    tables: tuple[Table, ...] = ()
    ocr: bool = False  # True when the text came from OCR
    parts: tuple[DocumentPart, ...] = ()  # the files of a course read as one (empty for a single file)

    def page_at(self, offset: int) -> int:
        """1-based page number of a character offset."""
        starts = [p.start for p in self.pages]
        i = bisect.bisect_right(starts, offset) - 1
        return self.pages[max(i, 0)].number if self.pages else 1

    def document_at(self, offset: int) -> int | None:
        """0-based index of the file holding a character offset, or None for a single-file document."""
        if not self.parts:
            return None
        starts = [p.start for p in self.parts]
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    def file_at(self, offset: int) -> int | None:
        """0-based index of the FILE holding a character offset (a document inside a file names its file), or
        None for a single file."""
        k = self.document_at(offset)
        if k is None or not self.parts[k].segment:
            return k
        return self.parts[k].file_index

    def part_name(self, k: int) -> str:
        """The name of the ``k``-th part in a sentence: its file's name, or, for a document inside a file that holds
        several, "the document on page <n> of <file>"."""
        from pathlib import Path

        p = self.parts[k]
        name = Path(p.file).name
        return f"the document on page {self.page_at(p.start)} of {name}" if p.segment else name

    def read_by_ocr(self, offset: int) -> bool:
        """True when the text at a character offset came from OCR (its file's, in a course of several documents)."""
        k = self.document_at(offset)
        return self.parts[k].ocr if k is not None else self.ocr

    def boxes(self, start: int, end: int) -> tuple[Box, ...]:
        """Word boxes covering ``text[start:end]`` (for highlighting evidence on the page)."""
        out: list[Box] = []
        for page in self.pages:
            if page.end < start or page.start > end:
                continue
            starts = page.word_starts
            if starts is None:  # words out of text order: look at each one
                out.extend(w.box for w in page.words if w.end > start and w.start < end)
                continue
            i = max(bisect.bisect_right(starts, start) - 1, 0)  # long pages: no scan of every word
            for w in page.words[i:bisect.bisect_left(starts, end)]:
                if w.end > start:
                    out.append(w.box)
        return tuple(out)

    def evidence(self, start: int, end: int, *, rule: str = "", section: str | None = None,
                 max_chars: int = 160) -> "Evidence":
        """Evidence for a span of the text: page, a clean quotation and the word boxes (of one page: a
        span that runs over a page break is kept from the page where it ends)."""
        brk = self.text.rfind("\f", start, max(start, end - 1))
        if brk >= 0:
            start = brk + 1
        quote = clean_quote(self.text[start:end], max_chars)
        return Evidence(page=self.page_at(start), text=quote, boxes=self.boxes(start, end),
                        rule=rule, section=section, start=start, end=end, document=self.file_at(start))


_WS = re.compile(r"\s+")


def clean_quote(text: str, max_chars: int = 160) -> str:
    q = _WS.sub(" ", text).strip()
    if len(q) > max_chars:
        cut = q[: max_chars - 1]
        if not q[max_chars - 1].isspace() and " " in cut[max_chars // 2:]:
            cut = cut.rsplit(" ", 1)[0]  # end at a word, not inside one
        q = cut.rstrip() + "…"
    return q


# --------------------------------------------------------------------------------------------------
# Facts
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """Where a fact or a requirement was found: a 1-based page and the chart's own words."""

    page: int
    text: str
    boxes: tuple[Box, ...] = ()
    rule: str = ""  # id of the vocabulary entry or rule that matched
    section: str | None = None  # section category (medspaCy sectionizer), if any
    start: int = -1  # offsets into Document.text; -1 when not from the text (e.g. an override)
    end: int = -1
    document: int | None = None  # 0-based file index when several documents were read as one course

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"page": self.page, "text": self.text}
        if self.document is not None:
            d["document"] = self.document
        return d


@dataclass(frozen=True)
class Fact:
    value: Any
    evidence: tuple[Evidence, ...] = ()
    overridden: bool = False  # True when the coder set the value by hand
    original: Any = None  # the reader's value before an override
    set_by: str | None = None  # who set it (the coder's name), when known
    set_at: str | None = None  # when (ISO 8601 time), when known
    derived: bool = False  # True when it follows from the coder's lesion corrections
    inferred: bool = False  # True when the chart does not state it and the reader inferred it (see warnings)

    def to_json(self) -> dict[str, Any]:
        quoted: list[dict[str, Any]] = []
        for e in self.evidence:  # two words of one sentence are one quotation for the reader of the JSON
            if (j := e.to_json()) not in quoted:
                quoted.append(j)
        d: dict[str, Any] = {"value": self.value, "evidence": quoted}
        if self.inferred:
            d["inferred"] = True
        if self.overridden:
            d["overridden"] = True
            d["original"] = self.original
            if self.set_by is not None or self.set_at is not None:
                d["set_by"] = self.set_by
                d["set_at"] = self.set_at
            if self.derived:
                d["derived"] = True
        return d


@dataclass(frozen=True)
class Mark:
    """A value the coder set by hand: the reader's value, who set it and when (ISO time)."""

    original: Any = None
    set_by: str | None = None
    set_at: str | None = None


@dataclass(frozen=True)
class Lesion:
    name: str
    site: str | None  # cranial | spinal | body
    complexity: str | None  # simple | complex | None (non-cranial, or not told)
    dose_gy: float | None
    fractions: int | None
    size_cm: float | None = None
    histology: str | None = None
    complexity_reasons: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    # Coder corrections (srscheck.core.corrections): "ref" names the lesion for a correction ("2" is
    # the reader's second lesion, "+1" the first one the coder added); "marks" maps each corrected
    # field to its Mark; "added" lesions carry the page the coder found them on.
    ref: str = ""
    marks: tuple[tuple[str, Mark], ...] = ()
    added: bool = False
    page: int | None = None

    @property
    def overridden(self) -> bool:
        return self.added or bool(self.marks)

    def mark(self, field_name: str) -> Mark | None:
        return next((m for f, m in self.marks if f == field_name), None)

    def to_json(self) -> dict[str, Any]:
        d = self._json()
        if self.added:
            last = self.marks[-1][1] if self.marks else Mark()
            d.update(overridden=True, added=True, original=None, page=self.page,
                     set_by=last.set_by, set_at=last.set_at)
        elif self.marks:
            latest = max((m for _, m in self.marks), key=lambda m: m.set_at or "")
            d.update(overridden=True, original={f: m.original for f, m in self.marks},
                     set_by=latest.set_by, set_at=latest.set_at)
        return d

    def _json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "site": self.site,
            "complexity": self.complexity,
            "dose_gy": self.dose_gy,
            "fractions": self.fractions,
            "size_cm": self.size_cm,
            "histology": self.histology,
            "complexity_reasons": list(self.complexity_reasons),
            "evidence": [e.to_json() for e in self.evidence],
        }


# The chart facts a coder can correct (``--set NAME=VALUE``, the app's facts view, a corrections file).
FACT_NAMES = ("modality", "sites", "lesion_count", "fractions", "imaging", "positioning", "course_status")
MODALITIES = ("cobalt60", "linac", "robotic_linac", "particle")
SITES = ("cranial", "spinal", "body")
IMAGING = ("CT", "MRI", "PET", "angiography")
POSITIONING = ("frame", "mask", "fiducials", "body_immobilization")
# What the chart documents of THIS course (``facts.course_status``): treatment delivered; simulated and
# planned but not delivered; only recommended, offered or scheduled (a consultation); or a follow-up visit
# after an earlier course. Only "delivered" and "planned" courses have course facts.
COURSE_STATUSES = ("delivered", "planned", "recommended", "follow_up")
# Which kind of document set a status (the rule of its evidence, ``course_status:<kind>``): the status itself,
# or ``not_delivered`` (planned, then closed without any treatment), ``request`` (an authorization request:
# recommended), ``other_service`` (another service's note, such as a discharge summary: follow_up), ``declined``
# (treatment recommended, then declined by the patient before any of it was done: recommended), ``physics_only``
# (only physics checks of a plan before treatment, such as a second check or patient-specific QA: planned).
# ``billing`` (a charge sheet or claim with no clinical record: recommended, as nothing of the course is
# documented as performed), ``report`` (a diagnostic report, imaging or pathology, that recommends treatment or
# says nothing of it: recommended), ``general`` (general text about treatment, not a record of this patient's
# course: a leaflet for patients, a literature review, a clinical trial's eligibility screening: recommended),
# ``unsigned_order`` (an order set never signed or released, a draft: recommended), ``order`` (an order sheet
# whose scheduling says its simulation or treatment is still to come: recommended),
# ``voided`` (a record marked entered in error, filed to the wrong patient: recommended, as nothing in it is this
# patient's), ``qa_test`` (a test of the treatment machine whose "patient" is a phantom: recommended).
COURSE_STATUS_KINDS = COURSE_STATUSES + ("not_delivered", "request", "other_service", "declined", "physics_only",
                                         "billing", "report", "general", "unsigned_order", "order", "voided",
                                         "qa_test")


KIND_STATUS = {"not_delivered": "planned", "request": "recommended", "other_service": "follow_up",
               "declined": "recommended", "physics_only": "planned", "billing": "recommended",
               "report": "recommended", "general": "recommended", "unsigned_order": "recommended",
               "order": "recommended", "voided": "recommended", "qa_test": "recommended"}


def status_kind(status: "Fact") -> str:
    """The kind of document behind ``facts.course_status`` (one of ``COURSE_STATUS_KINDS``): the reader's,
    from its evidence; a status the coder set is its own kind."""
    if status.overridden:
        return status.value or "delivered"
    rules = [e.rule.split(":", 1)[1] for e in status.evidence if e.rule.startswith("course_status:")]
    kinds = [k for k in rules if k in COURSE_STATUS_KINDS and KIND_STATUS.get(k, k) == status.value]
    for final in ("not_delivered", "declined"):  # closed without treatment, or declined, whatever came before
        if final in kinds:
            return final
    return kinds[0] if kinds else (status.value or "delivered")


@dataclass(frozen=True)
class ChartFacts:
    modality: Fact = Fact(None)
    sites: Fact = Fact([])
    lesion_count: Fact = Fact(None)
    fractions: Fact = Fact(None)
    imaging: Fact = Fact([])
    positioning: Fact = Fact([])
    lesions: tuple[Lesion, ...] = ()
    struck: tuple[tuple[Lesion, Mark], ...] = ()  # lesions the coder struck out, with who and when
    course_status: Fact = Fact("delivered")  # one of COURSE_STATUSES, with the chart's words for it

    def get(self, name: str) -> Fact:
        if name not in FACT_NAMES:
            raise KeyError(name)
        return getattr(self, name)

    def with_override(self, name: str, value: Any) -> "ChartFacts":
        """A copy with one fact set by the coder (marked as overridden; evidence kept)."""
        old = self.get(name)
        original = old.original if old.overridden else old.value
        if isinstance(value, (list, tuple, set)):
            value = sorted(set(value))
        return replace(self, **{name: Fact(value, old.evidence, True, original)})

    @property
    def overridden(self) -> tuple[str, ...]:
        return tuple(n for n in FACT_NAMES if self.get(n).overridden)

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {n: self.get(n).to_json() for n in FACT_NAMES if n != "course_status"}
        d["lesions"] = [les.to_json() for les in self.lesions]
        if self.struck or any(les.added for les in self.lesions):  # rows moved: name each lesion
            for row, les in zip(d["lesions"], self.lesions):
                row["ref"] = les.ref
        if self.struck:
            d["struck_lesions"] = [{**les.to_json(), "overridden": True, "struck": True,
                                    "set_by": m.set_by, "set_at": m.set_at} for les, m in self.struck]
        d["course_status"] = self.course_status.to_json()
        return d


IDENTITY_NAMES = ("patient_name", "mrn", "dates_of_service", "attending_physician", "physicists", "icd10")


@dataclass(frozen=True)
class Identity:
    """Who and when, as the chart prints it: for the report header, queries and audits.

    ``dates_of_service`` is ``[first, last]`` (ISO dates; one item for a single day), ``physicists``
    the medical physicists named with their role, ``icd10`` the ICD-10-CM codes the chart states.
    """

    patient_name: Fact = Fact(None)
    mrn: Fact = Fact(None)
    dates_of_service: Fact = Fact([])
    attending_physician: Fact = Fact(None)
    physicists: Fact = Fact([])
    icd10: Fact = Fact([])

    def get(self, name: str) -> Fact:
        if name not in IDENTITY_NAMES:
            raise KeyError(name)
        return getattr(self, name)

    def to_json(self) -> dict[str, Any]:
        return {n: self.get(n).to_json() for n in IDENTITY_NAMES}


# --------------------------------------------------------------------------------------------------
# Mentions: every vocabulary match with its ConText status, for the checklist engine
# --------------------------------------------------------------------------------------------------

# ConText categories that make a mention not count as documentation of something done.
EXCLUDING_MODIFIERS = frozenset({
    "NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HYPOTHETICAL", "HISTORICAL", "FAMILY", "FUTURE",
    "CONTRAINDICATED", "OTHER_PERSON",
})


def counts(modifiers: Iterable[str]) -> bool:
    """Whether a mention with these ConText modifiers counts for this course (not negated, historical,
    hypothetical, someone else's ...). The one definition, for mentions and for any span of text."""
    return not (set(modifiers) & EXCLUDING_MODIFIERS)


@dataclass(frozen=True)
class Mention:
    """A vocabulary concept found in the text (e.g. label ``IGRT``, value ``CBCT``)."""

    label: str
    value: str
    evidence: Evidence
    modifiers: tuple[str, ...] = ()  # ConText categories that apply (e.g. NEGATED_EXISTENCE)
    section: str | None = None

    @property
    def affirmed(self) -> bool:
        return counts(self.modifiers)


@dataclass(frozen=True)
class Scope:
    """A ConText modifier's scope as character offsets, kept so any later span can be tested."""

    start: int
    end: int
    category: str


FLAG_QUOTES = 4  # quotations a review flag carries at most


@dataclass(frozen=True)
class ReviewFlag:
    """An internal contradiction of the chart, or an unsure reading, for the coder to look at first."""

    fact: str | None  # the fact it concerns (lesion_count, fractions, sites, lesions ...) or None
    message: str  # one sentence saying what disagrees and what the reader chose
    evidence: tuple[Evidence, ...] = ()
    kind: str = ""  # a named kind ("interrupted_course"), or "" for a contradiction or unsure reading
    documented: bool | None = None  # interrupted_course: whether the chart says the course stopped
    # a planned-vs-delivered fraction flag: (planned, delivered) counts, for the review policy; not serialised
    fraction_counts: tuple[int, int] | None = field(default=None, compare=False)
    # a flag about one lesion's dose: that lesion's name, so a later flag of the same kind names it once; not
    # serialised
    lesion: str | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"fact": self.fact, "message": self.message,
                             "evidence": [e.to_json() for e in self.evidence]}
        if self.kind:
            d["kind"] = self.kind
        if self.documented is not None:
            d["documented"] = self.documented
        return d


@dataclass(frozen=True)
class Reading:
    """Everything the reader learned from one chart."""

    document: Document
    facts: ChartFacts
    mentions: tuple[Mention, ...] = ()
    scopes: tuple[Scope, ...] = ()
    sections: tuple[tuple[int, int, str], ...] = ()  # (start, end, category) of each section body
    warnings: tuple[str, ...] = ()
    review: tuple[ReviewFlag, ...] = ()  # contradictions and unsure readings, most important first
    identity: Identity = Identity()  # patient, dates of service, attending, physicists, ICD-10 (nlp.identity)

    def concepts(self, *labels: str, affirmed: bool = True) -> list[Mention]:
        """Mentions whose ``label`` or ``label:value`` is one of ``labels``."""
        want = set(labels)
        out = []
        for m in self.mentions:
            if m.label in want or f"{m.label}:{m.value}" in want:
                if not affirmed or m.affirmed:
                    out.append(m)
        return out

    def modifiers_at(self, start: int, end: int) -> tuple[str, ...]:
        return modifiers_at(self.scopes, self.sections, start, end)

    def section_at(self, offset: int) -> str | None:
        return section_at(self.sections, offset)

    def search(self, pattern: "re.Pattern[str]", *, affirmed: bool = True, rule: str = "",
               keep: "Callable[[str, re.Match[str]], bool] | None" = None) -> list[Mention]:
        """Regex matches over the chart text, each with the ConText status of its position; only those ``keep``
        (given the text and the match) keeps, when it is given."""
        out = []
        for m in pattern.finditer(self.document.text):
            if m.end() <= m.start() or (keep is not None and not keep(self.document.text, m)):
                continue
            mods = self.modifiers_at(m.start(), m.end())
            sec = self.section_at(m.start())
            ev = self.document.evidence(*sentence_bounds(self.document.text, m.start(), m.end()),
                                        rule=rule, section=sec)
            men = Mention("PATTERN", m.group(0), ev, mods, sec)
            if not affirmed or men.affirmed:
                out.append(men)
        return out

    def with_facts(self, facts: ChartFacts) -> "Reading":
        return replace(self, facts=facts)


# Section categories (resources/vocab/sections.yaml) whose content is a past course or future plans.
HISTORICAL_SECTIONS = frozenset({"history"})
FUTURE_SECTIONS = frozenset({"follow_up"})
# sections whose statements are the patient's history, not this note's news (a consult's or a tumour board's
# "treated with SBRT in 2024" is an earlier course; a study named there is how the disease was found or followed)
HISTORY_SECTIONS = frozenset({"history", "diagnosis"})


def section_at(sections: Iterable[tuple[int, int, str]], offset: int) -> str | None:
    for s, e, cat in sections:
        if s <= offset < e:
            return cat
    return None


def modifiers_at(scopes: Iterable[Scope], sections: Iterable[tuple[int, int, str]], start: int,
                 end: int) -> tuple[str, ...]:
    """The ConText categories that apply to text[start:end]: modifier scopes covering it, and the
    section it sits in (a history section is HISTORICAL, a follow-up section HYPOTHETICAL)."""
    cats = {s.category for s in scopes if s.start <= start and end <= s.end}
    return _with_section(cats, section_at(sections, start))


def _with_section(cats: set[str], sec: str | None) -> tuple[str, ...]:
    if sec in HISTORICAL_SECTIONS:
        cats.add("HISTORICAL")
    elif sec in FUTURE_SECTIONS:
        cats.add("HYPOTHETICAL")
    return tuple(sorted(cats))


class SpanIndex:
    """Spans ``(start, end)`` found by position in logarithmic time, so a long chart's thousands of
    lookups stay linear overall. Answers exactly as a scan of the list in its order would.

    Spans longer than ``long`` characters (a whole-chart scope, a long section) are few and are
    scanned; the others are sorted by start, and only those starting within the longest short
    span's length before a position can cover it.
    """

    def __init__(self, spans: "list[tuple[int, int]]", long: int = 4096) -> None:
        self.count = len(spans)
        self.wide = [k for k, (s, e) in enumerate(spans) if e - s > long]
        short = sorted((s, k) for k, (s, e) in enumerate(spans) if e - s <= long)
        self.starts = [s for s, _ in short]
        self.keys = [k for _, k in short]
        self.spans = spans
        self.reach = max((spans[k][1] - spans[k][0] for k in self.keys), default=0)

    def covering(self, start: int, end: int, *, half_open: bool = False) -> list[int]:
        """Indices (ascending) of the spans with ``s <= start`` and ``end <= e`` (``end < e`` when
        ``half_open``: a position inside ``[s, e)``)."""
        lo = bisect.bisect_left(self.starts, start - self.reach)
        hi = bisect.bisect_right(self.starts, start)
        found = [k for k in self.keys[lo:hi] + self.wide if self._covers(k, start, end, half_open)]
        found.sort()
        return found

    def _covers(self, k: int, start: int, end: int, half_open: bool) -> bool:
        s, e = self.spans[k]
        return s <= start and (end < e if half_open else end <= e)


class PositionIndex:
    """:func:`modifiers_at` and :func:`section_at` over fixed lists of scopes and sections, indexed
    (:class:`SpanIndex`); the lists may grow (appended scopes are indexed again on the next call)."""

    def __init__(self, scopes: "list[Scope] | tuple[Scope, ...]",
                 sections: "list[tuple[int, int, str]] | tuple[tuple[int, int, str], ...]") -> None:
        self.scopes, self.sections = scopes, sections
        self._scopes: SpanIndex | None = None
        self._sections: SpanIndex | None = None

    def section_at(self, offset: int) -> str | None:
        if self._sections is None or self._sections.count != len(self.sections):
            self._sections = SpanIndex([(s, e) for s, e, _ in self.sections])
        found = self._sections.covering(offset, offset, half_open=True)
        return self.sections[found[0]][2] if found else None

    def modifiers_at(self, start: int, end: int) -> tuple[str, ...]:
        if self._scopes is None or self._scopes.count != len(self.scopes):
            self._scopes = SpanIndex([(s.start, s.end) for s in self.scopes])
        cats = {self.scopes[k].category for k in self._scopes.covering(start, end)}
        return _with_section(cats, self.section_at(start))


def combine_documents(documents: "Iterable[Document]") -> Document:
    """Several files of one course as one Document: texts joined by a page break, offsets shifted.

    Pages keep their own numbers within their file and carry the file's index; evidence then names
    ``document`` and the page within it. One document is returned unchanged.
    """
    docs = list(documents)
    if len(docs) == 1:
        return docs[0]
    if not docs:
        raise ValueError("no documents")
    texts: list[str] = []
    pages: list[Page] = []
    tables: list[Table] = []
    parts: list[DocumentPart] = []
    pos = 0
    for k, doc in enumerate(docs):
        if k:
            texts.append("\f")
            pos += 1
        texts.append(doc.text)
        for pg in doc.pages:
            words = tuple(replace(w, start=w.start + pos, end=w.end + pos) for w in pg.words)
            pages.append(replace(pg, start=pg.start + pos, end=pg.end + pos, words=words, document=k))
        for t in doc.tables:
            def shift(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
                return tuple(Cell(c.text, c.start + pos, c.end + pos) for c in cells)
            tables.append(replace(t, header=shift(t.header), rows=tuple(shift(r) for r in t.rows)))
        parts.append(DocumentPart(doc.file, doc.sha256, len(doc.pages), pos, pos + len(doc.text), doc.ocr))
        pos += len(doc.text)
    import hashlib

    sha = hashlib.sha256("".join(p.sha256 for p in parts).encode("ascii")).hexdigest()
    return Document(file=docs[0].file, sha256=sha, text="".join(texts), pages=tuple(pages),
                    tables=tuple(tables), ocr=any(d.ocr for d in docs), parts=tuple(parts))


def unique(seq: Iterable[Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


__all__ = [
    "Box", "Word", "Cell", "Table", "Page", "Document", "DocumentPart", "Evidence", "ReviewFlag",
    "combine_documents", "Fact", "Mark", "Lesion", "ChartFacts", "Identity", "IDENTITY_NAMES",
    "Mention", "Scope", "Reading", "FACT_NAMES", "COURSE_STATUSES", "COURSE_STATUS_KINDS", "status_kind", "MODALITIES",
    "SITES", "IMAGING", "POSITIONING",
    "EXCLUDING_MODIFIERS", "counts", "clean_quote", "sentence_bounds", "unique",
]
