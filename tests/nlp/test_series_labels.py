"""A lesion named by its number in the series ("the first lesion", "lesion number two", "target 3") and given its place
in the same clause (a copula, an apposition, "in the ...") is named by that place and keeps its number as an
identity (patterns.yaml series_label, label_place_link; lesions.sources.labelled_place)."""

from __future__ import annotations

from pathlib import Path

import pytest

TYPED = ("STEREOTACTIC RADIOSURGERY NOTE\n"
         "Single fraction radiosurgery on the Edge to two lesions with an open-face mask.\n"
         "The first lesion is a right occipital metastasis measuring 1.3 cm. Lesion number two was in the left "
         "cerebellum, 2.1 cm. Lesion one received 20 Gy and lesion two received 16 Gy.\n"
         "MRI was fused with the planning CT.\n")

DICTATED = ("this is doctor marsh dictating a radiosurgery note period new paragraph procedure colon single fraction "
            "radiosurgery on the edge to two lesions with an open face mask period the first lesion is a right "
            "occipital metastasis comma one point three centimeters period it received twenty gray period lesion "
            "number two was in the left cerebellum comma and received sixteen gray period mri was fused with the "
            "planning ct period new paragraph plan colon mri in six weeks period\n")


def _quotes_are_the_charts(reading, text: str) -> bool:
    flat = " ".join(text.split())
    return all(" ".join(e.text.split()) in flat for les in reading.facts.lesions for e in les.evidence)


@pytest.mark.parametrize("text", [TYPED, DICTATED], ids=["typed", "dictated"])
def test_a_lesion_named_by_its_number_takes_the_place_its_clause_gives(text: str) -> None:
    # before: "first lesion"/"Lesion 2" (or "Lesion" twice), the second lesion quoting the first one's sentence
    from srscheck.nlp import read_text

    reading = read_text(text)
    assert [(les.name, les.site, les.dose_gy) for les in reading.facts.lesions] == [
        ("right occipital metastasis (lesion 1)", "cranial", 20.0), ("left cerebellum (lesion 2)", "cranial", 16.0)]
    second = [e.text for e in reading.facts.lesions[1].evidence if e.rule.startswith("lesion:")
              and e.rule != "lesion:dose"]
    assert second and all("left cerebellum" in q for q in second)
    assert _quotes_are_the_charts(reading, text)


def test_an_apposition_with_a_size_names_the_place_not_the_unit() -> None:
    from srscheck.nlp import read_text

    reading = read_text("RADIOSURGERY NOTE\nSRS on the TrueBeam to two targets, thermoplastic mask.\n"
                        "Target 1, a 1.4 cm left frontal met, received 20 Gy. Target 2, a 0.9 cm right parietal met, "
                        "received 18 Gy.\n")
    assert [(les.name, les.dose_gy) for les in reading.facts.lesions] == [
        ("left frontal met (target 1)", 20.0), ("right parietal met (target 2)", 18.0)]


def test_a_label_with_no_place_in_its_clause_is_left_as_it_was() -> None:
    from srscheck.nlp.lesions.sources import labelled_place
    from srscheck.nlp.vocab import load_vocabulary

    vocab = load_vocabulary()
    for text in ("Lesion 1 received 20 Gy.", "The first lesion was treated in the morning.",
                 "The second fraction was given in the left lateral position."):
        m = vocab.patterns["series_label"].search(text)
        assert m is not None and labelled_place(text, m, vocab) is None


PLAN_BY_PLACE = """TREATMENT PLAN SUMMARY
Machine: Edge

| Target        | Dose (Gy) | Fractions | Size (cm) |
|---------------|-----------|-----------|-----------|
| R occipital   | 20        | 1         | 1.3       |
| L cerebellum  | 16        | 1         | 2.1       |

Plan approved by the physicist.
"""

PLAN_BY_NUMBER = PLAN_BY_PLACE.replace("R occipital  ", "Lesion 1     ").replace("L cerebellum", "Lesion 2    ")


@pytest.mark.parametrize("plan", [PLAN_BY_PLACE, PLAN_BY_NUMBER], ids=["places", "numbers"])
def test_a_dictated_note_and_a_plan_table_name_one_lesion_each(tmp_path: Path, plan: str) -> None:
    # the note names its lesions by number and place, the plan's table by place only or by number only: two lesions,
    # each with its place (before: the numbered rows had no place, "Lesion 1" and "Lesion 2")
    from srscheck.nlp import read_course

    (tmp_path / "note.txt").write_text(DICTATED)
    (tmp_path / "plan.txt").write_text(plan)
    reading = read_course([tmp_path / "note.txt", tmp_path / "plan.txt"])
    lesions = reading.facts.lesions
    assert [(les.dose_gy, les.size_cm, les.site) for les in lesions] == [(20.0, 1.3, "cranial"), (16.0, 2.1, "cranial")]
    assert "occipital" in lesions[0].name.lower() and "cerebell" in lesions[1].name.lower()
