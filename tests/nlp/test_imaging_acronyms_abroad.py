"""Spanish and Portuguese imaging acronyms: "TC" (CT) and "RM" (MRI) are also staff initials in capitals ("RM/TC" in a
log's initials column), so they are the study only with imaging context in their own words (a planning, simulation or
fusion word, contrast, a sequence), never alone (concepts.yaml, IMAGING CT and MRI tokens)."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


@pytest.mark.parametrize("line", [
    "TC de simulación 1 mm con máscara termoplástica; RM con contraste (T1 3D) fusionada.",
    "TC de planejamento 1 mm em máscara; RM T1 3D fundida.",
    "Planificación con TC 1 mm con máscara, fusión con la RM-T1.",
])
def test_the_acronyms_with_imaging_context_are_the_planning_studies(line: str) -> None:
    text = (f"INFORME DE TRATAMIENTO - RADIOCIRUGÍA\nPaciente: DOE, JUAN\n{line}\n"
            "Lesión frontal derecha 20 Gy en 1 fracción, delivered 03/03/2026 on the TrueBeam.\n")
    assert read_text(text).facts.imaging.value == ["CT", "MRI"]


def test_the_acronyms_alone_are_staff_initials() -> None:
    text = ("TREATMENT RECORD\nFx 1 10/11/2026 CBCT 900 cGy RM/TC\nFx 2 10/12/2026 CBCT 900 cGy RM/TC\n"
            "Fx 3 10/13/2026 CBCT 900 cGy RM/TC\nLeft lung nodule SBRT 27 Gy in 3 fractions, vacuum bag.\n"
            "Simulation: TC 10/02/2026. Fusion: RM.\n")  # a field's value: who did it
    r = read_text(text)
    assert r.facts.imaging.value == [] and not any(m.label == "IMAGING" for m in r.mentions)
