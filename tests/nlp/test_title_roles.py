"""A table's titles give its numbers their roles by one rule (quantities.title_role), whether the title heads a
column ("Cord Dmax (Gy)") or a row ("Lens (R) | 0.9 Gy | 1.2 Gy"): the title's column cue first, else the cue its
words would give a dose written after them, its brackets read as spaces. A plan's organ table whose rows are headed
by an organ with a bracketed qualifier (the side, a PRV, the metric) gives every dose of the row to the organ, as a
bare organ's row does; a target's row keeps its dose."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import get_reader, read_chart
from srscheck.nlp.context import build_context
from srscheck.nlp.lines import soften
from srscheck.nlp.pieces import parse
from srscheck.nlp.quantities import chart_tables, dose_statements, table_roles, title_role
from srscheck.nlp.vocab import load_vocabulary


def _roles(path: Path) -> dict[str, tuple[str | None, bool]]:
    """Each dose written in the chart's tables, with the role and the counting its table gives it."""
    reader = get_reader()
    document = read_chart(path).document
    text, vocab = document.text, reader.vocab
    wrapped = soften(text, vocab)
    ctx = build_context(document, parse(reader.nlp, wrapped), vocab)
    doses = table_roles(dose_statements(wrapped, ctx, vocab), chart_tables(document.tables, text, vocab), vocab)
    return {text[d.start:d.end]: (d.role, d.counts) for d in doses}


@pytest.mark.parametrize("organ", ["Lens (R)", "Cord (PRV)", "Heart (mean)", "Brainstem"])
def test_an_organ_rows_doses_are_the_organs_whatever_its_bracket(tmp_path: Path, organ: str) -> None:
    path = make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("SBRT plan summary"),
        RuledTable([("Target", "Rx dose", "Fractions"), ("T8 vertebral body", "24 Gy", "2")]),
        RuledTable([("Structure", "Plan", "Composite"), (organ, "11.7 Gy", "13.4 Gy")]),
        "Both fractions were delivered; the course was completed."]])
    roles = _roles(path)
    assert roles["24 Gy"] == ("prescription", True)
    assert not roles["11.7 Gy"][1] and not roles["13.4 Gy"][1], roles


@pytest.mark.parametrize("title,role", [
    ("Cumulative cord (EQD2)", "metric"),  # brackets as spaces: the cord's cue, then the metric
    ("Lens (R)", "organ_at_risk"),
    ("Spinal cord [Dmax]", "maximum"),  # the column cue first: a maximum, not the cord's
    ("Heart (mean)", "metric"),
    ("Dose/fx", "per_fraction"),
    ("Rx dose", None),
    ("Lesion 1 (R frontal)", None),
])
def test_one_rule_for_column_titles_and_row_heads(title: str, role: str | None) -> None:
    assert title_role(title, load_vocabulary()) == role
