"""Page geometry -> reading order: lines, key/value and table cells, two-column pages, headers/footers.

The reader (``nlp/reader.py``) turns a PDF page (or a text file, or OCR output) into :class:`LWord`
objects in a *reading frame*: x grows along the text direction and y grows down the lines, whatever
the page rotation.  This module is pure geometry, with no PDF library: it groups the words into lines,
splits lines into cells at large horizontal gaps, finds two-column regions (read left column, then
right) and text-aligned tables, and removes repeated headers/footers and page numbers across pages.

Thresholds are in *em* (the font size of the words involved), so they hold for any font size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from statistics import median

from srscheck.core.model import Box

# A gap wider than this many em between two words on a line separates two cells (or columns).
CELL_GAP_EM = 1.2
# The width of a space between two words (em): a wrapped cell's next word did not fit after its line plus this.
WORD_SPACE_EM = 0.25
# A gutter shared by several lines must stay at least this wide (em) to define table columns.
MIN_TABLE_GUTTER_EM = 0.5
# Words that start this close (em) to one another's left x on every row of a table stand in one left-aligned column
# (far tighter than COLUMN_EDGE_EM on purpose: with no gutter to show it, only words set at one x make a column).
ALIGNED_START_EM = 0.05
# ... and this wide to define the gutter of a two-column page.
MIN_COLUMN_GUTTER_EM = 0.8
# Lines further apart than this (em) do not belong to the same table or column run.
MAX_RUN_GAP_EM = 2.2
# A vertical gap larger than this (em) between two lines starts a new paragraph (blank line).
PARAGRAPH_GAP_EM = 0.5
# ... unless the lower line goes on with the upper line's sentence and the gap is no wider than this many times
# the page's usual line gap: a scan's text boxes hug the glyphs, so its ordinary line spacing looks like a gap.
CONTINUED_GAP = 1.4
# Two-column detection: lines with text on both sides of the gutter, and mean words per side.
MIN_COLUMN_LINES = 3
MIN_COLUMN_WORDS = 3.0
# ... and over how many lines (em) the two sides must stand side by side, not one block above the other.
# Lines with text on one side only belong to the run too: a column is often longer than the other.
MIN_SHARED_LINES = 2
# Two left edges are one when this close (em): a row starts at a column's edge, a line starts where another does.
COLUMN_EDGE_EM = 0.5
# Header/footer bands: fraction of the page height, and how many lines from the edge to look at.
BAND_FRACTION = 0.12
BAND_LINES = 4


@dataclass(slots=True)
class LWord:
    """A word in the reading frame (x along the text, y down the lines) and its box on the page."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size in points (em)
    box: Box  # display box: PDF points, origin top-left of the page as shown
    bold: bool = False
    # where another string the page draws starts inside the word, touching the one before it with no space and no
    # overlap ("98.7%" and "3.1" of two table cells drawn as "98.7%3.1"): (its first character's index, the first
    # part's right edge and the second's left edge in the reading frame, the two parts' display boxes); a ruled
    # table splits the word there when a column edge parts them (reader._ruled_tables)
    seams: tuple[tuple[int, float, float, Box, Box], ...] = ()
    confidence: float = 100.0  # OCR's confidence in the word (0-100); a text layer's word is sure


@dataclass(slots=True)
class RuledTable:
    """A table found from ruling lines: each row is a list of cell rectangles (reading frame)."""

    x0: float
    top: float
    x1: float
    bottom: float
    rows: list[list[tuple[float, float, float, float]]]


@dataclass(slots=True)
class Line:
    """Words sharing a baseline (sorted by x), or a ruled table standing in the flow as one line."""

    words: list[LWord]
    table: TableBlock | None = None
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0

    def refresh(self) -> Line:
        if self.words:
            self.words.sort(key=lambda w: (w.x0, w.top))
            self.top = min(w.top for w in self.words)
            self.bottom = max(w.bottom for w in self.words)
            self.x0 = self.words[0].x0
            self.x1 = max(w.x1 for w in self.words)
        return self

    @property
    def em(self) -> float:
        if self.table is not None or not self.words:
            return 10.0
        return median(w.size for w in self.words)

    def segments(self) -> list[list[LWord]]:
        return split_cells(self.words)

    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(slots=True)
class TableBlock:
    """Rows of cells (each cell a list of words in reading order); ``header`` marks row 0 as titles."""

    rows: list[list[list[LWord]]]
    header: bool = False
    ruled: bool = False


@dataclass(slots=True)
class TextBlock:
    """Lines of running text; each line is a list of cells (one cell unless large gaps split it)."""

    lines: list[list[list[LWord]]] = field(default_factory=list)
    breaks: list[bool] = field(default_factory=list)  # True: a paragraph break before this line


Block = TextBlock | TableBlock


# --------------------------------------------------------------------------------------------------
# Lines and cells
# --------------------------------------------------------------------------------------------------


def _v_overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> float:
    return min(a_bottom, b_bottom) - max(a_top, b_top)


def cluster_lines(words: Iterable[LWord]) -> list[Line]:
    """Group words into lines: a word joins a line it overlaps vertically by half its height."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w.top + w.bottom, w.x0)):
        h = w.bottom - w.top
        best = None
        for line in reversed(lines[-4:]):
            ov = _v_overlap(w.top, w.bottom, line.top, line.bottom)
            if ov >= 0.5 * min(h, line.bottom - line.top):
                best = line
                break
        if best is None:
            lines.append(Line([w], top=w.top, bottom=w.bottom, x0=w.x0, x1=w.x1))
        else:
            best.words.append(w)
            best.top = min(best.top, w.top)
            best.bottom = max(best.bottom, w.bottom)
    for line in lines:
        line.refresh()
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def split_cells(words: Sequence[LWord]) -> list[list[LWord]]:
    """Split a line's words (sorted by x) where the gap exceeds ``CELL_GAP_EM``."""
    cells: list[list[LWord]] = []
    for w in words:
        if cells:
            prev = cells[-1][-1]
            if w.x0 - prev.x1 > CELL_GAP_EM * max(w.size, prev.size):
                cells.append([w])
                continue
            cells[-1].append(w)
        else:
            cells.append([w])
    return cells


