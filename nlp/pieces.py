"""What the spaCy pipeline found in a chart, as plain offsets; a long chart is processed in pieces.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters), and one Doc of a long chart
holds every token at once. A chart within that length is processed whole, as always; a longer one
is cut at page breaks (or, for a page longer than a piece, at hard line breaks) into pieces of at
most :data:`PIECE_CHARS` characters, each processed and reduced to offsets before the next.

Nothing the reader uses crosses a page break: the sentence splitter starts a sentence after every
page break, so ConText scopes (which stay within a sentence) and entities do not cross one either,
and sections are clipped at the next page break (:func:`nlp.context.clip_sections`). A piece
starts at the first non-blank character after its break, where the whole text would start a
sentence too; the result is the same offsets as the whole text gives (``tests/nlp/test_pieces.py``
reads multi-page charts both ways). Facts are then found over the whole course as before (lesions
named on one page and dosed on another are still one lesion).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .vocab import Vocabulary, load_vocabulary

PIECE_CHARS = 200_000  # characters per piece of a chart longer than spaCy's max_length


@dataclass(frozen=True)
class Entity:
    label: str
    ent_id: str
    start: int
    end: int
    text: str
    modifiers: frozenset[str]  # ConText categories that modify it (terminators left out)


@dataclass(frozen=True)
class RawSection:
    """A medspaCy section as offsets: its title, where its body starts and where it ends."""

    category: str | None
    title_start: int
    body_start: int
    end: int
    empty: bool  # no tokens after the title (medspaCy's body_end <= title_start)


@dataclass
class Parsed:
    """Sentences, entities, ConText scopes and raw sections of one chart text, as offsets."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    scopes: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, category)
    sections: list[RawSection] = field(default_factory=list)

    @classmethod
    def from_doc(cls, doc: Doc, offset: int = 0, vocab: Vocabulary | None = None) -> "Parsed":
        out = cls()
        out.add(doc, offset, vocab)
        return out

    def add(self, doc: Doc, offset: int = 0, vocab: Vocabulary | None = None) -> None:
        """Append what ``doc`` (the text from ``offset`` on) holds, in offsets of the whole text."""
        self.sentences.extend((s.start_char + offset, s.end_char + offset) for s in doc.sents)
        graph = getattr(doc._, "context_graph", None)
        mods = list(graph.modifiers if graph is not None else [])
        scopes = _scopes(doc, mods, (vocab or load_vocabulary()).patterns)
        ahead = {id(m): _reach_ahead(doc, m) for m in mods if id(m) in scopes}
        ahead = {k: v for k, v in ahead.items() if v is not None}
        for ent in doc.ents:
            cats = frozenset(m.category for m in getattr(ent._, "modifiers", ())
                             if id(m) in scopes and scopes[id(m)][0] < ent.end and ent.start < scopes[id(m)][1])
            cats |= frozenset(m.category for m in mods if id(m) in ahead and
                              ahead[id(m)][0] < ent.end and ent.start < ahead[id(m)][1])
            self.entities.append(Entity(ent.label_, ent.ent_id_, ent.start_char + offset, ent.end_char + offset,
                                        ent.text, cats))
        for mod in mods:
            if id(mod) not in scopes:
                continue
            for s, e in (scopes[id(mod)], *((ahead[id(mod)],) if id(mod) in ahead else ())):
                self.scopes.append((doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1].text) + offset,
                                    mod.category))
        sections = [_raw_section(doc, sec, offset) for sec in getattr(doc._, "sections", []) or []]
        if self.sections and sections and sections[0].category is None and sections[0].title_start == offset:
            # the untitled start of this piece continues the last section of the piece before
            last, lead = self.sections[-1], sections.pop(0)
            self.sections[-1] = RawSection(last.category, last.title_start, last.body_start,
                                           max(last.end, lead.end), last.empty and lead.empty)
        self.sections.extend(sections)


def _reach_ahead(doc: Doc, mod: Any) -> tuple[int, int] | None:
    """The few words a backward cue also governs after itself (its rule's metadata ``reach_ahead``: N tokens), up
    to the first punctuation or the sentence's end: a field's "Status: not delivered" negates the field before it
    (the backward cue ": not") and the word it negates after it, as the plain cue "not" would, which medspaCy
    drops as a part of the longer cue. None for a cue without it."""
    meta = getattr(getattr(mod, "rule", None), "metadata", None) or {}
    n = meta.get("reach_ahead")
    if not n or mod.direction.upper() != "BACKWARD":
        return None
    start = mod.modifier_span[1]
    if start >= len(doc) or doc[start].sent.start != doc[start - 1].sent.start:
        return None
    end = start
    while end < len(doc) and end - start < n and doc[end].sent.start == doc[start].sent.start and \
            not doc[end].is_punct and not doc[end].is_space:
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break  # (the field's line ends)
    return (start, end) if end > start else None


