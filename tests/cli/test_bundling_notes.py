"""77290 suggested beside 77301: the payer bundling rule of 77301's template (``not_with``, with its
source in coding-rules.md) is a note on the suggestion, in the JSON, the terminal and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest
from srscheck.checklists.rules import bundle_note
from srscheck.checklists.templates import TemplateStore

from srscheck.cli import main

SOURCE = "coding-rules.md sections 4b (BCBS NC policy, commercial) and 1c"


CHART = """Stereotactic Radiosurgery Summary
Diagnosis\tSolitary right occipital brain metastasis, 2.3 cm, from colorectal adenocarcinoma
Treatment unit\tVarian TrueBeam (6X-FFF)
Treatment date\t02/12/2025
Simulation
A thermoplastic SRS mask was made on 02/06/2025. A planning CT (1 mm) was fused with a contrast-enhanced MRI
of the brain (1 mm T1) obtained the same day.
Plan
GTV contoured on MRI, PTV = GTV + 1 mm (6.1 cc). Single-isocenter VMAT with three non-coplanar arcs (Eclipse).
Prescription 18 Gy in 1 fraction to the 80% isodose line. Brainstem Dmax 2.9 Gy.
Treatment
Cone-beam CT before treatment with a 6-degree-of-freedom couch correction. The full dose was delivered in one
session without interruption.
Summary
Right occipital metastasis: 18 Gy delivered in a single fraction.
"""


@pytest.fixture
def chart(tmp_path: Path) -> Path:
    """VMAT (an inverse plan) with its dose limits, a planning CT and a mask: 77301 and 77290 are both
    suggested."""
    path = tmp_path / "chart.txt"
    path.write_text(CHART, encoding="utf-8")
    return path


def _suggestions(capsys, *args: str) -> dict[str, dict]:
    assert main(["check", *args, "--json", "-", "--no-save"]) == 0
    return {s["code"]: s for s in json.loads(capsys.readouterr().out)["suggestions"]}


def test_the_rule_and_its_source_are_template_data():
    tpl, _ = TemplateStore(user=None).get("77301")
    (rule,) = [b for b in tpl.not_with if "77290" in b.codes]
    assert rule.source == SOURCE
    assert bundle_note("77290", "77301", rule).startswith(
        "Payer bundling with 77301: some payers bundle simulation, 3-D planning and basic physics within 30 "
        "days of an IMRT plan. Modifier: 59 only when the service is for a different tumor. Source: " + SOURCE)


def test_77290_suggested_beside_77301_carries_the_note(chart, capsys):
    s = _suggestions(capsys, str(chart))
    assert "77301" in s and "77290" in s
    (note,) = s["77290"]["notes"]
    assert note.startswith("Payer bundling with 77301:") and SOURCE in note
    assert "notes" not in s["77301"], "the pair is noted once, on the code the payer bundles"
    assert all("notes" not in v for k, v in s.items() if k not in ("77290",))


def test_77301_suggested_when_77290_is_claimed_carries_it(chart, capsys):
    s = _suggestions(capsys, str(chart), "--codes", "77290")
    assert s["77301"]["notes"][0].startswith("Payer bundling with 77290:")


def test_terminal_and_report_show_the_note(chart, capsys, tmp_path):
    assert main(["check", str(chart), "--no-save"]) == 0
    assert "  note on 77290: Payer bundling with 77301: some payers bundle" in capsys.readouterr().out
    report = tmp_path / "r.pdf"
    assert main(["check", str(chart), "--no-save", "--codes", "77372", "--report", str(report)]) == 0
    with pdfplumber.open(report) as pdf:
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "Note: Payer bundling with 77301: some payers bundle simulation, 3-D planning and basic physics" in text
    assert "Source: coding-rules.md sections 4b (BCBS NC policy, commercial) and 1c." in text
