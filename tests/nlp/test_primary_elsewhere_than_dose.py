"""A chart that names its patient's primary cancer ("castration-resistant prostate cancer") and gives its dose to a
place elsewhere ("SBRT to the T11-T12 vertebral bodies, 24 Gy in 2 fractions") treats that place: the primary is
the diagnosis, not the target, so the course is spinal, not body. A primary treated where its dose goes (a lung
cancer given its dose in the lung) stays the target."""

from __future__ import annotations

from srscheck.nlp import read_text

SPINE = """RADIATION ONCOLOGY CONSULT
Seventy-five year old man with castration-resistant prostate cancer, oligoprogression on the bone scan: a single
focus involving the contiguous T eleven and T twelve vertebral bodies, no epidural disease.
Recommendation: spine SBRT to the T eleven through T twelve segment as one continuous target.

TREATMENT SUMMARY
Course: SBRT to the T11-T12 vertebral bodies (single contiguous target), 24 Gy in 2 fractions, 02/16/2026 and
02/23/2026, on a gantry linac in a vacuum cushion with daily CBCT. Completed without interruption.
"""

LUNG = """TREATMENT SUMMARY
Eighty year old woman with early stage non-small cell lung cancer of the right upper lobe, medically inoperable.
Course: SBRT to the right upper lobe, 50 Gy in 5 fractions, 03/02/2026 to 03/10/2026, on a gantry linac in a vacuum
cushion with daily CBCT. Completed without interruption.
"""


def test_a_primary_elsewhere_than_the_dose_is_not_the_target() -> None:
    facts = read_text(SPINE).facts
    assert facts.sites.value == ["spinal"], [(les.name, les.site) for les in facts.lesions]
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(24.0, 2)]


def test_a_primary_given_its_dose_stays_the_target() -> None:
    facts = read_text(LUNG).facts
    assert facts.sites.value == ["body"], [(les.name, les.site) for les in facts.lesions]
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(50.0, 5)]
