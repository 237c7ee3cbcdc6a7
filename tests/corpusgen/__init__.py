"""One generator library for the synthetic test corpora (``resources/samples/``, ``tests/blind_corpus*/``).

A corpus is data: a :class:`Corpus` of :class:`Chart` specs, each chart being pages of
:mod:`pdfmaker` blocks (or a plain-text chart, or a bundle of :class:`Document` files) plus its hand
labels in a :class:`Gold`. The library turns the labels into the shared ``NAME.gold.json`` format
(facts, lesions, categories, per-code consistency, delivery code) with one set of checks, computes
consistency and the delivery code from the labelled facts where a corpus asks for it
(:mod:`corpusgen.rules`), and writes PDFs, text files and bundle folders (:mod:`corpusgen.write`).
The specs live in :mod:`corpusgen.corpora`, one data module per corpus.

Regenerate from the repository root::

    python scripts/make_corpus.py                 # every corpus into its committed folder
    python scripts/make_corpus.py blind_corpus6   # one corpus
    python scripts/make_corpus.py samples --out /tmp/samples
    python scripts/make_corpus.py --check         # regenerate into a temporary folder and byte-compare

``tests/`` is not an installed package: ``corpusgen`` and ``pdfmaker`` are imported with ``tests/`` on
``sys.path`` (pytest puts it there for ``tests/conftest.py``; ``scripts/make_corpus.py`` inserts it).
"""

from corpusgen.rules import DELIVERY, consistency, delivery_code
from corpusgen.spec import CATEGORIES, DERIVED, Chart, Corpus, Document, Gold, unreadable
from corpusgen.write import gold_json, write_corpus

__all__ = [
    "CATEGORIES", "DELIVERY", "DERIVED", "Chart", "Corpus", "Document", "Gold", "consistency", "delivery_code",
    "gold_json", "unreadable", "write_corpus",
]
