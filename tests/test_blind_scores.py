"""Blind corpora that are not at 100% as regression tests: no chart may score fewer points than its baseline.

``tests/blind_corpus6`` (dictated notes, multi-document bundles, hard negatives) has frozen gold labels and is
not tuned to 100%, so it cannot be checked field by field like sets 1-5 (``tests/nlp/test_samples.py``).
Instead ``scripts/score_blind.py``'s own scoring (``score_output``: facts, complexity, consistency, categories,
delivery code, per-lesion dose, review flag) runs in-process over every chart, the pipeline loaded once, and
each chart's points are compared with ``tests/blind_baseline.json``. A drop fails and names the lost points.

When a change scores more, raise the baseline (never lower it without saying why in the commit):

    python tests/test_blind_scores.py            # print each chart's points against the baseline
    python tests/test_blind_scores.py --raise    # write the higher scores into tests/blind_baseline.json
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINE = Path(__file__).with_name("blind_baseline.json")
sys.path.insert(0, str(ROOT / "scripts"))
import score_blind  # noqa: E402  (scripts/score_blind.py: standard library only)


def _baseline() -> dict[str, dict[str, int]]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def _golds(corpus: str) -> dict[str, dict[str, Any]]:
    folder = ROOT / "tests" / corpus
    return {p.name[: -len(".gold.json")]: score_blind.load_gold(str(p)) for p in sorted(folder.glob("*.gold.json"))}


_STORE: list[Any] = []


def _templates() -> Any:
    """The bundled templates only, parsed once (no user copies, no saved corrections: a clean CLI run)."""
    if not _STORE:
        from srscheck.checklists.templates import TemplateStore

        _STORE.append(TemplateStore(user=None))
    return _STORE[0]


def score_chart(corpus: str, name: str, gold: dict[str, Any]) -> tuple[int, list[str]]:
    """(points, the missed points with their detail) of one chart, scored as score_blind.py does."""
    from srscheck.api import analyze
    from srscheck.core.messages import UnreadableChart, UsageError

    folder = str(ROOT / "tests" / corpus)
    files, problem = score_blind.chart_files(name, gold, folder)
    assert problem is None, problem
    if gold.get("expect_error"):  # a clean error is its one point (the CLI's exit status and message)
        try:
            analyze(files if len(files) > 1 else files[0], gold["codes"], templates=_templates())
        except (UnreadableChart, UsageError):
            return 1, []
        return 0, ["error_handling: the chart was read"]
    try:
        result = analyze(files if len(files) > 1 else files[0], gold["codes"], templates=_templates()).to_dict()
    except (UnreadableChart, UsageError) as exc:  # a clean refusal writes no JSON: 0 points, as in score_blind.py
        return 0, [f"every point: no result ({exc})"]
    fields = score_blind.score_output(gold, result)
    return sum(1 for f in fields if f[2]), [f"{lab}: {det}" for _f, lab, ok, det in fields if not ok]


def _params() -> list[Any]:
    out = []
    for corpus, charts in _baseline().items():
        golds = _golds(corpus)
        assert set(charts) == set(golds), f"{corpus}: baseline and gold files name different charts"
        out += [pytest.param(corpus, name, golds[name], charts[name], id=f"{corpus}-{name}") for name in charts]
    return out


@pytest.mark.parametrize("corpus,name,gold,floor", _params())
def test_chart_keeps_its_points(corpus: str, name: str, gold: dict[str, Any], floor: int) -> None:
    try:
        got, missed = score_chart(corpus, name, gold)
    except Exception:  # noqa: BLE001 - a crash scores 0, as in score_blind.py
        pytest.fail(f"{corpus}/{name} crashed:\n{traceback.format_exc()}", pytrace=False)
    total = len(score_blind.point_names(gold))
    assert got >= floor, (f"{corpus}/{name} scores {got}/{total}, below its baseline {floor}; missed:\n  "
                          + "\n  ".join(missed))


def test_baseline_is_within_each_charts_points() -> None:
    for corpus, charts in _baseline().items():
        for name, gold in _golds(corpus).items():
            assert 0 <= charts[name] <= len(score_blind.point_names(gold)), f"{corpus}/{name}"


def main(argv: list[str]) -> int:
    base = _baseline()
    changed = False
    for corpus, charts in base.items():
        got_all = 0
        for name, gold in _golds(corpus).items():
            got, missed = score_chart(corpus, name, gold)
            got_all += got
            mark = "" if got == charts.get(name) else ("  RAISED" if got > charts.get(name, 0) else "  DROPPED")
            print(f"{corpus}/{name}: {got} (baseline {charts.get(name)}){mark}")
            if "--raise" in argv and got > charts.get(name, 0):
                charts[name] = got
                changed = True
        print(f"{corpus}: {got_all} points, baseline {sum(charts.values())}")
    if changed:
        BASELINE.write_text(json.dumps(base, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"raised: {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
