"""A lesion's label shape is written once, as patterns.yaml's LABELID macro: the vocabulary gives it to the code as
``Vocabulary.label_shape`` (lesions.classification and lesions.resolution read it there), and the patterns that read
labels expand the macro, so a change of LABELID changes the patterns and the code alike."""

from __future__ import annotations

from dataclasses import replace

from srscheck.nlp import vocab as V
from srscheck.nlp.lesions import classification, resolution
from srscheck.nlp.vocab import build_vocabulary, load_vocabulary


def test_the_code_reads_the_vocabularys_label_shape() -> None:
    vocab = load_vocabulary()
    assert vocab.label_shape == V._load_yaml("patterns.yaml")["macros"]["LABELID"]
    assert not hasattr(classification, "LABEL_SHAPE")


def test_a_wider_shape_reaches_the_row_labels_and_the_label_comparison() -> None:
    vocab = load_vocabulary()
    wider = replace(vocab, label_shape=r"\d{1,2}|[A-K]")
    assert resolution._row_label("J R cerebellar 16 Gy", vocab) is None
    assert resolution._row_label("J R cerebellar 16 Gy", wider) == "J"
    assert not resolution._labels_differ("lesion J frontal", "lesion K frontal", vocab)
    assert resolution._labels_differ("lesion J frontal", "lesion K frontal", wider)


def test_one_change_of_the_macro_changes_patterns_and_code(monkeypatch) -> None:
    real = V._load_yaml

    def wider(name: str):
        data = real(name)
        if name == "patterns.yaml":
            data["macros"]["LABELID"] = r"\d{1,2}|[A-K]"
        return data

    monkeypatch.setattr(V, "_load_yaml", wider)
    vocab = build_vocabulary()
    assert vocab.label_shape == r"\d{1,2}|[A-K]"
    assert vocab.patterns["lesion_label_reference"].search("as for Lesion J, no change").group(0) == "Lesion J"
    assert vocab.patterns["label_alias"].search("Lesion J = PTV_Jfront").group("name") == "PTV_Jfront"
    assert resolution._row_label("J R cerebellar 16 Gy", vocab) == "J"
    assert load_vocabulary().patterns["label_alias"].search("Lesion J = PTV_Jfront") is None
