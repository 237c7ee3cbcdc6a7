"""Tables drawn with characters in plain-text charts.

A fixed-width printout or an EHR text export draws its tables with characters: ``+----+-----+`` borders,
``|`` between cells, ``|----|----|`` or ``====`` separators under the titles. Read by whitespace alone, such a
table falls apart: the border splits titles from rows, a two-line title ("Max" over "diam.") becomes two
rows, and the bars become words. Here a drawn table is read as a PDF's ruled table is: cells between the
bars, one row per line (a line whose first cell is empty continues the row above), the lines above the
first separator as one title row, and no border character left as a word.

A **ruled header** is drawn too: a line of dash or equals runs under the column titles ("No  Label  Location"
over "--  -----  --------", a planning system's target list). Each run is a column; the line (or two) above it
are the titles and the lines below it, up to a blank line or another ruler, are the rows. A word belongs to the
column it starts in (a place name may run past its run), and a line whose first column is empty continues the
row above.

A **fixed-width table** is drawn with spaces alone: a title line whose titles stand two spaces apart or more
("Fx  Date        Setup / imaging      Dose (cGy)  Total (cGy)") over rows aligned under them. A column gap is a
gap: it stands in a gap of the title line and is blank in the rows, but for a word that runs past its column
("adapt-to-position 1.2%" under "WORKFLOW        ONLINE 2ND CALC") in at most one row of four. The single spaces
inside a cell ("vacuum cushion; CBCT, 6DoF") are no gaps, however well they line up in rows that repeat. A word
belongs to the column it starts in.

A **stacked table** is a table flattened to one cell per line, as a web page's table prints or pastes as text
(a patient portal's "Visit documents"): three to ten short column titles, one a line ("Target", "Location", "Size",
"Dose"), then the rows' cells one a line in the same order. It is read as such when the values after the titles
come in whole rows (their count a multiple of the titles') and each column's cells agree in kind, holding a number
in every row or in none ("PTV1" / "Right frontal" / "1.4 cm" / "20 Gy"). A page's printed furniture that falls inside
it (a line the page repeats, "Printed 11/20/2026 ... Page 1 of 3", the portal's banner) is no cell and is dropped.

A block is a drawn table only when a border or separator line carries the column marks ("+" or "|") at
the places where the rows have their bars, or (a Markdown table, not aligned) as many marks as every row
has bars: pipe-delimited records without a drawn border (HL7 segments, pipe exports) are not tables here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .vocab import load_vocabulary

# a border or separator: only rule characters, with a run of dashes or equals signs and a column mark
_BORDER = re.compile(r"^\s*[+|:]?[-=:+|\s]*[-=]{3,}[-=:+|\s]*$")
_BAR = "|"
_MARKS = "+|"
_Row = list[list[tuple[int, int, int]]]  # a row's cells, each its words as (line, start column, end column)
COLUMN_GAP = r"\t|[ ]{2,}"  # what parts two cells of a text row on its line: a tab or two spaces or more
_COLUMN_GAP = re.compile(COLUMN_GAP)


def row_cells(row: str) -> list[str]:
    """A text row's cells as written (white space kept, an empty one between two gaps): ``row`` cut at each
    :data:`COLUMN_GAP` ("LUL<tab>3<tab>Gy", "T1   R vestibular schwannoma   12 Gy")."""
    return _COLUMN_GAP.split(row)


@dataclass(frozen=True, slots=True)
class TextCell:
    """A cell's words: each (start, end) a word's columns in its line, and the line's index."""

    words: tuple[tuple[int, int, int], ...]  # (line, start column, end column)


@dataclass(frozen=True, slots=True)
class TextTable:
    """A drawn table: its first and last line (inclusive), its rows of cells, whether row 0 is titles."""

    first: int
    last: int
    left: int
    right: int
    rows: tuple[tuple[TextCell, ...], ...]
    header: bool


def _is_border(line: str) -> bool:
    return bool(_BORDER.match(line)) and any(c in line for c in _MARKS)


def _bars(line: str) -> list[int]:
    return [i for i, c in enumerate(line) if c == _BAR]


def _marks(line: str) -> list[int]:
    return [i for i, c in enumerate(line) if c in _MARKS]


def _aligned(border: str, rows: list[str]) -> bool:
    """The border's column marks stand where the rows have their bars (each row's bars, one column either way)."""
    marks = set(_marks(border))
    if len(marks) < 2:
        return False
    near = {m + d for m in marks for d in (-1, 0, 1)}
    return all(_bars(r) and sum(b in near for b in _bars(r)) * 2 >= len(_bars(r)) for r in rows)


def _words(line: str, lo: int, hi: int, index: int) -> tuple[tuple[int, int, int], ...]:
    out = []
    for m in re.finditer(r"[^\s|]+", line[lo:hi]):
        out.append((index, lo + m.start(), lo + m.end()))
    return tuple(out)


def _columns(lines: list[str], borders: list[int], rows: list[int]) -> list[int]:
    """Column boundaries (character positions of the marks): the border with the most marks, else the bars of
    the row with the most bars."""
    best = max((_marks(lines[i]) for i in borders), key=len, default=[])
    bars = max((_bars(lines[i]) for i in rows), key=len, default=[])
    return best if len(best) >= len(bars) else bars


def _cells(line: str, cuts: list[int], index: int) -> list[tuple[tuple[int, int, int], ...]]:
    """The line's words between each pair of boundaries; a line with no bar at the left edge still has its
    first column (tables drawn without side borders)."""
    edges = sorted(set(cuts))
    lo = min(edges[0], len(line))
    spans = ([(0, edges[0])] if line[:lo].strip() else []) + list(zip(edges, edges[1:])) + \
        ([(edges[-1] + 1, len(line))] if line[edges[-1] + 1:].strip() else [])
    return [_words(line, a, b, index) for a, b in spans]


