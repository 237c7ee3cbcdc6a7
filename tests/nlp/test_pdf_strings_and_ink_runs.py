"""Where two strings a PDF page draws meet with no space (reader._strings_meet) is one test for a string drawn over
the other's end (_collides) and one that starts where the other ends (_touches); the runs of ink of a scanned page
(checkboxes._runs) serve its check boxes (between a shortest and a longest) and its ruling lines (a shortest only)."""

from __future__ import annotations

import numpy


def test_two_strings_meet_where_each_has_two_characters_or_more() -> None:
    from srscheck.nlp.reader import _strings_meet
    assert _strings_meet([1, 1, 2, 2], 2)
    assert not _strings_meet([1, 2, 2, 2], 2)  # a one-character string before
    assert not _strings_meet([1, 1, 2, 3], 2)  # ... or after
    assert not _strings_meet([1, 1, None, None], 2) and not _strings_meet([1, 1, 1, 1], 2)
    assert not _strings_meet([1, 1, 2], 2)  # no character after


def test_runs_of_ink_with_and_without_a_longest() -> None:
    from srscheck.nlp.checkboxes import _runs
    dark = numpy.zeros((2, 12), dtype=bool)
    dark[0, 1:4] = True  # 3 long
    dark[1, 2:11] = True  # 9 long
    assert _runs(dark, 3, 5) == [(0, 1, 4)]
    assert _runs(dark, 3) == [(0, 1, 4), (1, 2, 11)]
    assert _runs(dark, 4) == [(1, 2, 11)]
