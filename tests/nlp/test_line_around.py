"""One helper gives the line around an offset (``nlp.lines.line_around``): its start just after the last line
break before the offset, its end at the next line break or the end of the text. Its callers read the same line
on the first line, a middle line and the last line (no line break after it)."""

from __future__ import annotations

from srscheck.nlp.context import is_birth_date
from srscheck.nlp.lines import line_around
from srscheck.nlp.quantities import after_role, own_sentence_start
from srscheck.nlp.vocab import load_vocabulary

TEXT = "Patient seen today.\nDOB 03/04/1957, reviewed. Rx 24 Gy in 3 fractions.\nLast line 30 Gy"


def test_line_around_an_offset() -> None:
    second = TEXT.index("DOB")
    assert line_around(TEXT, 3) == (0, TEXT.index("\n"))
    assert line_around(TEXT, second + 5) == (second, TEXT.index("\n", second))
    assert line_around(TEXT, TEXT.index("30 Gy")) == (TEXT.index("Last"), len(TEXT))
    # an offset on a line break belongs to the line it ends
    assert line_around(TEXT, TEXT.index("\n")) == (0, TEXT.index("\n"))
    # from the line of ``start`` to the end of the line of ``end``
    assert line_around(TEXT, 3, TEXT.index("Last")) == (0, len(TEXT))
    assert line_around("", 0) == (0, 0)


def test_callers_read_the_line() -> None:
    dob = TEXT.index("03/04")
    vocab = load_vocabulary()
    assert is_birth_date(TEXT, dob, vocab)
    assert not is_birth_date(TEXT, TEXT.index("24 Gy"), vocab)
    rx = TEXT.index("24 Gy")
    assert own_sentence_start(TEXT, rx) == TEXT.index(" Rx")  # just after the full stop
    assert own_sentence_start(TEXT, TEXT.index("30 Gy")) == TEXT.index("Last")
    last = "Boost 12 Gy\nOld course 65 Gy (for reference; not the prescription)"
    assert after_role(last, last.index(" (for"), vocab) is not None
    assert after_role("65 Gy\n(for reference; not the prescription)", 5, vocab) is None
