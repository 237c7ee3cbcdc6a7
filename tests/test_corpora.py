"""The chart-generator library (``tests/corpusgen/``) regenerates every committed corpus byte for byte.

Each corpus (``resources/samples/``, ``tests/blind_corpus*/``) is written into a temporary folder from its
data module in ``tests/corpusgen/corpora/`` and compared with the committed files: same file names (the
hand-written first-run reports aside), same bytes. Then the library's own rules: labels that contradict
themselves are refused, consistency and the delivery code follow the corpus README definitions.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest
from corpusgen import DERIVED, Chart, Corpus, Document, Gold, consistency, delivery_code, gold_json, write_corpus
from corpusgen.cli import ROOT, compare, main
from corpusgen.corpora import NAMES, load
from corpusgen.write import SpecError
from pdfmaker import Heading


@pytest.mark.parametrize("name", NAMES)
def test_corpus_is_regenerated_byte_for_byte(name: str, tmp_path: Path) -> None:
    corpus = load(name)
    out = tmp_path / name
    written = write_corpus(corpus, out)
    assert written, name
    assert compare(name, out, corpus.path(ROOT)) == []


def test_every_corpus_folder_has_a_generator() -> None:
    folders = {p.name for p in (ROOT / "tests").glob("blind_corpus*") if p.is_dir()}
    assert folders == {n for n in NAMES if n.startswith("blind_corpus")}
    assert load("samples").path(ROOT) == ROOT / "resources" / "samples"


def test_compare_reports_a_changed_byte_a_missing_and_an_extra_file(tmp_path: Path) -> None:
    made = tmp_path / "made"
    write_corpus(load("blind_corpus5"), made)
    committed = load("blind_corpus5").path(ROOT)
    first = sorted(made.glob("*.pdf"))[0]
    first.write_bytes(first.read_bytes() + b"%")
    (made / "stray.txt").write_text("x", encoding="utf-8")
    gold = sorted(made.glob("*.gold.json"))[1]
    gold.unlink()
    problems = compare("blind_corpus5", made, committed)
    assert problems == [f"blind_corpus5: not generated: {gold.name}", "blind_corpus5: not committed: stray.txt",
                        f"blind_corpus5: differs: {first.name}"]


def test_old_generator_scripts_delegate_to_the_library(tmp_path: Path) -> None:
    script = runpy.run_path(str(ROOT / "scripts" / "make_blind_corpus3.py"))
    assert script["main"](["--out", str(tmp_path / "b3")]) == 0
    assert compare("blind_corpus3", tmp_path / "b3", ROOT / "tests" / "blind_corpus3") == []


def test_cli_check_and_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", "blind_corpus2"]) == 0
    assert "identical to the committed files" in capsys.readouterr().out
    assert main(["no_such_corpus"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("make_corpus.py: unknown corpus no_such_corpus") and "\n" not in err
    assert main(["samples", "blind_corpus", "--out", "/nonexistent"]) == 2


# --------------------------------------------------------------------------------------------------
# Gold derivation
# --------------------------------------------------------------------------------------------------

TWO_SIMPLE = [("cranial", "simple"), ("cranial", "simple")]


def test_gold_json_derives_facts_and_computes_consistency() -> None:
    gold = Gold(["77371", "77432", "61796", "61797", "61800", "77373"], "cobalt60", TWO_SIMPLE, 1, ["MRI"],
                ["frame"], "two mets", missing=["summary"])
    out = gold_json(gold)
    assert list(out) == ["codes", "facts", "lesions", "categories", "consistent", "delivery_code", "expect_error",
                         "notes"]
    assert out["facts"] == {"modality": "cobalt60", "sites": ["cranial"], "lesion_count": 2, "fractions": 1,
                            "imaging": ["MRI"], "positioning": ["frame"]}
    assert out["categories"] == {"plan": True, "imaging": True, "positioning": True,
                                 "delivery_verification": True, "summary": False}
    assert out["consistent"] == {"77371": True, "77432": True, "61796": True, "61797": True, "61800": True,
                                 "77373": False}
    assert out["delivery_code"] == "77371"


def test_hand_labels_are_kept_and_checked() -> None:
    hand = Gold(["77372", "61796"], "linac", TWO_SIMPLE[:1], 1, notes="n", delivery_code="77372",
                consistent={"61796": False, "77372": True}, sites=["cranial"])
    out = gold_json(hand)
    assert list(out["consistent"].items()) == [("77372", True), ("61796", False)]  # in claimed-code order
    assert gold_json(Gold(["77372"], "linac", [], None, wrong=["77372"], delivery_code=None))["consistent"] == {
        "77372": False}
    bad = [
        Gold(["77372"], "linac", TWO_SIMPLE, 1, sites=["cranial", "body"]),  # sites disagree with lesions
        Gold(["77372"], "linac", TWO_SIMPLE, 1, lesion_count=3),
        Gold(["77372"], "linac", [("spinal", "simple")], 1),  # complexity is for cranial lesions only
        Gold(["77372"], "linac", TWO_SIMPLE, 1, consistent={"77373": True}),
        Gold(["77372"], "linac", TWO_SIMPLE, 1, wrong=["61797"]),
        Gold(["77372"], "linac", TWO_SIMPLE, 1, missing=["plans"]),
        Gold(["77372"], "linac", TWO_SIMPLE, 1, delivery_code="61796"),
        Gold(["77372", "77372"], "linac", TWO_SIMPLE, 1),
    ]
    for gold in bad:
        with pytest.raises(SpecError):
            gold_json(gold, "c1")


def test_rules_follow_the_code_definitions() -> None:
    def facts(modality: str | None, sites: list[str], fractions: int | None, positioning: tuple[str, ...] = ()):
        return {"modality": modality, "sites": sites, "fractions": fractions, "positioning": list(positioning)}

    spine = [{"site": "spinal", "complexity": None}] * 2
    cx = [{"site": "cranial", "complexity": "complex"}, {"site": "cranial", "complexity": "simple"}]
    assert delivery_code(facts("linac", ["cranial"], 1), cx) == "77372"
    assert delivery_code(facts("robotic_linac", ["spinal"], 3), spine) == "77373"
    assert delivery_code(facts("particle", ["cranial"], 1), cx) is None
    assert delivery_code(facts("linac", ["body"], 8), [{"site": "body", "complexity": None}]) is None
    assert consistency("63621", facts("linac", ["spinal"], 3), spine)
    assert not consistency("61797", facts("linac", ["cranial"], 1), cx[:1])
    assert consistency("61797", facts("linac", ["cranial"], 1), cx)  # the simple one is additional
    assert not consistency("61800", facts("cobalt60", ["cranial"], 1), cx)  # no frame
    assert consistency("61800", facts("cobalt60", ["cranial"], 1, ("frame",)), cx)
    with pytest.raises(ValueError):
        consistency("99999", facts("linac", ["cranial"], 1), cx)


def test_writer_makes_bundles_text_and_broken_files(tmp_path: Path) -> None:
    gold = Gold(["77372"], "linac", TWO_SIMPLE[:1], 1, delivery_code=DERIVED)
    pages = [[Heading("SRS Summary"), "Left frontal metastasis, 20 Gy x 1."]]
    corpus = Corpus("t", "t", [
        Chart("t_bundle", (), gold, documents=[Document("1_note.txt", text="note\n"),
                                               Document("2_plan.pdf", pages, options={"font": "Courier"})]),
        Chart("t_text", (), gold, text="dictated\n"),
        Chart("t_cut", pages, gold, truncate=100),
        Chart("t_fake", (), gold, not_pdf="not a pdf\n"),
    ], pdf_options={"footer": "SYNTHETIC", "title": "Summary {name}"}, files={"README.md": "# t\n"})
    (tmp_path / "t_bundle").mkdir()
    (tmp_path / "t_bundle" / "stale.pdf").write_bytes(b"old")  # a bundle folder holds exactly its documents
    write_corpus(corpus, tmp_path)
    assert sorted(p.name for p in (tmp_path / "t_bundle").iterdir()) == ["1_note.txt", "2_plan.pdf"]
    assert (tmp_path / "t_bundle" / "2_plan.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "t_bundle.gold.json").read_text())["documents"] == [
        "t_bundle/1_note.txt", "t_bundle/2_plan.pdf"]
    assert "documents" not in json.loads((tmp_path / "t_text.gold.json").read_text())
    assert (tmp_path / "t_text.txt").read_text() == "dictated\n"
    assert len((tmp_path / "t_cut.pdf").read_bytes()) == 100
    assert (tmp_path / "t_fake.pdf").read_text() == "not a pdf\n"
    assert (tmp_path / "README.md").read_text() == "# t\n"
    with pytest.raises(SpecError):
        write_corpus(Corpus("t", "t", [Chart("x", pages, gold, text="both")]), tmp_path / "two")
    with pytest.raises(SpecError):
        write_corpus(Corpus("t", "t", [Chart("x", pages, gold), Chart("x", pages, gold)]), tmp_path / "dup")
