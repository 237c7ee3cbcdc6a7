#!/usr/bin/env python
"""Render docs/audit-example.png: the first pages of the coding audit of a generated batch.

Forty synthetic one-page SRS summaries (tests/auditgen.py, no patient data) over four months, four
physicians and three delivery units, some without the physician's signature, the MRI fusion or the
image guidance, and a claims file that over-claims 61797 on some single-lesion courses, are checked
by ``srscheck batch --audit``; pages 1 and 2 of the audit are rendered side by side with pypdfium2.

Usage::

    python scripts/render_audit_example.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]
sys.path.append(str(ROOT / "tests"))

PHYSICIANS = ("Dana Whitlock, MD", "Rafael Osei, MD", "Mira Halvorsen, MD", "Jon Perrault, DO")
MACHINES = (("linac", "Varian TrueBeam STx"), ("cobalt60", "Leksell Gamma Knife Icon"),
            ("robotic_linac", "Accuray CyberKnife M6"))
COUNT = 40


def course(i: int) -> dict:
    unit, machine = MACHINES[(i // 2) % 3]
    month = 1 + (i * 4) // COUNT
    return {"physician": PHYSICIANS[i % 4], "unit": unit, "machine": machine,
            "date": date(2025, month, 2 + (i * 7) % 26), "signed": i % 4 != 1 or month >= 3,
            "lesions": 1 + (i * 5) % 3, "mri": i % 6 != 2, "igrt": i % 9 != 4 or month == 4}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", metavar="DIR", help="keep the batch folder there")
    ap.add_argument("--out", default=str(ROOT / "docs" / "audit-example.png"))
    args = ap.parse_args(argv)

    import pypdfium2 as pdfium
    from auditgen import pdf_blocks
    from pdfmaker import make_chart_pdf
    from PIL import Image

    from srscheck.cli import main as srscheck

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="srscheck-audit-example-"))
    charts = tmp / "charts"
    charts.mkdir(parents=True, exist_ok=True)
    claims = ["file,codes"]
    for i in range(COUNT):
        c = course(i)
        name = f"chart_{i:02d}.pdf"
        make_chart_pdf(charts / name, [pdf_blocks(c)],
                       header=f"Example Valley Hospital    TESTPATIENT, CASE{i:02d} - MRN SYN-E{i:03d}",
                       footer="SYNTHETIC TEST RECORD - no real patient")
        codes = ["77371" if c["unit"] == "cobalt60" else "77372",
                 "77432", "61796"]
        if i % 5 == 0:
            codes.append("61797")
        if i % 13 == 6:
            codes[0] = "77372"  # the wrong delivery code for the unit
        claims.append(f'{name},"{",".join(codes)}"')
    (tmp / "claims.csv").write_text("\n".join(claims) + "\n", encoding="utf-8")
    pdf = tmp / "audit.pdf"
    status = srscheck(["batch", str(charts), "--claims", str(tmp / "claims.csv"), "--out",
                       str(tmp / "srs-2025-q1"), "--workers", "1", "--no-progress", "--audit", str(pdf)])
    if status:
        return status
    doc = pdfium.PdfDocument(str(pdf))
    pages = [doc[i].render(scale=1.25).to_pil() for i in (0, 1)]
    w, h = pages[0].size
    sheet = Image.new("RGB", (2 * w + 24, h + 16), (200, 205, 212))
    for k, im in enumerate(pages):
        sheet.paste(im, (8 + k * (w + 8), 8))
    sheet.save(args.out, optimize=True)
    print(f"wrote {args.out} from {pdf}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
