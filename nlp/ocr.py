"""OCR for scanned pages: render with pypdfium2, read words and boxes with Tesseract (TSV output).

Only the ``tesseract`` command is needed (Debian package ``tesseract-ocr``, which brings the English
data).  Word boxes come back in page points (origin top-left, page as displayed), like the words of
a text PDF, so the same layout code reads both.
"""

from __future__ import annotations

import csv
import io
import math
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

import numpy
import pypdfium2.raw as pdfium_c

from srscheck.core import limits as _limits
from srscheck.core.messages import TimedOut

from . import deskew, speckle
from .checkboxes import find_checkboxes, ruling_lines, with_checkboxes

OCR_DPI = 300
OCR_TIMEOUT_S = 180
MIN_CONFIDENCE = 30.0
# A word with a digit read at less than this confidence is read again on its own: a number is what a fact is made
# of, and Tesseract reading a whole page misreads a digit or drops a decimal point ("725" as "425", "1.2 cm" as
# "12cm") at a middling confidence that the word read alone corrects at a high one.
SURE_CONFIDENCE = 80.0


class OcrFailed(RuntimeError):
    """Tesseract could not be run or failed on a page."""


@dataclass(frozen=True)
class OcrWord:
    text: str
    x0: float  # PDF points, origin top-left of the displayed page
    top: float
    x1: float
    bottom: float
    line_top: float  # the box of the OCR line the word belongs to (steadier for line grouping)
    line_bottom: float
    confidence: float = 100.0  # Tesseract's confidence in the word (0-100), after any second read


def tesseract_path() -> str | None:
    """The Tesseract executable, or None when OCR is not installed."""
    return shutil.which("tesseract")


def available() -> bool:
    return tesseract_path() is not None


MIN_DPI = 100  # below this, OCR reads nothing useful


def bounded_dpi(width_pt: float, height_pt: float, dpi: int = OCR_DPI, file: str = "chart",
                page_number: int = 0) -> int:
    """The resolution to render a page at for OCR: ``dpi``, lowered so the page fits the pixel bound
    (``srscheck.core.limits``: ocr_megapixels); a page too large even at :data:`MIN_DPI` is E011."""
    bound = _limits.current().ocr_megapixels * 1e6
    pixels = (width_pt * dpi / 72.0) * (height_pt * dpi / 72.0)
    if not bound or pixels <= bound:
        return dpi
    fit = int(72.0 * math.sqrt(bound / max(width_pt * height_pt, 1.0)))
    if fit < MIN_DPI:
        inches = f"{width_pt / 72:,.0f} x {height_pt / 72:,.0f} inches"
        raise _limits.exceeded(file, "ocr_megapixels", f"page {page_number} ({inches}) rendered for OCR")
    return fit


def scan_dpi(page: object) -> float | None:
    """The resolution of the scan a page shows: pixels per inch of its largest image as displayed, when
    that image covers at least half the page (a logo on a page of outlined text is no scan)."""
    width, height = page.get_size()  # type: ignore[attr-defined]
    best = None
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):  # type: ignore[attr-defined]
        try:
            w, h = obj.get_px_size()
            left, bottom, right, top = obj.get_bounds()
        except Exception:  # noqa: BLE001 - an image PDFium cannot measure says nothing
            continue
        area = (right - left) * (top - bottom)
        if w <= 0 or h <= 0 or area <= 0:
            continue
        if best is None or area > best[0]:
            best = (area, math.sqrt(w * h / (area / 72.0 / 72.0)))
    return best[1] if best and best[0] >= 0.5 * width * height else None


def render_dpi(scan: float | None, dpi: int = OCR_DPI) -> int:
    """The resolution Tesseract reads a page at: ``dpi``, or for a coarse scan (``scan`` pixels per inch)
    twice the scan's resolution. A 100 dpi scan blown up three times blurs its strokes together, and
    Tesseract then drops cells and misreads digits ("09/12/26" as "09/12/36"); at twice it reads them."""
    if scan is None or scan * 2 >= dpi:
        return dpi
    return max(int(round(2 * scan)), MIN_DPI)


