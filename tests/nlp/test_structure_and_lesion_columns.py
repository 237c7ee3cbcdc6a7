"""A plan table with both a structure column ("PTV", "Target": structure identifiers) and a lesion column that writes
each lesion's place names each lesion by its place; the structure becomes its alias (Draft.aliases): a record
naming the lesion by the structure is the same lesion, and a clause about the structure describes it."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

HEAD = "Radiosurgery plan summary\nTreated 03/02/2026 on the Gamma Knife, Leksell frame, MRI for planning.\n\n"
PLAN = ("{a:<16}{b:<22}Dose (Gy)   Fractions\n"
        "{s1:<16}Left frontal{m:<10}20          1\n"
        "{s2:<16}Right parietal{m:<8}18          1\n")


@pytest.mark.parametrize("a,b,s1,s2,m", [
    ("PTV", "Lesion", "PTV1", "PTV2", ""),
    ("Target", "Lesion", "PTV_LFront", "PTV_RPar", " met"),
    ("Structure", "Metastasis", "GTV1", "GTV2", ""),
])
def test_the_lesion_column_names_the_lesion(a: str, b: str, s1: str, s2: str, m: str) -> None:
    facts = read_text(HEAD + PLAN.format(a=a, b=b, s1=s1, s2=s2, m=m)).facts
    assert [(x.name, x.dose_gy) for x in facts.lesions] == [(f"Left frontal{m}", 20.0), (f"Right parietal{m}", 18.0)]


def test_a_record_and_a_clause_by_the_structure_find_the_lesion() -> None:
    text = HEAD + PLAN.format(a="PTV", b="Lesion", s1="PTV1", s2="PTV2", m="") + (
        "\nPTV1 lies 2 mm from the left optic nerve.\n\nTreatment record\n\n"
        "Structure      Delivered (Gy)   Date\n"
        "PTV2           18               03/02/2026\n"
        "PTV1           20               03/02/2026\n")
    facts = read_text(text).facts
    assert [(x.name, x.dose_gy, x.complexity) for x in facts.lesions] == [
        ("Left frontal", 20.0, "complex"), ("Right parietal", 18.0, "simple")]
    assert facts.lesion_count.value == 2


def test_a_lesion_column_of_one_word_for_every_row_leaves_the_structure_name() -> None:
    text = HEAD + PLAN.format(a="PTV", b="Lesion", s1="PTV1", s2="PTV2", m="").replace(
        "Left frontal  ", "Metastasis    ").replace("Right parietal", "Metastasis    ")
    facts = read_text(text).facts
    assert [x.name for x in facts.lesions] == ["PTV1", "PTV2"]
