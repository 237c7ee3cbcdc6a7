"""Printing the report: the very PDF bytes the CLI writes, rasterised page by page onto a QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from .pdf_view import pil_to_qimage

MAX_DPI = 300


def print_pdf(pdf_bytes: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf_bytes`` on ``printer``, fitted to the page; returns pages printed."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(pdf_bytes)
    painter = QPainter()
    if not painter.begin(printer):
        pdf.close()
        raise OSError("the printer could not be started")
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(len(pdf)):
            if index:
                printer.newPage()
            image = pil_to_qimage(pdf[index].render(scale=dpi / 72).to_pil())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((target.width() - w) / 2, 0, w, h), image)
        return len(pdf)
    finally:
        painter.end()
        pdf.close()
