"""Shared fixtures for every test package (keep small; append fixtures below).

``tests/`` itself is on ``sys.path`` (pytest's rootdir-less conftest import), so tests can
``from pdfmaker import make_chart_pdf, Heading, KeyValue, ...``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from pdfmaker import Block, make_chart_pdf


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user folder: SRSCHECK_HOME points into the test's tmp folder."""
    home = tmp_path / "srscheck_home"
    monkeypatch.setenv("SRSCHECK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The shipped synthetic sample charts (``srscheck.resources/samples``)."""
    return Path(str(files("srscheck.resources") / "samples"))


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """``make_pdf(pages, name="chart.pdf", **options)`` writes a chart PDF into the test's tmp folder.

    ``pages`` is a list of pages, each a list of pdfmaker blocks (a ``str`` is a paragraph); the
    options are those of :func:`pdfmaker.make_chart_pdf` (header, footer, two_columns, scan, ...).
    """

    def make(pages: Sequence[Sequence[Block]], name: str = "chart.pdf", **options: Any) -> Path:
        return make_chart_pdf(tmp_path / name, pages, **options)

    return make
