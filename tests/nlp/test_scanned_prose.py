"""A scanned page of typed prose is read as prose: Tesseract's boxes hug the glyphs, so the font size is
estimated from the line's box (ascender to descender, about 0.95 em), and a typewriter font's word spaces are
not read as table cells; a line that goes on with the line above it (no stop, a lower-case word) is one
sentence with it even where the scan's line spacing looks like a paragraph gap."""

from __future__ import annotations

import re
from pathlib import Path

from pdfmaker import make_text_pdf
from srscheck.nlp import read_chart

NOTE = """RADIOSURGERY DAY-CASE NOTE

History: recurrent right trigeminal pain, V3, after two rhizotomies (2019, 2022). She carries an
implanted cardiac device (2018) that is not MRI-conditional; the cardiology review is on file.
Technique: Leksell frame fixed at 07:30 under local anaesthetic. As an MRI was
not possible for her, targeting was done on a stereotactic CT with intrathecal
contrast, which she tolerated well. One 4 mm shot, 80 Gy maximum
to the nerve root.
Disposition: home the same afternoon with her husband; frame pin sites clean and dry.
"""


def test_a_scanned_typewritten_paragraph_is_read_as_running_text(tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "note.pdf", NOTE, scan=True, scan_dpi=150, font="Courier")
    reading = read_chart(str(pdf))
    text = reading.document.text
    para = text[text.index("Technique"):text.index("Disposition")]
    assert "\t" not in para  # no word gap of the typewriter font taken for a table's cell gap
    assert not re.search(r"\n[ \t]*\n", para.strip())  # one paragraph, not one per scanned line
    assert reading.facts.imaging.value == ["CT"]  # "an MRI was / not possible": the negation crosses the line
