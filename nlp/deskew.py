"""Straighten a scanned page before OCR: a sheet laid a degree or two crooked on the glass.

Tesseract reads the words of a page turned by 2-3 degrees, but it gives each word an upright box, so the
box of a turned line of text spans two or three printed lines, and lines are then joined out of order
("three brain Metastatic metastases non- : Leng carcinoma"). The page's skew is measured from its ink by
the projection profile: text lines give the sharpest row profile when the page is projected along their
slant. For a small angle the projection is a shear (row minus column times the slope), so every candidate
angle costs one ``bincount`` over the ink pixels of a reduced copy of the page, never a rotation. The page
is turned back only when it is measurably crooked; an upright page is handed on untouched.
"""

from __future__ import annotations

import math

import numpy

MAX_SKEW_DEG = 6.0  # further than this a sheet is turned on purpose (landscape) or not text
MIN_SKEW_DEG = 0.3  # below this Tesseract's own boxes stay within their line: leave the page as it is
_WORK_WIDTH = 900  # the reduced copy's width in pixels (about 100 dpi for a letter page)
_MIN_INK = 2000  # fewer ink pixels than this: no text to measure a slant from


def _profile_sharpness(ys: numpy.ndarray, xs: numpy.ndarray, slope: float, rows: int) -> float:
    """How sharply the ink falls into rows when projected along ``slope`` (sum of squared row sums)."""
    shifted = numpy.rint(ys - xs * slope).astype(numpy.int64)
    shifted -= shifted.min()
    counts = numpy.bincount(shifted, minlength=rows)
    return float(numpy.dot(counts, counts))


def estimate_skew(gray: numpy.ndarray) -> float:
    """The angle in degrees by which the text lines of a greyscale page (white paper, dark ink) slope down
    to the right (negative: up to the right); 0.0 when the page holds too little ink to tell."""
    height, width = gray.shape
    step = max(1, int(math.ceil(width / _WORK_WIDTH)))
    small = gray[::step, ::step]
    ink = small < 128
    ys, xs = numpy.nonzero(ink)
    if ys.size < _MIN_INK or ys.size > 0.5 * small.size:  # blank, or a dark photo rather than text
        return 0.0
    ys = ys.astype(numpy.float64)
    xs = xs.astype(numpy.float64)
    rows = small.shape[0] + small.shape[1]

    def best(angles: numpy.ndarray) -> float:
        scores = [_profile_sharpness(ys, xs, math.tan(math.radians(a)), rows) for a in angles]
        return float(angles[int(numpy.argmax(scores))])

    coarse = best(numpy.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 1e-9, 0.5))
    return round(best(numpy.arange(coarse - 0.5, coarse + 0.5 + 1e-9, 0.05)), 2)


def page_skew(image) -> float:  # noqa: ANN001 (a PIL image)
    """The angle to turn ``image`` by (counter-clockwise, degrees) to set its text upright; 0.0 when the page
    is upright within :data:`MIN_SKEW_DEG` or its slope is past :data:`MAX_SKEW_DEG` (not a crooked sheet)."""
    gray = image if image.mode == "L" else image.convert("L")
    angle = estimate_skew(numpy.asarray(gray))
    return angle if MIN_SKEW_DEG <= abs(angle) < MAX_SKEW_DEG else 0.0


def turned(image, angle: float):  # noqa: ANN001, ANN201 (a PIL image in, a PIL image out)
    """``image`` turned by ``angle`` degrees about its centre, on white, keeping its size (so word boxes stay
    in the page's frame); ``image`` itself when ``angle`` is 0."""
    if not angle:
        return image
    from PIL import Image

    fill = 255 if image.mode in ("L", "1", "P") else (255,) * len(image.getbands())
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
