#!/usr/bin/env python3
"""Regenerate ``tests/blind_corpus13/``: ``python scripts/make_blind_corpus13.py [--out DIR]``.

The same as ``python scripts/make_corpus.py blind_corpus13 [--out DIR]``; the charts and their gold labels are
data in ``tests/corpusgen/corpora/blind_corpus13.py``, written by the library in ``tests/corpusgen/``.
"""

import runpy
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    make_corpus = runpy.run_path(str(Path(__file__).with_name("make_corpus.py")))
    return make_corpus["main"](["blind_corpus13", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