def _line_spans(line: Line) -> list[tuple[float, float]]:
    if line.table is not None:
        return [(line.x0, line.x1)]
    return [(c[0].x0, max(w.x1 for w in c)) for c in line.segments()]


def _cell_gaps(line: Line) -> list[tuple[float, float]]:
    spans = _line_spans(line)
    return [(spans[i][1], spans[i + 1][0]) for i in range(len(spans) - 1)]


def _subtract(intervals: list[tuple[float, float]], line: Line, min_w: float) -> list[tuple[float, float]]:
    """Parts of ``intervals`` not covered by any word of ``line``, at least ``min_w`` wide."""
    out = intervals
    covers = [(w.x0, w.x1) for w in line.words] if line.table is None else [(line.x0, line.x1)]
    for c0, c1 in covers:
        nxt = []
        for a, b in out:
            if c1 <= a or c0 >= b:
                nxt.append((a, b))
                continue
            if c0 - a >= min_w:
                nxt.append((a, c0))
            if b - c1 >= min_w:
                nxt.append((c1, b))
        out = nxt
    return out


def _gap_ok(upper: Line, lower: Line, em: float) -> bool:
    return lower.top - upper.bottom <= MAX_RUN_GAP_EM * em


# --------------------------------------------------------------------------------------------------
# Two-column regions
# --------------------------------------------------------------------------------------------------


def _sides(line: Line, g0: float, g1: float) -> tuple[list[LWord], list[LWord]] | None:
    """Words left/right of the gutter, or None when a word (or a table) crosses it.

    A word that reaches into the gutter from one side counts on that side; the caller narrows the
    gutter to the words (and stops when it gets too narrow), so a column line longer than the lines
    the gutter was first measured on does not end the column.
    """
    if line.table is not None:  # a ruled table's box may start inside the gutter (its rule left of its text)
        if line.x1 <= g0 or (line.x0 < g0 and line.x1 < g1):
            return [], []
        if line.x0 >= g1 or (line.x0 > g0 and line.x1 > g1):
            return [], []
        return None
    left: list[LWord] = []
    right: list[LWord] = []
    # a word inside the gutter goes with the run of words it is a word space from ("2700 cGy in 3" run on from
    # the left side into a gutter first measured on a line of short titles); in a run that crosses the gutter (two
    # boxes' text set close: "... 4 mm from the optic Fraction 2: ..."), with the nearer of its neighbours
    run = {id(w): (c[0].x0, max(x.x1 for x in c)) for c in split_cells(line.words) for w in c}
    words = line.words
    for k, w in enumerate(words):
        if w.x1 <= g0 or (w.x0 < g0 and w.x1 < g1):
            left.append(w)  # left of the gutter, or reaching into it (the gutter narrows)
        elif w.x0 >= g1 or (w.x0 > g0 and w.x1 > g1):
            right.append(w)
        elif w.x0 >= g0 and w.x1 <= g1:
            r0, r1 = run[id(w)]
            if r0 < g0 and r1 <= g1:
                left.append(w)
            elif r1 > g1 and r0 >= g0:
                right.append(w)
            elif r0 < g0 and r1 > g1 and 0 < k < len(words) - 1:
                (left if w.x0 - words[k - 1].x1 <= words[k + 1].x0 - w.x1 else right).append(w)
            else:
                (left if w.x0 + w.x1 < g0 + g1 else right).append(w)
        else:
            return None  # the word covers the whole gutter
    return left, right


OVERRUN_SPACES = 1.8  # a box's edge between two words is wider than the line's word spaces by this much


def _overrun(left: list[LWord], right: list[LWord], g0: float, g1: float, n0: float, n1: float, em: float) -> bool:
    """A line whose left side runs on into the gutter to within a few word spaces of the right side, which starts at
    the right column's edge (two text boxes set side by side, one line of the left box filled to its border: "...
    4 mm from the optic" beside "Fraction 2: ..."): still a line of the two columns, the gutter as it was. The gap
    there is clearly wider than the line's own word spaces (OVERRUN_SPACES): a plain-text line whose words merely
    fall on the gutter's edge has a word space there."""
    if not (left and right) or abs(min(w.x0 for w in right) - g1) > COLUMN_EDGE_EM * em or \
            n1 - n0 < 2 * WORD_SPACE_EM * em or g1 - g0 < MIN_COLUMN_GUTTER_EM * em:
        return False
    spaces = [b.x0 - a.x1 for side in (left, right) for a, b in zip(side, side[1:]) if b.x0 > a.x1]
    return bool(spaces) and n1 - n0 >= OVERRUN_SPACES * median(spaces)


