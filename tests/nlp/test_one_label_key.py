"""One key for a table's labels: classification.label_key ("Target #1" as "target 1": lower case, "#" and spacing
left out) serves the legend's aliases (sources.label_aliases, read by resolution.merge_tables' _aliased) and the
labels two lesion names carry (resolution._labels_differ): "Met #1" and "Met 1" are one label, as a legend reads
"Target #1" and a row's "Target 1" as one."""

from __future__ import annotations

from srscheck.nlp.lesions import classification, resolution, sources
from srscheck.nlp.vocab import load_vocabulary


def _draft(name: str, at: int, gy: float) -> sources.Draft:
    return sources.Draft(name, at, at + len(name), f"{name}\t{gy:g} Gy", at, dose_gy=gy, fractions=1)


def test_no_second_key_function() -> None:
    assert not hasattr(sources, "alias_key")
    assert classification.label_key(" Target  #1 ") == classification.label_key("target 1") == "target 1"


def test_a_legends_label_is_a_rows_label() -> None:
    vocab = load_vocabulary()
    aliases = sources.label_aliases("Target #1 = PTV_RCereb\nTarget 2 = PTV_LFront\n", vocab)
    assert aliases == {"target 1": frozenset({"ptv_rcereb"}), "target 2": frozenset({"ptv_lfront"})}
    plan = [_draft("PTV_RCereb", 0, 20.0), _draft("PTV_LFront", 30, 18.0)]
    merged = resolution.merge_tables(plan, [_draft("Target 1", 100, 20.0)], vocab, aliases)
    assert [d.name for d in merged] == ["PTV_RCereb", "PTV_LFront"]


def test_a_numbered_label_with_or_without_its_hash_is_one_label() -> None:
    vocab = load_vocabulary()
    plan = [_draft("Met 1 L frontal", 0, 20.0), _draft("Met 2 L frontal", 30, 18.0)]
    merged = resolution.merge_tables(plan, [_draft("Met #1 L frontal", 100, 20.0)], vocab)
    assert [d.name for d in merged] == ["Met 1 L frontal", "Met 2 L frontal"]
    plan = [_draft("Met 1 L frontal", 0, 20.0), _draft("Met 2 L frontal", 30, 18.0)]
    merged = resolution.merge_tables(plan, [_draft("Met #3 L frontal", 100, 16.0)], vocab)
    assert [d.name for d in merged] == ["Met 1 L frontal", "Met 2 L frontal", "Met #3 L frontal"]
