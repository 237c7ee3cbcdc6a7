"""Forms: checkbox option lists and Y / N checklists, read as what they mark.

A form line names options and marks some: "Immobilization<tab>☐ frame ☐ mask ☒ vac-lok", "Fractions
[ ] 1 [X] 3 [ ] 5", a time-out row "Stereotactic frame applied<tab>X<tab><tab>LM" under a "Y N" header.
:func:`form_entries` reads each option with its state; an option left unticked (or answered in the N
column) is never evidence of use (the reading context makes it a negation scope), and a ticked option
that the detailed record contradicts gives way to the record with a review flag (:mod:`nlp.devices`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from srscheck.core.model import Box, Document, Fact, ReviewFlag, unique

from .lines import line_around

_SEP = re.compile(r"\t+|\s{3,}|\s\|\s?")
_YES_WORDS = {"y", "yes"}
_NO_WORDS = {"n", "no"}


@dataclass(frozen=True)
class FormEntry:
    """One entry of a form: an option with its text span, whether it is marked, and the field it answers.

    ``kind`` is "option" (a boxed option), "row" (a Y / N checklist row) or "field" (a field's label, answered
    "not done" by a ticked answer: "Planning CT: [ ] done [X] not done"; never ticked)."""

    start: int
    end: int
    ticked: bool
    field: str  # the field's label ("Fractions", "Immobilization"), or "" when the line names none
    line: tuple[int, int]  # the whole line's span
    mark: tuple[int, int] = (-1, -1)  # the box or the Y / N mark that marks it (an option's or a row's)
    kind: str = "option"


def _cells(line: str, box: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each cell of a form line: its tab-, pipe- or wide-space-separated pieces. A gap
    inside a box is no separator: a scanned "[ ]" comes back from OCR as "[" and "]" apart ("[<tab>]")."""
    inner = [(m.start(), m.end()) for m in box.finditer(line)] if box is not None else []
    out = []
    pos = 0
    for m in _SEP.finditer(line):
        if any(bs < m.start() and m.end() < be for bs, be in inner):
            continue
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line):
        out.append((pos, len(line)))
    return out


def _box_options(line: str, box: re.Pattern[str]) -> list[tuple[int, int, bool, str, int, int]]:
    """(start, end, ticked, field, mark start, mark end) of each boxed option of one line.

    Each cell is read on its own: an option list in one cell ("☐ frame ☐ mask ☒ vac-lok") names each
    option after its box, unless the cell ends with a box and starts with text ("MRI [ ] CT [X]"), where
    each label comes before its box. The field's label in the cell before ("Immobilization") is no option.
    """
    out: list[tuple[int, int, bool, str, int, int]] = []
    field = ""
    cells = _cells(line, box)
    for i in range(len(cells) - 2, -1, -1):  # a box alone in its cell ("☒<tab>Leksell frame") marks the next
        if not box.sub("", line[cells[i][0]:cells[i][1]]).strip():
            cells[i:i + 2] = [(cells[i][0], cells[i + 1][1])]
    for cs, ce in cells:
        cell = line[cs:ce]
        boxes = list(box.finditer(cell))
        if not boxes:
            if not out:
                field = cell.strip().rstrip(":").strip()
            continue
        prefix = cell[:boxes[0].start()].strip()
        suffix = cell[boxes[-1].end():].strip()
        label_first = bool(prefix) and not prefix.endswith(":") and not suffix
        if prefix.endswith(":"):
            field = prefix.rstrip(":").strip()
        for i, m in enumerate(boxes):
            if label_first:
                s = boxes[i - 1].end() if i else 0
                e = m.start()
            else:
                s = m.end()
                e = boxes[i + 1].start() if i + 1 < len(boxes) else len(cell)
            label = cell[s:e]
            following = None if label_first else _NEXT_FIELD.search(label)
            if following is not None:  # "( ) no Summary: [L1 ...]": the option ends where the next field's label
                label = label[:following.start()]  # starts, and that field's options follow
            stripped = label.strip().rstrip(":;,").strip()
            if stripped:
                k = label.find(stripped)
                out.append((cs + s + k, cs + s + k + len(stripped), bool(m.group("ticked")), field,
                            cs + m.start(), cs + m.end()))
            if following is not None:
                field = following.group("label")
    return out