def _grow_gutter(lines: Sequence[Line], i: int, gutter: tuple[float, float], step: int,
                 em: float, one_sided_tables: bool = False,
                 one_sided_lists: bool = False,
                 edges: tuple[float, float] | None = None,
                 starts: tuple[list[float], list[float]] | None = None) -> tuple[int, tuple[float, float]]:
    """Extend a gutter from line ``i`` up (step -1) or down (step 1); return the last line kept.

    ``one_sided_tables``: once a run is known to be two columns of running text, a line of several
    cells on ONE side (a key/value list or a table inside one column) belongs to that column; a
    line with cells on both sides still ends the run (a full-width table below the columns).
    ``one_sided_lists``: while a run is first measured, a line of several cells on one side only (a
    column of label / value rows beside a column of prose, the label's gap is not the gutter) does
    not end it; the caller then asks for running text on both sides.
    ``edges``: the left x of each column of a known run. A line with cells on both sides whose sides
    each start at their column's edge (label / value rows at the head of both columns) belongs to the
    columns; a full-width table's cells do not start at both edges. ``starts``: the x where cells of each
    column's lines in the run start (a key/value list's value column), added to as lines are kept: a side
    starting there is that column's too ("SYN-26001" beside "(181-10 deg)", the wrapped value of the right
    column's list).
    """
    g0, g1 = gutter
    j = i
    reach = lines[i].bottom if step > 0 else lines[i].top  # how far the run's lines reach (a tall table)
    while 0 <= j + step < len(lines):
        nxt = lines[j + step]
        gap = nxt.top - reach if step > 0 else reach - nxt.bottom
        if gap > MAX_RUN_GAP_EM * em:
            break
        sides = _sides(nxt, g0, g1)
        if sides is None:
            break
        left, right = sides
        cells = (len(split_cells(left)) > 1) + (len(split_cells(right)) > 1)
        aligned = edges is not None and left and right \
            and any(abs(min(w.x0 for w in left) - x) <= COLUMN_EDGE_EM * em
                    for x in [edges[0]] + (starts[0] if starts else [])) \
            and any(abs(min(w.x0 for w in right) - x) <= COLUMN_EDGE_EM * em
                    for x in [edges[1]] + (starts[1] if starts else []))
        if nxt.table is None and cells and not (one_sided_tables and not (left and right)) \
                and (cells == 2 or not one_sided_lists) and not aligned:
            break  # a row of several cells on one side: a table, not running text
        n0 = max([g0] + [w.x1 for w in left])
        n1 = min([g1] + [w.x0 for w in right])
        if n1 - n0 < MIN_COLUMN_GUTTER_EM * em:
            if not _overrun(left, right, g0, g1, n0, n1, em):
                break
            n0, n1 = g0, g1  # one left line run on into the gutter up to the right column's edge: the gutter stays
        g0, g1 = n0, n1
        reach = max(reach, nxt.bottom) if step > 0 else min(reach, nxt.top)
        if starts is not None and nxt.table is None:  # the cells of a line kept: where its column's cells start
            starts[0].extend(c[0].x0 for c in split_cells(left) if c)
            starts[1].extend(c[0].x0 for c in split_cells(right) if c)
        j += step
    return j, (g0, g1)


def _prose(parts: list[list[LWord]]) -> bool:
    """Lines of text on one side: enough lines, several words a line on average, and more than one of them
    several words long (one long remark among short cells is a row's last cell, not a column: "11/10/2026" /
    "discontinued 11/12 - fractionated mask approach chosen" / "11/12/2026" beside an order list)."""
    full = [p for p in parts if p]
    long = sum(1 for p in full if len(p) >= MIN_COLUMN_WORDS)
    return len(full) >= MIN_COLUMN_LINES and sum(len(p) for p in full) / len(full) >= MIN_COLUMN_WORDS and \
        long >= 2


def _running(parts: list[list[LWord]]) -> bool:
    """Lines of running text on one side: enough lines that are one run of several words."""
    return sum(1 for p in parts if len(p) >= MIN_COLUMN_WORDS and len(split_cells(p)) == 1) >= MIN_COLUMN_LINES


LIST_LABEL_WORDS = 4  # a list's label is a few words ("Thalamic capsule Dmax", "Frame check")


def _listed(parts: list[list[LWord]]) -> bool:
    """A label / value list standing in one column (a record's "Unit  cobalt-60 unit", "Dose  130 Gy maximum" beside
    a column of prose): enough lines of two cells, each opening with a label of a few words (no number) at one x and
    its value at the same x; its other lines are one cell (a heading, a wrapped value)."""
    full = [split_cells(p) for p in parts if p]
    pairs = [c for c in full if len(c) == 2]
    if len(pairs) < MIN_COLUMN_LINES or any(len(c) > 2 for c in full) or \
            any(len(c[0]) > LIST_LABEL_WORDS for c in pairs):
        return False  # (a line of prose beside a label is no list's row)
    em = median(w.bottom - w.top for c in pairs for w in c[0])
    return all(c[0][0].text[:1].isalpha() and not VALUE_WORD.match(c[0][0].text) for c in pairs) \
        and max(c[0][0].x0 for c in pairs) - min(c[0][0].x0 for c in pairs) <= COLUMN_EDGE_EM * em \
        and max(c[1][0].x0 for c in pairs) - min(c[1][0].x0 for c in pairs) <= COLUMN_EDGE_EM * em


def _one_run(parts: list[list[LWord]]) -> bool:
    """Running text on one side and nothing else: no line of it splits into cells."""
    return _running(parts) and all(len(split_cells(p)) <= 1 for p in parts if p)


MIN_SIDE_LINES = 6  # a side column (a letterhead's list of services, staff and units) runs over this many lines


def _side_column(side: list[list[LWord]], body: list[list[LWord]], em: float) -> bool:
    """A side column beside running text (``body``, line by line with ``side``): a letterhead's sidebar listing a
    department's services, staff and units, or a callout box, whose short lines are no labels of the body's lines.
    Its lines are one cell each, start at one x and run over MIN_SIDE_LINES lines or more; at least
    MIN_COLUMN_LINES of them stand alone, with nothing across the gutter (its list runs on where the body has a
    paragraph gap, where a form's label column has a value beside each label), and one stands beside a body line
    that goes on, in lower case, with the full body line above it (a form's label never stands beside its value's
    wrapped line)."""
    rows = [p for p in side if p]
    if len(rows) < MIN_SIDE_LINES or any(len(split_cells(p)) > 1 for p in rows) or \
            max(p[0].x0 for p in rows) - min(p[0].x0 for p in rows) > COLUMN_EDGE_EM * em:
        return False
    far = max(w.x1 for p in body for w in p)
    full = [bool(p) and max(w.x1 for w in p) >= far - FULL_LINE_EM * em for p in body]
    wraps = any(side[k] and body[k] and full[k - 1] and body[k][0].text[:1].islower() for k in range(1, len(side)))
    alone = sum(1 for s, b in zip(side, body) if s and not b)
    return wraps and alone >= MIN_COLUMN_LINES


