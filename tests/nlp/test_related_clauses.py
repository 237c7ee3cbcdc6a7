"""A lesion's words from other sentences are gathered clause by clause, each sentence's clause its own: a consult's
"right temporal, 3.6 cm, with oedema" and its later "18 Gy to the temporal lesion" never run together into
"3.6 cm to the temporal lesion" (a distance), so the lesion keeps its size and is complex by it."""

from __future__ import annotations

from srscheck.nlp import read_text

CHART = """RADIATION ONCOLOGY CONSULT 09/30/2026
Two brain metastases from breast cancer: right occipital, 3.8 cm, with surrounding oedema; left parietal, 0.9 cm.
Recommend radiosurgery in one fraction: 16 Gy to the occipital lesion, 20 Gy to the parietal lesion, in a mask.

TREATMENT SUMMARY 10/13/2026
Delivered in a single fraction after CBCT alignment on the linac: right occipital metastasis (PTV1) sixteen Gray;
left parietal metastasis (PTV2) twenty Gray.
"""


def test_a_size_from_one_sentence_is_not_run_into_the_next_sentences_clause() -> None:
    lesions = {les.name: les for les in read_text(CHART).facts.lesions}
    occ = next(les for name, les in lesions.items() if "occipital" in name)
    par = next(les for name, les in lesions.items() if "parietal" in name)
    assert (occ.size_cm, occ.complexity, occ.dose_gy) == (3.8, "complex", 16.0)
    assert (par.size_cm, par.complexity, par.dose_gy) == (0.9, "simple", 20.0)
