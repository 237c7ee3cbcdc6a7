"""Per-chart bounds: how much one chart may cost before srscheck stops it with a clear status.

Every bound has a default, an environment variable and a command-line option (``check`` and
``batch``); 0 turns a bound off. The reading layer asks :func:`current` (the bounds in force in this
process); the command line and the batch workers set them with :func:`use`.

* ``memory_mb``: address space of the process that reads the chart (``RLIMIT_AS``), enforced in the
  child process of ``check`` and in each batch worker;
* ``seconds``: wall time for one chart (the child of ``check`` is stopped, a batch worker raises);
* ``chars``: characters of text after reading (a text over spaCy's 1,000,000 is processed in pieces,
  :mod:`srscheck.nlp.pieces`);
* ``pages``: pages of a PDF;
* ``stream_mb``: decoded size of the PDF's compressed content streams (a few KB can inflate to
  gigabytes); images (a PDF's, or the frames of an image file) may use :data:`IMAGE_FACTOR` times as much;
* ``ocr_megapixels``: pixels of one page rendered for OCR (the resolution is lowered to fit first).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any, Mapping

from .messages import TooLarge

ENV = {
    "memory_mb": "SRSCHECK_MAX_MEMORY_MB",
    "seconds": "SRSCHECK_MAX_SECONDS",
    "chars": "SRSCHECK_MAX_CHARS",
    "pages": "SRSCHECK_MAX_PAGES",
    "stream_mb": "SRSCHECK_MAX_STREAM_MB",
    "ocr_megapixels": "SRSCHECK_MAX_OCR_MEGAPIXELS",
}
OPTION = {
    "memory_mb": "--max-memory",
    "seconds": "--max-seconds",
    "chars": "--max-chars",
    "pages": "--max-pages",
    "stream_mb": "--max-stream-mb",
    "ocr_megapixels": "--max-ocr-megapixels",
}


IMAGE_FACTOR = 8  # decoded images may use this many times the ``stream_mb`` bound


@dataclass(frozen=True)
class Limits:
    memory_mb: int = 2048
    seconds: float = 300.0
    chars: int = 3_000_000
    pages: int = 1000
    stream_mb: int = 32
    ocr_megapixels: float = 40.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Limits":
        """Defaults, then the environment, then explicit values (``None`` values are ignored)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV[f.name])
            if raw not in (None, ""):
                try:
                    values[f.name] = type(getattr(cls, f.name))(float(raw))
                except ValueError:
                    pass  # a typo in the environment falls back to the default
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    def to_env(self) -> dict[str, str]:
        """The environment variables that give these limits to another process."""
        return {ENV[f.name]: str(getattr(self, f.name)) for f in fields(self)}


_current: Limits | None = None


def current() -> Limits:
    """The limits in force in this process (from the environment unless :func:`use` set them)."""
    return _current if _current is not None else Limits.from_env()


def use(limits: Limits | None) -> None:
    global _current
    _current = limits


def describe(name: str, value: float) -> str:
    """``chars`` 3000000 -> '3,000,000 characters' (for messages)."""
    unit = {"memory_mb": "MB of memory", "seconds": "seconds", "chars": "characters", "pages": "pages",
            "stream_mb": f"MB of decoded streams, {IMAGE_FACTOR} times that for images",
            "ocr_megapixels": "megapixels per OCR page"}[name]
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    return f"{number} {unit}"


def exceeded(file: str, name: str, what: str, limits: Limits | None = None):
    """The :class:`~srscheck.core.messages.TooLarge` error for a bound that ``what`` went over."""
    value = getattr(limits or current(), name)
    return TooLarge("E011", file=file, what=what, limit=describe(name, value), option=OPTION[name], env=ENV[name])


__all__ = ["ENV", "IMAGE_FACTOR", "OPTION", "Limits", "current", "describe", "exceeded", "use"]
