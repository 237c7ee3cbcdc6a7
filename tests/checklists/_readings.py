"""Hand-built readings for the checklist tests: chart text, facts, and concept mentions found in it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from srscheck.nlp.identity import chart_identity

from srscheck.core.model import ChartFacts, Document, Evidence, Fact, Lesion, Mention, Page, Reading, Scope


def document(text: str) -> Document:
    pages, start = [], 0
    for i, body in enumerate(text.split("\f"), 1):
        pages.append(Page(number=i, width=612, height=792, start=start, end=start + len(body)))
        start += len(body) + 1
    return Document(file="chart.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                    pages=tuple(pages))


def lesion(name: str = "Left frontal", site: str = "cranial", complexity: str | None = "simple",
           dose_gy: float | None = 20.0, fractions: int | None = 1, **kw: Any) -> Lesion:
    if site != "cranial" and complexity == "simple":
        complexity = None
    kw.setdefault("size_cm", 1.2)
    kw.setdefault("evidence", (Evidence(page=1, text=f"{name}: {dose_gy} Gy"),))
    return Lesion(name, site, complexity, dose_gy, fractions, **kw)


def _fact(name: str, value: Any) -> Fact:
    """A fact with one evidence item when it has a value (as the reader gives it)."""
    empty = value is None or value == []
    return Fact(value, () if empty else (Evidence(page=1, text=f"{name}: {value}"),))


def facts(modality: str | None = "linac", sites: Iterable[str] = ("cranial",), fractions: int | None = 1,
          imaging: Iterable[str] = ("CT", "MRI"), positioning: Iterable[str] = ("mask",),
          lesions: Iterable[Lesion] | None = None, lesion_count: int | None = None) -> ChartFacts:
    les = tuple(lesions) if lesions is not None else (lesion(fractions=fractions),)
    count = lesion_count if lesion_count is not None else (len(les) or None)
    return ChartFacts(modality=_fact("modality", modality), sites=_fact("sites", sorted(sites)),
                      lesion_count=_fact("lesion_count", count), fractions=_fact("fractions", fractions),
                      imaging=_fact("imaging", sorted(imaging)), positioning=_fact("positioning", sorted(positioning)),
                      lesions=les)


def reading(text: str, chart_facts: ChartFacts | None = None,
            concepts: Iterable[tuple[str, str, str]] = (),
            negated: Iterable[str] = ()) -> Reading:
    """``concepts`` are (LABEL, value, phrase): a mention at the phrase's first place in the text.

    ``negated`` are phrases whose text gets a NEGATED_EXISTENCE scope (for concepts and patterns).
    """
    doc = document(text)
    scopes = []
    for phrase in negated:
        i = text.index(phrase)
        scopes.append(Scope(i, i + len(phrase), "NEGATED_EXISTENCE"))
    mentions = []
    for label, value, phrase in concepts:
        i = text.index(phrase)
        mods = tuple(s.category for s in scopes if s.start <= i and i + len(phrase) <= s.end)
        ev = doc.evidence(i, i + len(phrase), rule=label)
        mentions.append(Mention(label, value, ev, mods))
    return Reading(document=doc, facts=chart_facts or facts(), mentions=tuple(mentions), scopes=tuple(scopes),
                   identity=chart_identity(doc))


FULL_SRS_TEXT = (
    "Diagnosis: left frontal metastasis from lung cancer, 1.2 cm. KPS 90.\n"
    "Treated on a Varian TrueBeam. Thermoplastic mask. Planning CT and MRI were fused.\n"
    "GTV contoured on MRI; PTV = GTV + 1 mm. 20 Gy prescribed to the 80% isodose line with four arcs.\n"
    "CBCT before treatment. Physics plan check by the physicist, J. Smith, PhD.\n"
    "Patient-specific QA (portal dosimetry) passed.\n"
    "Summary: left frontal metastasis, 20 Gy in 1 fraction on 09/09/2025.\n"
    "Electronically signed by A. Doctor, MD.\n")

FULL_SRS_CONCEPTS = (
    ("INDICATION", "metastasis", "left frontal metastasis from lung cancer"),
    ("PERFORMANCE_STATUS", "KPS", "KPS 90"),
    ("MODALITY", "linac", "Varian TrueBeam"),
    ("POSITIONING", "mask", "Thermoplastic mask"),
    ("IMAGING", "CT", "Planning CT"),
    ("IMAGING", "MRI", "MRI were fused"),
    ("TARGET_VOLUME", "GTV", "GTV contoured"),
    ("PRESCRIPTION", "prescribed", "prescribed"),
    ("DOSE", "20", "20 Gy prescribed"),
    ("PLAN_PARAMETER", "isodose line", "80% isodose line"),
    ("PLAN_PARAMETER", "arcs", "four arcs"),
    ("IGRT", "CBCT", "CBCT before treatment"),
    ("QA", "plan check", "Physics plan check"),
    ("PHYSICIST", "physicist", "the physicist, J. Smith, PhD"),
    ("TREATMENT_DATE", "09/09/2025", "09/09/2025"),
    ("SIGNATURE", "electronically signed", "Electronically signed by A. Doctor, MD"),
    ("DVH", "Dmax", "PTV = GTV + 1 mm"),
)


def full_srs(**kw: Any) -> Reading:
    """A fully documented single-session linac SRS course (every delivery requirement met)."""
    return reading(FULL_SRS_TEXT, facts(**kw), FULL_SRS_CONCEPTS)


__all__ = [
    "FULL_SRS_CONCEPTS",
    "FULL_SRS_TEXT",
    "Evidence",
    "complete",
    "document",
    "facts",
    "full_srs",
    "lesion",
    "reading",
]


# Text with a phrase for every concept any bundled template asks for, so every template can be met.
COMPLETE_TEXT = (
    "Diagnosis: left frontal metastasis and right temporal metastasis from lung cancer. KPS 90.\n"
    "Treated on a Varian TrueBeam. A stereotactic head frame was applied with four pins under local "
    "anesthetic. A custom thermoplastic mask was made.\n"
    "Planning CT and MRI were fused. GTV contoured on MRI; PTV = GTV + 1 mm.\n"
    "20 Gy prescribed to the 80% isodose line with four arcs in Eclipse, 2400 monitor units. "
    "Inverse-planned VMAT; 3D conformal arcs for the second lesion. DVH reviewed; brainstem Dmax 8 Gy, "
    "5 mm from the optic chiasm.\n"
    "Frame coordinates verified. CBCT before treatment. Physics plan check by the physicist, J. Smith, PhD.\n"
    "Patient-specific QA (portal dosimetry) passed.\n"
    "Special physics consultation requested by the physician. Special treatment procedure note.\n"
    "Summary: left frontal metastasis, 20 Gy in 1 fraction on 09/09/2025.\n"
    "Electronically signed by A. Doctor, MD.\n")

COMPLETE_CONCEPTS = (
    ("INDICATION", "metastasis", "left frontal metastasis and right temporal metastasis"),
    ("PERFORMANCE_STATUS", "KPS", "KPS 90"),
    ("MODALITY", "linac", "Varian TrueBeam"),
    ("POSITIONING", "frame", "stereotactic head frame"),
    ("FRAME_PLACEMENT", "pins", "applied with four pins under local anesthetic"),
    ("CUSTOM_DEVICE", "mask", "custom thermoplastic mask"),
    ("IMAGING", "CT", "Planning CT"),
    ("TARGET_VOLUME", "GTV", "GTV contoured"),
    ("PRESCRIPTION", "prescribed", "prescribed"),
    ("DOSE", "20", "20 Gy prescribed"),
    ("PLAN_PARAMETER", "isodose line", "80% isodose line"),
    ("PLANNING_SYSTEM", "Eclipse", "Eclipse"),
    ("INVERSE_PLAN", "VMAT", "Inverse-planned VMAT"),
    ("FORWARD_PLAN", "3D conformal", "3D conformal arcs"),
    ("DVH", "DVH", "DVH reviewed"),
    ("FRAME_CHECK", "coordinates", "Frame coordinates verified"),
    ("IGRT", "CBCT", "CBCT before treatment"),
    ("QA", "plan check", "Physics plan check"),
    ("PHYSICIST", "physicist", "the physicist, J. Smith, PhD"),
    ("SPECIAL_PHYSICS_CONSULT", "consult", "Special physics consultation"),
    ("SPECIAL_PROCEDURE", "special", "Special treatment procedure"),
    ("TREATMENT_DATE", "09/09/2025", "09/09/2025"),
    ("SIGNATURE", "electronically signed", "Electronically signed by A. Doctor, MD"),
    ("MOTION_MANAGEMENT", "gating", "CBCT before treatment"),
)


def complete(**kw: Any) -> Reading:
    """A reading that documents everything any bundled template asks for (two cranial lesions, frame)."""
    kw.setdefault("positioning", ("frame", "mask"))
    kw.setdefault("lesions", (lesion("Left frontal"), lesion("Right temporal")))
    return reading(COMPLETE_TEXT, facts(**kw), COMPLETE_CONCEPTS)
