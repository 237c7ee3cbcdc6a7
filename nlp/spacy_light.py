"""Import spaCy without its command line (imported by :mod:`srscheck.nlp.pipeline` before spaCy).

``spacy/__init__.py`` imports ``spacy.cli.info`` only to offer ``spacy.info``, and that pulls in spaCy's
whole command line (requests, typer, jinja2, weasel, the model downloader): about a fifth of importing
spaCy, for a reader that never uses it. When spaCy is not imported yet, this module imports it with a
stand-in for ``spacy.cli.info`` whose ``info`` imports the real one on first use. The stand-ins are
removed right after, so a later ``import spacy.cli`` (or ``spacy.info()``) gets the real command line.
spaCy's registry, pipeline components and tokenizers do not depend on ``spacy.cli``.

Only where that is known to hold: the spaCy series pyproject pins (3.7), whose ``__init__`` names
``spacy.cli`` in that one import and whose other modules never import it when loaded (a test reads
spaCy's sources to keep it so). Any other spaCy, or an ``__init__`` that names ``spacy.cli`` otherwise,
is imported the ordinary way.
"""

from __future__ import annotations

import re
import sys
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")
SERIES = ("3.7.",)  # the spaCy versions this was checked against (pyproject: spacy>=3.7,<3.8)
_CLI_IMPORT = "from .cli.info import info"


def _info(*args: Any, **kwargs: Any) -> Any:
    from importlib import import_module

    return import_module("spacy.cli.info").info(*args, **kwargs)


def stand_in_is_safe() -> bool:
    """Whether the installed spaCy is one the stand-in was checked against (read without importing it)."""
    try:
        spec = find_spec("spacy")
        if spec is None or not spec.submodule_search_locations:
            return False
        folder = Path(list(spec.submodule_search_locations)[0])
        about = (folder / "about.py").read_text(encoding="utf-8")
        init = (folder / "__init__.py").read_text(encoding="utf-8")
    except (ImportError, ValueError, OSError):
        return False
    version = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", about, re.MULTILINE)
    if version is None or not version.group(1).startswith(SERIES):
        return False
    mentions = [line for line in init.splitlines() if "cli" in line and not line.lstrip().startswith("#")]
    return len(mentions) == 1 and mentions[0].strip().startswith(_CLI_IMPORT)


def import_spacy() -> None:
    """Import spaCy (without ``spacy.cli`` where that is safe) unless it is imported already."""
    if "spacy" in sys.modules:
        return
    if not stand_in_is_safe():
        import spacy  # noqa: F401
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
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]
        module = sys.modules.get("spacy")
        if module is not None and module.__dict__.get("cli") is cli:
            del module.__dict__["cli"]


import_spacy()
