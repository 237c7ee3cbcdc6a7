"""Charts that arrive as image files (fax-server TIFFs, PNG and JPEG scans) are read as scanned PDF pages
are: every frame a page of its physical size (non-square fax resolutions stretched back), OCR'd by the
same page reader, evidence on the right page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from imagemaker import FINE, STANDARD, fax_tiff, render_pages, scan_image
from pdfmaker import Heading, KeyValue, RuledTable, make_chart_pdf
from srscheck.nlp import ocr
from srscheck.nlp.images import ImageChart, resolution
from srscheck.nlp.reader import read_document

from srscheck.api import analyze
from srscheck.core.messages import UnreadableChart

needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None,
                               reason="tesseract (apt-get install tesseract-ocr) absent")

COVER = [
    Heading("FACSIMILE TRANSMITTAL"),
    KeyValue([("To", "Coding and billing office"), ("From", "Northgate Radiation Center"),
              ("Pages", "2 including this cover")]),
    "The attached record is confidential. If you received it in error, call the sender and destroy it.",
]
SUMMARY = [
    Heading("Stereotactic Radiosurgery Summary"),
    KeyValue([("Treatment unit", "Varian TrueBeam STx"), ("Treatment date", "03/18/2025"),
              ("Physician", "Maren Ostrowski, MD")]),
    "Simulation with a thermoplastic SRS mask; the planning CT was fused with a contrast MRI of the brain.",
    "Single-isocenter VMAT plan. Both metastases treated in one session on 03/18/2025.",
    RuledTable([("Target", "Dose", "Fractions"), ("Left frontal metastasis", "20 Gy", "1"),
                ("Right parietal metastasis", "18 Gy", "1")]),
    "Electronically signed by Maren Ostrowski, MD.",
]


@pytest.fixture(scope="module")
def chart_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A faxed record: a cover sheet on page 1, the summary on page 2."""
    return make_chart_pdf(tmp_path_factory.mktemp("fax") / "record.pdf", [COVER, SUMMARY],
                          header="Northgate Radiation Center   TESTPATIENT, BO - MRN SYN-0442")


def _facts(path: Path | list[Path]) -> dict:
    return json.loads(analyze(path, "77372").to_json())["facts"]


def _pages_of(fact: dict) -> set[int]:
    return {e["page"] for e in fact["evidence"]}


# ------------------------------------------------------------------------------------------------
# Geometry: a frame is a page of its physical size (no OCR needed)
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("info, size, expected", [
    ({"dpi": (204.0, 196.0)}, (1728, 2156), (204.0, 196.0)),  # fax "fine"
    ({"dpi": (204.0, 98.0)}, (1728, 1078), (204.0, 98.0)),  # fax "standard": pixels twice as tall as wide
    ({"dpi": (300.0, 300.0)}, (2550, 3300), (300.0, 300.0)),  # a scanner's page
    ({"dpi": (72.0, 72.0)}, (3000, 4000), (3000 / 8.5, 3000 / 8.5)),  # a photo's 72 dpi: a 42-inch page? no
    ({}, (1700, 2200), (200.0, 200.0)),  # no resolution at all: a letter-wide page
    ({"resolution": (2.0, 1.0)}, (1700, 1100), (200.0, 100.0)),  # a ratio without a unit is kept
    ({"dpi": (0.0, 0.0)}, (1700, 2200), (200.0, 200.0)),  # nonsense is not believed
])
def test_resolution_believed_or_assumed(info: dict, size: tuple[int, int], expected: tuple[float, float]) -> None:
    assert resolution(info, *size) == pytest.approx(expected)


@pytest.mark.parametrize("res", [FINE, STANDARD])
def test_fax_frames_are_letter_pages_whatever_their_resolution(chart_pdf: Path, tmp_path: Path,
                                                               res: tuple[int, int]) -> None:
    fax = fax_tiff(chart_pdf, tmp_path / "fax.tif", res)
    with ImageChart(fax) as chart:
        assert len(chart) == 2 and chart.kind == "TIFF"
        for width, height in chart.sizes:
            assert width == pytest.approx(612, abs=1) and height == pytest.approx(792, abs=1)
        page = chart[1]
        assert page.get_size() == pytest.approx(chart.sizes[1])
        assert ocr.scan_dpi(page) == pytest.approx((res[0] * res[1]) ** 0.5, rel=0.01)


