"""``srscheck batch``: inputs, claims, outputs, skipping unchanged charts, interrupts, workers."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from _charts import chart_text, write_chart

import srscheck.batch.run  # noqa: F401  (batch.run below)
from srscheck import batch
from srscheck.batch import Chart, collect_charts, parse_claims, run_batch
from srscheck.cli import main
from srscheck.core.messages import UsageError

# ------------------------------------------------------------------------------------------------
# Inputs and keys (no reading involved)
# ------------------------------------------------------------------------------------------------


def _touch(path: Path, data: bytes = b"%PDF-1.4\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folders_are_searched_recursively_for_pdf_and_txt(tmp_path: Path) -> None:
    root = tmp_path / "charts"
    _touch(root / "a.pdf")
    _touch(root / "sub" / "b.PDF")
    _touch(root / "sub" / "deeper" / "c.txt", b"text")
    _touch(root / "notes.docx")
    _touch(root / ".hidden.pdf")
    keys = [c.key for c in collect_charts([str(root)])]
    assert keys == ["a.pdf", "sub/b.PDF", "sub/deeper/c.txt"]


def test_a_folder_gives_every_text_chart_but_its_csvs_and_a_named_csv_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder's .text charts are charts like its .txt ones; its CSVs (the claims list among them) are not picked
    up from the folder or a glob, but a CSV chart named on the command line is (the help says both)."""
    root = tmp_path / "charts"
    _touch(root / "a.txt", b"text")
    _touch(root / "b.TEXT", b"text")
    record = _touch(root / "record.csv", b"date,fx\n")
    _touch(root / "claims.csv", b"file,codes\n")
    assert [c.key for c in collect_charts([str(root)])] == ["a.txt", "b.TEXT"]
    assert [c.key for c in collect_charts([str(root / "*")])] == ["a.txt", "b.TEXT"]
    assert [c.path for c in collect_charts([str(record)])] == [record]
    main(["batch", "--help"])
    batch_help = " ".join(capsys.readouterr().out.split())
    assert "*.text" in batch_help and "not *.csv" in batch_help and "claims list" in batch_help


def test_globs_files_and_duplicates(tmp_path: Path) -> None:
    a = _touch(tmp_path / "x" / "a.pdf")
    _touch(tmp_path / "x" / "b.pdf")
    charts = collect_charts([str(tmp_path / "x" / "*.pdf"), str(a), str(tmp_path / "x")])
    assert [c.key for c in charts] == ["a.pdf", "b.pdf"]


def test_same_file_name_in_two_folders_keeps_both_apart(tmp_path: Path) -> None:
    one = _touch(tmp_path / "one" / "chart.pdf")
    two = _touch(tmp_path / "two" / "chart.pdf")
    charts = collect_charts([str(one), str(two)])
    assert [c.key for c in charts] == ["one/chart.pdf", "two/chart.pdf"]
    assert len(set(batch.output_bases(charts).values())) == 2


def test_output_names_avoid_clashes_and_reserved_names() -> None:
    charts = [Chart(Path("a.pdf"), "a.pdf"), Chart(Path("a.txt"), "a.txt"),
              Chart(Path("b.pdf"), "b.pdf"), Chart(Path("summary.pdf"), "summary.pdf")]
    assert batch.output_bases(charts) == {"a.pdf": "a.pdf", "a.txt": "a.txt", "b.pdf": "b",
                                          "summary.pdf": "summary.pdf"}


def test_no_charts_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as e:
        collect_charts([str(tmp_path / "*.pdf")])
    assert e.value.code == "E050"


# ------------------------------------------------------------------------------------------------
# Claims
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    'file,codes\na.pdf,"77372,77432"\n',
    "a.pdf,77372,77432\n",
    "a.pdf;77372,77432\n",
    "Chart;Billed\na.pdf;77372 77432\n",
    "\ufeffcodes\tfile\n77372;77432\ta.pdf\n",
    "# exported from the billing system\n\nFILE , CPT codes\n./a.pdf, 77372 ; 77432\n",
])
def test_claims_formats(text: str) -> None:
    claims = parse_claims(text)
    assert claims.by_path == {"a.pdf": ("77372", "77432")}


def test_claims_match_by_relative_path_then_file_name() -> None:
    claims = parse_claims("file,codes\nsub/a.pdf,77372\nb.pdf,77373\n")
    assert claims.lookup(Chart(Path("/x/sub/a.pdf"), "sub/a.pdf")) == "sub/a.pdf"
    assert claims.lookup(Chart(Path("/x/other/b.pdf"), "other/b.pdf")) == "b.pdf"
    assert claims.lookup(Chart(Path("/x/c.pdf"), "c.pdf")) is None


