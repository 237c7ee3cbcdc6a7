"""The kinds of target volume a structure name starts with (PTV, GTV, CTV, ITV, IGTV) are one vocabulary entry
(anatomy.yaml volume_kinds) that every reader of a structure name builds its expressions from: a record's columns
named by internal gross target volumes ("IGTV_RUL (Gy)") are lesions as planning volumes' columns are, and an
IGTV's name loses its kind as a PTV's does when two tables' rows are matched."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text
from srscheck.nlp.lesions.resolution import structure_core, volume_label
from srscheck.nlp.lesions.sources import volume_key
from srscheck.nlp.vocab import load_vocabulary

RECORD = """SBRT TREATMENT RECORD
Date\tFx\t{kind}_RUL (Gy)\t{kind}_LLL (Gy)
11/02/2026\t1\t10\t11
11/04/2026\t2\t10\t11
11/06/2026\t3\t10\t11
Total\t\t30\t33

Lung SBRT completed, two nodules, 4DCT simulation.
"""


@pytest.mark.parametrize("kind", ["PTV", "ITV", "IGTV"])
def test_a_records_columns_named_by_any_volume_kind_are_its_lesions(kind: str) -> None:
    reading = read_text(RECORD.format(kind=kind))
    assert [(les.name, les.dose_gy, les.fractions) for les in reading.facts.lesions] == [
        (f"{kind}_RUL", 30.0, 3), (f"{kind}_LLL", 33.0, 3)]


def test_every_kind_is_taken_off_a_structure_name() -> None:
    vocab = load_vocabulary()
    assert volume_key("IGTV2_Lcbm", vocab) == volume_key("PTV2_Lcbm", vocab) == "2_lcbm"
    assert structure_core("IGTV_Liv6", vocab) == structure_core("PTV_Liv6", vocab) == "liv6"
    assert volume_label("IGTV1 RUL", vocab) == volume_label("CTV 1", vocab) == "1"
    assert volume_key("TV2_Lcbm", vocab) == ""  # no volume kind
