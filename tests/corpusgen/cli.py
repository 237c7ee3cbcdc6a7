"""``python scripts/make_corpus.py [CORPUS ...] [--out DIR] [--check]``: regenerate the test corpora."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from corpusgen.corpora import NAMES, load
from corpusgen.write import write_corpus

ROOT = Path(__file__).resolve().parents[2]


def compare(name: str, made: Path, committed: Path) -> list[str]:
    """Differences between a freshly generated corpus folder and the committed one (empty: identical)."""
    corpus = load(name)
    ours = {p.relative_to(made).as_posix() for p in made.rglob("*") if p.is_file()}
    theirs = {p.relative_to(committed).as_posix() for p in committed.rglob("*") if p.is_file()
              and "__pycache__" not in p.parts} - set(corpus.hand_written)
    problems = [f"{name}: not generated: {f}" for f in sorted(theirs - ours)]
    problems += [f"{name}: not committed: {f}" for f in sorted(ours - theirs)]
    problems += [f"{name}: differs: {f}" for f in sorted(ours & theirs)
                 if (made / f).read_bytes() != (committed / f).read_bytes()]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="make_corpus.py", description=__doc__.split(":")[1].strip())
    ap.add_argument("corpora", nargs="*", metavar="CORPUS", help=f"default: all ({', '.join(NAMES)})")
    ap.add_argument("--out", type=Path, help="write into this folder instead (one corpus only)")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary folder and compare byte for byte with the committed files")
    args = ap.parse_args(argv)
    names = args.corpora or list(NAMES)
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        print(f"make_corpus.py: unknown corpus {', '.join(unknown)} (known: {', '.join(NAMES)})", file=sys.stderr)
        return 2
    if args.out and (len(names) != 1 or args.check):
        print("make_corpus.py: --out takes exactly one corpus and no --check", file=sys.stderr)
        return 2
    if args.check:
        problems: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            for name in names:
                write_corpus(load(name), Path(tmp) / name)
                problems += compare(name, Path(tmp) / name, load(name).path(ROOT))
        for line in problems:
            print(line)
        print(f"{len(names)} corpora: " + ("identical to the committed files" if not problems
                                          else f"{len(problems)} differences"))
        return 1 if problems else 0
    for name in names:
        corpus = load(name)
        out = args.out or corpus.path(ROOT)
        written = write_corpus(corpus, out)
        print(f"{name}: wrote {len(corpus.chart_list())} charts ({len(written)} files) to {out}")
    return 0
