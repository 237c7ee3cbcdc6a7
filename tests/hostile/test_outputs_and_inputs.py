"""Hostile inputs and outputs: nothing a path can do loses a chart, hangs, or stops a batch."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from _build import CHART_TEXT, chart_pdf, chart_txt

from srscheck.batch import run_batch
from srscheck.batch.outdir import LOCK, OutLock
from srscheck.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


# -- never write over an input ---------------------------------------------------------------------

@pytest.mark.parametrize("option", ["--json", "--report"])
@pytest.mark.parametrize("via", ["same", "symlink", "hardlink"])
def test_check_refuses_an_output_that_is_the_chart(tmp_path: Path, option: str, via: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    chart = chart_pdf(tmp_path / "a.pdf")
    before = chart.read_bytes()
    target = chart
    if via == "symlink":
        target = tmp_path / "link.pdf"
        target.symlink_to(chart)
    elif via == "hardlink":
        target = tmp_path / "hard.pdf"
        os.link(chart, target)
    status, _, err = _run(["check", str(chart), option, str(target)], capsys)
    assert status == 2
    assert err.startswith("srscheck: E031:") and err.count("\n") == 1
    assert chart.read_bytes() == before


def test_batch_refuses_a_report_that_would_replace_an_input(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    chart_pdf(folder / "x.pdf")
    victim = chart_pdf(folder / "x.report.pdf")  # a chart that happens to be named like x's report
    before = victim.read_bytes()
    status, _, err = _run(["batch", str(folder), "--out", str(folder), "--reports", "--no-progress"], capsys)
    assert status == 2 and "E031" in err
    assert victim.read_bytes() == before


def test_out_inside_the_input_folder_does_not_check_its_own_outputs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    chart_pdf(folder / "a.pdf")
    chart_txt(folder / "b.txt")
    first = run_batch([str(folder)], folder / "out", reports=True)
    assert [r["chart"] for r in first.rows] == ["a.pdf", "b.txt"]
    assert (folder / "out" / "a.report.pdf").is_file()
    second = run_batch([str(folder)], folder / "out", reports=True)
    assert [r["chart"] for r in second.rows] == ["a.pdf", "b.txt"] and second.skipped == 2
    third = run_batch([str(folder)], folder, reports=True)  # --out is the input folder itself
    assert [r["chart"] for r in third.rows] == ["a.pdf", "b.txt"]
    fourth = run_batch([str(folder)], folder, reports=True)
    assert [r["chart"] for r in fourth.rows] == ["a.pdf", "b.txt"] and fourth.skipped == 2


# -- files that are not files ----------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_not_waited_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "chart.txt"
    os.mkfifo(fifo)
    status, _, err = _run(["check", str(fifo)], capsys)
    assert status == 3 and "E014" in err and "named pipe" in err
    chart_txt(tmp_path / "good.txt")
    outcome = run_batch([str(tmp_path)], tmp_path / "out")
    rows = {r["chart"]: r for r in outcome.rows}
    assert rows["chart.txt"]["status"] == "error" and rows["chart.txt"]["error"].startswith("E014")
    assert rows["good.txt"]["status"] == "checked"


def test_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    status, _, err = _run(["check", "/dev/zero"], capsys)
    assert status == 3 and "E014" in err


def test_symlinks_outside_broken_and_looping_get_rows(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    chart_txt(folder / "good.txt")
    elsewhere = chart_pdf(tmp_path / "elsewhere.pdf")
    (folder / "outside.pdf").symlink_to(elsewhere)
    (folder / "loop.pdf").symlink_to(folder / "loop.pdf")
    (folder / "broken.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (folder / "dirloop").symlink_to(folder)  # a link to a folder: not followed
    outcome = run_batch([str(folder)], tmp_path / "out")
    rows = {r["chart"]: r for r in outcome.rows}
    assert set(rows) == {"good.txt", "outside.pdf", "loop.pdf", "broken.pdf"}
    assert rows["good.txt"]["status"] == rows["outside.pdf"]["status"] == "checked"
    assert rows["loop.pdf"]["error"].startswith("E015") and "loop" in rows["loop.pdf"]["error"]
    assert rows["broken.pdf"]["error"].startswith("E015")
    assert outcome.exit_status == 3


# -- summary.csv in a spreadsheet --------------------------------------------------------------------

def test_summary_csv_cells_cannot_run_as_formulas(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["=HYPERLINK(1).txt", "+cmd.txt", "-2+3.txt", "@SUM(A1).txt", "plain.txt"]
    for name in names:
        chart_txt(folder / name)
    run_batch([str(folder)], tmp_path / "out")
    with open(tmp_path / "out" / "summary.csv", newline="", encoding="utf-8") as fh:
        cells = [row["chart"] for row in csv.DictReader(fh)]
    assert sorted(cells) == sorted(["'=HYPERLINK(1).txt", "'+cmd.txt", "'-2+3.txt", "'@SUM(A1).txt", "plain.txt"])
    data = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert "=HYPERLINK(1).txt" in [r["chart"] for r in data["rows"]]  # JSON keeps the real name


# -- one batch per --out, nothing left behind ------------------------------------------------------

def test_a_second_batch_into_the_same_out_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = chart_txt(tmp_path / "a.txt")
    out = tmp_path / "out"
    out.mkdir()
    with OutLock(out):
        status, _, err = _run(["batch", str(chart), "--out", str(out), "--no-progress"], capsys)
        assert status == 2 and "E058" in err and str(os.getpid()) in err
        assert err.count("\n") == 1
    assert not (out / LOCK).exists()
    assert _run(["batch", str(chart), "--out", str(out), "--no-progress"], capsys)[0] == 0


def test_temporary_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    chart = chart_txt(tmp_path / "a.txt")
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    for stale in (out / ".a.json.x1y2.tmp", out / "sub" / ".b.json.abcd.tmp", out / ".a.report.pdf.99.tmp.pdf"):
        stale.write_bytes(b"half")
    keep = out / "notes.tmp"  # not ours: kept
    keep.write_bytes(b"user file")
    run_batch([str(chart)], out)
    assert not [p for p in out.rglob(".*") if p.name.endswith((".tmp", ".tmp.pdf"))]
    assert keep.read_bytes() == b"user file"


# -- full disk: "not written" (exit 4), not "unreadable" (exit 3) -----------------------------------

def test_full_disk_is_exit_4_in_check_and_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import errno

    from srscheck.core import fileio

    chart = chart_txt(tmp_path / "a.txt")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    old = tmp_path / "old.json"
    old.write_text("{}")
    monkeypatch.setattr(fileio.os, "fsync", full)
    status, _, err = _run(["check", str(chart), "--json", str(old)], capsys)
    assert status == 4 and "E030" in err and "no space left" in err
    assert old.read_text() == "{}" and not list(tmp_path.glob(".*.tmp"))

    from srscheck.batch import jobs

    monkeypatch.setattr(fileio.os, "fsync", real_fsync)
    real_write = jobs.write_atomic

    def chart_outputs_fail(path: Path, text: str) -> None:  # the disk fills while the charts are written
        monkeypatch.setattr(fileio.os, "fsync", full)
        try:
            real_write(path, text)
        finally:
            monkeypatch.setattr(fileio.os, "fsync", real_fsync)

    monkeypatch.setattr(jobs, "write_atomic", chart_outputs_fail)
    outcome = run_batch([str(chart)], tmp_path / "out")
    assert outcome.rows[0]["status"] == "not_written" and "E030" in outcome.rows[0]["error"]
    assert outcome.exit_status == 4


# -- claims files ----------------------------------------------------------------------------------

def test_excel_sep_line_is_honoured(tmp_path: Path) -> None:
    chart = chart_txt(tmp_path / "a.txt")
    claims = tmp_path / "claims.csv"
    claims.write_text("sep=;\nfile;codes\na.txt;77372,77432\n", encoding="utf-8")
    outcome = run_batch([str(chart)], tmp_path / "out", claims_file=claims)
    assert outcome.rows[0]["claimed_codes"] == ["77372", "77432"] and outcome.rows[0]["claim_row"]


@pytest.mark.parametrize("data", [b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 8,
                                  b"%PDF-1.7\n\x00\x01\x02" + bytes(range(256))])
def test_binary_claims_file_is_one_sentence(tmp_path: Path, data: bytes,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    chart = chart_txt(tmp_path / "a.txt")
    claims = tmp_path / "claims.xlsx"
    claims.write_bytes(data)
    status, _, err = _run(["batch", str(chart), "--out", str(tmp_path / "out"), "--claims", str(claims),
                           "--no-progress"], capsys)
    assert status == 2 and "E059" in err and err.count("\n") == 1


# -- text charts in other encodings --------------------------------------------------------------------

@pytest.mark.parametrize("encoding, bom", [("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b"\xfe\xff"),
                                           ("cp1252", b""), ("latin-1", b""), ("utf-8-sig", b"")])
def test_text_charts_in_windows_encodings(tmp_path: Path, encoding: str, bom: bytes,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    text = CHART_TEXT.replace("Summary:", "Summary (“final”), 20 Gy – 1 fx at 37 °C:" if encoding == "cp1252"
                              else "Summary (final), 20 Gy at 37 °C:")
    path = tmp_path / "chart.txt"
    path.write_bytes(bom + text.encode(encoding))
    status, out, err = _run(["check", str(path), "--json", "-"], capsys)
    assert status == 0, err
    data = json.loads(out)
    assert data["facts"]["fractions"]["value"] == 1


def test_binary_text_chart_is_still_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "chart.txt"
    path.write_bytes(bytes(range(256)) * 20)
    status, _, err = _run(["check", str(path)], capsys)
    assert status == 3 and "E010" in err


# -- a worker that dies costs only its chart -----------------------------------------------------------

@pytest.mark.parametrize("workers", [1, 2])
def test_dying_workers_cost_only_their_charts(tmp_path: Path, workers: int,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from srscheck.batch.jobs import FAULT_ENV

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        chart_txt(folder / f"c{i}.txt", CHART_TEXT.replace("Summary:", f"Summary {i}:"))
    monkeypatch.setenv(FAULT_ENV, "c1.txt,c4.txt")  # their process is killed, as an OOM kill would
    outcome = run_batch([str(folder)], tmp_path / "out", workers=workers)
    status = {r["chart"]: r["status"] for r in outcome.rows}
    assert status == {"c0.txt": "checked", "c1.txt": "too_large", "c2.txt": "checked",
                      "c3.txt": "checked", "c4.txt": "too_large", "c5.txt": "checked"}
    assert outcome.exit_status == 3
    monkeypatch.delenv(FAULT_ENV)
    again = run_batch([str(folder)], tmp_path / "out", workers=workers)  # the rerun retries the failures
    assert again.skipped == 4 and all(r["status"] == "checked" for r in again.rows)
