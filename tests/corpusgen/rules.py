"""Per-code consistency and the delivery code, computed from labelled facts (the corpus README's code
definitions, ../shared/corpus/README.md and ../shared/reference/coding-rules.md).

Corpora whose authors chose to compute these labels (``Gold(consistent=None, delivery_code=DERIVED)``)
get them from here, so a changed fact changes the label; hand-labelled corpora keep their own labels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

DELIVERY = ("77371", "77372", "77373")


def consistency(code: str, facts: Mapping[str, Any], lesions: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the labelled ``facts`` and ``lesions`` (gold JSON shapes) agree with a claimed ``code``."""
    fx = facts["fractions"]
    mod = facts["modality"]
    stereo = bool(lesions) and isinstance(fx, int) and 1 <= fx <= 5  # a delivered course of 1-5 fractions
    single_cranial = list(facts["sites"]) == ["cranial"] and fx == 1
    cran = [x for x in lesions if x["site"] == "cranial"]
    n_spinal = sum(1 for x in lesions if x["site"] == "spinal")
    n_complex = sum(1 for x in cran if x["complexity"] == "complex")
    n_simple = sum(1 for x in cran if x["complexity"] == "simple")
    if code == "77371":
        return stereo and single_cranial and mod == "cobalt60"
    if code == "77372":
        return stereo and single_cranial and mod in ("linac", "robotic_linac")
    if code == "77373":
        return stereo and not single_cranial and mod not in ("particle", None)
    if code == "77432":
        return stereo and single_cranial
    if code == "77435":
        return stereo and not single_cranial
    if code == "61796":  # first lesion, every cranial lesion simple
        return stereo and bool(cran) and n_complex == 0
    if code == "61797":  # additional simple lesion(s) beyond the first one
        return stereo and n_simple - (0 if n_complex else 1) >= 1
    if code == "61798":  # first complex lesion (also the first of a mixed set)
        return stereo and n_complex >= 1
    if code == "61799":
        return stereo and n_complex >= 2
    if code == "61800":
        return stereo and bool(cran) and "frame" in facts["positioning"]
    if code == "63620":
        return stereo and n_spinal >= 1
    if code == "63621":
        return stereo and n_spinal >= 2
    raise ValueError(f"no consistency rule for code {code}")


def delivery_code(facts: Mapping[str, Any], lesions: Sequence[Mapping[str, Any]]) -> str | None:
    """The delivery code the facts call for (77371/77372/77373), or None (e.g. protons, > 5 fractions)."""
    for code in DELIVERY:
        if consistency(code, facts, lesions):
            return code
    return None
