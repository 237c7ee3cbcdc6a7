"""Checkboxes on a scanned page, found in the page image: OCR renders a box as another glyph ("0", "UO")
or drops it, so a scanned form's ticked and unticked options would read alike.

:func:`find_checkboxes` finds small square outlines (a text line high, straight sides, nothing touching
them) in a grayscale page image and says which are ticked (both diagonals inked, the middle of each side
clear: a cross, not a letter). :func:`with_checkboxes` puts "☒" / "☐" into the OCR words in their place,
dropping the OCR words the boxes were misread as, so a scanned form reads like a text one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy

TICKED, UNTICKED = "\u2612", "\u2610"  # ☒ ☐

Pixels = tuple[int, int, int, int, bool]  # x0, y0, x1, y1, ticked
W = TypeVar("W")


def _runs(dark: numpy.ndarray, lo: int, hi: int | None = None) -> list[tuple[int, int, int]]:
    """Horizontal runs of ink (row, start, end) between ``lo`` and ``hi`` pixels long (at least ``lo`` when no
    ``hi``)."""
    h, w = dark.shape
    padded = numpy.zeros((h, w + 2), dtype=numpy.int8)
    padded[:, 1:-1] = dark
    d = numpy.diff(padded, axis=1)
    ys, xs = numpy.nonzero(d == 1)
    ye, xe = numpy.nonzero(d == -1)  # same rows in the same order: each run's start then its end
    lengths = xe - xs
    keep = lengths >= lo if hi is None else (lengths >= lo) & (lengths <= hi)
    return list(zip(ys[keep].tolist(), xs[keep].tolist(), xe[keep].tolist()))


def _outlines(dark: numpy.ndarray, lo: int, hi: int) -> list[tuple[int, int, int, int]]:
    """Square outlines: a top and a bottom run of one length, inked sides between, a clear band around."""
    runs = _runs(dark, lo, hi)
    by_ends: dict[tuple[int, int], list[int]] = {}
    for y, s, e in runs:
        by_ends.setdefault((s // 3, e // 3), []).append(y)
    found = []
    for y, s, e in runs:
        side = e - s
        t = max(2, side // 10)
        for ks in (s // 3 - 1, s // 3, s // 3 + 1):
            for ke in (e // 3 - 1, e // 3, e // 3 + 1):
                for y2 in by_ends.get((ks, ke), ()):
                    if not 0.8 * side <= y2 - y <= 1.2 * side:
                        continue
                    if dark[y:y2, s:s + t].any(axis=1).mean() < 0.9 or dark[y:y2, e - t:e].any(axis=1).mean() < 0.9:
                        continue
                    g = max(2, side // 8)
                    y0, x0 = max(0, y - 2 * g), max(0, s - 2 * g)
                    ring = dark[y0:y2 + 2 * g, x0:e + 2 * g].copy()
                    ring[g:-g, g:-g] = False  # only the band g..2g outside the outline
                    if ring.mean() > 0.02:
                        continue
                    found.append((s, y, e, y2))
    found.sort(key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))
    out: list[tuple[int, int, int, int]] = []
    for b in found:  # the outermost of overlapping outlines (a thick outline gives several)
        if not any(b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3] for o in out):
            out.append(b)
    return out


def _state(dark: numpy.ndarray, x0: int, y0: int, x1: int, y1: int) -> bool | None:
    """True for a ticked box (a cross), False for an empty one, None for a letter that looked like a box."""
    side = x1 - x0
    t = max(2, side // 8)
    rows = dark[y0:y1, x0:x1]
    left = numpy.argmax(rows, axis=1)
    right = side - 1 - numpy.argmax(rows[:, ::-1], axis=1)
    if (left <= t).mean() < 0.9 or (right >= side - 1 - t).mean() < 0.9:
        return None  # a side that curves (D, B, O) is no box side
    m = max(3, side // 5)
    inner = dark[y0 + m:y1 - m, x0 + m:x1 - m]
    if inner.size == 0:
        return None
    if inner.mean() < 0.03:
        return False
    h, w = inner.shape
    k = numpy.arange(h)
    cols = (k * (w - 1) / max(h - 1, 1)).astype(int)

    def inked(r: int, c: int) -> bool:
        return bool(inner[r, max(c - 2, 0):c + 3].any())

    diag = numpy.mean([inked(r, c) for r, c in zip(k, cols)])
    anti = numpy.mean([inked(r, w - 1 - c) for r, c in zip(k, cols)])
    q = max(1, min(h, w) // 6)
    mid_h, mid_w = slice(h // 2 - q, h // 2 + q + 1), slice(w // 2 - q, w // 2 + q + 1)
    sides_clear = not (inner[mid_h, :q].any() or inner[mid_h, -q:].any() or
                       inner[:q, mid_w].any() or inner[-q:, mid_w].any())
    if diag >= 0.7 and anti >= 0.7 and sides_clear:
        return True
    return None


def find_checkboxes(gray: numpy.ndarray, dpi: float) -> list[Pixels]:
    """Checkboxes in a grayscale page image (0 black .. 255 white): (x0, y0, x1, y1, ticked) in pixels,
    top to bottom. Sides of 3.6 to 11.5 points (a box printed beside 8-16 pt text)."""
    dark = numpy.asarray(gray) < 128
    lo, hi = max(4, int(dpi * 0.05)), max(8, int(dpi * 0.16))
    out = []
    for x0, y0, x1, y1 in _outlines(dark, lo, hi):
        state = _state(dark, x0, y0, x1, y1)
        if state is not None:
            out.append((x0, y0, x1, y1, state))
    return sorted(out, key=lambda b: (b[1], b[0]))


def _letter_of(word: tuple[float, float, float, float, float, float],
               box: tuple[float, float, float, float, bool]) -> bool:
    """The "box" is a letter inside an OCR word: the word's own ink runs on past it on both sides, by half the box's
    width at least (a bold "O" of "FRACTION" in a scanned heading); a box OCR glued to its label ("Oframe") is at
    the word's edge, and a box misread as a word of its own is mostly inside it."""
    x0, top, x1, bottom = word[:4]
    bx0, by0, bx1, by1 = box[:4]
    half = (bx1 - bx0) / 2
    return top < by1 and by0 < bottom and x0 <= bx0 - half and bx1 + half <= x1


