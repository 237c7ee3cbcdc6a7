"""What a sentence is, defined once for every part of srscheck.

A sentence starts at the first word of the text, after a line or page break, and after a word ending in
``. ! ? ;`` or a bullet ``•``, unless the full stop belongs to an abbreviation ("Dr.", "e.g."), an
initial ("P. Raman") or a number ("1.5"). The spaCy pipeline's sentence splitter marks token starts with
:func:`starts_sentence`,
so ``doc.sents`` (what the reader's ConText decisions use) and :func:`sentence_bounds` (the quotation
around a pattern match) are the same sentences.
"""

from __future__ import annotations

from typing import Iterator

SENTENCE_END = ".!?;•"
# Words whose full stop does not end a sentence (compared lower-case, without the stop).
ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "st", "no", "fig", "inc",
                           "jr", "sr", "pt", "hx", "incl", "esp", "indep",
                           # months ("Sept. 2024", "Jan. 5")
                           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_BREAKS = "\n\f"
_SPACE = " \t\r\v\u00a0"


def starts_sentence(text: str, i: int) -> bool:
    """Whether a sentence begins at ``text[i]``, a character that is not white space."""
    j = i
    while j > 0 and (text[j - 1] in _SPACE or text[j - 1] in _BREAKS):
        if text[j - 1] in _BREAKS:
            return True
        j -= 1
    if j == 0:
        return True
    p = text[j - 1]
    if p not in SENTENCE_END:
        return False
    if p != ".":
        return True
    if j == i:  # "end.Next" breaks; "e.g", "1.5", "v.2" do not
        return i >= 2 and text[i].isupper() and text[j - 2].islower() and _word_before(text, j - 1) \
            .lower() not in ABBREVIATIONS
    word = _word_before(text, j - 1)
    if len(word) == 1 and word.isupper():  # an initial: "P. Raman"
        return False
    return word.lower() not in ABBREVIATIONS


def _word_before(text: str, dot: int) -> str:
    k = dot
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return text[k:dot].lstrip("([{\"'")


def sentence_bounds(text: str, start: int, end: int, limit: int = 200) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, as a readable quotation: at most ``limit`` characters
    either side, and a tab far to the left of the match (a table's earlier cell) ends it too. A quotation
    is on one page: a match that runs over a page break is quoted from the page where it ends."""
    brk = text.rfind("\f", start, max(start, end - 1))
    if brk >= 0:
        start = brk + 1
    left = max(0, start - limit)
    s = start
    while s > left:
        if not text[s].isspace() and starts_sentence(text, s):
            break
        if text[s - 1] == "\t" and s - 1 < start - 40:
            break
        s -= 1
    while s < start and text[s].isspace():
        s += 1
    if s == left > 0 and not text[s - 1].isspace():  # cut by the limit: start at a word, not inside one
        s = next((k + 1 for k in range(s, start) if text[k].isspace()), start)
    right = min(len(text), end + limit)
    e = end
    while e < right and text[e] not in _BREAKS:
        if text[e] in SENTENCE_END:
            k = e + 1
            while k < len(text) and text[k] in _SPACE:
                k += 1
            if k >= len(text) or starts_sentence(text, k):
                e += 1 if text[e] in ".!?" else 0
                break
        e += 1
    if e == right < len(text) and not text[e].isspace() and text[e - 1] not in SENTENCE_END:
        e = next((k for k in range(e - 1, end - 1, -1) if text[k].isspace()), end)  # end at a word
    return s, e


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Every sentence of ``text`` as ``(start, end)``, white space at either end left out."""
    start = None
    end = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if start is None:
            start = i
        elif starts_sentence(text, i):
            yield start, end
            start = i
        end = i + 1
    if start is not None:
        yield start, end
