#!/usr/bin/env python3
"""Score the dose and fraction reading on the HemOnc RT sentences in ONE process (fast iteration).

    python scripts/score_hemonc_fast.py [--split dev|train|all] [--data DIR] [--misses N] [--show]

Scores exactly as ``../shared/tools/score_hemonc.py`` does (same points, same last line), but reads every
sentence with :func:`srscheck.api.analyze` in this process instead of one ``srscheck check`` per sentence:
each sentence is written to a one-line ``.txt`` chart and analysed with no claimed codes and the saved
corrections applied (as the CLI does), and the JSON is read back through ``Result.to_json()``.

Points:
  dose  - sentences with gold doses: the largest gold dose (in Gy) is among the lesions' dose_gy values;
  fxno  - sentences with exactly one gold fraction-number span: ``fractions`` is one of its numbers (either
          end of a range such as "30 to 33").
The last line is 'hemonc: P/T (X.X%)'.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "hemonc-rt"
NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10}


def spans(tags: list[str], toks: list[str], label: str) -> list[str]:
    out: list[list[str]] = []
    cur: list[str] | None = None
    for t, w in zip(tags, toks):
        if t == "B-" + label:
            cur = [w]
            out.append(cur)
        elif t == "I-" + label and cur is not None:
            cur.append(w)
        else:
            cur = None
    return [" ".join(s) for s in out]


def gy(text: str) -> float | None:
    m = re.search(r"(\d+(?:\.\d+)?)\s*-?\s*(c?Gy)", text, re.I)
    if not m:
        return None
    v = float(m.group(1))
    return v / 100 if m.group(2).lower() == "cgy" else v


def fxno(text: str) -> set[int] | None:
    nums = {int(n) for n in re.findall(r"\d+", text)}
    if not nums and text.lower().strip() in NUM_WORDS:
        nums = {NUM_WORDS[text.lower().strip()]}
    return nums or None


def load(data: Path, kind: str, splits: tuple[str, ...], label: str) -> dict[str, list[str]]:
    raw = "\n".join((data / kind / f"{s}.tsv").read_text(encoding="utf-8") for s in splits)
    res: dict[str, list[str]] = {}
    for line in raw.splitlines():
        if "\t" not in line:
            continue
        tags, sent = line.split("\t", 1)
        tag_list, toks = tags.split(), sent.split()
        if len(tag_list) != len(toks):
            continue
        res[sent] = spans(tag_list, toks, label)
    return res


def read_all(sents: list[str]) -> list[dict | None]:
    from srscheck.api import analyze

    outs: list[dict | None] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, sent in enumerate(sents):
            src = Path(tmp) / ("s%04d.txt" % i)
            src.write_text(sent + "\n")
            try:
                outs.append(json.loads(analyze([src], None, saved=True).to_json()))
            except Exception:  # the CLI would exit non-zero and write no JSON: no points
                outs.append(None)
    return outs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train", "all"), default="dev")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--misses", type=int, default=40, help="how many misses to print (default 40)")
    ap.add_argument("--show", action="store_true", help="print every miss with the whole sentence")
    a = ap.parse_args(argv)
    splits = ("train", "dev") if a.split == "all" else (a.split,)
    dose = load(a.data, "Dose", splits, "RT_Dosage")
    fx = load(a.data, "FxNo", splits, "RT_Fraction_Number")
    sents = sorted(set(dose) | set(fx))
    outs = read_all(sents)
    dc = dt = fc = ft = 0
    misses = []
    width = None if a.show else 90
    for sent, obj in zip(sents, outs):
        facts = (obj or {}).get("facts") or {}
        doses = {round(les.get("dose_gy") or -1, 2) for les in facts.get("lesions") or [] if isinstance(les, dict)}
        fr = (facts.get("fractions") or {}).get("value") if isinstance(facts.get("fractions"), dict) else None
        gd = [v for v in (gy(s) for s in dose.get(sent, [])) if v is not None]
        if gd:
            dt += 1
            ok = round(max(gd), 2) in doses
            dc += ok
            if not ok:
                misses.append("dose %s, got %s: %s" % (max(gd), sorted(doses), sent[:width]))
        gf = [v for v in (fxno(s) for s in fx.get(sent, [])) if v is not None]
        if len(gf) == 1:
            ft += 1
            ok = fr in gf[0]
            fc += ok
            if not ok:
                misses.append("fx %s, got %s: %s" % (sorted(gf[0]), fr, sent[:width]))
    for m in misses[:len(misses) if a.show else a.misses]:
        print("miss", m)
    print("dose: %d/%d  fractions: %d/%d" % (dc, dt, fc, ft))
    tot, cor = dt + ft, dc + fc
    print("hemonc: %d/%d (%.1f%%)" % (cor, tot, 100.0 * cor / max(tot, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
