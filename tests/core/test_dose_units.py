"""The dose units in one place (srscheck.core.units, from quantity_roles.yaml ``dose_units``): the reader and the
coder's corrections size a dose written in any of them alike."""

from __future__ import annotations

import pytest
from srscheck.nlp.quantities import to_gy
from srscheck.nlp.vocab import load_vocabulary

from srscheck.core.units import dose_gy, load_dose_units, unit_gy


def test_every_unit_as_it_is_written_sizes_alike_for_the_reader_and_a_correction() -> None:
    units = load_dose_units()
    assert {d.unit for d in units} == {"Gy", "cGy"}
    written = [x for d in units for x in d.examples]
    assert {"Gy", "cGy", "centigray", "rad", "Gy(RBE)", "GyE", "CGE", "gray"} <= set(written)
    vocab = load_vocabulary()
    for unit in written:
        assert unit_gy(unit) == vocab.roles.unit_gy(unit), unit
        assert dose_gy(f"18 {unit}") == to_gy("18", unit, vocab), unit


@pytest.mark.parametrize("text,gy", [("18", 18.0), ("18.5", 18.5), ("18,5", 18.5), ("1,800 cGy", 18.0),
                                     ("2400cGy", 24.0), (" 18 gy ", 18.0), ("4500 rads", 45.0),
                                     ("20 Gy (RBE)", 20.0)])
def test_a_typed_dose_in_gy(text: str, gy: float) -> None:
    assert dose_gy(text) == pytest.approx(gy)


@pytest.mark.parametrize("text,says", [("18 mGy", "'mGy' is no dose unit; write the dose in "),
                                       ("Gy", "a number is needed"), ("", "a number is needed"),
                                       ("2 gray-white", "'gray-white' is no dose unit")])
def test_no_dose_is_one_sentence(text: str, says: str) -> None:
    with pytest.raises(ValueError) as e:
        dose_gy(text)
    assert says in str(e.value) and "\n" not in str(e.value)
