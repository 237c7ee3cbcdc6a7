#!/usr/bin/env python3
"""Render the gap report of every bundled sample chart to PNG pages, so a person can look at them.

    python scripts/render_report_pngs.py [--out out/report-pngs] [--pages 3] [--dpi 80] [SAMPLE ...]
    python scripts/render_report_pngs.py --example s07_spine_three_levels   # refresh docs/report-example.png

For each sample in ``resources/samples`` (``*.pdf`` and ``*.txt``; or only the names given), the chart
is checked with the codes its ``.gold.json`` claims, the report is written to ``OUT/NAME.pdf`` and its
first pages to ``OUT/NAME-<page>.png`` with ``pdftoppm`` (Debian: ``apt-get install poppler-utils``).
The check time is fixed, so the same samples give the same files. ``--example NAME`` renders that
sample's first page at 100 dpi to ``docs/report-example.png`` (the README's picture).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
CHECKED_AT = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)


def sample_charts(names: Sequence[str] = ()) -> list[Path]:
    charts = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".txt"))
    if names:
        charts = [p for p in charts if p.stem in names or p.name in names]
    return charts


def claimed_codes(chart: Path) -> list[str]:
    gold = chart.with_name(chart.stem + ".gold.json")
    return list(json.loads(gold.read_text(encoding="utf-8"))["codes"]) if gold.exists() else []


def render_sample(chart: Path, out: Path, pages: int, dpi: int) -> list[Path]:
    """Check one chart, write its report PDF and PNGs of the first ``pages`` pages."""
    from srscheck.api import analyze
    from srscheck.report import write_report

    with contextlib.chdir(chart.parent):  # the report names the chart as a coder would give it
        result = analyze(Path(chart.name), claimed_codes(chart))
    pdf = out / f"{chart.stem}.pdf"
    write_report(result, pdf, coder="Sample Coder", checked_at=CHECKED_AT)
    for old in out.glob(f"{chart.stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(pdf),
                    str(out / chart.stem)], check=True)
    return sorted(out.glob(f"{chart.stem}-*.png"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="*", help="sample names (default: every bundled sample)")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "report-pngs", help="output folder")
    parser.add_argument("--pages", type=int, default=3, help="pages to render per report (default 3)")
    parser.add_argument("--dpi", type=int, default=80, help="PNG resolution (default 80)")
    parser.add_argument("--example", metavar="SAMPLE", help="write SAMPLE's page 1 to docs/report-example.png")
    args = parser.parse_args(argv)
    if args.example:
        args.samples, args.pages, args.dpi = [args.example], 1, 100
    if shutil.which("pdftoppm") is None:
        print("render_report_pngs: pdftoppm is missing; install it with 'apt-get install poppler-utils'.",
              file=sys.stderr)
        return 2
    charts = sample_charts(args.samples)
    if not charts:
        print(f"render_report_pngs: no sample charts found in {SAMPLES}.", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for chart in charts:
        try:
            pngs = render_sample(chart, args.out, args.pages, args.dpi)
        except Exception as e:  # noqa: BLE001 (report every sample, then fail at the end)
            failed += 1
            print(f"{chart.name}: FAILED ({type(e).__name__}: {e})", file=sys.stderr)
            continue
        print(f"{chart.name}: {len(pngs)} page(s) -> {args.out}")
        if args.example and pngs:
            shutil.copyfile(pngs[0], ROOT / "docs" / "report-example.png")
            print(f"{pngs[0].name} -> docs/report-example.png")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