def text_tables(lines: list[str], tabs: list[list[int]] | None = None,
                running: frozenset[str] = frozenset()) -> list[TextTable]:
    """The drawn tables among the lines of a plain-text page. ``tabs``: for each line (its tabs expanded), the
    columns where its tabs stood, the fields of a tab-separated export. ``running``: the keys of the document's
    running header and footer lines (:func:`running_lines`): such a line is no title of a table, and one between
    a table's titles and its rows (the export's page break) is no row of it."""
    out: list[TextTable] = []
    i = 0
    n = len(lines)
    hl7 = any(_HL7_HEADER.match(line) for line in lines)  # an HL7 message's segments are read as lines
    furniture = _furniture(lines)
    page_mark = load_vocabulary().patterns["page_mark"]  # ("Page 2 of 3")
    breaks = {k for k, line in enumerate(lines) if page_mark.search(line) or (running and _line_key(line) in running)}
    breaks |= page_furniture(lines)
    while i < n:
        stacked = _stacked(lines, i, furniture)
        if stacked is not None:
            out.append(stacked)
            i = stacked.last + 1
            continue
        export = None if hl7 else (_delimited(lines, i, tabs) if tabs and tabs[i] else None) or \
            (_delimited(lines, i) or _comma_separated(lines, i))
        if export is not None:
            out.append(export)
            i = export.last + 1
            continue
        ruled = None if i in breaks else _ruled(lines, i, breaks) or _fixed_width(lines, i, breaks)
        if ruled is not None:
            out.append(ruled)
            i = ruled.last + 1
            continue
        if not (_is_border(lines[i]) or len(_bars(lines[i])) >= 2):
            i += 1
            continue
        j = i
        while j < n and (_is_border(lines[j]) or len(_bars(lines[j])) >= 1 and lines[j].strip()):
            j += 1
        block = list(range(i, j))
        borders = [k for k in block if _is_border(lines[k])]
        border_set = set(borders)
        rows = [k for k in block if k not in border_set]
        table = _table(lines, block, borders, rows) if borders and len(rows) >= 2 else None
        if table is not None:
            out.append(table)
        elif not borders and not hl7:
            barred = _barred(lines, block)
            if barred:
                out.extend(barred)
                i = max(j, i + 1)
                continue
        # (an export's record type may start further down the run: "#DX|..." then "#SETUP|item|status" over rows)
        later = None if table is not None or hl7 else next((k for k in block[1:] if _delimited(lines, k)), None)
        i = later if later is not None else max(j, i + 1)
    return out


def _table(lines: list[str], block: list[int], borders: list[int], rows: list[int]) -> TextTable | None:
    aligned = any(_aligned(lines[b], [lines[r] for r in rows]) for b in borders)
    counted = not aligned and len({len(_bars(lines[r])) for r in rows}) == 1 and \
        any(len(_marks(lines[b])) == len(_bars(lines[rows[0]])) for b in borders)
    if not (aligned or counted):
        return None  # (a Markdown table: the same number of bars on every line, its separator's marks as many)
    cuts = _columns(lines, borders, rows)
    if len(cuts) < 2:
        return None
    # groups of lines between borders; the first group is the titles when a separator follows it and
    # more lines come after
    border_set = set(borders)
    groups: list[list[int]] = [[]]
    for k in block:
        if k in border_set:
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append(k)
    groups = [g for g in groups if g]
    header = len(groups) >= 2 and len(groups[0]) <= 3
    width = len(set(cuts)) - 1
    out_rows: list[_Row] = []
    for gi, g in enumerate(groups):
        start = len(out_rows)  # (a row never continues across a border)
        for k in g:
            cells = _cells(lines[k], cuts if aligned else _bars(lines[k]), k)
            _add_line(out_rows, (cells + [()] * width)[:max(width, len(cells))], start, join=header and gi == 0)
    out_rows = [r for r in out_rows if any(r)]
    if len(out_rows) < 2:
        return None
    left = min(min(_marks(lines[k]) or [0]) for k in block)
    right = max(len(lines[k].rstrip()) for k in block)
    return TextTable(block[0], block[-1], left, right, _text_cells(out_rows), header)


def _add_line(rows: list[_Row], cells, start: int = 0, join: bool = False) -> None:
    """A line's cells as a new row, or added to the row above (one of the rows from ``start`` on) when ``join``
    (a title's next line) or when its first cell is empty and another is not (cells wrapped onto the line)."""
    if len(rows) > start and (join or (not cells[0] and any(cells[1:]))):
        prev = rows[-1]
        prev.extend([] for _ in range(len(cells) - len(prev)))
        for c, words in enumerate(cells):
            prev[c].extend(words)
    else:
        rows.append([list(words) for words in cells])


def _text_cells(rows: list[_Row]) -> tuple[tuple[TextCell, ...], ...]:
    """The rows' cells, without the columns no row fills."""
    used = [c for c in range(max(len(r) for r in rows)) if any(c < len(r) and r[c] for r in rows)]
    return tuple(tuple(TextCell(tuple(r[c]) if c < len(r) else ()) for c in used) for r in rows)


# --- stacked tables (one cell per line) ------------------------------------------------------------

_STACK_TITLE = re.compile(r"^[ \t]*[A-Za-z][A-Za-z/()#%.&' -]{0,28}[A-Za-z)%#.][ \t]*$")  # "Dose (Gy)", "Isodose"
_STACK_MIN, _STACK_MAX = 3, 10  # column titles of a stacked table
_STACK_CELL_WORDS = 8  # a stacked cell is a few words, never a sentence
_DIGIT = re.compile(r"\d")
_FURNITURE_WORDS = 4  # a repeated banner or footer line has at least these many words


