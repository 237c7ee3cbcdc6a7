"""The primary cancer named as such ("primary C50.9 (breast cancer)") is not the course's target, and a
count word is not part of a lesion's name."""

from __future__ import annotations

from srscheck.nlp import read_text

CHART = """Stereotactic Radiosurgery Summary
Unit Varian TrueBeam with HyperArc. Encompass mask.
Diagnosis C79.31; primary C50.912 (HER2+ breast cancer)
Ms. Example has three brain metastases on the MRI of 07/01/2026, fused to the planning CT.
All three were contoured and treated in one session, 20 Gy each in 1 fraction.
"""


def test_primary_named_as_primary_is_not_the_target() -> None:
    lesions = read_text(CHART).facts.lesions
    assert len(lesions) == 3
    assert {les.site for les in lesions} == {"cranial"}
    assert lesions[0].name == "brain metastases"
    assert all(les.complexity == "simple" for les in lesions)


def test_lesion_words_wrapped_onto_the_next_line_keep_their_place() -> None:
    chart = """Dear Dr. Example,
I saw Ms. Example after her radiosurgery of 11/18/2026 for the solitary right inferior frontal (gyrus rectus)
metastasis from her lung adenocarcinoma. The lesion measured 1.4 cm. She received a single fraction of 16 Gy
on the Versa HD in a frameless mask, planning CT fused with MRI.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.site == "cranial"
