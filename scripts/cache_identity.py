#!/usr/bin/env python
"""The start-up cache changes no result: the JSON of every chart is byte-for-byte the same without the
cache, with a cold cache (built and stored in this run) and with a warm one (loaded from disk).

Charts: ``resources/samples`` and the dev corpus (``../shared/corpus``) when present, each checked
against the codes of its gold file. Each mode runs in a fresh interpreter, like a user's start.

Usage::

    python scripts/cache_identity.py              # compare the three modes; exit 1 on any difference
    python scripts/cache_identity.py --save DIR   # also keep the JSON files (e.g. to compare two builds)
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")


def charts() -> list[tuple[Path | list[Path], tuple[str, ...]]]:
    from importlib.resources import files

    folders = [Path(str(files("srscheck.resources") / "samples"))]
    if CORPUS.is_dir():
        folders.append(CORPUS)
    if os.environ.get("IDENTITY_ALL"):  # also every blind corpus of the tests
        folders += sorted(p for p in (ROOT / "tests").glob("blind_corpus*") if p.is_dir())
    out = []
    for folder in folders:
        for chart in sorted(folder.iterdir()):
            if chart.is_dir():  # a course of several documents
                if not chart.with_name(chart.name + ".gold.json").is_file():
                    continue
                chart = chart.with_name(chart.name + ".pdf")  # the gold file's name
            elif chart.suffix.lower() not in (".pdf", ".txt"):
                continue
            gold = chart.with_name(chart.stem + ".gold.json")
            codes: tuple[str, ...] = ()
            if gold.is_file():
                codes = tuple(json.loads(gold.read_text(encoding="utf-8")).get("codes") or ())
            out.append((chart, codes))
    return out


def worker(out_dir: Path) -> int:
    """Check every chart in this process; write ``<folder>__<name>.json`` (or the error sentence)."""
    from srscheck.api import analyze
    from srscheck.core.messages import SrsError
    from srscheck.runtime import quiet_third_party

    quiet_third_party()
    out_dir.mkdir(parents=True, exist_ok=True)
    for chart, codes in charts():
        bundle = chart.with_suffix("")
        what = sorted(p for p in bundle.iterdir() if p.is_file()) if bundle.is_dir() and not chart.exists() else chart
        try:
            text = analyze(what, codes).to_json()
        except SrsError as e:
            text = f"error: {e}\n"
        except Exception as e:  # noqa: BLE001 - compared like any output
            text = f"failure: {type(e).__name__}: {e}\n"
        (out_dir / f"{chart.parent.name}__{chart.name}.json").write_text(text, encoding="utf-8")
    return 0


def run_mode(out_dir: Path, cache: str) -> None:
    env = {**os.environ, "SRSCHECK_CACHE": cache, "PYTHONWARNINGS": "ignore"}
    subprocess.run([sys.executable, __file__, "--worker", str(out_dir)], check=True, env=env)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worker", metavar="DIR", help=argparse.SUPPRESS)
    ap.add_argument("--save", metavar="DIR", help="keep the JSON of each mode in DIR/<mode>/")
    args = ap.parse_args(argv)
    if args.worker:
        return worker(Path(args.worker))
    with tempfile.TemporaryDirectory(prefix="srscheck-identity-") as tmp:
        base = Path(args.save) if args.save else Path(tmp)
        cache = Path(tmp) / "cache"
        modes = {"no-cache": "off", "cold-cache": str(cache), "warm-cache": str(cache)}
        for mode, where in modes.items():
            print(f"{mode} ...", file=sys.stderr)
            run_mode(base / mode, where)
            if mode == "cold-cache" and not any(cache.glob("*.pickle")):
                print("the cold run stored no cache entry", file=sys.stderr)
                return 1
        names = sorted(p.name for p in (base / "no-cache").iterdir())
        bad = 0
        for mode in ("cold-cache", "warm-cache"):
            _match, mismatch, errors = filecmp.cmpfiles(base / "no-cache", base / mode, names, shallow=False)
            for name in mismatch + errors:
                print(f"DIFFERENT with {mode}: {name}")
                bad += 1
        print(f"{len(names)} charts x 3 modes (no cache, cold cache, warm cache): "
              + ("all byte-for-byte identical" if not bad else f"{bad} difference(s)"))
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
