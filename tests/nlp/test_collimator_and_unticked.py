"""A collimator's, a shot's or a helmet's size is no lesion's size ("4 mm shots", "collimator size: 4 mm"; patterns.yaml
size_not_lesion_before / size_not_lesion_after), and a form's option left unticked ("[ ] AVM", "☐ brainstem") states
nothing of the lesion: no complexity reason comes from it (resolution._unticked_blanked)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

TITLE = "Gamma Knife radiosurgery treatment summary\n"


@pytest.mark.parametrize("line", [
    "The right parietal metastasis received 20 Gy in 1 fraction with a single 4 mm shot.",
    "Right parietal metastasis (4 mm shots x 3): 20 Gy in 1 fraction.",
    "Right parietal metastasis 20 Gy in 1 fraction, collimator 4 mm.",
    "Right parietal metastasis: 20 Gy in 1 fraction; collimator size: 8 mm",
    "Right parietal metastasis 20 Gy in 1 fraction, two 4 mm isocenters.",
])
def test_a_collimator_size_is_no_lesion_size(line: str) -> None:
    lesions = read_text(f"{TITLE}{line}\nTreatment completed.\n").facts.lesions
    assert [(x.dose_gy, x.size_cm) for x in lesions] == [(20.0, None)]


def test_the_lesions_own_size_still_counts() -> None:
    line = "A 14 mm right parietal metastasis received 20 Gy in 1 fraction with 4 mm shots."
    assert [x.size_cm for x in read_text(f"{TITLE}{line}\nTreatment completed.\n").facts.lesions] == [1.4]


@pytest.mark.parametrize("form", [
    "Location: ☐ AVM   ☐ brainstem   ☒ lobar",
    "Location: [ ] AVM   [ ] brainstem   [X] lobar",
])
def test_an_unticked_option_is_no_complexity_reason(form: str) -> None:
    text = f"{TITLE}Target: right parietal metastasis, 20 Gy in 1 fraction\n{form}\nTreatment completed.\n"
    lesions = read_text(text).facts.lesions
    assert [(x.complexity, x.complexity_reasons) for x in lesions] == [("simple", ())]


def test_a_ticked_option_still_is() -> None:
    text = (f"{TITLE}Target: right parietal lesion, 20 Gy in 1 fraction\nDiagnosis: ☒ AVM   ☐ metastasis\n"
            "Treatment completed.\n")
    lesions = read_text(text).facts.lesions
    assert [x.complexity for x in lesions] == ["complex"]