def ocr_page(page: object, dpi: int = OCR_DPI, file: str = "chart", page_number: int = 0,
             rulings: list[dict[str, object]] | None = None) -> list[OcrWord]:
    """OCR one ``pypdfium2.PdfPage``; words in reading order of Tesseract with boxes in points.

    The page is rendered within the pixel bound and handed to Tesseract on its standard input, so
    no rendered page is ever written to disk (nothing is left in /tmp, however the run ends). A page scanned
    a few degrees crooked is turned upright first (:mod:`.deskew`), so each word's box stays within its line, and
    a speckled one is cleaned (:mod:`.speckle`).
    Checkboxes found in the image are among the words (☒ / ☐); ``rulings`` (a list) receives the page's
    ruling lines as pdfplumber edges.
    """
    exe = tesseract_path()
    if exe is None:
        raise OcrFailed("tesseract is not installed")
    width, height = page.get_size()  # type: ignore[attr-defined]
    dpi = bounded_dpi(width, height, dpi, file, page_number)
    scale = dpi / 72.0
    bitmap = page.render(scale=scale, grayscale=True)  # type: ignore[attr-defined]
    try:
        image = bitmap.to_pil()
        skew = deskew.page_skew(image)  # a sheet scanned crooked is set upright before anything is read
        image = deskew.turned(image, skew)
        gray = numpy.asarray(image.convert("L"))
        boxes = find_checkboxes(gray, dpi)
        if rulings is not None:  # the page's table borders, for its ruled tables
            rulings.extend(ruling_lines(gray, scale))
        read_at = min(render_dpi(scan_dpi(page), dpi), dpi)
        if read_at != dpi:  # a coarse scan: Tesseract reads it better rendered closer to its own resolution
            image.close()
            bitmap.close()  # (closing twice is harmless)
            bitmap = page.render(scale=read_at / 72.0, grayscale=True)  # type: ignore[attr-defined]
            image = deskew.turned(bitmap.to_pil(), skew)
        image = speckle.despeckled(image)  # a speckled scan's dots removed, strokes kept; a clean page untouched
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        seconds = _limits.current().seconds
        timeout = min(OCR_TIMEOUT_S, seconds) if seconds else OCR_TIMEOUT_S
        tsv = _tesseract(exe, buf.getvalue(), read_at, timeout, file)
        words = parse_tsv(tsv, read_at / 72.0,  # an unsure word, or a doubtful number, is read again on its own
                          lambda asked: _second_reads(asked, image, exe, read_at, timeout, file))
        image.close()
    finally:
        bitmap.close()
    return with_checkboxes(words, boxes, scale, OcrWord,
                           lambda w: (w.x0, w.top, w.x1, w.bottom, w.line_top, w.line_bottom))


