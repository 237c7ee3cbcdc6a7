"""A list of structures' doses after one whose words make its dose no dose to the target ("Chest wall Dmax 3020 rad;
rib 2710 rad"): every structure of the list takes that role (quantities.cue_role), so the rib is no second target of
a one-nodule lung course; an item that names a lesion, or the list's first dose being the prescription, keeps its
own role."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

CHART = """TREATMENT SUMMARY - STEREOTACTIC LUNG
Left upper lobe adenocarcinoma, peripheral, 1.6 cm, cT1bN0M0; inoperable (FEV1 38%).
Prescription {rx} in one fraction to the 80% isodose. {doses}
Treated 03/09/2026: {rx} in 1 fraction to the left upper lobe nodule.
"""


@pytest.mark.parametrize("rx,doses", [
    ("3400 rad", "Chest wall Dmax 3020 rad; rib 2710 rad."),
    ("34 Gy", "Chest wall Dmax 30.2 Gy; rib 27.1 Gy."),
    ("34 Gy", "Chest wall Dmax 30.2 Gy, rib 27.1 Gy."),
    ("34 Gy", "Chest wall max 30.2 Gy; rib 27.1 Gy; esophagus 9 Gy."),
])
def test_the_structures_listed_after_a_maximum_are_no_targets(rx: str, doses: str) -> None:
    facts = read_text(CHART.format(rx=rx, doses=doses)).facts
    assert [(les.name, les.dose_gy) for les in facts.lesions] == [("left upper lobe nodule", 34.0)]
    assert facts.lesion_count.value == 1


def test_a_listed_item_naming_a_lesion_keeps_its_own_role() -> None:
    text = ("Radiosurgery completed 03/09/2026 in one session. Brainstem Dmax 12 Gy; left frontal metastasis 20 Gy; "
            "right occipital metastasis 18 Gy.\n")
    facts = read_text(text).facts
    assert sorted(les.dose_gy for les in facts.lesions) == [18.0, 20.0]


def test_a_list_of_prescriptions_stays_prescriptions() -> None:
    text = "SBRT completed 03/09/2026 in one fraction: left adrenal 30 Gy; liver 34 Gy.\n"
    facts = read_text(text).facts
    assert sorted(les.dose_gy for les in facts.lesions) == [30.0, 34.0]