def with_checkboxes(words: list[W], boxes: list[Pixels], scale: float,
                    make: Callable[[str, float, float, float, float, float, float], W],
                    box_of: Callable[[W], tuple[float, float, float, float, float, float]]) -> list[W]:
    """OCR ``words`` with a "☒" / "☐" word for each checkbox (pixel boxes divided by ``scale``): a word
    the box was misread as (mostly inside the box) is dropped; the box joins the OCR line beside it.

    ``box_of(word)`` gives (x0, top, x1, bottom, line_top, line_bottom) in points and ``make(text, x0, top,
    x1, bottom, line_top, line_bottom)`` builds a word."""
    if not boxes:
        return words
    placed = [(x0 / scale, y0 / scale, x1 / scale, y1 / scale, ticked) for x0, y0, x1, y1, ticked in boxes]
    placed = [b for b in placed if not any(_letter_of(box_of(w), b) for w in words)]
    kept = []
    for w in words:
        x0, top, x1, bottom, _lt, _lb = box_of(w)
        width = max(x1 - x0, 0.1)
        inside = any(max(0.0, min(x1, b[2]) - max(x0, b[0])) >= 0.5 * width and top < b[3] and b[1] < bottom
                     for b in placed)
        if not inside:
            kept.append(w)
    out = list(kept)
    for bx0, by0, bx1, by1, ticked in placed:
        mid = (by0 + by1) / 2
        beside = [box_of(w) for w in kept if box_of(w)[4] <= mid <= box_of(w)[5]]
        if beside:
            near = min(beside, key=lambda b: min(abs(b[0] - bx1), abs(b[2] - bx0)))
            lt, lb = near[4], near[5]
        else:
            lt, lb = by0, by1
        out.append(make(TICKED if ticked else UNTICKED, bx0, by0, bx1, by1, lt, lb))
    return out


def _merge_rows(runs: list[tuple[int, int, int]], gap: int) -> list[tuple[float, int, int]]:
    """Runs on adjacent rows that overlap are one stroke: (centre row, start, end)."""
    strokes: list[list[int]] = []  # [first row, last row, start, end]
    open_from = 0  # strokes before this one ended more than ``gap`` rows ago
    for y, s, e in sorted(runs):
        while open_from < len(strokes) and y - strokes[open_from][1] > gap:
            open_from += 1
        for st in strokes[open_from:]:
            if y - st[1] <= gap and s < st[3] and st[2] < e:
                st[1] = y
                st[2], st[3] = min(st[2], s), max(st[3], e)
                break
        else:
            strokes.append([y, y, s, e])
    return [((a + b) / 2, s, e) for a, b, s, e in strokes]


def ruling_lines(gray: numpy.ndarray, scale: float) -> list[dict[str, object]]:
    """A scanned page's ruling lines (table borders) as pdfplumber edge dicts in points: ink runs at least
    a quarter inch long, horizontal and vertical. Text never makes such a run; an underline or a rule
    alone makes no table (a table needs crossing lines)."""
    ink = numpy.asarray(gray) < 180  # a thin scanned line is grey, and wanders between two pixel rows
    min_len = max(8, int(18 * scale))  # 18 pt
    dark = ink.copy()
    dark[:-1] |= ink[1:]
    dark[:, :-1] |= ink[:, 1:]
    edges: list[dict[str, object]] = []
    for y, s, e in _merge_rows(_runs(dark, min_len), 2):
        top = y / scale
        edges.append({"x0": s / scale, "x1": e / scale, "top": top, "bottom": top, "width": (e - s) / scale,
                      "height": 0.0, "orientation": "h", "object_type": "line"})
    for x, s, e in _merge_rows(_runs(dark.T, min_len), 2):
        left = x / scale
        edges.append({"x0": left, "x1": left, "top": s / scale, "bottom": e / scale, "width": 0.0,
                      "height": (e - s) / scale, "orientation": "v", "object_type": "line"})
    return edges
__all__ = ["find_checkboxes", "ruling_lines", "with_checkboxes"]
