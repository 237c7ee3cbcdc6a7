"""Inputs of a batch: files, folders and globs -> charts with stable keys and output names."""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from srscheck.core.messages import UsageError

CHART_SUFFIXES = (".pdf", ".txt")
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
    """(file, base) pairs for one input; a missing plain path is kept so its row says so."""
    path = Path(item)
    if path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file() and _is_chart(p)]
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


def collect_charts(inputs: Sequence[str]) -> list[Chart]:
    """Every chart named by ``inputs``, each once, sorted by key.

    A key is the chart's path relative to the folder it was found in (its own folder for a file);
    when two charts would share a key, every key becomes relative to the inputs' common folder.
    """
    seen: dict[Path, tuple[Path, Path]] = {}
    for item in inputs:
        for file, base in _expand(item):
            seen.setdefault(file.resolve(), (file, base))
    if not seen:
        raise UsageError("E050", inputs=", ".join(inputs) or "the command line")
    pairs = [(resolved, file, base.resolve()) for resolved, (file, base) in seen.items()]
    keys = [r.relative_to(b).as_posix() for r, _, b in pairs]
    if len(set(keys)) < len(keys):
        common = Path(os.path.commonpath([str(r.parent) for r, _, _ in pairs]))
        keys = [r.relative_to(common).as_posix() for r, _, _ in pairs]
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
