"""Read a chart (PDF, plain text, or an image file of pages) into a :class:`~nlp.model.Document`.

Design (measured on the dev corpus, see ``scripts/bench_reader.py``): characters and their boxes
come from pypdfium2 (1-3 ms per page), words and lines are built here and laid out by
:mod:`nlp.layout`.  Ruled tables are found by pdfplumber's table algorithm (edges -> intersections
-> cells -> tables) fed with the ruling lines PDFium reads from the page's path objects, so
pdfplumber never has to parse the page itself (its pdfminer parse costs 20-70 ms per page).
Pages with no text layer are OCR'd with Tesseract (:mod:`nlp.ocr`) when it is installed. An image
file (TIFF, every frame a page; PNG; JPEG) is read as a scanned PDF: each frame becomes a page of its
physical size holding the frame (:mod:`nlp.images`), and that page goes through the same page reader.

Decisions:

* Repeated header/footer lines (banner, facility, footer notes) are kept on the first page where
  they appear and dropped on later pages; page numbers are dropped everywhere.
* A PDF protected only by an owner password (opens without a password, e.g. printing/copying
  restricted) is read like any viewer would; one that needs a user password raises E003.
* Every problem with the input surfaces as :class:`~srscheck.messages.UnreadableChart`.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from srscheck.nlp import guard, images, layout, ocr, textlayer, texttables
from srscheck.nlp.layout import Block, LWord, TableBlock, TextBlock

from srscheck.core.formats import TEXT_SUFFIXES, image_kind
from srscheck.core.messages import UnreadableChart
from srscheck.core.model import Box, Cell, Document, Page, Table, Word

log = logging.getLogger(__name__)

_HEADER_WINDOW = 1024
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st", "\u00ad": "-", "\x02": "-", "\u2010": "-", "\u2011": "-"}
_BREAKS = frozenset(" \t\r\n\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                    "\u200a\u200b\u202f\u205f\u3000\ufffe\uffff\x00")


# ==================================================================================================
# Public API
# ==================================================================================================


def read_document(path: Path) -> Document:
    """Read a PDF chart, a plain-text chart (one page) or an image file (TIFF, PNG, JPEG: a scan or a
    fax, every TIFF frame a page) into a Document.

    Raises :class:`UnreadableChart` (E001-E015) for any input that cannot be read.
    """
    name = str(path)
    p = Path(path)
    if p.is_dir():
        raise UnreadableChart("E009", file=name)
    guard.check_regular_file(p, name)  # a FIFO or device would hang the read
    if not p.exists():
        raise UnreadableChart("E001", file=name)
    try:
        head, tail, sha = _sniff(p)
    except OSError as exc:
        raise UnreadableChart("E008", file=name, detail=exc.strerror or str(exc)) from exc
    kind = image_kind(head)  # by the magic number, whatever the file's name
    if kind is not None:
        return _read_image(p, name, sha, truncated=images.trailer_missing(kind, tail))
    if b"%PDF-" in head:
        return _read_pdf(p, name, sha, truncated=b"%%EOF" not in tail)
    return _read_text_file(p, name, sha)


def document_from_text(text: str, file: str = "chart.txt", sha256: str | None = None) -> Document:
    """A Document from plain text: each form feed starts a page; words sit on a monospace grid.

    Columns separated by three or more spaces (or a tab) become cells, as in a PDF.
    """
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = [[_expand_tabs(line) for line in chunk.split("\n")] for chunk in text.split("\f")]  # (line, tab stops)
    running = texttables.running_lines([[line for line, _ in expanded] for expanded in pages])
    raw_pages = [_text_page(expanded, running) for expanded in pages]
    return _assemble(file, sha256, raw_pages, ocr_used=False)


# ==================================================================================================
# Input sniffing
# ==================================================================================================


def _sniff(p: Path) -> tuple[bytes, bytes, str]:
    """First and last kilobyte of the file and its SHA-256 (read in chunks: bounded memory)."""
    digest = hashlib.sha256()
    head = b""
    tail = b""
    with p.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if not head:
                head = chunk[:_HEADER_WINDOW]
            tail = (tail + chunk)[-_HEADER_WINDOW:]
            digest.update(chunk)
    return head, tail, digest.hexdigest()


def _read_text_file(p: Path, name: str, sha: str) -> Document:
    """A ``.txt``/``.text`` chart (UTF-8, as copied out of an EHR) or a ``.csv`` export; anything else without
    a PDF header or an image's magic number is E002."""
    if p.suffix.lower() not in TEXT_SUFFIXES:
        raise UnreadableChart("E002", file=name)
    try:
        text = guard.decode_text(p.read_bytes(), name)  # UTF-8/16/32, cp1252, Latin-1; binary is E010
    except OSError as exc:
        raise UnreadableChart("E008", file=name, detail=exc.strerror or str(exc)) from exc
    guard.check_chars(len(text), name)  # before the layout: a text over the bound costs no more
    doc = document_from_text(text, file=name, sha256=sha)
    if not doc.text.strip():
        raise UnreadableChart("E007", file=name)
    return doc


# ==================================================================================================
# PDF pages -> words (pypdfium2)
# ==================================================================================================


@dataclass
class _RawPage:
    """What phase one learns from a page; layout happens once all pages are known (headers)."""

    number: int
    width: float  # as displayed
    height: float
    rotation: int
    words: list[LWord]  # dominant text direction, reading frame
    frame_height: float  # page height in the reading frame (for the header/footer bands)
    other: list[list[LWord]] = field(default_factory=list)  # words in other directions, per direction
    tables: list[tuple[TableBlock, tuple[float, float, float, float]]] = field(default_factory=list)
    ocr: bool = False
    garbled: str | None = None  # why the page's text layer was not used (textlayer.garbled)
    line_gap: float | None = None  # the line spacing when known, not measured (a plain-text page's grid)
    space: float | None = None  # the width of one space when the page is a character grid (a plain-text page)


