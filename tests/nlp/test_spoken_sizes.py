"""A lesion's size written in words, as dictated ("measuring one point two centimeters", "two point four by one
point eight centimeters", "fourteen millimeters"), is read as the doses' spelled numbers are: the lesion gets its
size, and a large one its size complexity. Read through the full reader (srscheck.api.analyze)."""

from __future__ import annotations

from pathlib import Path

import pytest

from srscheck.api import analyze


def _lesions(tmp_path: Path, sentence: str) -> list[dict]:
    chart = tmp_path / "dictation.txt"
    chart.write_text("radiosurgery dictation period date of treatment march eleventh twenty twenty six period "
                     "thermoplastic mask and cone beam CT period " + sentence + " period\n", encoding="utf-8")
    return analyze(chart).to_dict()["facts"].get("lesions") or []


@pytest.mark.parametrize("sentence, size", [
    ("a right frontal metastasis measuring one point two centimeters received twenty gray in one fraction", 1.2),
    ("a left parietal metastasis measuring two point four by one point eight centimeters received eighteen gray "
     "in one fraction", 2.4),
    ("a fourteen millimeter right cerebellar metastasis received twenty gray in one fraction", 1.4),
    # a size below one centimetre ("zero point eight"): not the "eight centimeters" after its point
    ("a left frontal metastasis comma zero point eight centimeters comma received twenty gray in one fraction", 0.8),
    ("a left occipital metastasis measuring 1.6 centimeters received twenty gray in one fraction", 1.6),
])
def test_a_size_in_words_is_the_lesions_size(tmp_path: Path, sentence: str, size: float) -> None:
    (les,) = _lesions(tmp_path, sentence)
    assert les.get("size_cm") == size, les


def test_a_large_size_in_words_makes_the_lesion_complex(tmp_path: Path) -> None:
    (les,) = _lesions(tmp_path, "a right temporal metastasis measuring four point one by three point two "
                                "centimeters received fifteen gray in one fraction")
    assert les.get("size_cm") == 4.1
    assert les.get("complexity") == "complex", les
