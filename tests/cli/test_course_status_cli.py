"""facts.course_status is a fact the coder corrects like any other: ``--set course_status=...`` on
``check``, a corrections file, the saved store that ``check`` and ``batch`` reapply, the JSON's
overridden/original/set_by, and the rules engine (a code whose course stage was not reached is
inconsistent and supports 0 units). The report's page 1 shows the status with the chart's words, and
says when it is why claimed codes are not supported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from _charts import write_chart

from srscheck.cli import main
from srscheck.corrections import default_store

DELIVERY = "77372,77432,61796"

CONSULT = """RADIOSURGERY CONSULTATION
Three brain metastases on the outside MRI of 09/09/2025, which I reviewed: left frontal 7 mm, right temporal
9 mm, left cerebellar 5 mm. I recommended Gamma Knife radiosurgery in a single session under a Leksell frame,
about 20 Gy to each lesion. We will schedule a thin-slice MRI on the morning of treatment.
"""


@pytest.fixture
def chart(tmp_path: Path) -> Path:
    """One cranial metastasis, TrueBeam, one session: a delivered course."""
    return write_chart(tmp_path / "chart.pdf", lesions=1)


@pytest.fixture
def consult(tmp_path: Path) -> Path:
    path = tmp_path / "consult.txt"
    path.write_text(CONSULT, encoding="utf-8")
    return path


def run_json(capsys, *args: str) -> dict:
    assert main(["check", *args, "--json", "-"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def page_one(report: Path) -> str:
    with pdfplumber.open(report) as pdf:
        return " ".join((pdf.pages[0].extract_text() or "").split())


def test_setting_planned_makes_delivery_codes_unsupported_and_is_recorded(chart, capsys):
    before = run_json(capsys, str(chart), "--codes", DELIVERY, "--no-save")
    assert before["facts"]["course_status"]["value"] == "delivered"
    assert {c["code"]: c["consistent"] for c in before["codes"]} == {"77372": True, "77432": True, "61796": True}

    d = run_json(capsys, str(chart), "--codes", DELIVERY, "--coder", "Pat Coder", "--set", "course_status=planned")
    status = d["facts"]["course_status"]
    assert status["value"] == "planned" and status["overridden"] and status["original"] == "delivered"
    assert status["set_by"] == "Pat Coder" and status["set_at"]
    codes = {c["code"]: c for c in d["codes"]}
    for code in ("77372", "61796"):  # delivery and the neurosurgeon's per-lesion code: stage "delivered"
        assert not codes[code]["consistent"] and codes[code]["supported_units"] == 0
        assert codes[code]["problems"][0].startswith(f"{code} is for treatment delivered in this course, but the "
                                                     "chart documents a course simulated and planned")
    assert "77372" not in d["suggested_codes"]
    assert d["corrections"] == [{"target": "course_status", "value": "planned", "original": "delivered",
                                 "set_by": "Pat Coder", "set_at": status["set_at"], "applied": True,
                                 "source": "command line", "description": "course_status = planned"}]
    (saved,) = default_store().charts()
    assert [(c.target, c.value, c.set_by) for c in saved.corrections] == [("course_status", "planned", "Pat Coder")]


def test_the_saved_status_is_reapplied_by_a_new_process_and_by_batch(chart, capsys, tmp_path):
    assert main(["check", str(chart), "--set", "course_status=planned", "--coder", "A. Coder"]) == 0
    capsys.readouterr()
    proc = subprocess.run([sys.executable, "-m", "srscheck", "check", str(chart), "--codes", DELIVERY, "--json", "-"],
                          capture_output=True, text=True, env=dict(os.environ), timeout=300)
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert d["facts"]["course_status"]["value"] == "planned" and d["corrections"][0]["source"] == "saved"
    assert not {c["code"]: c for c in d["codes"]}["77372"]["consistent"]

    claims = tmp_path / "claims.csv"
    claims.write_text("file,codes\nchart.pdf,77372;61796\n")
    out = tmp_path / "out"
    assert main(["batch", str(chart), "--out", str(out), "--claims", str(claims), "--no-progress",
                 "--workers", "1"]) == 0
    d = json.loads((out / "chart.json").read_text())
    assert d["facts"]["course_status"]["value"] == "planned" and d["corrections"][0]["set_by"] == "A. Coder"
    assert all(not c["consistent"] and c["supported_units"] == 0 for c in d["codes"])
    # removed one by one: back to the reader's value, and batch checks the chart again
    assert main(["corrections", "remove", str(chart), "course_status"]) == 0
    assert main(["batch", str(chart), "--out", str(out), "--claims", str(claims), "--no-progress",
                 "--workers", "1"]) == 0
    capsys.readouterr()
    d = json.loads((out / "chart.json").read_text())
    assert d["facts"]["course_status"]["value"] == "delivered" and d["corrections"] == []
    assert all(c["consistent"] for c in d["codes"])


def test_a_corrections_file_sets_the_status(chart, capsys, tmp_path):
    f = tmp_path / "fix.json"
    f.write_text(json.dumps({"course_status": "follow_up"}))
    d = run_json(capsys, str(chart), "--codes", "77372", "--corrections", str(f), "--no-save")
    assert d["facts"]["course_status"]["value"] == "follow_up"
    assert "is a follow-up visit after an earlier course" in d["codes"][0]["problems"][0]


@pytest.mark.parametrize("value", ["done", "none", "", "treated"])
def test_a_bad_status_is_one_sentence_and_exit_2(chart, capsys, value):
    assert main(["check", str(chart), "--set", f"course_status={value}"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"srscheck: E023: Invalid value {value!r} for course_status: choose one of "
                          "delivered, planned, recommended, follow_up."), err
    assert default_store().charts() == []


def test_a_consultation_set_to_delivered_is_checked_as_delivered(consult, capsys):
    d = run_json(capsys, str(consult), "--codes", "77371", "--no-save")
    assert d["facts"]["course_status"]["value"] == "recommended"
    assert not d["codes"][0]["consistent"]
    assert any("consultation that recommends" in w for w in d["warnings"])
    d = run_json(capsys, str(consult), "--codes", "77371", "--no-save", "--set", "course_status=delivered")
    assert d["facts"]["course_status"]["original"] == "recommended"
    assert not any("is for treatment delivered" in p for p in d["codes"][0]["problems"])
    # the reader's warning ("no course facts were taken ...") gives way to one saying the facts are the coder's
    assert not any(w.startswith("This is a consultation") for w in d["warnings"])
    assert any("The coder set the course status to delivered" in w for w in d["warnings"])


def test_terminal_summary_shows_the_status_and_whose_it_is(chart, capsys):
    assert main(["check", str(chart), "--no-save", "--set", "course_status=planned"]) == 0
    out = capsys.readouterr().out
    assert "course_status planned (coder; the reader found delivered)" in out


def test_report_page_one_shows_the_status_with_the_charts_words(consult, chart, capsys, tmp_path):
    report = tmp_path / "consult.pdf"
    assert main(["check", str(consult), "--codes", "77371,61796", "--report", str(report)]) == 0
    text = page_one(report)
    assert "Course status Recommended only (consultation) — p. 1 “I" in text  # the header grid
    assert "Course status: Recommended only (consultation) — p. 1 “I recommended Gamma Knife radiosurgery in a" in text
    assert "This is why 77371 and 61796 are not supported (0 units)." in text
    # a delivered course: the status and its words, no notice
    report = tmp_path / "chart-report.pdf"
    assert main(["check", str(chart), "--codes", DELIVERY, "--report", str(report), "--no-save"]) == 0
    text = page_one(report)
    assert "Course status Delivered" in text and "This is why" not in text
    # the coder's status: marked as theirs, the reader's words quoted as the reader's
    assert main(["check", str(chart), "--codes", DELIVERY, "--report", str(report), "--coder", "Robin",
                 "--set", "course_status=planned"]) == 0
    capsys.readouterr()
    text = page_one(report)
    assert "Course status Planned, not delivered ✎ Set by the coder" in text and "(reader: Delivered" in text
    assert "set by the coder Robin; the reader found Delivered" in text
    assert "This is why 77372, 77432 and 61796 are not supported (0 units)." in text
