"""Printing the report: the very PDF bytes the CLI writes, run in the worker so the window stays free.

The vector PDF goes to the printer as it is wherever the platform allows it: "Print to PDF" writes the
report's own bytes, and a CUPS printer (Linux, macOS) gets the PDF through ``lp``, text and lines intact.
Elsewhere (Windows) the pages are rasterised at the printer's resolution (at most 300 dpi) onto the
QPrinter; QPainter may paint on a QPrinter outside the GUI thread.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from srscheck.core.fileio import write_bytes_atomic

from .pdf_view import pil_to_qimage

MAX_DPI = 300


def page_count(pdf_bytes: bytes) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(pdf_bytes)
    try:
        return len(pdf)
    finally:
        pdf.close()


def print_report_pdf(pdf_bytes: bytes, printer: QPrinter) -> int:
    """Print ``pdf_bytes`` on ``printer`` (vector where possible); returns the pages printed."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        write_bytes_atomic(Path(printer.outputFileName()), pdf_bytes)
        return page_count(pdf_bytes)
    lp = shutil.which("lp") if sys.platform != "win32" else None
    if lp and printer.printerName():
        return _print_with_cups(lp, pdf_bytes, printer)
    return print_pdf(pdf_bytes, printer)


def _print_with_cups(lp: str, pdf_bytes: bytes, printer: QPrinter) -> int:
    with tempfile.TemporaryDirectory(prefix="srscheck-print-") as tmp:
        path = Path(tmp) / "report.pdf"
        path.write_bytes(pdf_bytes)
        command = [lp, "-d", printer.printerName(), "-n", str(max(1, printer.copyCount())),
                   "-t", printer.docName() or "srscheck report", str(path)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise OSError((done.stderr or done.stdout).strip() or f"lp exited with {done.returncode}")
    return page_count(pdf_bytes)


def print_pdf(pdf_bytes: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf_bytes`` on ``printer`` as images, fitted to the page; returns pages."""
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
            image = pil_to_qimage(pdf[index].render(scale=dpi / 72, grayscale=True).to_pil())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((target.width() - w) / 2, 0, w, h), image)
        return len(pdf)
    finally:
        painter.end()
        pdf.close()
