"""Synthetic SRS treatment summaries for the CLI, batch and hard-input tests (no patient data)."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from pdfmaker import Heading, KeyValue, RuledTable, make_chart_pdf

SITES = ("left frontal", "right frontal", "left parietal", "right parietal", "left occipital",
         "right occipital", "left temporal", "right temporal", "left cerebellar", "right cerebellar")

HEADER = "Example Valley Hospital    TESTPATIENT, ANN - MRN SYN-T001"
FOOTER = "SYNTHETIC TEST RECORD - no real patient"


def lesion_names(count: int) -> list[str]:
    return [f"{SITES[i % len(SITES)]} metastasis {i // len(SITES) + 1}".capitalize() for i in range(count)]


def summary_blocks(*, lesions: int = 1, unit: str = "Varian TrueBeam STx", fractions: int = 1,
                   dose: float = 20.0) -> list:
    """One page of a single-session cranial linac SRS summary with every category documented."""
    names = lesion_names(lesions)
    rows = [("Target", "Dose", "Fractions")] + [(n, f"{dose:g} Gy", str(fractions)) for n in names]
    count = "one brain metastasis" if lesions == 1 else f"{lesions} brain metastases"
    return [
        Heading("Stereotactic Radiosurgery Summary"),
        KeyValue([("Diagnosis", f"Metastatic lung adenocarcinoma with {count}"),
                  ("Treatment unit", unit), ("Treatment date", "02/12/2025"),
                  ("Physician", "Dana Whitlock, MD")]),
        Heading("Simulation", level=2),
        "A thermoplastic SRS mask was made. A planning CT (1 mm) was fused with a contrast-enhanced "
        "MRI of the brain obtained the same day.",
        Heading("Plan", level=2),
        f"GTV contoured on MRI for each of the {lesions} targets, PTV = GTV + 1 mm. Single-isocenter VMAT "
        f"with three non-coplanar arcs (Eclipse). Prescription {dose:g} Gy in {fractions} fraction(s) to "
        "the 80% isodose line.",
        Heading("Treatment", level=2),
        "Cone-beam CT before treatment with a 6-degree-of-freedom couch correction. The full dose was "
        "delivered in one session without interruption.",
        Heading("Summary", level=2),
        RuledTable(rows),
        "Electronically signed by Dana Whitlock, MD.",
    ]


def filler_blocks(n: int) -> list:
    return [Heading(f"Nursing note {n}", level=2),
            f"Day {n}: patient seen in clinic, no new complaints, vital signs stable. Steroid taper "
            "continued as directed. Follow-up MRI will be ordered in eight weeks."]


def write_chart(path: Path, *, lesions: int = 1, pages: int = 1, unit: str = "Varian TrueBeam STx",
                **options: object) -> Path:
    """A chart PDF: the summary on page 1, then ``pages - 1`` short note pages."""
    page_list: list[Sequence] = [summary_blocks(lesions=lesions, unit=unit)]
    page_list += [filler_blocks(n) for n in range(2, pages + 1)]
    return make_chart_pdf(path, page_list, header=HEADER, footer=FOOTER, **options)  # type: ignore[arg-type]


def chart_text(lesions: int = 1) -> str:
    names = lesion_names(lesions)
    lines = [
        "Stereotactic Radiosurgery Summary",
        "Treatment unit\tVarian TrueBeam STx",
        "Simulation: A thermoplastic SRS mask was made. A planning CT was fused with an MRI of the brain.",
        "Plan: GTV contoured on MRI. VMAT arcs (Eclipse). Prescription 20 Gy in 1 fraction to the 80% "
        "isodose line.",
        "Treatment: Cone-beam CT before treatment. Delivered in one session.",
        "Summary:",
    ] + [f"{n}: 20 Gy in 1 fraction." for n in names]
    return "\n".join(lines) + "\n"


ZERO_PAGE_PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
)


def zero_page_pdf(path: Path) -> Path:
    body = ZERO_PAGE_PDF
    off1 = body.index(b"1 0 obj")
    off2 = body.index(b"2 0 obj")
    xref = len(body)
    tail = (f"xref\n0 3\n0000000000 65535 f \n{off1:010d} 00000 n \n{off2:010d} 00000 n \n"
            f"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(body + tail)
    return path
