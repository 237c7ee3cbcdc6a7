"""The package installs as one import name, and its layers hold (import-linter contracts)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "lint_layers.py")], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def test_contracts_catch_an_upward_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker itself can fail: a reading module importing the application breaks the layers."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import lint_layers
    finally:
        sys.path.pop(0)
    lint_layers.layout(tmp_path)
    bad = tmp_path / "srscheck" / "nlp" / "zz_upward.py"
    bad.write_text("from srscheck.api import analyze\n", encoding="utf-8")
    exe = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(exe), str(ROOT / "pyproject.toml"), "--no-cache"], cwd=tmp_path,
                          env={"PYTHONPATH": str(tmp_path), "PATH": str(exe.parent)}, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode != 0
    assert "srscheck.nlp.zz_upward -> srscheck.api" in proc.stdout


def test_wheel_has_one_top_level_name(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 and "setuptools" in proc.stderr:
        pytest.skip("setuptools is not installed in this environment: " + proc.stderr.strip()[-200:])
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("srscheck-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert tops == {"srscheck"}
    assert "srscheck/nlp/reader.py" in names
    assert "srscheck/desktop/app.py" in names
    assert "srscheck/resources/vocab/concepts.yaml" in names
    assert "srscheck/resources/checklists/77373.yaml" in names
    assert "srscheck/resources/fonts/DejaVuSans.ttf" in names
    # every module of the source tree is in the wheel (a new subpackage must be listed in pyproject)
    sources = {f"srscheck/{p.relative_to(ROOT / 'srscheck').as_posix()}" for p in (ROOT / "srscheck").rglob("*.py")}
    for folder, name in (("nlp", "nlp"), ("checklists", "checklists"), ("desktop", "desktop")):
        sources |= {f"srscheck/{name}/{p.relative_to(ROOT / folder).as_posix()}"
                    for p in (ROOT / folder).rglob("*.py")}
    assert not sources - set(names), "modules missing from the wheel"
    top_level = next(n for n in names if n.endswith("top_level.txt"))
    with zipfile.ZipFile(wheel) as zf:
        assert zf.read(top_level).decode().split() == ["srscheck"]


def test_python_dash_m_srscheck_runs() -> None:
    proc = subprocess.run([sys.executable, "-m", "srscheck", "--version"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("srscheck ")
