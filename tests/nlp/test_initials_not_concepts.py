"""A list of people's initials under a label that says so ("Initialled for the board: AV, MR, TS") names people: its
"MR" is no MR imaging. MR written as imaging ("CT and MR fused", "initial MR: 05/01/2026") stays MRI."""

from __future__ import annotations

from srscheck.nlp import read_text

BOARD = """SABR TREATMENT SUMMARY
Oligometastatic colorectal cancer: left adrenal metastasis and a left lower lobe nodule, reviewed at the tumour board.
Initialled for the board: AV, MR, TS
Simulation 4DCT 05/04/2026 (chest and upper abdomen); PET/CT 04/21/2026 fused. Vacuum cushion.
Delivered: left adrenal 8 Gy x 5 = 40 Gy and left lower lobe nodule 10 Gy x 5 = 50 Gy on a gantry linac with daily
CBCT, 05/11/2026 to 05/15/2026. Completed.
"""


def test_initials_are_no_mr_imaging() -> None:
    facts = read_text(BOARD).facts
    assert facts.imaging.value == ["CT", "PET"], facts.imaging
    also_mr = BOARD.replace("PET/CT 04/21/2026 fused", "PET/CT 04/21/2026 and MR 05/02/2026 fused")
    assert read_text(also_mr).facts.imaging.value == ["CT", "MRI", "PET"]
