"""Check that every evidence quotation in a result is the chart's own words: one column of one page.

``quote_problems(result, document)`` walks the JSON contract dict for evidence items (``{"page", "text"}``,
with ``"document"`` for a course of several files) and returns one sentence per quotation that

* does not occur, whitespace aside, in the reader's text of its page (a trailing ``…`` marks a shortened
  quotation: its start must occur);
* starts or ends inside a word or a number (``"0 cm"`` cut from ``"1.0 cm"``);
* joins two side-by-side columns: two consecutive words of the quotation sit on one visual line with a
  gutter between them, a strip of the page that no word crosses over several lines and that has running
  text on both sides (lines of several words a word space apart, one run of words on that side that
  reaches the gutter: a table row's cells, or a title far off across the page, are not running text), each
  side at least a column wide (a form's column of labels beside their values is a table, not a text column),
  and the left side no column of labels: labels ragged far from the gutter (most of its lines end more
  than TOUCH_EM short of the strip), each of its lines of running text ("Coordinates verified on") on one
  baseline with its value across the strip, as a form's rows are, or a row of its own with nothing across, as
  a form's section heading is ("Organs at risk" between two of its tables, "Clinical note on targets" under
  its last row) (a text column's lines fill up to the gutter, or its paragraph's lines run on, one into the
  next, where the other column has none); labels that reach near their values still make a column of
  labels when most of them each start a row of their own (a capitalised first word after a line that ends
  no sentence, or a line that stops though the next line's first word would have fitted), where a text
  column's lines run on until the next word no longer fits.
  A list's bullet hung in the margin before its item's text is the item's: the indent after it is no gutter,
  and the text after it is what borders a gutter on its left.

The column test is pure geometry on the words' boxes and does not use the reader's layout code, so it
checks the layout rather than repeating it; it works the same for text-layer, OCR and plain-text pages.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Any

# A gap wider than this (in em, the word height) between two words of a line may be a gutter.
GAP_EM = 1.0
# The clear strip of a gutter is at least this wide (em): wider than a word space, also in monospace text.
MIN_GUTTER_EM = 1.0
# Lines further apart than this (em) are not one run of lines.
RUN_GAP_EM = 2.5
# A gutter needs this many lines of running text (at least PROSE_WORDS words of two letters or more, so
# that a table row of numbers and units is not taken for text) on each side.
PROSE_LINES = 3
PROSE_WORDS = 3
# Inside a line of running text the words are a word space apart (about 0.25 em, up to about half an em when
# justified); a wider gap is a boundary between a table's cells, even when the cells are padded closely.
CELL_GAP_EM = 0.7
# Running text borders the gutter: its lines end (or start) within this many em of the clear strip, the
# ragged edge of a column being at most a long word short of it. Text further off (a page title, a label
# column's neighbours across the page) is not what the strip separates.
TOUCH_EM = 6.0
# A column of running text is at least this wide (em, about 25 characters): a form's label column
# ("Dose per fraction", "Rx approved by") beside its values is a table's first column, not a text column.
MIN_COLUMN_EM = 12.0
_WS = re.compile(r"\s+")
# A list's bullet (a mark with no letter or digit) hung in the margin before its item's text.
_MARKER = re.compile(r"[^\w\s]{1,2}")


def _evidence(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("text"), str) and isinstance(node.get("page"), int):
            yield node
        for v in node.values():
            yield from _evidence(v)
    elif isinstance(node, list):
        for v in node:
            yield from _evidence(v)


def _normalise(text: str) -> tuple[str, list[int]]:
    """Whitespace runs as one space; ``index[k]`` is the original offset of normalised char ``k``."""
    out: list[str] = []
    index: list[int] = []
    for m in re.finditer(r"\S+|\s+", text):
        if m.group(0).isspace():
            if out:
                out.append(" ")
                index.append(m.start())
        else:
            out.append(m.group(0))
            index.extend(range(m.start(), m.end()))
    return "".join(out), index


class _Frame:
    """Word boxes turned so that x runs along the text line (pages rotated by 90/270 degrees)."""

    def __init__(self, page: Any) -> None:
        turned = page.rotation in (90, 270)
        self.words = list(page.words)
        self.boxes = [(w.box.top, w.box.x0, w.box.bottom, w.box.x1) if turned
                      else (w.box.x0, w.box.top, w.box.x1, w.box.bottom) for w in self.words]
        self.starts = [w.start for w in self.words]
        self.lines = self._lines()

    def _lines(self) -> list[list[int]]:
        order = sorted(range(len(self.boxes)), key=lambda i: (self.boxes[i][1] + self.boxes[i][3], self.boxes[i][0]))
        lines: list[list[int]] = []
        spans: list[tuple[float, float]] = []
        for i in order:
            _, t, _, b = self.boxes[i]
            for k in range(len(lines) - 1, max(len(lines) - 5, -1), -1):
                lt, lb = spans[k]
                if min(b, lb) - max(t, lt) >= 0.5 * min(b - t, lb - lt):
                    lines[k].append(i)
                    spans[k] = (min(t, lt), max(b, lb))
                    break
            else:
                lines.append([i])
                spans.append((t, b))
        for ln in lines:
            ln.sort(key=lambda i: self.boxes[i][0])
        return sorted(lines, key=lambda ln: min(self.boxes[i][1] for i in ln))

    def line_of(self, i: int) -> int:
        return next(k for k, ln in enumerate(self.lines) if i in ln)

    def em(self, i: int) -> float:
        return max(self.boxes[i][3] - self.boxes[i][1], 1.0)

    def _segment_words(self, line: list[int], x: float, side: int, em: float, edge: float | None = None) -> int:
        """Words (of two letters or more) on ``line`` on ``side`` of ``x`` (-1 left, 1 right) when they are
        one run of closely spaced words, i.e. a line of running text; 0 when they are several cells, or
        when ``edge`` is given and the run stops more than TOUCH_EM short of it (text that does not border
        the strip there)."""
        near = [i for i in line if (self.boxes[i][2] <= x if side < 0 else self.boxes[i][0] >= x)]
        near.sort(key=lambda i: self.boxes[i][0], reverse=side < 0)
        if side > 0 and near and _MARKER.fullmatch(self.words[near[0]].text):
            near = near[1:]  # a bullet hung before the text: the text starts after its indent
        if near and edge is not None:
            reach = (edge - self.boxes[near[0]][2]) if side < 0 else (self.boxes[near[0]][0] - edge)
            if reach > TOUCH_EM * em:
                return 0
        count = 0
        prev = None
        for i in near:
            if prev is not None:
                gap = (self.boxes[prev][0] - self.boxes[i][2]) if side < 0 else (self.boxes[i][0] - self.boxes[prev][2])
                if gap > CELL_GAP_EM * em:
                    return 0  # several cells on this side: a table row, not a line of running text
            count += sum(ch.isalpha() for ch in self.words[i].text) >= 2
            prev = i
        return count

    def is_gutter(self, a: int, b: int) -> bool:
        """True when the gap between words ``a`` and ``b`` of one line is a column gutter."""
        ax0, at, ax1, ab = self.boxes[a]
        bx0, bt, bx1, bb = self.boxes[b]
        if min(ab, bb) - max(at, bt) < 0.5 * min(ab - at, bb - bt):
            return False  # not on one line
        left, right = (ax1, bx0) if bx0 >= ax1 else (bx1, ax0)
        if _MARKER.fullmatch(self.words[a if bx0 >= ax1 else b].text):
            return False  # a list's bullet hung before its item's text: the gap is the item's indent
        em = max(self.em(a), self.em(b))
        if right - left <= GAP_EM * em:
            return False
        free = [(left, right)]  # the part of the gap that stays clear on the lines above and below
        k = self.line_of(a)
        run = [k]
        for step in (-1, 1):
            j = k
            while 0 <= j + step < len(self.lines):
                ln = self.lines[j + step]
                top = min(self.boxes[i][1] for i in ln)
                bottom = max(self.boxes[i][3] for i in ln)
                prev_top = min(self.boxes[i][1] for i in self.lines[j])
                prev_bottom = max(self.boxes[i][3] for i in self.lines[j])
                if (top - prev_bottom if step > 0 else prev_top - bottom) > RUN_GAP_EM * em:
                    break
                kept = free
                for i in ln:
                    x0, x1 = self.boxes[i][0], self.boxes[i][2]
                    kept = [p for a0, a1 in kept
                            for p in ((a0, min(a1, x0)), (max(a0, x1), a1)) if p[1] - p[0] >= MIN_GUTTER_EM * em]
                if not kept:
                    break
                free = kept
                run.append(j + step)
                j += step
        g0, g1 = max(free, key=lambda p: p[1] - p[0])
        mid = (g0 + g1) / 2
        prose_left = sum(1 for j in run if self._segment_words(self.lines[j], mid, -1, em, g0) >= PROSE_WORDS)
        prose_right = sum(1 for j in run if self._segment_words(self.lines[j], mid, 1, em, g1) >= PROSE_WORDS)
        return (prose_left >= PROSE_LINES and prose_right >= PROSE_LINES and not self._labels(run, mid, em, g0)
                and min(self._width(run, mid, -1), self._width(run, mid, 1)) >= MIN_COLUMN_EM * em)

    def _labels(self, run: list[int], x: float, em: float, edge: float) -> bool:
        """True when the text left of ``x`` over the lines ``run`` is a form's column of labels: each of its
        lines of running text shares its baseline with words right of ``x`` (a label and its value, one row) or is
        a row of its own (a heading, see ``_alone``); no
        line of it with nothing across the strip follows a line of its own that ends short of the strip (a form's
        label without a value is alone on its row, or the second line of a label that reached the strip: a text
        column's list item or paragraph line after a short line of its own is not); and most of its lines end
        more than TOUCH_EM short of the strip at ``edge`` (labels are ragged, far from the values, where a text
        column's lines are filled up to the gutter) or, ending nearer, each start a row of their own: a line not
        broken for want of room (see ``_unwrapped``) or one starting a label (see ``_titled``)."""
        sides = [(j, left, any(self.boxes[i][0] >= x for i in self.lines[j]))
                 for j in sorted(run) if (left := [i for i in self.lines[j] if self.boxes[i][2] <= x])]
        if not sides:
            return False
        short = [edge - max(self.boxes[i][2] for i in left) > TOUCH_EM * em for _j, left, _v in sides]
        rows = all(valued or self._alone(sides, k, em, edge) for k, (_j, left, valued) in enumerate(sides)
                   if self._segment_words(left, x, -1, em, edge) >= PROSE_WORDS)
        held = all(valued or not (k and sides[k - 1][0] == j - 1 and short[k - 1])
                   for k, (j, _left, valued) in enumerate(sides))
        own = [short[k] or (k + 1 < len(sides) and sides[k + 1][0] == j + 1
                            and self._unwrapped(left, sides[k + 1][1], em, edge))
               or self._titled(left, sides[k - 1][1] if k and sides[k - 1][0] == j - 1 else None)
               for k, (j, left, _v) in enumerate(sides)]
        return rows and held and 2 * sum(own) > len(sides)

    def _alone(self, sides: list[tuple[int, list[int], bool]], k: int, em: float, edge: float) -> bool:
        """True when the left line ``sides[k]`` is a row of its own, as a form's heading ("Organs at risk",
        "Clinical note on targets") between or after its rows is: it starts a row of its own after the left
        line above it and the left line below it starts another (see ``_titled`` and ``_unwrapped``), each
        where there is one. A text column's paragraph line runs on from the line above or into the line below."""
        j, left, _valued = sides[k]
        above = sides[k - 1][1] if k and sides[k - 1][0] == j - 1 else None
        below = sides[k + 1][1] if k + 1 < len(sides) and sides[k + 1][0] == j + 1 else None
        starts = above is None or self._titled(left, above) or self._unwrapped(above, left, em, edge)
        ends = below is None or self._titled(below, left) or self._unwrapped(left, below, em, edge)
        return starts and ends

    def _titled(self, left: list[int], above: list[int] | None) -> bool:
        """True when the left line ``left`` starts a label of its own: its first word is capitalised (not a
        word in capitals, such as a heading or an abbreviation) and the line above it, if any, ends no
        sentence (a text column's capitalised line starts a sentence after a full stop)."""
        first = self.words[min(left, key=lambda i: self.boxes[i][0])].text
        if not (first[:1].isupper() and not first.isupper()):
            return False
        return above is None or not self.words[max(above, key=lambda i: self.boxes[i][2])].text.endswith(
            (".", ":", ";", "!", "?"))

    def _unwrapped(self, left: list[int], below: list[int], em: float, edge: float) -> bool:
        """True when the left line ``left`` was not broken for want of room: the first word of the left line
        ``below`` it (with a word space) would have fitted between its end and the strip at ``edge`` (a form's
        label is one row of its own, where a text column's line runs on until its next word no longer fits)."""
        first = min(below, key=lambda i: self.boxes[i][0])
        room = edge - max(self.boxes[i][2] for i in left)
        return room > self.boxes[first][2] - self.boxes[first][0] + 0.25 * em

    def _width(self, run: list[int], x: float, side: int) -> float:
        """How wide the text on ``side`` of ``x`` (-1 left, 1 right) runs over the lines ``run``."""
        xs = [self.boxes[i][0 if side < 0 else 2] for j in run for i in self.lines[j]
              if (self.boxes[i][2] <= x if side < 0 else self.boxes[i][0] >= x)]
        if not xs:
            return 0.0
        return x - min(xs) if side < 0 else max(xs) - x

    def words_in(self, start: int, end: int) -> list[int]:
        lo = max(bisect.bisect_right(self.starts, start) - 1, 0) if self._ordered() else 0
        return [i for i in range(lo, len(self.words)) if self.words[i].end > start and self.words[i].start < end]

    def _ordered(self) -> bool:
        return all(x <= y for x, y in zip(self.starts, self.starts[1:]))


def _cut(text: str, at: int) -> bool:
    """True when offset ``at`` of ``text`` falls inside a word or a number (not at a boundary)."""
    if at <= 0 or at >= len(text):
        return False
    before, after = text[at - 1], text[at]
    if before.isalnum() and after.isalnum():
        return True
    if before in ".," and after.isdigit() and at >= 2 and text[at - 2].isdigit():
        return True  # "1.|0"
    return after in ".," and before.isdigit() and at + 1 < len(text) and text[at + 1].isdigit()  # "1|.0"


def quote_problems(result: dict[str, Any], document: Any) -> list[str]:
    """One sentence per evidence quotation of ``result`` that is not the chart's own words (see module)."""
    problems: list[str] = []
    frames: dict[tuple[int, int], _Frame] = {}
    texts: dict[tuple[int, int], tuple[str, list[int], str]] = {}
    seen: set[tuple[int, int, str]] = set()
    for ev in _evidence(result):
        key = (int(ev.get("document") or 0), ev["page"])
        if (key[0], key[1], ev["text"]) in seen:
            continue
        seen.add((key[0], key[1], ev["text"]))
        page = next((p for p in document.pages if p.number == key[1] and getattr(p, "document", 0) == key[0]), None)
        if page is None:
            problems.append(f"page {key[1]} (document {key[0]}) does not exist: {ev['text']!r}")
            continue
        if key not in texts:
            raw = document.text[page.start:page.end]
            texts[key] = (*_normalise(raw), raw)
            frames[key] = _Frame(page)
        norm, index, raw = texts[key]
        quote = _WS.sub(" ", ev["text"]).strip()
        if not quote:
            continue
        short = quote.endswith("…")
        if short:
            quote = quote[:-1].rstrip()
        found = [m.start() for m in re.finditer(re.escape(quote), norm)]
        if not found:
            problems.append(f"page {key[1]}: not in the page text: {ev['text']!r}")
            continue
        reasons = []
        for at in found:
            s, e = index[at], index[at + len(quote) - 1] + 1
            why = None
            if _cut(raw, s) or (not short and _cut(raw, e)):
                why = "cuts a word or number"
            else:
                frame = frames[key]
                ws = sorted(frame.words_in(page.start + s, page.start + e), key=lambda i: frame.words[i].start)
                for a, b in zip(ws, ws[1:]):
                    if frame.is_gutter(a, b):
                        why = f"joins two columns at {frame.words[a].text!r} | {frame.words[b].text!r}"
                        break
            if why is None:
                break
            reasons.append(why)
        else:
            problems.append(f"page {key[1]}: {reasons[0]}: {ev['text']!r}")
    return problems


def all_chart_paths(folders: Sequence[Any]) -> list[tuple[str, list[Any], list[str]]]:
    """(name, files, codes) of every gold chart in ``folders`` (a bundle lists its documents)."""
    import json

    out = []
    for folder in folders:
        for gold_path in sorted(folder.glob("*.gold.json")):
            name = gold_path.name[: -len(".gold.json")]
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold.get("expect_error"):
                continue
            if gold.get("documents"):
                files = [folder / d for d in gold["documents"]]
            else:
                files = [p for p in (folder / f"{name}.pdf", folder / f"{name}.txt") if p.exists()][:1]
            if files:
                out.append((name, files, [str(c) for c in gold.get("codes", [])]))
    return out
