"""Claimed codes as billing systems write them: units, modifiers and separators."""

from __future__ import annotations

import pytest

from srscheck.core.claims import ClaimedCode, parse_claimed
from srscheck.core.messages import UsageError


@pytest.mark.parametrize("text, expected", [
    ("77373x5", [("77373", 5, ())]),
    ("77373 x 5", [("77373", 5, ())]),
    ("77373 X5, 77435", [("77373", 5, ()), ("77435", None, ())]),
    ("61797 x2; 61796-59", [("61797", 2, ()), ("61796", None, ("59",))]),
    ("77432-26 77372-TC", [("77432", None, ("26",)), ("77372", None, ("TC",))]),
    ("61796-59-XS", [("61796", None, ("59", "XS"))]),
    ("77373-XSx5", [("77373", 5, ("XS",))]),
    ("77373x3\n77373x2", [("77373", 5, ())]),
    ("g0339, G0340*4", [("G0339", None, ()), ("G0340", 4, ())]),
    ("  ", []),
])
def test_parse_claimed(text, expected):
    got = [(c.code, c.units, c.modifiers) for c in parse_claimed(text)]
    assert got == expected


def test_what_was_typed_is_kept():
    (c,) = parse_claimed("77373 x 5")
    assert str(c) == "77373 x 5" and c.format() == "77373x5"
    (split,) = parse_claimed("77432-26, 77432-TC")
    assert split.units is None and split.modifiers == ("26", "TC")  # two components, one unit


def test_claimed_codes_pass_through():
    c = ClaimedCode("77373", 5)
    assert parse_claimed([c, "77435"]) == (c, ClaimedCode("77435", None, (), "77435"))


@pytest.mark.parametrize("text, code, part", [
    ("77373 5", "E021", "'5'"),
    ("7737", "E021", "'7737'"),
    ("77372,abc", "E021", "'abc'"),
    ("77373x0", "E084", "77373x0"),
    ("77373x100", "E084", "77373x100"),
])
def test_bad_claims_are_one_sentence(text, code, part):
    with pytest.raises(UsageError) as e:
        parse_claimed(text)
    assert e.value.code == code and part in str(e.value)
    assert str(e.value).count(".") >= 1 and "\n" not in str(e.value)
