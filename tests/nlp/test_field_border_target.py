"""A conventional plan's target is set by its borders on the anatomy, not contoured: the field's extent ("field T3-T7",
"field from C7 to T4") or the target's border ("whole brain (target to C2)") documents the target volume of the
plan (concepts TARGET_VOLUME). A field's size or a level named alone ("isocentre at T5") does not."""

from __future__ import annotations

import pytest
from srscheck.checklists.evaluate import evaluate
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_text

STORE = TemplateStore(user=None)

CHART = """RADIOTHERAPY PRESCRIPTION AND COMPLETION
Diagnosis: painful vertebral metastases from lung cancer, no cord compression.
Technique: 3D conformal, parallel opposed AP/PA, 6 MV, isocentre at T9, {border}.
Dose: 20 Gy in 5 fractions, 4 Gy per fraction, prescribed to midplane.
Simulation: CT 3 mm supine with a knee rest.
Completed 20 Gy in 5 daily fractions 03/02 - 03/06/2026.
"""


def _target_volumes(text: str, code: str = "77373") -> str:
    tpl, _ = STORE.get(code)
    req = next(r for r in tpl.requirements if r.id == "plan.target_volumes")
    return evaluate(req, read_text(text), code).status


@pytest.mark.parametrize("border", ["field T8-T10", "field from T8 to T10"])
def test_a_field_set_by_its_levels_is_the_target(border: str) -> None:
    assert _target_volumes(CHART.format(border=border)) == "met"


def test_the_target_border_of_a_whole_brain_plan() -> None:
    chart = """SIMULATION AND PRESCRIPTION
Thermoplastic mask, CT simulation 02/10/2026 for opposed lateral fields.
Prescription: whole brain (target to C2), 3000 cGy in 10 fractions of 300 cGy, parallel-opposed lateral 6 MV fields.
Completed 30 Gy in 10 fractions 02/23/2026.
"""
    assert _target_volumes(chart, "77372") == "met"


def test_a_field_size_is_no_target() -> None:
    assert _target_volumes(CHART.format(border="field size 10 x 14 cm")) == "missing"
