"""Treated lesions: sources (where the course names them), resolution (mentions -> lesion entities) and
classification (site, CPT class, size, identifying words)."""

from .classification import complexity, metastatic_to, signature, site_of, sizes_cm, vertebral_levels
from .resolution import course_dose, course_sessions, find_lesions
from .sources import (
    Draft,
    count_statements,
    described_lesions,
    listed_lesions,
    named_dose_lesions,
    said_not_treated,
    table_lesions,
)

__all__ = ["find_lesions", "course_dose", "course_sessions", "site_of", "vertebral_levels", "metastatic_to",
           "signature", "complexity", "sizes_cm", "count_statements", "table_lesions", "listed_lesions",
           "named_dose_lesions", "described_lesions", "said_not_treated", "Draft"]