# a field's label after an option's words, on the same line of a form whose gaps a scan or a copy has closed
# ("(x) yes ( ) no Prior RT to site: ( ) yes", "( ) no Summary: [...]"): a capitalised label of up to five words
# and its colon (not a time's "10:42")
_NEXT_FIELD = re.compile(r"(?<=\S)[ \t]+(?P<label>(?-i:[A-Z])[\w/&'()-]*(?:[ \t]+[\w/&'()-]+){0,4}?)[ \t]*:(?!\S)")


_TOKEN = re.compile(r"\S+")
_MARKS = {"x", "✓", "✔", "☒", "☑", "y", "n", "yes", "no"}
Boxes = Callable[[int, int], Sequence[Box]]


def _x(boxes: Boxes | None, start: int, end: int, column: int) -> float:
    """The horizontal centre of a word: from its box on the page, or its column in the line."""
    found = boxes(start, end) if boxes is not None else ()
    if found:
        return (min(b.x0 for b in found) + max(b.x1 for b in found)) / 2
    return float(column)


def _yes_no_header(bare: str, pos: int, boxes: Boxes | None) -> tuple[float, float, float] | None:
    """The Y and N columns' centres (and the first's left edge) of a checklist header ("Item  Y  N  Init")."""
    words = list(_TOKEN.finditer(bare))
    if not 3 <= len(words) <= 8:
        return None
    low = [w.group(0).lower() for w in words]
    ys = [i for i, w in enumerate(low) if w in _YES_WORDS]
    ns = [i for i, w in enumerate(low) if w in _NO_WORDS]
    if not ys or not ns or ys[0] == 0 or ns[0] != ys[0] + 1:
        return None
    y, n = words[ys[0]], words[ns[0]]
    return (_x(boxes, pos + y.start(), pos + y.end(), y.start()), _x(boxes, pos + n.start(), pos + n.end(), n.start()),
            abs(_x(boxes, pos + n.start(), pos + n.end(), n.start())
                - _x(boxes, pos + y.start(), pos + y.end(), y.start())))


def _yes_no_row(bare: str, pos: int, boxes: Boxes | None,
                cols: tuple[float, float, float]) -> tuple[int, int, bool, int] | None:
    """A checklist row's label span and its answer: the one mark (X, ✓, Y, N) that sits under the Y or
    the N column; a row marked in both columns, or in neither, answers nothing. Also the mark's offset."""
    y_at, n_at, gap = cols
    hits: list[tuple[int, bool]] = []
    for w in _TOKEN.finditer(bare):
        if w.start() == 0 or w.group(0).lower() not in _MARKS:
            continue
        x = _x(boxes, pos + w.start(), pos + w.end(), w.start())
        near_y, near_n = abs(x - y_at), abs(x - n_at)
        if min(near_y, near_n) > max(gap, 1.0) * 0.75:
            continue
        hits.append((w.start(), near_y < near_n))
    if len(hits) != 1:
        return None
    at, yes = hits[0]
    label = bare[:at].strip()
    if not label:
        return None
    k = bare.find(label)
    return k, k + len(label), yes, at


_CSV_FIELD = re.compile(r'[ \t]*(?:"[^"\n]*"|[^,"\n]*)[ \t]*(?:,|$)')


