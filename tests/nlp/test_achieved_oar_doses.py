"""The doses a plan achieved against its organs' constraints ("Stomach, duodenum and bowel D0.5cc < 33 Gy (achieved
32.1, 32.8, 31.4 Gy)") are dose-volume metrics, each number of the list: none is a target's dose, so the organ
named before them is no second lesion of the course."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.quantities import cue_role
from srscheck.nlp.vocab import load_vocabulary

CHART = """MR-GUIDED SBRT - COURSE SUMMARY
Diagnosis: adenocarcinoma of the pancreatic body, borderline resectable.
Treatment unit: MR-linac, step-and-shoot IMRT. Simulation on an indexed vacuum cushion; planning CT and MRI registered.
Prescription: 40 Gy in 5 fractions (8 Gy each) to PTV. Stomach, duodenum and bowel D0.5cc < 33 Gy (achieved 32.1,
32.8, 31.4 Gy).
Summary: pancreatic body tumour, 40 Gy in 5 fractions, completed without interruption.
"""


def test_achieved_values_are_metrics() -> None:
    vocab = load_vocabulary()
    text = "bowel D0.5cc < 33 Gy (achieved 32.1, 32.8, 31.4 Gy)"
    assert cue_role(text, text.index("31.4"), vocab) == "metric"
    assert cue_role("Prescription: 40 Gy in 5 fractions", 14, vocab) is None


def test_the_organs_with_achieved_doses_are_no_lesion() -> None:
    reading = read_text(CHART)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(40.0, 5)]
    assert reading.facts.lesion_count.value == 1