def find_columns(lines: Sequence[Line]) -> tuple[int, int, float, float] | None:
    """The first two-column run ``(first, last, g0, g1)`` among ``lines``, or None.

    A run is a vertical stretch of lines that no word crosses at the gutter, where both sides carry
    running text (several lines of several words) over the same height, so a table's column gap is
    not taken for one.  Gutters are tried from lines split in two by a large gap, then from vertical
    whitespace (for columns whose lines do not line up).
    """
    for i, gutter in _gutter_candidates(lines):
        run = _column_run(lines, i, gutter)
        if run is not None:
            return run
    return None


def _gutter_candidates(lines: Sequence[Line]) -> Iterator[tuple[int, tuple[float, float]]]:
    for i, line in enumerate(lines):
        if line.table is None:
            segs = line.segments()
            if len(segs) == 2:
                yield i, (max(w.x1 for w in segs[0]), segs[1][0].x0)
    for g0, g1 in _whitespace_gutters(lines):
        # Start from the widest line of the left column: the gutter begins where it ends.
        lefts = [i for i, ln in enumerate(lines) if ln.table is None and ln.words and ln.x0 < g0 and ln.x1 < g1]
        if lefts:
            i = max(lefts, key=lambda k: lines[k].x1)
            if g1 - lines[i].x1 >= MIN_COLUMN_GUTTER_EM * lines[i].em:
                yield i, (lines[i].x1, g1)