def _csv_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each field of a comma-separated export's line ('Vacuum cushion (long),Y,"head to knees"'),
    a quoted field whole; [] for a line with no comma."""
    if "," not in line or "\t" in line:
        return []
    out, pos = [], 0
    while pos <= len(line):
        m = _CSV_FIELD.match(line, pos)
        if m is None or m.end() == pos:
            break
        end = m.end() - 1 if m.group(0).endswith(",") else m.end()
        out.append((pos, end))
        pos = m.end()
        if not m.group(0).endswith(","):
            break
    return out if len(out) >= 2 else []


def _answer_column(bare: str, header: re.Pattern[str] | None, comma: bool = False) -> int | None:
    """The index of a table header's answer column ("Device<tab>Used?<tab>Comment": 1; a comma-separated export's
    "item,selected,detail" with ``comma``): a cell after the first that asks whether the row's item was used or
    done (``header``: patterns ``answer_column_header``)."""
    if header is None:
        return None
    cells = _csv_cells(bare) if comma else _cells(bare)
    if not 2 <= len(cells) <= 8:
        return None
    return next((i for i, (s, e) in enumerate(cells) if i and header.fullmatch(bare[s:e].strip())), None)


def _answer_row(bare: str, col: int, comma: bool = False,
                box: re.Pattern[str] | None = None) -> tuple[int, int, bool, int, int] | None:
    """A row of a table with an answer column (:func:`_answer_column`): the label before the answer, whether the
    answer is yes, and the answer's span ("Implanted fiducial markers<tab>No<tab>not placed"; a box alone under the
    column answers by its tick: "Vacuum bag<tab>[ ]<tab>declined"); None when the cell under the answer column is no
    yes / no word nor box."""
    cells = _csv_cells(bare) if comma else _cells(bare, box)
    if len(cells) <= col:
        return None
    s, e = cells[col]
    word = bare[s:e].strip().lower()
    ticked = box.fullmatch(bare[s:e].strip()) if box is not None else None
    if ticked is not None:
        word = "yes" if ticked.group("ticked") else "no"
    if word not in _YES_WORDS | _NO_WORDS:
        return None
    label = bare[:s].strip().rstrip(",").strip()
    if not label:
        return None
    k = bare.find(label)
    return k, k + len(label), word in _YES_WORDS, s, e


def form_entries(text: str, box: re.Pattern[str], boxes: Boxes | None = None,
                 answer_no: re.Pattern[str] | None = None,
                 answer_header: re.Pattern[str] | None = None) -> list[FormEntry]:
    """Every entry of the text's forms: boxed options, Y / N checklist rows, the rows of a table answered Yes or
    No in an answer column (``answer_header``: its header, "Used?") and, given ``answer_no`` (the answers that
    say "not done"), the fields answered "not done" (:func:`answered_fields`).

    ``boxes`` (the document's word boxes) places a checklist's marks under its Y or N column; without it
    the marks' columns in the line are used."""
    out: list[FormEntry] = []
    pos = 0
    cols: tuple[float, float, float] | None = None  # the Y and N columns of the checklist being read
    answers: int | None = None  # the answer column of the table being read
    comma = False  # ... of a comma-separated export's table
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n\f")
        span = (pos, pos + len(bare))
        if not bare.strip() or "\f" in line:
            answers = None
        elif answers is not None:
            row = _answer_row(bare, answers, comma, box)
            if row is not None:  # "Stereotactic head frame<tab>No": the row's item was not used
                out.append(FormEntry(pos + row[0], pos + row[1], row[2], "", span, (pos + row[3], pos + row[4]),
                                     "row"))
            elif comma and not _csv_cells(bare):
                answers = None  # (the export's next part: "[IMAGE_SETS]")
        else:
            answers = _answer_column(bare, answer_header)
            comma = False
            if answers is None:  # "item,selected,detail"
                answers = _answer_column(bare, answer_header, comma=True)
                comma = answers is not None
        if box.search(bare):
            options = _box_options(bare, box)
            for s, e, ticked, field, ms, me in options:
                out.append(FormEntry(pos + s, pos + e, ticked, field, span, (pos + ms, pos + me)))
            lone = _lone_answer(bare, options, answer_no)
            if lone is not None:  # "Stereotactic frame applied<tab>☐ no": the step the row names was not done
                out.append(FormEntry(pos + lone[0], pos + lone[1], False, bare[lone[0]:lone[1]], span,
                                     (pos + options[0][4], pos + options[0][5]), "field"))
        header = _yes_no_header(bare, pos, boxes)
        if header is not None:
            cols = header
        elif not bare.strip() or "\f" in line:
            cols = None
        elif cols is not None:
            row = _yes_no_row(bare, pos, boxes, cols)
            if row is not None:
                at = pos + row[3]
                mark = (at, at + len(bare[row[3]:].split()[0]))
                out.append(FormEntry(pos + row[0], pos + row[1], row[2], "", span, mark, "row"))
        pos += len(line)
    if answer_no is not None:
        for s, e in answered_fields(text, box, answer_no):
            out.append(FormEntry(s, e, False, text[s:e], line_around(text, s, e), kind="field"))
    return out


def _lone_answer(bare: str, options: list[tuple[int, int, bool, str, int, int]],
                 answer_no: re.Pattern[str] | None) -> tuple[int, int] | None:
    """The span of a form row's label answered "not done" by its one box ("Frame applied<tab>☐ no", "Imaging
    done<tab>☒ no", "Radiosurgery delivered<tab>☐ yes"): the box's own label is a yes / no answer and either the
    box is left empty (the step was not marked done) or the answer it ticks is "no"; None otherwise."""
    if len(options) != 1 or answer_no is None:
        return None
    s, e, ticked, field, _ms, _me = options[0]
    answer = bare[s:e].strip().lower()
    if not field or not (answer in _YES_WORDS or answer == "done" or answer_no.fullmatch(answer)):
        return None
    if ticked and not answer_no.fullmatch(answer):
        return None
    at = bare.find(field)
    return (at, at + len(field)) if 0 <= at < s else None


_FIELD_LABEL = re.compile(r"([A-Za-z][A-Za-z0-9 /+()-]{0,40}?)[ \t]*:[ \t]*$")
_ANSWER = re.compile(r"[ \t\n]*([A-Za-z/][A-Za-z/ ]{0,24}?)[ \t]*(?=[.;,\n]|$)")


def answered_fields(text: str, box: re.Pattern[str], answer_no: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the field labels a form answers "not done" by ticking an answer: "Planning CT: [ ] done
    [X] not done" negates "Planning CT". The answers may wrap onto the next line (a typed form's line
    ends after a box); a field answered "done" is left as it is."""
    out = []
    marks = list(box.finditer(text))
    i = 0
    while i < len(marks):
        group = [marks[i]]
        while i + 1 < len(marks):  # the next box follows a short answer ("done ", "yes ")
            gap = text[group[-1].end():marks[i + 1].start()]
            if len(gap) > 30 or ":" in gap or "\n\n" in gap or len(gap.split()) > 3:
                break
            group.append(marks[i + 1])
            i += 1
        i += 1
        if len(group) < 2:
            continue
        start = group[0].start()
        label = _FIELD_LABEL.search(text, max(0, line_around(text, start)[0], start - 60), start)
        if label is None:
            continue
        for k, m in enumerate(group):
            if not m.group("ticked"):
                continue
            stop = group[k + 1].start() if k + 1 < len(group) else min(len(text), m.end() + 40)
            ans = _ANSWER.match(text, m.end(), stop)
            if ans and answer_no.fullmatch(ans.group(1).strip()):
                out.append((label.start(1), label.end(1)))
    return out


def on_form(entries: Sequence[FormEntry], offset: int) -> bool:
    return any(e.line[0] <= offset < e.line[1] for e in entries)


def own_option(entries: Sequence[FormEntry], s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The part of sentence ``s``-``e`` that quotes a mention at ``start``-``end``: on a form line of several
    boxed options, its own option with its box ("[X] Mask + IFMM", not the declined frame before it)."""
    options = [o for o in entries if o.kind == "option" and s <= o.mark[0] and o.end <= e]
    if len(options) < 2:
        return s, e
    for o in options:
        lo, hi = min(o.start, o.mark[0]), max(o.end, o.mark[1])
        if lo <= start and end <= hi:
            return lo, hi
    return s, e


def fraction_conflicts(fractions: Fact, document: Document, entries: Sequence[FormEntry],
                       fraction_field: re.Pattern[str]) -> list[ReviewFlag]:
    """A form's ticked fraction count ("Fractions [ ] 1 [X] 3 [ ] 5") that differs from the count the
    record gives (five dated fractions): the record's count stands, and a review flag quotes both.
    ``entries``: the document's form_entries; ``fraction_field``: the vocabulary's form_fraction_field (the field
    of a count of fractions: "Fractions", "# fx", "No. of fractions", "Sessions")."""
    chosen = fractions.value
    if chosen is None:
        return []
    text = document.text
    for e in entries:
        if not e.ticked or not fraction_field.search(e.field):
            continue
        n = text[e.start:e.end].strip()
        if not n.isdigit() or int(n) == chosen:
            continue
        ev = [document.evidence(*e.line, rule="review:form")] + list(fractions.evidence[:1])
        return [ReviewFlag("fractions",
                           f"The form ticks {n} fraction(s) ({text[e.line[0]:e.line[1]].strip()!r}), but the "
                           f"record documents {chosen}; {chosen} was used: check which is right.",
                           tuple(unique(ev)))]
    return []


__all__ = ["FormEntry", "answered_fields", "form_entries", "fraction_conflicts", "on_form", "own_option"]
