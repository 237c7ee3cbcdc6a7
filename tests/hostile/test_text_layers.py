"""Unreadable text layers are never read silently: OCR reads the page, or the chart is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from _build import readable_scan_with_shifted_text_layer, type3_without_tounicode

from srscheck.cli import main
from srscheck.core.messages import UnreadableChart
from srscheck.nlp import ocr
from srscheck.nlp.reader import read_document
from srscheck.nlp.textlayer import garbled

TEXT = ("Stereotactic radiosurgery summary. The patient was treated on the Varian TrueBeam STx with a "
        "thermoplastic mask. The prescription was 20 Gy in 1 fraction to the left frontal metastasis, "
        "delivered in one session with cone-beam CT before treatment. The plan was reviewed and signed by "
        "the physician. There were no complications and follow up MRI is planned in eight weeks. ") * 3

LINES = "\n".join([
    "Stereotactic Radiosurgery Summary",
    "Treatment unit: Varian TrueBeam STx",
    "A thermoplastic mask was made for the patient.",
    "Prescription 20 Gy in 1 fraction to the left frontal metastasis.",
    "The dose was delivered in one session with cone-beam CT before treatment.",
    "The plan was reviewed and signed by the physician.",
    "There were no complications and a follow up MRI is planned in eight weeks.",
])


def test_garbled_measure() -> None:
    from _build import shifted

    assert garbled(TEXT.split()) is None
    assert garbled(shifted(TEXT).split()) is not None
    assert garbled(["\ue001\ue002\ue003"] * 40) is not None


def test_type3_font_without_tounicode_is_not_read_silently(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    pdf = type3_without_tounicode(tmp_path / "type3.pdf", TEXT)
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)  # no OCR installed
    with pytest.raises(UnreadableChart) as err:
        read_document(pdf)
    assert err.value.code == "E013"
    status = main(["check", str(pdf), "--codes", "77372"])
    out, errtext = capsys.readouterr()
    assert status == 3 and "E013" in errtext and out == ""


@pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed")
def test_shifted_text_layer_falls_back_to_ocr(tmp_path: Path) -> None:
    pdf = readable_scan_with_shifted_text_layer(tmp_path / "layer.pdf", LINES)
    doc = read_document(pdf)
    assert doc.ocr is True
    assert "TrueBeam" in doc.text and "20 Gy" in doc.text


@pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed")
def test_type3_boxes_with_ocr_are_unreadable_not_garbage(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    pdf = type3_without_tounicode(tmp_path / "type3.pdf", TEXT)
    status = main(["check", str(pdf), "--codes", "77372"])
    _, err = capsys.readouterr()
    assert status == 3 and ("E007" in err or "E013" in err)


def test_text_in_another_script_is_not_judged_by_english_words() -> None:
    assert garbled(("定位放射線治療 患者は治療を受けた " * 40).split()) is None
