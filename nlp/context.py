"""Where a span of the chart stands: its sentence, section, ConText modifiers and the course's dates.

:class:`TextContext` answers "does this span count?" for every fact finder (facts, lesions,
quantities); it is built once per chart from what the spaCy pipeline found (:class:`nlp.pieces.Parsed`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from srscheck.core.model import FUTURE_SECTIONS, Document, PositionIndex, Scope, counts

from .forms import FormEntry, form_entries
from .lines import hard_breaks, is_run_on, line_around
from .pieces import Parsed, RawSection, open_parenthesis
from .titles import in_title
from .vocab import MONTHS, Vocabulary, full_date

# A section ends at the next labelled line ("Simulation:"), heading line ("Current course") or page break.
_SAME_COURSE_DAYS = 183  # dated within half a year of the chart's latest date: not put in the past by its year
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_FIELD = re.compile(r"[ \t]*(:)?[ \t]*(\S.*)?")
_LABEL_START = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z0-9 /&()'-]{0,40}:|^[ \t]*[A-Z][A-Za-z0-9 /&()'-]{1,40}[ \t]*$|\f")
# a form's row: a label cell, a tab, the value ("Unit<TAB>6 MV linac"), as a table's row reads
_ROW_START = re.compile(r"(?m)^[ \t]*[^\s][^\t\n]{0,40}\t[ \t]*\S")


@dataclass
class TextContext:
    """Answers "does this span count?" for any span of the text: ConText scopes, sections and dates.

    Lookups are indexed (a long chart asks thousands of them); ``sentences`` and ``sections`` are
    fixed once built, ``scopes`` may grow.
    """

    document: Document
    sentences: list[tuple[int, int]]
    scopes: list[Scope]
    sections: list[tuple[int, int, str]]
    course_year: int | None
    form_entries: tuple[FormEntry, ...] = ()  # the forms' options with their marks (nlp.forms), read once
    dates: tuple[tuple[int, int, date], ...] = ()  # every full date (treatment_dates), read once
    birth_dates: frozenset[int] = frozenset()  # where those of them start that are dates of birth (is_birth_date)
    quantity_cells: tuple[tuple[int, int], ...] = ()  # table cells of quantity columns (quantity_cells): no year
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _positions: PositionIndex | None = field(default=None, init=False, repr=False, compare=False)

    def sentence_index(self, offset: int) -> int:
        if len(self._starts) != len(self.sentences):
            self._starts = [s for s, _ in self.sentences]
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def sentence(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return 0, len(self.document.text)
        return self.sentences[self.sentence_index(offset)]

    def cut_at(self, spans: Sequence[tuple[int, int]]) -> TextContext:
        """The same context with each sentence cut where a span left out of the reading (an earlier course's
        stretch, :func:`nlp.facts.without`) begins or ends inside it: "For reference, composite: course 1 45 Gy in 25
        fractions plus course 2 21 Gy in 3" is quoted as its words either side of the left-out stretch, never
        as the two sides joined (a quotation is contiguous text of the chart). Scopes and sections are shared."""
        if not spans or not self.sentences:
            return self
        cuts = sorted({p for a, b in spans for p in (a, b)})
        out: list[tuple[int, int]] = []
        for s, e in self.sentences:
            at = s
            for p in cuts[bisect.bisect_right(cuts, s):bisect.bisect_left(cuts, e)]:
                out.append((at, p))
                at = p
            out.append((at, e))
        return replace(self, sentences=out)

    def _index(self) -> PositionIndex:
        if self._positions is None:
            self._positions = PositionIndex(self.scopes, self.sections)
        return self._positions

    def section_at(self, offset: int) -> str | None:
        return self._index().section_at(offset)

    def modifiers(self, start: int, end: int) -> tuple[str, ...]:
        return self._index().modifiers_at(start, end)

    def counts(self, start: int, end: int) -> bool:
        return counts(self.modifiers(start, end))

    def chart_dates(self) -> list[tuple[int, int, date]]:
        """The text's dates (read once with the context) less dates of birth."""
        return [(s, e, d) for s, e, d in self.dates if s not in self.birth_dates]


