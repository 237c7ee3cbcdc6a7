"""A form row answered by one box whose label is the answer ("Stereotactic frame applied<tab>☐ no"): the step
the row names was not done when the box is left empty or ticks "no", so its words are no evidence that it was
done; and a procedure postponed on its day is still to come, no delivered course."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.forms import form_entries
from srscheck.nlp.vocab import load_vocabulary

DAY_SHEET = """DAY-CASE ADMISSION CHECKLIST - RADIOSURGERY

Planned procedure: head frame placement, stereotactic MRI and CT, Gamma Knife radiosurgery of a right
parietal metastasis.

Step\tDone
Head frame applied\t\u2610 no
Stereotactic MRI\t\u2610 no
Radiosurgery delivered\t\u2610 no

{decision}
"""


def test_a_row_with_one_empty_answer_box_is_not_done() -> None:
    vocab = load_vocabulary()
    text = DAY_SHEET.format(decision="")
    entries = form_entries(text, vocab.patterns["checkbox"], None, vocab.patterns["form_answer_no"])
    fields = {text[e.start:e.end] for e in entries if e.kind == "field"}
    assert fields == {"Head frame applied", "Stereotactic MRI", "Radiosurgery delivered"}
    ticked_no = text.replace("\u2610 no", "\u2612 no")
    assert {e.field for e in form_entries(ticked_no, vocab.patterns["checkbox"], None,
                                          vocab.patterns["form_answer_no"]) if e.kind == "field"} == fields
    ticked_yes = text.replace("\u2610 no", "\u2612 yes")
    assert not [e for e in form_entries(ticked_yes, vocab.patterns["checkbox"], None,
                                        vocab.patterns["form_answer_no"]) if e.kind == "field"]


def test_a_procedure_postponed_on_its_day_is_no_delivered_course() -> None:
    reading = read_text(DAY_SHEET.format(decision="Decision: procedure postponed (fever). Frame not applied."))
    facts = reading.facts
    assert facts.course_status.value == "planned"
    assert not [f for f in reading.review if f.fact == "positioning"]
