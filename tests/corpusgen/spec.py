"""Spec types of the test corpora: a :class:`Corpus` of :class:`Chart` s, each with its :class:`Gold` labels."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CATEGORIES = ("plan", "imaging", "positioning", "delivery_verification", "summary")


class _Derived:
    def __repr__(self) -> str:
        return "DERIVED"


DERIVED: Any = _Derived()
"""``Gold(delivery_code=DERIVED)``: computed from the labelled facts by :func:`corpusgen.rules.delivery_code`."""

Lesion = tuple[str, str | None] | Mapping[str, Any]
"""``(site, complexity)``, or a mapping with ``site`` and ``complexity`` first and more keys after them."""


@dataclass(frozen=True)
class Gold:
    """The hand labels of one chart, in the shared corpus gold format.

    ``sites`` and ``lesion_count`` follow from ``lesions``; a corpus that states them too has them
    checked (``lesion_count=None``: the chart does not say how many lesions were treated).
    Categories: a full ``categories`` mapping, or the names of the ``missing`` ones.
    Consistency per claimed code: a full ``consistent`` mapping, the codes the facts contradict
    (``wrong``), or neither, and then it is computed from the facts (:mod:`corpusgen.rules`); so is
    ``delivery_code`` when it is :data:`DERIVED`. ``extra`` keys go after ``expect_error`` and before
    ``notes`` (``documents`` of a bundle are added by the writer).
    """

    codes: Sequence[str]
    modality: str | None
    lesions: Sequence[Lesion]
    fractions: int | None
    imaging: Sequence[str] = ()
    positioning: Sequence[str] = ()
    notes: str = ""
    delivery_code: str | None = DERIVED
    consistent: Mapping[str, bool] | None = None
    wrong: Sequence[str] | None = None
    categories: Mapping[str, bool] | None = None
    missing: Sequence[str] = ()
    sites: Sequence[str] | None = None
    lesion_count: int | None = DERIVED
    expect_error: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)


def unreadable(codes: Sequence[str], notes: str) -> Gold:
    """Labels of an input the tool must refuse (``expect_error``): no facts, nothing met or consistent."""
    return Gold(codes, None, (), None, notes=notes, delivery_code=None, consistent={c: False for c in codes},
                categories={c: False for c in CATEGORIES}, lesion_count=None, expect_error=True)


@dataclass(frozen=True)
class Document:
    """One file of a multi-document bundle: a PDF from ``pages`` or a text file from ``text``."""

    file: str
    pages: Sequence[Sequence[Any]] | None = None
    text: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Chart:
    """One chart and its labels, written as ``NAME.gold.json`` beside exactly one of:

    * ``NAME.pdf`` from ``pages`` (pdfmaker blocks) with ``options`` for :func:`pdfmaker.make_chart_pdf`
      over the corpus's ``pdf_options``; ``truncate`` keeps only the first bytes (a broken download);
    * ``NAME.txt`` from ``text``;
    * ``NAME.pdf`` holding ``not_pdf`` as text (a text file given a PDF name);
    * a folder ``NAME/`` of ``documents`` (a bundle; the gold lists them under ``"documents"``).
    """

    name: str
    pages: Sequence[Sequence[Any]]  # () for a text, bundle or not-PDF chart
    gold: Gold
    options: Mapping[str, Any] = field(default_factory=dict)
    text: str | None = None
    documents: Sequence[Document] = ()
    not_pdf: str | None = None
    truncate: int | None = None

    @property
    def kind(self) -> str:
        if self.documents:
            return "bundle"
        if self.text is not None:
            return "text"
        return "not_pdf" if self.not_pdf is not None else "pdf"


@dataclass(frozen=True)
class Corpus:
    """A folder of charts. ``pdf_options`` are the defaults of every PDF (a ``title`` may use
    ``{name}``); ``files`` are further generated files (name -> text); ``hand_written`` names files
    in the committed folder that are not generated (e.g. a first-run report)."""

    name: str
    folder: str  # relative to the repository root
    charts: Sequence[Chart] | Callable[[], Sequence[Chart]]
    pdf_options: Mapping[str, Any] = field(default_factory=dict)
    files: Mapping[str, str] = field(default_factory=dict)
    hand_written: Sequence[str] = ()

    def chart_list(self) -> list[Chart]:
        charts = self.charts() if callable(self.charts) else self.charts
        return list(charts)

    def path(self, root: Path) -> Path:
        return root / self.folder