def _field_end(text: str, line_end: int, limit: int, hard: set[int], item: "re.Pattern[str] | None") -> int:
    """Where a field's rows end: its line, then the lines under it that are its own (the items of a list under it,
    lines indented deeper than its line, its value wrapped onto the next line: no hard break before it), up to
    the first hard line break before a line that is none of those (``limit`` at most)."""
    lo = text.rfind("\n", 0, line_end) + 1
    indent = len(text[lo:line_end]) - len(text[lo:line_end].lstrip(" \t"))
    end = line_end
    while end < limit:
        nxt_end = text.find("\n", end + 1)
        nxt_end = limit if nxt_end < 0 or nxt_end > limit else nxt_end
        nxt = text[end + 1:nxt_end]
        if not nxt.strip():
            return limit
        own = (item is not None and item.match(nxt)) or len(nxt) - len(nxt.lstrip(" \t")) > indent
        if end in hard and not own:
            return end
        end = nxt_end
    return limit


def clip_sections(raw: "list[RawSection]", text: str, hard: "set[int] | None" = None,
                  item: "re.Pattern[str] | None" = None) -> list[tuple[int, int, str]]:
    """medspaCy's sections, each clipped at the next labelled line ("Simulation:") or page break; a section
    opened by a field ("Diagnosis: <value>" on one line) ends with its paragraph, not at the next heading, and
    with its own rows (:func:`_field_end`; ``hard``: :func:`nlp.lines.hard_breaks`, ``item``: patterns
    ``label_line``): a form's "Prior radiation: WBRT 30 Gy in 10 fractions 2019" over "Gamma Knife radiosurgery was
    delivered on ..." is a row of its own, and the treatment written under it is no part of it."""
    out: list[tuple[int, int, str]] = []
    label_starts = [m.start() for m in _LABEL_START.finditer(text)]
    for sec in raw:
        if not sec.category or sec.empty:
            continue
        end = sec.end
        k = bisect.bisect_right(label_starts, sec.body_start + 1)  # the first label after the body starts
        if k < len(label_starts):
            end = min(end, label_starts[k])
        line_end = text.find("\n", sec.body_start)
        field = _FIELD.match(text, sec.body_start, line_end) if line_end > 0 else None
        if field and field.group(2) and (field.group(1) or ":" in text[sec.title_start:sec.body_start]):
            para = _PARAGRAPH_END.search(text, sec.body_start, end)  # a field ("Diagnosis: <value>"), not a
            if para:  # heading: it ends with its paragraph
                end = para.start()
            if hard is not None and line_end < end:
                end = _field_end(text, line_end, end, hard, item)
        line_start = text.rfind("\n", 0, sec.title_start) + 1
        if line_end > 0 and _ROW_START.match(text, line_start) and text.count("\t", line_start, line_end) == 1 and \
                "\t" in text[sec.body_start:line_end]:
            # a form's row whose label cell holds the title ("Prior radiation<TAB>T10-T12 20 Gy / 5 fr, 2025"): it
            # heads its row, not the rows of the form under it ("Unit<TAB>..."), whose labels are no headings; the
            # next row ends it (a table's row of column titles, "Prior RT<TAB>Date<TAB>Dose", still heads its rows)
            row = _ROW_START.search(text, line_end + 1, end)
            if row:
                end = row.start()
        out.append((sec.title_start, end, sec.category))
    return out