def _to_display(rotation: int, box: tuple[float, float, float, float],
                x: float, y: float) -> tuple[float, float]:
    """PDF user space point -> displayed page point (origin top-left), for a page /Rotate."""
    bx0, by0, bx1, by1 = box
    if rotation == 90:
        return y - by0, x - bx0
    if rotation == 180:
        return bx1 - x, y - by0
    if rotation == 270:
        return by1 - y, bx1 - x
    return x - bx0, by1 - y


def _to_frame(direction: int, wd: float, hd: float, x: float, y: float) -> tuple[float, float]:
    """Displayed point -> reading frame of text running ``direction`` degrees counter-clockwise."""
    if direction == 90:
        return hd - y, x
    if direction == 180:
        return wd - x, hd - y
    if direction == 270:
        return y, wd - x
    return x, y


def _rect(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


class _PageGeometry:
    def __init__(self, page: pdfium.PdfPage) -> None:
        self.rotation = page.get_rotation() % 360
        self.box = page.get_cropbox()
        bw = self.box[2] - self.box[0]
        bh = self.box[3] - self.box[1]
        self.wd, self.hd = (bh, bw) if self.rotation in (90, 270) else (bw, bh)

    def display_box(self, left: float, bottom: float, right: float, top: float) -> Box:
        """A PDF user-space rectangle as shown on the page (origin top-left), rounded to 0.01 pt."""
        x0, y0, x1, y1 = _rect([_to_display(self.rotation, self.box, left, bottom),
                                _to_display(self.rotation, self.box, right, top)])
        return Box(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))

    def frame_box(self, direction: int, b: Box) -> tuple[float, float, float, float]:
        """A displayed box in the reading frame of text running ``direction`` degrees (CCW)."""
        return _rect([_to_frame(direction, self.wd, self.hd, b.x0, b.top),
                      _to_frame(direction, self.wd, self.hd, b.x1, b.bottom)])

    def frame_height(self, direction: int) -> float:
        return self.wd if direction in (90, 270) else self.hd


@dataclass
class _CharRun:
    chars: list[str]
    left: float
    bottom: float
    right: float
    top: float
    size: float
    bold: bool
    user_dir: int  # text direction in PDF user space, degrees counter-clockwise (0, 90, 180, 270)
    direction: int  # text direction on the page as displayed
    # (index in chars, right edge before it, left edge of it) where another string starts touching the one before
    # it (PDF user space, along the text): see _touches
    seams: list[tuple[int, float, float]] = field(default_factory=list)


def _user_direction(textpage: pdfium.PdfTextPage, i: int) -> int:
    angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, i)  # radians, clockwise
    if angle < 0:
        return 0
    return (round((360 - math.degrees(angle)) / 90) * 90) % 360


# PDFium's text shows a line-end hyphen as U+FFFE (its char code is 2) and inserts no line break
# after it: keep it inside the token, whose two lines then send it to the per-character path.
_TOKEN_CHARS = re.compile("[^" + re.escape("".join(sorted(_BREAKS - {"\ufffe"}))) + "]+")
_LIGATURE_TABLE = str.maketrans({**_LIGATURES, "\ufffe": "-"})


def _word_runs(textpage: pdfium.PdfTextPage, rotation: int) -> Iterator[_CharRun]:
    """Words in content order: split the page text at spaces and line breaks (PDFium inserts them
    where glyphs are apart), then box each word from its first and last character only.

    Words whose first and last characters do not sit on one line, close together, are rebuilt
    character by character (:func:`_char_runs`); so is a page whose text does not map one to one
    onto PDFium's character list.
    """
    tp = textpage.raw
    n = pdfium_c.FPDFText_CountChars(tp)
    text = textpage.get_text_range(0, n) if n > 0 else ""
    if len(text) != n:
        yield from _char_runs(textpage, rotation, 0, n)
        return
    first, last = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    first_p, last_p = ctypes.byref(first), ctypes.byref(last)
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    for m in _TOKEN_CHARS.finditer(text):
        i, j = m.span()
        if not (get_box(tp, i, first_p) and get_box(tp, j - 1, last_p)):
            yield from _char_runs(textpage, rotation, i, j)
            continue
        size = pdfium_c.FPDFText_GetFontSize(tp, i) or abs(first.top - first.bottom)
        user_dir = _user_direction(textpage, i)
        a = (first.left, first.bottom, first.right, first.top)
        b = (last.left, last.bottom, last.right, last.top)
        if not _one_word(a, b, size, user_dir, j - i):
            yield from _char_runs(textpage, rotation, i, j)
            continue
        if j - i > 1 and _text_object(tp, i) != _text_object(tp, j - 1):
            yield from _char_runs(textpage, rotation, i, j)  # (two strings drawn into each other: see _collides)
            continue
        bold = pdfium_c.FPDFText_GetFontWeight(tp, i) >= 600
        yield _CharRun([m.group(0).translate(_LIGATURE_TABLE)], min(a[0], b[0]), min(a[1], b[1]),
                       max(a[2], b[2]), max(a[3], b[3]), size, bold, user_dir, (user_dir - rotation) % 360)


def _one_word(a: tuple[float, float, float, float], b: tuple[float, float, float, float], size: float,
              user_dir: int, nchars: int) -> bool:
    """First and last character boxes (left, bottom, right, top) on one line, no wider than the word."""
    if user_dir in (0, 180):
        cross = min(a[3], b[3]) - max(a[1], b[1])
        height = min(a[3] - a[1], b[3] - b[1])
        along = b[2] - a[0] if user_dir == 0 else a[2] - b[0]
    else:
        cross = min(a[2], b[2]) - max(a[0], b[0])
        height = min(a[2] - a[0], b[2] - b[0])
        along = b[3] - a[1] if user_dir == 90 else a[3] - b[1]
    return cross >= 0.3 * height and -0.5 * size <= along <= (nchars * 1.1 + 0.5) * size


