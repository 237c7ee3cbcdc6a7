"""Is a PDF page's text layer real text? Type3 fonts without a ToUnicode map, or fonts whose codes
map to the wrong letters, give a text layer of shifted or unmapped characters: read as it is,
every requirement comes out "missing" with no warning. A page whose text layer is not text is read
with OCR instead, when OCR reads it as text (or its words are dropped: the chart is refused, E013).

No word list of any language is used. The signals, in order:

* characters PDFium could not map to Unicode (a font without ToUnicode, Type3 glyphs), and
  private-use, replacement and control characters;
* a page of symbols rather than letters and digits (codes that are not characters at all);
* for letters of the Latin script: their frequency profile against the profile written language
  has (the mean of ten languages' published tables, ``resources/vocab/text_layer.yaml``), and
  against it shifted along the alphabet (a font whose codes are off by a few letters reads as a
  shifted alphabet: the profile matches best at another shift);
* for Latin, Greek and Cyrillic words: how often vowels and consonants alternate, as syllables do in
  every language written in these scripts, and substituted letters do not.

A German, Spanish or Czech paragraph passes each test as an English one does; text in another
script (Japanese, Arabic...) is judged only by the first two.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable, Sequence

MIN_CHARS = 75  # fewer characters than this: too little to judge, the page is kept
MIN_LETTERS = 150  # Latin letters needed to judge their frequency profile
MIN_PAIRS = 100  # letter pairs inside words needed to judge vowel/consonant alternation
MAX_UNMAPPED = 0.3  # share of characters without a Unicode mapping above which a page is garbled
MAX_SYMBOLS = 0.4  # share of characters that are neither letters, digits nor spaces
MIN_PROFILE = 0.7  # cosine similarity of the letter profile with written language (real pages: > 0.8)
SHIFT_MARGIN = 0.1  # a shifted alphabet matches better by this much than the text as it is
MIN_ALTERNATION = 0.5  # share of letter pairs that alternate vowel and consonant (real pages: > 0.57)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _unmapped(ch: str) -> bool:
    o = ord(ch)
    return (0xE000 <= o <= 0xF8FF or o in (0xFFFD, 0xFFFE, 0xFFFF) or (o < 32 and ch not in "\t\n\r\f")
            or unicodedata.category(ch) == "Co")


@lru_cache(maxsize=None)
def _fold(ch: str) -> str:
    """The base letter, lower case, accents removed ('É' -> 'e')."""
    return unicodedata.normalize("NFD", ch.lower())[:1]


@lru_cache(maxsize=1)
def _reference() -> tuple[tuple[float, ...], frozenset[str]]:
    """The Latin letter profile of written language (a-z, sums to 1) and the vowels."""
    from .vocab import _load_yaml, compiled  # deferred: the vocabulary only when a page's text layer is judged

    data: Any = compiled("text_layer", lambda: _load_yaml("text_layer.yaml"))
    tables = list(data["latin_letter_frequencies"].values())
    profile = []
    for letter in "abcdefghijklmnopqrstuvwxyz":
        profile.append(sum(float(t.get(letter, 0.0)) / sum(map(float, t.values())) for t in tables) / len(tables))
    return tuple(profile), frozenset(str(data["vowels"]))


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    norm = math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))
    return sum(x * y for x, y in zip(a, b)) / norm if norm else 0.0


def letter_profile(words: Iterable[str]) -> list[float] | None:
    """Similarity of the Latin letters' profile with written language's, for the text as it is
    (index 0) and moved back by 1..25 letters (index k); None with too few letters to judge."""
    counts = [0] * 26
    for w in words:
        for ch in w:
            b = _fold(ch) if not ch.isascii() else ch.lower()
            if "a" <= b <= "z":
                counts[ord(b) - 97] += 1
    if sum(counts) < MIN_LETTERS:
        return None
    ref = _reference()[0]
    return [_cosine([counts[(i + k) % 26] for i in range(26)], ref) for k in range(26)]


def alternation(words: Iterable[str]) -> float | None:
    """The share of adjacent letter pairs inside Latin, Greek or Cyrillic words where a vowel meets a
    consonant; None with too few pairs to judge."""
    vowels = _reference()[1]
    pairs = changes = 0
    for w in words:
        for m in _WORD.finditer(w):
            word = m.group(0)
            if len(word) < 3 or not all(_alphabetic_script(ch) for ch in word):
                continue
            kinds = [_fold(ch) in vowels for ch in word]
            pairs += len(kinds) - 1
            changes += sum(1 for a, b in zip(kinds, kinds[1:]) if a != b)
    return changes / pairs if pairs >= MIN_PAIRS else None


def _alphabetic_script(ch: str) -> bool:
    """Latin, Greek or Cyrillic (the scripts whose vowels text_layer.yaml lists)."""
    o = ord(ch)
    return o < 0x250 or 0x370 <= o < 0x530 or 0x1E00 <= o < 0x1F00


def garbled(words: Iterable[str], map_errors: float = 0.0) -> str | None:
    """Why a page's words are not a readable text layer, or None. ``map_errors``: the share of the
    page's characters PDFium found no Unicode mapping for (:func:`map_errors`)."""
    texts = [w for w in words if w]
    chars = sum(len(w) for w in texts)
    if chars < MIN_CHARS:
        return None
    if map_errors > MAX_UNMAPPED:
        return "most of its characters have no Unicode mapping (a font without ToUnicode)"
    if sum(1 for w in texts for ch in w if _unmapped(ch)) > MAX_UNMAPPED * chars:
        return "most of its characters have no Unicode mapping"
    if sum(1 for w in texts for ch in w if not ch.isalnum() and not ch.isspace()) > MAX_SYMBOLS * chars:
        return "it is mostly symbols, not letters (a font whose codes are not characters)"
    sims = letter_profile(texts)
    if sims is not None:
        best = max(range(26), key=lambda k: sims[k])
        if best and sims[best] - sims[0] >= SHIFT_MARGIN:
            return (f"its letters are shifted by {best} along the alphabet "
                    "(a font that maps its codes to the wrong letters)")
        if sims[0] < MIN_PROFILE:
            return "its letters do not occur as they do in written language (a font without a character map?)"
    alt = alternation(texts)
    if alt is not None and alt < MIN_ALTERNATION:
        return ("its words do not alternate vowels and consonants as written language does "
                "(a font without a character map?)")
    return None


def page_garbled(words_by_direction: dict[int, Sequence[object]], map_errors: float = 0.0) -> str | None:
    """:func:`garbled` for the words of a page (``LWord``s with ``.text``), all directions together."""
    return garbled((getattr(w, "text", "") for ws in words_by_direction.values() for w in ws), map_errors)


MAP_SAMPLE = 5000  # characters of a page asked about (a few milliseconds)


def map_errors(textpage: Any) -> float:
    """The share of a PDFium text page's characters (the first :data:`MAP_SAMPLE`) that have no
    Unicode mapping (PDFium's ``FPDFText_HasUnicodeMapError``); 0 when PDFium cannot say."""
    try:
        import pypdfium2.raw as pdfium_c

        has_error = pdfium_c.FPDFText_HasUnicodeMapError
        n = min(textpage.count_chars(), MAP_SAMPLE)
        if n <= 0:
            return 0.0
        raw = textpage.raw
        return sum(1 for i in range(n) if has_error(raw, i) == 1) / n
    except (AttributeError, ImportError, OSError):
        return 0.0


__all__ = ["alternation", "garbled", "letter_profile", "map_errors", "page_garbled"]
