"""One target named twice without location words beside its dose ("SRT cavity", "resection cavity", same
dose) is one lesion; two placeless targets with different doses stay two."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_cavity_named_twice_with_one_dose_is_one_lesion() -> None:
    chart = """Stereotactic radiotherapy of the resection cavity. Novalis, frameless mask, ExacTrac.
Target: left parietal resection cavity + 2 mm, maximum dimension 4.1 cm.
Course: SRT cavity left parietal, 27 Gy in 3 fractions
Treatment completed: resection cavity left parietal 27 Gy in 3 fractions.
"""
    lesions = read_text(chart).facts.lesions
    assert len(lesions) == 1
    assert lesions[0].site == "cranial" and lesions[0].dose_gy == 27.0


def test_two_placeless_names_with_different_doses_stay_two() -> None:
    from srscheck.nlp.lesions.resolution import _merge_same
    from srscheck.nlp.lesions.sources import Draft
    from srscheck.nlp.vocab import load_vocabulary

    vocab = load_vocabulary()
    a = Draft("SRT cavity", 0, 10, "SRT cavity 27 Gy", 0, dose_gy=27.0)
    b = Draft("resection cavity", 20, 36, "resection cavity 24 Gy", 20, dose_gy=24.0)
    c = Draft("resection cavity", 40, 56, "resection cavity 27 Gy", 40, dose_gy=27.0)
    assert [d.name for d in _merge_same([a, b], vocab)] == ["SRT cavity", "resection cavity"]
    assert [d.name for d in _merge_same([a, c], vocab)] == ["SRT cavity"]
