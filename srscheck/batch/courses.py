"""Courses: several chart documents (consult, plan, treatment summary...) read as one course.

Two rules, both explicit (a batch without them checks every file on its own, as before):

* ``--courses``: every folder directly inside an input folder is one course, named after the folder;
  every chart file under it (at any depth) is one of its documents, read in the order of their
  paths. Files lying directly in the input folder stay charts of their own.
* a ``course`` column in the claims file: the files of the rows that share a course name are one
  course, named after it, claiming the codes of all its rows. The column wins over ``--courses``
  for the files it lists.

A course's outputs are named after the course (``<course>.json``), and its summary row lists its
documents.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from srscheck.core.messages import UsageError

from .claims import Claims
from .inputs import Chart

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def course_name(text: str) -> str:
    """A course name usable as a file name: path separators and reserved characters become ``_``."""
    name = _UNSAFE.sub("_", text.strip()).strip(" .")
    return name or "course"


def group_courses(charts: Sequence[Chart], *, claims: Claims | None = None, by_folder: bool = False) -> list[Chart]:
    """The charts with the files of each course replaced by one course entry, sorted by key."""
    by_course: dict[str, list[Chart]] = {}
    alone: list[Chart] = []
    for chart in charts:
        name = None
        if claims is not None and claims.courses:
            entry = claims.lookup(chart)
            if entry is not None and entry in claims.courses:
                name = course_name(claims.courses[entry])
        if name is None and by_folder and "/" in chart.key:
            name = course_name(chart.key.split("/", 1)[0])
        if name is None:
            alone.append(chart)
        else:
            by_course.setdefault(name, []).append(chart)
    taken = {c.key.lower() for c in alone}
    out = list(alone)
    for name, docs in by_course.items():
        if name.lower() in taken:
            raise UsageError("E056", course=name)
        docs = sorted(docs, key=lambda c: c.key)
        out.append(Chart(path=docs[0].path, key=name, documents=tuple(docs)))
    return sorted(out, key=lambda c: c.key)


def document_paths(chart: Chart) -> list[Path]:
    return [c.path for c in chart.parts]
