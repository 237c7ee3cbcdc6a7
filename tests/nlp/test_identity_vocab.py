"""identity.yaml is checked against its JSON schema when compiled, as the other vocabulary files are (a malformed
file gives one sentence naming the file and the place), and its DOSEUNIT is the dose units the vocabulary compiled
once from quantity_roles.yaml (the patterns' {UNIT} and the readers' ``unit_forms``): one source, read once."""

from __future__ import annotations

import copy
from importlib import resources

import pytest
from ruamel.yaml import YAML
from srscheck.nlp import identity
from srscheck.nlp.vocab import VocabularyError, check_identity, load_vocabulary


@pytest.fixture(scope="module")
def bundled() -> dict:
    text = resources.files("srscheck.resources").joinpath("vocab", "identity.yaml").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


def test_bundled_identity_vocabulary_is_valid(bundled: dict) -> None:
    check_identity(bundled)


@pytest.mark.parametrize("edit,where", [
    (lambda d: d.pop("mrn_patterns"), "(top level)"),
    (lambda d: d.update({"patient_name_patern": []}), "(top level)"),  # a misspelt key
    (lambda d: d.update({"schema_version": 2}), "schema_version"),
    (lambda d: d["not_name_words"].append("a word"), "not_name_words/"),  # a word, not a phrase
    (lambda d: d["attending_patterns"].append("(?i:attending)[ \t]*PERSON"), "attending_patterns/3"),  # no name
    (lambda d: d["mrn_patterns"].append("(?P<name>[A-Z0-9]+)"), "mrn_patterns/3"),  # the record number is "id"
    (lambda d: d.update({"icd10": 7}), "icd10"),
    (lambda d: d["physicist_patterns"].append("(?P<name>PERSON"), "physicist_patterns/8: not a valid regular"),
    (lambda d: d.update({"service_date_line": "(?i)\\b(?:treat"}), "service_date_line: not a valid regular"),
])
def test_broken_identity_vocabulary_names_file_and_place(bundled: dict, edit, where: str) -> None:
    data = copy.deepcopy(bundled)
    edit(data)
    with pytest.raises(VocabularyError) as exc:
        check_identity(data)
    message = str(exc.value)
    assert message.startswith(f"identity.yaml: {where}"), message
    assert "\n" not in message


def test_a_broken_identity_file_stops_the_build(bundled: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy.deepcopy(bundled)
    del data["icd10_line"]
    monkeypatch.setattr(identity, "_load_yaml", lambda name: data)
    with pytest.raises(VocabularyError, match=r"^identity\.yaml: \(top level\): 'icd10_line' is a required property"):
        identity.build_identity_vocab()


def test_doseunit_is_the_compiled_vocabularys_units(monkeypatch: pytest.MonkeyPatch) -> None:
    """The identity patterns read identity.yaml only; their DOSEUNIT is the vocabulary's own unit alternation, the
    very string the patterns' {UNIT} and the readers' regular expressions use."""
    read: list[str] = []
    real = identity._load_yaml
    monkeypatch.setattr(identity, "_load_yaml", lambda name: read.append(name) or real(name))
    iv = identity.build_identity_vocab()
    assert read == ["identity.yaml"]
    forms = load_vocabulary().roles.unit_forms
    assert forms in iv.service_line.pattern
    assert f"(?P<unit>(?:{forms}))" in load_vocabulary().patterns["dose_in_n"].pattern  # the patterns' {UNIT}
    for line in ("Delivered 2000 rad", "2000 centigray on 03/04/2026", "20 Gy(RBE) 03/04/2026", "18 GyE"):
        assert iv.service_line.search(line), line