def _form_negations(text: str, vocab: Vocabulary, entries: Sequence[FormEntry]) -> list[Scope]:
    """Forms say "not used" without words: an unchecked box, a checklist row answered in its N column, a
    field whose "not done" answer is ticked (``entries`` left unticked), or a field answered No / None / N/A."""
    out = [Scope(e.start, e.end, "NEGATED_EXISTENCE") for e in entries if not e.ticked]
    for m in vocab.patterns["negated_field"].finditer(text):
        if m.group("label").strip():
            out.append(Scope(m.start("label"), m.end("label"), "NEGATED_EXISTENCE"))
    yes, no = vocab.patterns["yes_no_answer_yes"], vocab.patterns["yes_no_answer_no"]
    start = 0
    for line in text.split("\n"):  # a form's row of items answered Y or N: "... Sim MRI Y (11/02/2026) PET N"
        if yes.search(line):
            out += [Scope(start + m.start("item"), start + m.end(), "NEGATED_EXISTENCE")
                    for m in no.finditer(line) if m.group("item").strip()]
        start += len(line) + 1
    return out


def _struck_text(document: Document, vocab: Vocabulary) -> list[Scope]:
    """The wording an amended note shows struck beside its correction: a bracket ``struck_bracket`` ("[original:
    Invasive stereotactic head frame, 4 pins]") and the cells of a table's column titled as the struck wording
    (``struck_column``: "Original (struck)") in a table that also has a column of the corrected one
    (``corrected_column``). The chart's own words, replaced: nothing in them is this course's (HISTORICAL)."""
    pats = vocab.patterns
    out = [Scope(m.start(), m.end(), "HISTORICAL") for m in pats["struck_bracket"].finditer(document.text)]
    for t in document.tables:
        heads = [c.text for c in t.header]
        if not any(pats["corrected_column"].match(h) for h in heads):
            continue
        cols = [i for i, h in enumerate(heads) if pats["struck_column"].match(h)]
        out += [Scope(row[i].start, row[i].end, "HISTORICAL") for row in t.rows for i in cols
                if i < len(row) and row[i].end > row[i].start]
    return out


def _status_negations(document: Document, vocab: Vocabulary) -> list[Scope]:
    """The cells of a table's row whose Status column (``status_column``: an orders report's "Ordered | Order |
    Status | Status date | Comment") says it was not carried out (``status_not_done``: "CANCELLED", "DISCONTINUED",
    "(not ordered)"): what the row orders was not done (NEGATED_EXISTENCE), however far its words stand from the
    status; the cells after the status (its date, a comment) keep their own reading."""
    pats = vocab.patterns
    out = []
    for t in document.tables:
        cols = [i for i, h in enumerate(t.header) if pats["status_column"].match(h.text)]
        if len(cols) != 1:
            continue
        k = cols[0]
        for row in t.rows:
            if k < len(row) and pats["status_not_done"].match(row[k].text):
                out += [Scope(c.start, c.end, "NEGATED_EXISTENCE") for c in row[:k] if c.end > c.start]
    return out