def _line_key(line: str) -> str:
    return " ".join(_DIGIT.sub("#", line.lower()).split())


def running_lines(pages: list[list[str]]) -> frozenset[str]:
    """The keys (digits aside) of a document's running header and footer lines: a line of several words at the top
    or bottom of two pages or more (its first or last line of text), and the document's first line written again
    further down (a text export that repeats its page header with no form feed between its pages)."""
    edges: dict[str, set[int]] = {}
    seen: dict[str, int] = {}
    for n, lines in enumerate(pages):
        filled = [line for line in lines if line.strip()]
        for line in filled:
            key = _line_key(line)
            seen[key] = seen.get(key, 0) + 1
        for line in filled[:1] + filled[-1:]:
            if len(line.split()) >= _FURNITURE_WORDS:
                edges.setdefault(_line_key(line), set()).add(n)
    keys = {key for key, at in edges.items() if len(at) >= 2}
    first = next((line for lines in pages for line in lines if line.strip()), "")
    if len(first.split()) >= _FURNITURE_WORDS and seen.get(_line_key(first), 0) >= 2:
        keys.add(_line_key(first))
    return frozenset(keys)


_EDGE_LINES = 3  # a page's footer (or banner) stands among its last (or first) lines of text


def page_furniture(lines: list[str]) -> set[int]:
    """The lines of a plain-text page that only its furniture writes, beside its running lines (patterns.yaml): a
    heading that says the page goes on from the one before ("PLAN SUMMARY (continued)"; continued_heading), and a
    line among its first or last lines of text that is a printout's banner or footer ("Printed 08/14/2026 10:02",
    "Exported by", a page number: page_edge_words, page_mark). None is a row or a title of a table, and one between
    a table's titles and its rows, or after its rows, is crossed as a page break is (:func:`_past_break`)."""
    pats = load_vocabulary().patterns
    filled = [k for k, line in enumerate(lines) if line.strip()]
    edges = set(filled[:_EDGE_LINES - 1] + filled[-_EDGE_LINES:])
    return {k for k in filled if pats["continued_heading"].match(lines[k]) or
            (k in edges and (pats["page_edge_words"].search(lines[k]) or pats["page_mark"].search(lines[k])))}


def _furniture(lines: list[str]) -> set[int]:
    """The lines a printout repeats on its pages (the same words, its digits aside, twice or more, and a line of
    several words: a banner, a "Printed ... Page 1 of 3" footer) and its page-number lines."""
    keys: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if len(line.split()) >= _FURNITURE_WORDS:  # (a table's "20 Gy" and "80%" repeat too)
            keys.setdefault(_line_key(line), []).append(k)
    out = {k for ks in keys.values() if len(ks) >= 2 for k in ks}
    page_mark = load_vocabulary().patterns["page_mark"]
    return out | {k for k, line in enumerate(lines) if page_mark.search(line)}


def _one_cell(line: str) -> bool:
    """A short line of one field: a few words, no tab or wide gap, not a "Key:" label."""
    text = line.strip()
    return bool(text) and "\t" not in line and "   " not in text and not text.endswith(":") and \
        len(text.split()) <= _STACK_CELL_WORDS


def _stacked(lines: list[str], i: int, furniture: set[int]) -> TextTable | None:
    """A stacked table whose column titles start at line ``i`` (see the module docstring), else None."""
    if i and lines[i - 1].strip() and _STACK_TITLE.match(lines[i - 1]) and _one_cell(lines[i - 1]):
        return None  # (its titles start above)
    heads = []
    k = i
    while k < len(lines) and k not in furniture and _one_cell(lines[k]) and _STACK_TITLE.match(lines[k]) and \
            len(lines[k].split()) <= 3:
        heads.append(k)
        k += 1
    if len(heads) < _STACK_MIN:
        return None
    values: list[int] = []
    while k < len(lines):
        line = lines[k]
        if not line.strip() or k in furniture:
            k += 1
            continue
        if not _one_cell(line):
            break
        values.append(k)
        k += 1
    for start in range(len(heads) - _STACK_MIN + 1):  # a caption above the titles ("Treated Targets") is none
        width = len(heads) - start
        if width > _STACK_MAX:
            continue
        cells = _stack_rows(lines, values, width)
        if cells is None:
            continue
        titles = heads[start:]
        rows = [[((t, *_span(lines[t])),) for t in titles]] + [[((v, *_span(lines[v])),) for v in r] for r in cells]
        used = titles + [v for r in cells for v in r]
        return TextTable(titles[0], max(used), min(_span(lines[u])[0] for u in used),
                         max(_span(lines[u])[1] for u in used),
                         tuple(tuple(TextCell(c) for c in row) for row in rows), True)
    return None


def _span(line: str) -> tuple[int, int]:
    return len(line) - len(line.lstrip()), len(line.rstrip())


def _stack_rows(lines: list[str], values: list[int], width: int) -> list[list[int]] | None:
    """The value lines cut into rows of ``width`` cells, as many whole rows as agree column by column (each
    column's cells all holding a number, or none); None when fewer than two rows do, or no column holds numbers."""
    rows = [values[r:r + width] for r in range(0, len(values) - width + 1, width)]
    kinds = [[bool(_DIGIT.search(lines[v])) for v in row] for row in rows]
    n = 0
    while n < len(rows) and kinds[n] == kinds[0]:
        n += 1
    if n < 2 or not any(kinds[0]) or all(kinds[0]):
        return None
    return rows[:n]


# --- delimited exports ------------------------------------------------------------------------------

_HL7_HEADER = re.compile(r"^\s*MSH\|")


def _fields(line: str, cuts: list[int] | None = None) -> list[tuple[int, int]]:
    """The (start, end) columns of a delimited line's fields, split at its bars (or at ``cuts``, the columns where
    its tabs stood)."""
    out, at = [], 0
    for k in (_bars(line) if cuts is None else cuts) + [len(line)]:
        out.append((at, k))
        at = k + 1
    return out


