"""How facts, values, categories and verdicts are named to a person: one wording for the report,
the app and the rules' sentences."""

from __future__ import annotations

from typing import Any

FACT_LABELS = {
    "modality": "Treatment unit",
    "sites": "Treated sites",
    "lesion_count": "Number of lesions",
    "fractions": "Fractions delivered",
    "imaging": "Planning imaging",
    "positioning": "Positioning / immobilization",
}
VALUE_LABELS = {
    "cobalt60": "Cobalt-60 (Gamma Knife)",
    "linac": "Linear accelerator",
    "robotic_linac": "Robotic linear accelerator (CyberKnife)",
    "particle": "Particle therapy (protons / ions)",
    "cranial": "Cranial",
    "spinal": "Spinal",
    "body": "Body",
    "frame": "Stereotactic head frame",
    "mask": "Mask (frameless)",
    "fiducials": "Fiducial markers",
    "body_immobilization": "Body immobilization",
}
# A delivery unit as it reads inside a sentence ("77371 is for ... delivery").
MODALITY_PHRASES = {
    "cobalt60": "multi-source Cobalt-60 (Gamma Knife)",
    "linac": "gantry linac",
    "robotic_linac": "robotic linac (CyberKnife)",
    "particle": "particle (proton/ion)",
}
CATEGORY_LABELS = {
    "plan": "Treatment plan",
    "imaging": "Imaging",
    "positioning": "Positioning / immobilization",
    "delivery_verification": "Delivery verification",
    "summary": "Treatment summary",
    "medical_necessity": "Medical necessity",
    "signatures": "Signatures",
    "physics": "Physics",
}
VERDICT_LABELS = {"supported": "supported", "gaps": "gaps", "contradicted": "contradicted"}


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize())


def display_value(value: Any) -> str:
    """A fact value in words: ``["CT", "MRI"]`` -> ``CT, MRI``; ``None`` -> ``Not documented``."""
    if value is None:
        return "Not documented"
    if isinstance(value, (list, tuple)):
        return ", ".join(display_value(v) for v in value) if value else "None documented"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return f"{value:g}"
    return VALUE_LABELS.get(str(value), str(value))
