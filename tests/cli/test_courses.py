"""Batch courses: a folder per course (``--courses``) or a ``course`` column in the claims file;
each course is read as one multi-document course and gets one JSON named after it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from _charts import write_chart

from srscheck.batch import Chart, collect_charts, output_bases, parse_claims
from srscheck.batch.courses import course_name, group_courses
from srscheck.cli import main
from srscheck.core.messages import UsageError

CONSULT = ("Radiation Oncology Consultation\n\nHistory: metastatic lung adenocarcinoma with two brain "
           "metastases on MRI.\nRecommendation: stereotactic radiosurgery to both lesions.\n")


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4\n")
    return path


# ------------------------------------------------------------------------------------------------
# Grouping (no reading)
# ------------------------------------------------------------------------------------------------


def test_courses_flag_groups_each_sub_folder_and_leaves_loose_files_alone(tmp_path: Path) -> None:
    root = tmp_path / "batch"
    for rel in ("smith_2025-02/consult.pdf", "smith_2025-02/plan/plan.pdf", "smith_2025-02/summary.pdf",
                "jones/summary.pdf", "loose.pdf"):
        _touch(root / rel)
    charts = group_courses(collect_charts([str(root)]), by_folder=True)
    assert [c.key for c in charts] == ["jones", "loose.pdf", "smith_2025-02"]
    smith = charts[2]
    assert [d.key for d in smith.documents] == ["smith_2025-02/consult.pdf", "smith_2025-02/plan/plan.pdf",
                                                "smith_2025-02/summary.pdf"]
    assert [d.key for d in charts[0].parts] == ["jones/summary.pdf"]  # a one-document course is still a course
    assert charts[1].parts == (charts[1],) and not charts[1].documents
    assert output_bases(charts) == {"jones": "jones", "loose.pdf": "loose", "smith_2025-02": "smith_2025-02"}


def test_without_the_flag_every_file_is_its_own_chart(tmp_path: Path) -> None:
    root = tmp_path / "batch"
    _touch(root / "a" / "one.pdf")
    _touch(root / "a" / "two.pdf")
    assert [c.key for c in group_courses(collect_charts([str(root)]))] == ["a/one.pdf", "a/two.pdf"]


def test_course_column_groups_rows_and_wins_over_folders(tmp_path: Path) -> None:
    root = tmp_path / "batch"
    for rel in ("consult_17.pdf", "summary_17.pdf", "other.pdf", "dir/x.pdf", "dir/y.pdf"):
        _touch(root / rel)
    claims = parse_claims("file,codes,course\nconsult_17.pdf,,C-17/2025\nsummary_17.pdf,\"77372,77432\",C-17/2025\n"
                          "dir/y.pdf,77373,solo\nother.pdf,77372,\n")
    assert claims.courses == {"consult_17.pdf": "C-17/2025", "summary_17.pdf": "C-17/2025", "dir/y.pdf": "solo"}
    charts = group_courses(collect_charts([str(root)]), claims=claims, by_folder=True)
    assert [(c.key, [d.key for d in c.documents]) for c in charts] == [
        ("C-17_2025", ["consult_17.pdf", "summary_17.pdf"]), ("dir", ["dir/x.pdf"]), ("other.pdf", []),
        ("solo", ["dir/y.pdf"])]


def test_a_file_in_two_courses_and_a_course_named_like_a_chart_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as e:
        parse_claims("file,codes,course\na.pdf,77372,one\na.pdf,77372,two\n", "claims.csv")
    assert e.value.code == "E052" and "claims.csv:3:" in str(e.value) and "in another course" in str(e.value)
    charts = [Chart(Path("x.pdf"), "x.pdf"), Chart(Path("c/a.pdf"), "c/a.pdf")]
    claims = parse_claims("file,course\nc/a.pdf,x.pdf\n")
    with pytest.raises(UsageError) as e:
        group_courses(charts, claims=claims)
    assert e.value.code == "E056" and "'x.pdf'" in str(e.value)


def test_course_names_are_safe_file_names() -> None:
    assert course_name(" C-17/2025 ") == "C-17_2025"
    assert course_name('a:b*c?"d"') == "a_b_c_d_"
    assert course_name("..") == "course"
    charts = [Chart(Path("summary"), "summary", (Chart(Path("summary/a.pdf"), "summary/a.pdf"),))]
    assert output_bases(charts) == {"summary": "summary.course"}  # never overwrites summary.json


# ------------------------------------------------------------------------------------------------
# Whole runs (the real reading pipeline)
# ------------------------------------------------------------------------------------------------


def test_batch_reads_a_folder_course_as_one_course(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "charts"
    (root / "smith").mkdir(parents=True)
    write_chart(root / "smith" / "summary.pdf", lesions=2)
    (root / "smith" / "consult.txt").write_text(CONSULT, encoding="utf-8")
    write_chart(root / "loose.pdf", lesions=1)
    out = tmp_path / "out"
    args = ["batch", str(root), "--courses", "--out", str(out), "--codes", "77372,77432", "--workers", "1",
            "--no-progress"]
    assert main(args) == 0
    assert sorted(p.name for p in out.glob("*.json")) == ["loose.json", "smith.json", "summary.json"]
    doc = json.loads((out / "smith.json").read_text())
    assert [d["file"] for d in doc["documents"]] == ["consult.txt", "summary.pdf"]
    assert doc["facts"]["lesion_count"]["value"] == 2  # the consult's "two metastases" are the same two lesions
    assert {e["document"] for e in doc["facts"]["lesion_count"]["evidence"]} == {1}
    rows = {r["chart"]: r for r in csv.DictReader((out / "summary.csv").open(encoding="utf-8"))}
    assert rows["smith"]["documents"] == "smith/consult.txt;smith/summary.pdf"
    assert rows["smith"]["pages"] == "2" and rows["loose.pdf"]["documents"] == ""
    capsys.readouterr()
    assert main(args + ["--audit", str(tmp_path / "audit.pdf")]) == 0
    assert "(2 unchanged since the last run)" in capsys.readouterr().out  # nothing read again
    audit = json.loads((out / "audit.json").read_text())
    assert (audit["totals"]["courses"], audit["totals"]["charts"]) == (2, 3)
    # a changed document makes its course be read again
    (root / "smith" / "consult.txt").write_text(CONSULT + "Seen again in clinic.\n", encoding="utf-8")
    assert main(args) == 0
    assert "(1 unchanged since the last run)" in capsys.readouterr().out


def test_batch_groups_claims_rows_into_a_course(tmp_path: Path) -> None:
    root = tmp_path / "charts"
    root.mkdir()
    write_chart(root / "summary_17.pdf", lesions=3)
    (root / "consult_17.txt").write_text(CONSULT, encoding="utf-8")
    write_chart(root / "other.pdf", lesions=1)
    claims = tmp_path / "claims.csv"
    claims.write_text("file,codes,course\nconsult_17.txt,77432,C-17\nsummary_17.pdf,77372,C-17\nother.pdf,77372,\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(root), "--claims", str(claims), "--out", str(out), "--workers", "1",
                 "--no-progress"]) == 0
    doc = json.loads((out / "C-17.json").read_text())
    assert doc["claimed_codes"] == ["77432", "77372"]  # the codes of all its rows
    assert len(doc["documents"]) == 2
    rows = {r["chart"]: r for r in csv.DictReader((out / "summary.csv").open(encoding="utf-8"))}
    assert set(rows) == {"C-17", "other.pdf"}
    assert rows["C-17"]["claim_row"] == "yes" and rows["C-17"]["documents"] == "consult_17.txt;summary_17.pdf"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["claims_without_chart"] == [] and summary["no_claim_row"] == []