def _field_words(line: str, a: int, b: int, index: int, title: bool) -> tuple[tuple[int, int, int], ...]:
    """A field's words; in a record type's title line ("#TARGET|name|rx_cGy_per_fx") its "#" dropped and a title's
    parts joined by underscores read as words ("rx cGy per fx")."""
    rx = re.compile(r"[^\s|_#]+" if title else r"[^\s|]+")
    return tuple((index, a + m.start(), a + m.end()) for m in rx.finditer(line[a:b]))


_IDENTIFIER_TITLE = re.compile(r"^[A-Za-z][A-Za-z0-9%]*(?:_[A-Za-z0-9%]+)+$")


def _identifier_title(field: str) -> bool:
    """Whether a column title is one identifier of underscored words with a word in lower case ("rx_total_Gy",
    "max_dim_cm", "MU_per_fx"), not a structure's name in capitals ("PTV_X", "GTV_L1")."""
    field = field.strip()
    return bool(_IDENTIFIER_TITLE.match(field) and re.search(r"[a-z]", field))


def _delimited(lines: list[str], i: int, tabs: list[list[int]] | None = None) -> TextTable | None:
    """A system's pipe-delimited export without drawn borders: consecutive lines that split at their bars into
    the same number of fields (three or more), e.g. a record type's title line "#TARGET|name|location|fx" over
    its records "TARGET|PTV_L|left temporal|3", or "REVISION | DATE | STATUS" over its rows. A record type
    written in every line's first field is no column; a title line marked "#" over records without it is the
    header (otherwise the layout decides). Lines opening with a bar (a Markdown table) are left to the drawn
    tables, an HL7 message's segments to the lines. With ``tabs`` (each line's tab columns), the same read of a
    tab-separated export ("#target<TAB>location<TAB>rx_cGy" over "T01<TAB>R frontal pole<TAB>2000"): its fields
    split at its tabs, whose expanded spaces align with nothing."""
    def cuts(k: int) -> list[int] | None:
        return None if tabs is None else tabs[k]

    def width(k: int) -> int:
        line = lines[k]
        if tabs is not None:
            return len(tabs[k]) + 1 if line.strip() and tabs[k] else 0
        return len(_bars(line)) + 1 if line.strip() and not line.lstrip().startswith("|") and \
            not _is_border(line) else 0
    def fits(k: int) -> bool:  # as many fields, or more whose every one past the n-th is empty: an export that
        # closes its short rows with a bar of their own ("1|2026-07-15|ARC2|1019|300|||||" under nine titles)
        w = width(k)
        return w == n or (w > n and not "".join(lines[k][a:b] for a, b in _fields(lines[k], cuts(k))[n:]).strip())
    n = width(i)
    if n < 3:
        return None
    marked = lines[i].lstrip().startswith("#")
    j = i + 1  # (a "#" line opens a record type of its own: "#DX|..." then "#SETUP|item|status" are no rows)
    while j < len(lines) and fits(j) and not lines[j].lstrip().startswith("#"):
        j += 1
    if marked and j == i + 1:
        return None
    block = list(range(i, j))
    if len(block) < (2 if marked else 3):
        return None  # (two unmarked lines are as often a letterhead's: "Clinic | Service | Note" over "Name | MRN")
    def first(k: int) -> str:
        return lines[k][slice(*_fields(lines[k], cuts(k))[0])].strip().lstrip("#").strip().lower()
    firsts = {first(k) for k in block}
    skip = 1 if len(firsts) == 1 and firsts != {""} else 0  # "TARGET|...", "TARGET|...": the record's type
    below = {first(k) for k in block[1:]}
    # a title line over records of one type ("RECTYPE|TARGET|RX_TOTAL_CGY" over "RX|Met01|2700", "RX|Met02|2700"):
    # every field of it a title, its first the title of the column of the records' type, which is no column
    typed = not marked and len(below) == 1 and below != {""} and first(i) not in below and \
        all(_CSV_TITLE.match(lines[i][a:b].strip()) for a, b in _fields(lines[i], cuts(i)))
    titled = marked or typed
    skip = 1 if typed else skip

    def title_line(k: int) -> bool:  # every field (the record type's left out) a column title: "date|delivered_cGy"
        return all(_CSV_TITLE.match(lines[k][a:b].strip().lstrip("#").strip())
                   for a, b in _fields(lines[k], cuts(k))[skip:])
    # with the record type written on every line, the first line a title line over records that are not
    # ("FX|date|delivered_cGy" over "FX|2026-05-21|1800"): its underscored titles are words too (a title line of no
    # record type keeps a structure's name whole: "PTV_X cGy")
    headed = titled or (skip == 1 and title_line(i) and not all(title_line(k) for k in block[1:]))
    # a title line of no record type over records that are not titles ("target_id|rx_total_Gy|Dmax_Gy" over
    # "PTV_A|30.0|42.9"): a title written as one underscored identifier with a word in lower case is words too
    # ("rx total Gy"); a structure's name (capitals: "PTV_X", or with a space: "PTV_X cGy") stays whole
    loose = not headed and title_line(i) and not all(title_line(k) for k in block[1:])
    rows: list[_Row] = []
    names = _names_elsewhere(lines, i) if headed or loose else frozenset()  # (a plan's name: "Liv_S6" stays whole)
    for k in block:
        title = headed and k == i
        rows.append([list(_field_words(lines[k], a, b, k, (title or (loose and k == i and _identifier_title(
            lines[k][a:b]))) and lines[k][a:b].strip().lstrip("#").strip() not in names))
            for a, b in _fields(lines[k], cuts(k))[skip:n]])
    if sum(1 for r in rows if sum(1 for c in r if c) >= 2) < 2:
        return None
    every = [w for r in rows for c in r for w in c]
    return TextTable(i, j - 1, min(w[1] for w in every), max(w[2] for w in every),
                     tuple(tuple(TextCell(tuple(c)) for c in r) for r in rows), titled)


