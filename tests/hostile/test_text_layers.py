"""Unreadable text layers are never read silently: OCR reads the page, or the chart is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from _build import readable_scan_with_shifted_text_layer, text_pdf, type3_without_tounicode
from srscheck.nlp import ocr
from srscheck.nlp.reader import read_document
from srscheck.nlp.textlayer import garbled

from srscheck.cli import main
from srscheck.core.messages import UnreadableChart

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


# Real text in other languages (no English word in them): never taken for a garbled text layer.
GERMAN = ("Der Patient wurde am zwölften März mit stereotaktischer Radiochirurgie behandelt. Die Verschreibung "
          "betrug zwanzig Gray in einer Fraktion auf die linke frontale Metastase, verabreicht in einer Sitzung "
          "nach einer Kegelstrahl-Computertomographie. Eine thermoplastische Maske wurde angefertigt. Der Plan "
          "wurde vom Arzt geprüft und unterschrieben. Es traten keine Komplikationen auf; eine Kontrolle mit "
          "Magnetresonanztomographie ist in acht Wochen geplant. Die Übelkeit war gering.")
SPANISH = ("El paciente fue tratado el doce de marzo con radiocirugía estereotáctica. La prescripción fue de veinte "
           "gray en una fracción a la metástasis frontal izquierda, administrada en una sesión tras una tomografía "
           "de haz cónico. Se confeccionó una máscara termoplástica. El plan fue revisado y firmado por el médico. "
           "No hubo complicaciones y se planifica una resonancia de control en ocho semanas.")
CZECH = ("Pacient byl léčen dvanáctého března stereotaktickou radiochirurgií. Předepsaná dávka byla dvacet grayů "
         "v jedné frakci na levou frontální metastázu, podaná v jednom sezení po tomografii s kuželovým svazkem. "
         "Byla zhotovena termoplastická maska. Plán zkontroloval a podepsal lékař. Nevyskytly se žádné "
         "komplikace a kontrolní magnetická rezonance je plánována za osm týdnů.")


def test_garbled_measure() -> None:
    from _build import shifted

    assert garbled(TEXT.split()) is None
    for by in range(1, 26):  # every shift of the alphabet, in any language
        for text in (TEXT, GERMAN, SPANISH):
            assert garbled(shifted(text, by).split()) is not None, (by, text[:20])
    assert "shifted by 3" in str(garbled(shifted(TEXT).split()))
    assert garbled(["\ue001\ue002\ue003"] * 40) is not None
    assert garbled(["!\"#$%&'()*+,-./:;<=>?@[]^"] * 10) is not None  # codes that are not characters
    assert garbled(TEXT.split(), map_errors=0.9) is not None  # glyphs PDFium could not map
    # letters substituted at random (not a shift): vowels and consonants no longer alternate
    table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "qwrtzpsdfghjklxcvbnmaeiouy")
    assert garbled(TEXT.lower().translate(table).split()) is not None


@pytest.mark.parametrize("text", [GERMAN, SPANISH, CZECH], ids=["german", "spanish", "czech"])
def test_real_text_in_another_language_is_not_garbage(text: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert garbled(text.split()) is None
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)  # no OCR: the text layer must be kept
    doc = read_document(text_pdf(tmp_path / "page.pdf", text))
    assert doc.ocr is False
    assert all(word in doc.text for word in text.split(".")[0].split())  # the first sentence, word for word


def test_shifted_letters_in_a_font_with_a_character_map_are_not_read(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Helvetica with a correct map, but the letters themselves shifted (as a broken OCR layer or a
    font whose codes map to the wrong letters leaves them): refused without OCR, not read as text."""
    from _build import shifted

    pdf = text_pdf(tmp_path / "shifted.pdf", shifted(TEXT))
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    with pytest.raises(UnreadableChart) as err:
        read_document(pdf)
    assert err.value.code == "E013" and "shifted" in str(err.value)


def test_unmapped_glyphs_are_counted_from_pdfium(tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    from srscheck.nlp.textlayer import map_errors

    for pdf, low, high in ((type3_without_tounicode(tmp_path / "t3.pdf", TEXT), 0.9, 1.0),
                           (text_pdf(tmp_path / "plain.pdf", TEXT), 0.0, 0.0)):
        doc = pdfium.PdfDocument(str(pdf))
        try:
            textpage = doc[0].get_textpage()
            assert low <= map_errors(textpage) <= high
        finally:
            doc.close()


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


def test_text_in_another_script_is_not_judged_by_latin_letters() -> None:
    assert garbled(("定位放射線治療 患者は治療を受けた " * 40).split()) is None
