"""OCR for scanned pages: render with pypdfium2, read words and boxes with Tesseract (TSV output).

Only the ``tesseract`` command is needed (Debian package ``tesseract-ocr``, which brings the English
data).  Word boxes come back in page points (origin top-left, page as displayed), like the words of
a text PDF, so the same layout code reads both.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

OCR_DPI = 300
OCR_TIMEOUT_S = 180
MIN_CONFIDENCE = 30.0


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


def tesseract_path() -> str | None:
    """The Tesseract executable, or None when OCR is not installed."""
    return shutil.which("tesseract")


def available() -> bool:
    return tesseract_path() is not None


def ocr_page(page: object, dpi: int = OCR_DPI) -> list[OcrWord]:
    """OCR one ``pypdfium2.PdfPage``; words in reading order of Tesseract with boxes in points."""
    exe = tesseract_path()
    if exe is None:
        raise OcrFailed("tesseract is not installed")
    scale = dpi / 72.0
    bitmap = page.render(scale=scale, grayscale=True)  # type: ignore[attr-defined]
    try:
        image = bitmap.to_pil()
        with tempfile.TemporaryDirectory(prefix="srscheck-ocr-") as tmp:
            png = Path(tmp) / "page.png"
            image.save(png)
            image.close()
            try:
                proc = subprocess.run([exe, str(png), "stdout", "--dpi", str(dpi), "tsv"],
                                      capture_output=True, timeout=OCR_TIMEOUT_S, check=False)
            except (OSError, subprocess.SubprocessError) as exc:
                raise OcrFailed(str(exc)) from exc
    finally:
        bitmap.close()
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(err[-1] if err else "tesseract failed")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"), scale)


def parse_tsv(tsv: str, scale: float) -> list[OcrWord]:
    """Words of Tesseract's TSV output (level 5 rows), boxes divided by ``scale`` (pixels per point)."""
    rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    lines: dict[tuple[str, str, str, str], tuple[float, float]] = {}
    words = []
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
        if not text or conf < MIN_CONFIDENCE:
            continue
        key = (r["page_num"], r["block_num"], r["par_num"], r["line_num"])
        lt, lb = lines.get(key, (top, top + height))
        lines[key] = (min(lt, top), max(lb, top + height))
        words.append((key, text, left, top, left + width, top + height))
    out = []
    for key, text, x0, t, x1, b in words:
        lt, lb = lines[key]
        out.append(OcrWord(text, x0 / scale, t / scale, x1 / scale, b / scale, lt / scale, lb / scale))
    return out