def _char_runs(textpage: pdfium.PdfTextPage, rotation: int, start: int, stop: int) -> Iterator[_CharRun]:
    """Runs of non-space characters in content order with their union box (PDF user space)."""
    tp = textpage.raw
    rect = pdfium_c.FS_RECTF()
    rect_p = ctypes.byref(rect)
    get_unicode = pdfium_c.FPDFText_GetUnicode
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    run: _CharRun | None = None
    objects = [_text_object(tp, i) for i in range(start, min(stop + 1, pdfium_c.FPDFText_CountChars(tp)))]
    # (and the character after the run's: a string's space after its one letter, "L cerebellar")
    for i in range(start, stop):
        code = get_unicode(tp, i)
        ch = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffe"
        if ch in _BREAKS:
            if run is not None:
                yield run
                run = None
            continue
        if not get_box(tp, i, rect_p):
            continue
        left, top, right, bottom = rect.left, rect.top, rect.right, rect.bottom
        if run is not None and _collides(run, left, objects, i - start):
            yield run  # (a cell's text run into the next cell's: two words)
            run = None
        if run is not None and (unicodedata.combining(ch) or _continues(run, left, bottom, right, top)):
            if _touches(run, left, objects, i - start):  # (two cells' strings drawn with no gap: a seam)
                run.seams.append((sum(map(len, run.chars)), run.right, left))
            run.chars.append(_LIGATURES.get(ch, ch))
            run.left, run.right = min(run.left, left), max(run.right, right)
            run.bottom, run.top = min(run.bottom, bottom), max(run.top, top)
            continue
        if run is not None:
            yield run
        size = pdfium_c.FPDFText_GetFontSize(tp, i) or abs(top - bottom)
        bold = pdfium_c.FPDFText_GetFontWeight(tp, i) >= 600
        user_dir = _user_direction(textpage, i)
        run = _CharRun([_LIGATURES.get(ch, ch)], left, bottom, right, top, size, bold,
                       user_dir, (user_dir - rotation) % 360)
    if run is not None:
        yield run


def _text_object(tp: object, i: int) -> int | None:
    """The address of the text object (one string the page draws) that character ``i`` belongs to."""
    return ctypes.cast(pdfium_c.FPDFText_GetTextObject(tp, i), ctypes.c_void_p).value


def _strings_meet(objects: list[int | None], k: int) -> bool:
    """Character ``k`` starts another string the page draws (``objects``: each character's, :func:`_text_object`)
    than the one character ``k - 1`` ends, both strings of two or more characters: where two strings meet with no
    space between them (:func:`_collides` when the second is drawn over the first's end, :func:`_touches` when it
    starts where the first ends)."""
    if k < 2 or k + 1 >= len(objects) or objects[k] is None or objects[k] == objects[k - 1]:
        return False
    return objects[k - 2] == objects[k - 1] and objects[k + 1] == objects[k]


def _collides(run: _CharRun, left: float, objects: list[int | None], k: int) -> bool:
    """Character ``k`` (of a run of characters with no space between them) starts another string than the one
    before it, drawn over that one's end: two strings of two or more characters each, the second starting left of
    where the first ends (a table cell's text too long for its column, run into the next cell's: "PTV_LPrecent" and
    "Left" drawn as "PTV_LPrecentLeft"). One string's letters never overlap so across a string's end, and a page
    that draws every character as a string of its own is not split (a one-character string is no cell's text)."""
    return _strings_meet(objects, k) and run.user_dir == 0 and left < run.right


def _touches(run: _CharRun, left: float, objects: list[int | None], k: int) -> bool:
    """Character ``k`` starts another string of two or more characters than the one of two or more before it, and
    starts where that one ends or right of it, with no space between them ("98.7%" and "3.1" drawn as
    "98.7%3.1"): a seam, which one string's letters never make. Whether the two strings are two cells' is for the
    table to say (its column edges: _ruled_tables); a string drawn over the end of the other is _collides'."""
    return _strings_meet(objects, k) and run.user_dir == 0 and left >= run.right


def _continues(run: _CharRun, left: float, bottom: float, right: float, top: float) -> bool:
    """Does a character box continue the run (same line, no gap) in the run's direction?"""
    tol = 0.3 * run.size
    if run.user_dir in (0, 180):
        if min(run.top, top) - max(run.bottom, bottom) < 0.3 * (top - bottom):
            return False
        gap = left - run.right if run.user_dir == 0 else run.left - right
    else:
        if min(run.right, right) - max(run.left, left) < 0.3 * (right - left):
            return False
        gap = bottom - run.top if run.user_dir == 90 else run.bottom - top
    return -0.6 * run.size <= gap <= tol


def _pdf_words(textpage: pdfium.PdfTextPage, geo: _PageGeometry) -> dict[int, list[LWord]]:
    """The page's words grouped by text direction, in each direction's reading frame."""
    out: dict[int, list[LWord]] = {}
    for run in _word_runs(textpage, geo.rotation):
        box = geo.display_box(run.left, run.bottom, run.right, run.top)
        x0, top, x1, bottom = geo.frame_box(run.direction, box)
        seams = []
        for k, end, start in run.seams:  # each part's box, in the frame and on the page
            first = geo.display_box(run.left, run.bottom, end, run.top)
            second = geo.display_box(start, run.bottom, run.right, run.top)
            seams.append((k, geo.frame_box(run.direction, first)[2], geo.frame_box(run.direction, second)[0],
                          first, second))
        text = "".join(run.chars)
        if seams and _nfc(text) != text:
            seams = []  # (composed accents move the indices)
        out.setdefault(run.direction, []).append(
            LWord(_nfc(text), x0, top, x1, bottom, run.size, box, run.bold, tuple(seams)))
    return out