def quantity_cells(document: Document, vocab: Vocabulary) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every table cell under a column titled as a quantity (``quantity_column``: "Rx (cGy)",
    "PTV_Rocc cGy", "D95", "MU"): its bare number is that quantity ("2000" is 20 Gy), never a year."""
    rx = vocab.patterns["quantity_column"]
    out = []
    for t in document.tables:
        cols = [i for i, h in enumerate(t.header) if rx.search(h.text)]
        out += [(row[i].start, row[i].end) for row in t.rows for i in cols
                if i < len(row) and row[i].end > row[i].start]
    return tuple(sorted(out))


def written_days(text: str, vocab: Vocabulary, dates: "Sequence[tuple[int, int, date]]", start: int = 0,
                 end: int | None = None, quantities: Sequence[tuple[int, int]] = ()) -> list[tuple[int, date]]:
    """(offset, day) of every date written in ``text[start:end]`` (the whole text by default): full dates
    (``dates``: its treatment_dates) and bare years and months ("03/2025"), each read as its first day (the
    earliest it can mean). A number with a unit ("2000 cGy"), after a running total's word ("cum 2000") or in a
    table cell of a quantity's column (``quantities``, :func:`quantity_cells`: "2000" under "Rx (cGy)") is no
    year; a date that starts a period still going on ("followed since 2022") is left out: it dates no past event.
    The one reading of the years a chart writes, for the context and for review."""
    end = len(text) if end is None else end
    dates = [(s, e, d) for s, e, d in dates if start <= s < end]
    out = [(s, day) for s, _e, day in dates]  # valid dates only: "20/20/18 Gy" is no date
    inside = [(s, e) for s, e, _day in dates]
    for m in vocab.patterns["month_year"].finditer(text, start, end):
        if not any(a <= m.start() < b for a, b in inside):
            out.append((m.start(), date(int(m.group("y")), int(m.group("m")), 1)))
    quantity = vocab.patterns["year_quantity_before"]
    for m in vocab.patterns["year"].finditer(text, start, end):
        if quantity.search(text, max(0, m.start() - 30), m.start()):
            continue  # a log's running total ("cum 2000"): cGy, not a year
        k = bisect.bisect_right(quantities, (m.start(), len(text) + 1)) - 1
        if k >= 0 and quantities[k][0] <= m.start() < quantities[k][1]:
            continue  # a plan table's "2000" under "Rx (cGy)": a dose, not a year
        if not any(a <= m.start() < b for a, b in inside):
            out.append((m.start(), date(int(m.group("y")), 1, 1)))
    for m in vocab.patterns["spoken_year"].finditer(text, start, end):  # "in twenty twenty-four": a dictation's year
        year = spoken_year(m, vocab)
        if year is not None:
            out.append((m.start(), date(year, 1, 1)))
    since = vocab.patterns["ongoing_since"]
    out = [(off, day) for off, day in out if not since.search(text[max(0, off - 40):off])]
    return sorted(set(out))


def spoken_year(m: "re.Match[str]", vocab: Vocabulary) -> int | None:
    """The year a ``spoken_year`` match says ("twenty twenty-four" -> 2024, "two thousand and four" -> 2004), its
    words read as the quantity grammar reads numbers in words (:meth:`Vocabulary.number`)."""
    if m.group("c"):
        century, words = (vocab.number(m.group("c")) or 0) * 100, m.group("y")
    else:
        century, words = 2000, m.group("y2") or ""
    words = re.sub(r"^oh\s+", "", re.sub(r"[\s-]+", " ", words.strip().lower()))  # "twenty oh seven"
    value = vocab.number(words) if words else 0
    if value is None:
        return None
    return century + value if 1900 <= century + value <= 2099 else None


_WORD = re.compile(r"\S+")


def _run_on_clause(text: str, sentence: tuple[int, int], offset: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """(start, end) of the clause a year at ``offset`` dates when its sentence is a dictated run-on
    (:func:`nlp.lines.is_run_on`), else None: the year's own words and those before it back to the nearest
    ``clause_start`` word of normalise.yaml's ``run_on`` ("after trans sphenoidal resection in twenty twenty five"),
    within ``year_reach`` words; the words after it begin another clause."""
    rules = vocab.normalisation
    s, e = sentence
    if rules is None or rules.run_on_clause is None or not is_run_on(text[s:e], rules):
        return None
    spoken = vocab.patterns["spoken_year"].match(text, offset)
    word = _WORD.match(text, offset)
    end = spoken.end() if spoken else (word.end() if word else offset)
    before = list(_WORD.finditer(text, s, offset))[-rules.run_on_year_reach:]
    start = before[0].start() if before else offset
    for m in rules.run_on_clause.finditer(text, start, offset):
        start = m.start()
    return start, end


_CLAUSE_WORDS = 3  # a parenthesis of at least this many words besides its date is a clause of its own


def parenthetical_clause(text: str, offset: int) -> tuple[int, int] | None:
    """(start, end) inside the parentheses around ``offset`` on its line when they hold a clause of their own
    ("(declined prophylactic cranial irradiation in 2025), underwent ...": several words, closed by a comma), else
    None: a year there dates that clause, not its sentence. A bare date in parentheses ("WBRT (2021) 30 Gy in 10")
    or a note closing the sentence ("PET not repeated (PET-CT 2024, prior primary)") dates the sentence."""
    line_start, line_end = line_around(text, offset)
    opened = open_parenthesis(text[line_start:offset])
    if opened is None:
        return None
    opened += line_start
    close = text.find(")", offset, line_end)
    if close < 0 or "(" in text[offset:close] or not re.match(r"\s*[,;]", text[close + 1:close + 4]):
        return None  # an aside closed by a comma; one that ends its sentence qualifies the words before it
    words = re.findall(r"[A-Za-z]{2,}", text[opened + 1:close])
    months = [w for w in words if w[:3].lower() in MONTHS]
    if len(words) - len(months) < _CLAUSE_WORDS:
        return None
    return opened + 1, close


def treatment_dates(text: str, vocab: Vocabulary, day_first: bool | None = None) -> list[tuple[int, int, date]]:
    """(start, end, date) for each full date in the text (:func:`nlp.vocab.full_date`); a slashed date month
    first, or day first in a chart whose unambiguous dates are written day first (``day_first``: the chart's
    order as the pipeline decided it once; :meth:`Vocabulary.day_order` of ``text`` when not given: "05/11/2026"
    beside "21/10/2026" or "12-Oct-2026" is 5 November)."""
    if day_first is None:
        day_first = vocab.day_order(text) == "dm"
    return [(m.start(), m.end(), d) for m in vocab.patterns["date"].finditer(text)
            if (d := full_date(m, day_first)) is not None]


_FIELD_LABEL = re.compile(r"[A-Za-z][A-Za-z.]*[ \t]*:")  # "DATE:", "DOS:": a field of its own


def is_birth_date(text: str, offset: int, vocab: Vocabulary) -> bool:
    """A date (or year) right after "DOB"/"born"/"MRN" on its line (the vocabulary's birth_field) is the patient's,
    not the course's; one with a field label of its own between them ("MRN: 1234   DATE: 11/03/2026") is that
    field's."""
    window = text[max(line_around(text, offset)[0], offset - 25):offset]
    last = None
    for last in vocab.patterns["birth_field"].finditer(window):
        pass
    return last is not None and not _FIELD_LABEL.search(window, last.end())


_CLAUSE_MARK = re.compile(r"[,;:()\n]|\.(?:\s|$)")


def _attributive_year(text: str, off: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """(start, end) of the noun phrase a year at ``off`` is written as the attribute of ("the 2021 MVD Teflon/clip
    hardware": patterns ``attributive_year_before`` and ``attributive_year_phrase``), when neither that phrase nor the
    rest of its clause names a treatment (``radiation_words``, ``attributive_year_course``); else None. Such a year
    dates its phrase only, not its sentence."""
    pats = vocab.patterns
    before = pats["attributive_year_before"].search(text, max(0, off - 12), off)
    phrase = pats["attributive_year_phrase"].match(text, off)
    if before is None or phrase is None:
        return None
    clause = _CLAUSE_MARK.search(text, phrase.end())  # the phrase's clause: a treatment named in it dates the sentence
    clause_end = clause.start() if clause else len(text)
    if any(pats[k].search(text, before.start(), clause_end) for k in ("radiation_words", "attributive_year_course")):
        return None
    return before.start(), phrase.end()


def _done_then(text: str, off: int, vocab: Vocabulary) -> bool:
    """Whether the date at ``off`` (a disease event's: "diagnosed in twenty nineteen") goes on with what was done
    to the patient at that time (``disease_event_done_after``: "when she had pre operative embolization and a
    catheter angiogram"): it dates its sentence as any date does."""
    year = vocab.patterns["spoken_year"].match(text, off) or vocab.patterns["year"].match(text, off) or \
        re.match(r"\S+", text[off:])
    end = off + len(year.group(0)) if year is not None else off
    return vocab.patterns["disease_event_done_after"].match(text, end) is not None


def _course_year(dates: list[tuple[int, int, date]], birth: frozenset[int]) -> int | None:
    """The year of this course: the latest full date in the chart (``dates``) that is not a birth date (``birth``:
    where the dates of birth among them start)."""
    years = [d.year for s, _e, d in dates if s not in birth]
    return max(years) if years else None


def _dated_past_out(sections: list[tuple[int, int, str]], sentences: list[tuple[int, int]], text: str,
                    dates: list[tuple[int, int, date]], birth: frozenset[int]) -> list[tuple[int, int, str]]:
    """A plan or follow-up section without the sentences it dates before what the chart records after it: a
    tumour board's recommendation with its addendum ("Planning CT 09/01/2026 with the PET fused"), followed by
    the course's record (fractions from 09/08/2026), says what was done, not what is to come. Signature dates
    are no record; a follow-up visit's dated findings with nothing later after them stay as they are."""
    signed = [(s, e) for s, e, cat in sections if cat == "signatures"]
    dated = [(s, d) for s, _e, d in dates
             if s not in birth and not any(a <= s < b for a, b in signed)]
    out: list[tuple[int, int, str]] = []
    for start, end, cat in sections:
        later = [d for off, d in dated if off >= end]
        if cat not in FUTURE_SECTIONS or not later:
            out.append((start, end, cat))
            continue
        cuts = []
        for s, e in sentences:
            if s < start or e > end:
                continue
            days = [d for off, d in dated if s <= off < e]
            if days and max(days) < min(later):
                cuts.append((s, e))
        at = start
        for s, e in cuts:
            if s > at:
                out.append((at, s, cat))
            at = e
        if at < end:
            out.append((at, end, cat))
    return out


_RECORD_DATES = 2  # a titled history section dated at least this often is a record, not a mention of the past


def _titled_records(sections: list[tuple[int, int, str]], document: Document, text: str,
                    dates: list[tuple[int, int, date]], birth: frozenset[int]) -> list[tuple[int, int, str]]:
    """A "history" heading that titles its document (on a heading line of its first lines: an R&V system's
    "Treatment History" print) in a document dated in this course only (two or more dates, none more than half a
    year before the chart's latest date) is the record of this course's fractions (category "delivery"), not a
    past history; a note's "Treatment history:" section among others, or a titled summary of an earlier year's
    course, stays history."""
    days = [(s, d) for s, _e, d in dates if s not in birth]
    if not days:
        return sections
    latest = max(d for _s, d in days)
    out = []
    for start, end, cat in sections:
        if cat == "history":
            k = document.document_at(start)
            lo, hi = (document.parts[k].start, document.parts[k].end) if k is not None and document.parts \
                else (0, len(text))
            mine = [d for off, d in days if lo <= off < hi]  # the document's dates, the heading's section's or not
            if len(mine) >= _RECORD_DATES and all((latest - d).days <= _SAME_COURSE_DAYS for d in mine) \
                    and in_title(text, lo, hi, start):
                cat = "delivery"
        out.append((start, end, cat))
    return out


def _dated_title(text: str, body_start: int, dates: list[tuple[int, int, date]],
                 identity: "re.Pattern[str] | None" = None) -> bool:
    """Whether a heading's line goes on with a date and nothing else ("Follow-up 11/16/2026"): the title of a
    dated visit, whose note reports what was found and done; not a plan's "Follow-up:" section of what is to come.
    A letter's header line may go on, after a wide gap, with the patient's name and record number ("Follow-up,
    06/22/2026.   SURNAME, GIVEN   MRN ..."; ``identity``: patterns ``visit_title_identity``): still the visit's
    title."""
    line_end = line_around(text, body_start)[1]
    inside = [(s, e) for s, e, _d in dates if body_start <= s and e <= line_end]
    if not inside:
        return False
    last = max(e for _s, e in inside)
    if identity is not None and identity.match(text, last, line_end):
        line_end = last  # (the patient's fields after the date are the letter's header, no plan's words)
    rest = text[body_start:line_end]
    for s, e in sorted(inside, reverse=True):
        rest = rest[:s - body_start] + rest[e - body_start:]
    return not rest.strip(" \t:,.-–()")


def build_context(document: Document, parsed: Parsed, vocab: Vocabulary, day_first: bool | None = None) -> TextContext:
    """The context of ``document``; ``day_first``: the chart's order of day and month in its slashed dates,
    decided once per chart (:meth:`Vocabulary.day_order` of the text when not given)."""
    text = document.text
    sentences = list(parsed.sentences)
    scopes = [Scope(s, e, category) for s, e, category in parsed.scopes]
    entries = tuple(form_entries(text, vocab.patterns["checkbox"], document.boxes, vocab.patterns["form_answer_no"],
                                 vocab.patterns["answer_column_header"]))
    scopes.extend(_form_negations(text, vocab, entries))
    scopes.extend(_struck_text(document, vocab))
    scopes.extend(_status_negations(document, vocab))
    dates = treatment_dates(text, vocab, day_first)  # read once for the sections, the course year and the earlier years
    birth = frozenset(s for s, _e, _d in dates if is_birth_date(text, s, vocab))  # decided once for all
    visits = {sec.title_start for sec in parsed.sections if sec.category in FUTURE_SECTIONS and
              _dated_title(text, sec.body_start, dates, vocab.patterns["visit_title_identity"])}
    hard = hard_breaks(text, vocab)
    sections = _dated_past_out([sec for sec in clip_sections(parsed.sections, text, hard, vocab.patterns["label_line"])
                                if sec[0] not in visits],
                               sentences, text, dates, birth)
    sections = _titled_records(sections, document, text, dates, birth)
    year = _course_year(dates, birth)
    cells = quantity_cells(document, vocab)
    ctx = TextContext(document, sentences, scopes, sections, year, entries, tuple(dates), birth, cells)
    if year is not None:
        latest = max(d for s, _e, d in dates if s not in birth)
        earliest: dict[int, date] = {}  # sentence index -> earliest day written in it
        event, radiation = vocab.patterns["disease_event_date_before"], vocab.patterns["radiation_words"]
        for off, day in written_days(text, vocab, dates, quantities=cells):
            if is_birth_date(text, off, vocab):
                continue
            aside = parenthetical_clause(text, off)
            if aside is not None:  # "(declined prophylactic cranial irradiation in 2025)": that clause is the past
                if day.year < year and (latest - day).days > _SAME_COURSE_DAYS:
                    ctx.scopes.append(Scope(aside[0], aside[1], "HISTORICAL"))
                continue
            phrase = _attributive_year(text, off, vocab)
            if phrase is not None:  # "from the 2021 MVD hardware": the year dates that phrase, not its sentence
                if day.year < year and (latest - day).days > _SAME_COURSE_DAYS:
                    ctx.scopes.append(Scope(phrase[0], phrase[1], "HISTORICAL"))
                continue
            i = ctx.sentence_index(off)
            if sentences and event.search(text, max(0, off - 40), off) and \
                    not radiation.search(text, *sentences[i]) and not _done_then(text, off, vocab):
                continue  # "AVM, Spetzler-Martin III, bled 2025": the day of the disease's own event, no earlier course
            clause = _run_on_clause(text, sentences[i], off, vocab) if sentences else None
            if clause is not None:  # a dictated run-on: the year dates its own clause only
                if day.year < year and (latest - day).days > _SAME_COURSE_DAYS:
                    ctx.scopes.append(Scope(clause[0], clause[1], "HISTORICAL"))
                continue
            earliest[i] = min(day, earliest.get(i, day))
        back = vocab.patterns["time_back_reference"]
        for i in range(1, len(sentences)):  # "...in August 2021...; at that time she received ...": that year's
            if i not in earliest and i - 1 in earliest and back.search(text[slice(*sentences[i])]):
                earliest[i] = earliest[i - 1]
        for i, day in sorted(earliest.items()):
            # a sentence about an earlier year is about an earlier course; but not one a few months before the
            # chart's latest date across a new year (a December course with its follow-up in January)
            if day.year < year and (latest - day).days > _SAME_COURSE_DAYS:
                s, e = sentences[i]
                ctx.scopes.append(Scope(s, e, "HISTORICAL"))
    return ctx
