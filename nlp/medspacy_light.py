"""medspaCy's ConText and Sectionizer without the rest of the package, leaving ``import medspacy`` whole.

``import medspacy`` runs the package's ``__init__``, which imports every component: PyRuSH (and loguru),
the target matcher and QuickUMLS (and with it NLTK), about 0.3 s of a start for modules the reader never
uses. :func:`import_components` registers the package without running its ``__init__``, imports the two
modules, and stands in for QuickUMLS (which ``medspacy.util`` imports only to register the QuickUMLS
component) while they load.

The package must not stay half made: other code in the same process (a notebook, a plug-in) may
``import medspacy`` and call ``medspacy.load``. So the package gets a module ``__getattr__`` (PEP 562):
the first look-up of a name the skipped ``__init__`` would have defined (``load``, ``components``,
``__version__`` ...) imports the real QuickUMLS component, runs the package's ``__init__`` as
``import medspacy`` would have, removes the hook and answers. Until then nothing of ours changes.
"""

from __future__ import annotations

import sys
import threading
from importlib.util import find_spec, module_from_spec
from types import ModuleType
from typing import Any

_PARTS = ("medspacy._extensions", "medspacy.context", "medspacy.section_detection")
_lock = threading.RLock()


def import_components() -> None:
    """Import ``medspacy.context`` and ``medspacy.section_detection`` (registering the
    ``medspacy_context`` and ``medspacy_sectionizer`` factories) and set medspaCy's extensions."""
    with _lock:
        if all(name in sys.modules for name in _PARTS):
            return
        package = sys.modules.get("medspacy")
        partial = package is None
        if package is None:
            spec = find_spec("medspacy")
            if spec is None:
                raise ImportError("medspaCy is not installed")
            package = module_from_spec(spec)  # the package, its __init__ not run
            sys.modules["medspacy"] = package
        stand_in = "quickumls" not in sys.modules
        if stand_in:
            quickumls = ModuleType("quickumls")
            quickumls.spacy_component = ModuleType("quickumls.spacy_component")  # type: ignore[attr-defined]
            sys.modules["quickumls"] = quickumls
        try:
            import medspacy._extensions
            import medspacy.context  # noqa: F401  (registers the medspacy_context factory)
            import medspacy.section_detection  # noqa: F401  (registers medspacy_sectionizer)
        except BaseException:
            if partial:  # leave no half-made package behind
                for name in [n for n in sys.modules if n == "medspacy" or n.startswith("medspacy.")]:
                    del sys.modules[name]
            raise
        finally:
            if stand_in:
                sys.modules.pop("quickumls", None)
        medspacy._extensions.set_extensions()
        if partial:
            package.__getattr__ = _Completion(package, quickumls_stood_in=stand_in)  # type: ignore[attr-defined]


class _Completion:
    """The package's ``__getattr__`` until its ``__init__`` has run (see the module docstring)."""

    def __init__(self, package: ModuleType, *, quickumls_stood_in: bool) -> None:
        self.package = package
        self.quickumls_stood_in = quickumls_stood_in

    def __call__(self, name: str) -> Any:
        with _lock:
            namespace = self.package.__dict__
            if namespace.get("__getattr__") is self:
                del namespace["__getattr__"]
                try:
                    self._run_init()
                except BaseException:
                    namespace["__getattr__"] = self  # as a failed ``import medspacy`` would: try again
                    raise
            try:
                return namespace[name]
            except KeyError:
                raise AttributeError(f"module 'medspacy' has no attribute {name!r}") from None

    def _run_init(self) -> None:
        util = sys.modules.get("medspacy.util")
        if self.quickumls_stood_in and util is not None:
            # medspacy.util was imported with the stand-in: import the real component (it registers
            # the medspacy_quickumls factory) as that module's own import would have
            from quickumls import spacy_component

            util.spacy_component = spacy_component  # type: ignore[attr-defined]
        spec = self.package.__spec__
        assert spec is not None and spec.loader is not None
        spec.loader.exec_module(self.package)