def _nfc(text: str) -> str:
    """Composed accents ('e' + U+0301 -> 'é'), so chart words match the vocabulary's spelling."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _count_objects(page: pdfium.PdfPage, kind: int, limit: int) -> int:
    n = 0
    for _ in page.get_objects(filter=(kind,), max_depth=3):
        n += 1
        if n >= limit:
            break
    return n


# ==================================================================================================
# Ruled tables: ruling lines from PDFium, cells by pdfplumber's table algorithm
# ==================================================================================================

_MAX_PATH_SEGMENTS = 400  # paths with more segments are drawings (logos, charts), not rulings
_MIN_EDGE = 3.0  # points; pdfplumber's edge_min_length


def _ruling_edges(page: pdfium.PdfPage, geo: _PageGeometry, direction: int) -> list[dict[str, object]]:
    """Horizontal and vertical line segments of the page's paths, as pdfplumber edge dicts.

    Reading the path objects with PDFium costs well under a millisecond, whereas letting pdfplumber
    parse the page (pdfminer) to get the same edges costs 25-70 ms per page.
    """
    edges: list[dict[str, object]] = []
    for obj, matrix in _path_objects(page.raw, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)):
        for (x0, y0), (x1, y1) in _path_lines(obj, matrix):
            p0 = _to_frame(direction, geo.wd, geo.hd, *_to_display(geo.rotation, geo.box, x0, y0))
            p1 = _to_frame(direction, geo.wd, geo.hd, *_to_display(geo.rotation, geo.box, x1, y1))
            left, top, right, bottom = _rect((p0, p1))
            if bottom - top < 1.0 and right - left >= _MIN_EDGE:
                y = (top + bottom) / 2
                edges.append({"x0": left, "x1": right, "top": y, "bottom": y, "width": right - left,
                              "height": 0.0, "orientation": "h", "object_type": "line"})
            elif right - left < 1.0 and bottom - top >= _MIN_EDGE:
                x = (left + right) / 2
                edges.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0,
                              "height": bottom - top, "orientation": "v", "object_type": "line"})
    return edges


Matrix = tuple[float, float, float, float, float, float]


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _obj_matrix(obj: object) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _path_objects(raw_page: object, outer: Matrix, depth: int = 0) -> Iterator[tuple[object, Matrix]]:
    """Path objects of a page (or a form XObject, recursively) with their full matrix."""
    if depth == 0:
        count, get = pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    else:
        count, get = pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
    for i in range(count(raw_page)):
        obj = get(raw_page, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield obj, _compose(_obj_matrix(obj), outer)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
            yield from _path_objects(obj, _compose(_obj_matrix(obj), outer), depth + 1)


def _path_lines(obj: object, m: Matrix) -> Iterator[tuple[tuple[float, float], tuple[float, float]]]:
    """Straight segments of a path (page space), including the closing segment of subpaths."""
    n = pdfium_c.FPDFPath_CountSegments(obj)
    if n <= 0 or n > _MAX_PATH_SEGMENTS:
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    start = cur = None
    for i in range(n):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        pt = (m[0] * x.value + m[2] * y.value + m[4], m[1] * x.value + m[3] * y.value + m[5])
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or cur is None:
            start = cur = pt
        else:
            if kind == pdfium_c.FPDF_SEGMENT_LINETO:
                yield cur, pt
            cur = pt
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None and cur != start:
            yield cur, start
            cur = start


def _table_grids(edges: list[dict[str, object]]) -> list[list[list[tuple[float, float, float, float] | None]]]:
    """Cell rectangles (row by row) of the tables the ruling edges form (pdfplumber's algorithm)."""
    if sum(e["orientation"] == "h" for e in edges) < 2 or sum(e["orientation"] == "v" for e in edges) < 2:
        return []
    from pdfplumber import table as pt  # deferred: only a page with ruling lines needs pdfplumber

    tol = pt.DEFAULT_SNAP_TOLERANCE
    merged = pt.merge_edges(edges, tol, tol, pt.DEFAULT_JOIN_TOLERANCE, pt.DEFAULT_JOIN_TOLERANCE)
    merged = [e for e in merged if e["width" if e["orientation"] == "h" else "height"] >= _MIN_EDGE]
    cells = pt.intersections_to_cells(pt.edges_to_intersections(merged, 3, 3))
    return [[list(row.cells) for row in pt.Table(None, group).rows]  # type: ignore[arg-type]
            for group in pt.cells_to_tables(cells)]


Rect = tuple[float, float, float, float]


def _ruled_tables(grids: list[list[list[Rect | None]]],
                  words: list[LWord]) -> tuple[list[tuple[TableBlock, Rect]], list[LWord]]:
    """Assign words to ruled-table cells (by their centre); returns the tables and the other words."""
    tables = []
    free = list(words)
    for rects in grids:
        every = [r for row in rects for r in row if r is not None]
        if len(rects) < 2 or max(len(r) for r in rects) < 2 or not every:
            continue
        bbox = (min(r[0] for r in every), min(r[1] for r in every),
                max(r[2] for r in every), max(r[3] for r in every))
        cells: list[list[list[LWord]]] = [[[] for _ in row] for row in rects]
        rest = []
        for w in [part for w in free for part in _cell_parts(w, rects, bbox)]:
            cy = (w.top + w.bottom) / 2
            hit = _cell_at(rects, bbox, (w.x0 + w.x1) / 2, cy)
            start = _cell_at(rects, bbox, w.x0 + 0.5, cy)
            if start is not None and start != hit and (hit is None or start[0] == hit[0]):
                r = rects[start[0]][start[1]]
                if r is not None and w.x0 - r[0] <= max(6.0, w.size):
                    hit = start  # a word written from its cell's left edge and running past its right ruling
                    # (a long column title in a narrow column) belongs to the cell it starts in
            if hit is None:
                rest.append(w)
            else:
                cells[hit[0]][hit[1]].append(w)
        rows = [[_cell_order(c) for c in row] for row in cells if any(row)]
        if len(rows) < 2:
            continue
        free = rest
        tables.append((TableBlock(rows, header=layout.looks_like_header(rows, ruled=True), ruled=True), bbox))
    return tables, free


def _cell_parts(w: LWord, rects: list[list[Rect | None]], bbox: Rect) -> list[LWord]:
    """A word made of strings that touch (LWord.seams) split where a column edge of the table parts them: the
    next string starts in another cell of the row than the part before it ("98.7%" in V100, "3.1" in Gradient
    index); the word itself when no edge lies between its strings."""
    if not w.seams:
        return [w]
    cy = (w.top + w.bottom) / 2
    out: list[LWord] = []
    x0, box, k0 = w.x0, w.box, 0  # the part being read: its start, its display box so far (the rest of the word)
    for k, end, start, first, second in w.seams:
        here, there = _cell_at(rects, bbox, x0 + 0.5, cy), _cell_at(rects, bbox, start + 0.5, cy)
        if here is None or there is None or here == there:
            continue
        out.append(LWord(w.text[k0:k], x0, w.top, end, w.bottom, w.size, _overlap(box, first), w.bold))
        x0, box, k0 = start, second, k
    if not out:
        return [w]
    out.append(LWord(w.text[k0:], x0, w.top, w.x1, w.bottom, w.size, box, w.bold))
    return out


def _overlap(a: Box, b: Box) -> Box:
    return Box(max(a.x0, b.x0), max(a.top, b.top), min(a.x1, b.x1), min(a.bottom, b.bottom))


_BARS = "|¦[]!"


def _off_rulings(words: list[LWord], rulings: list[dict[str, object]]) -> list[LWord]:
    """OCR words without the table borders OCR read as characters: a "|" on a vertical ruling line is
    dropped, and one glued to a word ("|9Gy") is cut off it."""
    verticals = [(float(e["x0"]), float(e["top"]), float(e["bottom"])) for e in rulings  # type: ignore[arg-type]
                 if e["orientation"] == "v"]

    def on_rule(x: float, top: float, bottom: float, tol: float) -> bool:
        return any(abs(x - vx) <= tol and vt - 3.0 <= (top + bottom) / 2 <= vb + 3.0 for vx, vt, vb in verticals)

    out = []
    for w in words:
        text, x0, x1 = w.text, w.x0, w.x1
        per_char = (x1 - x0) / max(len(text), 1)
        tol = 2 * per_char + 3.0  # OCR's box for a bar glued to a word is loose (it may start past the bar)
        while text and text[0] in _BARS and on_rule(x0, w.top, w.bottom, tol):
            text, x0 = text[1:], x0 + per_char
        while text and text[-1] in _BARS and on_rule(x1, w.top, w.bottom, tol):
            text, x1 = text[:-1], x1 - per_char
        if not text:
            continue
        if text != w.text:
            w = LWord(text, x0, w.top, x1, w.bottom, w.size,
                      Box(round(x0, 2), w.box.top, round(x1, 2), w.box.bottom), w.bold, confidence=w.confidence)
        out.append(w)
    return out


def _cell_at(rects: list[list[Rect | None]], bbox: Rect, cx: float, cy: float) -> tuple[int, int] | None:
    if not (bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]):
        return None
    for i, row in enumerate(rects):
        for j, r in enumerate(row):
            if r is not None and r[0] <= cx <= r[2] and r[1] <= cy <= r[3]:
                return i, j
    return None


