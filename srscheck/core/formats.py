"""The kinds of chart file srscheck reads, by name and by content: PDF, plain text, and images of pages
(fax-server TIFFs, every frame a page; PNG and JPEG scans or photos).

The reader decides by a file's first bytes (an image by its magic number, a PDF by its header), so a
``.tif`` that is really a PDF is read as a PDF; the suffixes are for finding charts in folders (batch:
:data:`CHART_SUFFIXES`) and for the desktop app's open dialog and drops (:data:`READ_SUFFIXES`).
"""

from __future__ import annotations

from pathlib import Path

PDF_SUFFIXES = (".pdf",)
# a CSV export (a record-and-verify history, a treatment record) is text: its table is read as a table
# (nlp/texttables.py).
TEXT_SUFFIXES = (".txt", ".text", ".csv")
IMAGE_SUFFIXES = (".tif", ".tiff", ".png", ".jpg", ".jpeg")
# every chart file the reader accepts: what the desktop app's open dialog offers and a drop onto it opens (a file
# named on the command line is read whatever its name: the reader decides by its first bytes)
READ_SUFFIXES = (*PDF_SUFFIXES, *TEXT_SUFFIXES, *IMAGE_SUFFIXES)
# a CSV is not picked up from a folder (or a glob) by a batch: a folder of charts often holds the claims list as one
FOLDER_SKIPPED = (".csv",)
# what a batch picks up from a folder or a glob
CHART_SUFFIXES = tuple(s for s in READ_SUFFIXES if s not in FOLDER_SKIPPED)

# magic number -> image kind (TIFF in both byte orders; BigTIFF is not read)
IMAGE_MAGIC = ((b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"))


def image_kind(head: bytes) -> str | None:
    """'TIFF', 'PNG' or 'JPEG' for a file starting with ``head``, else None."""
    return next((kind for magic, kind in IMAGE_MAGIC if head.startswith(magic)), None)


def file_image_kind(path: str | Path) -> str | None:
    """:func:`image_kind` of the file at ``path`` (None when it cannot be read)."""
    try:
        with open(path, "rb") as fh:
            return image_kind(fh.read(16))
    except OSError:
        return None


__all__ = ["CHART_SUFFIXES", "FOLDER_SKIPPED", "IMAGE_MAGIC", "IMAGE_SUFFIXES", "PDF_SUFFIXES", "READ_SUFFIXES",
           "TEXT_SUFFIXES", "file_image_kind", "image_kind"]
