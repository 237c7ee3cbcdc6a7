"""Import spaCy without its command line (imported by :mod:`srscheck.nlp.pipeline` before spaCy).

``spacy/__init__.py`` imports ``spacy.cli.info`` only to offer ``spacy.info``, and that pulls in spaCy's
whole command line (requests, typer, jinja2, weasel, the model downloader): about a fifth of importing
spaCy, for a reader that never uses it. When spaCy is not imported yet, this module imports it with a
stand-in for ``spacy.cli.info`` whose ``info`` imports the real one on first use. The stand-ins are
removed right after, so a later ``import spacy.cli`` gets the real command line. spaCy's registry,
pipeline components and tokenizers do not depend on ``spacy.cli``.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    from importlib import import_module

    return import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy (without ``spacy.cli``) unless it is imported already."""
    if "spacy" in sys.modules:
        return
    cli = ModuleType("spacy.cli")
    cli.__path__ = []  # a package with no submodules of its own
    info = ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy  # noqa: F401
    finally:
        for name in _STAND_INS:
            sys.modules.pop(name, None)
        module = sys.modules.get("spacy")
        if module is not None:
            module.__dict__.pop("cli", None)


import_spacy()
