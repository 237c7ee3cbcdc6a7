"""srscheck imports spaCy without its command line and medspaCy without its every component (start-up,
see srscheck.nlp.spacy_light and medspacy_light). Neither may leave a third-party package half made
for other code in the same process."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
from srscheck.nlp import spacy_light

ENV = {**os.environ, "PYTHONWARNINGS": "ignore"}


def _run(code: str, *args: str, cache: Path | None = None) -> str:
    env = dict(ENV, SRSCHECK_CACHE=str(cache) if cache else "off")
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_medspacy_imported_after_a_check_is_the_whole_package(samples_dir: Path, tmp_path: Path) -> None:
    chart = next(p for p in sorted(samples_dir.iterdir()) if p.suffix == ".pdf")
    code = (
        "import sys\nfrom srscheck.api import analyze\n"
        "analyze(sys.argv[1], '77372')\n"
        "assert 'PyRuSH' not in sys.modules and 'quickumls' not in sys.modules  # not paid for by the check\n"
        "import medspacy\nfrom medspacy import load\nimport spacy\n"
        "from medspacy.ner import TargetRule\n"
        "nlp = load()\n"
        "nlp.get_pipe('medspacy_target_matcher').add([TargetRule('pneumonia', 'PROBLEM')])\n"
        "doc = nlp('No evidence of pneumonia.')\n"
        "print(medspacy.__version__, nlp.pipe_names, [(e.text, e._.is_negated) for e in doc.ents],\n"
        "      spacy.Language.has_factory('medspacy_quickumls'), '__getattr__' in vars(medspacy))\n"
    )
    fresh = ("import medspacy, spacy\nfrom medspacy.ner import TargetRule\nnlp = medspacy.load()\n"
             "nlp.get_pipe('medspacy_target_matcher').add([TargetRule('pneumonia', 'PROBLEM')])\n"
             "doc = nlp('No evidence of pneumonia.')\n"
             "print(medspacy.__version__, nlp.pipe_names, [(e.text, e._.is_negated) for e in doc.ents],\n"
             "      spacy.Language.has_factory('medspacy_quickumls'), '__getattr__' in vars(medspacy))\n")
    after = _run(code, str(chart), cache=tmp_path / "c").strip().splitlines()[-1]
    alone = _run(fresh).strip().splitlines()[-1]
    assert after == alone
    assert "[('pneumonia', True)] True False" in after


def test_a_check_after_medspacy_was_imported_gives_the_same_json(samples_dir: Path, tmp_path: Path) -> None:
    chart = next(p for p in sorted(samples_dir.iterdir()) if p.suffix == ".pdf")
    check = "from srscheck.api import analyze\nprint(analyze(sys.argv[1], '77372').to_json())\n"
    ours = _run("import sys\n" + check, str(chart), cache=tmp_path / "c")
    theirs = _run("import sys\nimport medspacy, spacy.cli\n" + check, str(chart), cache=tmp_path / "c")
    assert ours == theirs and json.loads(ours)["source"]["file"] == chart.name


def test_spacy_command_line_works_after_srscheck() -> None:
    code = ("import sys\nimport srscheck.nlp.pipeline\nimport spacy\n"
            "print('spacy.cli' in sys.modules)\n"
            "import spacy.cli\nfrom spacy.cli import download\nfrom spacy.cli.info import info\n"
            "print(callable(download), spacy.info.__module__, sorted(info(markdown=False, silent=True))[:2])\n")
    lines = _run(code).strip().splitlines()
    assert lines[0] == "False"  # the reader did not pay for it
    assert lines[1].startswith("True ")  # ... and it is all there when asked for


def _module_level_imports(tree: ast.Module, package: str) -> list[str]:
    """Absolute names of the imports a module runs when loaded (not those inside functions)."""
    names: list[str] = []

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                names.extend(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
                names.extend([base] + [f"{base}.{a.name}" for a in node.names])
            elif isinstance(node, (ast.If, ast.Try, ast.With)):
                for field in ("body", "orelse", "finalbody", "handlers"):
                    for sub in getattr(node, field, []) or []:
                        visit(sub.body if isinstance(sub, ast.ExceptHandler) else [sub])

    visit(tree.body)
    return names


def test_the_installed_spacy_is_one_the_stand_in_is_safe_for() -> None:
    """spaCy's modules, other than its command line and ``__init__``'s one import of ``spacy.info``,
    never import ``spacy.cli`` when loaded: what lets the reader skip it. A spaCy for which this stops
    holding must fail here (or be imported the ordinary way: ``stand_in_is_safe``)."""
    spec = find_spec("spacy")
    assert spec is not None and spec.submodule_search_locations
    root = Path(list(spec.submodule_search_locations)[0])
    offenders = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] in ("cli", "tests", "__main__.py"):  # the command line itself
            continue
        package = ".".join(("spacy", *rel.parent.parts))  # what a relative import is relative to
        imports = _module_level_imports(ast.parse(path.read_text(encoding="utf-8")), package)
        hits = [n for n in imports if n == "spacy.cli" or n.startswith("spacy.cli.")]
        if rel == Path("__init__.py"):
            hits = [n for n in hits if n not in ("spacy.cli.info", "spacy.cli.info.info")]
        if hits:
            offenders.append(f"{rel}: {hits}")
    assert offenders == []
    assert spacy_light.stand_in_is_safe()


@pytest.mark.parametrize("about,init,safe", [
    ('__version__ = "3.7.5"\n', "from .cli.info import info  # noqa: F401\n", True),
    ('__version__ = "3.8.0"\n', "from .cli.info import info  # noqa: F401\n", False),
    ('__version__ = "3.7.2"\n', "from .cli.info import info\nfrom .cli import app\n", False),
    ('__version__ = "3.7.2"\n', "", False),
])
def test_another_spacy_is_imported_the_ordinary_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    about: str, init: str, safe: bool) -> None:
    fake = tmp_path / "spacy"
    fake.mkdir()
    (fake / "about.py").write_text(about, encoding="utf-8")
    (fake / "__init__.py").write_text(init, encoding="utf-8")

    class Spec:
        submodule_search_locations = [str(fake)]

    monkeypatch.setattr(spacy_light, "find_spec", lambda name: Spec())
    assert spacy_light.stand_in_is_safe() is safe
