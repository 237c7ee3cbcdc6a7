#!/usr/bin/env python3
"""Regenerate the synthetic test corpora (``resources/samples/``, ``tests/blind_corpus*/``), byte for byte.

    python scripts/make_corpus.py [CORPUS ...] [--out DIR] [--check]

The generator library is ``tests/corpusgen/`` and each corpus's charts are data in
``tests/corpusgen/corpora/CORPUS.py``. ``--check`` regenerates into a temporary folder and compares with
the committed files (``tests/test_corpora.py`` does the same in the test suite).
"""

import sys
from pathlib import Path

# tests/ is not an installed package (pytest puts it on sys.path through tests/conftest.py); this entry
# point is the one place outside pytest that does the same.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpusgen.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
