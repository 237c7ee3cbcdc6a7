"""A chart over spaCy's max_length is processed in pieces, with the offsets the whole text gives.

The long chart itself (over 1,000,000 characters, read by ``srscheck check`` under the default
bounds) is in ``tests/hostile/test_bounds.py``; its time and memory are in ``scripts/benchmark.py
--hostile-only``. Here the pieces are made small (spaCy's limit lowered) so that every multi-page
chart is cut at its page breaks, and the reading must not change.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from srscheck.nlp import get_reader
from srscheck.nlp.lines import soften
from srscheck.nlp.pieces import Parsed, parse, piece_bounds
from srscheck.nlp.reader import read_document

from srscheck.core.model import combine_documents

ROOT = Path(__file__).resolve().parents[2]


# multi-page charts of the corpora, and courses of several documents (joined by page breaks)
CHARTS = ["resources/samples/s14_pituitary_25fx_three_pages.pdf",
          "tests/blind_corpus/b01_gk_frame_four_mets_3pages.pdf",
          "tests/blind_corpus/b18_ethos_eight_fx_lung_3pages.pdf",
          "tests/blind_corpus/b24_oligomets_lung_and_iliac.pdf", "tests/blind_corpus/b34_gk_seven_mets_two_pages.pdf",
          "tests/blind_corpus/b15_ck_spine_three_levels_two_pages.pdf",
          "tests/blind_corpus2/b2_03_discharge_summary.pdf",
          "tests/blind_corpus2/b2_05_four_page_hyperarc.pdf", "tests/blind_corpus2/b2_36_avm_three_pages.pdf",
          "tests/blind_corpus4/b4_38_planning_codes_documented.pdf", "tests/blind_corpus6/b6_26.pdf",
          "tests/blind_corpus6/b6_02", "tests/blind_corpus6/b6_03"]


def _document(path: Path):
    if path.is_dir():
        return combine_documents([read_document(p) for p in sorted(path.iterdir()) if p.suffix in (".pdf", ".txt")])
    return read_document(path)


@pytest.fixture
def reader():
    r = get_reader()
    limit = r.nlp.max_length
    yield r
    r.nlp.max_length = limit


def test_pieces_cover_the_text_and_cut_after_page_breaks() -> None:
    pages = [f"Page {i}\nLine one of page {i}.\n\nLine two of page {i}, somewhat longer than the first.\n"
             for i in range(30)]
    text = "\f".join(pages)
    size = max(len(p) for p in pages) + 2
    bounds = list(piece_bounds(text, size))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))  # contiguous, nothing lost
    assert all(e - s <= size for s, e in bounds)
    assert all(text[s - 1] == "\f" and not text[s].isspace() for s, _ in bounds[1:])
    # one page longer than a piece: cut at a blank line, then a line break, then a sentence end
    long_page = ("A sentence of the same paragraph goes on. " * 40 + "\n") * 6
    for s, e in piece_bounds(long_page, 700):
        assert e - s <= 700
        assert e == len(long_page) or long_page[e - 1] in "\n "


@pytest.mark.parametrize("chart", CHARTS, ids=lambda p: Path(p).stem)
def test_reading_in_pieces_gives_what_reading_whole_gives(chart: str, reader) -> None:
    document = _document(ROOT / chart)
    assert len(document.pages) > 1
    text = soften(document.text, reader.vocab)
    whole = reader.read_document(document)
    parsed_whole = parse(reader.nlp, text)
    page_len = max(p.end - p.start for p in document.pages)
    reader.nlp.max_length = page_len + 2  # every piece ends at a page break
    assert len(list(piece_bounds(text, reader.nlp.max_length))) > 1
    parsed_pieces = parse(reader.nlp, text)
    in_pieces = reader.read_document(document)
    assert asdict(parsed_pieces) == asdict(parsed_whole)
    assert in_pieces == whole  # facts, evidence (pages, offsets, boxes), mentions, scopes, sections


def test_a_piece_starting_inside_a_section_continues_it(reader) -> None:
    page = ("Treatment Summary:\nThe patient tolerated treatment well and was seen weekly in clinic. " * 3 + "\n")
    text = "\f".join([page, "Stable on follow up; no new deficits were noted at this visit.\n", page])
    whole = Parsed.from_doc(reader.nlp(text))
    reader.nlp.max_length = len(page) + 2
    assert asdict(parse(reader.nlp, text)) == asdict(whole)
