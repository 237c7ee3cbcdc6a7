"""A bare dose right after a regimen that its clause marks as each fraction's ("thirty gray in five fractions, six gray
each", "30 Gy in 5 fractions of 6 Gy", "..., each of 6 Gy") and that is the regimen's total over its count is each
fraction's dose (quantities.each_fraction), not a second course dose; "18 Gy each" with no such regimen before it (each
lesion's dose) and a dose that is no quotient of the regimen keep their roles."""

from __future__ import annotations

import pytest
from srscheck.nlp import get_reader
from srscheck.nlp.context import build_context
from srscheck.nlp.lines import soften
from srscheck.nlp.pieces import parse
from srscheck.nlp.quantities import quantities
from srscheck.nlp.reader import document_from_text


def roles(text: str) -> list[tuple[str, str]]:
    reader = get_reader()
    wrapped = soften(text, reader.vocab)
    ctx = build_context(document_from_text(text), parse(reader.nlp, wrapped), reader.vocab)
    return [(wrapped[q.start:q.end], q.role) for q in quantities(wrapped, ctx, reader.vocab)]


@pytest.mark.parametrize("text,per", [
    ("In view of the earlier course we changed the prescription to thirty gray in five fractions, six gray each, "
     "which he has now had.", "six gray"),
    ("The T11 metastasis has now received 30 Gy in 5 fractions, 6 Gy each.", "6 Gy"),
    ("The T11 metastasis has now received 30 Gy in 5 fractions of 6 Gy.", "6 Gy"),
    ("Prescription: 24 Gy in 3 fractions (i.e. 8 Gy each) to the sacral lesion.", "8 Gy"),
    ("She was treated to 27 Gy in 3 fractions, each of 9 Gy.", "9 Gy"),
])
def test_each_fractions_dose_after_the_regimen(text: str, per: str) -> None:
    got = roles(text)
    assert got[0][1] == "prescription" and got[1] == (per, "per_fraction")


@pytest.mark.parametrize("text", [
    "The two lesions received 24 Gy in 3 fractions and 18 Gy each.",  # no quotient of the regimen
    "The L1 lesion received 30 Gy in 5 fractions, 7 Gy each.",  # 7 x 5 is not 30: left as written
])
def test_a_dose_that_is_no_quotient_keeps_its_role(text: str) -> None:
    assert [r for _, r in roles(text)] == ["prescription", "prescription"]


def test_each_lesion_keeps_its_name_after_the_other_regimens_fraction_dose() -> None:
    from srscheck.nlp import read_text
    text = ("Spine SBRT completion summary\nThe T12 vertebral body lesion received twenty-seven gray in three "
            "fractions of nine gray, prescribed to the eighty percent isodose line, and the L4 lesion received "
            "twenty-four gray in three fractions of eight gray, to the eighty percent isodose line.\n")
    facts = read_text(text).facts
    assert [(x.name, x.dose_gy) for x in facts.lesions] == [("T12 vertebral body lesion", 27.0), ("L4 lesion", 24.0)]
