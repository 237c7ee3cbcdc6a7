#!/usr/bin/env python3
"""Check the import-linter contracts in pyproject.toml against the package as it installs.

The repository keeps its top-level folders (nlp/, checklists/, desktop/, resources/) and
pyproject.toml maps them into one import package (``srscheck.nlp`` ...). import-linter (grimp) walks
a package's own folder, so it cannot follow that mapping in a checkout; this script lays the
modules out as an install does (links in a temporary folder, from ``[tool.setuptools.package-dir]``)
and runs ``lint-imports`` there.

    python scripts/lint_layers.py        # exit 0 when every contract holds
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def layout(target: Path) -> None:
    """``target/srscheck/...`` as installed: every ``.py`` of the package and of each mapped folder."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"].get("package-dir", {})
    roots = {"srscheck": ROOT / "srscheck"}
    roots.update({name: ROOT / folder for name, folder in mapping.items()})
    for name, folder in sorted(roots.items()):
        dest = target.joinpath(*name.split("."))
        for src in folder.rglob("*.py"):
            rel = src.relative_to(folder)
            if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
                continue
            out = dest / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            if not out.exists():
                os.symlink(src, out)


def main() -> int:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    with tempfile.TemporaryDirectory(prefix="srscheck-layers-") as tmp:
        layout(Path(tmp))
        env = dict(os.environ, PYTHONPATH=tmp)
        proc = subprocess.run([exe, str(ROOT / "pyproject.toml"), "--no-cache"], cwd=tmp, env=env,
                              capture_output=True, text=True)
    sys.stdout.write(proc.stdout[proc.stdout.find("Contracts"):] if "Contracts" in proc.stdout else proc.stdout)
    sys.stderr.write(proc.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
