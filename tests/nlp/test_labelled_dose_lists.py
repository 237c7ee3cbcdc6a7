"""A role cue in a list's label carries to every item of the list after its colon ("Maximum doses: chest wall
30.2 Gy; rib 27.1 Gy" are two maxima, no targets), in a sentence, a key: value line, a list of one item a line and
a table cell, for every cue of quantity_roles.yaml (maximum, mean, organ at risk, constraint, Dmax, D0.03cc ...),
until the list ends (words that are no item: "50 Gy in 5 fractions", a new sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import BulletList, Heading, KeyValue, RuledTable, make_chart_pdf
from srscheck.nlp import get_reader, read_chart, read_text
from srscheck.nlp.context import build_context
from srscheck.nlp.lines import soften
from srscheck.nlp.pieces import parse
from srscheck.nlp.quantities import quantities
from srscheck.nlp.reader import document_from_text

_NODULE = "Left upper lobe lung nodule: 50 Gy in 5 fractions on the TrueBeam with daily CBCT.\n"


def roles(text: str) -> list[tuple[str, str]]:
    """(the dose's words, its role) for every dose, in text order."""
    reader = get_reader()
    wrapped = soften(text, reader.vocab)
    ctx = build_context(document_from_text(text), parse(reader.nlp, wrapped), reader.vocab)
    return [(wrapped[q.start:q.end], q.role) for q in quantities(wrapped, ctx, reader.vocab) if q.unit == "Gy"]


@pytest.mark.parametrize("label,role", [
    ("Maximum doses", "maximum"), ("Max dose", "maximum"), ("Dmax", "maximum"), ("Point doses", "maximum"),
    ("Mean doses", "metric"), ("Dmean", "metric"), ("D0.03cc", "metric"), ("Constraints", "metric"),
    ("Dose constraints met", "metric"), ("Organ at risk doses", "organ_at_risk"), ("OAR", "organ_at_risk"),
    ("Critical structures", "organ_at_risk"),
])
@pytest.mark.parametrize("items", [
    "chest wall 30.2 Gy; rib 27.1 Gy; sternum 18.3 Gy",
    "chest wall 30.2 Gy, rib 27.1 Gy and sternum 18.3 Gy.",
    "chest wall: 30.2 Gy (limit 30 Gy); rib: 27.1 Gy & sternum: 18.3 Gy",
    "\n  - Chest wall 30.2 Gy\n  - Rib 27.1 Gy\n  - Sternum 18.3 Gy",
    "\n1. Chest wall 30.2 Gy\n2. Rib 27.1 Gy\n\n3. Sternum 18.3 Gy",
    "\tchest wall 3020 cGy; rib 2710 cGy; sternum 1830 cGy",
])
def test_the_labels_cue_gives_every_item_its_role(label: str, role: str, items: str) -> None:
    got = roles(f"{_NODULE}{label}: {items}\n")
    assert got[0] == ("50 Gy in 5 fractions", "prescription")
    assert [r for _, r in got[1:] if not _.endswith("30 Gy")] == [role] * 3, got


@pytest.mark.parametrize("text,expected", [
    # the list ends with its sentence, and a dose with its fractions is no item of it
    ("Maximum doses: chest wall 30.2 Gy. Left lung nodule 50 Gy.",
     [("30.2 Gy", "maximum"), ("50 Gy", "prescription")]),
    ("Maximum doses: chest wall 30.2 Gy; left lung nodule 50 Gy in 5 fractions.",
     [("30.2 Gy", "maximum"), ("50 Gy in 5 fractions", "prescription")]),
    # a line of other words ends a list of one item a line
    ("Mean doses:\nTrachea 2.1 Gy\nThe left lung nodule received 50 Gy.",
     [("2.1 Gy", "metric"), ("50 Gy", "prescription")]),
    # a label without a cue gives its items none, and a dose "to the lesions" is the targets'
    ("Targets: left frontal 24 Gy, right parietal 20 Gy.", [("24 Gy", "prescription"), ("20 Gy", "prescription")]),
    ("Dose to lesions: left frontal 24 Gy, right parietal 20 Gy.",
     [("24 Gy", "prescription"), ("20 Gy", "prescription")]),
    ("Dose to the target lesions: left frontal 24 Gy; right parietal 20 Gy.",
     [("24 Gy", "prescription"), ("20 Gy", "prescription")]),
    ("Dose to the left frontal lesion: 24 Gy. Dose to the PTV: 24 Gy.",
     [("24 Gy", "prescription"), ("24 Gy", "prescription")]),
    ("Dose to the cord: 12 Gy.", [("12 Gy", "organ_at_risk")]),
])
def test_where_a_labelled_list_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_the_listed_structures_are_no_targets() -> None:
    for items in ("chest wall 30.2 Gy; rib 27.1 Gy", "\n- Chest wall 30.2 Gy\n- Rib 27.1 Gy"):
        lesions = read_text(f"{_NODULE}Maximum doses: {items}\n").facts.lesions
        assert [(les.dose_gy, les.fractions) for les in lesions] == [(50.0, 5)], items


@pytest.mark.parametrize("blocks", [
    # a table cell of a key/value table whose key has no role
    [RuledTable([("Target", "Left upper lobe nodule"), ("Prescription", "50 Gy in 5 fractions"),
                 ("Plan review", "Maximum doses: chest wall 30.2 Gy; rib 27.1 Gy")])],
    # a paragraph
    ["The left upper lobe nodule was treated to 50 Gy in 5 fractions. Maximum doses: chest wall 30.2 Gy, rib "
     "27.1 Gy and sternum 18.3 Gy."],
    # a key: value line and a label over a bulleted list
    [KeyValue([("Target:", "left upper lobe nodule, 50 Gy in 5 fractions"),
               ("Organs at risk:", "chest wall 30.2 Gy; rib 27.1 Gy")])],
    ["Left upper lobe nodule: 50 Gy in 5 fractions.", "Maximum doses:",
     BulletList(["Chest wall 30.2 Gy", "Rib 27.1 Gy"])],
    ["Left upper lobe nodule: 50 Gy in 5 fractions.", "Maximum doses:", "Chest wall 30.2 Gy", "Rib 27.1 Gy"],
])
def test_a_labelled_list_in_a_pdf(tmp_path: Path, blocks: list) -> None:
    pdf = make_chart_pdf(tmp_path / "plan.pdf", [[Heading("SBRT plan summary"), *blocks,
                                                  "Treated on the TrueBeam with daily CBCT."]])
    reading = read_chart(pdf)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(50.0, 5)]