def _cell_order(words: list[LWord]) -> list[LWord]:
    return [w for line in layout.cluster_lines(words) for w in line.words]


# ==================================================================================================
# PDF reading
# ==================================================================================================


def _open_pdf(p: Path, name: str, truncated: bool) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(p))
    except pdfium.PdfiumError as exc:
        # PDFium's error code is process-global and can be stale (it also refuses zero-page files),
        # so let pdfplumber/pdfminer tell what is wrong: only ever on this failure path.
        code, detail = _diagnose(p, truncated)
        raise UnreadableChart(code, file=name, **({"detail": detail} if detail else {})) from exc


def _diagnose(p: Path, truncated: bool) -> tuple[str, str | None]:
    """Why a PDF PDFium cannot open is unreadable: (message code, detail or None)."""
    import pdfplumber

    try:
        with pdfplumber.open(p) as pdf:
            n = len(pdf.pages)
    except Exception as exc:  # noqa: BLE001 - any pdfminer failure is a broken file; classify it
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        if "Password" in type(cause).__name__ or "Encrypt" in type(cause).__name__:
            return "E003", None
        return "E004", "the file ends early" if truncated else "its structure is broken"
    if n == 0:
        return ("E004", "the file ends early") if truncated else ("E005", None)
    return "E004", "the file ends early" if truncated else "its structure is broken"


def _read_pdf(p: Path, name: str, sha: str, truncated: bool) -> Document:
    guard.check_pdf_streams(p, name)  # a stream that inflates past the bound never reaches PDFium
    pdf = _open_pdf(p, name, truncated)
    try:
        n = len(pdf)
        if n == 0:
            if truncated:
                raise UnreadableChart("E004", file=name, detail="the file ends early")
            raise UnreadableChart("E005", file=name)
        guard.check_pages(n, name)
        raw_pages, scans = _extract_pages(pdf, name)
    except UnreadableChart:
        raise
    except Exception as exc:  # anything PDFium/pdfplumber raise on a bad file
        log.debug("PDF read failed", exc_info=True)
        if truncated:
            raise UnreadableChart("E004", file=name, detail="the file ends early") from exc
        raise UnreadableChart("E008", file=name, detail=f"{type(exc).__name__}: {exc}") from exc
    finally:
        pdf.close()
    return _pages_read(name, sha, raw_pages, scans, truncated)