# --- bar-framed exports without borders --------------------------------------------------------------

_BARRED_MIN_FIELDS = 3


def _framed(line: str) -> bool:
    """A record written between bars ("| PTV_RUL | 50 Gy | 5 |"): opening and closing with one."""
    t = line.strip()
    return len(t) > 1 and t[0] == _BAR and t[-1] == _BAR and not t.startswith(_BAR * 2)


def _barred_titles(line: str) -> bool:
    """Every field of a framed line is a title (words, no number): "| TARGET | RX_TOTAL | FX | DOSE_FX |"."""
    fields = [line[a:b].strip() for a, b in _fields(line)[1:-1]]
    return all(f and _CSV_TITLE.match(f) for f in fields)


def _barred(lines: list[str], block: list[int]) -> list[TextTable]:
    """The tables of a system's export that frames each record in bars but draws no border (a course export's
    "| TARGET | RX_TOTAL | FX | DOSE_FX |" over "| PTV_RUL | 50 Gy | 5 | 10 Gy |", "| PTV_LLL | ..."): a title
    line, every field of it a title, over at least one line framed with as many fields (three or more). A title
    line after rows starts a table of its own ("| FX | DATE | PTV_RUL | ... |" under the targets), and a framed
    line of another field count ends the table ("| MRN | ... | NAME | ... |" banners and "| SIM | 4DCT ... |"
    fields stay lines). Without a title line nothing here is a table."""
    out: list[TextTable] = []
    k, last = block[0], block[-1]
    while k <= last:
        n = len(_bars(lines[k]))
        if not (_framed(lines[k]) and n - 1 >= _BARRED_MIN_FIELDS and _barred_titles(lines[k])):
            k += 1
            continue
        j = k + 1
        while j <= last and _framed(lines[j]) and len(_bars(lines[j])) == n and not _barred_titles(lines[j]):
            j += 1
        if j == k + 1:
            k += 1
            continue
        rows: list[_Row] = []
        for r in range(k, j):
            rows.append([list(_field_words(lines[r], a, b, r, r == k)) for a, b in _fields(lines[r])[1:-1]])
        every = [w for r in rows for c in r for w in c]
        out.append(TextTable(k, j - 1, min(w[1] for w in every), max(w[2] for w in every),
                             tuple(tuple(TextCell(tuple(c)) for c in r) for r in rows), True))
        k = j
    return out


# --- comma-separated exports ------------------------------------------------------------------------

# a title: 1-4 words, none a number; a word may carry digits after its first letter (a dose metric's "d99_cGy",
# "V12Gy"), a number alone is no title
_CSV_TITLE = re.compile(r"^[A-Za-z][A-Za-z0-9/()%#-]*(?:[ _][A-Za-z/()%#-][A-Za-z0-9/()%#-]*){0,3}$")
_CSV_NUMBER = re.compile(r"^\s*\d[\d.:/-]*\s*$")  # a record's number or date field


def comma_fields(line: str) -> list[tuple[int, int]] | None:
    """The (start, end) columns of a comma-separated line's fields (a quoted field's commas are its own:
    "SURNAME, GIVEN"), or None when a quote is left open."""
    out, at, quoted = [], 0, False
    for k, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == "," and not quoted:
            out.append((at, k))
            at = k + 1
    if quoted:
        return None
    out.append((at, len(line)))
    return out


# a title line marked as a comment, with the section it opens named before a colon ("# dvh_stat: structure,D95_cGy"):
# the mark and the section's name are no column title, its records (unmarked lines) follow
_MARKED_TITLES = re.compile(r"^\s*#+\s*(?:[A-Za-z][A-Za-z0-9_ ]{0,30}:\s*)?(?=[A-Za-z])")
_QUOTED_CSV_FIELDS = 3  # a CSV whose every field is quoted ("section","item","value") is no prose from three fields


def _all_quoted(line: str, fields: list[tuple[int, int]]) -> bool:
    """Every comma-separated field of the line is wrapped in double quotes ("course","site","Right lower lobe")."""
    return all(len(f := line[a:b].strip()) >= 2 and f[0] == '"' and f[-1] == '"' for a, b in fields)


_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$")  # an export's key: "course_id", "RX_TOTAL_CGY"
_RECORD_KEYS = 5  # a title line over one record: at least this many titles, most of them keys


def _record_titles(line: str, head: list[tuple[int, int]]) -> bool:
    """A CSV title line that is a system's record layout ("course_id,site,technique,machine,rx_total_cgy,..."): at
    least ``_RECORD_KEYS`` titles, more than half of them keys joined by underscores, the way no prose writes."""
    titles = [line[a:b].strip().strip('"').strip() for a, b in head]
    return len(titles) >= _RECORD_KEYS and sum(1 for t in titles if _KEY.match(t)) * 2 > len(titles)