def _terminator(mod: Any) -> bool:
    return mod.direction.upper() == "TERMINATE" or mod.category == "TERMINATE"


def closes_aside(mod: Any) -> bool:
    """Whether ``mod`` is a terminator that only closes an aside (its rule's metadata ``closes_aside``: ", received"
    in "the left occipital metastasis, because of its size and the prior whole brain dose, received 18 Gy"). Whether
    it ends a cue's scope depends on the words before the cue, which medspaCy's graph does not hold: the graph leaves
    such a terminator out (nlp.context_fast) and :func:`_scopes` decides for each cue."""
    meta = getattr(getattr(mod, "rule", None), "metadata", None) or {}
    return bool(meta.get("closes_aside") or meta.get("closes_negated_aside"))


def _closes_negated_aside(mod: Any) -> bool:
    """Whether ``mod`` is a terminator that ends only a negation set off by commas (its rule's metadata
    ``closes_negated_aside``: ", with" in "supine on a knee rest, no immobilization device, with a CT scan fused to
    the MRI"): it ends the scope of a negation cue that opens its aside right after a comma (:func:`_opens_aside`)."""
    meta = getattr(getattr(mod, "rule", None), "metadata", None) or {}
    return bool(meta.get("closes_negated_aside"))


def _opens_aside(doc: Doc, mod: Any) -> bool:
    """Whether a forward negation cue opens an aside: the token before it is a comma ("..., no immobilization
    device, with ...")."""
    start = mod.modifier_span[0]
    return mod.category == "NEGATED_EXISTENCE" and mod.direction.upper() == "FORWARD" and start > 0 and \
        doc[start - 1].text == "," and doc[start - 1].sent.start == doc[start].sent.start


def _in_no_aside(doc: Doc, mod: Any) -> bool:
    """Whether a cue stands in no aside: no comma between its sentence's start and the cue ("Prior whole-brain
    radiotherapy, received 30 Gy in 10 fractions"). A terminator that only closes an aside (:func:`closes_aside`:
    ", received") ends nothing of such a cue's scope: the verb after it is the cue's own subject's."""
    start = mod.modifier_span[0]
    sent = doc[start].sent
    return not any(doc[k].text == "," for k in range(sent.start, start))


def _guard(mod: Any) -> bool:
    """Whether the cue's rule ends in a token that only guards it (``{LOWER: {NOT_IN: [...]}}``: any word but
    those), not a word of the cue itself."""
    pattern = getattr(getattr(mod, "rule", None), "pattern", None)
    last = pattern[-1].get("LOWER") if isinstance(pattern, list) and pattern and isinstance(pattern[-1], dict) else None
    return isinstance(last, dict) and set(last) == {"NOT_IN"}


def _cause_phrase_end(doc: Doc, mod: Any, end: int, patterns: dict[str, re.Pattern[str]]) -> int:
    """Where the scope of a forward cue ends when the cue stands inside a phrase of cause that opens its clause
    ("because of the earlier course we prescribed 30 Gy in 5": patterns.yaml cause_phrase_before, on the words of the
    cue's clause before it): at the first token after the cue that starts the clause the phrase explains (the clause's
    own subject, cause_phrase_end, not one after a relative word: relative_word); ``end`` when the cue is in no such
    phrase. The phrase
    gives the reason for what the clause says was done; the cue's course or plan is the reason's, not the clause's."""
    cue_start, cue_end = mod.modifier_span
    sent = doc[cue_start].sent
    first = max([sent.start] + [k + 1 for k in range(sent.start, cue_start) if doc[k].text in (",", ";")])
    before = doc[first:cue_start].text_with_ws if first < cue_start else ""  # (the span's words: no whole-doc text)
    if not patterns["cause_phrase_before"].search(before):
        return end
    stop, relative = patterns["cause_phrase_end"], patterns["relative_word"]
    return next((k for k in range(cue_end, end) if (stop.match(doc[k].text) and not relative.match(doc[k - 1].text))
                 or _dose_subject(doc, k, patterns) or _comma_clause(doc, k, end, patterns)), end)


