"""A knee sponge under the knees (or setup tattoos) is a comfort support, not an immobilisation device: a course
positioned with nothing else documents no immobilization (as the reader's positioning fact says), so the
positioning requirement is not met; a vacuum cushion beside the sponge still meets it."""

from __future__ import annotations

import json
from pathlib import Path

from srscheck.cli import main

CHART = """SBRT TREATMENT SUMMARY
Unit: Varian TrueBeam. Right upper lobe tumour, 54 Gy in 3 fractions, treated 04/06/2026, 04/08/2026 and 04/10/2026.
Simulation: 4DCT supine on the flat couch top {how}; setup to three tattoos.
CBCT before each fraction.
"""


def _status(tmp_path: Path, capsys, how: str) -> str:
    chart = tmp_path / "chart.txt"
    chart.write_text(CHART.format(how=how), encoding="utf-8")
    assert main(["check", str(chart), "--codes", "77373", "--json", "-", "--no-save"]) == 0
    code = json.loads(capsys.readouterr().out)["codes"][0]
    return next(r["status"] for r in code["requirements"] if r["id"] == "positioning.immobilization")


def test_a_knee_sponge_alone_is_no_immobilization(tmp_path: Path, capsys) -> None:
    assert _status(tmp_path, capsys, "with a knee sponge") != "met"


def test_a_vacuum_cushion_beside_it_is(tmp_path: Path, capsys) -> None:
    assert _status(tmp_path, capsys, "in a vacuum cushion with a knee sponge") == "met"