def _whitespace_gutters(lines: Sequence[Line]) -> list[tuple[float, float]]:
    """x ranges in the middle of the region that (almost) no line covers, widest first."""
    text = [ln for ln in lines if ln.table is None and ln.words]
    if len(text) < 2 * MIN_COLUMN_LINES:
        return []
    x0, x1 = min(ln.x0 for ln in text), max(ln.x1 for ln in text)
    lo, hi = x0 + 0.2 * (x1 - x0), x0 + 0.8 * (x1 - x0)
    events: list[tuple[float, int]] = []
    for ln in text:
        for c in ln.segments():
            events += [(c[0].x0, 1), (max(w.x1 for w in c), -1)]
    events.sort()
    limit = max(1, len(text) // 10)
    min_w = MIN_COLUMN_GUTTER_EM * median(ln.em for ln in text)
    out = []
    depth, start = 0, None
    for x, step in events:
        depth += step
        if depth <= limit and start is None:
            start = x
        elif depth > limit and start is not None:
            a, b = max(start, lo), min(x, hi)
            if b - a >= min_w:
                out.append((a, b))
            start = None
    return sorted(out, key=lambda g: g[0] - g[1])


def _column_run(lines: Sequence[Line], i: int, gutter: tuple[float, float]) -> tuple[int, int, float, float] | None:
    em = lines[i].em
    last, gutter = _grow_gutter(lines, i, gutter, 1, em, one_sided_lists=True)
    first, gutter = _grow_gutter(lines, i, gutter, -1, em, one_sided_lists=True)
    left: list[list[LWord]] = []
    right: list[list[LWord]] = []
    for ln in lines[first:last + 1]:
        sides = _sides(ln, *gutter)
        if sides is None:  # cannot happen after growing, but stay safe
            return None
        left.append(sides[0])
        right.append(sides[1])
    side = _prose(right) and _side_column(left, right, em) or _prose(left) and _side_column(right, left, em)
    if not side and not (_prose(left) and _prose(right)):
        return None
    if not side and any(len(split_cells(p)) > 1 for p in left + right) and not (_running(left) and _running(right)) \
            and not (_one_run(left) and _listed(right)) and not (_one_run(right) and _listed(left)):
        return None  # label / value rows beside text, but no column of running text on one side
    lt, lb = _extent(left)
    rt, rb = _extent(right)
    if min(lb, rb) - max(lt, rt) < MIN_SHARED_LINES * em:
        return None  # one block above the other, not side by side
    edges = (min(w.x0 for p in left for w in p), min(w.x0 for p in right for w in p))
    starts = ([c[0].x0 for p in left if p for c in split_cells(p)],
              [c[0].x0 for p in right if p for c in split_cells(p)])
    last, gutter = _grow_gutter(lines, last, gutter, 1, em, one_sided_tables=True, edges=edges, starts=starts)
    first, gutter = _grow_gutter(lines, first, gutter, -1, em, one_sided_tables=True, edges=edges, starts=starts)
    return first, last, gutter[0], gutter[1]


def _extent(parts: list[list[LWord]]) -> tuple[float, float]:
    words = [w for p in parts for w in p]
    return min(w.top for w in words), max(w.bottom for w in words)


# --------------------------------------------------------------------------------------------------
# Tables aligned by whitespace
# --------------------------------------------------------------------------------------------------


def _assign(words: Sequence[LWord], gutters: Sequence[tuple[float, float]]) -> list[list[LWord]]:
    cells: list[list[LWord]] = [[] for _ in range(len(gutters) + 1)]
    for w in words:
        k = sum(1 for g0, _ in gutters if w.x0 >= g0)
        cells[k].append(w)
    return cells


def _crosses(line: Line, gutters: Sequence[tuple[float, float]]) -> bool:
    return any(w.x0 < g1 and w.x1 > g0 for w in line.words for g0, g1 in gutters)


def _has_digit(cells: Sequence[Sequence[LWord]]) -> bool:
    return any(ch.isdigit() for c in cells for w in c for ch in w.text)


VALUE_WORD = re.compile(r"^\W*\d")  # a number, date, dose or count ("8", "11/02", "(6.1"), not "D0.5cc" or "V20Gy"


def _has_value(cells: Sequence[Sequence[LWord]]) -> bool:
    """Whether a row writes a value: a word that starts with a digit. A column title may hold digits inside
    a word ("Stomach D0.5cc", "V20Gy") and still be a title."""
    return any(VALUE_WORD.match(w.text) for c in cells for w in c)


def _spanned(rows: list[list[list[LWord]]], j: int) -> bool:
    """Column ``j`` of a table is left untitled because the title to its left spans it: a titled column (or one so
    spanned) is at its left and no row writes a digit in it (an "IGRT" title over "kV fiducials + CBCT", cut at
    its single spaces into three columns)."""
    first = rows[0]
    return 0 < j < len(first) and (bool(first[j - 1]) or _spanned(rows, j - 1)) and \
        not any(j < len(r) and _has_digit([r[j]]) for r in rows[1:])


def _lost_title(first: list[list[LWord]], j: int) -> bool:
    """Column ``j`` of a ruled table's first row is empty between two titled cells of a row of three titles or more:
    a title the scan lost (OCR drops a word pressed against a ruling: "Isodose" beside "Shots"), not a row of values
    with a gap."""
    return 0 < j < len(first) - 1 and bool(first[j - 1]) and bool(first[j + 1]) and \
        sum(1 for c in first if c) >= 3 and sum(1 for c in first if not c) == 1


def looks_like_header(rows: list[list[list[LWord]]], ruled: bool = False) -> bool:
    """Whether row 0 of a table is its column titles; ``ruled``: a table drawn with rulings (one untitled cell between
    titles is a title lost, :func:`_lost_title`)."""
    first, rest = rows[0], rows[1:]
    untitled = [j for j, c in enumerate(first) if not c and not _spanned(rows, j)]
    if not rest or _has_value(first) or any(not (ruled and _lost_title(first, j)) for j in untitled) or \
            sum(1 for c in first if c) < 2:  # (one title over untitled columns: the table's caption)
        return False
    if any(len(c) > 5 for c in first):
        return False
    bold_first = all(w.bold for c in first for w in c)
    bold_rest = all(w.bold for r in rest for c in r for w in c)
    if bold_first and not bold_rest:
        return True
    # Without typography, a two-column table is more likely label/value pairs than a titled table.
    return len(first) >= 3 and sum(1 for r in rest if _has_digit(r)) * 2 >= len(rest)


def _in_parentheses(words: Sequence[LWord], word: LWord) -> bool:
    """Whether ``word`` is inside a parenthesis opened and closed within ``words``."""
    depth = 0
    for w in words:
        opened = depth > 0 or w.text.startswith("(")
        depth += w.text.count("(") - w.text.count(")")
        if w is word:
            return opened and ")" in "".join(x.text for x in words[words.index(w):])
    return False


def _wrapped_label(above: Line, line: Line, gutters: Sequence[tuple[float, float]], em: float,
                   before: Line | None = None) -> bool:
    """``line`` goes on with the first cell of the row ``above`` (a label wrapped in its column: "Thalamic capsule" /
    "Dmax" beside "11 Gy"): one cell left of the first gutter, starting where that cell starts, a label's few words
    (:data:`LIST_LABEL_WORDS`) with the cell's, its first word too wide to have stood after that cell on the row's
    line a cell gap short of the next column. A heading between rows would have fit there and is not taken; a
    wrapped paragraph beside a mark ("... Planning CT:  [ ]" / "done [X] not done. IGRT: ...") is no label. The
    line stands as close under the row as the row under the line ``before`` it (a paragraph gap if none): a
    heading after the list ("Simulation" under "Attending physician  Dana Whitlock, MD") stands further off."""
    if line.table is not None or above.table is not None or len(line.segments()) != 1 or \
            len(above.segments()) < 2 or line.x1 > gutters[0][1] - WORD_SPACE_EM * em:
        return False  # (a wrapped cell may reach into the gutter the row above measured, never to the next column)
    pitch = above.top - before.bottom if before is not None and before.table is None else PARAGRAPH_GAP_EM * em
    if line.top - above.bottom > max(pitch, 0.0) + 0.2 * em:
        return False
    first = [w for w in above.words if w.x1 <= gutters[0][0]]
    # (a label is a few words: a wrapped paragraph beside a mark is no label; a parenthesis closing the cell, its
    # volume or size, "schwannoma (1.42 cc)", adds none)
    # (nor does a mark standing alone between words, a bilingual label's "/": "Tidigare behandling /" / "prior RT")
    words = [w for w in line.words if not _in_parentheses(line.words, w)]
    if not first or abs(first[0].x0 - line.x0) > COLUMN_EDGE_EM * em or \
            sum(1 for w in first + words if any(ch.isalnum() for ch in w.text)) > LIST_LABEL_WORDS:
        return False
    word = line.words[0]
    return max(w.x1 for w in first) + WORD_SPACE_EM * em + (word.x1 - word.x0) > gutters[0][1] - CELL_GAP_EM * em


def _titles_below(members: Sequence[Line], line: Line, gutters: Sequence[tuple[float, float]]) -> bool:
    """``line`` is a row of bold column titles ("Target | Location | Marginal dose | Isodose | Status") with more
    cells than the rows above it have columns (a record's "Date | 11/10/2026", "Unit | ..." list), none of which
    is bold: it starts a table of its own, whose columns the list's would swallow."""
    cells = line.segments()
    return len(members) >= 2 and len(cells) > len(gutters) + 1 and all(w.bold for w in line.words) and \
        not any(w.bold for m in members for w in m.words)


def _list_below(members: Sequence[Line], line: Line, gutters: Sequence[tuple[float, float]],
                kept: Sequence[tuple[float, float]]) -> bool:
    """``line`` is a label / value row ("Unit | Multi-source cobalt-60 radiosurgery unit") under a table of rows of
    three cells or more ("Patient | MRN | Plan | Status" over the patient's row), its value running across the
    table's columns (fewer gutters kept): it starts a list of its own, whose two columns would swallow the table's."""
    cells = line.segments()
    if not (len(members) >= 2 and len(gutters) >= 2 and len(kept) < len(gutters) and len(cells) == 2 and
            all(len(m.segments()) >= 3 for m in members)):
        return False
    first = min(gutters)  # the label stands in the table's first column (a row whose first cell runs across that
    # column's gutter is a row of the table with a long remark: "STG1_M1_IsoB PTV_Met1_15Gy (same session, ...)")
    return max(w.x1 for w in cells[0]) <= first[0] + 1e-6


def _titles_closer(members: Sequence[Line], rows: Sequence[Line], gutters: Sequence[tuple[float, float]],
                   min_gutter: float) -> list[tuple[float, float]]:
    """The gutters every row below the first keeps at a cell gap where the first row (its column titles) left a
    narrower gap: titles set closer than a cell gap ("Margin dose  Isodose  Max dose  Shots" over "12.0 Gy    50%
    24.0 Gy    13") still title one column each. A gutter stays one when no word of any line of the table crosses
    it; those already found are not found again."""
    inner = _cell_gaps(rows[0])
    for ln in list(rows[1:]) + list(members):
        inner = _subtract(inner, ln, min_gutter)
    return [g for g in inner if all(g[1] <= a or g[0] >= b for a, b in gutters)]


def _aligned_starts(rows: Sequence[Line], gutters: Sequence[tuple[float, float]],
                    em: float) -> list[tuple[float, float]]:
    """Gutters of left-aligned columns set closer than a cell gap: a word of the first row (the column titles)
    and a word of every other row start at one x, no word of any row crosses it and every row has words left
    of it ("Structure  cc  Gy" over "PTV_RTemp_15 18.90  15", the name's cell reaching within a word space of the
    volume's). The first row is titles (no value), at least two rows stand under them, and their words at that x are
    not all one word: a unit written after every value ("Rx dose" over "20 Gy", "18 Gy" in a fixed-width font) is no
    column."""
    if len(rows) < 3 or _has_value([rows[0].words]):
        return []  # (rows of values with no titles over them: a fixed-width font lines up their words by chance)
    tol = ALIGNED_START_EM * em
    found: list[tuple[float, float]] = []
    for word in rows[0].words[1:]:
        s = word.x0
        if any(g0 - tol <= s <= g1 + tol for g0, g1 in list(gutters) + found):
            continue
        ends, starts, texts = [], [], []
        for ln in rows:
            at = [w for w in ln.words if abs(w.x0 - s) <= tol]
            left = [w.x1 for w in ln.words if w.x0 < s - tol]
            if len(at) != 1 or not left or max(left) > s - tol:
                break
            ends.append(max(left))
            starts.append(at[0].x0)
            texts.append(at[0].text)
        else:
            if len(set(texts[1:])) > 1:
                found.append((max(ends), min(starts)))
    return found


def _table_run(lines: Sequence[Line], i: int, space: float | None = None) -> tuple[int, TableBlock] | None:
    """A text-aligned table starting at line ``i``: returns (next line index, table) or None. On a character grid
    (``space``: the width of one space) a gutter that the first row's gaps do not give (found from the other rows: the
    columns right of the first row's end, titles set closer) is wider than one space: the single space between two
    words of a cell ("[ ] Stereotactic head frame" over "( ) Planning CT   (x) Stereotactic MRI") is never a
    column's gap, however the words of another row line up with it."""
    start = lines[i]
    if start.table is not None:
        return None
    em = start.em
    min_gutter = max(MIN_TABLE_GUTTER_EM * em, 1.5 * space if space else 0.0)
    gutters = _cell_gaps(start)
    if not gutters:
        return None
    # a first row with empty cells at its ends (a flowsheet's row of dates over "Fraction | 1 | 2 ...", the
    # last fractions not yet dated): the rows below it find the columns left and right of it
    edges = [(-1e9, start.x0), (start.x1, 1e9)]
    rows: list[list[list[LWord]]] = [[]]
    members = [start]
    j = i + 1
    while j < len(lines) and lines[j].table is None and _gap_ok(lines[j - 1], lines[j], em):
        ln = lines[j]
        if _titles_below(members, ln, gutters):
            break  # a row of bold column titles under a label / value list: the next table's header
        if len(ln.segments()) >= 2:
            kept = _subtract(gutters, ln, MIN_TABLE_GUTTER_EM * em)  # (the first row's own gaps: a wrapped remark
            # may run a word space across one of them)
            if not kept or _list_below(members, ln, gutters, kept):
                break
            gutters = kept
            edges = _subtract(edges, ln, min_gutter)
            members.append(ln)
        elif ln.x0 >= gutters[0][1] and not _crosses(ln, gutters):
            members.append(ln)  # continuation of a wrapped cell (starts right of the first column)
        elif _wrapped_label(members[-1], ln, gutters, em, members[-2] if len(members) > 1 else None):
            members.append(ln)  # the first cell's next line ("Thalamic capsule" / "Dmax" beside "11 Gy")
        else:
            break
        j += 1
    real = [m for m in members if len(m.segments()) >= 2]
    if len(real) < 2:
        return None
    more = sum(1 for m in real[1:] if len(m.segments()) > len(start.segments()))
    if more * 2 > len(real) - 1:  # most rows have more cells than the first: it left some empty
        gutters = sorted(gutters + edges + _titles_closer(members, real[1:], gutters, min_gutter))
    gutters = sorted(gutters + _aligned_starts(real, gutters, em))
    # Gutters narrowed by later rows apply to all rows; keep only those between text of most rows.
    rows = []
    for m in members:
        cells = _assign(m.words, gutters)
        if len(m.segments()) >= 2 or not rows:
            rows.append(cells)
        else:
            for k, c in enumerate(cells):
                rows[-1][k].extend(c)
    rows = _drop_empty_columns(rows)
    if len(rows[0]) < 2:
        return None
    return j, TableBlock(rows, header=looks_like_header(rows))


# A form printed with each label ABOVE its value: at least this many labels in a run, each a short line of its own
# (at most LABEL_WORDS words, bold or in capitals, no sentence or field mark at its end) over a value indented
# under it by at least LABEL_INDENT_EM.
MIN_LABELS_ABOVE = 3
LABEL_WORDS = 6
LABEL_INDENT_EM = 0.8


def _label_line(line: Line) -> bool:
    """A line that may be a form's label printed above its value: short, one cell, bold or in capitals, not
    ending as a sentence or a "label:" does (a label with a colon keeps its own reading)."""
    if line.table is not None or not line.words or len(line.words) > LABEL_WORDS or len(line.segments()) != 1:
        return False
    text = line.text()
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and text[-1] not in ".:;!?," and \
        (all(w.bold for w in line.words) or all(ch.isupper() for ch in letters))


def _labels_above(lines: Sequence[Line], i: int) -> tuple[int, TableBlock] | None:
    """A form printed with every label above its value ("TARGET" / "  LEFT ventral intermediate nucleus ...",
    "PRESCRIPTION" / "  130 Gy maximum dose ..."), starting at line ``i``: read as the same form printed with the
    label beside its value, a table of (label, value) rows whose value cell holds all its lines (as a side-by-side
    form's wrapped value). Returns (next line index, table), or None when fewer than MIN_LABELS_ABOVE labels in a
    row stand so: a heading over an ordinary paragraph is no such form."""
    first = lines[i]
    if not _label_line(first):
        return None
    em = first.em
    rows: list[list[list[LWord]]] = []
    j = i
    while j + 1 < len(lines) and _label_line(lines[j]) and abs(lines[j].x0 - first.x0) <= COLUMN_EDGE_EM * em:
        label, value = lines[j], lines[j + 1]
        if value.table is not None or len(value.segments()) != 1 or value.x0 < label.x0 + LABEL_INDENT_EM * em or \
                not _gap_ok(label, value, em) or (rows and not _gap_ok(lines[j - 1], label, em)):
            break
        words = list(value.words)
        k = j + 2
        while k < len(lines) and lines[k].table is None and len(lines[k].segments()) == 1 and \
                abs(lines[k].x0 - value.x0) <= COLUMN_EDGE_EM * em and _gap_ok(lines[k - 1], lines[k], em):
            words.extend(lines[k].words)  # the value's next lines, aligned under its first
            k += 1
        rows.append([list(label.words), words])
        j = k
    if len(rows) < MIN_LABELS_ABOVE:
        return None
    return j, TableBlock(rows, header=False)


def _drop_empty_columns(rows: list[list[list[LWord]]]) -> list[list[list[LWord]]]:
    keep = [k for k in range(len(rows[0])) if any(r[k] for r in rows)]
    return [[r[k] for k in keep] for r in rows]


# --------------------------------------------------------------------------------------------------
# Page layout
# --------------------------------------------------------------------------------------------------


def layout_words(words: Sequence[LWord],
                 tables: Sequence[tuple[TableBlock, tuple[float, float, float, float]]] = (),
                 line_gap: float | None = None, space: float | None = None) -> list[Block]:
    """Blocks in reading order for the words of one region (a page, or a column of it).

    ``tables`` are ruled tables already read, with their box (reading frame): each stands in the
    flow as one line at its position. ``line_gap`` is the page's line spacing when it is known rather than
    measured (a plain-text file's character grid), else it is the median gap (:func:`_usual_gap`). ``space`` is
    the width of one space on a character grid: there a single space is a word space, never a table's gutter
    (:func:`_table_run`).
    """
    lines = cluster_lines(words)
    for tb, (x0, top, x1, bottom) in tables:
        lines.append(Line([], table=tb, top=top, bottom=bottom, x0=x0, x1=x1))
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return _layout_lines(lines, line_gap, space)


def _layout_lines(lines: list[Line], line_gap: float | None = None, space: float | None = None) -> list[Block]:
    cols = find_columns(lines)
    if cols is None:
        return _flow(lines, line_gap, space)
    first, last, g0, _ = cols
    blocks = _flow(lines[:first], line_gap, space)
    left_words: list[LWord] = []
    right_words: list[LWord] = []
    left_tables: list[Line] = []
    right_tables: list[Line] = []
    g1 = cols[3]
    for ln in lines[first:last + 1]:
        if ln.table is not None:
            (left_tables if ln.x1 <= g0 else right_tables).append(ln)
            continue
        sides = _sides(ln, g0, g1)  # (a line run on into the gutter keeps its words on their side)
        if sides is None:
            sides = [w for w in ln.words if w.x1 <= g0], [w for w in ln.words if w.x1 > g0]
        left_words.extend(sides[0])
        right_words.extend(sides[1])
    for side_words, side_tables in ((left_words, left_tables), (right_words, right_tables)):
        side = cluster_lines(side_words) + side_tables
        side.sort(key=lambda ln: (ln.top, ln.x0))
        blocks.extend(_layout_lines(side, line_gap, space))
    blocks.extend(_layout_lines(lines[last + 1:], line_gap, space))
    return blocks


def _usual_gap(lines: Sequence[Line]) -> float:
    """The median gap between consecutive lines of text: the page's line spacing (0 with under three gaps)."""
    text = [ln for ln in lines if ln.table is None and ln.words]
    gaps = sorted(b.top - a.bottom for a, b in zip(text, text[1:]) if b.top > a.bottom)
    return median(gaps) if len(gaps) >= 3 else 0.0


_SENTENCE_END = frozenset(".:;!?")


# A line reaching this close (em) to the right edge of the text is full: its sentence wrapped at the margin.
FULL_LINE_EM = 4.0


def _continues(upper: Line, lower: Line, right: float) -> bool:
    """``lower`` goes on with ``upper``'s sentence: ``upper`` ends without a stop and ``lower`` begins with a
    lower-case word or a number ("Because MRI is" / "contraindicated, planning used ...", "the lesion measuring"
    / "1.1 cm received ..."), or ``upper`` ran to the right edge of the text (``right``), where prose wraps
    whatever word comes next ("... under local anesthesia and" / "Gamma Knife radiosurgery ...").

    :func:`srscheck.nlp.lines.hard_breaks` asks the same question of plain text, and only the lower-case-or-number
    test is common to both; the rest differs on purpose, so the two stay two rules: there a line is "full" by its
    length against the page's longest (three quarters of it, which a heading or a table's row may reach), and a
    full line goes on into whatever follows unless a rule of its own (a stop, a label or bullet, a machine key, a colon)
    breaks it; here the right edge is measured and the gap has already said a paragraph may end, so a full line
    goes on into a word only, a first word's opening bracket or quote is looked past, and ":" stops the line."""
    last, first = upper.words[-1].text if upper.words else "", lower.words[0].text if lower.words else ""
    first = first.lstrip("(\"'[")
    if not last or last[-1] in _SENTENCE_END or not first:
        return False
    full = upper.x1 >= right - FULL_LINE_EM * upper.em
    return first[:1].islower() or first[:1].isdigit() or (full and first[:1].isalpha())


def _flow(lines: Sequence[Line], line_gap: float | None = None, space: float | None = None) -> list[Block]:
    """Running text, text-aligned tables and ruled tables, top to bottom."""
    blocks: list[Block] = []
    text = TextBlock()
    prev: Line | None = None
    usual = _usual_gap(lines) if line_gap is None else line_gap
    right = max((ln.x1 for ln in lines if ln.table is None and ln.words), default=0.0)
    i = 0
    while i < len(lines):
        ln = lines[i]
        run = None if ln.table is not None else (_labels_above(lines, i) or _table_run(lines, i, space))
        if ln.table is not None or run is not None:
            if text.lines:
                blocks.append(text)
                text = TextBlock()
            if ln.table is not None:
                blocks.append(ln.table)
                i += 1
            else:
                i, tb = run  # type: ignore[misc]
                blocks.append(tb)
            prev = lines[i - 1]
            continue
        brk = prev is not None and ln.top - prev.bottom > PARAGRAPH_GAP_EM * min(ln.em, prev.em) and \
            not (_continues(prev, ln, right) and ln.top - prev.bottom <= CONTINUED_GAP * usual)
        text.lines.append(ln.segments())
        text.breaks.append(brk)
        prev = ln
        i += 1
    if text.lines:
        blocks.append(text)
    return blocks


# --------------------------------------------------------------------------------------------------
# Headers, footers and page numbers
# --------------------------------------------------------------------------------------------------

_PAGE_NO = re.compile(
    r"(?:\b(?:page|pg\.?)\s*(?:no\.?|#|:)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\b)"
    r"|(?:^\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*$)"
    r"|(?:^\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*$)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def band_lines(lines: Sequence[Line], height: float) -> list[int]:
    """Indexes of lines in the top or bottom band of a page (candidates for header/footer)."""
    out = [k for k in range(min(BAND_LINES, len(lines))) if lines[k].bottom <= BAND_FRACTION * height]
    n = len(lines)
    out += [k for k in range(max(n - BAND_LINES, 0), n)
            if lines[k].top >= (1 - BAND_FRACTION) * height and k not in out]
    return out


def drop_page_numbers(line: Line) -> list[LWord]:
    """The line's words minus any 'Page 2 of 3', 'Page 2/3', '- 2 -' or bare page number."""
    text = ""
    spans = []
    for w in line.words:
        if text:
            text += " "
        spans.append((len(text), len(text) + len(w.text)))
        text += w.text
    hits = [m.span() for m in _PAGE_NO.finditer(text)]
    if not hits:
        return list(line.words)
    return [w for w, (s, e) in zip(line.words, spans) if not any(s < he and e > hs for hs, he in hits)]


def line_key(words: Sequence[LWord]) -> str:
    text = " ".join(w.text for w in words)
    return _SPACES.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def _bands(pages: list[tuple[list[Line], float]]):  # noqa: ANN202 - (bands, test) as strip_repeated uses them
    """Each page's band lines without page numbers ({line index: words}), and the test of a band line's key
    recurring at the same height on another page (``repeated(key, page index, top)``)."""
    cleaned: list[dict[int, list[LWord]]] = []
    where: dict[str, list[tuple[int, float, float]]] = {}  # key -> (page index, top, em)
    for n, (lines, height) in enumerate(pages):
        band = {k: drop_page_numbers(lines[k]) for k in band_lines(lines, height)}
        cleaned.append(band)
        for k, ws in band.items():
            if ws:
                where.setdefault(line_key(ws), []).append((n, lines[k].top, lines[k].em))

    def repeated(key: str, n: int, top: float) -> bool:
        return any(m != n and abs(t - top) <= em for m, t, em in where.get(key, ()))

    return cleaned, repeated


def repeated_band_words(pages: list[tuple[list[Line], float]]) -> set[int]:
    """The ids of the words of every band line that recurs on another page (a running header or footer, also
    where :func:`strip_repeated` keeps it, on the first page it appears): no text of the page's own flow."""
    cleaned, repeated = _bands(pages)
    return {id(w) for n, ((lines, _), band) in enumerate(zip(pages, cleaned)) for k, ws in band.items()
            if ws and repeated(line_key(ws), n, lines[k].top) for w in lines[k].words}


def strip_repeated(pages: list[tuple[list[Line], float]]) -> list[list[LWord]]:
    """Words of each page without page numbers (top/bottom band) and repeated header/footer lines.

    A band line whose text (digits normalised) recurs at the same height in the band of at least
    two pages is kept on the first page where it appears and removed from the later ones, so the
    patient banner and the facility name are read once.  Page numbers are removed from the bands
    of every page.
    """
    cleaned, repeated = _bands(pages)
    seen: set[str] = set()
    out: list[list[LWord]] = []
    for n, ((lines, _), band) in enumerate(zip(pages, cleaned)):
        words: list[LWord] = []
        first_seen: set[str] = set()
        for k, line in enumerate(lines):
            if k not in band:
                words.extend(line.words)
                continue
            ws = band[k]
            key = line_key(ws)
            if ws and repeated(key, n, line.top):
                if key in seen and key not in first_seen:
                    continue
                first_seen.add(key)
            words.extend(ws)
        seen |= first_seen
        out.append(words)
    return out
