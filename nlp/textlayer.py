"""Is a PDF page's text layer real text? Type3 fonts without a ToUnicode map, or fonts whose codes
map to the wrong letters, give a text layer of shifted or unmapped characters: read as it is,
every requirement comes out "missing" with no warning. A page whose words are mostly unmapped
glyphs, or whose words are not language, is read with OCR instead (or the chart is refused, E013).

"Language" is measured with the most frequent words of English and of treatment summaries: in
real chart text (tables and headings included) well over a tenth of the words are among them; in a
shifted text layer almost none are.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

MIN_WORDS = 25  # fewer alphabetic words than this: too little to judge, the page is kept
MIN_COMMON = 0.06  # a page whose share of common words is below this is not language
MAX_UNMAPPED = 0.3  # a page whose characters are unmapped (private use, U+FFFD, controls) above this

COMMON = frozenset("""
a about after all also an and any are as at be been before but by can date day days did do dose
each for from had has have he her his if in into is it its may mg no not of on one or other our
out patient per plan planned prior she should so than that the their then there these this to
treatment treated two under up was we were which while who will with within without would you
gy cgy fraction fractions fx mri ct cbct brain spine lesion lesions target targets tumor tumour
metastasis metastases left right frontal parietal temporal occipital cerebellar lobe radiosurgery
stereotactic sbrt srs radiation therapy oncology summary diagnosis physician md history course
isodose prescription prescribed delivered simulation mask frame linac gamma knife cyberknife
truebeam mm cm cc volume ptv gtv ctv margin image imaging guided daily session sessions single
total over end start note notes signed reviewed completed complete follow visit clinic
""".split())

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+$")


def _unmapped(ch: str) -> bool:
    o = ord(ch)
    return (0xE000 <= o <= 0xF8FF or o in (0xFFFD, 0xFFFE, 0xFFFF) or (o < 32 and ch not in "\t\n\r\f")
            or unicodedata.category(ch) == "Co")


def garbled(words: Iterable[str]) -> str | None:
    """Why a page's words are not a readable text layer ("unmapped glyphs", "not language"), or None."""
    texts = [w for w in words if w]
    chars = sum(len(w) for w in texts)
    if chars >= MIN_WORDS * 3:
        unmapped = sum(1 for w in texts for ch in w if _unmapped(ch))
        if unmapped > MAX_UNMAPPED * chars:
            return "most of its characters have no Unicode mapping"
    alpha = [m.group(0).lower() for w in texts for m in _WORD.finditer(w)]
    latin = [w for w in alpha if _LATIN.match(w)]
    if len(latin) < 0.5 * len(alpha):
        return None  # mostly another script (a chart in Japanese...): not judged by English words
    alpha = latin
    if len(alpha) < MIN_WORDS:
        return None
    common = sum(1 for w in alpha if w in COMMON)
    if common < MIN_COMMON * len(alpha):
        return "its words are not language (fonts without a character map?)"
    return None


def page_garbled(words_by_direction: dict[int, Sequence[object]]) -> str | None:
    """:func:`garbled` for the words of a page (``LWord``s with ``.text``), all directions together."""
    return garbled(getattr(w, "text", "") for ws in words_by_direction.values() for w in ws)


__all__ = ["COMMON", "garbled", "page_garbled"]