@pytest.mark.parametrize("text, line, words", [
    ("a.pdf,7737\n", 1, "'7737' is not a billing code"),
    ("file,codes\na.pdf,77372\nA.pdf,77373\n", 3, "listed again"),
    ("file,codes\n,77372\n", 2, "file name is empty"),
])
def test_bad_claims_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(UsageError) as e:
        parse_claims(text, "claims.csv")
    assert e.value.code == "E052"
    assert f"claims.csv:{line}:" in str(e.value) and words in str(e.value)


# ------------------------------------------------------------------------------------------------
# Whole runs (the real reading pipeline)
# ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def charts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("charts")
    write_chart(root / "one.pdf", lesions=1)
    write_chart(root / "three.pdf", lesions=3, pages=2)
    (root / "sub").mkdir()
    (root / "sub" / "typed.txt").write_text(chart_text(2), encoding="utf-8")
    (root / "sub" / "broken.pdf").write_bytes(b"this is not a PDF at all\n")
    return root


def _claims(tmp_path: Path, text: str = "file,codes\none.pdf,\"77372,77432,61796\"\n"
            "sub/typed.txt,77372;61796;61797\nbroken.pdf,77372\nmissing.pdf,77373\n") -> Path:
    path = tmp_path / "claims.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != batch.MANIFEST}


