"""Hard inputs, generated here: each gives the right result or one clear sentence, never a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _charts import FOOTER, HEADER, summary_blocks, write_chart, zero_page_pdf
from pdfmaker import Heading, make_chart_pdf

from srscheck.api import analyze
from srscheck.cli import main


def _check(path: Path, capsys: pytest.CaptureFixture[str], *codes: str) -> tuple[int, str, str]:
    argv = ["check", str(path), "--json", "-"] + (["--codes", ",".join(codes)] if codes else [])
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _assert_unreadable(path: Path, code: str, capsys: pytest.CaptureFixture[str]) -> str:
    status, out, err = _check(path, capsys, "77372")
    assert status == 3, err
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"srscheck: {code}: "), err
    assert "Traceback" not in err and path.name in lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def good_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_chart(tmp_path_factory.mktemp("hard") / "good.pdf", lesions=2, pages=3)


# ------------------------------------------------------------------------------------------------
# Unreadable files: one sentence, status 3
# ------------------------------------------------------------------------------------------------


def test_encrypted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = write_chart(tmp_path / "locked.pdf", password="secret")
    line = _assert_unreadable(pdf, "E003", capsys)
    assert "password" in line


@pytest.mark.parametrize("fraction", [0.5, 0.1])
def test_truncated(good_pdf: Path, tmp_path: Path, fraction: float,
                   capsys: pytest.CaptureFixture[str]) -> None:
    data = good_pdf.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: int(len(data) * fraction)])
    _assert_unreadable(cut, "E004", capsys)


def test_zero_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _assert_unreadable(zero_page_pdf(tmp_path / "empty.pdf"), "E005", capsys)


@pytest.mark.parametrize("name, data, code", [
    ("word.pdf", b"PK\x03\x04 this is a zip (docx) file renamed to .pdf", "E002"),
    ("empty.pdf", b"", "E002"),
    # a PNG is a chart whatever its name (an image of pages); this one's data after the mark is broken
    ("image.pdf", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E004"),
])
def test_not_a_pdf(tmp_path: Path, name: str, data: bytes, code: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _assert_unreadable(path, code, capsys)


def test_binary_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"\xff\xfe\x00\x81 not utf-8 \xc3\x28")
    _assert_unreadable(path, "E010", capsys)


# ------------------------------------------------------------------------------------------------
# Scans: OCR when Tesseract is installed, else the no-OCR sentence
# ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_chart(tmp_path_factory.mktemp("scan") / "scan.pdf", lesions=1, scan=True, scan_dpi=150)


def test_scan_without_ocr_says_how_to_install_it(scan_pdf: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from srscheck.nlp import ocr

    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    line = _assert_unreadable(scan_pdf, "E006", capsys)
    assert "tesseract" in line.lower()


def test_scan_is_read_with_ocr(scan_pdf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from srscheck.nlp import ocr

    if not ocr.available():
        pytest.skip("Tesseract is not installed")
    status, out, err = _check(scan_pdf, capsys, "77372")
    assert status == 0, err
    data = json.loads(out)
    assert data["ocr"] is True
    assert data["facts"]["modality"]["value"] == "linac"
    assert data["facts"]["lesion_count"]["value"] == 1
    assert data["facts"]["imaging"]["value"] == ["CT", "MRI"]


# ------------------------------------------------------------------------------------------------
# Readable but awkward: the right facts
# ------------------------------------------------------------------------------------------------


def _facts(path: Path) -> dict:
    return json.loads(analyze(path, "77372").to_json())["facts"]


def _values(facts: dict) -> dict:
    return {k: v["value"] for k, v in facts.items() if k != "lesions"}


def test_rotated_pages_read_like_upright_ones(tmp_path: Path) -> None:
    upright = write_chart(tmp_path / "upright.pdf", lesions=2, pages=2)
    turned = write_chart(tmp_path / "turned.pdf", lesions=2, pages=2, rotate={1: 90, 2: 180})
    assert _values(_facts(turned)) == _values(_facts(upright))
    assert _values(_facts(upright))["modality"] == "linac"


def test_forty_lesions(tmp_path: Path) -> None:
    pdf = write_chart(tmp_path / "forty.pdf", lesions=40)
    result = analyze(pdf, "77372,77432,61796,61797")
    assert result.facts.lesion_count.value == 40
    assert len(result.facts.lesions) == 40
    assert len({les.name for les in result.facts.lesions}) == 40
    add_on = next(c for c in result.codes if c.code == "61797")
    assert add_on.verdict in {"supported", "gaps", "contradicted"}
    json.loads(result.to_json())


def test_non_latin_text_around_the_summary(tmp_path: Path) -> None:
    notes = [Heading("Примечания / Σημειώσεις / ملاحظات", level=2),
             "Пациент перенёс лечение хорошо. Η θεραπεία ολοκληρώθηκε χωρίς επιπλοκές. "
             "تم العلاج دون مضاعفات."]
    pdf = make_chart_pdf(tmp_path / "intl.pdf", [summary_blocks(lesions=1) + notes], header=HEADER,
                         footer=FOOTER)
    facts = _facts(pdf)
    assert facts["modality"]["value"] == "linac" and facts["lesion_count"]["value"] == 1


def test_text_in_another_script_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    txt = tmp_path / "日本語.txt"
    txt.write_text("定位放射線治療のまとめ\n患者は治療を受けた。\n" * 50, encoding="utf-8")
    status, out, err = _check(txt, capsys, "77372")
    assert status == 0, err
    data = json.loads(out)
    assert data["source"]["file"] == "日本語.txt"
    assert data["facts"]["modality"]["value"] is None
    assert data["codes"][0]["verdict"] in {"gaps", "contradicted"}


def test_very_long_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sentence = ("Stereotactic radiosurgery on a Varian TrueBeam STx: 20 Gy in 1 fraction to the left "
                "frontal metastasis with a thermoplastic mask and cone-beam CT. ")
    txt = tmp_path / "oneline.txt"
    txt.write_text(sentence * 600 + "x" * 50_000, encoding="utf-8")  # one 140 kB line
    status, out, err = _check(txt, capsys, "77372")
    assert status == 0, err
    data = json.loads(out)
    assert data["facts"]["modality"]["value"] == "linac"
    for fact in data["facts"].values():
        for ev in fact["evidence"] if isinstance(fact, dict) else []:
            assert len(ev["text"]) <= 200  # quotations stay short


# ------------------------------------------------------------------------------------------------
# A 500-page chart: memory stays bounded
# ------------------------------------------------------------------------------------------------

_PEAK = textwrap.dedent("""
    import json, resource, sys
    from srscheck.api import analyze
    result = analyze(sys.argv[1], "77373")
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"pages": len(result.reading.document.pages), "peak_mb": kb / 1024,
                      "lesions": result.facts.lesion_count.value}))
""")


def _peak(path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True,
                          timeout=900, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_five_hundred_pages_memory_bounded(tmp_path: Path) -> None:
    small = _peak(write_chart(tmp_path / "small.pdf", lesions=2, pages=3))
    big = _peak(write_chart(tmp_path / "big.pdf", lesions=2, pages=500))
    assert (small["pages"], big["pages"]) == (3, 500)
    assert big["lesions"] == small["lesions"] == 2
    # the pipeline alone is a few hundred MB; 500 pages may add a little, never the whole file's objects
    growth = big["peak_mb"] - small["peak_mb"]
    assert growth < 400, f"peak RSS grew by {growth:.0f} MB for 500 pages (3 pages: {small['peak_mb']:.0f} MB)"
