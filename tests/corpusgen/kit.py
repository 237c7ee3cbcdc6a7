"""The shared kit of the hand-labelled blind corpora (13 onwards): fact, lesion and category labels, per-code
consistency, documents and the charts list, and the pdfmaker blocks their charts are written with.

Labels only: what a chart says is in each corpus's own module. Per-code consistency follows
:mod:`corpusgen.rules` for CPT codes and coding-rules sections 1b/3 for G0339/G0340 (robotic linac only,
G0340 for sessions 2-5).
"""

from __future__ import annotations

from typing import Any

from pdfmaker import Heading, Paragraph, Signature

from corpusgen.rules import consistency
from corpusgen.spec import Chart, Document, Gold

S, C = "simple", "complex"
FOOT = "SYNTHETIC TEST RECORD - no real patient"


def F(modality, sites, lesion_count, fractions, imaging, positioning) -> dict[str, Any]:
    return {"modality": modality, "sites": sorted(sites), "lesion_count": lesion_count,
            "fractions": fractions, "imaging": sorted(imaging), "positioning": sorted(positioning)}


NONE = {"modality": None, "sites": [], "lesion_count": None, "fractions": None, "imaging": [], "positioning": []}


def L(name: str, site: str, complexity: str | None, dose_gy: float, fractions: int) -> dict[str, Any]:
    return {"name": name, "site": site, "complexity": complexity if site == "cranial" else None,
            "dose_gy": float(dose_gy), "fractions": fractions}


def cats(plan=True, imaging=True, positioning=True, delivery_verification=True, summary=True):
    return {"plan": plan, "imaging": imaging, "positioning": positioning,
            "delivery_verification": delivery_verification, "summary": summary}


NO_CATS = cats(False, False, False, False, False)


def code_ok(code: str, facts: dict[str, Any], lesions: list[dict[str, Any]]) -> bool:
    """corpusgen.rules for CPT codes; G0339/G0340 (robotic linac only) from coding-rules section 1b/3."""
    fx = facts["fractions"]
    stereo = bool(lesions) and isinstance(fx, int) and 1 <= fx <= 5
    if code == "G0339":
        return stereo and facts["modality"] == "robotic_linac"
    if code == "G0340":
        return stereo and facts["modality"] == "robotic_linac" and fx >= 2
    return consistency(code, facts, lesions)


def Doc(file: str, pages: list[list[Any]] | None = None, text: str | None = None,
        opts: dict[str, Any] | None = None) -> Document:
    """A document: PDF pages of pdfmaker blocks, or ``text`` for a .txt document (leading newlines dropped)."""
    return Document(file, pages, None if text is None else text.lstrip("\n"), opts or {})


class Charts(list[Chart]):
    """A corpus's charts, built one course at a time with :meth:`add`."""

    def add(self, *, name: str, kind: str, codes: list[str], facts: dict[str, Any], lesions: list[dict[str, Any]],
            categories: dict[str, bool], notes: str, docs: list[Document], contradiction: str | None = None) -> None:
        """A course of one ``kind`` (bundle | ehr_text | scan | pdf ...): a bundle folder of ``docs``, else one
        document ``NAME.pdf`` or ``NAME.txt``. Consistency and the delivery code come from the facts."""
        extra: dict[str, Any] = {"review_expected": contradiction is not None}
        if contradiction:
            extra["contradiction"] = contradiction
        consistent = {c: code_ok(c, facts, lesions) for c in codes}
        gold = Gold(codes, facts["modality"], lesions, facts["fractions"], facts["imaging"], facts["positioning"],
                    f"[{kind}] " + notes, categories=categories, sites=facts["sites"],
                    lesion_count=facts["lesion_count"], consistent=consistent, extra=extra)
        if kind == "bundle":
            self.append(Chart(name, (), gold, documents=docs))
            return
        (doc,) = docs
        assert doc.file.startswith(name + "."), name
        if doc.text is not None:
            self.append(Chart(name, (), gold, text=doc.text))
        else:
            self.append(Chart(name, doc.pages, gold, doc.options))


def sig(text: str) -> Signature:
    return Signature("Electronically signed: " + text)


def P(text: str) -> Paragraph:
    return Paragraph(text)


H1 = Heading


def H2(text: str) -> Heading:
    return Heading(text, level=2)


__all__ = ["C", "FOOT", "NONE", "NO_CATS", "S", "Charts", "Doc", "F", "H1", "H2", "L", "P", "cats", "code_ok", "sig"]
