"""A summary's own header box that gives the course another fraction count ("Fractions <tab> 5") than its narrative
and its fraction log (eight) contradicts them: a review flag, the log's count kept, also for two lesions treated in
the same sessions."""

from __future__ import annotations

from srscheck.nlp import read_text

SUMMARY = """End of Treatment Summary
Course\tSBRT lung
Fractions\t{box}
Two right lung nodules treated with 56 Gy in 8 fractions of 7 Gy after 4DCT simulation in a vacuum bag; two VMAT arcs
each, CBCT before each fraction.
Fx\tDate\tRUL (Gy)\tRLL (Gy)
1\t03/01/2028\t7\t7
2\t03/03/2028\t7\t7
3\t03/06/2028\t7\t7
4\t03/08/2028\t7\t7
5\t03/10/2028\t7\t7
6\t03/13/2028\t7\t7
7\t03/15/2028\t7\t7
8\t03/17/2028\t7\t7
Total\t\t56\t56
Both nodules received 56 Gy in 8 fractions.
"""


def test_a_header_box_count_against_the_log_is_flagged() -> None:
    reading = read_text(SUMMARY.format(box="5"))
    assert reading.facts.fractions.value == 8
    assert [f for f in reading.review if f.fact == "fractions"]


def test_a_header_box_that_agrees_is_no_flag() -> None:
    reading = read_text(SUMMARY.format(box="8"))
    assert not [f for f in reading.review if f.fact == "fractions"]


ACROSS = """Completion summary
Right upper lobe tumour, central: 60 Gy in 8 fractions of 7.5 Gy after 4DCT in a vacuum bag, VMAT, daily CBCT.
Fx\t1\t2\t3\t4\t5\t6\t7\t8
Date\t05/03\t05/04\t05/05\t05/06\t05/07\t05/10\t05/11\t05/12
Gy\t7.5\t7.5\t7.5\t7.5\t7.5\t7.5\t7.5\t7.5
Completed 60 Gy in 8 fractions.
"""


def test_a_log_written_across_is_no_header_box() -> None:
    reading = read_text(ACROSS)
    assert reading.facts.fractions.value == 8
    assert not [f for f in reading.review if f.fact == "fractions"]


def test_a_count_fields_title_is_vocabulary(monkeypatch) -> None:
    # review reads a count field's title ("Fractions", "No. of", "#") with patterns.yaml count_field: a vocabulary
    # without it takes the header box "Fractions <tab> 5" for no count of the course's own, and flags nothing
    import re
    from dataclasses import replace

    from srscheck.nlp import get_reader
    reader = get_reader()
    vocab = reader.vocab
    assert vocab.patterns["count_field"].search("No. of fractions") and vocab.patterns["count_field"].search("# fx")
    never = re.compile(r"(?!)")
    monkeypatch.setattr(reader, "vocab", replace(vocab, patterns={**vocab.patterns, "count_field": never}))
    reading = read_text(SUMMARY.format(box="5"))
    assert reading.facts.fractions.value == 8
    assert not [f for f in reading.review if f.fact == "fractions"]