def test_scan_without_ocr_installed_says_how_to_install_it(chart_pdf: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    fax = fax_tiff(chart_pdf, tmp_path / "fax.tif")
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    with pytest.raises(UnreadableChart) as info:
        read_document(fax)
    assert info.value.code == "E006" and "tesseract" in str(info.value).lower()


# ------------------------------------------------------------------------------------------------
# Read through OCR: the facts, on the right page
# ------------------------------------------------------------------------------------------------


@needs_ocr
@pytest.mark.parametrize("res", [FINE, STANDARD], ids=["fine", "standard"])
def test_g4_fax_reads_like_the_pdf(chart_pdf: Path, tmp_path: Path, res: tuple[int, int]) -> None:
    fax = fax_tiff(chart_pdf, tmp_path / "incoming_fax.tif", res)
    doc = read_document(fax)
    assert doc.ocr and len(doc.pages) == 2
    # the words sit where the PDF has them: a 204 x 98 dpi frame is stretched back to letter shapes
    pdf_doc = read_document(chart_pdf)
    want = next(w for w in pdf_doc.pages[1].words if w.text == "TrueBeam").box
    got = next(w for w in doc.pages[1].words if w.text == "TrueBeam").box
    assert abs(got.x0 - want.x0) < 4 and abs(got.top - want.top) < 4 and abs(got.x1 - want.x1) < 6
    facts = _facts(fax)
    assert facts["modality"]["value"] == "linac" and _pages_of(facts["modality"]) == {2}
    assert facts["lesion_count"]["value"] == 2
    assert {e["page"] for les in facts["lesions"] for e in les["evidence"]} == {2}
    # at 98 lines per inch too: the table's borders are erased before Tesseract reads the page, so the cell
    # beside a border ("20 Gy") is no longer lost to it
    assert sorted(les["dose_gy"] for les in facts["lesions"]) == [18.0, 20.0]


@needs_ocr
@pytest.mark.parametrize("kind", ["g3-fine", "png", "jpeg-without-suffix"])
def test_fine_fax_png_and_jpeg_scans(chart_pdf: Path, tmp_path: Path, kind: str) -> None:
    if kind == "g3-fine":
        path = fax_tiff(chart_pdf, tmp_path / "fax.TIF", FINE, compression="group3")
        page = 2
    elif kind == "png":
        path = scan_image(chart_pdf, tmp_path / "scan.png", page=1, dpi=300, dpi_tag=300)
        page = 1
    else:  # a phone photo saved without a suffix: known by its magic number; its 72 dpi is not believed
        path = scan_image(chart_pdf, tmp_path / "photo_from_clinic", page=1, dpi=250, format="JPEG", dpi_tag=72)
        page = 1
    facts = _facts(path)
    assert facts["modality"]["value"] == "linac" and _pages_of(facts["modality"]) == {page}
    assert facts["lesion_count"]["value"] == 2
    assert sorted(les["dose_gy"] for les in facts["lesions"]) == [18.0, 20.0]


@needs_ocr
def test_colour_photo_with_transparency_and_orientation(chart_pdf: Path, tmp_path: Path) -> None:
    """A PNG with an alpha channel (transparent is paper, not black) stored turned a quarter, with the
    EXIF orientation that shows it upright."""
    from PIL import Image

    (gray,) = render_pages(chart_pdf, 200, 200, [1])
    rgba = Image.merge("RGBA", (gray, gray, gray, gray.point(lambda v: 255 - v)))  # ink opaque, paper clear
    stored = rgba.transpose(Image.Transpose.ROTATE_90)  # the camera held sideways
    exif = Image.Exif()
    exif[274] = 6  # "rotate 90 clockwise to view"
    path = tmp_path / "sideways.png"
    stored.save(path, dpi=(200, 200), exif=exif)
    with ImageChart(path) as chart:
        assert chart.sizes[0] == pytest.approx((612, 792), abs=1)
    facts = _facts(path)
    assert facts["modality"]["value"] == "linac" and facts["lesion_count"]["value"] == 2


# the stored pixels for each EXIF/TIFF orientation tag: what a camera or scanner wrote, given the upright page
_STORED = {1: None, 2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE", 6: "ROTATE_90",
           7: "TRANSVERSE", 8: "ROTATE_270"}


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "TIFF", "TIFF-raw", "TIFF-raw-strips", "TIFF-raw-bilevel"])
def test_every_orientation_tag_shows_the_page_upright(tmp_path: Path, kind: str) -> None:
    """A page stored flipped or turned, with the orientation tag (EXIF in a JPEG or PNG, the TIFF tag in each
    frame of a TIFF) that shows it upright: every page comes out upright at its upright size (a dark block in
    its top left corner, a grey one in its bottom right), turned once (Pillow turns a TIFF frame itself as it
    loads it; turned again, a flipped fax page came out mirrored)."""
    from PIL import Image

    page = Image.new("L", (170, 220), 255)  # portrait, 20 dpi: 8.5 x 11 inches
    page.paste(0, (0, 0, 60, 50))
    page.paste(128, (110, 170, 170, 220))
    if kind == "TIFF-raw-bilevel":
        page = page.point(lambda v: 255 if v > 200 else 0).convert("1")  # the grey block goes black
    stored = [(o, page if t is None else page.transpose(getattr(Image.Transpose, t))) for o, t in _STORED.items()]
    paths: list[tuple[Path, int, int]] = []
    if kind.startswith("TIFF"):  # one file, a frame per orientation, each with its own tag
        from PIL import TiffImagePlugin

        # uncompressed frames (Pillow's default when saving a TIFF) are decoded by Pillow itself, compressed
        # ones by libtiff: a quarter-turned uncompressed frame came out garbled (rows wrapped at the turned width)
        how = {"compression": "tiff_lzw"} if kind == "TIFF" else {"compression": "raw"}
        rows = {278: 40} if kind == "TIFF-raw-strips" else {}  # RowsPerStrip: several strips per frame
        path = tmp_path / "pages.tif"
        with TiffImagePlugin.AppendingTiffWriter(str(path), new=True) as tf:
            for o, im in stored:
                im.encoderinfo = {"tiffinfo": {274: o, **rows}, "dpi": (20, 20), **how}
                im.encoderconfig = ()
                TiffImagePlugin._save(im, tf, str(path))  # (save_all would give every frame the first's tags)
                tf.newFrame()
        paths = [(path, i, o) for i, (o, _s) in enumerate(stored)]
    else:
        for o, im in stored:
            exif = Image.Exif()
            exif[274] = o
            path = tmp_path / f"page_{o}.{kind.lower()}"
            im.save(path, format=kind, dpi=(20, 20), exif=exif, **({"quality": 95} if kind == "JPEG" else {}))
            paths.append((path, 0, o))
    if kind == "TIFF-raw-strips":
        with Image.open(paths[0][0]) as tiff:
            assert len(tiff.tile) == 6  # 220 rows in strips of 40
    for path, frame, o in paths:
        with ImageChart(path) as chart:
            assert chart.sizes[frame] == pytest.approx((612, 792), abs=1), f"orientation {o}"
            upright = chart.grayscale(frame)
            assert upright.size == (170, 220), f"orientation {o}"
            corners = [upright.crop(box).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
                       for box in ((5, 5, 55, 45), (115, 175, 165, 215), (115, 5, 165, 45), (5, 175, 55, 215))]
            grey = (0, 40) if kind == "TIFF-raw-bilevel" else (100, 156)
            assert corners[0] < 40 and grey[0] <= corners[1] < grey[1] and min(corners[2:]) > 215, f"orientation {o}"


