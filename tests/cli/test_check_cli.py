"""``srscheck check``: exit statuses, --json OUT and -, --set overrides, .txt input, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _charts import chart_text, write_chart

from srscheck.cli import main

STATUSES = {"met", "partial", "missing"}
VERDICTS = {"supported", "gaps", "contradicted"}


@pytest.fixture(scope="module")
def chart(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_chart(tmp_path_factory.mktemp("check") / "chart.pdf", lesions=2, pages=2)


def _one_line_error(err: str, code: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"srscheck: {code}:"), err
    assert "Traceback" not in err


def test_json_to_file(chart: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    assert main(["check", str(chart), "--codes", "77372, 77432,61796", "--json", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert data["source"]["file"] == "chart.pdf" and data["source"]["pages"] == 2
    assert data["claimed_codes"] == ["77372", "77432", "61796"]
    assert [c["code"] for c in data["codes"]] == ["77372", "77432", "61796"]
    for code in data["codes"]:
        assert code["verdict"] in VERDICTS and isinstance(code["consistent"], bool)
        assert {r["status"] for r in code["requirements"]} <= STATUSES
    assert data["facts"]["modality"]["value"] == "linac"
    assert data["facts"]["lesion_count"]["value"] == 2
    assert not list(tmp_path.glob(".*.tmp"))


def test_json_to_stdout_is_only_json_and_deterministic(chart: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(chart), "--codes", "77372", "--json", "-"]) == 0
    first = capsys.readouterr().out
    assert main(["check", str(chart), "--codes", "77372", "--json", "-"]) == 0
    assert capsys.readouterr().out == first
    assert json.loads(first)["claimed_codes"] == ["77372"]


def test_terminal_summary_without_json(chart: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(chart), "--codes", "77372"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("chart.pdf: 2 page(s)")
    assert "77372" in out and "suggested:" in out


def test_set_overrides_a_fact(chart: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(chart), "--codes", "77372", "--json", "-",
                 "--set", "lesion_count=5", "--set", "imaging=ct,MRI,PET"]) == 0
    facts = json.loads(capsys.readouterr().out)["facts"]
    assert facts["lesion_count"] == {**facts["lesion_count"], "value": 5, "overridden": True, "original": 2}
    assert facts["imaging"]["value"] == ["CT", "MRI", "PET"] and facts["imaging"]["overridden"] is True


@pytest.mark.parametrize("setting, code", [
    ("lesion_count=many", "E023"),
    ("colour=blue", "E022"),
    ("modality=laser", "E023"),
    ("lesion_count", "E023"),
])
def test_bad_override_is_a_usage_error(chart: Path, setting: str, code: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(chart), "--set", setting]) == 2
    _one_line_error(capsys.readouterr().err, code)


def test_text_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    txt = tmp_path / "copied.txt"
    txt.write_text(chart_text(1), encoding="utf-8")
    assert main(["check", str(txt), "--codes", "77372", "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"]["file"] == "copied.txt" and data["source"]["pages"] == 1
    assert data["facts"]["modality"]["value"] == "linac"
    assert data["facts"]["lesion_count"]["value"] == 1


def test_csv_export_is_a_text_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record-and-verify history exported as .csv is text (its rows a table), not E002 'not a PDF or text'."""
    rx = tmp_path / "prescription.txt"
    rx.write_text("SRS PRESCRIPTION\nTreatment unit: 6 MV linac, thermoplastic mask\n"
                  "Target: right parietal metastasis  25 Gy in 5 fractions\n", encoding="utf-8")
    record = tmp_path / "record.csv"
    record.write_text("date,fraction,target,dose_cgy,cumulative_cgy,imaging,status\n"
                      + "".join(f"2026-03-{9 + k:02d},{k},R_parietal,500,{500 * k},CBCT matched,treated\n"
                                for k in range(1, 6)), encoding="utf-8")
    assert main(["check", str(rx), str(record), "--codes", "77373", "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facts"]["fractions"]["value"] == 5
    assert any(e["document"] == 1 for e in data["facts"]["fractions"]["evidence"])  # the record's rows


@pytest.mark.parametrize("argv, status, code", [
    (["check", "{missing}"], 3, "E001"),
    (["check", "{notpdf}"], 3, "E002"),
    (["check", "{folder}"], 3, "E009"),
    (["check", "{chart}", "--codes", "77372,7737"], 2, "E021"),
    (["check", "{chart}", "--json", "{nodir}/r.json"], 4, "E030"),
])
def test_errors_are_one_sentence_with_status(chart: Path, tmp_path: Path, argv: list[str], status: int,
                                             code: str, capsys: pytest.CaptureFixture[str]) -> None:
    notpdf = tmp_path / "notes.pdf"
    notpdf.write_bytes(b"Dear colleague, thank you for the referral.\n")
    names = {"missing": tmp_path / "nope.pdf", "notpdf": notpdf, "folder": tmp_path, "chart": chart,
             "nodir": tmp_path / "no" / "such"}
    assert main([a.format(**names) for a in argv]) == status
    captured = capsys.readouterr()
    _one_line_error(captured.err, code)
    assert captured.out == ""


def test_usage_error_from_argparse_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "srscheck check --help" in err


def test_report_is_written(chart: Path, tmp_path: Path) -> None:
    pytest.importorskip("srscheck.report")
    out = tmp_path / "gap.pdf"
    assert main(["check", str(chart), "--codes", "77372", "--report", str(out), "--json",
                 str(tmp_path / "r.json"), "--coder", "TESTCODER"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_real_process_exit_status_and_no_traceback(tmp_path: Path) -> None:
    """The installed entry point, as a coder runs it: status 3 and one line for a missing chart."""
    proc = subprocess.run([sys.executable, "-m", "srscheck.cli", "check", str(tmp_path / "gone.pdf")],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 3
    _one_line_error(proc.stderr, "E001")


def test_written_files_get_the_usual_permissions(chart: Path, tmp_path: Path) -> None:
    """Outputs are written through a private temporary file, but end with the umask's permissions."""
    import os

    out = tmp_path / "out.json"
    mask = os.umask(0o022)
    try:
        assert main(["check", str(chart), "--json", str(out)]) == 0
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644