def _pages_read(name: str, sha: str, raw_pages: list[_RawPage], scans: int, truncated: bool) -> Document:
    """The document of a file's pages; a file of which no page gave a word says why (E004/E006/E013/E007)."""
    if not any(rp.words or any(rp.other) or rp.tables for rp in raw_pages):
        if truncated:
            raise UnreadableChart("E004", file=name, detail="the file ends early")
        if scans and not ocr.available():
            raise UnreadableChart("E006", file=name)
        garbled = next((rp.garbled for rp in raw_pages if rp.garbled), None)
        if garbled and not ocr.available():
            raise UnreadableChart("E013", file=name, detail=garbled)
        raise UnreadableChart("E007", file=name)
    return _assemble(name, sha, raw_pages, ocr_used=any(rp.ocr for rp in raw_pages))


def _read_image(p: Path, name: str, sha: str, truncated: bool) -> Document:
    """An image file: every frame a scanned page (:class:`images.ImageChart`), read by the PDF page reader."""
    chart = images.ImageChart(p, name, truncated=truncated)  # the frame and pixel bounds, before decoding
    try:
        raw_pages, scans = _extract_pages(chart, name)
    except UnreadableChart:
        raise
    except Exception as exc:  # anything PDFium or Pillow raise on a bad frame
        log.debug("image read failed", exc_info=True)
        raise UnreadableChart("E008", file=name, detail=f"{type(exc).__name__}: {exc}") from exc
    finally:
        chart.close()
    return _pages_read(name, sha, raw_pages, scans, truncated=False)  # every frame decoded: nothing was cut


def _extract_pages(pdf: pdfium.PdfDocument | images.ImageChart, name: str) -> tuple[list[_RawPage], int]:
    """Phase one, page by page (each page closed before the next): words, ruled tables, OCR."""
    raw_pages = []
    scans = 0
    can_ocr = ocr.available()
    for index in range(len(pdf)):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            raise UnreadableChart("E004", file=name, detail=f"page {index + 1} cannot be loaded") from exc
        try:
            rp, is_scan = _read_page(page, index, can_ocr, name)
        finally:
            page.close()
        scans += is_scan
        raw_pages.append(rp)
    return raw_pages, scans


def _read_page(page: pdfium.PdfPage, index: int, can_ocr: bool,
               name: str) -> tuple[_RawPage, bool]:
    geo = _PageGeometry(page)
    textpage = page.get_textpage()
    try:
        by_dir = _pdf_words(textpage, geo)
        unmapped = textlayer.map_errors(textpage) if by_dir else 0.0
    finally:
        textpage.close()
    is_scan = False
    used_ocr = False
    rulings: list[dict[str, object]] = []  # a scanned page's table borders, found in its image
    if not by_dir and _looks_scanned(page):
        is_scan = True
        if can_ocr:
            by_dir = {0: _ocr_words(page, name, index + 1, rulings)}
            used_ocr = bool(by_dir[0])
    garbled = textlayer.page_garbled(by_dir, unmapped) if by_dir and not used_ocr else None
    if garbled:  # a text layer of unmapped or shifted glyphs: OCR the page if OCR reads it as text
        read = _ocr_words(page, name, index + 1) if can_ocr else []
        by_dir = {0: read} if read and textlayer.page_garbled({0: read}) is None else {}
        used_ocr = bool(by_dir)
    direction = max(by_dir, key=lambda d: (len(by_dir[d]), -d)) if by_dir else 0
    words = by_dir.pop(direction, [])
    tables: list[tuple[TableBlock, tuple[float, float, float, float]]] = []
    if words and not used_ocr:
        tables, words = _ruled_tables(_table_grids(_ruling_edges(page, geo, direction)), words)
    elif words and rulings:
        tables, words = _ruled_tables(_table_grids(rulings), _off_rulings(words, rulings))
    rp = _RawPage(index + 1, round(geo.wd, 2), round(geo.hd, 2), geo.rotation, words,
                  geo.frame_height(direction), [by_dir[d] for d in sorted(by_dir)], tables, used_ocr,
                  garbled)
    return rp, is_scan


def _looks_scanned(page: pdfium.PdfPage) -> bool:
    """A page without text that shows an image, or many paths (text converted to outlines)."""
    return (_count_objects(page, pdfium_c.FPDF_PAGEOBJ_IMAGE, 1) > 0
            or _count_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH, _OUTLINE_PATHS) >= _OUTLINE_PATHS)


_OUTLINE_PATHS = 50


# A line's OCR box runs from its tallest ascender to its lowest descender: about this many em of its font size
# (the text layer's size is the font's; an OCR word's is estimated from its line's box).
OCR_LINE_EM = 0.95


def _ocr_words(page: pdfium.PdfPage, name: str, number: int = 0,
               rulings: list[dict[str, object]] | None = None) -> list[LWord]:
    try:
        found = ocr.ocr_page(page, file=name, page_number=number, rulings=rulings)
    except ocr.OcrFailed as exc:
        raise UnreadableChart("E008", file=name, detail=f"OCR failed: {exc}") from exc
    out = []
    for w in found:
        size = max((w.line_bottom - w.line_top) / OCR_LINE_EM, 1.0)
        box = Box(round(w.x0, 2), round(w.line_top, 2), round(w.x1, 2), round(w.line_bottom, 2))
        out.append(LWord(w.text, w.x0, w.line_top, w.x1, w.line_bottom, size, box, confidence=w.confidence))
    return out


# ==================================================================================================
# Plain text -> words on a monospace grid
# ==================================================================================================

_CHAR_W = 6.0  # points per character (Courier 10)
_LINE_H = 12.0
_FONT = 10.0
_TOKEN = re.compile(r"\S+")


