"""A lesion the patient declined to have treated is no treated lesion: the dose the chart reports it received
from the other lesions' plans is a maximum dose read in a plan ("its maximum point dose from the occipital plan
was 4.2 Gy"), never a lesion's prescription."""

from __future__ import annotations

from srscheck.nlp import read_text

LETTER = """Radiosurgery letter
Dear Dr. Hale,
Your patient had Gamma Knife radiosurgery today. The MRI showed three metastases. She declined treatment of
the small thalamic lesion, which we will watch. A Leksell frame was placed and a stereotactic MRI obtained.
The right frontal metastasis received 22 Gy to the 50% isodose line and the left occipital metastasis 20 Gy to
the 50% isodose line, in a single session.
The thalamic lesion was outlined as an avoidance structure only; its maximum point dose from the occipital plan
was 4.2 Gy and the brainstem maximum was 8.1 Gy.
"""


def test_a_declined_lesions_maximum_dose_from_another_plan_is_no_lesion() -> None:
    lesions = read_text(LETTER).facts.lesions
    assert sorted(les.dose_gy for les in lesions) == [20.0, 22.0]
