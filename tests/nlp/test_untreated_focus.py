"""A focus the chart leaves alone (observation, not treated, not a target) is not the course's target, and
a distance to the optic apparatus written in words still makes a lesion complex."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_observed_focus_is_not_the_described_target() -> None:
    chart = """CyberKnife radiosurgery summary
Right vestibular schwannoma, 1.6 cm, serviceable hearing. Incidental 8 mm left
convexity meningioma: observation, not treated.
Aquaplast mask, planning CT fused with MRI. Delivered in a single session.
"""
    lesions = read_text(chart).facts.lesions
    assert len(lesions) == 1
    assert "schwannoma" in lesions[0].name.lower()


def test_distance_to_chiasm_in_words_makes_the_lesion_complex() -> None:
    chart = """ZAP-X radiosurgery note
Tuberculum sellae meningioma, whose margin lies two millimeters from the optic chiasm on MRI.
Thermoplastic mask, CT fused with MRI. She received twelve Gray in one fraction to the meningioma.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.complexity == "complex"
    assert any("optic" in r for r in les.complexity_reasons)


def test_distance_in_words_beyond_the_limit_is_not_complex() -> None:
    chart = """ZAP-X radiosurgery note
Left parietal convexity meningioma 1.2 cm, twenty millimeters from the optic chiasm.
Thermoplastic mask, CT fused with MRI. She received fourteen Gray in one fraction to the meningioma.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.complexity == "simple"