def _comma_separated(lines: list[str], i: int) -> TextTable | None:
    """A system's CSV export: a title line of four or more comma-separated column titles, none a number
    ("MRN,NAME,DATE,TARGET,LOCATION,RX_CGY,FX"), over two or more records splitting into as many fields (or one
    record under a title line of a system's keys, :func:`_record_titles`)
    (a quoted field keeps its commas), each with a number or a date. The title line is the header, its
    underscored titles read as words. Prose with commas is no export: its clauses are no titles (a title is one
    to four words, no sentence's full stop) and its lines carry no number in a field of its own. An export whose
    every field is quoted ("section","item","value" over "course","site","Right lower lobe") is no prose however
    few its fields (three) and whatever they hold."""
    def fields(line: str) -> list[tuple[int, int]] | None:
        if not line.strip() or "|" in line or line.lstrip().startswith("#"):
            return None
        return comma_fields(line)
    mark = _MARKED_TITLES.match(lines[i])  # "# prescription: target,total_cGy,fractions" (a commented title line)
    if mark is not None and "|" not in lines[i] and (f := comma_fields(lines[i][mark.end():])) is not None:
        head = [(a + mark.end(), b + mark.end()) for a, b in f]
    else:
        mark, head = None, fields(lines[i])
    quoted = head is not None and _all_quoted(lines[i], head)
    if head is None or len(head) < (_QUOTED_CSV_FIELDS if quoted else 4):
        return None
    if not all(_CSV_TITLE.match(lines[i][a:b].strip().strip('"').strip()) for a, b in head):
        return None
    split = [head]  # each line's fields, from the title line on
    while i + len(split) < len(lines) and (f := fields(lines[i + len(split)])) is not None and \
            len(f) == len(head) and (not quoted or _all_quoted(lines[i + len(split)], f)):
        split.append(f)
    j = i + len(split)
    if j - i < 2 or (j - i < 3 and mark is None and not _record_titles(lines[i], head)):
        return None  # (one record under its titles only when they are an export's keys: "course_id,site,rx_total_cgy")
    numbered = [any(_CSV_NUMBER.match(lines[k][a:b]) for a, b in split[k - i]) for k in range(i + 1, j)]
    if not quoted and not all(numbered):
        return None  # (every record carries a number or a date: a list of clauses is prose)
    rx_title, rx_cell = re.compile(r"[^\s,_\"]+"), re.compile(r"[^\s\"]+" if quoted else r"[^\s,\"]+")
    # (a quoted field's commas are its own words' marks: "vacuum bag, arms above head")
    rows: list[_Row] = []
    for k in range(i, j):
        rx = rx_title if k == i else rx_cell
        rows.append([[(k, a + m.start(), a + m.end()) for m in rx.finditer(lines[k][a:b])] for a, b in split[k - i]])
    every = [w for r in rows for c in r for w in c]
    return TextTable(i, j - 1, min(w[1] for w in every), max(w[2] for w in every),
                     tuple(tuple(TextCell(tuple(c)) for c in r) for r in rows), True)


# --- ruled headers ----------------------------------------------------------------------------------

_RULE_RUN = re.compile(r"[-=_]{2,}")
_RULER = re.compile(r"^\s*[-=_]{2,}(?:\s+[-=_]{2,})+\s*$")  # "--  -----  ------" (two runs or more)
_WORD = re.compile(r"[^\s|]+")


def _is_ruler(line: str) -> bool:
    return bool(_RULER.match(line))


def _rule_only(line: str) -> bool:
    """A line of rule characters only (a full-width "-----" or "=====" line): no title, no row."""
    return bool(re.fullmatch(r"\s*[-=_~*#]+\s*", line))


def _fits(line: str, runs: list[tuple[int, int]]) -> bool:
    """A line whose words sit in the ruler's columns: at most one word starts outside every run or runs into the
    next run (a place name longer than its column); a line of prose crosses many."""
    bad = 0
    for m in _WORD.finditer(line):
        s, e = m.start(), m.end()
        k = _start_run(s, runs)
        if k is None or (k + 1 < len(runs) and s < runs[k + 1][0] < e):
            bad += 1
            if bad > 1:
                return False
    return True


def _start_run(s: int, runs: list[tuple[int, int]]) -> int | None:
    """The run a word starting at column ``s`` starts in (one column of slack either side), by bisection."""
    k = bisect.bisect_right(runs, (s + 1, len(runs) + s + 2)) - 1  # the last run starting at or before s + 1
    return k if k >= 0 and s < runs[k][1] + 1 else None


def _run_of(s: int, e: int, runs: list[tuple[int, int]]) -> int:
    """The column of a word: the run it starts in, else the run it overlaps most, else the run left of it."""
    k = _start_run(s, runs)
    if k is not None:
        return k
    best = max(range(len(runs)), key=lambda k: min(e, runs[k][1]) - max(s, runs[k][0]))
    if min(e, runs[best][1]) > max(s, runs[best][0]):
        return best
    left = [k for k, (a, _) in enumerate(runs) if a <= s]
    return left[-1] if left else 0


def _ruled_cells(line: str, index: int, runs: list[tuple[int, int]]) -> list[list[tuple[int, int, int]]]:
    cells: list[list[tuple[int, int, int]]] = [[] for _ in runs]
    for m in _WORD.finditer(line):
        cells[_run_of(m.start(), m.end(), runs)].append((index, m.start(), m.end()))
    return cells


def _past_break(lines: list[str], j: int, breaks: set[int] | frozenset[int]) -> int | None:
    """The first line of text after a page break that starts at line ``j`` (blank lines and running header and
    footer lines, ``breaks``, at least one of those; the end of the lines when none follows), else None: a table
    goes on there."""
    k, crossed = j, False
    while k < len(lines) and (not lines[k].strip() or k in breaks):
        crossed = crossed or k in breaks
        k += 1
    return k if crossed else None


def _heading_over(line: str, titles: str, runs: list[tuple[int, int]]) -> bool:
    """Whether ``line``, above a ruled table's line of titles, is the heading of the table's section ("PLAN SUMMARY"
    over "Plan name   Target   Rx (cGy)"): written in capitals over titles that are not, its words all in the
    first column. It names the table, not its first column."""
    words = [m.span() for m in _WORD.finditer(line)]
    letters = re.sub(r"[^A-Za-z]", "", line)
    return bool(words) and bool(letters) and letters.isupper() and not re.sub(r"[^A-Za-z]", "", titles).isupper() \
        and all(_run_of(s, e, runs) == 0 for s, e in words)


