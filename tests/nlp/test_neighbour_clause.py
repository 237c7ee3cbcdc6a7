"""Two lesions in one sentence or one list: each keeps its own clause. A size the sentence gives the first
lesion is not the second's when a joiner ("and", "while", a comma) stands between them, and a named dose's
evidence quotes the lesion's own clause, not the clause before it."""

from __future__ import annotations

from srscheck.nlp import read_text

_TREATED = "\nBoth lesions received 20 Gy in a single fraction on the linac with a mask and cone-beam CT.\n"


def _sizes(sentence: str) -> dict[str, float | None]:
    return {les.name: les.size_cm for les in read_text("SRS NOTE\n" + sentence + _TREATED).facts.lesions}


def test_a_size_in_parentheses_stays_with_its_lesion() -> None:
    sizes = _sizes("The left temporal metastasis (1.8 cm) is larger and there is a new right occipital metastasis.")
    assert sizes == {"left temporal metastasis": 1.8, "right occipital metastasis": None}


def test_a_size_before_while_stays_with_its_lesion() -> None:
    sizes = _sizes("The left temporal metastasis has grown to 1.8 cm while a right occipital metastasis is new.")
    assert sizes == {"left temporal metastasis": 1.8, "right occipital metastasis": None}


def test_each_lesion_keeps_its_size_before_its_name() -> None:
    sizes = _sizes("MRI shows a 1.8 cm left temporal metastasis and a 0.6 cm right occipital metastasis.")
    assert sizes == {"left temporal metastasis": 1.8, "right occipital metastasis": 0.6}


def test_named_dose_evidence_quotes_the_lesions_own_clause() -> None:
    chart = ("Radiosurgery letter\nShe was treated today in one session on the linac, mask and cone-beam CT.\n"
             "Marginal doses: the right parietal lesion 21 Gy; left occipital 18 Gy; right cerebellar 15 Gy.\n")
    lesions = read_text(chart).facts.lesions
    quotes = {les.name: {e.text for e in les.evidence} for les in lesions}
    assert quotes["left occipital"] == {"left occipital 18 Gy;"}
    assert quotes["right cerebellar"] == {"right cerebellar 15 Gy."}
    assert [les.dose_gy for les in lesions] == [21.0, 18.0, 15.0]
