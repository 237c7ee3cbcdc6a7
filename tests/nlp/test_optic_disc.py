"""The optic disc is the optic nerve's head inside the eye: an ocular target's written distance to the disc is its
distance to the optic nerve, so a choroidal melanoma within 5 mm of the disc is a complex cranial lesion
(coding-rules section 2: a lesion 5 mm or less from the optic nerve, chiasm or tract)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

CHART = """Cranial stereotactic radiotherapy - ocular target
Diagnosis: left choroidal melanoma, basal diameter 8.5 mm, height 4.1 mm. The posterior margin lies {d} from
the {structure}.
Setup: thermoplastic mask, eye-position camera. Planning CT 1 mm and orbital MRI fused.
Plan: 6 MV gantry linac, five arcs; 50 Gy in 5 fractions to the 80% isodose, CBCT before each fraction.
Completed: left choroidal melanoma, 50 Gy in 5 fractions.
"""


@pytest.mark.parametrize("structure", ["optic disc", "optic disk", "optic nerve head"])
def test_a_target_near_the_optic_disc_is_complex(structure: str) -> None:
    les = read_text(CHART.format(d="1.2 mm", structure=structure)).facts.lesions
    assert [(x.complexity, x.complexity_reasons) for x in les] == [
        ("complex", ("within 5 mm of the optic apparatus",))]


def test_a_target_far_from_the_optic_disc_stays_simple() -> None:
    les = read_text(CHART.format(d="9 mm", structure="optic disc")).facts.lesions
    assert [x.complexity for x in les] == ["simple"]