def _expand_tabs(line: str) -> tuple[str, list[int]]:
    """The line with its tabs as spaces (to the next stop, three at least), and the column where each tab's
    spaces start (a tab-separated export's field boundaries)."""
    out = []
    at = []
    col = 0
    for ch in line:
        if ch == "\t":
            pad = max(3, 8 - col % 8)
            at.append(col)
            out.append(" " * pad)
            col += pad
        else:
            out.append(ch)
            col += 1
    return "".join(out), at


def _text_word(line: str, row: int, start: int, end: int) -> LWord:
    x0, x1 = start * _CHAR_W, end * _CHAR_W
    top, bottom = row * _LINE_H + 1, row * _LINE_H + _LINE_H - 1
    text = _nfc(line[start:end].translate(_LIGATURE_TABLE))
    return LWord(text, x0, top, x1, bottom, _FONT, Box(x0, top, x1, bottom))


def _text_page(expanded: list[tuple[str, list[int]]], running: frozenset[str] = frozenset()) -> _RawPage:
    """A plain-text page (its lines with tabs expanded and where the tabs stood: :func:`_expand_tabs`) as words on a
    character grid; tables drawn with characters (texttables) read as ruled tables, their border characters dropped
    (``running``: the document's running header and footer lines, texttables.running_lines)."""
    words = []
    lines = [line for line, _ in expanded]
    width = 0.0
    tables: list[tuple[TableBlock, tuple[float, float, float, float]]] = []
    in_table: set[int] = set()
    for t in texttables.text_tables(lines, tabs=[at for _, at in expanded], running=running):
        rows = [[[_text_word(lines[k], k, a, b) for k, a, b in cell.words] for cell in row] for row in t.rows]
        box = (t.left * _CHAR_W, t.first * _LINE_H, t.right * _CHAR_W, (t.last + 1) * _LINE_H)
        tables.append((TableBlock(rows, header=t.header or layout.looks_like_header(rows), ruled=True), box))
        in_table.update(range(t.first, t.last + 1))
    for row, line in enumerate(lines):
        width = max(width, len(line) * _CHAR_W)
        if row in in_table:
            continue
        for m in _TOKEN.finditer(line):
            words.append(_text_word(line, row, m.start(), m.end()))
    height = max(len(lines), 1) * _LINE_H
    # A plain-text page's line spacing is its grid's: a blank line between two lines of text is a paragraph's end
    # typed by its writer (a dictation whose paragraphs run on without a stop: "... on the planning MRI" / blank /
    # "he was treated with ..."), not a scan's loose spacing. A double-spaced page, whose lines of text never
    # touch, keeps the measured spacing.
    text_rows = [k for k, line in enumerate(lines) if k not in in_table and line.strip()]
    touching = any(b == a + 1 for a, b in zip(text_rows, text_rows[1:]))
    gap = 2.0 if touching else None  # a word's box leaves 1 pt of its row above and below (_text_word)
    return _RawPage(0, max(width, _CHAR_W), height, 0, words, height, tables=tables, line_gap=gap, space=_CHAR_W)


# ==================================================================================================
# Assembly: header/footer removal, layout, text with offsets
# ==================================================================================================


def _assemble(file: str, sha256: str, raw_pages: list[_RawPage], ocr_used: bool) -> Document:
    page_lines = [(layout.cluster_lines(rp.words), rp.frame_height) for rp in raw_pages]
    kept = layout.strip_repeated(page_lines)
    b = _Builder(_vocabulary(kept))
    pages = []
    furniture = layout.repeated_band_words(page_lines)
    previous: Block | None = None  # the last block of the page before in its reading flow
    last_lines: list[tuple[Cell, ...]] = []  # and the cells of each of its lines, when it is running text
    for n, (rp, words) in enumerate(zip(raw_pages, kept), start=1):
        if n > 1:
            b.put("\f")
        start = b.pos
        first_word = len(b.words)
        blocks = layout.layout_words(words, rp.tables, rp.line_gap, rp.space)
        flow = len(blocks)  # (the page's text in other directions follows its flow)
        for other in rp.other:
            blocks.extend(layout.layout_words(other))
        at = _titles_over(previous, blocks, furniture) if previous is not None else None
        b.blocks(blocks, n, last_lines[at] if at is not None and at < len(last_lines) else None)
        pages.append(Page(n, rp.width, rp.height, start, b.pos, tuple(b.words[first_word:]), rp.rotation))
        previous = blocks[flow - 1] if flow else None
        last_lines = b.block_lines[flow - 1] if flow else []
    return Document(file=file, sha256=sha256, text="".join(b.parts), pages=tuple(pages),
                    tables=tuple(b.tables), ocr=ocr_used)


_SOFT_BREAK = re.compile(r"[A-Za-z0-9][-\u00ad]$")


def _titles_over(last: Block, blocks: Sequence[Block], furniture: set[int]) -> int | None:
    """The line of ``last`` (the last block of a page's flow) that is the row of column titles of the table the next
    page opens with (``blocks[0]``, found without titles), else None: a table broken after its header row. Below the
    titles may come only the running footer kept on this page (``furniture``: the ids of repeated header and footer
    words) and a title's second line ("Beam-on" over "(min)", cells under columns, no value). The title line has one
    cell per column, each over its own column (its middle nearest that column's), and titles the rows as a header
    row would (layout.looks_like_header)."""
    if not isinstance(last, TextBlock) or not last.lines or not blocks or not isinstance(blocks[0], TableBlock):
        return None
    table = blocks[0]
    width = max((len(r) for r in table.rows), default=0)
    if table.header or width < 3:
        return None
    spans: list[tuple[float, float] | None] = []
    for j in range(width):
        ws = [w for r in table.rows if j < len(r) for w in r[j]]
        spans.append((min(w.x0 for w in ws), max(w.x1 for w in ws)) if ws else None)
    placed = [k for k in range(width) if spans[k] is not None]

    def column(cell: Sequence[LWord]) -> int | None:
        mid = (cell[0].x0 + cell[-1].x1) / 2
        return min(placed, key=lambda k: max(spans[k][0] - mid, mid - spans[k][1], 0.0),  # type: ignore[index]
                   default=None)

    lines = last.lines
    i = len(lines) - 1
    while i >= 0 and all(id(w) in furniture for c in lines[i] for w in c):
        i -= 1
    below = 0
    while i >= 0 and below < 2 and 0 < len(lines[i]) < width and all(lines[i]) and \
            not any(layout.VALUE_WORD.match(w.text) for c in lines[i] for w in c) and \
            len({column(c) for c in lines[i]}) == len(lines[i]):
        i, below = i - 1, below + 1  # a title's second line
    if i < 0:
        return None
    line = lines[i]
    if len(line) != width or not all(line) or any(column(c) != j for j, c in enumerate(line)):
        return None
    return i if layout.looks_like_header([line] + [list(r) for r in table.rows]) else None