def _comma_clause(doc: Doc, k: int, end: int, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether token ``k`` is the comma that ends a phrase of cause and opens the clause it explains: the words after
    it, up to the next comma, hold that clause's own verb ("given her prior radiation to the spine, the T10 lesion
    received 24 Gy": patterns cause_phrase_verb); not a relative clause about the cause (", for which we prescribed
    ...": relative_word right after the comma or its preposition) nor the next item of a list ("because of prior
    SRS, WBRT and surgery, we ...": no verb)."""
    if doc[k].text != "," or k + 1 >= end:
        return False
    relative, verb = patterns["relative_word"], patterns["cause_phrase_verb"]
    if relative.match(doc[k + 1].lower_) or (k + 2 < end and doc[k + 1].pos_ == "ADP" and
                                             relative.match(doc[k + 2].lower_)) or \
            (k + 2 < end and relative.match(doc[k + 2].lower_) and doc[k + 1].is_alpha and len(doc[k + 1]) <= 6):
        return False
    for j in range(k + 1, end):
        if doc[j].text in (",", ";"):
            return False
        if verb.match(doc[j].lower_):
            return True
    return False


def _dose_subject(doc: Doc, k: int, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether token ``k`` starts a dose that is the subject of the clause a phrase of cause explains: the dose (or
    its regimen) and then its own verb of giving in its clause ("owing to the prior cord dose, 30 Gy in 5 fractions
    was prescribed to T9": patterns given_after_dose)."""
    if not doc[k].like_num or (k > 0 and doc[k - 1].like_num):
        return False
    words = doc[k:min(len(doc), k + 24)].text
    m = patterns["dose_in_fractions"].match(words) or patterns["dose_in_n"].match(words) or \
        patterns["dose"].match(words)
    return bool(m and patterns["given_after_dose"].match(words[m.end():]))


def _scopes(doc: Doc, mods: list[Any], patterns: dict[str, re.Pattern[str]]) -> dict[int, tuple[int, int]]:
    """Each ConText cue's scope in tokens (by the cue's id), as the reader uses it; terminators and cues left
    with no scope are absent. medspaCy cuts a scope at a terminator ("but", a form's next box) only when their
    scopes overlap at an edge, so a scope that max_scope keeps inside the terminator's sentence was never cut:
    it is cut here on both sides of the cue. A backward cue reaches back only over its own clause ("60 Gy,
    details not available"). A forward cue whose rule ends in a guard (any word but a few: "prior" not followed by
    "to", :func:`_guard`) matched that word as part of itself: it is the first word the cue modifies ("That earlier
    course is complete": the course is the earlier one), so the scope starts at it. A forward cue inside a phrase of
    cause governs that phrase only (:func:`_cause_phrase_end`)."""
    compared = patterns["parenthesis_compared"]
    terms = [m for m in mods if _terminator(m)]
    out: dict[int, tuple[int, int]] = {}
    for mod in mods:
        if _terminator(mod):
            continue  # a terminator ends other cues' scope; it modifies nothing itself
        stops = [m.modifier_span for m in terms
                 if not (_closes_negated_aside(m) and not _opens_aside(doc, mod)) and
                 not (closes_aside(m) and not _closes_negated_aside(m) and _in_no_aside(doc, mod))]
        s, e = mod.scope_span
        cue_start, cue_end = mod.modifier_span
        if mod.direction.upper() == "FORWARD" and cue_end - cue_start > 1 and _guard(mod):
            s = min(s, cue_end - 1)
        s = max([s] + [te for ts, te in stops if s <= ts and te <= cue_start])
        e = min([e] + [ts for ts, te in stops if cue_end <= ts < e])
        if mod.direction.upper() == "BACKWARD":
            s = max([s] + [k + 1 for k in range(s, min(cue_start, e)) if doc[k].text in (",", ";")])
        elif mod.direction.upper() == "FORWARD":
            e = _cause_phrase_end(doc, mod, e, patterns)
        inside = _parenthesis(doc, cue_start, cue_end)
        if inside is not None:  # "(declined prophylactic cranial irradiation in 2025), underwent SRS to nine ..."
            s, e = max(s, inside[0]), min(e, inside[1])
        elif mod.direction.upper() != "BACKWARD":  # a cue looking forward from inside a parenthesis stops where it
            # closes: "CT 1 mm (no myelogram) 03/03/2026 + MRI" negates the myelogram only (a backward cue there
            # still reaches the item the parenthesis follows: "MRI (pacemaker - not done)"), unless a word ``compared``
            # (patterns.yaml parenthesis_compared) runs on from it: "(no fiducials needed) vs CyberKnife"
            closed = _enclosing(doc, cue_start, cue_end)
            if closed is not None and not compared.match(doc[closed[1] + 1].text if closed[1] + 1 < len(doc) else ""):
                e = min(e, closed[1])
        else:  # a backward cue inside a parenthesis that names its own object before the cue ("thermoplastic mask
            # (frame offered, pt declined)") is about that object, not the item the parenthesis follows
            closed = _enclosing(doc, cue_start, cue_end)
            if closed is not None and any(closed[0] <= ent.start and ent.end <= cue_start for ent in doc.ents):
                s = max(s, closed[0])
        if e > s:
            out[id(mod)] = (s, e)
    return out


def open_parenthesis(items: Sequence[str]) -> int | None:
    """The index of the last "(" in ``items`` (characters, or token texts) left open at their end, else None."""
    depth = 0
    for k in range(len(items) - 1, -1, -1):
        if items[k] == ")":
            depth += 1
        elif items[k] == "(":
            if depth == 0:
                return k
            depth -= 1
    return None


def _parenthesis(doc: Doc, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The tokens inside the parentheses that hold a cue, in its sentence, when a comma or semicolon closes them (an
    aside of its own: a cue there governs nothing outside it), else None. A parenthesis the sentence runs on from
    ("TrueBeam (no fiducials needed) vs CyberKnife") is left to the cue's own scope (a forward cue's ends where the
    parenthesis closes, unless a comparison runs on from it: see :func:`_scopes`)."""
    inside = _enclosing(doc, cue_start, cue_end)
    if inside is None:  # an aside closed by a comma ("(declined PCI in 2025), underwent SRS to ...")
        return None
    k = inside[1]
    return inside if k + 1 < doc[cue_start].sent.end and doc[k + 1].text in (",", ";") else None


def _enclosing(doc: Doc, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """``(first, close)``: the first token inside the parenthesis that holds a cue in its sentence and the index
    of the ")" that closes it, else None."""
    sent = doc[cue_start].sent
    opened = open_parenthesis([t.text for t in doc[sent.start:cue_start]])
    if opened is None:
        return None
    opened += sent.start
    depth = 0
    for k in range(cue_end, sent.end):
        t = doc[k].text
        if t == "(":
            depth += 1
        elif t == ")":
            if depth == 0:
                return opened + 1, k
            depth -= 1
    return None


def _raw_section(doc: Doc, sec: Any, offset: int) -> RawSection:
    start = doc[sec.title_start].idx if len(doc) else 0
    empty = sec.body_end <= sec.title_start or not len(doc)
    body_start = doc[min(sec.body_start, len(doc) - 1)].idx if len(doc) and sec.body_end > sec.body_start else start
    if empty:
        end = start
    else:
        last = doc[sec.body_end - 1]
        end = last.idx + len(last.text)
    return RawSection(sec.category, start + offset, body_start + offset, end + offset, empty)


def piece_bounds(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of at most ``size`` characters covering ``text``: cut
    after a page break where one lies in reach, else after a blank line, else after a line break,
    else (one enormous line) after a sentence, at a space or anywhere; each piece but the first starts at the first
    non-blank character after its cut."""
    n = len(text)
    start = 0
    while start < n:
        if n - start <= size:
            yield start, n
            return
        limit = start + size
        cut = -1
        for sep in ("\f", "\n\n", "\n", ". ", " "):
            k = text.rfind(sep, start + 1, limit)
            if k > start:
                cut = k + len(sep)
                break
        if cut < 0:
            cut = limit
        while cut < min(limit, n) and text[cut].isspace():
            cut += 1  # the blank run stays with the piece before (as the whole text's tokens)
        yield start, cut
        start = cut


def parse(nlp: Language, text: str, piece_chars: int = PIECE_CHARS, vocab: Vocabulary | None = None) -> Parsed:
    """The pipeline over ``text``: whole within ``nlp.max_length``, else in pieces (see the module)."""
    if len(text) <= nlp.max_length:
        return Parsed.from_doc(nlp(text), vocab=vocab)
    parsed = Parsed()
    for start, end in piece_bounds(text, min(piece_chars, nlp.max_length)):
        parsed.add(nlp(text[start:end]), start, vocab)  # each Doc is let go before the next piece is made
    return parsed


__all__ = ["PIECE_CHARS", "Entity", "Parsed", "RawSection", "open_parenthesis", "parse", "piece_bounds"]
