"""Per-chart bounds: a chart over one gets a clear status (batch) or one sentence and exit 3 (check),
and the other charts are unaffected. Built small; bombs are compressed streams tested under a
lowered bound (the time and memory they would cost are measured in scripts/benchmark.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _build import CHART_TEXT, chart_pdf, chart_txt, follow_up_log, inflating_stream, one_page_pdf, stream

from srscheck.batch import run_batch
from srscheck.cli import main
from srscheck.core.limits import Limits


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(["check", *argv])
    return status, capsys.readouterr().err


def test_stream_bomb_is_too_large_before_pdfium_opens_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = one_page_pdf(tmp_path / "bomb.pdf", inflating_stream(64))  # ~1 KB that inflates to 64 MB
    assert bomb.stat().st_size < 5000
    status, err = _check(capsys, str(bomb), "--max-stream-mb", "8")
    assert status == 3 and "E011" in err and "--max-stream-mb" in err and err.count("\n") == 1


def test_stream_bomb_in_a_batch_costs_only_its_row(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    one_page_pdf(folder / "bomb.pdf", inflating_stream(64, filters=3))
    chart_pdf(folder / "good.pdf")
    chart_txt(folder / "good.txt")
    outcome = run_batch([str(folder)], tmp_path / "out", workers=2, limits=Limits(stream_mb=8))
    status = {r["chart"]: r["status"] for r in outcome.rows}
    assert status == {"bomb.pdf": "too_large", "good.pdf": "checked", "good.txt": "checked"}
    assert outcome.exit_status == 3
    assert not (tmp_path / "out" / "bomb.json").exists()


@pytest.mark.parametrize("option, value, status_word", [("--max-chars", "100", "characters"),
                                                       ("--max-pages", "0.5", None)])
def test_character_and_page_bounds(tmp_path: Path, option: str, value: str, status_word: str | None,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    chart = chart_pdf(tmp_path / "a.pdf")
    status, err = _check(capsys, str(chart), option, value)
    if status_word is None:  # --max-pages 0.5 is read as 0 pages: no bound
        assert status == 0, err
    else:
        assert status == 3 and "E011" in err and status_word in err


def test_page_bound(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pdfmaker import make_chart_pdf

    chart = make_chart_pdf(tmp_path / "three.pdf", [["Stereotactic radiosurgery summary."]] * 3)
    status, err = _check(capsys, str(chart), "--max-pages", "2")
    assert status == 3 and "E011" in err and "3 pages" in err


def test_wall_time_bound_in_check_and_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = chart_txt(tmp_path / "a.txt")
    status, err = _check(capsys, str(chart), "--max-seconds", "0.01")
    assert status == 3 and "E012" in err and err.count("\n") == 1
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        outcome = run_batch([str(chart), str(chart_txt(tmp_path / "b.txt"))], out, workers=workers,
                            limits=Limits(seconds=0.01))
        assert {r["status"] for r in outcome.rows} == {"timed_out"}, outcome.rows
        assert "E012" in outcome.rows[0]["error"] and outcome.exit_status == 3


def test_memory_bound_in_check(tmp_path: Path) -> None:
    """A fresh command whose reading child gets 64 MB: the child cannot even load the pipeline."""
    import subprocess
    import sys

    chart = chart_txt(tmp_path / "a.txt")
    done = subprocess.run([sys.executable, "-m", "srscheck", "check", str(chart), "--max-memory", "64"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 3, done.stderr
    assert "E011" in done.stderr and "--max-memory" in done.stderr and "Traceback" not in done.stderr


def test_oversized_scan_page_is_too_large_for_ocr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from srscheck.nlp import ocr

    if not ocr.available():
        pytest.skip("Tesseract is not installed")
    image = (b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
    pdf = one_page_pdf(tmp_path / "huge.pdf", stream(b"q 14400 0 0 14400 0 0 cm /Im0 Do Q"),
                       media_box=b"[0 0 14400 14400]", resources=b"<< /XObject << /Im0 5 0 R >> >>",
                       extra_objects=[image])
    assert pdf.stat().st_size < 1000
    status, err = _check(capsys, str(pdf))
    assert status == 3 and "E011" in err and "OCR" in err
    assert ocr.bounded_dpi(612, 792) == 300  # a letter page keeps its resolution
    assert 100 <= ocr.bounded_dpi(24 * 72, 36 * 72) < 300  # a large sheet is rendered smaller


def test_long_text_chart_is_read_not_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Over spaCy's limit (lowered here, so the test is quick): read in pieces, not refused."""
    notes = "".join(f"Note {i}: seen in clinic, stable.\n" for i in range(1200))
    chart = chart_txt(tmp_path / "long.txt", CHART_TEXT + notes)
    from srscheck.nlp import get_reader

    reader = get_reader()
    reader.nlp.max_length = 20_000  # as if the chart were over spaCy's limit
    try:
        status, err = _check(capsys, str(chart), "--codes", "77372")
    finally:
        reader.nlp.max_length = 1_000_000
    assert status == 0, err


