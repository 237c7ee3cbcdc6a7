"""A form that gives the collimator's size as the value of its label ("Collimator / shots <tab> 4 mm") names a
4 mm collimator as surely as "4 mm collimator" does: with the shots, the record of a cobalt-60 multi-source unit,
inferred (no unit named) and said to be inferred."""

from __future__ import annotations

from srscheck.nlp import read_text

RECORD = """FUNCTIONAL RADIOSURGERY RECORD
Date\t03/02/2027
Indication\tMedically refractory tremor of the left hand
Target\tRight VIM of the thalamus
Head frame\tapplied 07:10 under local anaesthesia
Imaging\tStereotactic MRI and CT, fused
Collimator / shots\t{size}, one isocentre
Prescription\tMaximum dose 130 Gy, single session
Frame co-ordinates checked at the unit: pass
Treatment delivered, frame removed 10:20.
"""


def test_a_collimator_size_written_as_the_label_value_infers_the_cobalt_unit() -> None:
    reading = read_text(RECORD.format(size="4 mm"))
    assert reading.facts.modality.value == "cobalt60"
    assert reading.facts.modality.inferred


def test_a_cone_size_is_no_collimator_of_the_cobalt_unit() -> None:
    reading = read_text(RECORD.format(size="5 mm cone"))
    assert reading.facts.modality.value != "cobalt60"
