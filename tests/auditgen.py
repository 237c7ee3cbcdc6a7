"""A generated batch output folder whose true audit figures are known (no patient data).

``make_json_batch(out, n)`` writes what ``srscheck batch`` leaves behind (``summary.json`` plus one
chart JSON per course, in the contract's shape) for ``n`` synthetic courses, assigned by index so
that every rate is known in closed form:

* physician ``PHYSICIANS[i % 4]``, delivery unit ``UNITS[i % 3]``, first treatment date in month
  ``MONTHS[i % 3]`` (day ``1 + i % 28``), last date four days later;
* claimed 77372 (one unit) and 77432 on every course; requirement ``signatures.physician`` missing
  when ``i % 5 == 0`` (20%), ``imaging.mri`` partial when ``i % 4 == 0`` (25%), every other
  requirement met; 77372 contradicted when ``i % 25 == 0`` (4%); 77372 claimed with 2 units (over-
  claimed) when ``i % 10 == 1``; 61797 supported with 2 units and not claimed when ``i % 8 == 3``;
  77300 supported and never claimed;
* a review flag when ``i % 20 == 7``; courses ``i % 50 == 49`` were unreadable (no JSON).

:func:`expected` gives the figures computed from these rules, independently of srscheck.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

PHYSICIANS = ("Dana Whitlock, MD", "Rafael Osei, MD", "Mira Halvorsen, MD", "Jon Perrault, DO")
UNITS = ("linac", "cobalt60", "robotic_linac")
MONTHS = ((2025, 1), (2025, 2), (2025, 3))
REQUIREMENTS = (  # id, category, label
    ("plan.target_volumes", "plan", "Target volumes delineated"),
    ("plan.prescription", "plan", "Dose prescription"),
    ("imaging.mri", "imaging", "Planning MRI fused to the planning CT"),
    ("positioning.immobilization", "positioning", "Immobilization documented"),
    ("delivery_verification.igrt", "delivery_verification", "Image guidance before delivery"),
    ("signatures.physician", "signatures", "Signed by the treating physician"),
)


def _status(i: int, rid: str) -> str:
    if rid == "signatures.physician" and i % 5 == 0:
        return "missing"
    if rid == "imaging.mri" and i % 4 == 0:
        return "partial"
    return "met"


def _ev(text: str) -> list[dict[str, Any]]:
    return [{"page": 1, "text": text}]


def _requirements(i: int) -> list[dict[str, Any]]:
    out = []
    for rid, cat, label in REQUIREMENTS:
        status = _status(i, rid)
        r: dict[str, Any] = {"id": rid, "category": cat, "label": label, "status": status,
                             "evidence": _ev(label) if status != "missing" else []}
        if status != "met":
            r["missing_elements"] = [label]
            r["query"] = f"Please document: {label.lower()}."
        out.append(r)
    return out


def course_dates(i: int) -> tuple[date, date]:
    y, m = MONTHS[i % 3]
    first = date(y, m, 1 + i % 28)
    return first, first + timedelta(days=4)


def chart_doc(i: int) -> dict[str, Any]:
    """One course's JSON (schema_version 1 plus the added identity facts and ``review``)."""
    reqs = _requirements(i)
    mgmt = [r for r in reqs if r["category"] in ("plan", "signatures")]
    contradicted = i % 25 == 0
    gaps = any(r["status"] != "met" for r in reqs)
    verdict = "contradicted" if contradicted else ("gaps" if gaps else "supported")
    codes = [
        {"code": "77372", "title": "Linac SRS delivery", "consistent": not contradicted,
         "problems": ["The chart documents a Cobalt-60 unit."] if contradicted else [], "notes": [], "known": True,
         "verdict": verdict, "template_version": "1", "requirements": reqs,
         "claimed_units": 2 if i % 10 == 1 else 1, "supported_units": 0 if contradicted else 1},
        {"code": "77432", "title": "SRS management", "consistent": True, "problems": [], "notes": [], "known": True,
         "verdict": "gaps" if any(r["status"] != "met" for r in mgmt) else "supported", "template_version": "1",
         "requirements": mgmt},
    ]
    suggestions = [{"code": "77432", "units": 1, "kind": "management", "reason": "x"},
                   {"code": "77300", "units": 1, "kind": "physics", "reason": "x"}]  # never claimed
    if i % 8 == 3:
        suggestions.append({"code": "61797", "units": 2, "kind": "add-on", "reason": "x"})
    first, last = course_dates(i)
    name = f"course_{i:04d}.pdf"
    return {
        "schema_version": 1,
        "source": {"file": name, "sha256": hashlib.sha256(name.encode()).hexdigest(), "pages": 3},
        "facts": {
            "modality": {"value": UNITS[i % 3], "evidence": _ev("unit")},
            "sites": {"value": ["cranial"], "evidence": []},
            "lesion_count": {"value": 1, "evidence": []},
            "fractions": {"value": 1, "evidence": []},
            "imaging": {"value": ["CT", "MRI"], "evidence": []},
            "positioning": {"value": ["mask"], "evidence": []},
            "lesions": [],
            # the identity facts as nlp.identity writes them
            "patient_name": {"value": f"TESTPATIENT, NUMBER {i}", "evidence": _ev(f"TESTPATIENT, NUMBER {i}")},
            "mrn": {"value": f"SYN-{i:05d}", "evidence": _ev(f"MRN SYN-{i:05d}")},
            "dates_of_service": {"value": [first.isoformat(), last.isoformat()],
                                 "evidence": _ev(first.strftime("%m/%d/%Y")) + _ev(last.strftime("%m/%d/%Y"))},
            "attending_physician": {"value": PHYSICIANS[i % 4], "evidence": _ev(PHYSICIANS[i % 4])},
            "physicists": {"value": [], "evidence": []},
            "icd10": {"value": ["C79.31"], "evidence": _ev("C79.31")},
        },
        "codes": codes,
        "suggested_codes": [s["code"] for s in suggestions],
        "suggestions": suggestions,
        "claimed_codes": ["77372", "77432"],
        "templates": {"77372": "1", "77432": "1"},
        "ocr": False,
        "warnings": [],
        "review": ([{"fact": "lesion_count", "message": "The chart says three lesions; two were found.",
                     "evidence": []}] if i % 20 == 7 else []),
        "srscheck_version": "test",
    }


