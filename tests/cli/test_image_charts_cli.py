"""Scans and faxes at the front door: ``srscheck check`` reads TIFF/PNG/JPEG files (alone or in a course with
PDF and text files), ``srscheck batch`` picks them up from folders and claims files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from _charts import summary_blocks
from imagemaker import fax_tiff, scan_image
from pdfmaker import Heading, KeyValue, make_chart_pdf

from srscheck.batch import collect_charts, parse_claims, run_batch
from srscheck.cli import main

needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None,
                               reason="tesseract (apt-get install tesseract-ocr) absent")

CONSULT = ("Radiation Oncology Consultation\n\nHistory: metastatic lung adenocarcinoma with two brain "
           "metastases on MRI.\nRecommendation: stereotactic radiosurgery to both lesions.\n")
COVER = [Heading("FAX"), KeyValue([("To", "Billing"), ("From", "Example Valley Hospital"), ("Pages", "2")]),
         "Treatment summary follows."]


@pytest.fixture(scope="module")
def fax(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-frame G4 fax at 204 x 196 dpi: a cover sheet, then a two-lesion summary."""
    folder = tmp_path_factory.mktemp("fax")
    pdf = make_chart_pdf(folder / "sent.pdf", [COVER, summary_blocks(lesions=2)])
    return fax_tiff(pdf, folder / "fax_0418.tif")


def test_batch_finds_images_in_folders_and_claims_rows_name_them(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for rel in ("a/fax.tif", "a/fax2.TIFF", "b/scan.png", "b/photo.jpg", "b/photo2.JPEG", "c/notes.txt",
                "c/plan.pdf", "c/letter.docx", "c/.hidden.tif"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x")
    keys = [c.key for c in collect_charts([str(root)])]
    assert keys == ["a/fax.tif", "a/fax2.TIFF", "b/photo.jpg", "b/photo2.JPEG", "b/scan.png", "c/notes.txt",
                    "c/plan.pdf"]
    assert [c.key for c in collect_charts([str(root / "b" / "*")])] == ["photo.jpg", "photo2.JPEG", "scan.png"]
    # a claims file whose first row names an image is data, not a header
    claims = parse_claims("fax_0418.tif,77372\nscan.png,77373x3\n")
    assert claims.by_path == {"fax_0418.tif": ("77372",), "scan.png": ("77373x3",)}


@needs_ocr
def test_check_reads_a_fax_with_a_pdf_and_a_text_file_as_one_course(fax: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    consult = tmp_path / "consult.txt"
    consult.write_text(CONSULT, encoding="utf-8")
    note = make_chart_pdf(tmp_path / "note.pdf", [[Heading("Nursing note"), "Patient tolerated treatment well."]])
    out = tmp_path / "course.json"
    status = main(["check", str(consult), str(fax), str(note), "--codes", "77372", "--json", str(out)])
    assert status == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["file"] for d in data["documents"]] == ["consult.txt", fax.name, "note.pdf"]
    assert [d["pages"] for d in data["documents"]] == [1, 2, 1]
    assert data["ocr"] is True
    facts = data["facts"]
    assert facts["modality"]["value"] == "linac"
    where = [(e.get("document"), e["page"]) for e in facts["modality"]["evidence"]]
    assert (1, 2) in where  # the fax (document 1), its second frame
    assert facts["lesion_count"]["value"] == 2
    assert [les["dose_gy"] for les in facts["lesions"]] == [20.0, 20.0]
    # the terminal summary names the file and page of the evidence
    assert main(["check", str(fax), "--codes", "77372"]) == 0
    text = capsys.readouterr().out
    assert f"{fax.name}: 2 page(s)" in text and '(p.2: "' in text


@needs_ocr
def test_batch_checks_images_and_gives_a_page_without_text_its_unreadable_row(fax: Path, tmp_path: Path) -> None:
    from PIL import Image

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(fax, folder / "fax.tif")
    Image.new("L", (1700, 2200), 255).save(folder / "blank_scan.png", dpi=(200, 200))
    (folder / "notes.txt").write_text(CONSULT, encoding="utf-8")
    outcome = run_batch([str(folder)], tmp_path / "out", workers=1)
    rows = {r["chart"]: r for r in outcome.rows}
    assert {k: r["status"] for k, r in rows.items()} == {"blank_scan.png": "error", "fax.tif": "checked",
                                                         "notes.txt": "checked"}
    assert rows["blank_scan.png"]["error"].startswith("E007:")
    data = json.loads((tmp_path / "out" / "fax.json").read_text(encoding="utf-8"))
    assert data["source"]["file"] == "fax.tif" and data["source"]["pages"] == 2
    assert data["facts"]["lesion_count"]["value"] == 2


@needs_ocr
def test_png_scan_named_like_a_pdf_is_read_by_its_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = make_chart_pdf(tmp_path / "sent.pdf", [summary_blocks(lesions=1)])
    scan = scan_image(pdf, tmp_path / "summary.pdf", dpi=300, dpi_tag=300)  # a PNG that says .pdf
    out = tmp_path / "x.json"
    assert main(["check", str(scan), "--codes", "77372", "--json", str(out)]) == 0, capsys.readouterr().err
    facts = json.loads(out.read_text(encoding="utf-8"))["facts"]
    assert facts["modality"]["value"] == "linac" and facts["lesion_count"]["value"] == 1
