"""Guards the reader runs before and after the expensive work, so a hostile file costs little.

* :func:`check_regular_file`: a FIFO, a device or a socket is refused before it is opened (reading a
  FIFO would wait forever);
* :func:`decode_text`: a ``.txt`` chart in UTF-8, UTF-16/32 (BOM or the pattern of zero bytes),
  cp1252 or Latin-1, and binary data refused;
* :func:`check_pages`, :func:`check_chars`: the page and character bounds;
* :func:`check_pdf_streams`: the decoded size of every Flate stream of a PDF, inflated in small
  pieces and stopped as soon as the total passes the bound, before PDFium ever sees the file.

Bounds come from :func:`srscheck.core.limits.current`; going over one raises
:class:`~srscheck.core.messages.TooLarge` (E011).
"""

from __future__ import annotations

import codecs
import mmap
import os
import re
import stat
import zlib
from pathlib import Path

from srscheck.core import limits as _limits
from srscheck.core.messages import UnreadableChart

# --------------------------------------------------------------------------------------------------
# Files that are not files
# --------------------------------------------------------------------------------------------------

_KINDS = ((stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "character device"),
          (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket"))


def check_regular_file(p: Path, name: str) -> None:
    """Refuse anything that is not a regular file (following symbolic links) before opening it."""
    try:
        st = os.stat(p)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise UnreadableChart("E015", file=name, what="points to itself (a loop)") from None
        if os.path.islink(p):
            raise UnreadableChart("E015", file=name, what="points to a file that does not exist") from None
        return  # not found etc.: the reader's own messages say so
    for test, kind in _KINDS:
        if test(st.st_mode):
            raise UnreadableChart("E014", file=name, kind=kind)


# --------------------------------------------------------------------------------------------------
# Text files in the encodings EHR exports use
# --------------------------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM: most ASCII characters leave a zero byte at every other position."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _plausible(text: str, any_script: bool = False) -> bool:
    """Text a person wrote: few control characters and (unless the encoding was certain: UTF-8)
    letters from the Latin scripts."""
    if not text:
        return True
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        return False
    if any_script:
        return True
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return True
    latin = sum(1 for ch in visible if ord(ch) < 0x250 or 0x2000 <= ord(ch) < 0x2200)
    return latin >= 0.9 * len(visible)


def decode_text(raw: bytes, name: str) -> str:
    """Decode a text chart; binary data (or an encoding that gives no Latin text) raises E010."""
    encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)
    if encoding is not None:
        bom = next(b for b, e in _BOMS if e == encoding)
        candidates = [(raw[len(bom):], encoding)]
    else:
        guess = _utf16_without_bom(raw)
        candidates = [(raw, guess)] if guess else []
        candidates += [(raw, "utf-8"), (raw, "cp1252"), (raw, "latin-1")]
    for data, enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible(text, any_script=enc == "utf-8"):
            return text
        break  # the first encoding that decodes gives no text: binary data
    raise UnreadableChart("E010", file=name)


# --------------------------------------------------------------------------------------------------
# Size bounds
# --------------------------------------------------------------------------------------------------

def check_pages(count: int, name: str) -> None:
    bound = _limits.current().pages
    if bound and count > bound:
        raise _limits.exceeded(name, "pages", f"its {count:,} pages")


def check_chars(count: int, name: str) -> None:
    bound = _limits.current().chars
    if bound and count > bound:
        raise _limits.exceeded(name, "chars", f"its text of {count:,} characters")


_STREAM = re.compile(rb"stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_FLATE = {b"FlateDecode", b"Fl"}
_IN_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 20


IMAGE_FACTOR = _limits.IMAGE_FACTOR  # image streams (scans) may decode to this many times the bound, in total


def check_pdf_streams(p: Path, name: str) -> None:
    """Inflate every Flate stream of the file in bounded pieces; stop when the content streams
    (pages, forms, fonts) pass ``stream_mb`` in total, or the images ``IMAGE_FACTOR`` times that."""
    bound = _limits.current().stream_mb
    if not bound:
        return
    budgets = {False: bound * (1 << 20), True: IMAGE_FACTOR * bound * (1 << 20)}
    totals = {False: 0, True: 0}
    try:
        with open(p, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size == 0:
                return
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
                for m in _STREAM.finditer(data):
                    filters, image = _filters(data, m.start())
                    if not filters:
                        continue
                    end = data.find(b"endstream", m.end())
                    end = size if end < 0 else end
                    totals[image] += _inflated_size(data, m.end(), end, filters, budgets[image] - totals[image])
                    if totals[image] > budgets[image]:
                        what = "images" if image else "compressed streams"
                        raise _limits.exceeded(name, "stream_mb", f"the decoded size of its {what}")
    except (OSError, ValueError):
        return  # unreadable here: PDFium gives the message


def _filters(data: mmap.mmap, stream_at: int) -> tuple[int, bool]:
    """How many Flate filters lead the filter chain of the stream whose keyword is at ``stream_at``,
    and whether the stream is an image."""
    head = data[max(0, stream_at - 2048):stream_at]
    start = max(0, head.rfind(b"obj"))
    image = re.search(rb"/Subtype\s*/Image", head[start:]) is not None
    m = None
    for m in _FILTER.finditer(head, start):
        pass
    if m is None:
        return 0, image
    names = re.findall(rb"/([A-Za-z0-9]+)", m.group(1))
    n = 0
    for f in names:
        if f not in _FLATE:
            break
        n += 1
    return n, image


def _inflated_size(data: mmap.mmap, start: int, end: int, stages: int, budget: int) -> int:
    """The size after ``stages`` Flate decodings, counted without holding more than a megabyte."""
    decoders = [zlib.decompressobj() for _ in range(stages)]
    total = 0

    def feed(level: int, chunk: bytes) -> None:
        nonlocal total
        d = decoders[level]
        while chunk:
            out = d.decompress(chunk, _OUT_CHUNK)
            chunk = d.unconsumed_tail
            if level + 1 < stages:
                feed(level + 1, out)
            else:
                total += len(out)
            if total > budget or (not out and not chunk) or d.eof:
                return

    try:
        for pos in range(start, end, _IN_CHUNK):
            feed(0, data[pos:min(end, pos + _IN_CHUNK)])
            if total > budget or decoders[0].eof:
                break
    except zlib.error:
        pass  # a damaged stream: PDFium decides what it can show
    return total


__all__ = ["check_chars", "check_pages", "check_pdf_streams", "check_regular_file", "decode_text"]