def _tesseract(exe: str, png: bytes, dpi: int, timeout: float, file: str, *options: str) -> str:
    """Tesseract's TSV output for one PNG image (on its standard input)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread: predictable memory under the bound
    try:
        proc = subprocess.run([exe, "stdin", "stdout", "--dpi", str(dpi), *options, "tsv"], input=png,
                              capture_output=True, timeout=timeout, check=False, env=env)
    except subprocess.TimeoutExpired as exc:
        raise TimedOut("E012", file=file, limit=_limits.describe("seconds", timeout)) from exc
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrFailed(str(exc)) from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(err[-1] if err else "tesseract failed")
    return proc.stdout.decode("utf-8", "replace")


MAX_SECOND_READS = 120  # unsure words read again per page (one Tesseract run for all of them)


def _same_word(a: str, b: str) -> bool:
    """Two reads of a word say the same: equal letters and digits, case and punctuation aside."""
    def key(s: str) -> str:
        return "".join(c for c in s.lower() if c.isalnum())
    return bool(key(a)) and key(a) == key(b)


def _second_reads(asked: list[tuple[str, tuple[int, int, int, int]]], image: object, exe: str, dpi: int,
                  timeout: float, file: str) -> dict[int, tuple[str, float]]:
    """What Tesseract reads in each ``asked`` word's box (text, box in pixels of the page ``image``) cut out and
    read alone: the words it reads there joined, and the lowest of their confidences, by index among ``asked``.
    A page's asked words are stacked in one image, each on its own row, read as a block of lines (one Tesseract
    run for all). Tesseract reads a table cell beside a border or on a coarse fax correctly but at confidence 0
    ("20 Gy" on a 204 x 98 dpi frame, "18 Gy" in a 300 dpi scan's ruled table); cut out, the same text reads at
    full confidence, and noise, read twice, reads differently or unsure again."""
    from PIL import Image

    pad = max(4, int(dpi / 30))
    crops, rows, y = [], [], pad
    for index, (_text, (x0, t, x1, b)) in enumerate(asked[:MAX_SECOND_READS]):
        crop = image.crop((max(0, x0 - pad // 2), max(0, t - pad // 2), x1 + pad // 2, b + pad // 2))  # type: ignore[attr-defined]
        crops.append((crop.convert("L"), y))
        rows.append((index, y, y + crop.height))
        y += crop.height + 2 * max(pad, crop.height)
    if not crops:
        return {}
    sheet = Image.new("L", (max(c.width for c, _ in crops) + 2 * pad, y), 255)
    for crop, top in crops:
        sheet.paste(crop, (pad, top))
    buf = io.BytesIO()
    sheet.save(buf, format="PNG")
    said: dict[int, list[tuple[str, float]]] = {}
    tsv = _tesseract(exe, buf.getvalue(), dpi, timeout, file, "--psm", "6")
    for r in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (r.get("text") or "").strip()
        if r.get("level") != "5" or not text:
            continue
        try:
            conf, mid = float(r.get("conf") or -1), float(r["top"]) + float(r["height"]) / 2
        except (KeyError, ValueError):
            continue
        row = next((index for index, top, bottom in rows if top - pad <= mid <= bottom + pad), None)
        if row is not None:
            said.setdefault(row, []).append((text, conf))
    return {index: ("".join(t for t, _ in reads), min(c for _, c in reads)) for index, reads in said.items()}


Box = tuple[int, int, int, int]

# A gap between two pieces of letters on one line narrower than this share of the line's height is inside a word
# (a word's usual space is about twice as wide or more): Tesseract cut one word in two ("im mobiliser")
SPLIT_WORD_GAP = 0.2


def _rejoined(words: list) -> list:
    """The words (key, text, confidence, x0, top, x1, bottom in pixels, in reading order) with a word Tesseract cut in
    two joined again: two pieces one after the other on one level (of one line, or of two blocks Tesseract set side by
    side), letters only, the second in lower case, no wider apart than :data:`SPLIT_WORD_GAP` of the first's line
    height ("im" + "mobiliser" 4 px apart on a 31 px line whose spaces are 13 px)."""
    height: dict = {}
    for key, _text, _conf, _x0, t, _x1, b in words:
        lt, lb = height.get(key, (t, b))
        height[key] = (min(lt, t), max(lb, b))
    out: list = []
    for w in words:
        key, text, conf, x0, t, x1, b = w
        if out:
            pk, ptext, pconf, px0, pt, px1, pb = out[-1]
            lt, lb = height[pk]
            level = min(b, pb) - max(t, pt) >= 0.5 * min(b - t, pb - pt)  # (Tesseract may put the pieces in two blocks)
            if level and ptext.isalpha() and text.isalpha() and text[0].islower() and \
                    0 <= x0 - px1 < SPLIT_WORD_GAP * (lb - lt):
                out[-1] = (key, ptext + text, min(pconf, conf), px0, min(pt, t), x1, max(pb, b))
                continue
        out.append(w)
    return out


SecondReads = Callable[[list[tuple[str, Box]]], dict[int, tuple[str, float]]]


def _edges_trimmed(text: str) -> str:
    """The word without the marks a table border leaves at its ends ("|24Gy" -> "24Gy"); its inside kept (the
    decimal point of "1.2cm")."""
    return text.strip("|[](){}!_-—–'\"`,;:")


def _settled(text: str, conf: float, second: tuple[str, float] | None) -> tuple[str, float] | None:
    """A word's text and confidence after its second read (None: none was made), or None for a word to leave out.
    A word below :data:`MIN_CONFIDENCE` stays only when the second read agrees at that confidence. A doubtful number
    takes the second read's text when that read is more confident than the first and either sure
    (:data:`SURE_CONFIDENCE`; not for a lone character) or the same characters but for a mark inside them (the
    decimal point a whole page's read lost: "12cm" read alone is "1.2cm"); two reads of the very same text make the
    word sure, and reads that disagree otherwise leave it at its first confidence."""
    if second is None:
        return (text, conf) if conf >= MIN_CONFIDENCE else None
    again, conf2 = second
    same, twice = _same_word(again, text), _edges_trimmed(again) == _edges_trimmed(text)
    if conf < MIN_CONFIDENCE:
        return (text, max(conf2, SURE_CONFIDENCE) if twice else conf2) if same and conf2 >= MIN_CONFIDENCE else None
    if twice:
        return text, max(conf, conf2, SURE_CONFIDENCE)
    if conf2 > conf and (same or (conf2 >= SURE_CONFIDENCE and len(_edges_trimmed(text)) > 1)):
        return again, conf2  # (a lone digit cut out beside a ruling reads as another: "1" as "4")
    return text, max(conf, conf2) if same else conf


def _doubtful(text: str, conf: float) -> bool:
    """A word to read again on its own: below the confidence floor, or a number read without certainty."""
    if not any(c.isalnum() for c in text):
        return False
    return conf < MIN_CONFIDENCE or (conf < SURE_CONFIDENCE and any(c.isdigit() for c in text))


def parse_tsv(tsv: str, scale: float, second_reads: SecondReads | None = None) -> list[OcrWord]:
    """Words of Tesseract's TSV output (level 5 rows), boxes divided by ``scale`` (pixels per point). Doubtful
    words (:func:`_doubtful`) are given to ``second_reads`` (their text and box in pixels), and each is settled
    by what it reads there (:func:`_settled`); without it, a word below :data:`MIN_CONFIDENCE` is left out."""
    rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    read = []
    asked: list[tuple[str, Box]] = []
    for r in rows:
        if r.get("level") != "5":
            continue
        text = (r.get("text") or "").strip()
        try:
            conf = float(r.get("conf") or -1)
            left, top = float(r["left"]), float(r["top"])
            width, height = float(r["width"]), float(r["height"])
        except (KeyError, ValueError):
            continue
        if not text:
            continue
        key = (r["page_num"], r["block_num"], r["par_num"], r["line_num"])
        ask = second_reads is not None and _doubtful(text, conf)
        if ask:
            asked.append((text, (int(left), int(top), int(left + width), int(top + height))))
        read.append((key, text, conf, left, top, left + width, top + height, len(asked) - 1 if ask else None))
    answers = second_reads(asked) if asked and second_reads is not None else {}
    settled = []
    for key, text, conf, x0, t, x1, b, index in read:
        word = _settled(text, conf, answers.get(index) if index is not None else None)
        if word is not None:
            settled.append((key, *word, x0, t, x1, b))
    words = _rejoined(settled)
    lines: dict[tuple[str, str, str, str], tuple[float, float]] = {}
    for key, _text, _conf, _x0, t, _x1, b in words:
        lt, lb = lines.get(key, (t, b))
        lines[key] = (min(lt, t), max(lb, b))
    out = []
    for key, text, conf, x0, t, x1, b in words:
        lt, lb = lines[key]
        out.append(OcrWord(text, x0 / scale, t / scale, x1 / scale, b / scale, lt / scale, lb / scale, conf))
    return out