class _Builder:
    """Writes blocks as text (cells ``\\t``, lines ``\\n``, blank line between blocks) with offsets."""

    def __init__(self, vocabulary: frozenset[str] = frozenset()) -> None:
        self.vocabulary = vocabulary  # the document's own words, to decide line-end hyphens
        self.parts: list[str] = []
        self.pos = 0
        self.words: list[Word] = []
        self.tables: list[Table] = []
        self.block_lines: list[list[tuple[Cell, ...]]] = []  # the cells of each line of each block of the page

    def put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def word(self, w: LWord, text: str | None = None) -> None:
        start = self.pos
        t = w.text if text is None else text
        self.put(t)
        self.words.append(Word(t, w.box, start, self.pos, w.confidence))

    def blocks(self, blocks: Sequence[Block], page: int, titles: tuple[Cell, ...] | None = None) -> None:
        """``titles``: the column titles of the page's first block, a table whose header row ended the page
        before (:func:`_titles_over`); they stay where they are written, the table's header."""
        self.block_lines = []
        for k, block in enumerate(blocks):
            if k:
                self.put("\n")
            self.block_lines.append([])
            if isinstance(block, TableBlock):
                self.table(block, page)
                if k == 0 and titles:
                    t = self.tables[-1]
                    self.tables[-1] = Table(t.page, titles, t.rows, t.box)
            else:
                self.text_block(block)

    def cell(self, words: Sequence[LWord]) -> Cell:
        start = self.pos
        for k, w in enumerate(words):
            if k:
                self.put(" ")
            self.word(w)
        return Cell(" ".join(w.text for w in words), start, self.pos)

    def table(self, block: TableBlock, page: int) -> None:
        rows = []
        for row in block.rows:
            cells = []
            for k, c in enumerate(row):
                if k:
                    self.put("\t")
                cells.append(self.cell(c))
            self.put("\n")
            rows.append(tuple(cells))
        boxes = [w.box for row in block.rows for c in row for w in c]
        box = boxes[0]
        for bx in boxes[1:]:
            box = box.union(bx)
        header = rows[0] if block.header else ()
        body = rows[1:] if block.header else rows
        self.tables.append(Table(page, tuple(header), tuple(body), box))

    def text_block(self, block: TextBlock) -> None:
        joined = False  # the previous line ended in a hyphenated word continued on this line
        for k, cells in enumerate(block.lines):
            if k and block.breaks[k] and not joined:
                self.put("\n")
            nxt = block.lines[k + 1] if k + 1 < len(block.lines) else None
            join = (nxt is not None and not block.breaks[k + 1] and len(cells) == 1 and len(nxt) == 1
                    and _SOFT_BREAK.search(cells[-1][-1].text) is not None and nxt[0][0].text[:1].isalnum())
            written = []
            for j, cell in enumerate(cells):
                if j:
                    self.put("\t")
                cell_start = self.pos
                for i, w in enumerate(cell):
                    if i:
                        self.put(" ")
                    last = join and j == len(cells) - 1 and i == len(cell) - 1
                    self.word(w, _dehyphen(w.text, nxt[0][0].text, self.vocabulary)  # type: ignore[index]
                              if last else None)
                written.append(Cell(" ".join(w.text for w in cell), cell_start, self.pos))
            if self.block_lines:
                self.block_lines[-1].append(tuple(written))
            if not join:
                self.put("\n")
            joined = join


# Words that usually keep their hyphen when a compound is broken after them ("cone-beam").
_KEEP_HYPHEN = frozenset({"non", "self", "well", "follow", "cone", "fan", "pencil", "half", "full", "low",
                          "high", "short", "long", "single", "two", "three", "four", "five", "six"})
_EDGE_PUNCT = "()[]{}.,;:!?\"'“”‘’"


def _vocabulary(pages: Sequence[Sequence[LWord]]) -> frozenset[str]:
    return frozenset(w.text.strip(_EDGE_PUNCT).lower() for words in pages for w in words)


def _dehyphen(word: str, following: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """The text of a word ending a line with a hyphen, the next line's first word joined to it.

    'radio-' + 'surgery' -> 'radio' (the hyphen was a line break) unless the document spells the
    compound with a hyphen elsewhere or the first part usually keeps it ('cone-' + 'beam');
    'T1-' / '6X-' (digit or capital before the hyphen) keep their real hyphen.
    """
    stem = word[:-1]
    if not (len(stem) >= 2 and stem[-1].islower() and stem[-2].isalpha() and following[:1].islower()):
        return stem + "-"
    head = stem.lower().strip(_EDGE_PUNCT)
    tail = following.lower().strip(_EDGE_PUNCT)
    if head + tail in vocabulary:
        return stem
    if f"{head}-{tail}" in vocabulary or head.rsplit("-", 1)[-1] in _KEEP_HYPHEN:
        return stem + "-"
    return stem
