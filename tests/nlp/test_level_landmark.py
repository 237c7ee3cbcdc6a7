"""A vertebral level used as a landmark ("a node at the level of L3") does not make a body lesion spinal."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_node_at_the_level_of_a_vertebra_is_a_body_lesion() -> None:
    chart = """Current Course: SBRT Para-aortic Node
Diagnosis isolated para-aortic nodal recurrence (2.2 cm), endometrial primary
Machine Varian Edge. CT simulation in a Vac-Lok fused with PET/CT.
Target GTV_PAN (left para-aortic node at the level of the L3 vertebral body) + 5 mm = PTV_PAN
Rx 35 Gy in 5 fractions, 2 VMAT arcs. Completed: PTV_PAN 35 Gy / 5 fx.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.site == "body"


def test_metastasis_of_a_vertebral_level_stays_spinal() -> None:
    chart = """Spine SBRT summary. BodyFIX, CT fused with MRI, TrueBeam with CBCT.
Painful T10 vertebral metastasis treated with 27 Gy in 3 fractions.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.site == "spinal"
