"""Fractions written "fr" and "#" as records outside the US write them ("30 Gy in 5 fr", "5# of 7,25 Gy", "3 fr of
9 Gy") are fractions wherever "fractions" and "fx" are read (patterns.yaml FXWORD, fractions_of_dose)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


@pytest.mark.parametrize("said,dose,n", [
    ("30 Gy in 5 fr.", 30.0, 5),
    ("30 Gy in 5 fr, alternate days.", 30.0, 5),
    ("5 # of 7,25 Gy.", 36.25, 5),
    ("5# of 7.25 Gy.", 36.25, 5),
    ("3 fr of 9 Gy.", 27.0, 3),
    ("54 Gy/3#.", 54.0, 3),
])
def test_fr_and_hash_are_fractions(said: str, dose: float, n: int) -> None:
    reading = read_text(f"SABR note\nRight lower lobe lung tumour treated with {said}\n")
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(dose, n)], said
    assert reading.facts.fractions.value == n
