"""No unit named: the modality a coder would infer from techniques, planning systems and devices of one
kind of unit, marked inferred and said in a warning; a named unit is never marked inferred."""

from __future__ import annotations

from srscheck.nlp import read_text

BODY = """SBRT completion note
Liver metastasis, BodyFIX, 4DCT simulation, MRI fused.
Rx 45 Gy in 3 fractions, {plan}.
Delivered 3 fractions with CBCT each fraction, {extra}.
"""


def test_linac_inferred_from_vmat_and_planning_system() -> None:
    reading = read_text(BODY.format(plan="Eclipse VMAT, two arcs", extra="shifts approved"))
    fact = reading.facts.modality
    assert fact.value == "linac" and fact.inferred
    assert fact.to_json()["inferred"] is True
    # "Eclipse" and "VMAT" are two mentions of one sentence: one quotation in the JSON
    assert fact.to_json()["evidence"] == [{"page": 1, "text": "Rx 45 Gy in 3 fractions, Eclipse VMAT, two arcs."}]
    assert any("inferred" in w and "Eclipse" in w for w in reading.warnings)


def test_gamma_knife_inferred_from_shots_and_collimators() -> None:
    chart = """Radiosurgery note
Single right frontal metastasis, MRI, frame placed.
Plan: 12 shots, 4 mm collimator and 8 mm collimator, 20 Gy to the 50% isodose in 1 fraction.
"""
    fact = read_text(chart).facts.modality
    assert fact.value == "cobalt60" and fact.inferred


def test_named_unit_is_not_inferred() -> None:
    reading = read_text(BODY.format(plan="Eclipse VMAT, two arcs", extra="on the TrueBeam"))
    fact = reading.facts.modality
    assert fact.value == "linac" and not fact.inferred
    assert "inferred" not in fact.to_json()
    assert not any("inferred" in w for w in reading.warnings)


def test_one_weak_hint_alone_is_not_enough() -> None:
    """A planning system or leaves are weak: Eclipse plans protons too, a CyberKnife may carry an MLC."""
    for word in ("Eclipse", "MLC"):
        chart = f"""SBRT note
Lung metastasis, 4DCT, 50 Gy in 5 fractions, {word}.
"""
        assert read_text(chart).facts.modality.value is None, word


def test_a_defining_technique_alone_infers_the_unit() -> None:
    """Volumetric modulated arcs are a gantry linac's by definition: one mention is enough, still inferred."""
    for words in ("VMAT", "two volumetric modulated arc therapy arcs"):
        chart = f"""SBRT note
Lung metastasis, 4DCT, 50 Gy in 5 fractions, {words}.
"""
        reading = read_text(chart)
        assert reading.facts.modality.value == "linac" and reading.facts.modality.inferred, words
        assert any("inferred" in w for w in reading.warnings)


def test_a_defining_technique_does_not_outweigh_a_named_unit_or_count_when_not_used() -> None:
    named = read_text("""SBRT note
Liver metastasis, 45 Gy in 3 fractions on the CyberKnife with fiducial tracking; a VMAT plan was compared.
""").facts.modality
    assert named.value == "robotic_linac" and not named.inferred
    unused = read_text("""SBRT note
Lung metastasis, 4DCT, 50 Gy in 5 fractions. A VMAT plan was considered but not used.
""").facts.modality
    assert unused.value is None
