"""Page furniture that lists a department's services and units: no fact of this course.

A clinic's letterhead often carries a side column or a header strip listing everything the department offers
("Gamma radiosurgery · CyberKnife-type robotic radiosurgery · SBRT · HDR brachytherapy · MR-linac", a column of
"Services" and "Equipment" one per line), and a letter may carry a box "about our services" with their usual doses.
Such a catalogue names units of several kinds at once and says nothing of what this patient had: its mentions (the
units, the devices, the imaging, the doses) are general text, marked HYPOTHETICAL like a leaflet's (``extract``).

A catalogue is found by its form, not by its words:

* a paragraph cut by bullets (``catalog_bullet`` in patterns.yaml: "·", "•") into at least MIN_ITEMS items,
  naming at least MIN_KINDS kinds of service or unit (``catalog_service``: gamma radiosurgery, robotic
  radiosurgery, SBRT, HDR brachytherapy, the MR-linac, protons ...);
* a line, or a cell of a line, cut by bullets, spaced bars or dashes (``catalog_separator``: "Gamma radiosurgery |
  CyberKnife | SBRT | HDR | MR-linac") into at least MIN_ITEMS short items, naming at least MIN_KINDS kinds;
* a run of lines of a paragraph that are each a short item (a name, not a sentence or a form's "label: value"
  field, not a table's row), at least MIN_KINDS of them naming a service or unit, of as many kinds.

A course's own record names one kind of unit; where it weighs others ("Gamma Knife or CyberKnife were discussed")
it writes a sentence, not a list of items.
"""

from __future__ import annotations

import re

from .vocab import Vocabulary

MIN_ITEMS = 3  # items of a list, at least
MIN_KINDS = 3  # kinds of service or unit a catalogue names, at least
ITEM_WORDS = 8  # a list's item is a name of a few words ("2 x 6 MV FFF gantry linacs")

_BREAK = re.compile(r"\n[^\S\n\f]*\n\s*|\f")  # a blank line or a new page ends a paragraph
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
_FIELD = re.compile(r"\S:\s+\S")  # a form's "label: value" on one line (a heading's closing colon is not)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _BREAK.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _kinds(text: str, services: re.Pattern[str], start: int, end: int) -> set[str]:
    return {m.lastgroup or "" for m in services.finditer(text, start, end)}


def _item(line: str, vocab: Vocabulary) -> bool:
    """A list's item: a few words on a line of their own, no table row (cells), field or sentence (a title's or an
    initial's full stop, patterns.yaml name_abbreviation, ends none: "R. Okonkwo-Blythe, MD")."""
    words = line.split()
    if not words or len(words) > ITEM_WORDS or "\t" in line.strip() or _FIELD.search(line):
        return False
    return not _SENTENCE_END.search(vocab.patterns["name_abbreviation"].sub(" ", line).rstrip(".") + " ")


def catalog_spans(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The spans of ``text`` that are catalogues of a department's services and units (see the module)."""
    services = vocab.patterns["catalog_service"]
    if len(_kinds(text, services, 0, len(text))) < MIN_KINDS:
        return []
    bullet, separator = vocab.patterns["catalog_bullet"], vocab.patterns["catalog_separator"]
    out: list[tuple[int, int]] = []
    for a, b in _paragraphs(text):
        if len(bullet.split(text[a:b])) >= MIN_ITEMS and len(_kinds(text, services, a, b)) >= MIN_KINDS:
            out.append((a, b))
            continue
        for cell in re.finditer(r"[^\t\n]+", text[a:b]):
            items = separator.split(cell.group(0))
            s, e = a + cell.start(), a + cell.end()
            if len(items) >= MIN_ITEMS and all(_item(x, vocab) for x in items) and \
                    len(_kinds(text, services, s, e)) >= MIN_KINDS:
                out.append((s, e))
        run: list[tuple[int, int]] = []
        pos = a
        for line in text[a:b].split("\n") + [""]:
            if line.strip() and _item(line, vocab):
                run.append((pos, pos + len(line)))
            else:
                if len(run) >= MIN_ITEMS and \
                        len({k for s, e in run for k in _kinds(text, services, s, e)}) >= MIN_KINDS and \
                        sum(1 for s, e in run if _kinds(text, services, s, e)) >= MIN_KINDS:
                    out.append((run[0][0], run[-1][1]))
                run = []
            pos += len(line) + 1
    return out
