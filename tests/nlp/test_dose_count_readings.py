"""Each way of writing a dose with its fraction count is read as before now that the doses over their count ("30 Gy
in 5", "24 Gy/3") and the counts times each fraction's dose ("5 x 7 Gy", "7 Gy x 5", "five 6 Gy fractions", "a single
fraction of 18 Gy") are each read by one loop (quantities.dose_statements)."""

from __future__ import annotations

import pytest
from srscheck.nlp import get_reader


@pytest.mark.parametrize(("written", "total", "per", "n", "kind"), [
    ("30 Gy in 5", 30.0, 6.0, 5, "dose_in_fractions"),
    ("24 Gy/3", 24.0, 8.0, 3, "dose_in_fractions"),
    ("5 x 7 Gy", 35.0, 7.0, 5, "n_times_dose"),
    ("7 Gy x 5", 35.0, 7.0, 5, "dose_times_n"),
    ("five 6 Gy fractions", 30.0, 6.0, 5, "n_times_dose"),
    ("a single fraction of 18 Gy", 18.0, 18.0, 1, "n_times_dose"),
])
def test_each_way_of_writing_a_dose_with_its_count(written, total, per, n, kind) -> None:
    from srscheck.nlp.context import build_context
    from srscheck.nlp.lines import soften
    from srscheck.nlp.pieces import parse
    from srscheck.nlp.quantities import dose_statements
    from srscheck.nlp.reader import document_from_text
    reader = get_reader()
    text = f"The right frontal metastasis was treated to {written}, on the Gamma Knife.\n"
    wrapped = soften(text, reader.vocab)
    ctx = build_context(document_from_text(text), parse(reader.nlp, wrapped), reader.vocab)
    got = [(d.total_gy, d.per_fraction_gy, d.fractions, d.kind) for d in dose_statements(wrapped, ctx, reader.vocab)]
    assert (total, per, n, kind) in got, got
