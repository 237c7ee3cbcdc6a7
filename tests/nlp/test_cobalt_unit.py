""""Cobalt" as a treatment unit: the word alone names the cobalt-60 radiosurgery unit where its sentence or its chart
is a radiosurgery course's ("the frame-based cobalt unit", "mask-based cobalt radiosurgery", shots and collimator
sizes), and no cobalt word names it in a sentence of a cobalt-60 teletherapy unit, a lab value or a substance, nor
the word alone where nothing speaks of radiosurgery (extract.mentions, patterns cobalt_*)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

FRAME = """RADIOSURGERY PROCEDURE NOTE
Diagnosis: left frontal brain metastasis, 1.4 cm, from lung adenocarcinoma.
The stereotactic head frame was applied under local anaesthesia. Stereotactic MRI defined the target.
Treatment: radiosurgery with the frame-based cobalt unit, 20 Gy to the 50% isodose in one fraction, three shots.
Completed 11/03/2026 without complication; frame removed.
"""

DICTATED = """Dictated radiosurgery note. This sixty-year-old man with melanoma has two brain metastases and was treated
today with mask-based cobalt radiosurgery, eighteen Gray to each lesion in a single fraction, right frontal and left
cerebellar. Cone-beam CT before treatment. He tolerated it well.
"""

TELETHERAPY = """PALLIATIVE RADIOTHERAPY NOTE
Painful T10 vertebral metastasis from breast cancer. Treated on the cobalt-60 teletherapy unit, 30 Gy in 10
fractions, AP/PA fields. Completed 11/14/2026.
"""

LAB = """SBRT TREATMENT SUMMARY
Right upper lobe adenocarcinoma, 2.1 cm. 54 Gy in 3 fractions on the TrueBeam with 4DCT simulation and CBCT
before each fraction. Completed 11/14/2026.
Labs: serum cobalt 2.1 ug/L (metal-on-metal hip), creatinine 0.9.
"""

MINER = """SBRT TREATMENT SUMMARY
Right upper lobe adenocarcinoma, 2.1 cm. 54 Gy in 3 fractions on the TrueBeam with 4DCT simulation and CBCT
before each fraction. Completed 11/14/2026.
Social history: he worked twenty years underground in a cobalt mine.
"""


@pytest.mark.parametrize("text", [FRAME, DICTATED], ids=["frame", "dictated"])
def test_cobalt_in_a_radiosurgery_course_names_the_cobalt60_unit(text: str) -> None:
    reading = read_text(text)
    assert reading.facts.modality.value == "cobalt60"
    assert not reading.facts.modality.inferred
    assert any("cobalt" in e.text for e in reading.facts.modality.evidence)


def test_a_cobalt60_teletherapy_unit_is_no_radiosurgery_unit() -> None:
    assert read_text(TELETHERAPY).facts.modality.value != "cobalt60"


@pytest.mark.parametrize("text", [LAB, MINER], ids=["lab", "mine"])
def test_cobalt_that_is_no_unit_leaves_the_linac(text: str) -> None:
    reading = read_text(text)
    assert reading.facts.modality.value == "linac"
    assert not [f for f in reading.review if f.fact == "modality" or "cobalt" in f.message.lower()]
