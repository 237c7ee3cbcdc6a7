"""A ruled table's title row with one title the scan lost (OCR drops a word pressed against a ruling) is still
the table's title row, so its columns keep their roles (an organ's maximum column is no prescription)."""

from __future__ import annotations

from srscheck.nlp import layout
from srscheck.nlp.layout import LWord

from srscheck.core.model import Box


def _cells(*cells: str) -> list[list[LWord]]:
    out, x = [], 10.0
    for cell in cells:
        words = []
        for text in cell.split():
            words.append(LWord(text, x, 100.0, x + 6 * len(text), 110.0, 10.0, Box(x, 100.0, x + 6 * len(text), 110.0)))
            x += 6 * len(text) + 4
        out.append(words)
        x += 20
    return out


def test_one_untitled_column_between_titles_of_a_ruled_table_is_a_lost_title() -> None:
    rows = [_cells("Target", "Volume", "Rx", "", "Shots", "Chiasm max"),
            _cells("Left parasellar meningioma", "5.8 cc", "25 Gy in 5 fractions", "50%", "22", "19.8 Gy / 5")]
    assert layout.looks_like_header(rows, ruled=True)
    assert not layout.looks_like_header(rows)  # without rulings, a gap in a row of words proves nothing
    corner = [_cells("", "Volume", "Rx", "Shots"), _cells("PTV", "5.8 cc", "25 Gy", "22")]
    two_gaps = [_cells("Target", "", "Rx", "", "Shots"), _cells("PTV", "5.8 cc", "25 Gy", "50%", "22")]
    assert not layout.looks_like_header(corner, ruled=True) and not layout.looks_like_header(two_gaps, ruled=True)
