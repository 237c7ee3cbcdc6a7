"""Charts that arrive as image files: fax-server TIFFs (every frame a page, often 1-bit CCITT G3/G4 at the
fax resolutions 204 x 196 "fine" or 204 x 98 "standard" dpi), PNG and JPEG scans or photos of pages.

An image file is known by its magic number (:mod:`srscheck.core.formats`). Each frame becomes a page of
its physical size, ``pixels / dpi`` inches along each axis, holding the frame as its one image: a
one-page PDF made in memory with PDFium. The reader then reads that page exactly as it reads a scanned
PDF page (:func:`srscheck.nlp.reader._read_page`: OCR at twice the scan's resolution, checkboxes and table
rulings found in the image, words with boxes in points), and the desktop app shows the same page, so
evidence boxes land where the words are. A fax frame of non-square resolution is stretched back to
normal letter shapes by that page size, and Tesseract is told the resolution it reads at.

A stated resolution is believed when it is between :data:`MIN_DPI` and :data:`MAX_DPI` and makes a page
whose short side is a plausible sheet (:data:`SHEET_INCHES`); otherwise (a photo's 72 dpi, none at all)
the frame is taken as a page :data:`ASSUMED_SHORT_SIDE` inches wide on its short side, keeping the
stated ratio of horizontal to vertical resolution.

Guards, before any frame is decoded (a hostile file costs little):

* every frame's pixel size against the bound on decoded images (the PDF stream-bomb bound,
  ``stream_mb`` times :data:`guard.IMAGE_FACTOR`); Pillow's own decompression-bomb refusal says the same;
* the number of frames against the page bound (counted only up to the bound);
* a file Pillow cannot parse, or whose image data ends early, is damaged (E004); no frame is E005.

Only one frame is decoded at a time, and only when its page is read or shown.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from srscheck.core import limits as _limits
from srscheck.core.formats import file_image_kind
from srscheck.core.messages import UnreadableChart

from . import guard

MIN_DPI, MAX_DPI = 50.0, 1200.0  # a stated resolution outside this range is not believed
SHEET_INCHES = (2.0, 20.0)  # nor one that makes the page's short side smaller or larger than this
ASSUMED_SHORT_SIDE = 8.5  # inches: a frame without a believable resolution is a letter-wide page
MAX_ASPECT = 4.0  # ratio of horizontal to vertical resolution believed (fax "standard": 204 / 98)
REDUCED_IMAGE = 1  # TIFF NewSubfileType bit: a thumbnail of another frame, not a page

ORIENTATION = 274  # the EXIF / TIFF orientation tag: 1 upright, 2-8 flipped or turned (5-8 a quarter turn)


@dataclass(frozen=True)
class Frame:
    """A frame of an image file that is a page: its number in the file and its page geometry."""

    index: int  # the frame's position in the file (TIFF directory), 0-based
    width_px: int  # as displayed (after the orientation tag)
    height_px: int
    xdpi: float
    ydpi: float
    orientation: int = 1

    @property
    def width_pt(self) -> float:
        return self.width_px * 72.0 / self.xdpi

    @property
    def height_pt(self) -> float:
        return self.height_px * 72.0 / self.ydpi


def is_image(path: str | Path) -> bool:
    """Does the file at ``path`` start with the magic number of an image kind srscheck reads?"""
    return file_image_kind(path) is not None


def _pair(value: Any) -> tuple[float, float] | None:
    try:
        x, y = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return (x, y) if x > 0 and y > 0 else None


def resolution(info: dict[str, Any], width: int, height: int) -> tuple[float, float]:
    """The (horizontal, vertical) dpi to lay a ``width`` x ``height`` pixel frame out at (see the module)."""
    dpi = _pair(info.get("dpi"))
    aspect = dpi or _pair(info.get("resolution")) or _pair(info.get("jfif_density")) or _pair(info.get("aspect"))
    ratio = aspect[0] / aspect[1] if aspect else 1.0
    if not 1 / MAX_ASPECT <= ratio <= MAX_ASPECT:
        ratio, dpi = 1.0, None
    if dpi and all(MIN_DPI <= d <= MAX_DPI for d in dpi):
        short = min(width / dpi[0], height / dpi[1])
        if SHEET_INCHES[0] <= short <= SHEET_INCHES[1]:
            return dpi
    xdpi = max(min(width, height * ratio) / ASSUMED_SHORT_SIDE, 1.0)
    return xdpi, xdpi / ratio


_BOMB_SIZE = re.compile(r"\((\d+) pixels\)")


class ImageChart:
    """The pages of an image file: ``len()``, and ``chart[i]`` a ``pypdfium2.PdfPage`` of a one-page PDF
    holding frame ``i`` (decoded then; the previous page's document is closed), like a PdfDocument's
    pages. ``frames`` gives every page's size without decoding any. Raises :class:`UnreadableChart`
    (E004, E005, E011) for a file that cannot be read."""

    def __init__(self, path: str | Path, name: str | None = None, truncated: bool = False) -> None:
        from PIL import Image

        self.path = Path(path)
        self.name = name or str(path)
        self.truncated = truncated
        self._doc: Any = None
        self._image: Any = None
        said: list[warnings.WarningMessage] = []
        try:
            with warnings.catch_warnings(record=True) as said:  # Pillow's warnings are not for the user
                warnings.simplefilter("always")
                self._image = Image.open(self.path)
                self.kind = str(self._image.format)
                self.frames = self._walk()
        except UnreadableChart:
            self.close()
            raise
        except Image.DecompressionBombError as exc:
            self.close()
            m = _BOMB_SIZE.search(str(exc))
            pixels = f" of {int(m.group(1)):,} pixels" if m else ""
            raise _limits.exceeded(self.name, "stream_mb", f"the decoded size of its image{pixels}") from None
        except MemoryError:
            self.close()
            raise
        except Exception as exc:  # noqa: BLE001 - anything Pillow raises on a file it cannot parse
            self.close()
            first = _first_directory(self.path)
            if first == 0:  # a TIFF header that points to no directory: a file of no pages
                raise UnreadableChart("E005", file=self.name) from None
            if first is not None and first >= self.path.stat().st_size:
                self.truncated = True  # its first page's directory lies past the end of the file
            self.truncated = self.truncated or _short_read(said)
            raise self._damaged(exc, "its image header is broken") from None
        if not self.frames:
            self.close()
            raise UnreadableChart("E005", file=self.name)

    # -- frames -----------------------------------------------------------------------------------
    def _walk(self) -> list[Frame]:
        """The frames that are pages, each checked against the bounds; only TIFF has several."""
        im = self._image
        limits = _limits.current()
        budget = guard.IMAGE_FACTOR * limits.stream_mb * (1 << 20)
        frames: list[Frame] = []
        index = 0
        while True:
            if self.kind != "TIFF" or not int(im.tag_v2.get(254, 0) or 0) & REDUCED_IMAGE:
                if limits.pages and len(frames) >= limits.pages:
                    raise _limits.exceeded(self.name, "pages", f"its more than {limits.pages:,} pages (image frames)")
                width, height = im.size
                decoded = width * height * len(im.getbands())
                if budget and decoded > budget:
                    raise _limits.exceeded(self.name, "stream_mb", f"the decoded size of its image on page "
                                           f"{len(frames) + 1} ({width:,} x {height:,} pixels)")
                frames.append(self._frame(index, width, height))
            if self.kind != "TIFF":
                break  # a PNG's animation or a JPEG's preview (MPO) is no page
            try:
                im.seek(index + 1)
            except EOFError:
                break
            index += 1
        return frames

    def _frame(self, index: int, width: int, height: int) -> Frame:
        """Frame ``index`` as the page it shows upright: a frame turned a quarter by its orientation tag swaps its
        axes. ``width`` and ``height`` are Pillow's size; a TIFF's are taken from its tags, as stored (Pillow
        gives a TIFF its upright size itself, a JPEG or PNG its stored size)."""
        im = self._image
        try:
            orientation = int(im.tag_v2.get(ORIENTATION, 1) if self.kind == "TIFF" else
                              im.getexif().get(ORIENTATION, 1))
            if self.kind == "TIFF":
                width, height = int(im.tag_v2.get(256, width)), int(im.tag_v2.get(257, height))
        except Exception:  # noqa: BLE001 - unreadable EXIF: upright
            orientation = 1
        orientation = orientation if 1 <= orientation <= 8 else 1
        xdpi, ydpi = resolution(im.info, width, height)
        if orientation >= 5:  # turned a quarter: the axes swap
            width, height, xdpi, ydpi = height, width, ydpi, xdpi
        return Frame(index, width, height, xdpi, ydpi, orientation)

    def __len__(self) -> int:
        return len(self.frames)

    @property
    def sizes(self) -> list[tuple[float, float]]:
        """Every page's (width, height) in points."""
        return [(f.width_pt, f.height_pt) for f in self.frames]

    # -- pages ------------------------------------------------------------------------------------
    def grayscale(self, number: int) -> Any:
        """Page ``number`` (0-based) as an upright 8-bit grey PIL image (decoded now; its orientation tag applied
        by Pillow's ``ImageOps.exif_transpose``, which Pillow itself applies to a TIFF frame as it loads it in
        its newer versions: the tag is then gone and nothing is turned twice)."""
        from PIL import ImageOps

        frame = self.frames[number]
        im = self._image
        said: list[warnings.WarningMessage] = []
        try:
            with warnings.catch_warnings(record=True) as said:
                warnings.simplefilter("always")
                im.seek(frame.index)
                if frame.orientation >= 5 and self.kind == "TIFF" and _uncompressed(im):
                    gray = _to_gray(self._stored_raster(im).transpose(_quarter_turn(frame.orientation)))
                else:
                    im.load()
                    gray = _to_gray(ImageOps.exif_transpose(im) if frame.orientation != 1 else im)
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - truncated or broken image data
            self.truncated = self.truncated or _short_read(said)
            raise self._damaged(exc, f"the image of page {number + 1} is broken") from None
        return gray

    def _stored_raster(self, im: Any) -> Any:
        """The current TIFF frame's pixels as stored (before its orientation is applied), decoded from its
        uncompressed strips by Pillow's raw decoder, strip by strip. Pillow (13) decodes an uncompressed frame
        tagged a quarter turn (orientation 5-8) into an image of the turned size, so its rows wrap wrongly and
        the page comes out garbled; compressed frames go through libtiff, which turns them right."""
        from PIL import Image

        width, height = int(im.tag_v2[256]), int(im.tag_v2[257])
        stored = Image.new(im.mode, (width, height))
        with open(self.path, "rb") as f:
            size = f.seek(0, 2)
            for tile in im.tile:
                x0, y0, x1, y1 = tile.extents
                f.seek(tile.offset)
                data = f.read(min(size - tile.offset, (x1 - x0) * (y1 - y0) * _MAX_BYTES_PER_PIXEL))
                stored.paste(Image.frombytes(im.mode, (x1 - x0, y1 - y0), data, "raw", *tile.args), (x0, y0))
        return stored

    def __getitem__(self, number: int) -> Any:
        """A ``pypdfium2.PdfPage``: frame ``number`` on a page of its size (valid until the next page)."""
        import pypdfium2 as pdfium

        if not 0 <= number < len(self.frames):
            raise IndexError(number)
        gray = self.grayscale(number)
        frame = self.frames[number]
        self._close_doc()
        doc = pdfium.PdfDocument.new()
        self._doc = doc
        width, height = frame.width_pt, frame.height_pt
        page = doc.new_page(width, height)
        image = pdfium.PdfImage.new(doc)
        bitmap = pdfium.PdfBitmap.from_pil(gray)
        try:
            image.set_bitmap(bitmap)
        finally:
            bitmap.close()
            gray.close()
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(image)
        page.gen_content()
        return page

    def _damaged(self, exc: BaseException, broken: str) -> UnreadableChart:
        ends = self.truncated or "truncat" in str(exc).lower() or isinstance(exc, EOFError)
        return UnreadableChart("E004", file=self.name, detail="the file ends early" if ends else broken)

    def _close_doc(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None

    def close(self) -> None:
        self._close_doc()
        if self._image is not None:
            self._image.close()
            self._image = None

    def __enter__(self) -> "ImageChart":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _quarter_turn(orientation: int) -> Any:
    """The transposition that shows a frame stored with ``orientation`` 5-8 upright (as ``exif_transpose``)."""
    from PIL import Image

    t = Image.Transpose
    return {5: t.TRANSPOSE, 6: t.ROTATE_270, 7: t.TRANSVERSE, 8: t.ROTATE_90}[orientation]


_MAX_BYTES_PER_PIXEL = 8  # the widest raw pixel Pillow reads from a TIFF (RGBA of 16-bit samples)


def _uncompressed(im: Any) -> bool:
    """Are the current TIFF frame's strips all stored uncompressed (Pillow's own raw decoder)?"""
    return bool(im.tile) and all(tile.codec_name == "raw" for tile in im.tile)


def _to_gray(im: Any) -> Any:
    """An 8-bit grey copy of a decoded frame: 1-bit faxes, palettes, colour, 16-bit scans; transparent
    parts white (as on paper)."""
    from PIL import Image

    if im.mode in ("1", "L"):
        return im.convert("L")
    if im.mode.startswith(("I", "F")):  # 16- or 32-bit grey: spread its range over 8 bits
        import numpy

        a = numpy.asarray(im, dtype=numpy.float64)
        lo, hi = float(a.min()), float(a.max())
        scaled = (a - lo) * (255.0 / (hi - lo)) if hi > lo else numpy.full(a.shape, 255.0)
        return Image.fromarray(scaled.astype(numpy.uint8), "L")
    if "A" in im.getbands() or "transparency" in im.info:
        rgba = im.convert("RGBA")
        sheet = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        sheet.alpha_composite(rgba)
        return sheet.convert("L")
    return im.convert("L")


def _short_read(said: list[warnings.WarningMessage]) -> bool:
    """Did Pillow warn that a tag's data ran past the end of the file ("... but only got N")?"""
    return any("only got" in str(w.message) for w in said)


def _first_directory(path: Path) -> int | None:
    """Where a TIFF's header says its first image file directory is (None for another kind of file)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return None
    if len(head) < 8 or head[:4] not in (b"II*\x00", b"MM\x00*"):
        return None
    return int.from_bytes(head[4:8], "little" if head[:2] == b"II" else "big")


def trailer_missing(kind: str, tail: bytes) -> bool:
    """A PNG without its IEND chunk or a JPEG without its end marker: the file was cut short."""
    if kind == "PNG":
        return b"IEND" not in tail
    if kind == "JPEG":
        return b"\xff\xd9" not in tail[-64:]
    return False


__all__ = ["Frame", "ImageChart", "is_image", "resolution", "trailer_missing"]