def test_batch_writes_contract_json_and_summary(charts_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status = main(["batch", str(charts_dir), "--out", str(out), "--claims", str(_claims(tmp_path)),
                   "--workers", "1"])
    captured = capsys.readouterr()
    assert status == 3  # one chart could not be read; the others were checked
    assert sorted(_outputs(out)) == ["one.json", "sub/typed.json", "summary.csv", "summary.json",
                                     "three.json"]
    # each chart's JSON is exactly what 'srscheck check --json -' prints
    assert main(["check", str(charts_dir / "one.pdf"), "--codes", "77372,77432,61796", "--json", "-"]) == 0
    assert (out / "one.json").read_text(encoding="utf-8") == capsys.readouterr().out

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    rows = {r["chart"]: r for r in summary["rows"]}
    assert list(rows) == ["one.pdf", "sub/broken.pdf", "sub/typed.txt", "three.pdf"]
    assert rows["one.pdf"]["status"] == "checked"
    assert rows["one.pdf"]["claimed_codes"] == ["77372", "77432", "61796"]
    assert set(rows["one.pdf"]["verdicts"]) == {"77372", "77432", "61796"}
    assert set(rows["one.pdf"]["verdicts"].values()) <= {"supported", "gaps", "contradicted"}
    assert rows["one.pdf"]["pages"] == 1 and isinstance(rows["one.pdf"]["gaps"], int)
    assert rows["sub/broken.pdf"]["status"] == "error"
    assert rows["sub/broken.pdf"]["error"].startswith("E002:")
    assert rows["three.pdf"]["claim_row"] is False and rows["three.pdf"]["claimed_codes"] == []
    assert summary["no_claim_row"] == ["three.pdf"]
    assert summary["claims_without_chart"] == ["missing.pdf"]
    assert (summary["checked"], summary["unreadable"]) == (3, 1)

    with open(out / "summary.csv", newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert [r["chart"] for r in table] == list(rows)
    assert table[0]["claimed_codes"] == "77372;77432;61796"
    assert table[1]["error"].startswith("E002:")

    assert "1 chart(s) had no row in claims.csv: three.pdf." in captured.out
    assert "1 chart(s) could not be read: sub/broken.pdf." in captured.out
    assert "Traceback" not in captured.err
    assert "[4/4]" in captured.err  # plain progress lines when standard error is not a terminal


def test_second_run_skips_unchanged_charts(charts_dir: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    claims = _claims(tmp_path)
    args = [str(charts_dir), "--out", str(out), "--claims", str(claims), "--workers", "1"]
    first = run_batch(args[:1], out, claims_file=claims)
    before = _outputs(out)
    mtimes = {p: p.stat().st_mtime_ns for p in out.glob("*.json")}
    second = run_batch(args[:1], out, claims_file=claims)
    assert (first.skipped, second.skipped) == (0, 3)  # the unreadable chart is tried again
    assert _outputs(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.glob("*.json") if p.name != "summary.json"} == \
        {p: t for p, t in mtimes.items() if p.name != "summary.json"}

    # changing one chart's claim re-checks that chart only
    _claims(tmp_path, claims.read_text(encoding="utf-8").replace('"77372,77432,61796"', "77372"))
    third = run_batch(args[:1], out, claims_file=claims)
    assert third.skipped == 2
    rows = {r["chart"]: r for r in third.rows}
    assert rows["one.pdf"]["claimed_codes"] == ["77372"]
    assert json.loads((out / "one.json").read_text())["claimed_codes"] == ["77372"]

    # a deleted output is written again
    (out / "three.json").unlink()
    assert run_batch(args[:1], out, claims_file=claims).skipped == 2
    assert (out / "three.json").is_file()


def test_interrupt_keeps_finished_charts(charts_dir: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    from srscheck.batch import progress

    real = progress.LineProgress.advance

    def ctrl_c_after_first(self: progress.LineProgress, row: dict) -> None:  # Ctrl+C once one.pdf is in
        real(self, row)
        raise KeyboardInterrupt

    monkeypatch.setattr(progress.LineProgress, "advance", ctrl_c_after_first)
    status = main(["batch", str(charts_dir / "one.pdf"), str(charts_dir / "three.pdf"),
                   "--out", str(out), "--workers", "1"])
    err = capsys.readouterr().err
    assert status == 130
    assert "interrupted; 1 chart(s) not checked yet" in err and "Traceback" not in err
    summary = json.loads((out / "summary.json").read_text())
    assert summary["interrupted"] is True
    assert [(r["chart"], r["status"]) for r in summary["rows"]] == [("one.pdf", "checked"),
                                                                    ("three.pdf", "not_checked")]
    assert (out / "one.json").is_file() and not (out / "three.json").exists()
    assert not list(out.glob(".*.tmp"))

    monkeypatch.setattr(progress.LineProgress, "advance", real)
    again = run_batch([str(charts_dir / "one.pdf"), str(charts_dir / "three.pdf")], out)
    assert again.skipped == 1 and again.exit_status == 0
    assert [r["status"] for r in again.rows] == ["checked", "checked"]


def test_codes_default_and_stale_output_removed(charts_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    chart = tmp_path / "c.pdf"
    shutil.copy(charts_dir / "one.pdf", chart)
    first = run_batch([str(chart)], out, codes=("77372",))
    assert first.rows[0]["claimed_codes"] == ["77372"] and (out / "c.json").is_file()
    chart.write_bytes(b"%PDF-1.4\n1 0 obj\n")  # the chart is replaced by a damaged file
    second = run_batch([str(chart)], out, codes=("77372",))
    assert second.rows[0]["status"] == "error" and second.exit_status == 3
    assert not (out / "c.json").exists()


def test_same_results_with_one_or_two_workers(charts_dir: Path, tmp_path: Path) -> None:
    claims = _claims(tmp_path)
    serial = run_batch([str(charts_dir)], tmp_path / "w1", claims_file=claims, workers=1)
    parallel = run_batch([str(charts_dir)], tmp_path / "w2", claims_file=claims, workers=2)
    assert serial.rows == parallel.rows
    assert _outputs(tmp_path / "w1") == _outputs(tmp_path / "w2")


def test_reports_are_written_per_chart(charts_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("srscheck.report")
    out = tmp_path / "out"
    outcome = run_batch([str(charts_dir / "one.pdf")], out, codes=("77372",), reports=True)
    assert outcome.exit_status == 0
    assert (out / "one.report.pdf").read_bytes().startswith(b"%PDF")
    # asking for reports later re-checks charts whose report is missing
    out2 = tmp_path / "out2"
    run_batch([str(charts_dir / "one.pdf")], out2, codes=("77372",))
    assert run_batch([str(charts_dir / "one.pdf")], out2, codes=("77372",), reports=True).skipped == 0
    assert (out2 / "one.report.pdf").is_file()


@pytest.mark.parametrize("argv, words", [
    (["--claims", "nope.csv"], "E051"),
    (["--workers", "0"], "worker count"),
    (["--codes", "77372,abc"], "E021"),
])
def test_usage_errors_are_one_line(charts_dir: Path, tmp_path: Path, argv: list[str], words: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["batch", str(charts_dir / "one.pdf"), "--out", str(tmp_path / "o")] + argv)
    err = capsys.readouterr().err
    assert status == 2
    assert words in err and len(err.strip().splitlines()) == 1


def test_output_folder_that_is_a_file(charts_dir: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    assert main(["batch", str(charts_dir / "one.pdf"), "--out", str(target)]) == 2
    assert "E055" in capsys.readouterr().err


def test_help_documents_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "--help"]) == 0
    text = capsys.readouterr().out
    assert "Exit status" in text and "3 some charts could not be read" in text
