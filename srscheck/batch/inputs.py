"""Inputs of a batch: files, folders and globs -> charts with stable keys and output names."""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from srscheck.core.formats import CHART_SUFFIXES  # PDF, .txt and images of pages (TIFF, PNG, JPEG)
from srscheck.core.messages import UsageError

_RESERVED = {"summary", "manifest", "audit"}
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Chart:
    path: Path
    key: str  # relative path (POSIX) shown in the summary and used to name the outputs
    # A course of several documents read as one (see courses.py): its key is the course name, ``path``
    # its first document. Empty for a single chart file.
    documents: tuple["Chart", ...] = ()

    @property
    def parts(self) -> tuple["Chart", ...]:
        """The chart files read for this entry: the course's documents, or the chart itself."""
        return self.documents or (self,)


def _is_chart(path: Path) -> bool:
    return path.suffix.lower() in CHART_SUFFIXES and not path.name.startswith(".")


def _expand(item: str) -> list[tuple[Path, Path]]:
    """(file, base) pairs for one input; a missing plain path is kept so its row says so.

    Symbolic links to charts are charts (a link to a file elsewhere is read there; a broken link or
    a loop gets its own row saying so); links to folders are not followed (no loops).
    """
    path = Path(item)
    if path.is_dir():
        files = [p for p in _walk(path) if _is_chart(p)]
        return [(p, path) for p in files]
    if path.exists() or not _GLOB_CHARS.search(item):
        return [(path, path.parent)]
    out: list[tuple[Path, Path]] = []
    for match in glob.glob(item, recursive=True):
        m = Path(match)
        if m.is_dir():
            out.extend(_expand(match))
        elif _is_chart(m):
            out.append((m, m.parent))
    return out


def _walk(folder: Path) -> list[Path]:
    """Files and links to files under ``folder``, without following links to folders."""
    out = []
    for root, dirs, files in os.walk(folder, followlinks=False, onerror=lambda e: None):
        dirs.sort()
        out.extend(Path(root) / name for name in sorted(files))
        out.extend(Path(root) / d for d in dirs if os.path.islink(os.path.join(root, d))
                   and not os.path.isdir(os.path.join(root, d)))  # a broken or looping link
    return out


def _identity(file: Path) -> Path:
    """The file a path names (links followed), or the path itself for a broken link or a loop."""
    try:
        return file.resolve(strict=True)
    except (OSError, RuntimeError):
        return Path(os.path.abspath(file))


def _batch_output(file: Path, out_dir: Path | None) -> bool:
    """A report a previous batch wrote into ``out_dir`` (``X.report.pdf`` next to ``X.json``)."""
    if out_dir is None or not file.name.lower().endswith(".report.pdf"):
        return False
    try:
        inside = Path(os.path.abspath(file)).is_relative_to(Path(os.path.abspath(out_dir)))
    except ValueError:
        return False
    return inside and file.with_name(file.name[: -len(".report.pdf")] + ".json").is_file()


def collect_charts(inputs: Sequence[str], exclude_outputs_in: Path | None = None) -> list[Chart]:
    """Every chart named by ``inputs``, each once, sorted by key.

    A key is the chart's path relative to the folder it was found in (its own folder for a file);
    when two charts would share a key, every key becomes relative to the inputs' common folder.
    Reports a batch wrote into ``exclude_outputs_in`` (an ``--out`` inside an input folder) are
    not charts.
    """
    seen: dict[Path, tuple[Path, Path]] = {}
    for item in inputs:
        for file, base in _expand(item):
            if not _batch_output(file, exclude_outputs_in):
                seen.setdefault(_identity(file), (file, base))
    if not seen:
        raise UsageError("E050", inputs=", ".join(inputs) or "the command line")
    pairs = [(Path(os.path.abspath(file)), file, Path(os.path.abspath(base))) for file, base in seen.values()]
    keys = [os.path.relpath(r, b).replace(os.sep, "/") for r, _, b in pairs]
    if len(set(keys)) < len(keys):
        common = os.path.commonpath([str(r.parent) for r, _, _ in pairs])
        keys = [os.path.relpath(r, common).replace(os.sep, "/") for r, _, _ in pairs]
    charts = [Chart(file, key) for (_, file, _), key in zip(pairs, keys)]
    return sorted(charts, key=lambda c: c.key)


def output_bases(charts: Sequence[Chart]) -> dict[str, str]:
    """Chart key -> output name without extension: ``sub/a.pdf`` -> ``sub/a`` unless that clashes."""
    def stem(c: Chart) -> str:
        if c.documents:
            return c.key  # a course is named after the course, dots and all
        return c.key.rsplit(".", 1)[0] if "." in c.key.rsplit("/", 1)[-1] else c.key

    counts: dict[str, int] = {}
    for c in charts:
        counts[stem(c).lower()] = counts.get(stem(c).lower(), 0) + 1
    out = {}
    for c in charts:
        s = stem(c)
        if counts[s.lower()] > 1 or s.lower() in _RESERVED:
            s = c.key + ".course" if c.documents else c.key
        out[c.key] = s
    return out
