"""Clean a speckled scan before OCR: a worn scanner or a fax line sprinkles the white paper with grey and
black dots, and Tesseract then drops words or misreads digits ("18 Gy" as "as cy"). A 3 x 3 median filter
removes dots smaller than a stroke and keeps strokes: the page is rendered for OCR at twice the scan's
resolution or more, so a printed stroke is at least two pixels wide, and a median keeps what fills most of
its window. A clean page is handed on untouched (the filter would only blur it), so the filter runs only when
the page's paper is measurably speckled: the spread of the paper's pixels around their local median.
"""

from __future__ import annotations

import numpy

SPECKLED = 2.0  # grey levels: the paper's spread at and above which the page is cleaned (clean scans: 0.5-1.5)
_PAPER = 200  # a pixel whose neighbourhood's median is at least this light is paper


def _measured(image):  # noqa: ANN001, ANN202 (a PIL image in; its speckle level and its 3 x 3 median out)
    from PIL import ImageFilter

    gray = image if image.mode == "L" else image.convert("L")
    local = gray.filter(ImageFilter.MedianFilter(3))
    pixels = numpy.asarray(gray, dtype=numpy.float32)
    median = numpy.asarray(local, dtype=numpy.float32)
    paper = median >= _PAPER
    return (float(numpy.std((pixels - median)[paper])) if paper.any() else 0.0), local


def speckle_level(image) -> float:  # noqa: ANN001 (a PIL image)
    """The standard deviation, in grey levels, of the paper's pixels around their 3 x 3 median: how speckled
    the white of the page is (0.0 for a page with no paper to measure)."""
    return _measured(image)[0]


def despeckled(image):  # noqa: ANN001, ANN201 (a PIL image in, a PIL image out)
    """``image`` with its speckle removed by a 3 x 3 median filter when :func:`speckle_level` reaches
    :data:`SPECKLED`; ``image`` itself otherwise. A greyscale page's median is the one measured (a 300 dpi page's
    median takes most of a second: it is computed once)."""
    level, local = _measured(image)
    if level < SPECKLED:
        return image
    if image.mode == "L":
        return local
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3))
