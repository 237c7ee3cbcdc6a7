"""Status icons drawn for srscheck (SVG files in ``srscheck.resources/icons``)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtGui import QIcon

STATUS_ICONS = {"met": "status-met", "partial": "status-partial", "missing": "status-missing"}
VERDICT_ICONS = {"supported": "status-met", "gaps": "status-partial", "contradicted": "problem"}


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (file stem), or an empty icon when it is not shipped."""
    path = files("srscheck.resources") / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def status_icon(status: str) -> QIcon:
    return icon(STATUS_ICONS.get(status, "unknown"))


def verdict_icon(verdict: str) -> QIcon:
    return icon(VERDICT_ICONS.get(verdict, "unknown"))
