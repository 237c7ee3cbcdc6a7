"""Hostile and broken image files (faxes, scans): one sentence and exit 3 from ``check``, the right status in a
batch, never a traceback or a hang. Bombs are refused from the image's header, before any pixel is decoded."""

from __future__ import annotations

import io
import shutil
import time
from pathlib import Path

import pytest
from _build import chart_pdf, chart_txt
from imagemaker import bomb_png, fax_tiff, tiff_with_huge_frame

from srscheck.batch import run_batch
from srscheck.cli import main
from srscheck.core.limits import Limits

needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None,
                               reason="tesseract (apt-get install tesseract-ocr) absent")


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(["check", *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err


def _one_sentence(status: int, err: str, code: str) -> None:
    assert status == 3, err
    assert err.startswith(f"srscheck: {code}:") and err.count("\n") == 1, err


@pytest.fixture(scope="module")
def fax(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-frame G4 fax of the shared chart."""
    folder = tmp_path_factory.mktemp("fax")
    return fax_tiff(chart_pdf(folder / "a.pdf"), folder / "fax.tif")


def test_truncated_files_are_damaged(fax: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PIL import Image

    data = fax.read_bytes()
    cut = tmp_path / "cut.tif"
    cut.write_bytes(data[: len(data) // 2])
    status, err = _check(capsys, str(cut))
    _one_sentence(status, err, "E004")
    assert "ends early" in err
    with Image.open(fax) as im:
        gray = im.convert("L")
    for fmt, name in (("PNG", "cut.png"), ("JPEG", "cut.jpg")):
        buf = io.BytesIO()
        gray.save(buf, format=fmt)
        (tmp_path / name).write_bytes(buf.getvalue()[: buf.tell() // 2])
        status, err = _check(capsys, str(tmp_path / name))
        _one_sentence(status, err, "E004")
        assert "ends early" in err


def test_tiff_without_frames_has_no_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.tif"
    empty.write_bytes(b"II*\x00\x00\x00\x00\x00")  # a header whose first directory is "none"
    _one_sentence(*_check(capsys, str(empty)), "E005")


def test_not_an_image_though_named_like_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "fax.tif"
    fake.write_bytes(b"PK\x03\x04 a zip file renamed" + bytes(range(256)))
    status, err = _check(capsys, str(fake))
    _one_sentence(status, err, "E002")
    assert "image" in err


@pytest.mark.parametrize("make", ["png", "rgb-png", "second-tiff-frame"])
def test_decompression_bombs_are_refused_from_the_header(tmp_path: Path, make: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    if make == "png":
        bomb = bomb_png(tmp_path / "bomb.png")  # 10 gigapixels (Pillow's own refusal, said the same way)
    elif make == "rgb-png":
        bomb = bomb_png(tmp_path / "bomb.png", 12_000, 12_000, colour=True)  # 432 MB decoded: over 8 x 32 MB
    else:
        bomb = tiff_with_huge_frame(tmp_path / "bomb.tif")  # page 1 fine, page 2 claims 100,000 x 100,000
    assert bomb.stat().st_size < 5000
    started = time.monotonic()
    status, err = _check(capsys, str(bomb))
    assert time.monotonic() - started < 30
    _one_sentence(status, err, "E011")
    assert "--max-stream-mb" in err
    if make == "second-tiff-frame":
        assert "page 2" in err and "100,000 x 100,000" in err


def test_too_many_frames_for_the_page_bound(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pdfmaker import make_chart_pdf

    three = fax_tiff(make_chart_pdf(tmp_path / "three.pdf", [["Stereotactic radiosurgery summary."]] * 3),
                     tmp_path / "three.tif")
    status, err = _check(capsys, str(three), "--max-pages", "2")
    _one_sentence(status, err, "E011")
    assert "more than 2 pages" in err and "--max-pages" in err


def test_image_without_ocr_installed(fax: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from srscheck.nlp import ocr

    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    status, err = _check(capsys, str(fax))
    _one_sentence(status, err, "E006")
    assert "tesseract" in err.lower()


@needs_ocr
def test_image_without_text_is_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PIL import Image

    blank = tmp_path / "blank.tif"
    Image.new("1", (1728, 2200), 1).save(blank, compression="group4", dpi=(204, 196))
    _one_sentence(*_check(capsys, str(blank)), "E007")


def test_bad_images_in_a_batch_cost_only_their_rows(tmp_path: Path, fax: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bomb_png(folder / "bomb.png")
    data = fax.read_bytes()
    (folder / "cut.tif").write_bytes(data[: len(data) // 2])
    (folder / "empty.tif").write_bytes(b"MM\x00*\x00\x00\x00\x00")
    chart_txt(folder / "good.txt")
    outcome = run_batch([str(folder)], tmp_path / "out", workers=2, limits=Limits())
    rows = {r["chart"]: r for r in outcome.rows}
    assert {k: r["status"] for k, r in rows.items()} == {"bomb.png": "too_large", "cut.tif": "error",
                                                         "empty.tif": "error", "good.txt": "checked"}
    assert rows["cut.tif"]["error"].startswith("E004:") and rows["empty.tif"]["error"].startswith("E005:")
    assert outcome.exit_status == 3
