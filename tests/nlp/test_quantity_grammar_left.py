"""The quantity grammar's roles of a number, on wordings the earlier sessions left:

- a dose over its count with the fraction noun left out reads the count where the count ends its sentence ("30 Gy
  in 5."), stands before a parenthesis ("45 Gy in 25 (1.8 Gy per fraction)") or follows "total" ("45 Gy total in
  25"); a decimal ("30 Gy in 2.5 weeks") and a list's number on the next line ("24 Gy in\\n2. Follow-up") are no count;
- a dose per day ("2 Gy/day x 30 days", "1.8 Gy / day x 25 days") is a fraction's dose given once a day;
- an organ named in a reason that opens its sentence gives no role to the main clause's prescription: "owing to the
  prior cord dose we prescribed 30 Gy" (a clause's subject and verb between the organ and the dose start the clause
  whose object the dose is), "owing to the prior cord dose, 30 Gy in 5 fractions was prescribed" (the dose with its
  own verb of giving after it is that clause's subject; the reason's "prior" is the reason's only); an organ's
  own maximum described by a relative clause ("the cord maximum we accepted was 14 Gy") keeps its role;
- a target no words name as a lesion is named by the place the treatment is given to ("SBRT to L3 was completed.
  30 Gy in 5 fractions."), not "Target"; an organ at risk after "to" names none.
Each is read through the whole reader (srscheck.nlp.read_text).
"""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


def _read(text: str) -> tuple[list[tuple[str, float | None, int | None]], int | None]:
    facts = read_text(text).facts
    return [(x.name, x.dose_gy, x.fractions) for x in facts.lesions], getattr(facts.fractions, "value", None)


@pytest.mark.parametrize(("text", "dose", "n"), [
    ("SBRT to the T9 vertebral body: 30 Gy in 5.\nTreated on the linac with daily CBCT.\n", 30.0, 5),
    ("Radiotherapy: 30 Gy in 5.\n", 30.0, 5),
    ("Radiotherapy: 45 Gy in 25 (1.8 Gy per fraction) to the pelvis.\n", 45.0, 25),
    ("Radiotherapy: 45 Gy total in 25, given 5 times per week.\n", 45.0, 25),
    ("Radiotherapy: 50.4 Gy in 28 (total dose).\n", 50.4, 28),
])
def test_a_count_with_its_noun_left_out_at_a_sentence_end(text: str, dose: float, n: int) -> None:
    lesions, fx = _read(text)
    assert [d for _, d, _ in lesions] == [dose]
    assert fx == n


@pytest.mark.parametrize("text", [
    "Radiotherapy: the T8 lesion, 30 Gy in 2.5 weeks.\n",
    "The lesions were treated to 24 Gy in\n2. Follow-up MRI in three months.\n",
])
def test_a_number_after_in_that_is_no_count(text: str) -> None:
    _, fx = _read(text)
    assert fx is None


@pytest.mark.parametrize(("text", "dose", "n"), [
    ("Radiotherapy: 2 Gy/day x 30 days to the pelvis.\n", 60.0, 30),
    ("Radiotherapy: 45 Gy (1.8 Gy / day x 25 days).\n", 45.0, 25),
])
def test_a_dose_per_day_times_its_days(text: str, dose: float, n: int) -> None:
    lesions, fx = _read(text)
    assert dose in [d for _, d, _ in lesions]
    assert fx == n


@pytest.mark.parametrize("text", [
    "Owing to the prior cord dose we prescribed 30 Gy in 5 fractions to the T9 vertebral body.\nDaily CBCT.\n",
    "Given the spinal cord tolerance we prescribed 30 Gy in 5 fractions to the T9 vertebral body.\nDaily CBCT.\n",
    "Owing to the prior cord dose 30 Gy in 5 fractions was prescribed to the T9 vertebral body.\nDaily CBCT.\n",
    "Owing to the prior cord dose, 30 Gy in 5 fractions was prescribed to the T9 vertebral body.\nDaily CBCT.\n",
])
def test_an_organ_in_a_reason_gives_the_prescription_no_role(text: str) -> None:
    lesions, fx = _read(text)
    assert lesions == [("T9 vertebral body", 30.0, 5)]
    assert fx == 5


def test_an_organs_maximum_described_by_a_relative_clause_keeps_its_role() -> None:
    from srscheck.nlp import get_reader
    from srscheck.nlp.quantities import cue_role
    vocab = get_reader().vocab
    text = "The cord maximum we accepted was 14 Gy"
    assert cue_role(text, text.index("14"), vocab) == "maximum"


def _roles(text: str) -> list[tuple[float | None, str]]:
    from srscheck.nlp import get_reader
    from srscheck.nlp.context import build_context
    from srscheck.nlp.lines import soften
    from srscheck.nlp.pieces import parse
    from srscheck.nlp.quantities import dose_statements
    from srscheck.nlp.reader import document_from_text
    reader = get_reader()
    wrapped = soften(text, reader.vocab)
    ctx = build_context(document_from_text(text), parse(reader.nlp, wrapped), reader.vocab)
    return [(d.total_gy, d.role) for d in dose_statements(wrapped, ctx, reader.vocab)]


def test_a_prior_course_dose_with_its_verb_stays_prior() -> None:
    """Only a reason's own "prior" ends before the main clause's dose; a prior course's dose stays that course's."""
    assert _roles("Prior SBRT 30 Gy in 5 fractions was delivered to T9 in 2019.\n") == [(30.0, "prior")]
    assert _roles("Owing to the prior cord dose 30 Gy in 5 fractions was prescribed to T9.\n") == \
        [(30.0, "prescription")]


@pytest.mark.parametrize(("text", "name"), [
    ("Spine SBRT completion note\nSBRT to L3 was completed. 30 Gy in 5 fractions delivered.\n", "L3"),
    ("SBRT to L3 completed.\nDose 30 Gy in 5 fractions.\nDaily CBCT.\n", "L3"),
    ("Treatment summary\nStereotactic radiotherapy was delivered to the right adrenal gland.\n"
     "40 Gy in 5 fractions, daily CBCT.\n", "right adrenal"),
])
def test_a_target_named_by_the_place_it_was_treated_to(text: str, name: str) -> None:
    lesions, _ = _read(text)
    assert len(lesions) == 1
    assert lesions[0][0] == name


def test_an_organ_at_risk_after_to_names_no_target() -> None:
    lesions, _ = _read("Dose limits: 12 Gy to the spinal cord.\nSBRT 30 Gy in 5 fractions, daily CBCT.\n")
    assert [n for n, _, _ in lesions] == ["Target"]
