"""A row's label cell (anatomy.yaml row_labels: "Target", "Treatment site") is compiled as every phrase list of the
vocabulary is (vocab._phrase_regex): its words joined by a space or a hyphen, so "Treatment-site<TAB>" titles the
row as "Treatment site<TAB>" does and the lesion's name is the next cell's; a label word run into the name
("Targeted<TAB>") is none."""

from __future__ import annotations

import pytest
from srscheck.nlp.lesions.sources import clean_name
from srscheck.nlp.vocab import load_vocabulary


@pytest.mark.parametrize("label", ["Treatment site", "Treatment-site", "Treatment  site", "Target", "TARGET VOLUME"])
def test_a_row_label_cell_is_no_part_of_the_name(label: str) -> None:
    assert clean_name(f"{label}\tLiver seg VII HCC (PTV_S7)", load_vocabulary()) == "Liver seg VII HCC"


def test_a_label_word_is_a_whole_word() -> None:
    vocab = load_vocabulary()
    assert vocab.row_label.match("Targeted\tLiver") is None
    assert vocab.row_label.match("Site\tLiver") is not None