def test_an_unsure_word_is_kept_only_when_a_second_read_agrees() -> None:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    rows = ["5\t1\t1\t1\t1\t1\t100\t200\t80\t30\t96.1\tRight",
            "5\t1\t1\t1\t1\t2\t400\t200\t40\t30\t0.0\t18",
            "5\t1\t1\t1\t1\t3\t450\t195\t40\t45\t0.0\tGy",
            "5\t1\t1\t1\t1\t4\t500\t200\t10\t30\t12.0\t|"]
    tsv = head + "\n".join(rows) + "\n"
    assert [w.text for w in ocr.parse_tsv(tsv, 1.0)] == ["Right"]  # below the floor: left out
    asked = []

    def confirm(unsure):
        asked.extend(unsure)
        return {0: ("18", 91.0), 1: ("6y", 40.0)}  # the second read agrees on "18" only

    words = ocr.parse_tsv(tsv, 1.0, confirm)
    assert asked == [("18", (400, 200, 440, 230)), ("Gy", (450, 195, 490, 240))]  # a lone bar is not asked about
    assert [w.text for w in words] == ["Right", "18"]
    assert words[0].line_top == 200 and words[0].line_bottom == 230  # the dropped "Gy" makes no line taller
    assert ocr._same_word("20Gy", "20 Gy,") and not ocr._same_word("18", "1B")


def test_a_doubtful_number_is_read_again_and_takes_the_surer_read() -> None:
    """A number read at a middling confidence is read again on its own: a sure read that differs replaces it
    ("425" read alone is "725"), so does a more confident read of the same characters with a decimal point the page's
    read lost ("12cm" -> "1.2cm"); a less sure read of another digit leaves the word and its low confidence."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    rows = ["5\t1\t1\t1\t1\t1\t100\t200\t80\t30\t96.1\tDose",
            "5\t1\t1\t1\t1\t2\t200\t200\t40\t30\t59.0\t425",
            "5\t1\t1\t1\t1\t3\t300\t200\t40\t30\t68.7\t12cm",
            "5\t1\t1\t1\t1\t4\t400\t200\t40\t30\t45.6\t3",
            "5\t1\t1\t1\t1\t5\t500\t200\t40\t30\t66.0\tmask"]
    tsv = head + "\n".join(rows) + "\n"
    asked = []

    def again(words):
        asked.extend(t for t, _ in words)
        return {0: ("725", 96.5), 1: ("1.2cm", 74.2), 2: ("2", 96.1), 3: ("1.6cm", 35.4)}

    words = ocr.parse_tsv(tsv + "5\t1\t1\t1\t1\t6\t600\t200\t40\t30\t41.1\t1.6cm\n", 1.0, again)
    assert asked == ["425", "12cm", "3", "1.6cm"]  # a confident word, a doubtful one without a digit: not asked about
    assert [(w.text, round(w.confidence, 1)) for w in words] == [  # two reads of the same "1.6cm": sure
        ("Dose", 96.1), ("725", 96.5), ("1.2cm", 74.2), ("3", 45.6), ("mask", 66.0), ("1.6cm", 80.0)]
