"""Corrections through the command line: --set on lesions, --corrections FILE, the saved store (a new
process, batch, a changed chart), ``srscheck corrections list|remove|clear`` and claimed units."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _charts import write_chart

from srscheck.cli import main
from srscheck.corrections import default_store


@pytest.fixture
def chart(tmp_path: Path) -> Path:
    """Two cranial metastases, TrueBeam, one session, pages 1-2."""
    return write_chart(tmp_path / "chart.pdf", lesions=2, pages=2)


def run_json(capsys, *args: str) -> dict:
    assert main(["check", *args, "--json", "-"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def one_line_error(capsys, code: str) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"srscheck: {code}:") and "Traceback" not in err, err
    return err


def test_lesion_corrections_are_marked_and_saved(chart, capsys):
    d = run_json(capsys, str(chart), "--codes", "77372,77432,61796,61797x2", "--coder", "J. Coder",
                 "--set", "lesions.2.site=cranial", "--set", "lesions.1.complexity=complex",
                 "--set", "lesions.1.reason=abuts the optic chiasm",
                 "--set", "lesions.+=name=Left cerebellar metastasis;site=cranial;dose_gy=20;fractions=1;page=2")
    lesions = d["facts"]["lesions"]
    assert len(lesions) == 3 and lesions[2]["added"] is True and lesions[2]["page"] == 2
    assert lesions[0]["complexity"] == "complex" and lesions[0]["original"]["complexity"] == "simple"
    assert lesions[0]["complexity_reasons"] == ["abuts the optic chiasm"]
    assert lesions[0]["set_by"] == "J. Coder"
    lc = d["facts"]["lesion_count"]
    assert lc["value"] == 3 and lc["overridden"] and lc["original"] == 2 and lc["set_by"] == "J. Coder"
    assert {c["target"] for c in d["corrections"]} == {
        "lesions.2.site", "lesions.1.complexity", "lesions.1.reason", "lesions.+1"}
    assert all(c["source"] == "command line" and c["applied"] for c in d["corrections"])
    codes = {c["code"]: c for c in d["codes"]}
    assert "report 61798 first" in " ".join(codes["61796"]["problems"])  # a complex lesion now
    assert codes["61797"]["supported_units"] == 2 and codes["61797"]["consistent"]  # 61798 + 61797x2
    saved = default_store().charts()
    assert len(saved) == 1 and saved[0].file == "chart.pdf" and len(saved[0].corrections) == 4


def test_saved_corrections_survive_a_new_process(chart, capsys, tmp_path):
    assert main(["check", str(chart), "--set", "lesions.2=none", "--coder", "A. Coder"]) == 0
    capsys.readouterr()
    env = {**os.environ, "SRSCHECK_HOME": os.environ["SRSCHECK_HOME"]}
    proc = subprocess.run([sys.executable, "-m", "srscheck", "check", str(chart), "--codes", "61796",
                           "--json", "-"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert len(d["facts"]["lesions"]) == 1 and d["facts"]["struck_lesions"][0]["set_by"] == "A. Coder"
    assert d["facts"]["lesion_count"]["value"] == 1
    assert d["corrections"][0]["source"] == "saved" and d["corrections"][0]["set_at"]
    # --no-corrections: the reader's facts, the store untouched
    d = run_json(capsys, str(chart), "--no-corrections")
    assert len(d["facts"]["lesions"]) == 2 and d["corrections"] == []
    assert len(default_store().charts()[0].corrections) == 1


def test_list_remove_and_clear_one_by_one(chart, capsys):
    assert main(["check", str(chart), "--set", "lesions.1.dose_gy=18", "--set", "fractions=1",
                 "--set", "lesions.2.name=Right frontal lesion", "--coder", "B"]) == 0
    capsys.readouterr()
    assert main(["corrections", "list", str(chart)]) == 0
    out = capsys.readouterr().out
    assert "3 correction(s)" in out and "lesions.1.dose_gy" in out and "— B, 20" in out
    assert main(["corrections", "remove", str(chart), "lesions.1.dose_gy"]) == 0
    assert "2 left" in capsys.readouterr().out
    d = run_json(capsys, str(chart))
    assert d["facts"]["lesions"][0].get("overridden") is None
    assert d["facts"]["lesions"][1]["name"] == "Right frontal lesion"
    assert main(["corrections", "remove", str(chart), "lesions.9.site"]) == 2
    one_line_error(capsys, "E087")
    assert main(["corrections", "clear", str(chart)]) == 0
    assert "Removed 2" in capsys.readouterr().out
    assert default_store().charts() == []


def test_a_changed_chart_starts_clean_and_says_so(chart, capsys):
    assert main(["check", str(chart), "--set", "lesions.1.site=spinal"]) == 0
    capsys.readouterr()
    write_chart(chart, lesions=3, pages=2)  # same name, other bytes
    d = run_json(capsys, str(chart))
    assert d["corrections"] == [] and all(les["site"] == "cranial" for les in d["facts"]["lesions"])
    assert any(w.startswith("E086:") and "chart.pdf has changed" in w for w in d["warnings"])


def test_corrections_file(chart, capsys, tmp_path):
    f = tmp_path / "fix.json"
    f.write_text(json.dumps({"corrections": [
        {"target": "lesions.1.site", "value": "cranial"},
        {"target": "lesions.+", "value": {"name": "Pons", "site": "cranial", "complexity": "complex",
                                          "reason": "within the brainstem", "page": 1}}]}))
    d = run_json(capsys, str(chart), "--corrections", str(f), "--no-save")
    assert d["facts"]["lesions"][-1]["name"] == "Pons" and d["facts"]["lesions"][-1]["complexity"] == "complex"
    assert default_store().charts() == []  # --no-save


@pytest.mark.parametrize("args, code", [
    (["--set", "lesions.9.site=cranial"], "E080"),  # no such lesion
    (["--set", "lesions.+=name=X;page=7"], "E080"),  # the chart has 2 pages
    (["--set", "lesions.1.site=brain"], "E023"),
    (["--set", "lesions.+=name=X"], "E080"),
    (["--corrections", "missing.json"], "E081"),
    (["--codes", "77373 5"], "E021"),
    (["--codes", "77373x0"], "E084"),
])
def test_invalid_corrections_and_codes_exit_2(chart, capsys, args, code):
    assert main(["check", str(chart), *args]) == 2
    one_line_error(capsys, code)
    assert default_store().charts() == []


def test_corrupt_store_is_one_warning(chart, capsys):
    assert main(["check", str(chart), "--set", "lesion_count=3"]) == 0
    capsys.readouterr()
    (path,) = default_store().folder.glob("*.json")
    path.write_text("{not json")
    d = run_json(capsys, str(chart))
    assert d["corrections"] == [] and any(w.startswith("E085:") for w in d["warnings"])
    assert main(["check", str(chart), "--set", "lesion_count=2"]) == 0  # saving sets the bad file aside
    capsys.readouterr()
    assert path.with_name(path.name + ".corrupt").exists()
    assert [c.value for c in default_store().charts()[0].corrections] == [2]


def test_batch_applies_saved_corrections_and_rechecks_when_they_change(chart, capsys, tmp_path):
    claims = tmp_path / "claims.csv"
    claims.write_text("file,code,units\nchart.pdf,61796,\nchart.pdf,61797,1\n")
    out = tmp_path / "out"
    assert main(["batch", str(chart), "--out", str(out), "--claims", str(claims), "--no-progress",
                 "--workers", "1"]) == 0
    d = json.loads((out / "chart.json").read_text())
    assert {c["code"]: c["claimed_units"] for c in d["codes"]} == {"61796": None, "61797": 1}
    assert d["corrections"] == []
    assert main(["check", str(chart), "--set", "lesions.+=name=Third;site=cranial;page=1", "--coder", "C"]) == 0
    assert main(["batch", str(chart), "--out", str(out), "--claims", str(claims), "--no-progress",
                 "--workers", "1"]) == 0
    capsys.readouterr()
    d = json.loads((out / "chart.json").read_text())
    assert d["facts"]["lesion_count"]["value"] == 3 and d["corrections"][0]["set_by"] == "C"
    units = {c["code"]: c for c in d["codes"]}["61797"]
    assert units["supported_units"] == 2 and "fewer than the 2" in units["problems"][-1]
    assert main(["batch", str(chart), "--out", str(out), "--claims", str(claims), "--no-progress",
                 "--no-corrections"]) == 0
    d = json.loads((out / "chart.json").read_text())
    assert d["facts"]["lesion_count"]["value"] == 2


def test_report_lists_corrections_with_who_and_when(chart, capsys, tmp_path):
    import pdfplumber

    report = tmp_path / "r.pdf"
    assert main(["check", str(chart), "--set", "lesions.2=none", "--coder", "Robin Coder",
                 "--set", "lesions.+=name=Pons lesion;site=cranial;page=2", "--report", str(report)]) == 0
    capsys.readouterr()
    with pdfplumber.open(report) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "Corrections by the coder" in text
    assert "struck out" in text and "Pons lesion" in text and "Robin Coder" in text
    assert " UTC" in text


def test_the_same_addition_twice_adds_one_lesion(chart, capsys):
    add = "lesions.+=name=Left cerebellar metastasis;site=cranial;page=1"
    for dose in ("18", "20"):
        assert main(["check", str(chart), "--set", add + f";dose_gy={dose}"]) == 0
    capsys.readouterr()
    (saved,) = default_store().charts()
    assert [c.target for c in saved.corrections] == ["lesions.+1"]
    assert saved.corrections[0].value["dose_gy"] == 20.0


@pytest.mark.parametrize("dose, gy", [("18", 18.0), ("18,5 Gy", 18.5), ("1800 cGy", 18.0), ("1,800 centigray", 18.0),
                                      ("1800 rads", 18.0), ("1800 rad", 18.0), ("18 Gy(RBE)", 18.0),
                                      ("18 GyE", 18.0), ("18 CGE", 18.0), ("eighteen hundred cGy", None)])
def test_a_corrected_dose_in_any_unit_the_reader_knows(chart, capsys, tmp_path, dose, gy):
    """A dose typed with --set or written in a corrections file in any unit of the reader's vocabulary
    (quantity_roles.yaml dose_units) is stored in Gy; a dose with no number is one sentence's error."""
    if gy is None:
        assert main(["check", str(chart), "--set", f"lesions.1.dose_gy={dose}"]) == 2
        assert "a number is needed" in one_line_error(capsys, "E023")
        return
    d = run_json(capsys, str(chart), "--set", f"lesions.1.dose_gy={dose}", "--no-save")
    assert d["facts"]["lesions"][0]["dose_gy"] == gy
    f = tmp_path / "fix.json"
    f.write_text(json.dumps({"lesions.+": {"name": "Pons", "site": "cranial", "dose_gy": dose, "page": 1}}))
    d = run_json(capsys, str(chart), "--corrections", str(f), "--no-save")
    assert d["facts"]["lesions"][-1]["dose_gy"] == gy


@pytest.mark.parametrize("dose", ["18 mGy", "1800 cgys", "18 Sv", "18 Gy/3"])
def test_a_corrected_dose_in_an_unknown_unit_is_one_sentence(chart, capsys, dose):
    assert main(["check", str(chart), "--set", f"lesions.1.dose_gy={dose}"]) == 2
    err = one_line_error(capsys, "E023")
    unit = dose.split(" ", 1)[1]
    assert f"{unit!r} is no dose unit" in err and "cGy" in err and "Gy(RBE)" in err and "rad" in err, err
    assert default_store().charts() == []