def _ruled(lines: list[str], i: int, breaks: set[int] | frozenset[int] = frozenset()) -> TextTable | None:
    """A table whose title line ``i`` (and the next, when two lines of titles) sits over a ruler; a page break
    (``breaks``: a running header or footer, a "Page 2 of 3" line) among its rows is none of them."""
    r = next((k for k in (i + 1, i + 2) if k < len(lines) and _is_ruler(lines[k])), None)
    if r is None or not lines[i].strip() or _is_ruler(lines[i]) or _is_border(lines[i]) or len(_bars(lines[i])):
        return None
    if r == i + 2 and (not lines[i + 1].strip() or _is_ruler(lines[i + 1])):
        return None
    if any(_rule_only(lines[k]) for k in range(i, r)):
        return None  # (the title line is the next one)
    runs = [m.span() for m in _RULE_RUN.finditer(lines[r])]
    if r == i + 2 and _heading_over(lines[i], lines[i + 1], runs):
        return None  # (the table's titles are the next line)
    heads = list(range(i, r))
    if not all(_fits(lines[k], runs) for k in heads):
        return None
    rows: list[_Row] = []
    j = r + 1
    while j < len(lines):
        past = _past_break(lines, j, breaks)
        if past is not None:  # (a page break among the rows)
            j = past
        if j >= len(lines):
            break
        if not lines[j].strip() or _is_ruler(lines[j]) or _is_border(lines[j]) or _rule_only(lines[j]) or \
                not _fits(lines[j], runs):
            break
        _add_line(rows, _ruled_cells(lines[j], j, runs))  # (the row above may wrap onto this line)
        j += 1
    if not rows:
        return None
    if j < len(lines) and _is_ruler(lines[j]):
        j += 1  # the closing ruler
    head: list[list[tuple[int, int, int]]] = [[] for _ in runs]
    for k in heads:
        for c, words in zip(head, _ruled_cells(lines[k], k, runs)):
            c.extend(words)
    out = [head] + rows
    every = [w for r in out for c in r for w in c]
    return TextTable(i, j - 1, min(w[1] for w in every), max(w[2] for w in every), _text_cells(out), True)


# --- fixed-width tables -----------------------------------------------------------------------------

_TITLE_GAP = re.compile(r"\S+(?: \S+)*")  # a title: words one space apart (two or more part titles)
_FIXED_MIN_TITLES = 3
_FIXED_OVERFLOW = 4  # a word may run past its column in at most one row of this many (one row at least)
_VALUE = re.compile(r"^\W*\d[\d.,:/%-]*\W*$")  # a number, a date, a percentage ("2ND" is a title's word)


def _title_spans(line: str) -> list[tuple[int, int]] | None:
    """A title line's titles (start, end): three or more, two spaces apart or more, none a value or a label
    ("Name:"), no bar; else None."""
    if "|" in line or _is_ruler(line) or _rule_only(line):
        return None
    spans = [m.span() for m in _TITLE_GAP.finditer(line)]
    if len(spans) < _FIXED_MIN_TITLES:
        return None
    for a, b in spans:
        if any(_VALUE.match(w) for w in line[a:b].split()) or line[a:b].endswith(":"):
            return None
    return spans


def _blank(line: str, c: int) -> bool:
    return c >= len(line) or line[c] == " "


