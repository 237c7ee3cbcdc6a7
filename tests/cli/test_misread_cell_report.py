"""A log's dose cell read as its running total's step (quantities._running_total_steps) is said in the review list
of ``srscheck check``'s JSON and in the PDF report's review section, with the cell's words."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber

from srscheck.cli import main

LOG = """Stereotactic body radiotherapy - treatment delivery log
Prescription: 3625 cGy in 5 fractions to the prostate PTV, rectal spacer placed, daily cone-beam CT.

Fx   Date     Dose cGy   Cum cGy
1    03/02    725        725
2    03/04    725        1450
3    03/06    725        2175
4    03/09    1725       2900
5    03/11    725        3625
"""


def test_the_misread_cell_flag_is_in_the_json_and_the_report(tmp_path: Path, capsys) -> None:
    chart = tmp_path / "log.txt"
    chart.write_text(LOG, encoding="utf-8")
    report = tmp_path / "report.pdf"
    assert main(["check", str(chart), "--json", "-", "--report", str(report), "--no-save"]) == 0
    d = json.loads(capsys.readouterr().out)
    (flag,) = [f for f in d["review"] if f.get("kind") == "misread_cell"]
    assert flag["fact"] == "lesions" and "reads 1725" in flag["message"] and "7.25 Gy was used" in flag["message"]
    assert flag["evidence"][0]["text"] == "1725"
    with pdfplumber.open(report) as pdf:
        text = " ".join(" ".join(p.extract_text() or "" for p in pdf.pages).split())
    review = text[text.index("Review first"):]
    assert "fraction 4 reads 1725 (17.25 Gy), but its running total steps by 7.25 Gy" in review
    assert "“1725”" in review
