"""Which line breaks end a sentence: table rows, headings, list items and paragraph ends do; the
breaks inside wrapped prose do not."""

from __future__ import annotations

import re

_LABEL_LINE = re.compile(r"^[ \t]*(?:[•·*▪◦-]|\d{1,2}[.)]|[A-Z][A-Za-z0-9 /&()'-]{0,40}:)")
# a structured export's key ("planning.ct:", "plan[1].rx_dose_cGy:", "tracking_mode:"): dots, brackets or
# underscores in one word before the colon; every such line is a record of its own
_MACHINE_KEY = re.compile(r"^[ \t]*(?P<key>[A-Za-z][\w\[\]-]*[._\[][\w\[\].-]*):(?=[ \t]|$)", re.M)
# an HL7 v2 segment ("OBX|3|ST|SIMCT^Planning CT^L||2026-03-02 2 mm||||||F"): a record of its own
_HL7_SEGMENT = re.compile(r"^[ \t]*[A-Z][A-Z0-9]{2}\|", re.M)
_HL7_OBX = re.compile(r"^[ \t]*OBX\|[^\n]*", re.M)
# any "key:" at the start of a line; in a dump of machine keys, a plain lower-case key ("fiducials: none")
# is a record of its own too
_ANY_KEY = re.compile(r"^[ \t]*[A-Za-z][\w\[\]./-]{0,40}:(?:[ \t]|$)")


def hard_breaks(text: str) -> set[int]:
    """Offsets of line breaks that end a sentence (table rows, headings, list items, paragraph ends).

    Wrapped prose lines are joined into one sentence so a negation on one line still reaches a word
    on the next ("so MRI was / contraindicated").
    """
    breaks: set[int] = set()
    for page_start, page in _pages(text):
        lines = page.split("\n")
        widths = [len(ln.strip()) for ln in lines if "\t" not in ln and ln.strip()]
        full = max(widths) if widths else 0
        offset = page_start
        for i, line in enumerate(lines[:-1]):
            nxt = lines[i + 1]
            pos = offset + len(line)  # offset of this "\n"
            s, n = line.strip(), nxt.strip()
            # a short line ends a paragraph only when the next line could start a new one: ragged-right
            # prose goes on in lower case or with a number ("...completed / 2021.")
            short = len(s) < 0.75 * full and not n[:1].islower() and not n[:1].isdigit()
            if (not s or not n or "\t" in line or "\t" in nxt or s.endswith((":", ".", "!", "?", ";"))
                    or _LABEL_LINE.match(nxt) or short or _MACHINE_KEY.match(nxt) or _HL7_SEGMENT.match(nxt)
                    or (_MACHINE_KEY.match(line) and _ANY_KEY.match(nxt))):
                breaks.add(pos)
            offset = pos + 1
    return breaks


def soften(text: str) -> str:
    """The text with soft line breaks (wrapped prose) turned into spaces, offsets unchanged.

    spaCy makes a token of every newline, which would split "thermoplastic / mask" or "was not /
    obtained" across a wrapped line; only hard breaks (rows, headings, paragraph ends) stay.
    """
    hard = hard_breaks(text)
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch == "\n" and i not in hard:
            chars[i] = " "
    return "".join(chars)


def key_words(text: str) -> str:
    """The text with each structured export's key written as words ("planning.ct:" -> "planning ct:",
    "fraction[1].tracking:" -> "fraction 1  tracking:"), offsets unchanged: the key's name says what its
    value is, and the concept vocabulary reads it as it reads a sentence's words. Quotations are taken
    from the chart's own text, so they keep the key as written."""
    text = _MACHINE_KEY.sub(lambda m: re.sub(r"[._\[\]]", " ", m.group(0)), text)
    return _HL7_OBX.sub(lambda m: _obx_words(m.group(0)), text)


def _obx_words(line: str) -> str:
    """An OBX segment as "key: value" words, offsets unchanged: the observation's name and its value
    ("OBX|3|ST|FID^Fiducials^L||none" -> "OBX 3 ST FID Fiducials L: none"), so "none" negates that
    observation only and the name says what the value is."""
    fields = line.split("|")
    if len(fields) < 6:
        return re.sub(r"[|^]", " ", line)
    head = re.sub(r"[|^]", " ", "|".join(fields[:4]))  # segment, set id, value type, observation id^name^system
    value = re.sub(r"[|^]", " ", "|".join(fields[5:]))  # the value, its units, flags
    return head + ": " + " " * len(fields[4]) + value  # "|sub-id|" becomes ": " and spaces


def _pages(text: str):
    start = 0
    for part in text.split("\f"):
        yield start, part
        start += len(part) + 1
