"""Measure PDF reading speed: pdftotext vs pdfplumber vs pypdfium2 vs srscheck's reader (ms/page).

Usage: python scripts/bench_reader.py [PDF or folder ...] [--repeat N]
(default: ../shared/corpus relative to the project root).  Each tool reads every file ``--repeat``
times after one warm-up pass; the best run is reported, in milliseconds per page.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)


def _pdfplumber_words(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()


def _pdfplumber_tables(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.find_tables()
            page.close()


def _pypdfium2_chars(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pdf:
            tp = page.get_textpage()
            tp.get_text_range()
            for i in range(tp.count_chars()):
                tp.get_charbox(i, loose=True)
            tp.close()
            page.close()
    finally:
        pdf.close()


def _srscheck_reader(path: Path) -> None:
    from srscheck.nlp.reader import read_document

    read_document(path)


TOOLS: dict[str, Callable[[Path], None]] = {
    "pdftotext -layout (subprocess)": _pdftotext,
    "pdfplumber extract_words": _pdfplumber_words,
    "pdfplumber find_tables": _pdfplumber_tables,
    "pypdfium2 chars+boxes": _pypdfium2_chars,
    "srscheck read_document": _srscheck_reader,
}


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _files(args: list[str]) -> list[Path]:
    targets = [Path(a) for a in args] or [ROOT.parent / "shared" / "corpus"]
    out: list[Path] = []
    for t in targets:
        out.extend(sorted(t.glob("*.pdf")) if t.is_dir() else [t])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    ns = ap.parse_args(argv)
    files = _files(ns.paths)
    if not files:
        print("no PDF files found", file=sys.stderr)
        return 1
    pages = sum(_pages(f) for f in files)
    print(f"{len(files)} files, {pages} pages, best of {ns.repeat}")
    for name, fn in TOOLS.items():
        if name.startswith("pdftotext") and shutil.which("pdftotext") is None:
            print(f"{name:34s}   (not installed)")
            continue
        for f in files:  # warm-up: imports, caches
            fn(f)
        best = min(_timed(fn, files) for _ in range(max(ns.repeat, 1)))
        print(f"{name:34s} {best * 1000 / pages:8.1f} ms/page")
    return 0


def _timed(fn: Callable[[Path], None], files: list[Path]) -> float:
    t = time.perf_counter()
    for f in files:
        fn(f)
    return time.perf_counter() - t


if __name__ == "__main__":
    raise SystemExit(main())