def make_json_batch(out: Path, n: int) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n):
        key = f"course_{i:04d}.pdf"
        if i % 50 == 49:
            rows.append({"chart": key, "status": "error", "claimed_codes": ["77372", "77432"], "verdicts": {},
                         "gaps": None, "suggested_codes": [], "pages": None, "claim_row": False,
                         "error": f"E004: {key} is damaged or truncated and cannot be read (test)."})
            continue
        doc = chart_doc(i)
        (out / f"course_{i:04d}.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")
        rows.append({"chart": key, "status": "checked", "claimed_codes": ["77372", "77432"],
                     "verdicts": {c["code"]: c["verdict"] for c in doc["codes"]}, "gaps": 0,
                     "suggested_codes": doc["suggested_codes"], "pages": 3, "claim_row": False, "error": None})
    summary = {"srscheck_version": "test", "charts": n, "rows": rows}
    (out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return out


def expected(n: int) -> dict[str, Any]:
    """The audit's key figures for ``make_json_batch(out, n)``, counted from the rules above."""
    idx = [i for i in range(n) if i % 50 != 49]
    sig = sum(1 for i in idx if i % 5 == 0)
    mri = sum(1 for i in idx if i % 4 == 0)
    contra = sum(1 for i in idx if i % 25 == 0)
    gaps_any = sum(1 for i in idx if i % 5 == 0 or i % 4 == 0)
    supported_77372 = sum(1 for i in idx if i % 25 and not (i % 5 == 0 or i % 4 == 0))
    by_phys = {p: [i for i in idx if PHYSICIANS[i % 4] == p] for p in PHYSICIANS}
    by_month = {f"{y}-{m:02d}": [i for i in idx if MONTHS[i % 3] == (y, m)] for y, m in MONTHS}
    return {
        "courses": len(idx),
        "not_checked": n - len(idx),
        "codes_claimed": 2 * len(idx),
        "codes_contradicted": contra,
        "codes_supported": supported_77372 + sum(1 for i in idx if i % 5),
        "courses_needing_review": sum(1 for i in idx if i % 20 == 7),
        "queries_raised": sig + mri,
        "signature_rate": sig / len(idx),
        "mri_rate": mri / len(idx),
        "courses_with_gaps": gaps_any,
        "gap_rate": (sig + mri) / (len(REQUIREMENTS) * len(idx)),
        "over_77372": sum(1 for i in idx if i % 10 == 1) + contra,  # a contradicted code supports no unit
        "contradicted_77372": contra,
        "not_claimed_61797": sum(1 for i in idx if i % 8 == 3),
        "not_claimed_77300": len(idx),
        "physician_gap_rate": {p: (sum(1 for i in v if i % 5 == 0) + sum(1 for i in v if i % 4 == 0))
                               / (len(REQUIREMENTS) * len(v)) for p, v in by_phys.items()},
        "month_courses": {m: len(v) for m, v in by_month.items()},
    }


# --------------------------------------------------------------------------------------------------
# The same idea on real chart PDFs (tests/pdfmaker.py), read by the real pipeline
# --------------------------------------------------------------------------------------------------

PDF_PHYSICIANS = ("Dana Whitlock, MD", "Rafael Osei, MD", "Mira Halvorsen, MD")
PDF_UNITS = ("Varian TrueBeam STx", "Leksell Gamma Knife Icon")


def pdf_course(i: int) -> dict[str, Any]:
    """What chart ``i`` of :func:`write_pdf_batch` documents (the truth the audit must find)."""
    first = date(2025, 2 if i < 6 else 3, 3 + i)
    return {"physician": PDF_PHYSICIANS[i % 3], "unit": ("linac", "cobalt60")[i % 2], "machine": PDF_UNITS[i % 2],
            "date": first, "signed": i % 4 != 0, "lesions": 1 + i % 3, "mri": True, "igrt": True}


def pdf_blocks(c: dict[str, Any]) -> list[Any]:
    """One page of an SRS summary documenting what the course dict says (see :func:`pdf_course`)."""
    from pdfmaker import Heading, KeyValue, RuledTable

    names = [("Left frontal", "Right parietal", "Left cerebellar")[k] + " metastasis" for k in range(c["lesions"])]
    count = "one brain metastasis" if c["lesions"] == 1 else f"{c['lesions']} brain metastases"
    blocks: list[Any] = [
        Heading("Stereotactic Radiosurgery Summary"),
        KeyValue([("Diagnosis", f"C79.31 Metastatic lung adenocarcinoma with {count}"),
                  ("Treatment unit", c["machine"]),
                  ("Treatment date", c["date"].strftime("%m/%d/%Y")),
                  ("Attending physician", c["physician"])]),
        Heading("Simulation", level=2),
        "A thermoplastic SRS mask was made. A planning CT (1 mm) was fused with a contrast-enhanced "
        "MRI of the brain obtained the same day." if c["mri"] else
        "A thermoplastic SRS mask was made. A planning CT (1 mm) was obtained.",
        Heading("Plan", level=2),
        f"GTV contoured for each of the {c['lesions']} targets, PTV = GTV + 1 mm. Prescription 20 Gy in "
        "1 fraction to the 80% isodose line. Physics plan check completed by Lee Park, MS, DABR.",
        Heading("Treatment", level=2),
        ("Cone-beam CT before treatment with a 6-degree-of-freedom couch correction. " if c["igrt"] else "")
        + "The full dose was delivered in one session without interruption.",
        Heading("Summary", level=2),
        RuledTable([("Target", "Dose", "Fractions")] + [(n, "20 Gy", "1") for n in names]),
    ]
    if c["signed"]:
        blocks.append(f"Electronically signed by {c['physician']}.")
    return blocks


def write_pdf_batch(folder: Path, n: int = 12) -> Path:
    """``n`` one-page chart PDFs ``chart_00.pdf``... for :func:`pdf_course` (synthetic, no patient)."""
    from pdfmaker import make_chart_pdf

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        make_chart_pdf(folder / f"chart_{i:02d}.pdf", [pdf_blocks(pdf_course(i))],
                       header=f"Example Valley Hospital    TESTPATIENT, CASE{i:02d} - MRN SYN-A{i:03d}",
                       footer="SYNTHETIC TEST RECORD - no real patient")
    return folder
