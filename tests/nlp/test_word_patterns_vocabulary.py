"""English words and marks the readers matched with regex literals in code are vocabulary (resources/vocab/
patterns.yaml, compiled with the other patterns): list_lead_words and target_list_separator (lesions.sources: a
dose shared out over a list of targets), respectively (lesions.sources.respective_lesions), planned_first_title
(lesions.sources.delivered_count), role_clause_break (quantities.claim_role), numbered_stage (review),
technique_suffix and clause_joiner (lesions.resolution). Each caller reads the vocabulary's pattern."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from srscheck.nlp.lesions import resolution, sources
from srscheck.nlp.vocab import load_vocabulary

NEVER = re.compile(r"(?!)")
MOVED = ("list_lead_words", "target_list_separator", "respectively", "planned_first_title", "role_clause_break",
         "numbered_stage", "technique_suffix", "clause_joiner")


def _without(name: str):
    vocab = load_vocabulary()
    return replace(vocab, patterns={**vocab.patterns, name: NEVER})


@pytest.mark.parametrize("name", MOVED)
def test_the_words_are_patterns(name: str) -> None:
    assert name in load_vocabulary().patterns


def test_examples() -> None:
    pats = load_vocabulary().patterns
    assert pats["list_lead_words"].match("SBRT to the T8").group(0) == "SBRT to the "
    assert [m.group(0) for m in pats["target_list_separator"].finditer("T8, L1 and L3")] == [", ", " and "]
    assert pats["respectively"].search("20, 18 and 16 Gy Respectively")
    assert pats["numbered_stage"].search("Stage 2: ") and pats["numbered_stage"].search("Fx #3 ")
    assert not pats["numbered_stage"].search("Prescription: ")
    assert [m.group(0) for m in pats["role_clause_break"].finditer("8 Gy (of a planned 40 Gy); ok")] == ["(", ")", ";"]
    assert pats["clause_joiner"].search("grown whereas the")


def test_the_fractions_column_title_is_read_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    assert sources.delivered_count("3/5", "Fx planned/delivered", vocab) == 5
    assert sources.delivered_count("3/5", "Fx delivered/planned", vocab) == 3
    assert sources.delivered_count("3/5", "Fx planned/delivered", _without("planned_first_title")) == 3


def test_a_structure_names_technique_is_read_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    assert resolution.structure_core("LIV6_SBRT", vocab) == "liv6"
    assert resolution.structure_core("LIV6_SBRT", _without("technique_suffix")) == "liv6_sbrt"


def test_no_literal_is_left_in_the_code() -> None:
    for module, name in ((sources, "_LEAD_WORDS"), (sources, "_LIST_SEP"), (sources, "_RESPECTIVELY"),
                         (sources, "_PLANNED_FIRST"), (resolution, "_TECHNIQUE_SUFFIX"), (resolution, "_JOINER")):
        assert not hasattr(module, name), name


# volume_label (lesions.resolution.volume_label): the numbered structure a lesion's name starts with, its nouns
# ("target", "lesion", "les", "met") beside the volume kinds, as vocabulary


def _draft(name: str, row: str, at: int, gy: float) -> sources.Draft:
    return sources.Draft(name, at, at + len(name), row, at, dose_gy=gy, fractions=1)


def _plan() -> list[sources.Draft]:
    return [_draft("PTV1 R parietal", "PTV1 R parietal\t20 Gy", 0, 20.0),
            _draft("Lesion 2 L frontal", "Lesion 2 L frontal\t18 Gy", 30, 18.0)]


def test_a_structures_number_is_read_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    assert resolution.volume_label("PTV1 R parietal", vocab) == "1"
    assert resolution.volume_label("Lesion 2 L frontal", vocab) == resolution.volume_label("met_2", vocab) == "2"
    assert resolution.volume_label("target B", vocab) == resolution.volume_label("les-b", vocab) == "b"
    assert resolution.volume_label("Target #2", vocab) == resolution.volume_label("PTV1.5", vocab) == ""
    assert resolution.volume_label("PTV1 R parietal", _without("volume_label")) == ""


def test_a_record_row_named_by_its_structure_number_is_the_plans_lesion() -> None:
    # the record's "PTV1" / "lesion 2" rows are the plan's "PTV1 R parietal" / "Lesion 2 L frontal" (merge_tables)
    vocab = load_vocabulary()
    record = [_draft("PTV1", "PTV1\t20 Gy\t1", 100, 20.0), _draft("lesion 2", "lesion 2\t18 Gy\t1", 120, 18.0)]
    assert [d.name for d in resolution.merge_tables(_plan(), record, vocab)] == ["PTV1 R parietal",
                                                                                  "Lesion 2 L frontal"]
    assert "PTV1" in [d.name for d in resolution.merge_tables(_plan(), record, _without("volume_label"))]
