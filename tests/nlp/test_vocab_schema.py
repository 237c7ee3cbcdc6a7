"""The lesion vocabulary (resources/vocab/anatomy.yaml) is checked against its JSON schema when loaded."""

from __future__ import annotations

import copy
from importlib import resources

import pytest
from ruamel.yaml import YAML
from srscheck.nlp.vocab import VocabularyError, check_lesion_vocabulary


@pytest.fixture(scope="module")
def bundled() -> dict:
    text = resources.files("srscheck.resources").joinpath("vocab", "anatomy.yaml").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


def test_bundled_vocabulary_is_valid(bundled: dict) -> None:
    check_lesion_vocabulary(bundled)


@pytest.mark.parametrize("edit,where", [
    (lambda d: d.pop("spine_context"), "(top level)"),
    (lambda d: d["structure_abbreviations"].update({"cbllm": 3}), "structure_abbreviations/cbllm"),
    (lambda d: d["complex"]["histology"].append({"reason": "x"}), "complex/histology"),
    (lambda d: d.update({"lesion_nouns": []}), "lesion_nouns"),
    (lambda d: d.update({"unknown_list": ["a"]}), "(top level)"),
    (lambda d: d["connectives"].pop("clause_joiners"), "connectives"),  # a reader's list is missing
    (lambda d: d["connectives"]["articles"].append("a|b"), "connectives/articles/3"),  # a word, not a pattern
    (lambda d: d["connectives"].update({"clause_joinerz": ["and"]}), "connectives"),  # a misspelt list
    (lambda d: d["connectives"].pop("label_clause_starts"), "connectives"),  # the backward twin of label_clause_ends
    (lambda d: d["connectives"]["label_clause_starts"].append("and\\s"), "connectives/label_clause_starts/4"),
    (lambda d: d.pop("volume_kinds"), "(top level)"),  # the structure names' volume kinds
    (lambda d: d["volume_kinds"]["inner"].append("[GC]TV"), "volume_kinds/inner/4"),  # a kind's name, no pattern
])
def test_broken_vocabulary_names_file_and_place(bundled: dict, edit, where: str) -> None:
    data = copy.deepcopy(bundled)
    edit(data)
    with pytest.raises(VocabularyError) as exc:
        check_lesion_vocabulary(data)
    assert str(exc.value).startswith(f"anatomy.yaml: {where}")


def test_vertebral_level_must_compile(bundled: dict) -> None:
    data = copy.deepcopy(bundled)
    data["vertebral_level"] = "(L[1-5"
    with pytest.raises(VocabularyError, match="vertebral_level"):
        check_lesion_vocabulary(data)
