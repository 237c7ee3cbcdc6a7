"""The corpora: one data module each, defining ``CORPUS`` (a :class:`corpusgen.Corpus`).

The chart specs and labels in these modules were written blind (without reading the reader's code) by
their authors; they are data, moved here unchanged from the former ``scripts/make_blind_corpus*.py``
and ``scripts/make_samples.py``.
"""

from __future__ import annotations

import importlib

from corpusgen.spec import Corpus

NAMES = ("samples", "blind_corpus", "blind_corpus2", "blind_corpus3", "blind_corpus4", "blind_corpus5",
         "blind_corpus6", "blind_corpus7", "blind_corpus8", "blind_corpus9", "blind_corpus10",
         "blind_corpus11", "blind_corpus12", "blind_corpus13", "blind_corpus14", "blind_corpus15",
         "blind_corpus16", "blind_corpus17", "blind_corpus18", "blind_corpus19", "blind_corpus20",
         "blind_corpus21", "blind_corpus22", "blind_corpus23", "blind_corpus24", "blind_corpus25",
         "blind_corpus26", "blind_corpus27", "blind_corpus28", "blind_corpus29",
         "blind_corpus30", "blind_corpus31", "blind_corpus32", "blind_corpus33",
         "blind_corpus34", "blind_corpus35", "blind_corpus36", "blind_corpus37", "blind_corpus38",
         "blind_corpus39", "blind_corpus40", "blind_corpus41", "blind_corpus42",
         "blind_corpus43", "blind_corpus44", "blind_corpus45", "blind_corpus46", "blind_corpus47",
         "blind_corpus48", "blind_corpus49", "blind_corpus50", "blind_corpus51", "blind_corpus52",
         "blind_corpus53", "blind_corpus54", "blind_corpus55", "blind_corpus56", "blind_corpus57",
         "blind_corpus58", "blind_corpus59", "blind_corpus60", "blind_corpus61", "blind_corpus62", "blind_corpus63",
         "blind_corpus64", "blind_corpus65", "blind_corpus66", "blind_corpus67", "blind_corpus68", "blind_corpus69",
         "blind_corpus70", "blind_corpus71", "blind_corpus72",
         "blind_corpus73", "blind_corpus74", "blind_corpus75", "blind_corpus76", "blind_corpus77", "blind_corpus78",
         "blind_corpus79", "blind_corpus80", "blind_corpus81", "blind_corpus82",
         "blind_corpus83", "blind_corpus84", "blind_corpus85", "blind_corpus86", "blind_corpus87",
         "blind_corpus88", "blind_corpus89", "blind_corpus90", "blind_corpus91", "blind_corpus92",
         "blind_corpus93", "blind_corpus94", "blind_corpus95", "blind_corpus96",
         "blind_corpus97", "blind_corpus98", "blind_corpus99")


def load(name: str) -> Corpus:
    """The corpus called ``name`` (one of :data:`NAMES`)."""
    if name not in NAMES:
        raise KeyError(name)
    corpus = importlib.import_module(f"corpusgen.corpora.{name}").CORPUS
    assert corpus.name == name, (corpus.name, name)
    return corpus
