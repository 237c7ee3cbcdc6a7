"""OCR word confidence carried onto the chart's words: a lesion's dose or size whose number was read from a scanned
page's word at low confidence is quoted in a review flag for the coder to verify, never passed silently."""

from __future__ import annotations

from dataclasses import replace

from srscheck.nlp import get_reader
from srscheck.nlp.reader import document_from_text

TEXT = """Stereotactic body radiotherapy - treatment summary
Patient: Synthetic, Test
Target: prostate. Prescription 33.25 Gy in 5 fractions to the PTV, delivered on an MR-linac.
All 5 fractions delivered 03/02/2026 - 03/10/2026.
"""


def _scanned(text: str, unsure: str, confidence: float):
    """The text read as if from a scan, the word ``unsure`` read at ``confidence``."""
    doc = document_from_text(text)
    pages = tuple(replace(p, words=tuple(replace(w, confidence=confidence) if w.text == unsure else w
                                         for w in p.words)) for p in doc.pages)
    return replace(doc, pages=pages, ocr=True)


def _ocr_flags(doc) -> list:
    return [f for f in get_reader().read_document(doc).review if f.kind == "ocr_confidence"]


def test_a_dose_read_at_low_ocr_confidence_is_flagged_with_the_word() -> None:
    flags = _ocr_flags(_scanned(TEXT, "33.25", 41.0))
    assert len(flags) == 1
    assert "low OCR confidence: verify 33.25" in flags[0].message
    assert flags[0].evidence[0].text == "33.25"


def test_a_sure_read_or_a_text_layer_is_not_flagged() -> None:
    assert not _ocr_flags(_scanned(TEXT, "33.25", 93.0))
    assert not _ocr_flags(replace(_scanned(TEXT, "33.25", 41.0), ocr=False))  # a text layer's words are what they say
    assert not _ocr_flags(_scanned(TEXT, "03/02/2026", 20.0))  # an unsure word that is no dose or size of a lesion
