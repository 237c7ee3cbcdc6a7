"""Scans and faxes of synthetic charts for tests: a chart PDF (``pdfmaker``) rendered page by page and
saved as the image files fax servers, scanners and phones write (deterministic, no patient data).

* :func:`fax_tiff`: every page a frame of a multi-page 1-bit TIFF, CCITT Group 4 (or Group 3), at the fax
  resolutions 204 x 196 dpi ("fine") or 204 x 98 dpi ("standard": each pixel twice as tall as wide);
* :func:`scan_image`: one page as a grey PNG or JPEG at a scanner's resolution, with or without a
  resolution tag (a photo says 72 dpi or nothing);
* :func:`bomb_png`: a PNG header claiming a huge image, a few hundred bytes in all.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Sequence

FINE = (204, 196)
STANDARD = (204, 98)


def render_pages(pdf: str | Path, xdpi: float, ydpi: float, pages: Sequence[int] | None = None) -> list:
    """The PDF's pages as grey PIL images, ``xdpi`` pixels per inch across and ``ydpi`` down."""
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(str(pdf))
    out = []
    try:
        for index in pages if pages is not None else range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            image = page.render(scale=max(xdpi, ydpi) / 72.0, grayscale=True).to_pil().convert("L")
            size = (round(width * xdpi / 72.0), round(height * ydpi / 72.0))
            if image.size != size:
                image = image.resize(size, Image.Resampling.LANCZOS)
            out.append(image)
            page.close()
    finally:
        doc.close()
    return out


def fax_tiff(pdf: str | Path, path: str | Path, resolution: tuple[int, int] = FINE,
             compression: str = "group4") -> Path:
    """Every page of ``pdf`` as a frame of a 1-bit fax TIFF (``group4`` or ``group3``) at ``resolution``."""
    from PIL import Image

    frames = [im.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
              for im in render_pages(pdf, *resolution)]
    path = Path(path)
    frames[0].save(path, format="TIFF", compression=compression, save_all=True, append_images=frames[1:],
                   dpi=resolution)
    return path


def scan_image(pdf: str | Path, path: str | Path, *, page: int = 0, dpi: int = 200, format: str = "PNG",
               dpi_tag: float | None = None) -> Path:
    """Page ``page`` of ``pdf`` as a grey ``format`` (PNG or JPEG) image scanned at ``dpi``; the file says
    ``dpi_tag`` dpi (None: no resolution at all, as many photos)."""
    (image,) = render_pages(pdf, dpi, dpi, [page])
    options = {"dpi": (dpi_tag, dpi_tag)} if dpi_tag else {}
    if format == "JPEG":
        options["quality"] = 90
    path = Path(path)
    image.save(path, format=format, **options)
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bomb_png(path: str | Path, width: int = 100_000, height: int = 100_000, colour: bool = False) -> Path:
    """A PNG whose header claims ``width`` x ``height`` pixels (grey, or RGB): a few hundred bytes."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2 if colour else 0, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"\x00" * 4096))
            + _chunk(b"IEND", b""))
    path = Path(path)
    path.write_bytes(data)
    return path


def _ifd(width: int, height: int, compression: int, data_at: int, data_len: int, next_at: int) -> bytes:
    entries = [(256, 4, width), (257, 4, height), (258, 3, 1), (259, 3, compression), (262, 3, 0),
               (273, 4, data_at), (278, 4, height), (279, 4, data_len)]
    out = struct.pack("<H", len(entries))
    for tag, kind, value in entries:
        out += struct.pack("<HHIHH", tag, 3, 1, value, 0) if kind == 3 else struct.pack("<HHII", tag, 4, 1, value)
    return out + struct.pack("<I", next_at)


def tiff_with_huge_frame(path: str | Path, width: int = 100_000, height: int = 100_000) -> Path:
    """A two-frame TIFF: a small white 8 x 8 page, then a Group 4 frame claiming ``width`` x ``height``
    pixels with four bytes of data (Pillow checks only the first frame's size when it opens a file)."""
    small = b"\x00" * 8  # 8 rows of 8 white pixels (WhiteIsZero)
    huge = b"\x00\x10\x01\x00"
    first_ifd = 8 + len(small) + len(huge)
    second_ifd = first_ifd + len(_ifd(0, 0, 1, 0, 0, 0))
    data = (b"II*\x00" + struct.pack("<I", first_ifd) + small + huge
            + _ifd(8, 8, 1, 8, len(small), second_ifd) + _ifd(width, height, 4, 8 + len(small), len(huge), 0))
    path = Path(path)
    path.write_bytes(data)
    return path
