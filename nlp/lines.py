"""Which line breaks end a sentence: table rows, headings, list items and paragraph ends do; the
breaks inside wrapped prose do not."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from srscheck.core.model import Document, Evidence, clean_quote

from .texttables import comma_fields

if TYPE_CHECKING:
    from .vocab import Normalisation, SpokenMark, Vocabulary

# a structured export's key ("planning.ct:", "plan[1].rx_dose_cGy:", "tracking_mode:"): dots, brackets or
# underscores in one word before the colon; every such line is a record of its own
_MACHINE_KEY = re.compile(r"^[ \t]*(?P<key>[A-Za-z][\w\[\]-]*[._\[][\w\[\].-]*):(?=[ \t]|$)", re.M)
# an HL7 v2 segment ("OBX|3|ST|SIMCT^Planning CT^L||2026-03-02 2 mm||||||F"): a record of its own
_HL7_SEGMENT = re.compile(r"^[ \t]*[A-Z][A-Z0-9]{2}\|", re.M)
_HL7_OBX = re.compile(r"^[ \t]*OBX\|[^\n]*", re.M)
# any "key:" at the start of a line; in a dump of machine keys, a plain lower-case key ("fiducials: none")
# is a record of its own too
_ANY_KEY = re.compile(r"^[ \t]*[A-Za-z][\w\[\]./-]{0,40}:(?:[ \t]|$)")
# a pipe-delimited export's record: three or more fields split at bars ("MRN|NAME|DOB", "2026-02-16|4D CT|vacuum
# cushion|none"); every such line, titles or values, is a record of its own, never wrapped prose
_DELIMITED_RECORD = re.compile(r"^[^|\n]*\|[^|\n]*\|")
# a record of "key=value" fields, a line opened by its key and "=" (behind an export's comment mark: "# PlanningCT=4DCT
# 2.0 mm, 2026/05/20", "PatientID=SYN-1; Sex=F"): a record of its own, so a field's "no" ("operable=no") negates
# nothing on the next line
_EQUALS_RECORD = re.compile(r"^[ \t]*(?:#+[ \t]*)?[A-Za-z][\w./-]{0,40}[ \t]*=(?!=)")


def line_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the line that holds offset ``start``: just after the last line break before it (0 on the
    first line), to the first line break at or after ``end`` (``start`` when not given; the end of the text on the
    last line). With ``end`` past a line break the span covers every line from ``start``'s to ``end``'s."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start if end is None else end)
    return lo, len(text) if hi < 0 else hi


def hard_breaks(text: str, vocab: "Vocabulary") -> set[int]:
    """Offsets of line breaks that end a sentence (table rows, headings, list items, paragraph ends; a line opened
    by a bullet, a number or a field's label: patterns ``label_line``; the rows of a dated log: ``dated_row``).

    Wrapped prose lines are joined into one sentence so a negation on one line still reaches a word
    on the next ("so MRI was / contraindicated").
    """
    label_line, dated = vocab.patterns["label_line"], vocab.patterns["dated_row"]
    breaks: set[int] = set()
    for page_start, page in _pages(text):
        lines = page.split("\n")
        csv = csv_records(lines, vocab.normalisation)
        opened = [bool(dated.match(ln)) for ln in lines]  # a dated log's rows: two or more running
        rows = {i for i, d in enumerate(opened)
                if d and ((i > 0 and opened[i - 1]) or (i + 1 < len(opened) and opened[i + 1]))}
        widths = [len(ln.strip()) for ln in lines if "\t" not in ln and ln.strip()]
        full = max(widths) if widths else 0
        offset = page_start
        for i, line in enumerate(lines[:-1]):
            nxt = lines[i + 1]
            pos = offset + len(line)  # offset of this "\n"
            s, n = line.strip(), nxt.strip()
            # a short line ends a paragraph only when the next line could start a new one: ragged-right
            # prose goes on in lower case or with a number ("...completed / 2021."). (layout._continues asks this
            # of a page's measured lines; its docstring says why the two rules share only this test.)
            short = len(s) < 0.75 * full and not n[:1].islower() and not n[:1].isdigit()
            # a colon closing a line of prose, its list going on in lower case on the next line ("... in 12
            # months. Options: / microsurgery, observation, ..."): one sentence, not a heading and its text
            leads_on = s.endswith(":") and n[:1].islower() and len(s.split()) > 3
            if (not s or not n or "\t" in line or "\t" in nxt or (s.endswith(":") and not leads_on)
                    or s.endswith((".", "!", "?", ";"))
                    or label_line.match(nxt) or short or _MACHINE_KEY.match(nxt) or _HL7_SEGMENT.match(nxt)
                    or (_MACHINE_KEY.match(line) and _ANY_KEY.match(nxt))
                    or _DELIMITED_RECORD.match(s) or _DELIMITED_RECORD.match(n) or _EQUALS_RECORD.match(n)
                    or i in csv or i + 1 in csv or i in rows or i + 1 in rows):
                breaks.add(pos)
            offset = pos + 1
    return breaks


def csv_records(lines: list[str], rules: "Normalisation | None") -> set[int]:
    """The indices of the lines that are records of a comma-separated export of fields, each opened by its key
    (normalise.yaml ``csv_key_record``) next to another such line: every record is a sentence of its own, so a
    value's words ("microsurgery declined") reach no other record, however its lines' lengths fall. A lone line so
    opened may be wrapped prose ("T4,T5 and T6 ..."); two running are an export."""
    rx = rules.csv_key_record if rules is not None else None
    if rx is None:
        return set()
    keyed = [bool(rx.match(ln)) for ln in lines]
    return {i for i, k in enumerate(keyed) if k and ((i > 0 and keyed[i - 1]) or (i + 1 < len(keyed) and keyed[i + 1]))}


def csv_fields(text: str, rules: "Normalisation | None") -> str:
    """The text with each record of a comma-separated export of fields (:func:`csv_records`) of two fields read as
    "Key: value", offsets unchanged: the comma after the key as a colon, the key's "_" and "." as spaces and its
    first letter as a capital ("prescription_Gy,18" -> "Prescription Gy:18") and the quotes around the value as
    blanks ('indication,"AVM, declined"' -> 'Indication: AVM, declined '), so the key is a field's label as in any
    form (patterns ``label_line``: each record a line of its own)."""
    if rules is None or rules.csv_key_record is None or "," not in text:
        return text
    lines = text.split("\n")
    chars: list[str] | None = None
    start = 0
    starts = []
    for ln in lines:
        starts.append(start)
        start += len(ln) + 1
    for i in sorted(csv_records(lines, rules)):
        line = lines[i]
        fields = comma_fields(line)
        m = rules.csv_key_record.match(line)
        if fields is None or len(fields) != 2 or m is None:
            continue
        chars = list(text) if chars is None else chars
        at = starts[i]
        if "mark" in m.re.groupindex and m.group("mark"):
            chars[at + m.start("mark")] = " "  # "# targets_in_course,2": a record of the export's header block
        chars[at + m.start("key")] = line[m.start("key")].upper()  # a field's label, as a form writes it
        for k in range(m.start("key"), m.end("key")):
            if line[k] in "_.":
                chars[at + k] = " "
        chars[at + fields[0][1]] = ":"
        a, b = fields[1]
        value = line[a:b].rstrip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            chars[at + a] = " "
            chars[at + a + len(value) - 1] = " "
    return text if chars is None else "".join(chars)


def export_keys(text: str, rules: "Normalisation | None") -> str:
    """The text with each field of a "key=value" export (normalise.yaml ``export_key_field``: "TOTAL_cGy=2400",
    "Fx_delivered=3") read as a form's "Key: value", offsets unchanged: the "=" as a colon, the key's "_" as spaces
    and its first letter as a capital ("Fx delivered:3"; a label, as :func:`csv_fields` reads a record's key), so its
    words and the unit it names label the value as any field's label does. Only an export's records: a run of lines
    each opened by a key (or a line of two keyed fields) in which some key joins words with "_" or is followed by
    "=" (right after it: "PTV_01 = PTV_A", spaced, is a legend's equation); every key of the run is read so
    ("fractions: 1" under "cord_max_gy: 12.5" is a label too). A structure's name as the key ("PTV_A=20") is left as
    it is: a name, not a field's words."""
    if rules is None or rules.export_key is None or ("=" not in text and "_" not in text):
        return text
    rx, keep = rules.export_key, rules.export_key_keep
    lines = text.split("\n")
    fields = [list(rx.finditer(ln)) for ln in lines]
    fields = [[m for m in found if keep is None or not keep.match(m.group("key"))] for found in fields]
    export = [any("_" in m.group("key") or m.group("sep") == "=" for m in found) for found in fields]
    chars: list[str] | None = None
    starts, at = [], 0
    for ln in lines:
        starts.append(at)
        at += len(ln) + 1
    i = 0
    while i < len(lines):
        if not fields[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and fields[j + 1]:
            j += 1
        run = range(i, j + 1)
        if any(export[k] for k in run) and (j > i or len(fields[i]) >= 2):
            chars = list(text) if chars is None else chars
            for k in run:
                for m in fields[k]:
                    pos = starts[k]
                    chars[pos + m.start("key")] = lines[k][m.start("key")].upper()
                    if m.group("sep") == "=":
                        chars[pos + m.start("sep")] = ":"
                    for c in range(m.start("key"), m.end("key")):
                        if lines[k][c] == "_":
                            chars[pos + c] = " "
        i = j + 1
    return text if chars is None else "".join(chars)


def soften(text: str, vocab: "Vocabulary") -> str:
    """The text with soft line breaks (wrapped prose) turned into spaces, offsets unchanged.

    spaCy makes a token of every newline, which would split "thermoplastic / mask" or "was not /
    obtained" across a wrapped line; only hard breaks (rows, headings, paragraph ends) stay.
    """
    hard = hard_breaks(text, vocab)
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


# --------------------------------------------------------------------------------------------------
# Spoken punctuation: a dictated note read with the marks it spells out (resources/vocab/normalise.yaml)
# --------------------------------------------------------------------------------------------------

_WORD_BEFORE = re.compile(r"([\w][\w'-]*)[^\w\n]*$")
_WORD_AFTER = re.compile(r"[^\w\n]*([\w][\w'-]*)")  # with match(text, pos)
_NEAR = 60  # characters looked at for the word before and after a spoken mark
_TYPED_STOP = re.compile(r"[.!?](?=\s)")  # a sentence end the document types itself


def _reads_as_mark(text: str, start: int, end: int, rule: "SpokenMark", lo: int, hi: int) -> bool:
    """Whether the spoken words ``text[start:end]`` are the mark here, not a word of the sentence: by the
    words before and after it only. The next word's case says nothing: speech recognition writes the
    sentence after a spoken "period" in lower case ("... chose the latter period she was treated on ...")."""
    if rule.sure:
        before = _WORD_AFTER.match(text, end, min(hi, end + _NEAR))
        return not (before and before.group(1).lower() in rule.not_before)
    prev = _WORD_BEFORE.search(text, max(lo, start - _NEAR), start)
    if prev is None or prev.group(1).lower() in rule.not_after:
        return False  # a line that starts "Colon ..." names the organ
    nxt = _WORD_AFTER.match(text, end, min(hi, end + _NEAR))
    if nxt is not None and nxt.group(1).lower() in rule.not_before:
        return False
    return True


def spoken_punctuation(text: str, rules: "Normalisation | None", spans=None) -> str:
    """The text with the punctuation a dictated note spells out read as marks, offsets unchanged.

    Each of ``spans`` (a course's documents; the whole text by default) is dictated when it writes at least
    ``rules.min_marks`` marks, at least one of them a mark that is never anything else ("full stop", "comma",
    "new paragraph") and the others marks that read as marks by their words around ("period" after no time
    word), or without such a mark ``rules.min_marks_without_sure`` marks read by their words around that
    outnumber the sentence ends it types; in a
    dictated document every spoken mark that reads as one (:func:`_reads_as_mark`) is written as its mark in
    place of the space before it, its words as blanks (line breaks kept): "Diagnosis colon metastatic breast
    cancer comma ER positive full stop" reads "Diagnosis:      metastatic breast cancer,      ER positive.".
    Quotations are taken from the chart's own text (:class:`ReadDocument`)."""
    if rules is None or not rules.marks:
        return text
    chars: list[str] | None = None
    for lo, hi in spans or [(0, len(text))]:
        found = sorted(((m.start(), m.end(), r) for r in rules.marks for m in r.words.finditer(text, lo, hi)),
                       key=lambda x: (x[0], -x[1]))
        sure = sum(1 for _s, _e, r in found if r.sure)
        # dictated: marks that are never words, or at least one of them with marks read by the words around
        # them ("period" after no time word) making up the number, or (none of them) marks read by the words
        # around them only, more of them than the sentence ends the document types itself
        if sure < rules.min_marks:
            read = sum(1 for s, e, r in found if not r.sure and _reads_as_mark(text, s, e, r, lo, hi))
            if sure + read < rules.min_marks if sure else \
                    read < rules.min_marks_without_sure or read <= len(_TYPED_STOP.findall(text, lo, hi)):
                continue
        taken = lo
        for s, e, rule in found:
            if s < taken or not _reads_as_mark(text, s, e, rule, lo, hi):
                continue  # inside a longer mark ("semi colon"), or a word here
            if chars is None:
                chars = list(text)
            for i in range(s, e):
                if chars[i] not in "\n\f":
                    chars[i] = " "
            at = s - 1 if s > lo and text[s - 1] == " " and rule.mark != "\n" else s
            chars[at] = rule.mark
            if rule.mark == "\n" and e - s >= 2:  # a spoken line or paragraph break is a hard one: an empty line
                # after it, so the prose after it ("... MRI in six weeks new paragraph summary, four lesions
                # treated ...") is a sentence of its own, never the wrapped line of the one before
                chars[at + 1] = "\n"
            taken = e
    return text if chars is None else "".join(chars)


_SPOKEN_WORD = re.compile(r"[\w][\w'-]*")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


_TYPED_MARK = re.compile(r"[.,;:!?](?=\s|$)")


def is_run_on(line: str, rules: "Normalisation") -> bool:
    """Whether ``line`` is a dictated run-on (normalise.yaml ``run_on``): at least ``min_words`` words, no typed
    mark inside (a stop, comma, colon ... followed by a space) and no stop at its end, as speech recognition writes
    what it heard without punctuation (a long typed sentence still ends with its stop)."""
    body = line.strip()
    return rules.run_on_words > 0 and len(body.split()) >= rules.run_on_words and \
        not _TYPED_MARK.search(body) and not body.endswith((".", "!", "?"))


def run_on_clauses(text: str, rules: "Normalisation | None") -> str:
    """The text with each dictated run-on line (:func:`is_run_on`) cut into clauses, offsets unchanged: the space
    before each ``clause_subject`` ("... no instability he was simulated ...") becomes a line break, a sentence's end
    for the pipeline, so a negation or a future plan ("he will follow up ... with an M R I") reaches the end of its
    own clause only."""
    if rules is None or rules.run_on_subject is None or rules.run_on_words <= 0:
        return text
    chars: list[str] | None = None
    start = 0
    for line in re.split(r"(?<=[\n\f])", text):
        if is_run_on(line, rules):
            for m in rules.run_on_subject.finditer(line):
                at = start + m.start() - 1
                if m.start() > 0 and text[at] == " " and line[:m.start()].strip():
                    chars = list(text) if chars is None else chars
                    chars[at] = "\n"
        start += len(line)
    return text if chars is None else "".join(chars)


def self_corrections(text: str, rules: "Normalisation | None") -> str:
    """The text with a dictated self-correction's taken-back words read as blanks, offsets unchanged: before a
    cue (", sorry,", "-- I mean,") the words from the last one that is the first word said after the cue
    ("fifty Gray in eight, sorry, in five fractions": "in") are said again, so they and the cue are blanks
    ("fifty Gray                 in five fractions"). Without such a word, a word said in place of the last word
    before the cue, of the same kind (``rules.replaced_kinds``: "the right, correction, left frontal lesion"), takes
    that word back. Nothing is taken back otherwise, or across a line break (:func:`taken_back`)."""
    return _blanked(text, taken_back(text, rules))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` blanks but its line and page breaks, offsets unchanged."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] not in "\n\f":
                chars[i] = " "
    return "".join(chars)


def taken_back(text: str, rules: "Normalisation | None") -> list[tuple[int, int]]:
    """The (start, end) of each dictated self-correction's taken-back words with its cue (:func:`self_corrections`
    reads them as blanks): where a reading measures a clause, they add nothing to its length, while a printout's
    column gaps, blank runs too, still do."""
    if rules is None or rules.self_correction is None:
        return []
    spans = []
    for m in rules.self_correction.finditer(text):
        nxt = _SPOKEN_WORD.match(text, m.end())
        if nxt is None:
            continue
        line_start = line_around(text, m.start())[0]
        words = list(_SPOKEN_WORD.finditer(text, line_start, m.start()))[-rules.correction_words:]
        again = [w for w in words if w.group(0).lower() == nxt.group(0).lower()]
        if not again and words and any({words[-1].group(0).lower(), nxt.group(0).lower()} <= kind
                                       for kind in rules.replaced_kinds):
            again = words[-1:]  # "the right, correction, left frontal lesion": "left" in place of "right"
        if again:
            spans.append((again[-1].start(), m.end()))
        elif "retract" in m.re.groupindex and m.group("retract"):
            # ", no, correction,": the statement before it, back to its sentence's start, is taken back
            stops = [b.end() for b in _SENTENCE_END.finditer(text, line_start, m.start())]
            spans.append((max(stops, default=line_start), m.end()))
    return spans


@dataclass(frozen=True)
class ReadDocument(Document):
    """The document as the reader reads it: ``text`` with its words normalised (:func:`spoken_punctuation`,
    same offsets), quotations from ``chart_text``, the chart's own words."""

    chart_text: str = ""
    # the (start, end) of each dictated self-correction's taken-back words, read as blanks (:func:`taken_back`)
    taken_back: tuple[tuple[int, int], ...] = ()

    def evidence(self, start: int, end: int, *, rule: str = "", section: str | None = None,
                 max_chars: int = 160) -> Evidence:
        ev = super().evidence(start, end, rule=rule, section=section, max_chars=max_chars)
        read = self.text[ev.start:ev.end]  # without the spoken marks read as blanks at either end
        lo, hi = ev.start + len(read) - len(read.lstrip()), ev.start + len(read.rstrip())
        return replace(ev, text=clean_quote(self.chart_text[lo:hi], max_chars))


def dot_leaders(text: str, rules: "Normalisation | None") -> str:
    """The text with each field's dot leader ("Fractions delivered ..... 1 of 1") read as a colon and blanks
    ("Fractions delivered:      1 of 1"), a form answer's marking word ("(circled)") and the brackets of a
    handwritten number ("[3000] cGy") as blanks, offsets unchanged (normalise.yaml ``dot_leader``, ``answer_mark``,
    ``entry_bracket``)."""
    if rules is None:
        return text
    if rules.answer_mark is not None:  # "Sessions (circled) 1": how the form's answer was marked, no part of it
        text = rules.answer_mark.sub(lambda m: " " * len(m.group(0)), text)
    if rules.entry_bracket is not None:  # "[3000] cGy": a handwritten entry's brackets, no part of its number
        text = rules.entry_bracket.sub(lambda m: " " * len(m.group(0)), text)
    if rules.dot_leader is None:
        return text
    return rules.dot_leader.sub(lambda m: m.group("label") + ":" + " " * (len(m.group("leader")) - 1), text)


def spoken_levels(text: str, rules: "Normalisation | None") -> str:
    """The text with each vertebral level said in words ("C six", "T ten") read as the level ("C6", "T10") and blanks
    after it, offsets unchanged (normalise.yaml ``spoken_level``); a number past the letter's last vertebra ("C nine")
    is left as it is. A level written with another system's name of the spine's region ("BWK 11", "LWK 2") is read
    the same way as the level ("T11", "L2"; normalise.yaml ``region_level``)."""
    if rules is None:
        return text
    numbers, last = dict(rules.level_numbers), dict(rules.level_last)
    if rules.region_level is not None:  # "BWK 11" (another system's name of the region) -> "T11", blanks after it
        letters = dict(rules.region_letters)

        def region(m: "re.Match[str]") -> str:
            letter, n = letters.get(m.group("region").upper()), int(m.group("number"))
            if letter is None or not 1 <= n <= last.get(letter, 0):
                return m.group(0)
            said = f"{letter}{n}"
            return said + " " * (len(m.group(0)) - len(said))

        text = rules.region_level.sub(region, text)
    if rules.spoken_level is None:
        return text

    def level(m: "re.Match[str]") -> str:
        n = numbers.get(m.group("number").lower())
        letter = m.group("letter")
        if n is None or n > last.get(letter.upper(), 0):
            return m.group(0)
        said = f"{letter}{n}"
        return said + " " * (len(m.group(0)) - len(said))

    return rules.spoken_level.sub(level, text)


def normalised(document: Document, rules: "Normalisation | None") -> Document:
    """``document`` read with its spoken punctuation as marks, its spoken self-corrections' taken-back words
    as blanks, its fields' dot leaders as colons and a comma-separated export's records as "key: value" (a
    :class:`ReadDocument`), or itself unchanged when it has none of them."""
    spans = [(p.start, p.end) for p in document.parts] or None
    spoken = spoken_punctuation(document.text, rules, spans)
    back = taken_back(spoken, rules)
    text = export_keys(csv_fields(dot_leaders(_blanked(spoken, back), rules), rules), rules)
    text = spoken_levels(text, rules)
    if text == document.text:
        return document
    fields = {f: getattr(document, f) for f in document.__dataclass_fields__}
    return ReadDocument(**{**fields, "text": text}, chart_text=document.text, taken_back=tuple(back))
