"""One sentence that gives a regimen to one target and then a second dose after "and" gives the second dose its own
target, written after it ("to"/"for" the target, the verb of giving between: "was given to"), with the course's
fraction count; a target named by a place without a lesion noun ("the right cerebellum") or by a level ("the T10
vertebral body") is one, an organ at risk is none; "each" before the targets gives every one of them the dose."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

HEAD = ("Fractionated radiosurgery summary\nTreated 06/08/2026 to 06/12/2026 on the linac, thermoplastic mask, CBCT "
        "before every fraction.\n")


def _lesions(sentence: str) -> list[tuple[str, float | None, int | None]]:
    return [(x.name, x.dose_gy, x.fractions) for x in read_text(HEAD + sentence + "\n").facts.lesions]


@pytest.mark.parametrize("sentence", [
    "30 Gy in 5 fractions was given to the right parietal lesion and 25 Gy to the left occipital lesion.",
    "30 Gy in 5 fractions was prescribed to the right parietal lesion, and 25 Gy to the left occipital lesion.",
    "Doses: 30 Gy in 5 fractions for the right parietal lesion and 25 Gy for the left occipital lesion.",
])
def test_the_second_dose_takes_its_own_target(sentence: str) -> None:
    assert _lesions(sentence) == [("right parietal lesion", 30.0, 5), ("left occipital lesion", 25.0, 5)]


def test_a_target_named_by_its_place_alone() -> None:
    got = _lesions("We gave 30 Gy in 5 fractions to the right parietal lesion and 25 Gy to the left cerebellum.")
    assert got == [("right parietal lesion", 30.0, 5), ("left cerebellum", 25.0, 5)]


def test_a_cavity_and_a_metastasis() -> None:
    got = _lesions("We gave 30 Gy in 5 fractions to the resection cavity and 25 Gy to the left occipital lesion.")
    assert got == [("resection cavity", 30.0, 5), ("left occipital lesion", 25.0, 5)]


def test_vertebral_bodies() -> None:
    got = _lesions("SBRT: 30 Gy in 5 fractions to the T11 vertebral body and 25 Gy to the L3 vertebral body.")
    assert got == [("T11 vertebral body", 30.0, 5), ("L3 vertebral body", 25.0, 5)]


def test_each_before_targets_with_their_own_nouns() -> None:
    got = _lesions("We gave 30 Gy in 5 fractions each to the right parietal lesion and the left occipital lesion.")
    assert got == [("right parietal lesion", 30.0, 5), ("left occipital lesion", 30.0, 5)]


def test_an_organ_at_risk_after_to_is_no_target() -> None:
    got = _lesions("The right parietal lesion received 30 Gy in 5 fractions, with 12 Gy to the right optic nerve.")
    assert [name for name, _gy, _fx in got] == ["right parietal lesion"]


@pytest.mark.parametrize("sentence", [
    "We gave 25 Gy to the left occipital lesion and 30 Gy in 5 fractions to the right parietal lesion.",
    "The right parietal and left occipital lesions received 30 and 25 Gy in 5 fractions, respectively.",
])
def test_the_other_order_and_respectively(sentence: str) -> None:
    got = sorted((name.rstrip("s"), gy) for name, gy, _fx in _lesions(sentence))
    assert got == [("left occipital lesion", 25.0), ("right parietal lesion", 30.0)]