def test_chart_over_a_million_characters_gives_the_course_facts(tmp_path: Path) -> None:
    """A course followed by a long follow-up log (over 1,000,000 characters of real text), under the
    default bounds: exit 0 and the course's facts, with evidence on the course's page, as the course
    alone gives. (Its time and peak memory: ``scripts/benchmark.py --hostile-only``.)"""
    import json

    text = follow_up_log(1_050_000)
    assert len(text) > 1_000_000
    chart = chart_txt(tmp_path / "long.txt", text)
    alone = chart_txt(tmp_path / "course.txt")
    out = {}
    for name, path in (("long", chart), ("alone", alone)):
        out[name] = tmp_path / f"{name}.json"
        assert main(["check", str(path), "--codes", "77372", "--json", str(out[name])]) == 0
    long, course = (json.loads(out[k].read_text(encoding="utf-8")) for k in ("long", "alone"))
    assert long["source"]["pages"] > 100
    assert long["facts"] == course["facts"]  # values and evidence (page 1, the chart's own words)
    assert long["facts"]["modality"]["value"] == "linac" and long["facts"]["fractions"]["value"] == 1
    assert [les["dose_gy"] for les in long["facts"]["lesions"]] == [20.0]


def test_only_memory_exhaustion_is_too_large() -> None:
    from srscheck import bounds

    mapped = ImportError("libtorch.so: failed to map segment from shared object")
    assert bounds.memory_like(MemoryError())
    assert bounds.memory_like(mapped)
    try:  # a MemoryError while a module loads, re-raised as an ImportError by the library
        try:
            raise MemoryError()
        except MemoryError as exc:
            raise ImportError("Importing the C extensions failed") from exc
    except ImportError as chained:
        assert bounds.memory_like(chained)
        assert bounds.installation_error(chained) is None
    missing = ModuleNotFoundError("No module named 'pdfplumber'", name="pdfplumber")
    assert not bounds.memory_like(missing)
    assert not bounds.memory_like(ImportError("cannot import name 'layout' from 'pdfminer'"))
    err = bounds.installation_error(missing)
    assert err is not None and err.code == "E090" and err.status == "failed" and "pdfplumber" in str(err)


def test_a_missing_module_is_an_installation_error_not_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A module the check loads is missing (as in a broken install): one sentence that says so,
    exit 1; not "too large" (the memory bound's message), in check and in a batch."""
    from srscheck import cli
    from srscheck.batch import jobs

    chart = chart_txt(tmp_path / "a.txt")

    def broken(*_a: object, **_k: object) -> None:
        import srscheck_module_that_is_not_installed  # noqa: F401  (a real ModuleNotFoundError)

    monkeypatch.setattr(cli, "analyze", broken)  # in the child process of check
    status, err = _check(capsys, str(chart), "--codes", "77372")
    assert status == 1, err
    assert "E090" in err and "not installed completely" in err and "E011" not in err
    assert err.count("\n") == 1 and "Traceback" not in err
    monkeypatch.setattr(jobs, "analyze", broken)  # in each chart's child process
    outcome = run_batch([str(chart)], tmp_path / "out", workers=1)
    assert [r["status"] for r in outcome.rows] == ["failed"], outcome.rows
    assert "E090" in outcome.rows[0]["error"] and "E011" not in outcome.rows[0]["error"]