def _fixed_gutters(lines: list[str], heads: list[tuple[int, int]], rows: list[int]) -> list[int] | None:
    """For each gap between two titles, the column where the next column starts: the end of the run of the gap's
    columns that are blank in every row but the few a word overflows (at most one in :data:`_FIXED_OVERFLOW`),
    two columns wide or more (a single blank column that lines up in a few rows is a space between words), the
    fewest crossed and then the widest; None when a gap has no such run."""
    allowed = max(1, len(rows) // _FIXED_OVERFLOW)
    cuts = []
    for (_, end), (start, _) in zip(heads, heads[1:]):
        crossed = [sum(1 for k in rows if not _blank(lines[k], c)) for c in range(end, start)]
        runs: list[tuple[int, int, int]] = []  # (most crossed, -width, end column) of each run of columns
        c = 0
        while c < len(crossed):
            if crossed[c] > allowed:
                c += 1
                continue
            a = c
            while c < len(crossed) and crossed[c] <= allowed:
                c += 1
            for lo in range(a, c):  # (a run's least crossed part: its columns blank in every row)
                hi = lo
                while hi < c and crossed[hi] <= crossed[lo]:
                    hi += 1
                runs.append((max(crossed[lo:hi]), lo - hi, end + hi))
        wide = [r for r in runs if r[1] <= -2]
        if not wide:
            return None
        cuts.append(min(wide)[2])
    return cuts


def _fixed_row(line: str, index: int, cuts: list[int]) -> list[list[tuple[int, int, int]]]:
    cells: list[list[tuple[int, int, int]]] = [[] for _ in range(len(cuts) + 1)]
    for m in _WORD.finditer(line):
        cells[bisect.bisect_right(cuts, m.start())].append((index, m.start(), m.end()))
    return cells


def _title_words(row: _Row, line: str, names: frozenset[str] = frozenset()) -> _Row:
    """A fixed-width title line's cells with each title joined by underscores read as its words ("RX_GY",
    "DELIV_GY", "VOL_CC": an old record system's titles, as a delimited export's are), but a target structure's
    name ("PTV_T4 cGy", a per-target column) kept whole, and so is a name the chart writes elsewhere as a value
    (``names``: :func:`_names_elsewhere`; a session log's column per plan, "LIV_S6", beside the plan table's row
    "LIV_S6  PTV_Liver_S6  50 Gy / 5"), as a PDF's title cell keeps it."""
    structure = load_vocabulary().patterns["target_structure"]
    out: _Row = []
    for cell in row:
        words: list[tuple[int, int, int]] = []
        for k, a, b in cell:
            word = line[a:b]
            if "_" not in word or structure.match(word) or word in names:
                words.append((k, a, b))
                continue
            words.extend((k, a + m.start(), a + m.end()) for m in re.finditer(r"[^_]+", word))
        out.append(words)
    return out


_TITLE_TOKEN = re.compile(r"[^\s|#]+")


def _names_elsewhere(lines: list[str], i: int) -> frozenset[str]:
    """The underscored titles of title line ``i`` that the chart also writes as the first cell of a row of values
    (three cells or more, one with a figure, none another title of that line: a plan table's row "LIV_S6
    PTV_Liver_S6  50 Gy / 5" under a log titled "Session  Date  LIV_S6  BONE_RIL"): names of plans or structures,
    not a record system's titled words ("rx_total_Gy", "RX_GY": written where titles are, in another table's
    title line, or as a metric's key in a row's later cell, "Brainstem|Dmax_Gy|23.0")."""
    titles = set(_TITLE_TOKEN.findall(lines[i]))
    wanted = {w for w in titles if "_" in w}
    out = set()
    for k, ln in enumerate(lines):
        if k == i or not wanted:
            continue
        cells = [c.strip() for c in row_cells(ln.strip().strip("|").replace("|", "\t")) if c.strip()]  # (| parts too)
        if len(cells) < 3 or cells[0] not in wanted or not any(re.search(r"\d", c) for c in cells[1:]):
            continue
        if (titles - {cells[0]}) & set(_TITLE_TOKEN.findall(ln)):
            continue
        out.add(cells[0])
    return frozenset(out)


def _crossings(line: str, cuts: list[int]) -> int:
    """How many column gaps the line's words run across (a word covering a cut and the column left of it)."""
    return sum(1 for m in _WORD.finditer(line) for c in cuts if m.start() < c - 1 and m.end() > c - 1)


def _run_on(line: str, cells: list[list[tuple[int, int, int]]]) -> bool:
    """A line whose cells follow one another a single space apart, but for one word run past its column: a
    sentence under the rows ("Delivered: left parietal 24 Gy, right thalamic 16 Gy"), not a row, whose cells
    stand two spaces apart or more."""
    filled = [c for c in cells if c]
    gaps = [b[0][1] - a[-1][2] for a, b in zip(filled, filled[1:])]
    single = sum(1 for g in gaps if g <= 1)
    return single > 1 or (single == 1 and len(gaps) == 1)


def _rule_line(line: str) -> bool:
    """A line drawn of rule characters only ("-----", "=====", "--  ----")."""
    return bool(line.strip()) and (_is_border(line) or _is_ruler(line) or _rule_only(line))


def _fixed_width(lines: list[str], i: int, breaks: set[int] | frozenset[int] = frozenset()) -> TextTable | None:
    """A fixed-width table whose title line is ``i``: its rows the lines under it up to a blank line or a line
    that is no row (a remark across the columns), at least two and most writing a value; a page break
    (``breaks``: a running header or footer, a "Page 2 of 3" line) among them is none of its rows."""
    heads = _title_spans(lines[i])
    if heads is None:
        return None
    j = i + 1
    rows: list[int] = []
    cuts: list[int] | None = None
    while j < len(lines):
        past = _past_break(lines, j, breaks)
        if past is not None:  # (a page break between the titles and the rows, or inside the rows)
            j = past
        if j >= len(lines):
            break
        if not lines[j].strip() or _is_border(lines[j]) or _is_ruler(lines[j]) or _rule_only(lines[j]) or \
                "|" in lines[j]:
            break
        trial = _fixed_gutters(lines, heads, rows + [j])
        indent = len(lines[j]) - len(lines[j].lstrip())
        if trial is None or indent >= trial[-1] or indent < heads[0][0] - 1:
            break  # (a line standing right of every column is no row, nor one whose first words have no title:
            # a table printed on its side, its row titles down the left under no title)
        crossing, cells = _crossings(lines[j], trial), _fixed_row(lines[j], j, trial)
        if crossing > 1 or crossing and sum(1 for c in cells if c) * 2 <= len(trial) + 1:
            break  # (a word runs past its column in a row that fills its columns, not in a remark under them)
        if _run_on(lines[j], cells):
            break
        rows, cuts = rows + [j], trial
        j += 1
    # a table ruled above its titles and below its rows ("-----" lines framing a printout's one target) may hold a
    # single row (its cells maybe run on to a second line); an unframed one needs two rows
    framed = i > 0 and _rule_line(lines[i - 1]) and j < len(lines) and _rule_line(lines[j])
    least = 1 if framed else 2
    if cuts is None or len(rows) < least or \
            sum(1 for k in rows if any(_VALUE.match(w) for w in lines[k].split())) * 2 < len(rows):
        return None
    above = lines[i - 1] if i else ""
    if above.strip() and not _crossings(above, cuts) and sum(1 for c in _fixed_row(above, i - 1, cuts) if c) >= 2:
        return None  # (the line above stands in the columns too: the titles of a table printed on its side)
    out: list[_Row] = [_title_words(_fixed_row(lines[i], i, cuts), lines[i], _names_elsewhere(lines, i))]
    body: list[_Row] = []
    for k in rows:
        _add_line(body, _fixed_row(lines[k], k, cuts))  # (a line whose first column is empty goes on above)
    out += body
    if sum(1 for r in body if sum(1 for c in r if c) >= 2) < least:
        return None
    every = [w for r in out for c in r for w in c]
    return TextTable(i, rows[-1], min(w[1] for w in every), max(w[2] for w in every), _text_cells(out), True)
