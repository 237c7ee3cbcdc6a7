"""Lesion sources: every place a course names its lesions — table rows (grouped by table), numbered and
bulleted lists, named dose statements, descriptions in sentences and labelled lines, count statements.

Each source yields :class:`Draft` mentions; :mod:`.resolution` turns the mentions of all pages and documents
into lesion entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from srscheck.core.model import Cell, Table

from ..amendments import amended_counts, amendment_spans
from ..context import TextContext
from ..lines import line_around
from ..quantities import (
    ISODOSE_LEVEL_GY,
    MAX_FRACTIONS,
    PARTS_SUM_GY,
    SAME_FIGURE,
    SAME_GY,
    SAME_PERCENT,
    SAME_SHARE,
    DoseStatement,
    apart,
    column_role,
    cue_role,
    fraction_table_rows,
    head_unit,
    index_column,
    labelled_role,
    spelled_number,
    title_role,
    to_gy,
)
from ..titles import titled
from ..vocab import Vocabulary, cached_rx
from .classification import (
    LEVEL_ORDER,
    _specific_place,
    contiguous_levels,
    label_key,
    level_key,
    plain_words,
    same_places,
    signature,
    site_of,
    sizes_cm,
    vertebral_levels,
)


@dataclass
class Draft:
    name: str
    start: int
    end: int
    text: str  # the lesion's own words (table row, list item, clause)
    text_start: int
    dose: DoseStatement | None = None
    dose_gy: float | None = None
    fractions: int | None = None
    size_cm: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    # a row of a phase or stage table: its phase label ("1", "2 (boost)"), and the (start, end, dose,
    # fractions) of every phase of the lesion once phases of one lesion are summed
    phase: str | None = None
    phases: list[tuple[int, int, float, int | None]] = field(default_factory=list)
    sessions: int = 0  # rows of a treatment record folded into this lesion (its sessions), 0 if none
    # the fraction numbers of a record's rows of this lesion marked not given ("5 | CAV_LFront | 0 | NOT TREATED"),
    # which are no lesion of their own (_table_group): one never made up ends what the record gave it
    missed: list[int] = field(default_factory=list)
    optic_mm: float | None = None  # its distance to the optic apparatus from a table's distance column
    volume_cc: float | None = None  # its own volume from a table's volume column (a GTV's, never a PTV's)
    # its own cells in a table (name, dose, fractions): what its evidence quotes when its row's line is also
    # another lesion's (a table printed on its side, one column per lesion)
    cells: list[tuple[int, int]] = field(default_factory=list)
    # a table row that says its lesion was not treated ("GTV_D | 0/2 | Not treated - observe"): no lesion of the
    # course, and the same lesion in another table (the plan listing it) is none either
    untreated: bool = False
    # its total in each table that names it, as (offset of the dose or name, total Gy, fractions or None), once
    # tables are merged (resolution.merge_tables): where the plan and the record give it two totals
    table_totals: list[tuple[int, float, int | None]] = field(default_factory=list)
    # what its plan gave it (total Gy, fractions) where a table's delivered column says otherwise (a target stopped
    # early): the delivered values are its own, the two are for the coder to check
    planned: tuple[float | None, int | None] | None = None
    # a row of a table in a document of a plan version the course replaced by a later one (the "_v1" plan report
    # beside the "_v2" record, resolution.replaced_version_parts): its name stands, its total neither sets the dose
    # nor stands against another table's
    replaced: bool = False
    # its dose is one shared out over several targets listed before it ("T8 and L3 metastases, 24 Gy in 2 fractions
    # each": _shared_out): a later statement of this target's own dose outranks it (resolution._absorb)
    shared: bool = False
    # its place (1, 2 ...) among the lesions a count names together ("the two liver lesions ... each": _counted_each),
    # 0 if none: members of one count are as many lesions, though their words are the same
    member: int = 0
    # the structure identifiers its table row also names it by, where another cell of the row names its place
    # ("PTV2 | Right cerebellar | 18 Gy": "PTV2"); a row of another table, or a clause, so named is this lesion
    aliases: list[str] = field(default_factory=list)
    # a row of a log's dose column titled by a plan's or structure's name (target_columns, named): what that target
    # was given, held against the lesions other tables name; no lesion of its own (resolution.find_lesions)
    record: bool = False
    # the place a structure row's Description cell writes ("PTV_1 | Left frontal resection cavity | ..."): the
    # lesion keeps its structure's name, and the chart's clauses that name this place are its words too (its size)
    described: str | None = None


# a bare number in a table cell, with a decimal point or a decimal comma ("36,25" under "Dose (Gy)"; "2,150" is a
# thousands group, no number of this form): quantities.to_gy reads both
_CELL_NUM = r"\d+(?:\.\d+|,\d{1,2}(?!\d))?"


def clean_name(raw: str, vocab: Vocabulary) -> str:
    raw = vocab.row_label.sub("", raw)  # "Target<TAB>Liver seg VII HCC": the row's label cell names no lesion
    raw = raw.replace("\n", " ").strip().lstrip(",;:.-–— \t")  # a name wrapped onto the next line is one name
    # the tail of the line before ("... 18 Gy in 1 fraction (50% isodose)") is no part of the next name
    raw = re.sub(r"^(?:\s*\([^()]*[\d%][^()]*\))+", "", raw).lstrip(",;:.-–— \t")
    name = re.split(r"\s*(?:,|;|:|\(|\||\s-\s|\s–\s|\s—\s)", raw.strip(), maxsplit=1)[0]  # ("|": a cell's end)
    name = name.split(")", 1)[0]  # a bracket closed and never opened ends the name: "Lesion 1 (left frontal) 20 Gy"
    dose = vocab.patterns["dose"].search(name)
    if dose and name[:dose.start()].strip():  # the name ends where its dose begins, in figures or in words: "left
        name = name[:dose.start()]  # frontal twenty four Gray in three fractions", a dictated list's item
    name = vocab.patterns["leading_words"].sub("", name).strip(" .\t-–—")
    return re.sub(r"[ \t]{2,}", " ", name)[:80]  # (a level said in words, "C six", is read as "C6" and blanks)


def lesion_phrase(text: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Span of the first "<location words> <lesion noun>" phrase, or a vertebral level. The noun of a series label
    (patterns.yaml series_label: "lesion two", "target #3", "the first lesion") names the lesion by the place its
    clause gives the label ("target 3, the left insular metastasis": :func:`labelled_place`); a label whose clause
    links no place ("lesion two the right precentral met", dictated) or a noun that names none in particular ("the
    targets being lesion one the left frontal met") gives way to the phrase after it that names a place."""
    nouns = list(vocab.lesion_noun.finditer(text))
    label = None
    for i in range(len(nouns)):
        span = _noun_phrase(text, nouns, i, vocab)
        if span and span == (nouns[i].start(), nouns[i].end()) and label is None and (
                _series_noun(text, nouns[i], vocab) or
                nouns[i].group(0).lower() in vocab.generic_nouns | vocab.count_nouns):
            label = span  # a label's noun or a bare "targets", and no place with it: a placed phrase may follow
            continue
        if span and (label is None or (_specific_place(text[span[0]:span[1]], vocab) and
                                       nouns[i].group(0).lower() not in vocab.primary_nouns)):
            return span  # (not the primary cancer's: "metastasis from lung cancer" is the metastasis)
    if label is not None:
        return label
    levels = vertebral_levels(text, vocab)
    if levels:
        i = text.find(levels[0])
        return i, i + len(levels[0])
    return None






def series_label_at(text: str, at: int, vocab: Vocabulary) -> "re.Match[str] | None":
    """The series label ("the first lesion", "lesion number two", "Target 3"; patterns.yaml series_label) that holds
    offset ``at``, else None."""
    lo = max(0, at - 24)
    return next((m for m in vocab.patterns["series_label"].finditer(text, lo, min(len(text), at + 24))
                 if m.start() <= at < m.end()), None)


def _series_noun(text: str, noun: "re.Match[str]", vocab: Vocabulary) -> bool:
    """Lesion noun ``noun`` is the noun of a series label ("lesion two", "target #3", "the first lesion";
    patterns.yaml series_label): it numbers the lesion and names no place."""
    label = series_label_at(text, noun.start(), vocab)
    return label is not None and noun.start() in (label.start("noun"), label.start("noun2"))


def labelled_place(text: str, label: "re.Match[str]", vocab: Vocabulary) -> tuple[int, int] | None:
    """The place a series label is given in its own clause (patterns.yaml label_place_link): "the first lesion is
    a right occipital metastasis", "lesion number two was in the left cerebellum", "target 3, a 1.2 cm left frontal
    met" -> the span of "right occipital metastasis", "left cerebellum", "left frontal met"; None when the clause
    goes on to no place ("Lesion 1 received 20 Gy")."""
    link = vocab.patterns["label_place_link"].match(text[label.end():label.end() + 120])
    if link is None:
        return None
    lo = label.end() + link.end()
    stop = vocab.patterns["label_place_end"].search(text, lo, min(len(text), lo + 120))
    hi = stop.start() if stop else min(len(text), lo + 120)
    clause = text[lo:hi]
    size_word = vocab.patterns["size_word"]
    nouns = list(vocab.lesion_noun.finditer(clause))
    for i in range(len(nouns)):
        if series_label_at(clause, nouns[i].start(), vocab):
            continue  # ("... is lesion 2"): a label again, no place
        span = _noun_phrase(clause, nouns, i, vocab, labels=False)
        if span and all(size_word.fullmatch(w) for w in clause[:span[0]].split()) and \
                _specific_place(clause[span[0]:span[1]], vocab):  # (the place opens the clause: "..., and the ...")
            return lo + span[0], lo + span[1]
    start = end = None  # no lesion noun: the place words the clause opens with ("in the left cerebellum")
    for w in re.finditer(r"\S+", clause):
        word = w.group(0).lower()
        if vocab.place_word(word):
            start = w.start() if start is None else start
            end = w.end()
        elif start is None and size_word.fullmatch(word):
            continue  # "a 1.2 cm ..."
        else:
            break
    if start is None or end is None or not _specific_place(clause[start:end], vocab):
        return None
    return lo + start, lo + end


def series_name(text: str, s: int, name: str, vocab: Vocabulary) -> str:
    """A lesion's name with the series label its clause gives it ("right occipital metastasis (lesion 1)" for "the
    first lesion is a right occipital metastasis"), so the label stays its identity where the chart names it by the
    label only; ``name`` as it is when no label is linked to the place at ``s`` or the name has a label already."""
    if vocab.patterns["series_label"].search(name) or _LABEL_WORD.search(name):
        return name
    for m in vocab.patterns["series_label"].finditer(text, max(0, s - 80), s):
        place = labelled_place(text, m, vocab)
        if place is not None and s <= place[0] < s + 30 and text[place[0]:place[1]].lower() in name.lower():
            noun = (m.group("noun") or m.group("noun2") or "lesion").lower()
            noun = "lesion" if vocab.lesion_noun.fullmatch(noun) is None else noun.rstrip("s") or noun
            return f"{name} ({noun} {vocab.series_id(m)})"
    return name


def _noun_phrase(text: str, nouns: list["re.Match[str]"], i: int, vocab: Vocabulary,
                 labels: bool = True) -> tuple[int, int] | None:
    """The phrase around lesion noun ``nouns[i]``: location words before it in its clause ("right occipital
    brain metastasis") and a place after it ("metastasis in the pons"); None for a noun that names no
    target here (a bare "target", or "lung cancer" before "metastases"). A noun of a series label names the
    lesion by the place its clause gives the label ("the first lesion is a right occipital metastasis":
    :func:`labelled_place`)."""
    m = nouns[i]
    word = m.group(0).lower()
    line = line_around(text, m.start())[0]
    if (cell := vocab.row_label.match(text, line)) and cell.end() > m.start():
        return None  # "Target<TAB>Liver seg VII HCC": the row's label, its value read as a labelled line's
    label = series_label_at(text, m.start(), vocab) if labels else None
    if label is not None:
        place = labelled_place(text, label, vocab)
        if place is not None:
            return place
    if word in vocab.generic_nouns and not re.search(r"[A-Za-z]", text[max(0, m.start() - 25):m.start()]):
        return None
    if word in ("level", "levels") and vocab.patterns["level_landmark"].search(text[max(0, m.start() - 20):m.start()]):
        return None  # "a node at the level of L3": a landmark
    if word in ("level", "levels") and vocab.vertebral_level.search(text[max(0, m.start() - 8):m.start()]) and \
            not vertebral_levels(text[max(0, m.start() - 60):m.end()], vocab):
        return None  # "a para-aortic node at the L2 level": the level of a body target, a landmark
    nxt = nouns[i + 1] if i + 1 < len(nouns) else None
    if word in vocab.primary_nouns and nxt is not None and \
            not re.search(r"[,;:.(]", text[m.end():nxt.start()]) and nxt.start() - m.end() < 30:
        return None  # "lung cancer metastases": the target is the metastases, lung the primary
    left = text[:m.start()]
    cut = max(left.rfind(c) for c in ":\t\n;,.(•")
    start = m.start()
    levels = set(vertebral_levels(text[cut + 1:m.end() + 40], vocab))  # "the T11 metastasis": a vertebra here
    for w in reversed(list(re.finditer(r"\S+", left[cut + 1:]))[-6:]):  # words, not sizes ("a 0.8 cm metastasis")
        word = re.sub(r"^\((?=[A-Za-z])|(?<=[A-Za-z])\)$", "", w.group(0))  # "frontal (gyrus rectus) metastasis"
        if word in levels:
            start = cut + 1 + w.start()
            continue
        if not re.fullmatch(r"[A-Za-z][A-Za-z/-]*", word) or word.lower() in vocab.not_name_words or \
                vocab.number(word) is not None:  # "eleven brain metastases" names them "brain metastases"
            break
        start = cut + 1 + w.start()
    return start, m.end() + _place_after(text[m.end():m.end() + 50], vocab)


def _place_after(tail: str, vocab: Vocabulary) -> int:
    """Length of "in the pons" / "of the left cerebellum" / "left parietal" after a lesion noun (0 when none)."""
    # "metastasis in the pons", or a place written straight after the noun ("cavity left parietal")
    lead = re.match(r"\s+(?:(?:in|of|within|involving|at)\s+(?:the\s+)?)?", tail)
    if not lead:
        return 0
    end, kept_place = lead.end(), False
    ordinals = dict(vocab.ordinal_words)
    for w in re.finditer(r"[A-Za-z-]+", tail[lead.end():]):
        word = w.group(0).lower()
        if vocab.place_word(word):
            end = lead.end() + w.end()
            kept_place = kept_place or word not in vocab.laterality
        elif word in ordinals or (word in _ORDINAL_ENDINGS and tail[lead.end() + w.start() - 1:][:1].isdigit()):
            continue  # which one of a series of places ("the right seventh rib", "the 7th rib"): the place goes on
        else:
            break
    return end if kept_place else 0


_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")  # a numeral's ending as an ordinal ("7th")


def _is_header(cells, vocab: Vocabulary) -> bool:
    """Short column titles; a row of "Label:" cells is a key/value block, not a table header. Digits
    inside a word ("V100", "D95", "Vol (cc)") may appear in a title; a number on its own may not."""
    if any(c.text.rstrip().endswith(":") for c in cells):
        return False
    # a number on its own (patterns.yaml title_number); "Rx (Gy) x 1" and "Rx dose (1 fx)" (the fraction count a
    # column is given in) are still titles; a date is a title too: the columns of a record with one column per
    # treatment day ("07/13 | 07/15")
    number = vocab.patterns["title_number"]
    titled = vocab.patterns["numbered_phase_title"]  # "Stage 1 dose" is a title

    def plain(text: str) -> str:
        return titled.sub(" ", text)
    # words, not tokens: "X / Y / Z (mm)" (a coordinates column) is a four-word title
    return all(len(re.findall(r"\w+", c.text)) <= 4 and not number.search(plain(c.text))
               for c in cells if c.text.strip())


def table_lesions(tables: tuple[Table, ...], text: str, vocab: Vocabulary) -> list[list[Draft]]:
    """One draft per data row of every lesion table, grouped by table; a headerless table on the next
    page with the same columns continues the lesion table before it (a table broken across pages).
    Rows of one group are distinct lesions; :func:`resolution.merge_tables` resolves the groups."""
    groups: list[list[Draft]] = []
    columns: list[Table] = []  # records with one dose column per target (target_columns)
    previous: tuple[Table, list[str]] | None = None
    for t in tables:
        if not t.rows and not t.header:
            continue
        per_target = target_columns(t, vocab)
        if per_target is not None:
            columns.append(per_target)
            previous = None
            continue
        per_target = target_columns(t, vocab, named=True)
        if per_target is not None:  # a log of plans' or structures' dose columns: the record of what each was given,
            # held against the lesions the other tables name (resolution.find_lesions), never lesions of its own
            missed = not_given_sessions(t, vocab)
            group = _table_group(_row_drafts([c.text for c in per_target.header], per_target.rows, vocab, text),
                                 vocab)
            for d in group:
                d.record = True
                d.missed = missed.get(d.name.strip().lower(), [])
            groups.append(group)
            previous = None
            continue
        t = transposed(t, vocab) or t
        heads = [c.text for c in t.header] if t.header and _is_header(t.header, vocab) else None
        rows = list(t.rows)
        if heads is None and not t.header and len(rows) >= 2 and len(rows[0]) >= 3 and _is_header(rows[0], vocab) and \
                not _data_row(rows[0], vocab) and _lesion_table([c.text for c in rows[0]], vocab, rows[1:]) and \
                any(vocab.patterns["column_dose"].search(c.text) for c in rows[0]):
            heads, rows = [c.text for c in rows[0]], rows[1:]  # a header the layout did not mark
        continued = False
        if heads is not None:
            heads = run_titles(heads)
        if heads is None:
            width = len(rows[0] if rows else t.header)
            # (on the same page, only rows of the same kind: a table of organ-at-risk doses below is no lesion row)
            follows = previous is not None and width == len(previous[1]) and (
                t.page == previous[0].page + 1 or
                (_directly_after(previous[0], t, text) and _content_heads(t, vocab) is not None))
            if not follows:
                heads = _content_heads(t, vocab)  # no titles: the columns read by what every row holds
                if heads is None:
                    previous = None
                    continue
                new = _table_group(_row_drafts(heads, [tuple(t.header)] + rows if t.header else rows, vocab, text),
                                   vocab)
                groups.append(new)
                previous = (t, heads)
                continue
            heads = previous[1]  # type: ignore[index]
            rows = ([tuple(t.header)] if t.header else []) + rows
            rows = [r for r in rows if not _repeats_header(r, heads)]  # the header printed again on this page
            continued = True
        # a log numbered by fraction in its first column is no lesion table; a history printed date first keeps its
        # target or site column's rows (two sites on each date are two lesions)
        if (fraction_table_rows(t, vocab) and index_column(t, vocab) == 0 and not _targets_per_session(heads, rows,
                                                                                                      vocab)) or \
                not _lesion_table(heads, vocab, rows):
            previous = None
            continue
        new = _table_group(_row_drafts(heads, _phase_total(heads, rows, vocab), vocab, text), vocab)
        if continued and groups:
            groups[-1].extend(new)
        else:
            groups.append(new)
        previous = (t, heads)
    if not any(not d.record for g in groups for d in g):  # no table names the targets otherwise: a record's
        # per-target columns do (one group each)
        groups = [_table_group(_row_drafts([c.text for c in t.header], t.rows, vocab, text), vocab)
                  for t in columns] + groups
        for g in groups:
            for d in g:
                d.record = False
    return groups


_LETTER = re.compile(r"[A-Za-z]")


def _targets_per_session(heads: list[str], rows, vocab: Vocabulary) -> bool:
    """Whether a log numbered by fraction has a column naming its targets ("Session | Date | Target | Dose |
    Cumulative" with "PTV_T4" and "PTV_L2" on each session's rows) that names two or more: each target's rows are
    that lesion's sessions (resolution.session_rows), so the log is the record of every lesion's delivered dose."""
    cols = [i for i, h in enumerate(heads) if _name_column(h, vocab) and not _figures_only(rows, i, vocab)] + \
        structure_columns(heads, rows, vocab)
    dose = vocab.patterns["dose"]
    return any(len({r[i].text.strip().lower() for r in rows if i < len(r) and _LETTER.search(dose.sub("", r[i].text))})
               >= 2 for i in cols)  # (names, with a letter beside any dose: not a "PTV D95 (Gy)" column's "8.02",
    # "--", nor a lesion's own column of its session doses, "Lesion A | 20 Gy | - | -")


def _table_group(drafts: list[Draft], vocab: Vocabulary) -> list[Draft]:
    """A table's lesions: its rows, one volume's rows and a volume nested in another folded, the union of the
    other rows' volumes ("PTV_All": patterns.yaml union_volume) left out; a row marked not
    treated stays (marked) unless a treated row of the same table names it (a session not given, on a record of
    its other sessions)."""
    treated = _nested(_same_volume([d for d in drafts if not d.untreated], vocab), vocab)
    union = vocab.patterns["union_volume"]
    parts = [d for d in treated if not union.match(d.name)]
    if parts and len(parts) < len(treated):  # "PTV_All" beside PTV_L1 .. PTV_L5: their union, no lesion
        treated = parts
    names = {d.name.strip().lower() for d in treated}
    for u in drafts:  # (the session not given is kept on the rows of its lesion: resolution._short_record)
        if u.untreated and u.fractions is not None and u.name.strip().lower() in names:
            for d in treated:
                if d.name.strip().lower() == u.name.strip().lower() and u.fractions not in d.missed:
                    d.missed.append(u.fractions)
    return treated + [d for d in drafts if d.untreated and d.name.strip().lower() not in names]


def _row_title(text: str, vocab: Vocabulary) -> bool:
    """A cell that reads as a lesion table's column title: a dose, fractions, size, isodose or location title."""
    pats = vocab.patterns
    return bool(text.strip()) and _is_header([Cell(text, 0, 0)], vocab) and any(
        pats[k].search(_title(text)) for k in ("column_dose", "column_fractions", "column_size", "column_isodose",
                                               "column_location"))


def transposed(t: Table, vocab: Vocabulary) -> Table | None:
    """A lesion table printed on its side (one column per lesion: an empty corner, the lesions' names across the
    top, and rows titled "Location", "Max diameter", "Dose", "Fractions" ...): the same table with one row per
    lesion, its titles the first column's (and "Target" over the names); None for a table that is not one.
    It is one when the first column holds more lesion-table titles than the first row, among them a dose."""
    rows = ([tuple(t.header)] if t.header else []) + [tuple(r) for r in t.rows]
    if len(rows) < 3 or len(rows[0]) < 2 or not all(c.text.strip() for c in rows[0][1:]) or \
            any(len(r) != len(rows[0]) for r in rows):
        return None
    corner = rows[0][0].text
    if corner.strip() and (_names_a_target(corner, vocab) or _row_title(corner, vocab) or
                           not _is_header([rows[0][0]], vocab) or vocab.patterns["record_key_title"].match(corner)):
        return None  # a corner titling the first column ("Quantity", "Parameter") is no lesion and no quantity; a
        # plan's or course's own key ("Plan name | BRAIN_MULTI_4" over "Unit", "Fractions"): a record's fields
    if not all(_names_a_target(c.text, vocab) or vocab.patterns["target_structure"].match(c.text)
               for c in rows[0][1:]):
        return None  # a flowsheet's dates or fraction numbers across the top: no lesion per column
    titles = [r[0].text for r in rows[1:]]
    down = sum(_row_title(x, vocab) for x in titles)
    across = sum(_row_title(c.text, vocab) for c in rows[0][1:])
    if down < 2 or down <= across or not all(x.strip() for x in titles) or \
            not any(vocab.patterns["column_dose"].search(_title(x)) and column_role(x, vocab) in (None, "per_fraction")
                    for x in titles):
        return None
    corner = rows[0][0]
    header = (Cell("Target", corner.start, corner.start),) + tuple(r[0] for r in rows[1:])
    body = tuple(tuple(r[j] for r in rows) for j in range(1, len(rows[0])))
    return Table(t.page, header, body, t.box)


_DAY_MONTH = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d])")  # a day of a date, with or without its year
_SHORT_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2}(?:\d{2})?)?")


def target_columns(t: Table, vocab: Vocabulary, named: bool = False) -> Table | None:
    """A delivery record with one dose column per target (a row per dated fraction, "Date | Fx | PTV_LIV cGy |
    PTV_ADR_R cGy | IGRT", perhaps a Total row): one row per target, its name the column's title, its dose
    the sum of its column over the dated rows and its fractions the dated rows that give it a dose. A Total
    row must agree with the sums (else None: the table is left as it is). None for any other table.
    (table_lesions takes its targets only when no other table of the chart names them.)
    ``named``: also a column titled by a plan's or structure's one-word name with a dose and its unit in each cell
    ("Session | Date | LIV_S6 | BONE_RIL" over "10 Gy | 7 Gy", "HELD | 7 Gy"), for table_lesions to hold against the
    lesions the chart's other tables name."""
    if not t.header:
        return None
    date = vocab.patterns["date"]
    unit_at_end = cached_rx(r"\s*[(\[]?\s*(%s)\s*[)\]]?\s*$" % vocab.roles.unit_forms)  # "PTV_LIV cGy", "PTV2 (Gy)"
    cols = []
    cell_dose = cached_rx(rf"\s*(\d+(?:\.\d+)?)\s*({vocab.roles.unit_forms})\s*")
    for i, c in enumerate(t.header):
        if named and _dose_column_named(t, i, cell_dose, vocab):
            cols.append((i, c.text.strip(), ""))
            continue
        m = unit_at_end.search(c.text)
        # (the session's dose of the target: "PTV1 fx (Gy)", "T6 fx (cGy)"; "T6 cum (cGy)" is its running total)
        name = vocab.patterns["session_dose_title"].sub("", c.text[:m.start()]).strip() if m else ""
        label = vocab.patterns["target_structure"].match(name)
        # (a label after the volume's kind: "PTV_LIV", "PTV2"; bare "PTV" and "GTV" columns are one target's volumes;
        # or a vertebral level: "T6 fx (cGy)")
        if m and " " not in name and (label and re.search(r"[A-Za-z0-9]", name[label.end():]) or
                                      _LEVEL_WORD.fullmatch(name)) and \
                not vocab.patterns["not_a_lesion_name"].match(name):
            cols.append((i, name, m.group(1).lower()))
    if len(cols) < 2 or any(len(r) != len(t.header) for r in t.rows):
        return None
    # a session's row is dated, by the full date or by month and day in a column of its own ("10/29")
    dated = [r for r in t.rows if any(date.search(c.text) or _SHORT_DATE.fullmatch(c.text.strip()) for c in r)]
    totals = [r for r in t.rows if vocab.patterns["total_row"].match(r[0].text)]
    if len(dated) < 2 or len(dated) + len(totals) != len(t.rows) or len(totals) > 1:
        return None
    body = []
    for i, name, unit in cols:
        values = []
        for r in dated:
            cell = r[i].text.strip()
            if vocab.patterns["session_not_given_cell"].match(cell):  # "HELD", "-": that session did not treat it
                continue
            if not unit:  # (a dose with its unit in every cell: "10 Gy")
                got = cell_dose.fullmatch(cell)
                if got is None:
                    return None
                values.append(to_gy(got.group(1), got.group(2), vocab))
                continue
            if not re.fullmatch(r"\d+(?:\.\d+)?", cell):
                return None
            values.append(float(cell))
        given = [v for v in values if v > 0]
        if not given:
            return None
        total = sum(given)
        if totals:
            stated = totals[0][i].text.strip()
            if not re.fullmatch(r"\d+(?:\.\d+)?", stated) or apart(float(stated), total, SAME_FIGURE):
                return None
            at = totals[0][i]
        else:
            at = dated[-1][i]
        head = t.header[i]
        unit = unit or "Gy"
        body.append((Cell(name, head.start, head.start + len(name)), Cell(f"{total:g} {unit}", at.start, at.end),
                     Cell(str(len(given)), at.start, at.end)))
    first = t.header[0]
    header = (Cell("Target", first.start, first.start), Cell("Total dose", first.start, first.start),
              Cell("Fractions", first.start, first.start))
    return Table(t.page, header, tuple(body), t.box)


def _dose_column_named(t: Table, i: int, cell_dose: "re.Pattern[str]", vocab: Vocabulary) -> bool:
    """Column ``i`` is titled by one name of a plan or structure ("LIV_S6", "PTV_R_Ilium": one word with an
    underscore, no organ at risk's) and every cell is a dose with its unit or a session not given, one a dose."""
    name = t.header[i].text.strip()
    if " " in name or "_" not in name or vocab.patterns["not_a_lesion_name"].match(name) or \
            title_role(name, vocab) in vocab.roles.not_target:
        return False
    cells = [r[i].text.strip() for r in t.rows if i < len(r)]
    return any(cell_dose.fullmatch(c) for c in cells) and \
        all(cell_dose.fullmatch(c) or vocab.patterns["session_not_given_cell"].match(c) for c in cells)


def not_given_sessions(t: Table, vocab: Vocabulary) -> dict[str, list[int]]:
    """Of a record with one dose column per target (:func:`target_columns`), each target's sessions (1, 2, 3 ... in
    the order of the dated rows) marked not given after it was last given ("HELD" on sessions 4 and 5 of the liver's
    column): the sessions it missed and never made up."""
    date = vocab.patterns["date"]
    dated = [r for r in t.rows if any(date.search(c.text) or _SHORT_DATE.fullmatch(c.text.strip()) for c in r)]
    out: dict[str, list[int]] = {}
    for i, head in enumerate(t.header):
        cells = [r[i].text.strip() if i < len(r) else "" for r in dated]
        given = [k for k, c in enumerate(cells, 1) if re.search(r"\d", c) and
                 not vocab.patterns["session_not_given_cell"].match(c)]
        if given:
            late = [k for k, c in enumerate(cells, 1) if k > given[-1] and c and
                    vocab.patterns["session_not_given_cell"].match(c)]
            if late:
                out[head.text.strip().lower()] = late
    return out


def run_titles(heads: list[str]) -> list[str]:
    """Column titles a PDF's text layer ran together into one cell ("PrescriptionFractionsIsodose" over three
    columns whose other titles are empty: the titles overflowed narrow columns and touch): each title to its
    own column, when the run's words ("Prescription", "Fractions", "Isodose") are exactly as many as the
    cell and the empty title cells around it. A run that could be split more than one way is left as it is."""
    out = list(heads)
    runs = {i for i, h in enumerate(heads) if " " not in h.strip() and re.search(r"[a-z][A-Z]", h)}
    while runs:  # (one run split may settle how its neighbour splits: its empty cells are taken)
        done = set()
        for i in sorted(runs):
            parts = re.split(r"(?<=[a-z])(?=[A-Z])", out[i].strip())
            left = right = 0
            while i - left - 1 >= 0 and not out[i - left - 1].strip():
                left += 1
            while i + right + 1 < len(out) and not out[i + right + 1].strip():
                right += 1
            if left + right + 1 == len(parts):
                out[i - left:i + right + 1] = parts
            elif left + 1 == len(parts) and not right:
                out[i - left:i + 1] = parts
            elif right + 1 == len(parts) and not left:
                out[i:i + right + 1] = parts
            else:
                continue
            done.add(i)
        if not done:
            break
        runs -= done
    return out


def _data_row(row, vocab: Vocabulary) -> bool:
    """A row that holds values, not column titles: a dose with its unit ("20 Gy x 1") or a target
    structure's identifier ("PTV1_Rfrontal") in one of its cells."""
    return any(vocab.patterns["dose"].search(c.text) or
               (" " not in c.text.strip() and "_" in c.text and vocab.patterns["target_structure"].match(c.text))
               for c in row)


def _directly_after(before: Table, table: Table, text: str) -> bool:
    """The table starts where the one before ends, on the same page, with nothing written between them: one
    table the layout broke in two (a monospace export whose columns shift by a character or two)."""
    cells = [c for r in ((before.header,) if before.header else ()) + tuple(before.rows) for c in r if c.end > c.start]
    first = [c for r in ((table.header,) if table.header else ()) + tuple(table.rows) for c in r if c.end > c.start]
    if table.page != before.page or not cells or not first:
        return False
    end, start = max(c.end for c in cells), min(c.start for c in first)
    return end <= start and not text[end:start].strip()


def _content_heads(t: Table, vocab: Vocabulary) -> list[str] | None:
    """Column titles for a table printed without any (a flowsheet export's "PTV1_Rfrontal   20 Gy x 1   ..."
    rows): a column holding a target structure's identifier in every row is its Structure column, the first
    column holding a dose in every row its Dose column, one naming a place in every row a Target column; None
    unless the table has a Structure and a Dose column (then each row is one target with its dose)."""
    rows = ([tuple(t.header)] if t.header else []) + [tuple(r) for r in t.rows]
    if len(rows) < 2 or len({len(r) for r in rows}) != 1:
        return None
    width = len(rows[0])
    structure = structure_columns([""] * width, rows, vocab)
    doses = [i for i in range(width) if i not in structure and
             all(vocab.patterns["dose"].search(r[i].text) for r in rows)]
    if not structure or not doses:
        return None
    heads = [""] * width
    heads[structure[0]] = "Structure"
    for i in range(width):  # a column naming a place in every row ("right adrenal, 35 Gy / 5 fx") names the target
        if i not in structure and all(_specific_place(r[i].text, vocab) for r in rows):
            heads[i] = "Target"
    heads[doses[0]] = f"{heads[doses[0]]} Dose".strip()
    return heads


def _repeats_header(row, heads: list[str]) -> bool:
    """A row that is the table's header again (a scan may lose some of its titles): every filled cell is
    the title of its column, and the first is."""
    filled = [(i, c.text.strip().lower()) for i, c in enumerate(row) if c.text.strip()]
    return bool(filled) and filled[0][0] == 0 and all(
        i < len(heads) and t == heads[i].strip().lower() for i, t in filled)


_REMARK = re.compile(r"(?<=\S)\s+\([^()]*\)$")  # a bracketed remark closing a cell


def structure_columns(heads: list[str], rows, vocab: Vocabulary) -> list[int]:
    """Columns of target structure names: titled "Structure(s)", or under any title ("Object", "ROI",
    "Ref. Point": each planning or record system has its own) holding only structure identifiers of
    targets ("PTV_LFrontal", "Met_LPar", "GTV2"), one word each (a remark in brackets after it aside: "PTV_3300
    (tumor-vessel interface, SIB)"), in every row that fills it."""
    return [i for i, h in enumerate(heads) if vocab.patterns["column_structure"].fullmatch(h) or
            _target_ids(rows, i, vocab)]


def _target_ids(rows, i: int, vocab: Vocabulary) -> bool:
    """Every filled cell of column ``i`` (one at least) is one target structure's identifier ("PTV1_LFront")."""
    cells = [r[i].text for r in rows if i < len(r) and r[i].text.strip()]
    return bool(cells) and all(_structure_id(c, vocab) and
                               not vocab.patterns["not_a_lesion_name"].match(_REMARK.sub("", c.strip())) for c in cells)


def _structure_id(cell: str, vocab: Vocabulary) -> bool:
    """A cell that is one target structure's identifier ("PTV1", "PTV_LFront", "GTV2 (SIB)"), no words of a place."""
    text = _REMARK.sub("", cell.strip())
    return " " not in text and bool(vocab.patterns["target_structure"].match(text))


def _lesion_table(heads: list[str], vocab: Vocabulary, rows=()) -> bool:
    pats = vocab.patterns
    # a column of target structures' identifiers is the targets' column whatever its title says ("Structure" over
    # "PTV1_LFront", "PTV2_RPar"): no organ at risk's, so a side column about the nearest organ ("Nearest OAR /
    # Dmax") after it makes no organ-at-risk table of a target table
    ids = [i for i in range(len(heads)) if _target_ids(rows, i, vocab)]
    oar = [i for i, h in enumerate(heads) if pats["oar_table"].search(h) and i not in ids]
    targets = [i for i, h in enumerate(heads) if pats["column_target"].search(_title(h))] + ids
    doses = [h for h in heads if pats["column_dose"].search(h)]
    if oar and not any("marginal" in h.lower() for h in heads) and \
            not all(pats["column_structure"].fullmatch(heads[i]) for i in oar) and \
            not (targets and doses and min(targets) < min(oar)):
        return False  # an organ-at-risk table; "Target | Dose | Constraint met" is a target table with a side column
    if any(pats["column_metric"].match(h) or _metric_cells(rows, i, vocab) for i, h in enumerate(heads)) and \
            not any(pats["column_dose"].search(h) and column_role(h, vocab) is None for h in heads):
        return False  # a plan-evaluation table ("Structure | Metric | Result | Goal"): each row a structure's metric
    return any(_name_column(h, vocab) for h in heads) or bool(structure_columns(heads, rows, vocab))


def _metric_cells(rows, i: int, vocab: Vocabulary) -> bool:
    """Every filled cell of column ``i`` is only a dose-volume metric's name ("V100%", "Dmax", "D95")."""
    cells = [r[i].text for r in rows if i < len(r) and r[i].text.strip()]
    return bool(cells) and all(vocab.patterns["dvh_metric_cell"].match(c) for c in cells)


def _title(head: str) -> str:
    """A column title without its parenthetical qualifier: "CBCT (both PTVs)" is a CBCT column."""
    return re.sub(r"\([^)]*\)", " ", head)


def _figures_only(rows, i: int, vocab: Vocabulary) -> bool:
    """Every filled cell of column ``i`` is a figure without a word ("96.8%", "0.42", "27.9 cc"; not a bare whole
    number, a label: "Lesion | 1 | 2"): a measure of the lesion ("PTV V100", "GTV volume"), never its name, though its
    title names the target; nor is a count of those planned ("3 of 3" under "Targets treated"; patterns.yaml
    count_cell)."""
    cells = [r[i].text for r in rows if i < len(r) and r[i].text.strip()]
    figure, count = _figure_cell(vocab), vocab.patterns["count_cell"]
    return bool(cells) and all(figure.fullmatch(c.strip()) or count.fullmatch(c.strip()) for c in cells)


def _figure_cell(vocab: Vocabulary) -> re.Pattern[str]:
    """A figure with a decimal or a unit (quantity_roles.yaml cell_units: percent, volume, length, dose); a bare whole
    number ("1", "2") is a lesion's label, not a measure."""
    unit = f"(?:{vocab.cell_unit('percent', 'volume', 'length', 'dose')})"
    return cached_rx(rf"[<>≤≥~]?\s*(?:\d+[.,]\d+\s*{unit}?|\d+\s*{unit})", re.I)


def _name_column(head: str, vocab: Vocabulary) -> bool:
    return bool(vocab.patterns["column_name"].search(_title(head)))


def distance_columns(heads: list[str], vocab: Vocabulary) -> list[int]:
    """The columns of a table whose cells say how far its lesion lies from something ("Distance to chiasm",
    "Dist from brainstem (mm)"): a length in such a cell is never the lesion's size. A column titled as the
    prescription's dose is a dose column though its title has a distance word ("Total dose from both plans")."""
    pats = vocab.patterns
    return [i for i, h in enumerate(heads) if pats["column_distance"].search(h) and
            not (pats["column_dose"].search(h) and column_role(h, vocab) is None)]


def _volume_kind(text: str, vocab: Vocabulary) -> str | None:
    """The first target volume's kind a title or structure name writes ("GTV vol (cc)" -> "GTV", "GTV/PTV_LFr" ->
    "GTV", "PTV1 R frontal" -> "PTV"), upper case; None when it writes none."""
    m = cached_rx(rf"(?<![A-Za-z])(?:{vocab.volume_kind})(?![A-Za-z])", re.I).search(text)
    return m.group(0).upper() if m else None


def _no_session(cells, cols: list[int], rows, dose: re.Pattern[str]) -> bool:
    """Whether a row leaves every dose and fraction column ``cols`` empty or a dash, and writes no ``dose`` in any
    other cell (that would be another lesion's session: "2 | 06/10 | - | 9 Gy"), while another row of its table
    writes a number in one of them."""
    mine = [i for i in cols if i < len(cells)]
    if not mine or any(re.search(r"\d", cells[i].text) for i in mine) or any(dose.search(c.text) for c in cells):
        return False
    return any(r is not cells and any(i < len(r) and re.search(r"\d", r[i].text) for i in mine) for r in rows)


def _row_drafts(heads: list[str], rows, vocab: Vocabulary, chart: str = "") -> list[Draft]:
    drafts: list[Draft] = []
    pats = vocab.patterns
    structure = [i for i in structure_columns(heads, rows, vocab) if not _name_column(heads[i], vocab)]
    name_cols = [i for i, h in enumerate(heads)
                 if _name_column(h, vocab) and not _figures_only(rows, i, vocab)] + structure
    plans = [i for i in name_cols if pats["record_key_title"].match(_title(heads[i]))]
    if plans and len(plans) < len(name_cols):  # "Plan name | Target | Rx": the plan's name ("T4_SBRT_v1") beside
        name_cols = [i for i in name_cols if i not in plans]  # the target's is no lesion's name
    dose_cols = [i for i, h in enumerate(heads)  # a Max / Mean / OAR / per-fraction column is no prescription
                 if pats["column_dose"].search(h) and column_role(h, vocab) is None]
    # a column's role from its title and its values: "Delivered" / "Planned" whose cells are doses is a dose
    # column (the delivered one read first); "Delivered" or "Dose delivered" whose cells are "yes", "3 of 5" or
    # dates is none ("3 of 5" counts the fractions given: a fractions column, read before the plan's count)
    delivered = [i for i, h in enumerate(heads) if pats["column_delivered_dose"].match(_title(h))]
    planned = [i for i, h in enumerate(heads) if pats["column_planned_dose"].match(_title(h))]
    for i in delivered + planned:
        doses = _dose_cells(rows, i, heads, vocab)
        if doses and i not in dose_cols:
            dose_cols.append(i)
        elif not doses and i in dose_cols and i in delivered:
            dose_cols.remove(i)
    given_cols = [i for i in delivered if i in dose_cols]
    dose_cols = given_cols + [i for i in dose_cols if i not in given_cols]
    if not given_cols and any(pats["column_difference"].match(_title(h)) for h in heads):
        dose_cols = [i for i in dose_cols if pats["column_prescription"].search(heads[i])]
        # a second check's comparison ("Point / target | TPS dose (cGy) | Check (cGy) | Diff (%)"): two calculations
        # of a point's dose and their difference, no prescription of the lesion the point lies in; an Rx column
        # beside them ("Rx (cGy) | ... | TPS MU | Indep MU | Diff (%)") still is
    # a column of the prescription the chart replaced ("Rx orig (Gy)" beside "Rx final (Gy)"): read after the others
    replaced = [i for i in dose_cols if pats["column_replaced_dose"].search(heads[i]) and i not in given_cols]
    if replaced and len(replaced) < len(dose_cols):
        dose_cols = [i for i in dose_cols if i not in replaced] + replaced
    counted = [i for i in delivered if i not in dose_cols and _count_cells(rows, i, vocab)]
    # a running total's column; an organ's or a metric's ("Cumulative cord (EQD2)") is no target's running total
    cum_cols = [i for i, h in enumerate(heads) if pats["column_cumulative"].search(h) and
                title_role(h, vocab) not in vocab.roles.not_target]
    # a dose-per-fraction column of a plan (not of a dated log, whose rows are sessions)
    per_fx = [i for i, h in enumerate(heads) if column_role(h, vocab) == "per_fraction"]
    # (a log dated a session a row; a lesion's row that lists the days of its sessions, "11/09, 11/11, 11/13/2026", is
    # no session of a log)
    dated = any(pats["column_date"].search(h) and not _days_listed(rows, i) for i, h in enumerate(heads))
    # a count of fractions; "Per fx" (a dose per fraction, "6 Gy") is no count, though its title says "fx", nor is
    # any column whose title gives its numbers another role ("Cord Dmax (3 fx)": an organ's maximum over the course)
    fx_cols = counted + [i for i, h in enumerate(heads) if pats["column_fractions"].search(h) and i not in dose_cols
                         and i not in per_fx and not pats["column_not_fractions"].search(h) and i not in counted
                         and column_role(h, vocab) is None]
    for i in _per_fraction_by_values(heads, rows, [i for i in dose_cols if i not in given_cols + cum_cols], fx_cols,
                                     vocab):
        dose_cols.remove(i)  # "ED (cGy) | Fx | GD (cGy)": 900 | 3 | 2700 on every row, the 900 each fraction's
        per_fx.append(i)
    distance_cols = distance_columns(heads, vocab)
    size_cols = [i for i, h in enumerate(heads) if pats["column_size"].search(h) and i not in dose_cols and
                 i not in distance_cols and not pats["column_not_size"].search(h)]
    volume_cols = [i for i, h in enumerate(heads) if pats["column_volume"].search(h) and i not in dose_cols and
                   i not in name_cols and i not in distance_cols and column_role(h, vocab) is None]
    loc_cols = [i for i in name_cols if pats["column_location"].search(heads[i])]
    # a phase or stage column labels each row's phase; one whose title or cells give a dose ("Stage 1 dose",
    # "Stage 2 planned | 15 Gy") is a stage's dose column: the row is that stage of its lesion (stage_dose)
    phase_cols = [i for i, h in enumerate(heads) if pats["column_phase"].search(h) and not pats["column_dose"].search(h)
                  and not any(i < len(r) and pats["dose"].search(r[i].text) for r in rows)]
    stage_dose = [i for i in dose_cols if pats["column_phase"].search(heads[i]) and
                  pats["numbered_phase_title"].search(heads[i])]
    referenced: dict[str, int] = {}  # a volume named by isocenter / plan rows -> its draft
    measured = any(pats["column_dose"].search(h) or pats["column_fractions"].search(h) or
                   pats["column_size"].search(h) for h in heads)  # a column of a lesion's dose, fractions or size
    triples: list[tuple[list[Draft], float | None, float, float]] = []
    iso_col = _isodose_column(heads, dose_cols, vocab)  # (the table's Isodose column, found once for its rows)
    days = [_row_days(" ".join(c.text for c in row), vocab) for row in rows]
    latest = max((d for ds in days for d in ds), default=None)
    # a prescription's revision history ("Rev | Status | ...") where a revision stands: its called-off revisions
    standing = bool(heads) and bool(pats["revision_column"].match(heads[0])) and \
        any(pats["revision_standing"].match(c.text) for r in rows for c in r)
    for row, row_days in zip(rows, days):
        cells = list(row)
        if not any(c.text.strip() for c in cells):
            continue
        if latest is not None and row_days and max(row_days) < latest - vocab.prior_course_days:
            continue  # a course history's row dated over a year before another row: an earlier course's target
        if structure and not any(i < len(cells) and (pats["target_structure"].match(cells[i].text) or
                                                     vocab.lesion_noun.search(plain_words(cells[i].text, vocab)))
                                 for i in structure):
            continue  # a structure table also lists organs at risk: only target volumes are lesions
        if any(pats["superseded_row"].match(c.text) for c in cells):
            continue  # "1 | 20/10 | both | 24 Gy / 1 | Superseded": a revision the chart replaced, no lesion's row
        if standing and any(pats["revision_called_off"].match(c.text) for c in cells):
            continue  # "A | CANCELLED | PTV_T10 | 24 Gy in 2 fx" above "B | APPROVED | PTV_T9_T11": a revision replaced
        if dated and _no_session(cells, dose_cols + fx_cols, rows, pats["dose"]):
            continue  # "04/19 | - | C1 | - | - | Course ended by physician": a dated log's note of the course, no
            # dose and no fraction number where its other rows write them, is no session of any lesion
        # "L3 | - | dropped, not treated": contoured, never treated (kept, marked, to strike it from other tables)
        row_text = " ".join(c.text for c in cells)
        untreated = bool(pats["lesion_not_treated"].search(row_text) or pats["lesion_row_deferred"].search(row_text))
        cands = [cells[i] for i in loc_cols + name_cols if i < len(cells) and re.search(r"\w", cells[i].text)
                 and not _figure_cell(vocab).fullmatch(cells[i].text.strip())]  # "24.8 cc" under "Target volume" on a
        # session's row, beside a row naming the lesion in the same column: the target's measure, never its name
        if not cands and cells and pats["not_a_lesion_name"].match(cells[0].text):
            continue  # "Course C1 | - | -": a course or plan row of a target table
        if cands and all(pats["not_a_lesion_name"].match(c.text) for c in cands):
            # an isocenter / plan / phase row: a lesion only through a target named in another cell
            cands = [c for c in cells if pats["target_structure"].match(c.text) or
                     (site_of(c.text, vocab) and not pats["not_a_lesion_name"].match(c.text))]
            if not cands:
                continue
            volume = structure_volume(vocab).search(cands[0].text)
            if volume:  # "anterior half of PTV_Pons" on two isocenter rows: one lesion, named by its volume
                if volume.group(0).lower() in referenced:
                    _absorb_row(drafts, referenced[volume.group(0).lower()], cells)
                    continue
                referenced[volume.group(0).lower()] = len(drafts)
                c0 = cands[0]
                cands = [Cell(volume.group(0), c0.start + volume.start(), c0.start + volume.end())]
        cands = [c for c in cands if not pats["not_a_lesion_name"].match(c.text)]
        named = [c for c in cands if not pats["id_only"].match(c.text)]
        aliases: list[str] = []
        if named and any(_structure_id(c.text, vocab) for c in named):
            # "PTV2 | Right cerebellar | 18": the cell that writes the lesion's place names it, not the structure
            # before it (or after it: "left frontal | PTV1_LFront" under "Location | Structure"), which becomes its
            # alias (another table or a clause naming the lesion by it finds it)
            named.sort(key=lambda c: not (not _structure_id(c.text, vocab) and
                                          (_specific_place(c.text, vocab) or vertebral_levels(c.text, vocab))))
            aliases = [_REMARK.sub("", c.text.strip()) for c in named[1:] if _structure_id(c.text, vocab)] \
                if not _structure_id(named[0].text, vocab) else []
        elif named and not vertebral_levels(named[0].text, vocab):
            # "T3 | L mesial temporal | ...": the series' code in its own cell beside the place is the lesion's label
            # ("T3 lies 3 mm from the optic tract" elsewhere is about it)
            aliases = [c.text.strip() for c in named[1:] if pats["lesion_code_label"].fullmatch(c.text.strip())
                       and c.text.strip() != named[0].text.strip()]
        cell = named[0] if named else (cands[0] if cands else None)
        if cell is not None and chart and any(cells[i] is cell for i in loc_cols if i < len(cells)) and any(
                i < len(cells) and i not in loc_cols and pats["column_target"].search(heads[i]) and
                cells[i].text.strip() and _organ_subject(cells[i].text.strip(), chart, vocab) for i in name_cols):
            continue  # "Brainstem | pontine surface | ... | 16 Gy touches surface" under "Target | Location": the
            # row is named by its Location cell, and its Target cell names an organ at risk: where on that organ the
            # plan's dose was measured, no lesion
        if cell is None or pats["oar_row_name"].search(cell.text) or label_run(cell.text, vocab) or \
                pats["metric_row_name"].search(cell.text):
            continue  # an organ at risk's row (its PRV, its constraint) beside the targets; a run of labels; a
            # figure of a volume ("PTV D95", "PTV Dmax"): what the plan achieved, no target
        if not measured and not _names_a_target(cell.text, vocab):
            continue  # "1 | 10/11 | matched, approved" under "CBCT (both PTVs)": an image log, no lesion row
        row_start = min((c.start for c in cells if c.end > c.start), default=cell.start)
        row_end = max(c.end for c in cells)
        name = clean_name(cell.text, vocab) or cell.text.strip()
        place = _described_place(cells, cell, heads, vocab) if pats["id_only"].match(cell.text) else None
        if place is not None:  # "A | Right frontal resection cavity | ...": the lesion the label stands for
            name = f"{clean_name(place.text, vocab) or place.text.strip()} ({name})"
        elif pats["id_only"].match(name) and (inner := _bracketed_place(cell.text, vocab)):
            name = f"{inner} ({name})"  # "lesion 1 (L temporal)": the place its label stands for, as above
        # (a length alone in a distance column's cell is blanked in the row's words, offsets kept: "> 5 cm" under
        # "Distance to chiasm" is how far the lesion lies from the chiasm, never its size; its distance is read
        # below. "3 mm from left optic nerve" is read as a distance where it stands)
        words = " ".join(" " * len(c.text) if k in distance_cols and sizes_cm(c.text, vocab) else c.text
                         for k, c in enumerate(cells))
        d = Draft(name, cell.start, cell.end, words, row_start, spans=[(row_start, row_end)], untreated=untreated,
                  aliases=aliases)
        if place is None and _structure_id(cell.text, vocab):  # "PTV_1 (GTV_1 + 2 mm) | Left frontal resection
            # cavity": named by its structure still, described by its place
            described = _described_place(cells, cell, heads, vocab)
            d.described = described.text.strip() if described is not None else None
        d.cells = [(c.start, c.end) for c in [cell] + [cells[i] for i in dose_cols + fx_cols if i < len(cells)]
                   if c.end > c.start and c.text.strip()]
        totals = [i for i in dose_cols if pats["column_total"].search(heads[i]) and i not in given_cols]
        # a row with its total in a Total column beside an Rx or dose column ("PTV_T10 | 1200 cGy | 2 | 2400 cGy"):
        # the total is the lesion's dose; an empty Total cell leaves the other columns; a delivered column first
        order = [i for i in given_cols if i < len(cells) and cells[i].text.strip()]
        elsewhere = _off_isodose(cells, heads, dose_cols, iso_col, vocab)
        for i in order + totals + [i for i in dose_cols if i not in totals and i not in order] + per_fx:
            if i in elsewhere:
                continue  # "Dose at 50% (Gy)" on a row prescribed at its 100% isodose: a figure of the plan, no Rx
            if i < len(cells):
                given = fractionated_cell(cells[i].text, vocab) or \
                    fractionated_cell(_with_unit(cells[i].text, heads[i], vocab), vocab)
                if given is not None:  # "8 Gy x 5 = 40 Gy": its dose per fraction times its count; "24 / 2" under
                    d.dose_gy, d.fractions = given  # "Rx [Gy] / fx" (the unit in the title): 24 Gy in 2
                    break
                if i in per_fx:
                    continue  # (one number of a per-fraction column is no lesion's dose)
                m = vocab.patterns["dose"].search(cells[i].text)
                if m:
                    d.dose_gy = to_gy(m.group("dose"), m.group("unit"), vocab)
                    break
                num = re.match(rf"^\s*({_CELL_NUM})\s*$", cells[i].text)
                if num:
                    d.dose_gy = _bare_gy(num.group(1), cells, i, heads, vocab)
                    break
        for i in ([] if phase_cols else cum_cols):  # the running total to this row: what the lesion had by then
            # (a phase or stage row keeps its own dose: the phases are summed)
            m = vocab.patterns["dose"].search(cells[i].text) if i < len(cells) else None
            if m:
                d.dose_gy = to_gy(m.group("dose"), m.group("unit"), vocab)
                break
            # a bare number ("cGy | Cum": 600 | 1200) is in the unit its title, or else the dose column's, names
            unit_heads = [heads[i]] + [heads[j] for j in dose_cols if j != i]
            titled = next((h for h in unit_heads if vocab.patterns["head_unit"].search(h)), "")
            gy = _cell_gy(cells, i, [""] * i + [titled], vocab) if titled else None
            if gy is not None:
                d.dose_gy = gy
                break
        plan_gy, plan_fx = d.dose_gy, d.fractions
        given_fx = bool(order) and d.fractions is not None  # a delivered cell that writes its count ("30 Gy / 3 fx")
        for i in ([] if given_fx else fx_cols):
            if i < len(cells) and cells[i].text.strip():
                n = delivered_count(cells[i].text, heads[i], vocab)
                if n:
                    d.fractions = n
                    break
        if order or counted:  # a row with a delivered column: what its plan gave it, to tell the two apart
            plan = [i for i in dose_cols if i not in given_cols]
            plan_cell = cells[plan[0]].text if plan and plan[0] < len(cells) else ""
            got = fractionated_cell(plan_cell, vocab) if plan_cell else None
            plan_gy, plan_fx = got if got else (_cell_gy(cells, plan[0], heads, vocab) if plan else plan_gy, None)
            of_count = vocab.patterns["of_count_cell"]
            of = next((of_count.match(cells[i].text) for i in counted if i < len(cells) and
                       of_count.match(cells[i].text)), None)
            plan_fx = plan_fx or (int(of.group(2)) if of else None) or \
                next((delivered_count(cells[i].text, heads[i], vocab) for i in fx_cols
                      if i not in counted and i < len(cells) and cells[i].text.strip()), None)
            if not order and of and d.dose_gy is not None and d.fractions and plan_fx and d.fractions < plan_fx:
                # "50 Gy | 5 | 3 of 5": the plan's total for 5 fractions, 3 given: the dose of the 3
                d.dose_gy = round(d.dose_gy * d.fractions / plan_fx, 3)
            if (plan_gy is not None and d.dose_gy is not None and apart(plan_gy, d.dose_gy, SAME_GY)) or \
                    (plan_fx and d.fractions and plan_fx != d.fractions):
                d.planned = (plan_gy, plan_fx)
        if d.dose_gy is None and d.fractions and per_fx and not cum_cols and not dated:
            # a plan's "Dose / fx" beside its "Fractions" (each lesion its own count): the lesion's total is their
            # product, never the dose of one fraction
            gy = _cell_gy(cells, per_fx[0], heads, vocab)
            if gy is not None:
                d.dose_gy = round(gy * d.fractions, 3)
        for i in size_cols:
            if i < len(cells):
                size = cells[i].text
                cm = sizes_cm(size, vocab)
                if cm:
                    d.size_cm = cm[0][0]
                    break
                # a number, or a measurement's dimensions ("3.6 x 2.9 x 2.7"), in the unit its title names: the
                # largest dimension is the lesion's size
                num = re.match(rf"^\s*({_CELL_NUM})(?:\s*[x×]\s*({_CELL_NUM}))?(?:\s*[x×]\s*({_CELL_NUM}))?\s*$", size)
                if num:
                    v = max(float(x.replace(",", ".")) for x in num.groups() if x)
                    d.size_cm = v / 10.0 if "mm" in heads[i].lower() else v
                    break
        for i in distance_cols:  # "Chiasm dist (mm) | 4": the lesion's distance to the optic apparatus
            dist = cells[i].text if i < len(cells) else ""
            length = vocab.cell_unit("length")  # (in the case written: "mm", "cm")
            num = re.match(rf"^\s*[<≤~]?\s*({_CELL_NUM})\s*({length})?\s*$", dist)
            # "Nearest OAR | L optic nerve 4 mm": the cell names the structure, its length is the distance to it
            named = re.match(rf"^\s*(?P<s>[^\d\n]{{2,60}}?)[\s:=,-]*[<≤~]?\s*(?P<n>{_CELL_NUM})\s*(?P<u>{length})\s*$",
                             dist)
            if named and vocab.optic.search(named.group("s")):
                num = re.match(rf"(?P<n>{_CELL_NUM})\s*(?P<u>{length})", dist[named.start("n"):])
            elif not vocab.optic.search(heads[i]):
                num = None
            if num:
                unit = num.group(2) or ("cm" if re.search(r"\bcm\b", heads[i], re.I) else "mm")
                mm = float(num.group(1).replace(",", ".")) * (10.0 if unit.lower() == "cm" else 1.0)
                d.optic_mm = mm if d.optic_mm is None else min(d.optic_mm, mm)
        for i in volume_cols:  # "GTV vol (cc) | 26.3": the lesion's own volume; a PTV's holds its margin too
            volume = vocab.cell_unit("volume", "volume_superscript")
            got = re.match(rf"^\s*({_CELL_NUM})\s*(?:{volume})?\s*$", cells[i].text, re.I) \
                if i < len(cells) else None
            kind = _volume_kind(heads[i], vocab) or _volume_kind(cell.text, vocab)
            if got and kind in (None, "GTV"):
                d.volume_cc = float(got.group(1).replace(",", "."))
                break
        for i in phase_cols[:1]:
            if i < len(cells) and cells[i].text.strip() and not pats["total_row"].match(cells[i].text):
                d.phase = cells[i].text.strip()
                if d.fractions is None and pats["column_session_phase"].search(heads[i]) and phase_number(d.phase):
                    d.fractions = 1  # a stage of staged radiosurgery is one session
                if d.dose_gy is not None and not pats["fraction_not_delivered"].search(d.text):
                    d.phases = [(row_start, row_end, d.dose_gy, d.fractions)]  # (a cancelled phase adds nothing)
        for i in stage_dose[:1]:  # "Stage 1 dose | 15 Gy": the lesion's first stage, one session of the course
            if not phase_cols and d.dose_gy is not None and i < len(cells) and pats["dose"].search(cells[i].text):
                d.phase = f"{heads[i].strip()}"
                d.fractions = d.fractions or (1 if pats["column_session_phase"].search(heads[i]) else None)
                d.phases = [(row_start, row_end, d.dose_gy, d.fractions)]
        made = _components(d, cells, cell, vocab, _listed_doses(cells, dose_cols, heads, vocab))
        drafts.extend(made)
        maxima = [i for i, h in enumerate(heads) if column_role(h, vocab) == "maximum"]
        iso = [i for i, h in enumerate(heads) if pats["column_isodose"].search(h)]
        if maxima and iso:  # (the row's prescription, its maximum and its isodose line, to fill a lost Rx cell)
            top = _cell_gy(cells, maxima[0], heads, vocab)
            pct = _isodose_cell(cells, iso[0])
            if top is not None and pct is not None:
                if d.dose_gy is None and elsewhere:  # its only dose column at another isodose line: the maximum
                    for m in made:  # times the row's own isodose line (80 Gy at 100%, not the 40 Gy at 50%)
                        m.dose_gy = round(top * pct / 100.0, 3) if m.dose_gy is None else m.dose_gy
                triples.append((made, d.dose_gy, top, pct))
    _rx_from_maximum(triples)
    return drafts


def _per_fraction_by_values(heads: list[str], rows, dose_cols: list[int], fx_cols: list[int],
                            vocab: Vocabulary) -> list[int]:
    """The dose columns of a lesion table whose values are each fraction's dose, whatever their titles say (a record
    from abroad titles them in its own words: "ED (cGy) | Fx | GD (cGy)"): where another dose column's value is this
    one's times the row's fraction count on every row that writes all three, and on some row with more than one
    fraction; the product is the lesion's total."""
    out: list[int] = []
    for a in dose_cols:
        for b in dose_cols:
            if a == b or a in out or b in out:
                continue
            seen = 0
            for row in rows:
                cells = list(row)
                ga, gb = _cell_gy(cells, a, heads, vocab), _cell_gy(cells, b, heads, vocab)
                n = next((delivered_count(cells[f].text, heads[f], vocab) for f in fx_cols
                          if f < len(cells) and cells[f].text.strip()), None)
                if ga is None or gb is None or n is None:
                    continue
                if not ga or apart(ga * n, gb, SAME_SHARE * max(gb, 0.01)):
                    seen = -1
                    break
                seen += n > 1
            if seen > 0:
                out.append(a)
    return out


def _days_listed(rows, i: int) -> bool:
    """Every filled cell of column ``i`` lists several days ("11/09, 11/11, 11/13/2026"): a lesion's sessions."""
    cells = [r[i].text for r in rows if i < len(r) and r[i].text.strip()]
    return bool(cells) and all(len(_DAY_MONTH.findall(c)) >= 2 for c in cells)


def label_run(cell: str, vocab: Vocabulary) -> bool:
    """A cell naming a run of the series' labels ("M1-M8", "PTV1-3", "Lesions 1 to 4"; patterns label_run): the
    targets listed elsewhere, no target of its own. A run of vertebral levels ("T8-T10", "T12-L1") is one target."""
    m = vocab.patterns["label_run"].match(cell)
    if m is None or int(m.group("j")) <= int(m.group("i")):
        return False
    if m.group("b") and m.group("b").lower() != m.group("a").lower():
        return False
    return level_key(f"{m.group('a')}{m.group('i')}") not in LEVEL_ORDER


def _dose_cells(rows, i: int, heads: list[str], vocab: Vocabulary) -> bool:
    """Most filled cells of column ``i`` are doses: with a unit ("30 Gy", "30 Gy / 3 fx"), or bare numbers under a
    title that gives the unit ("Delivered (Gy)"); not "yes", "3 of 5" or a date."""
    cells = [r[i].text for r in rows if i < len(r) and r[i].text.strip()]
    unit = vocab.patterns["head_unit"].search(heads[i])
    of_count = vocab.patterns["of_count_cell"]
    good = [c for c in cells if (vocab.patterns["dose"].search(c) or fractionated_cell(c, vocab) or
                                 (unit and re.fullmatch(rf"\s*{_CELL_NUM}\s*", c))) and not of_count.match(c)]
    return bool(cells) and 2 * len(good) > len(cells)


def _count_cells(rows, i: int, vocab: Vocabulary) -> bool:
    """Some filled cell of column ``i`` counts fractions given of those planned ("3 of 5", "5/5"; patterns.yaml
    of_count_cell)."""
    of_count = vocab.patterns["of_count_cell"]
    return any(of_count.match(r[i].text) for r in rows if i < len(r) and r[i].text.strip())


def _with_unit(cell: str, head: str, vocab: Vocabulary) -> str:
    """A cell of bare numbers ("24 / 2") with the dose unit its column title gives ("Rx [Gy] / fx") written after
    its first number ("24 Gy / 2"), to read as the chart writes a dose; the cell itself when the title gives none."""
    unit = vocab.patterns["head_unit"].search(head)
    if unit is None:
        return cell
    times = re.fullmatch(rf"\s*({_CELL_NUM})\s*[x\u00d7]\s*({_CELL_NUM})\s*", cell, re.I)
    if times:  # "20 x 1" under "Rx (Gy x fx)", "5 x 7" under "fx x Gy": the unit goes with the number the title
        # puts it with, the one before its "x" or the one after it
        sign = re.search(r"\s[x\u00d7]\s", head, re.I)
        if sign is None:
            return cell
        k = 1 if unit.start() < sign.start() else 2
        return cell[:times.end(k)] + f" {unit.group('unit')}" + cell[times.end(k):]
    if not re.fullmatch(rf"\s*{_CELL_NUM}\s*/\s*\d{{1,2}}\s*", cell):
        return cell  # (only a cell of the pair itself: "3/3 1800" run together from two columns is none)
    return re.sub(rf"^\s*({_CELL_NUM})", lambda m: f"{m.group(1)} {unit.group('unit')}", cell, count=1)


def _row_days(text: str, vocab: Vocabulary) -> list[int]:
    """The full dates of a table row as day numbers (vocab.date_of: month first, or day first when month first
    is no date; a dotted date day first)."""
    return [day.toordinal() for day in vocab.dates_in(text)]


def delivered_count(cell: str, head: str, vocab: Vocabulary) -> int | None:
    """The fractions a Fractions cell says were given: "3" (a scan's "3." is 3), or of a "delivered/planned"
    pair ("5/5", "3 of 5") the delivered one, the first unless the column's title puts the plan first
    ("Fx planned/delivered"); None when the cell holds no count."""
    cell = vocab.patterns["footnote_marker"].sub("", cell.strip())  # "5ᶜ", "3*": the count, not its marker
    m = vocab.patterns["of_count_cell"].match(cell)
    if m:
        n = int(m.group(2) if vocab.patterns["planned_first_title"].search(head) else m.group(1))
    else:
        n = vocab.number(vocab.patterns["footnote_marker"].sub("", cell.split(" ")[0].rstrip(".,;:")))
    # a number no course has as its count ("1840 cGy" under a title that says "fx"): no count
    return n if n is not None and 1 <= n <= MAX_FRACTIONS else None


def fractionated_cell(text: str, vocab: Vocabulary) -> tuple[float, int] | None:
    """A dose cell that writes its fractionation ("8 Gy x 5 = 40 Gy", "5 x 7 Gy", "24 Gy/3", "30 Gy in 5 fx"):
    (total dose, fractions), as the chart's dose statements read them (its first number may be the dose per
    fraction, never the lesion's dose); None for a cell of one dose."""
    pats = vocab.patterns
    for kind in ("dose_in_fractions", "dose_slash_n", "n_times_dose", "dose_times_n"):
        m = pats[kind].search(text)
        if m is None:
            continue
        raw = m.group("n")
        n = 1 if raw.strip().lower() in ("a single", "a", "one", "single") else vocab.number(raw.strip().lower())
        if not n or not 1 <= n <= MAX_FRACTIONS:
            continue
        gy = to_gy(m.group("dose"), m.group("unit"), vocab)
        return (gy, n) if kind in ("dose_in_fractions", "dose_slash_n") else (round(gy * n, 3), n)
    return None


def _described_place(cells, label, heads: list[str], vocab: Vocabulary):
    """The cell of a row named by a bare label ("A", "2") that describes where its lesion is (a Description
    or Comment column: "Right frontal resection cavity"): the first other cell naming a specific place with no
    quantity in it; None when no cell does."""
    pats = vocab.patterns
    for i, c in enumerate(cells):
        title = heads[i] if i < len(heads) else ""
        if c is label or not c.text.strip() or re.search(r"\d", c.text) or \
                pats["column_dose"].search(title) or pats["column_fractions"].search(title):
            continue
        if _specific_place(c.text, vocab):
            return c
    return None


def _bracketed_place(text: str, vocab: Vocabulary) -> str | None:
    """The place a bare label's cell writes in brackets after it ("lesion 1 (L temporal)"), no quantity in it; None
    when the brackets hold none."""
    inner = re.search(r"\(([^()]+)\)", text)
    if inner is None or re.search(r"\d", inner.group(1)) or not _specific_place(inner.group(1), vocab):
        return None
    return inner.group(1).strip()


def _cell_gy(cells, i: int, heads: list[str], vocab: Vocabulary) -> float | None:
    """The dose in cell ``i`` of a row (with its unit, or a bare number in the column title's unit; a date the
    layout ran into the cell from the next column, "1500 10/08/2026" under "Cum (cGy) Date", is not its)."""
    if i >= len(cells):
        return None
    m = vocab.patterns["dose"].search(cells[i].text)
    if m:
        return to_gy(m.group("dose"), m.group("unit"), vocab)
    num = re.match(rf"^\s*({_CELL_NUM})\s*$", vocab.numeric_date.sub(" ", cells[i].text))
    return to_gy(num.group(1), _bare_unit(cells, i, heads, vocab), vocab) if num else None


def _bare_unit(cells, i: int, heads: list[str], vocab: Vocabulary) -> str:
    """The dose unit of the bare number in cell ``i``: the unit written alone in the next cell, under no title of
    its own ("Dose" over "2000 | cGy", the title spanning both), else the one its column title names."""
    beside = cells[i + 1].text if i + 1 < len(cells) else ""
    untitled = i + 1 >= len(heads) or not heads[i + 1].strip()
    if untitled and beside.strip() and vocab.roles.unit_gy(beside) is not None:
        return beside.strip()
    return head_unit(heads[i], vocab)


def _bare_gy(number: str, cells, i: int, heads: list[str], vocab: Vocabulary) -> float:
    """The dose of a bare number in cell ``i``, in the unit :func:`_bare_unit` finds; where nothing names a unit
    (the "Gy" assumed) and the number is larger than any course's total in Gy (quantity_roles ``bare_cgy_above``:
    "1400" under "Dose"), in cGy: no such dose passes as Gy."""
    unit = _bare_unit(cells, i, heads, vocab)
    gy = to_gy(number, unit, vocab)
    named = vocab.patterns["head_unit"].search(heads[i]) if i < len(heads) else None
    bound = vocab.roles.bare_cgy_above
    if named is None and unit == "Gy" and bound is not None and gy > bound:
        return to_gy(number, "cGy", vocab)
    return gy


def _isodose_cell(cells, i: int) -> float | None:
    """The isodose line (percent) written in cell ``i`` of a row ("50", "80 %"), else None."""
    m = re.match(r"^\s*(\d{2,3}(?:\.\d+)?)\s*%?\s*$", cells[i].text) if i < len(cells) else None
    return float(m.group(1)) if m else None


def _isodose_column(heads: list[str], dose_cols: list[int], vocab: Vocabulary) -> int | None:
    """The first column titled as the isodose line (patterns ``column_isodose``) that is no dose column, else None."""
    rx = vocab.patterns["column_isodose"]
    return next((i for i, h in enumerate(heads) if rx.search(h) and i not in dose_cols), None)


def _off_isodose(cells, heads: list[str], dose_cols: list[int], iso: int | None, vocab: Vocabulary) -> set[int]:
    """The dose columns of a radiosurgery row whose titles give the dose at an isodose line ("Dose at 50% (Gy)",
    patterns ``column_dose_at_isodose``) other than the one its Isodose column ``iso`` (:func:`_isodose_column`)
    prescribes it to ("100"): the plan's dose at that line, not the row's prescription."""
    pct = _isodose_cell(cells, iso) if iso is not None else None
    if pct is None:
        return set()
    out = set()
    for i in dose_cols:
        m = vocab.patterns["column_dose_at_isodose"].search(heads[i])
        if m and apart(float(m.group("pct")), pct, SAME_PERCENT):
            out.add(i)
    return out


def _rx_from_maximum(rows: list[tuple[list[Draft], float | None, float, float]]) -> None:
    """A row of a radiosurgery table whose prescription cell is empty (lost to a scan) while its Max and Isodose
    cells are read ("T3 | | 14 mm | | 50% | 36 Gy"): its prescription is the maximum times the isodose line, as it
    is on every other row of the table that gives all three (at least one, and none that disagrees)."""
    full = [(rx, top, pct) for _, rx, top, pct in rows if rx is not None]
    if not full or any(apart(rx, top * pct / 100.0, ISODOSE_LEVEL_GY) for rx, top, pct in full):
        return
    for made, rx, top, pct in rows:
        if rx is None:
            for d in made:
                if d.dose_gy is None:
                    d.dose_gy = round(top * pct / 100.0, 3)


def _names_a_target(text: str, vocab: Vocabulary) -> bool:
    """A cell that can name a lesion: a place, a structure, a lesion noun, a label or a vertebral level."""
    return bool(site_of(text, vocab) or structure_volume(vocab).search(text) or vocab.lesion_noun.search(text) or
                _LABEL_WORD.search(text) or vertebral_levels(text, vocab))


def phase_number(label: str | None) -> str | None:
    """The number of a phase label ("2 (boost)" -> "2", "Stage 1" -> "1", "II" -> "II"), else None."""
    if not label:
        return None
    m = re.search(r"\b(\d{1,2}|[IV]{1,4})\b", label)
    return m.group(1) if m else None


def add_phase(kept: Draft, other: Draft) -> bool:
    """Sum another phase of the same lesion into ``kept`` (its dose, its fractions when both phases state
    them) when both are rows of phase or stage tables with different phase numbers and a dose; False
    when they are no two phases (the same phase written twice, a row without a phase, no dose)."""
    a, b = phase_number(kept.phase), phase_number(other.phase)
    if a is None or b is None or not kept.phases or not other.phases:
        return False
    numbers = {phase_number(kept.phase)} | {phase_number(p) for p in kept.phase.split("+")}
    if b in numbers:
        return False
    kept.phases.extend(other.phases)
    kept.phase = f"{kept.phase}+{b}"
    kept.dose_gy = round(sum(p[2] for p in kept.phases), 3)
    fx = [p[3] for p in kept.phases]
    kept.fractions = sum(f for f in fx if f is not None) if all(f is not None for f in fx) else None
    kept.dose = None
    kept.spans.extend(other.spans)
    return True


def _phase_total(heads: list[str], rows, vocab: Vocabulary):
    """The rows of a phase table ("Phase | Target | Dose"): its total row when it has one (the phases of
    one target summed, "Total | seg 7 HCC | 5 | 50 Gy", "Course | Prostate | 28 | 66 Gy"), else every row."""
    if not any(vocab.patterns["column_phase"].search(h) for h in heads):
        return rows
    pats = vocab.patterns
    totals = [r for r in rows if r and (pats["total_row"].match(r[0].text) or pats["phase_total_row"].match(r[0].text))]
    return totals if len(totals) == 1 else rows


def _same_volume(drafts: list[Draft], vocab: Vocabulary) -> list[Draft]:
    """Rows of one table that name one lesion: the same structure name repeated (a plan or isocenter
    per row), or its GTV and PTV rows (GTV2_Lcbm / PTV2_Lcbm), or volume kinds named by their kind alone ("ITV"
    and "PTV" rows of a dose-volume table: the one target's internal and planning volumes, nothing to tell two
    targets apart). The row with a dose is kept."""
    out: list[Draft] = []
    keys: list[str] = []
    for d in drafts:
        key = volume_key(d.name, vocab) or ("*" if bare_volume(vocab).fullmatch(d.name.strip()) else "")
        k = keys.index(key) if key and key in keys else -1
        if k < 0:
            out.append(d)
            keys.append(key)
            continue
        kept = out[k]
        if vocab.numeric_date.search(kept.text) and vocab.numeric_date.search(d.text):
            out.append(d)  # dated rows of a treatment record: the lesion's sessions, counted as such later
            keys.append("")
            continue
        if add_phase(kept, d):
            continue
        if kept.dose_gy is None and d.dose_gy is not None:
            d.spans = kept.spans + d.spans
            out[k] = d
        else:
            kept.spans.extend(d.spans)
    return out


def _nested(drafts: list[Draft], vocab: Vocabulary) -> list[Draft]:
    """A row whose volume lies inside another row's structure ("PTV_40 | SIB (inside PTV_33) | 4000"), or that
    names the same place as another row and calls itself a dose level ("Pancreatic head - PTV_25 (elective)"
    below "Pancreatic head - PTV_33"), or whose name is a lower dose level's label ("PTV_LOW" below "PTV_PANC",
    patterns dose_level_label) with a lower dose in as many fractions as the table's one other target, or that is one
    of two rows in the same fractions, one of them called a simultaneous integrated boost, is a dose level of that
    lesion: its words join the lesion, whose own row keeps the dose of record (the boost's, the higher)."""
    out = list(drafts)
    level = vocab.patterns["dose_level"]
    label = vocab.patterns["dose_level_label"]
    for d in drafts:
        if d.dose_gy is None or not label.search(d.name.strip()):
            continue
        above = [k for k in out if k is not d and not label.search(k.name.strip()) and k.dose_gy is not None and
                 k.dose_gy > d.dose_gy and k.fractions == d.fractions]
        if len(above) == 1 and len(out) == 2:  # (two targets and a level: whose level it is, the chart must say)
            above[0].spans.extend(d.spans)
            out.remove(d)
    for d in drafts:
        place = same_places(d.name, vocab)
        if not any(w not in vocab.laterality for w in place) or not level.search(d.text):
            continue
        k = next((k for k in out if k is not d and not level.search(k.text) and same_places(k.name, vocab) == place),
                 None)
        if k is not None:
            k.spans.extend(d.spans)
            out.remove(d)
    for d in [d for d in drafts if d in out]:
        for k in drafts:
            name = k.name.strip()
            if k is d or k not in out or " " in name or not structure_volume(vocab).match(name):
                continue
            m = re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", d.text, re.I)
            if m and vocab.patterns["nested_volume"].search(d.text[:m.start()]):
                k.spans.extend(d.spans)
                out.remove(d)
                if _boost_above(d, k, vocab):  # "PTV_40 | GTV boost inside PTV_33 | 4000": the boost's dose, as
                    # for a row that calls itself the SIB (below), unless PTV_33 is the prescription of record
                    k.dose, k.dose_gy = d.dose, d.dose_gy
                break
    boost = vocab.patterns["integrated_boost"]
    for d in [d for d in drafts if d in out]:  # a table of two rows, one of them a simultaneous integrated boost
        # ("PTV_3300 (tumor-vessel interface, SIB)" over "PTV_2500"), neither said to lie inside the other (above):
        # two dose levels of one target in the same fractions; the higher level's row keeps the dose of record
        other = [k for k in out if k is not d]
        if len(out) != 2 or d.dose_gy is None or not boost.search(d.text) or other[0].dose_gy is None or \
                other[0].fractions != d.fractions or other[0].dose_gy == d.dose_gy:
            continue
        high, low = (d, other[0]) if d.dose_gy > other[0].dose_gy else (other[0], d)
        high.spans.extend(low.spans)
        out.remove(low)
        break
    # the table's one prescribed volume is a planning volume, and its other rows are gross, clinical or internal
    # volumes with no prescription of their own ("PTV_3300 | 33.0" over "GTV_Panc | --"): the PTV is that volume
    # with its margin, one lesion
    dosed = [k for k in out if k.dose_gy is not None]
    inner_rx = cached_rx(rf"(?:{vocab.inner_volume_kind})(?![A-Za-z])")
    inner = [k for k in out if k.dose_gy is None and inner_rx.match(k.name.strip())]
    planning = cached_rx(rf"(?:{vocab.planning_volume_kind})(?![A-Za-z])")
    if len(dosed) == 1 and planning.match(dosed[0].name.strip()) and inner and \
            len(dosed) + len(inner) == len(out):
        for d in inner:
            dosed[0].spans.extend(d.spans)
            out.remove(d)
    return out


def _boost_above(d: Draft, k: Draft, vocab: Vocabulary) -> bool:
    """The row ``d``, a volume inside ``k``'s structure, calls itself a boost (or an integrated boost) of a higher
    dose in the same fractions, and ``k``'s row does not name its own level the prescription of record
    (patterns prescription_of_record): the target's dose of record is the boost's, its highest level."""
    if d.dose_gy is None or k.dose_gy is None or d.dose_gy <= k.dose_gy or d.fractions != k.fractions:
        return False
    pats = vocab.patterns
    if not (pats["integrated_boost"].search(d.text) or pats["boost_row"].search(d.text)):
        return False
    return not pats["prescription_of_record"].search(k.text) or bool(pats["prescription_of_record"].search(d.text))


def volume_key(name: str, vocab: Vocabulary) -> str:
    """A structure name without its volume type ("PTV2_Lcbm", "GTV2_Lcbm" -> "2_lcbm"); "" for other names."""
    if not structure_volume(vocab).match(name.strip()):
        return ""
    return cached_rx(rf"^\s*(?:{vocab.volume_kind})").sub("", name).strip(" _-").lower()


def structure_volume(vocab: Vocabulary) -> re.Pattern[str]:
    """A structure name of a target volume: a volume kind (anatomy.yaml volume_kinds) and what is written joined to
    it ("PTV_LtOcc", "GTV2", "IGTV-RUL")."""
    return cached_rx(rf"(?<![A-Za-z])(?:{vocab.volume_kind})[\w-]*")


def bare_volume(vocab: Vocabulary) -> re.Pattern[str]:
    """A volume named by its kind alone ("ITV", "PTV" as a dose-volume table's row)."""
    return cached_rx(rf"(?:{vocab.volume_kind})")


def _absorb_row(drafts: list[Draft], k: int, cells) -> None:
    if k < len(drafts):
        drafts[k].spans.append((min(c.start for c in cells), max(c.end for c in cells)))


def _listed_doses(cells, dose_cols: list[int], heads: list[str], vocab: Vocabulary) -> list[float]:
    """The doses a row's dose cell lists one after another, in Gy ("24 / 20 / 18 / 9 Gy", "2200, 1800 cGy", bare
    numbers under "Dose (cGy)"): one dose for each target its name cell lists, in the same order; [] for a cell of
    one dose or of a dose with its count ("24 / 3", "8 Gy x 5")."""
    for i in dose_cols:
        if i >= len(cells):
            continue
        text = cells[i].text
        m = cached_rx(rf"\s*({_CELL_NUM}(?:\s*[/,;]\s*{_CELL_NUM})+)\s*(?P<unit>{vocab.roles.unit_forms})?\s*",
                      re.I).fullmatch(text)
        if m is None:
            continue
        unit = m.group("unit") or next((u.group("unit") for u in [vocab.patterns["head_unit"].search(heads[i])]
                                        if u is not None), None)
        numbers = re.split(r"\s*[/,;]\s*", m.group(1))
        if unit is None or len(numbers) < 3 and fractionated_cell(_with_unit(text, heads[i], vocab), vocab):
            continue
        return [to_gy(n.replace(",", "."), unit, vocab) for n in numbers]
    return []


def _components(d: Draft, cells, name_cell, vocab: Vocabulary, doses: list[float] = ()) -> list[Draft]:
    """A row whose planning volume covers several named lesions ("PTV_comb | GTV1 + GTV2 | 27 Gy") is one
    draft per lesion, each with the row's dose and fractions: two lesions in one PTV are two lesions. A dose cell
    that lists as many doses as the row lists targets ("PTV1, PTV2, PTV3 | 24 / 20 / 18 Gy", a session's row of a
    log) gives each target its own, in order (:func:`_listed_doses`)."""
    def own(k: int, n: int) -> float | None:
        return doses[k] if len(doses) == n else d.dose_gy

    for c in [name_cell] + [c for c in cells if c is not name_cell]:
        m, part_rx = vocab.patterns["combined_volumes"].search(c.text), vocab.patterns["combined_volume"]
        if not m:
            m, part_rx = vocab.patterns["combined_targets"].search(c.text), vocab.patterns["combined_part"]
        if not m:
            continue
        parts = [(c.start + m.start() + p.start(), p.group(0).strip(" _#-")) for p in part_rx.finditer(m.group(0))]
        if len(parts) < 2:
            continue
        if _one_level(parts, vocab):
            return [d]
        prefix = re.match(r"[A-Za-z]+", parts[0][1])
        out = []
        for k, (start, part) in enumerate(parts):
            name = part if not part[:1].isdigit() or prefix is None else prefix.group(0) + part
            out.append(Draft(name, start, start + len(part), d.text, d.text_start, dose_gy=own(k, len(parts)),
                             fractions=d.fractions, spans=list(d.spans)))
        return out
    places = _listed_places(name_cell.text, vocab)
    if places:  # "R temporal, L frontal | 21 Gy each": one session's row for each place it lists
        return [Draft(clean_name(part, vocab) or part, name_cell.start + at, name_cell.start + at + len(part), d.text,
                      d.text_start, dose_gy=own(k, len(places)), fractions=d.fractions, spans=list(d.spans))
                for k, (at, part) in enumerate(places)]
    return [d]


def _one_level(parts: list[tuple[int, str]], vocab: Vocabulary) -> bool:
    """Whether the volumes one planning volume combines are parts of one lesion at one vertebral level, told apart
    by their tissue only ("GTV_T11_bone + GTV_T11_paraspinal" in PTV_T11): the same level in each, no number of its
    own beside it."""
    levels = [frozenset(v.upper() for v in vertebral_levels(plain_words(part, vocab), vocab)) for _, part in parts]
    if not levels[0] or any(lv != levels[0] for lv in levels):
        return False
    rest = [re.sub(r"(?<![A-Za-z])(?:Th|[CTLS])\d{1,2}(?!\d)", " ", part) for _, part in parts]
    return not any(re.search(r"\d", r) for r in rest)


def _listed_places(cell: str, vocab: Vocabulary) -> list[tuple[int, str]]:
    """The places a name cell lists, each a short place name with its own side ("R temporal, L frontal"): (offset,
    words) of each, or [] when any part is no place (a name with its size, "left frontal, 2.1 cm"), names no side
    (one lesion's finer place: "R frontal, sup. frontal g", "R vestibular schwannoma, CPA") or names the same
    place as another part."""
    parts, at = [], 0
    for m in list(vocab.patterns["place_list_separator"].finditer(cell)) + [None]:
        end = m.start() if m is not None else len(cell)
        raw = cell[at:end]
        parts.append((at + len(raw) - len(raw.lstrip()), raw.strip()))
        at = m.end() if m is not None else at
    if len(parts) < 2:
        return []
    seen: list[frozenset[str]] = []
    for _, part in parts:
        place = same_places(part, vocab)
        if not part or len(part.split()) > 4 or re.search(r"\d", part) or site_of(part, vocab) is None or \
                not any(w not in vocab.laterality for w in place) or \
                not {vocab.side_abbreviations.get(w, w) for w in place} & {"left", "right"} \
                or place in seen:
            return []
        seen.append(place)
    return parts


def _label_value(label: str, vocab: Vocabulary) -> int | None:
    """A series label's place in the series: "3" and "three" -> 3, "C" -> 3."""
    if len(label) == 1 and label.isalpha():
        return ord(label.upper()) - ord("A") + 1
    return vocab.number(label)


def _group_labels(ids: str, vocab: Vocabulary) -> list[str]:
    """The labels a group item names: "A, B, C" -> A, B, C; "one through three" -> 1, 2, 3; "A-C" -> A, B, C."""
    parts = vocab.patterns["label_range"].split(ids.strip())
    if len(parts) == 2:
        a, b = (_label_value(x, vocab) for x in parts)
        if a is None or b is None or not a < b <= a + 9:
            return []
        letters = parts[0].strip().isalpha() and len(parts[0].strip()) == 1
        return [chr(ord("A") + k - 1) if letters else str(k) for k in range(a, b + 1)]
    out = []
    for x in re.split(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*", ids.strip()):
        n = None if len(x) == 1 and x.isalpha() else vocab.number(x)
        out.append(str(n) if n is not None else x.upper())
    return out


def _group_places(text: str, s: int, e: int, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The places a group item lists after its labels, in order, up to its dose ("(R frontal 1.6 cm, L frontal 0.9
    cm, R parietal 1.2 cm): 2200 cGy each", ", the right frontal, left frontal and right parietal, received ..."):
    the (start, end) of each part that names a specific place, its size left out."""
    dose = vocab.patterns["dose"].search(text, s, e)
    stop = dose.start() if dose else e
    out = []
    at = s
    for m in list(re.finditer(r"[,;()]|\band\b|:", text[s:stop])) + [None]:
        end = s + m.start() if m is not None else stop
        part = text[at:end]
        words = re.split(r"\s+\d", part, maxsplit=1)[0]  # "R frontal 1.6 cm": its place, not its size
        words = re.sub(r"^\s*(?:the\s+)?", "", words, flags=re.I).rstrip()
        if words and len(words.split()) <= 4 and _specific_place(words, vocab):
            a = at + part.find(words)
            out.append((a, a + len(words)))
        at = s + m.end() if m is not None else stop
    return out


def _enumerations(text: str, vocab: Vocabulary) -> list[tuple["re.Match[str]", list[str]]]:
    """The items of lesions named by their labels, in order, each with the labels it names: "Lesion 1: ...", a group
    ("Lesions A, B, C (...): 2200 cGy each"), and the next label after "and" in the line of the one before it."""
    found = [(m, [m.group("id")]) for m in vocab.patterns["enumerated_lesion"].finditer(text)]
    taken = [(m.start(), m.end()) for m, _ in found]
    for m in vocab.patterns["enumerated_group"].finditer(text):
        labels = _group_labels(m.group("ids"), vocab)
        if len(labels) >= 2 and not any(a < m.end() and m.start() < b for a, b in taken):
            found.append((m, labels))
    found.sort(key=lambda f: f[0].start())
    for m in vocab.patterns["enumerated_next"].finditer(text):
        before = [f for f in found if f[0].end() <= m.start() and
                  "\n" not in text[f[0].start():m.start()].strip("\n")]
        value = _label_value(m.group("id"), vocab)
        if before and value is not None and _label_value(before[-1][1][-1], vocab) == value - 1 and \
                before[-1][0].group("noun")[:3].lower() == m.group("noun")[:3].lower():
            found.append((m, [m.group("id")]))
            found.sort(key=lambda f: f[0].start())
    return found


def listed_lesions(text: str, ctx: TextContext, vocab: Vocabulary) -> list[Draft]:
    """"Lesion 1: ...", "Target B - ..." items (several labels in one: "Lesions A, B, C (R frontal, L frontal, R
    parietal): 2200 cGy each"), and numbered/bulleted lines that describe a lesion."""
    drafts: list[Draft] = []
    enum = _enumerations(text, vocab)
    for i, (m, labels) in enumerate(enum):
        end = line_around(text, m.end())[1]
        if i + 1 < len(enum):
            end = min(end, enum[i + 1][0].start())
        item = text[m.end():end]
        if not ctx.counts(m.start("noun"), m.end()) or vocab.patterns["template_residue"].match(item):
            continue  # (an unfilled template row: "Lesion 2: ***")
        if len(labels) > 1:  # a group: each label its place, in order, and the dose they share
            places = _group_places(text, m.end(), end, vocab)
            noun = m.group("noun").rstrip("sS").title()
            if len(places) != len(labels):
                places = []
            shared = places[-1][1] if places else m.end()
            for k, label in enumerate(labels):
                if places:
                    a, b = places[k]
                    name = f"{text[a:b]} ({noun.lower()} {label})"
                    own = (a, places[k + 1][0] if k + 1 < len(places) else shared)
                else:
                    a, b, name, own = m.start("noun"), m.end("ids"), f"{noun} {label}", (m.start("noun"), m.end())
                drafts.append(Draft(name, a, b, text[own[0]:own[1]], own[0], spans=[own, (shared, end)]))
            continue
        raw = item.strip()
        name = clean_name(raw, vocab) or f"{m.group('noun').title()} {m.group('id')}"
        start = m.end() + (len(item) - len(item.lstrip()))
        drafts.append(Draft(name, start, start + len(name), item, m.end(), spans=[(m.start("noun"), end)]))
    if drafts:
        return drafts
    for key in ("numbered_item", "bullet_item"):
        items = [d for m in vocab.patterns[key].finditer(text)
                 for d in _lesion_items(text, m.start("item"), m.end("item"), ctx, vocab)]
        if len(items) >= 2:
            return items
    runs = [[d for s, e in run for d in _lesion_items(text, s, e, ctx, vocab)]
            for run in inline_items(text, vocab)]
    best = max(runs, key=len, default=[])  # (the same list written again elsewhere is the same lesions)
    return best if len(best) >= 2 else []


def _lesion_items(text: str, s: int, e: int, ctx: TextContext, vocab: Vocabulary) -> list[Draft]:
    """The lesions of one list item: the members of a count the item names in its parenthesis and gives one dose
    ("The remaining three (left frontal 12 mm, right parietal 7 mm, left occipital 5 mm): 20 Gy each", "both
    lesions (R frontal, L parietal) 18 Gy"), each a lesion of its own with its own words and the dose they share;
    else the item's one lesion (:func:`_lesion_item`), or none."""
    one = _lesion_item(text, s, e, ctx, vocab)
    m = vocab.patterns["counted_item"].match(text, s, e)
    if one is None or m is None:
        return [one] if one is not None else []
    word = m.group("n").lower()
    n = 2 if word == "both" else vocab.number(word)
    noun = m.group("noun").strip()
    if not n or n < 2 or (noun and not vocab.lesion_noun.search(noun)):
        return [one]
    names = count_members(text, m.end(), vocab)
    close = text.find(")", m.end(), e)
    if len(names) != n or close < 0 or not all(_specific_place(x, vocab) for x in names):
        return [one]
    out, at = [], m.end()
    for raw in names:
        a = text.find(raw, at, close)
        if a < 0:
            return [one]
        name = vocab.patterns["member_size"].sub("", raw).strip() or raw
        out.append(Draft(name, a, a + len(name), text[a:a + len(raw)] + " " + text[close + 1:e], a,
                         spans=[(a, a + len(raw)), (close + 1, e)]))
        at = a + len(raw)
    return out


def _lesion_item(text: str, s: int, e: int, ctx: TextContext, vocab: Vocabulary) -> Draft | None:
    """A list item that describes a treated lesion: a place or a lesion noun, and a dose that is no maximum,
    metric or organ's dose (an organ's maximum written in the item before the lesion's own dose, "Right orbital
    apex, 2 mm from the optic nerve (optic nerve Dmax 8.9 Gy): 14 Gy", leaves the lesion's); None for another item
    (a medication, a study, an earlier treatment)."""
    item = text[s:e]
    has_place = site_of(item, vocab) is not None or vocab.lesion_noun.search(item)
    has_value = any(cue_role(item, dose.start(), vocab, text) not in vocab.roles.not_target and
                    labelled_role(text, s + dose.start(), vocab, text) not in vocab.roles.not_target  # "Max doses:"
                    for dose in vocab.patterns["dose"].finditer(item))
    if not (has_place and has_value and ctx.counts(s, e)) or vocab.patterns["not_a_lesion_item"].search(item):
        return None
    name = clean_name(item, vocab)
    return Draft(name, s, s + len(name), item, s, spans=[(s, e)])


_ITEM_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])\.(?=\s|$)|\n")  # a full stop (not "Dr." nor "2.6") or the line's end


def inline_items(text: str, vocab: Vocabulary) -> list[list[tuple[int, int]]]:
    """Numbered lists run into a paragraph ("The targets were: 1. right cerebellar metastasis, 18 Gy; 2. left
    frontal metastasis, 20 Gy; 3. ..."): the (start, end) of every item of each run numbered 1, 2, 3 ... within one
    line, at least two items. An item runs to the next number; the last one to its full stop."""
    runs: list[list[tuple[int, int]]] = []
    run: list["re.Match[str]"] = []

    def close() -> None:
        if len(run) >= 2:
            items = [(a.end(), b.start()) for a, b in zip(run, run[1:])]
            stop = _ITEM_END.search(text, run[-1].end())
            items.append((run[-1].end(), stop.start() if stop else len(text)))
            runs.append([(a, b - (len(text[a:b]) - len(text[a:b].rstrip(" \t;,")))) for a, b in items])

    def number(m: "re.Match[str]") -> int:
        return int(m.group("id")) if m.group("id") else (vocab.number(m.group("word")) or 0)

    for m in vocab.patterns["inline_item_number"].finditer(text):
        n = number(m)
        if run and n == number(run[-1]) + 1 and "\n" not in text[run[-1].end():m.start()]:
            run.append(m)
            continue
        close()
        run = [m] if n == 1 else []
    close()
    return runs


def _clause_cut(left: str, at: int) -> int:
    """Where the clause that ends at ``at`` starts in ``left`` (the text before it, dot leaders blanked): after the
    last ";", line break, tab, bullet, "|" (the end of a pipe-delimited row's cell) or full stop."""
    return max([left.rfind(c) for c in ";\n\t•|"] + [m.start() for m in _FULL_STOP.finditer(left, max(0, at - 200))])


def _said_again(before: str, dose: str, vocab: Vocabulary) -> bool:
    """Whether the sentence ending ``before`` ends on the number the dose ``dose`` starts with, among its last two
    words ("... received twenty great." before "Twenty gray."): the dose says that number again."""
    said = re.match(r"[\w.]+", dose)
    n = vocab.number(said.group(0)) if said else None
    words = re.findall(r"[\w.]+", before[-40:])[-2:]
    return n is not None and any(vocab.number(w.rstrip(".")) == n for w in words)


def named_dose_lesions(text: str, doses: list[DoseStatement], vocab: Vocabulary, unplaced: bool = False,
                       taken_back: tuple[tuple[int, int], ...] = ()) -> list[Draft]:
    """"T4 27 Gy in 3 fractions; T8 27 Gy in 3 fractions": one lesion per distinct named dose. With
    ``unplaced``, also a lesion its clause names by a noun of its own and no place ("the parietal lesion received
    20 Gy and the satellite 18 Gy"; not a bare "the lesions" or "the target"). A dictated self-correction's
    taken-back words (``taken_back``, recorded when the text was normalised: "The left parietal, correction, left
    occipital lesion ...") add nothing to a clause's length, as a blanked aside adds nothing; a printout's column
    gaps still count."""
    drafts, parts = respective_lesions(text, doses, vocab)  # "X, Y and Z received a, b and c Gy respectively"
    paired = bool(drafts)
    previous_end = 0
    cuts = _DOT_LEADER.sub(lambda m: " " * len(m.group(0)), text)  # "Left cerebellar met ..... 18 Gy": one line
    # a reason's aside ("X, because of its size and the prior whole brain dose, received 18 Gy") names no target:
    # blanked (offsets kept) for the clause's words and left out of its length
    asides = [m.span() for m in vocab.patterns["reason_aside"].finditer(text)]
    for d in doses:  # ... and a parenthesis between a target's name and its dose that says what the target is ("T11
        # (bone and paraspinal component, one target) 16 Gy"), no dose of its own in it
        lo = max(0, d.start - 90)
        par = re.search(r"\([^()\n]{1,80}\)\s*$", text[lo:d.start])
        opened = lo + par.start() if par else 0
        if par and not vocab.patterns["dose"].search(par.group(0)) and \
                re.search(r"\w\s*$", text[max(0, opened - 20):opened]):
            asides.append((opened, lo + par.end()))
    plain = text
    for a, b in asides:
        plain = plain[:a + 1] + " " * (b - a - 2) + plain[b - 1:]
    unsaid = asides + list(taken_back)  # what adds nothing to a clause's length
    abbreviations = abbreviation_places(text, vocab)
    for d in doses:
        parts |= _addends(text, d, doses)  # "11.6 Gy (C1 2.7 Gy + C2 8.9 Gy)": the sum's terms name no lesion
        if d.kind == "dose_per_fraction" and previous_end and (
                re.fullmatch(r"\s*\(\s*", text[previous_end:d.start]) or
                vocab.patterns["each_fraction_link"].match(text[previous_end:d.start])):
            # the regimen's own words: "PTV_A 35 Gy/5 fx (7 Gy/fx), PTV_B ..." (its breakdown in its parenthesis),
            # "27 Gy in 3 fractions of 9 Gy, ... and the S1 lesion ...": the next target's clause starts after them
            closed = re.match(r"\s*\)", text[d.end:d.end + 5])
            previous_end = d.end + (closed.end() if closed else 0)
        if not d.counts or d.kind in ("dose_per_fraction", "fraction_table") or d.start in parts:
            continue
        left = cuts[:d.start]
        cut = _clause_cut(left, d.start)
        if cut >= 0 and left[cut] == "." and not left[cut + 1:].strip() and \
                re.match(r"[^\S\n]*(?:\.|$)", text[d.end:], re.M) and \
                _said_again(left[:cut], text[d.start:d.end], vocab):
            # a dose said again as a sentence of its own after the one that names its target and ends on its number
            # ("The right cerebellar lesion ... received eighteen, correction, twenty great. Twenty gray."): that
            # sentence's clause
            cut = _clause_cut(left[:cut], cut)
        colon = left.rfind(":")
        # a clause never reaches back over another dose ("T10 30 Gy / 5 fx, L1 30 Gy ...")
        clause_start = max(cut + 1, colon + 1, previous_end)
        if colon > cut and colon >= previous_end and not text[colon + 1:d.start].strip():
            clause_start = max(cut + 1, previous_end)  # "Left occipital metastasis: 20 Gy": the label names it
        subject = None
        for subject in vocab.patterns["clause_subject"].finditer(text, clause_start, d.start):
            pass
        if subject is not None:  # "... we chose 27 Gy": the clause naming the target starts after its verb
            clause_start = subject.end()
        previous_end = d.end
        opened = re.search(r"\(\s*$", text[clause_start:d.start])
        closed = re.match(r"\s*\)", text[d.end:d.end + 5])
        run = _last_place(text[clause_start:clause_start + opened.start()], vocab) if opened and closed else None
        if run and opened and closed and not text[clause_start + run[1]:clause_start + opened.start()].strip():
            # "the left frontal (20 Gy), right parietal (18 Gy) and left cerebellar (16 Gy) metastases": the place
            # right before the parenthesis, with the lesion noun its list shares
            s, e = clause_start + run[0], clause_start + run[1]
            close = d.end + closed.end()
            noun = _shared_noun(text, close, vocab)
            drafts.append(Draft(f"{text[s:e]} {noun}" if noun else text[s:e], s, e, text[clause_start:close],
                                clause_start, dose=d, dose_gy=d.total_gy, fractions=d.fractions,
                                spans=[(clause_start, close)]))
            previous_end = close
            continue
        after = re.match(r"\s*\(([^()]{3,50})\)", text[d.end:d.end + 60])
        if after and _specific_place(after.group(1), vocab):  # "20 Gy (left parietal) and 18 Gy (right frontal)"
            s, e = d.end + after.start(1), d.end + after.end(1)
            name = clean_name(text[s:e], vocab) or text[s:e].strip()
            drafts.append(Draft(name, s, s + len(name), text[clause_start:d.end + after.end()], clause_start,
                                dose=d, dose_gy=d.total_gy, fractions=d.fractions,
                                spans=[(clause_start, d.end + after.end())]))
            previous_end = d.end + after.end()
            continue
        # the low end of a range before the dose ("D1cc range 33.8-35.6 Gy")
        low = vocab.patterns["dose_range_low"].search(text, max(clause_start, d.start - 12), d.start)
        if low and cue_role(text, low.start(), vocab) in vocab.roles.not_target:
            continue  # a range of doses whose words before it make it a metric, a maximum or an organ's dose
        clause = plain[clause_start:low.start() if low else d.start]
        aside = sum(max(0, min(b, d.start) - max(a, clause_start)) for a, b in unsaid)
        run = _last_place(clause, vocab) if len(clause) - aside > 90 else None
        if run and not clause[run[1]:].strip(" \t()"):
            # a run-on clause (a dictation that heard no punctuation) whose place ends where the dose begins ("...
            # targets as follows left frontal twenty four Gray in three fractions right parietal ..."): that place
            # names the dose's target
            clause_start += run[0]
            clause = clause[run[0]:]
            aside = sum(max(0, min(b, d.start) - max(a, clause_start)) for a, b in unsaid)
        # a place word that writes where a device sits ("gold fiducials and rectal spacer, then SBRT 36.25 Gy ... to
        # the prostate") places no target: read without the devices' words
        sited = vocab.patterns["device_place"].sub(lambda m: " " * len(m.group(0)), clause)
        placed = len(clause) - aside <= 90 and (_specific_place(sited, vocab) or vertebral_levels(sited, vocab) or
                                        _structure_name(sited, vocab, abbreviations))
        members = _apposed_members(text, clause_start, d.start, vocab)
        if members:  # "the remaining three lesions, left frontal, right parietal and left occipital, received twenty
            # gray each": each member the count names in apposition, with the dose
            for s, e in members:
                drafts.append(Draft(text[s:e], s, e, text[clause_start:d.end], clause_start, dose=d,
                                    dose_gy=d.total_gy, fractions=d.fractions, spans=[(s, e), (d.start, d.end)],
                                    shared=True))
            previous_end = d.end
            continue
        own = _label_place(clause, vocab) if not placed and len(clause) - aside > 90 else None
        if own is not None:
            # a long dictated clause opened by its lesion's label and place ("Lesion one right gyrus rectus eleven
            # millimeters, its posterior edge is four millimeters from the optic chiasm, prescribed fifteen gray"):
            # the label's place names the dose, not an organ the clause measures a distance to
            s, e = clause_start + own[0], clause_start + own[1]
            drafts.append(Draft(text[s:e], s, e, text[clause_start:d.end], clause_start, dose=d, dose_gy=d.total_gy,
                                fractions=d.fractions, spans=[(clause_start, d.end)]))
            continue
        listed = [] if placed else _targets_after(text, d, doses, vocab)
        if listed:  # "2000 cGy to the left frontal and right occipital lesions": each target of the list
            for s, e, name in listed:
                drafts.append(Draft(name, s, e, text[clause_start:listed[-1][1]], clause_start, dose=d,
                                    dose_gy=d.total_gy, fractions=d.fractions, spans=[(clause_start, e)]))
            previous_end = listed[-1][1]
            continue
        target = None if placed else vocab.patterns["dose_to_target"].match(text[d.end:d.end + 60])
        if target and _names_target(target.group("name"), text, vocab, _another_dose(text, d, doses, vocab)):
            # "twenty Gray to L1 and eighteen Gray to L2", "27 Gy in 3 fractions was given to the left frontal lesion
            # and 24 Gy to the right cerebellum": the target follows the dose
            s = d.end + target.start("name")
            name = clean_name(target.group("name"), vocab) or target.group("name")
            e = s + len(name)
            drafts.append(Draft(name, s, e, text[clause_start:e], clause_start, dose=d, dose_gy=d.total_gy,
                                fractions=d.fractions, spans=[(clause_start, e)]))
            previous_end = e
            continue
        if not placed and unplaced and clause.strip() and len(clause) <= 90:
            span = lesion_phrase(clause, vocab)
            name = clean_name(clause[span[0]:span[1]], vocab) if span else ""
            if name and name.lower() not in vocab.count_nouns and name.lower() not in vocab.generic_nouns and \
                    name.lower() not in vocab.primary_nouns:
                s = clause_start + span[0]
                drafts.append(Draft(name, s, s + len(name), text[clause_start:d.end], clause_start, dose=d,
                                    dose_gy=d.total_gy, fractions=d.fractions, spans=[(clause_start, d.end)]))
            continue
        if not placed or not clause.strip():
            continue
        shared = _shared_out(text, clause_start, d, vocab)
        if shared:  # "T8 and L3 vertebral metastases, 30 Gy in 3 fractions each": each target listed gets the dose
            for s, e, name in shared:
                drafts.append(Draft(name, s, e, text[clause_start:d.end], clause_start, dose=d, dose_gy=d.total_gy,
                                    fractions=d.fractions, spans=[(clause_start, d.end)], shared=True))
            continue
        code = vocab.patterns["apposed_code"].match(clause)
        span = code.span("label") if code else _qualified(clause, lesion_phrase(clause, vocab), vocab)
        if span and (clean_name(clause[span[0]:span[1]], vocab) or "").lower() in vocab.count_nouns:
            run = _last_place(clause, vocab)
            if run and run[0] >= span[1]:  # "both lesions treated in one session - right frontal 20 Gy": the bare
                span = run  # count noun names no lesion; the place right before the dose does
        if span:
            s, e = clause_start + span[0], clause_start + span[1]
        else:
            s, e = clause_start, d.start
        name = clean_name(text[s:e], vocab) or text[s:e].strip()
        if not span and name and text.find(name, s, e) > s:
            s = text.find(name, s, e)  # the name where its words start, not the space or article before them
        run = None if span else _last_place(clause, vocab)
        if run and not (_specific_place(plain_words(name, vocab), vocab) or vertebral_levels(name, vocab)):
            # the clause's first words name no place ("Time-out (2 identifiers, site RUL, Rx 34 Gy)"): its place does
            s, e = clause_start + run[0], clause_start + run[1]
            name = text[s:e]
        elif run and vocab.patterns["place_object_before"].search(clause[:run[0]]) and \
                not _specific_place(clause[:run[0]], vocab) and not vertebral_levels(clause[:run[0]], vocab):
            # "returned after radiosurgery to the left occipital (20 Gy)": the words before "to the" name no place
            # (they are the sentence's), the place after it is the target; "node at the L2 level" keeps its node
            s, e = clause_start + run[0], clause_start + run[1]
            name = text[s:e]
        if not name or cue_role(name, len(name), vocab, text) in vocab.roles.not_target or _organ_subject(name, text,
                                                                                                       vocab):
            continue  # "Cumulative brainstem point dose: 11.6 Gy": the words name an organ's or a maximum dose
        counted = _counted_each(text, clause_start, s, e, d, vocab)
        if counted:  # "The two liver lesions received 45 Gy in 3 fractions each": that many lesions, each the dose
            for k in range(counted):
                drafts.append(Draft(f"{name} ({k + 1} of {counted})", s, s + len(name), text[clause_start:d.end],
                                    clause_start, dose=d, dose_gy=d.total_gy, fractions=d.fractions,
                                    spans=[(clause_start, d.end)], shared=True, member=k + 1))
            continue
        noun = list(vocab.lesion_noun.finditer(text, s, e))
        if span and noun and noun[-1].group(0).lower() not in vocab.primary_nouns:
            # "the right frontal and left parietal metastases to 20 Gy": each place of the list before the noun
            for ps, pe in _places_before(text, clause_start, s, vocab):
                drafts.append(Draft(f"{text[ps:pe]} {noun[-1].group(0)}", ps, pe, text[clause_start:d.end],
                                    clause_start, dose=d, dose_gy=d.total_gy, fractions=d.fractions,
                                    spans=[(clause_start, d.end)]))
        drafts.append(Draft(name, s, s + len(name), text[clause_start:d.end], clause_start, dose=d,
                            dose_gy=d.total_gy, fractions=d.fractions, spans=[(clause_start, d.end)]))
    return sorted(drafts, key=lambda x: x.text_start) if paired else drafts


def _apposed_members(text: str, lo: int, at: int, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The members a count of lesions names in apposition before the dose at ``at`` ("the remaining three lesions,
    left frontal, right parietal and left occipital, received twenty gray each"): (start, end) of each place, as many
    as the count says and each a specific place; [] otherwise."""
    m = None
    for m in vocab.patterns["apposed_count"].finditer(text, lo, at):
        pass
    if m is None:
        return []
    n = vocab.number(m.group("n").lower())
    if not n or n < 2:
        return []
    tail = text[m.end():at]
    stop = vocab.patterns["apposed_members_end"].search(tail)
    body = tail[:stop.start()] if stop else tail
    out, at_ = [], m.end()
    for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", body):
        item = part.strip()
        k = text.find(item, at_, m.end() + len(body)) if item else -1
        if k < 0 or not _specific_place(item, vocab) or re.search(r"\d", item) or len(item.split()) > 4:
            return []
        out.append((k, k + len(item)))
        at_ = k + len(item)
    return out if len(out) == n else []


def _label_place(clause: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """The place right after the one series label of a clause ("Lesion one right gyrus rectus eleven millimeters,
    ..."), in the label's own words up to the first mark: (start, end) in ``clause``, else None (no label, several,
    or no place named right after it)."""
    labels = list(vocab.patterns["series_label"].finditer(clause))
    if len(labels) != 1:
        return None
    at = labels[0].end()
    stop = re.search(r"[,;:()]", clause[at:at + 80])
    head = clause[at:at + (stop.start() if stop else 80)]
    run = _first_place(head, vocab)
    if run is None or head[:run[0]].strip():
        return None
    return at + run[0], at + run[1]


def _first_place(clause: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """The first run of place words in a clause (:func:`_place_runs`, no vertebral level) if it names a specific
    place: (start, end), else None."""
    runs = _place_runs(clause, vocab, levels=False)
    return runs[0] if runs and _specific_place(clause[slice(*runs[0])], vocab) else None


def treated_place(text: str, ctx: TextContext, doses: list[DoseStatement], vocab: Vocabulary) -> Draft | None:
    """The place this course's treatment is given to, for a chart whose words name no lesion ("SBRT to L3 was
    completed. 30 Gy in 5 fractions."): the place after a course dose's "to" ("3000 cGy in 3 fractions to the
    para-aortic node"), else after a treatment's "to" (patterns treated_to_place) in a sentence that counts; the
    place's words from the first up to the first that names no place, and only a vertebral level or a specific
    place, never an organ at risk's ("to the cord") nor a match or a fusion's ("matched to the vertebral body": no
    treatment word). None when the chart writes no such place."""
    found: list[tuple[int, str]] = []
    for d in doses:
        if d.counts and d.kind not in ("dose_per_fraction", "fraction_table"):
            m = vocab.patterns["dose_to_target"].match(text[d.end:d.end + 60])
            if m:
                found.append((d.end + m.start("name"), m.group("name")))
    for m in vocab.patterns["treated_to_place"].finditer(text):
        if ctx.counts(m.start(), m.end()):
            found.append((m.start("name"), m.group("name")))
    for at, words in found:
        runs = _place_runs(words, vocab, levels=True)
        if not runs or words[:runs[0][0]].strip():
            continue
        name = words[:runs[0][1]]
        if not (_specific_place(name, vocab) or vertebral_levels(name, vocab)) or \
                cue_role(name, len(name), vocab, text) in vocab.roles.not_target or _organ_subject(name, text, vocab):
            continue
        # (the place's own words only: the rest of its sentence may name other places, "matched to the node and
        # the adjacent vertebral body", which are not the target's)
        return Draft(name, at, at + len(name), name, at, spans=[(at, at + len(name))])
    return None


def _organ_subject(name: str, text: str, vocab: Vocabulary) -> bool:
    """Whether a clause without a lesion noun starts by naming an organ at risk ("Spinal cord received the
    prescription dose (30 Gy)"): its first words (up to three) take a role that is no target's."""
    if vocab.lesion_noun.search(name):
        return False
    words = name.split()
    return any(cue_role(" ".join(words[:k]), len(" ".join(words[:k])), vocab, text) in vocab.roles.not_target
               for k in range(1, min(3, len(words)) + 1))


def _another_dose(text: str, d: DoseStatement, doses: list[DoseStatement], vocab: Vocabulary) -> bool:
    """Whether the sentence of dose ``d`` gives another dose of the course to a target named after it (a label, a
    level, a place with its lesion noun: :func:`_names_target`): two targets' doses, each its own."""
    lo = max([text.rfind("\n", 0, d.start)] + [m.end() for m in _FULL_STOP.finditer(text, max(0, d.start - 300),
                                                                                     d.start)])
    stop = _FULL_STOP.search(text, d.end)
    hi = min(stop.start() if stop else len(text), line_around(text, d.end)[1])
    for o in doses:
        if o is d or not o.counts or not lo <= o.start < hi:
            continue
        m = vocab.patterns["dose_to_target"].match(text[o.end:o.end + 60])
        if m and _names_target(m.group("name"), text, vocab):
            return True
    return False


def _names_target(name: str, text: str, vocab: Vocabulary, paired: bool = False) -> bool:
    """Whether the words after a dose's "to"/"for" name its target: a label ("L1"), a vertebral level ("T10 vertebral
    body"), a place with a lesion noun ("the right cerebellar lesion"), or, where its sentence gives another dose
    (``paired``: each dose with its own target), a place no organ at risk's ("the right cerebellum", not "the right
    optic nerve"), or a lesion noun with words of its own ("the resection cavity"; not a
    count's noun: "both lesions", "each lesion")."""
    if _LABEL_WORD.fullmatch(name) or vertebral_levels(name.split()[0], vocab):
        return True
    nouns = list(vocab.lesion_noun.finditer(name))
    if not _specific_place(name, vocab):  # a lesion noun with words of its own ("the resection cavity"; not "the
        words = (clean_name(name, vocab) or name).split()  # lesion", "the target")
        noun = nouns[-1].group(0).lower() if nouns else ""
        return bool(noun) and len(words) >= 2 and noun not in vocab.primary_nouns and noun not in vocab.count_nouns
    return bool(nouns) or paired and cue_role(name, len(name), vocab, text) not in vocab.roles.not_target


def _counted_each(text: str, lo: int, s: int, e: int, d: DoseStatement, vocab: Vocabulary) -> int:
    """How many lesions a named dose's name counts when each of them receives all of it ("The two liver lesions
    received 45 Gy in 3 fractions each", "both adrenal metastases, 30 Gy in 5 fractions each"): the count right
    before the name (2 to 10) with a plural lesion noun in it and "each" said of the dose; else 0."""
    if vocab.patterns["dose_each_after"].match(text[d.end:d.end + 40]) is None:
        return 0
    before = re.search(r"(\w+)\s+$", text[lo:s])
    n = vocab.number(before.group(1)) if before and not before.group(1).isdigit() else None
    nouns = list(vocab.lesion_noun.finditer(text, s, e))
    if n is None or not 2 <= n <= 10 or not nouns or not _plural_noun(nouns[-1].group(0)) or \
            nouns[-1].group(0).lower() in vocab.primary_nouns:
        return 0
    return n


def _shared_out(text: str, lo: int, d: DoseStatement, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """The targets a clause lists before one dose when each of them receives all of it: (start, end, name) of each,
    else []. The list is shared out when the chart says so ("T8 and L3 vertebral metastases, 30 Gy in 3 fractions
    each", "to each", "each of the ... received": patterns dose_each_after / dose_each_before), when its items are
    vertebral levels that are not one unbroken run ("T8 and L3 metastases", "T8 vertebral metastasis and L3
    vertebral metastasis"; contiguous levels, "T8 and T9", stay one target). Every item must name a specific place
    or a vertebral level; an item without a lesion noun takes the last item's ("T8 metastases"). A listed level the
    chart says elsewhere was not treated is left out."""
    each = vocab.patterns["dose_each_after"].match(text[d.end:d.end + 40]) is not None
    clause = text[lo:d.start]
    lead = vocab.patterns["dose_each_before"].match(clause)
    at = lo + (lead.end() if lead else len(clause) - len(clause.lstrip()))
    each = each or lead is not None
    clause = text[at:d.start]
    nouns = [n for n in vocab.lesion_noun.finditer(clause) if n.group(0).lower() not in vocab.primary_nouns]
    if nouns:  # the list ends with its last lesion noun ("... metastases received 30 Gy")
        # ("... and the right temporal lesion of 10 mm each received 18 Gy": "each" with its verb after the list)
        each = each or vocab.patterns["dose_each_verb"].search(clause, nouns[-1].end()) is not None
        clause = clause[:nouns[-1].end()]
    clause = clause.rstrip(" ,;:-–—(\t")
    items: list[tuple[int, int]] = []
    pos = 0
    for sep in [*vocab.patterns["target_list_separator"].finditer(clause), None]:
        end = sep.start() if sep else len(clause)
        part = clause[pos:end]
        if not items:  # the first item's words before its place ("SBRT to T8"): the sentence's, not the name's
            lead_words = vocab.patterns["list_lead_words"].match(part)
            if lead_words and (vertebral_levels(part[lead_words.end():], vocab) or
                               _specific_place(part[lead_words.end():], vocab)):
                pos += lead_words.end()
                part = part[lead_words.end():]
        s = at + pos + len(part) - len(part.lstrip())
        items.append((s, at + end))
        pos = sep.end() if sep else pos
    if len(items) < 2 or any(e - s > 60 or e <= s for s, e in items):
        return []
    words = [text[s:e] for s, e in items]
    if not all(_specific_place(w, vocab) or vertebral_levels(w, vocab) for w in words):
        return []
    levels = [vertebral_levels(w, vocab) for w in words]
    own_nouns = [any(n.group(0).lower() not in vocab.primary_nouns for n in vocab.lesion_noun.finditer(w))
                 for w in words]
    apart = all(len(lv) == 1 for lv in levels) and not contiguous_levels([lv[0] for lv in levels])
    if not (each or apart):
        return []
    noun = nouns[-1].group(0) if nouns else None
    out = []
    for (s, e), w, has, lv in zip(items, words, own_nouns, levels):
        if len(lv) == 1 and _level_not_treated(lv[0], text, vocab):
            continue  # "SBRT to T9 and L1 ... each" in a consult, and later "the L1 lesion ... will NOT be treated"
        own = [n for n in vocab.lesion_noun.finditer(w) if n.group(0).lower() not in vocab.primary_nouns]
        if own and _specific_place(w[:own[-1].start()], vocab):
            w = w[:own[-1].end()]  # "the left parietal lesion of 12 mm": its name ends with its noun
        name = clean_name(w, vocab) or w.strip()
        out.append((s, e, name if has or noun is None else f"{name} {noun}"))
    return out if len(out) < len(items) or len(out) >= 2 else []


def _level_not_treated(level: str, text: str, vocab: Vocabulary) -> bool:
    """Some sentence of the chart says the lesion at a vertebral level was not (or will not be) treated ("After
    review of the MRI the L1 lesion is a hemangioma and will NOT be treated"): said_not_treated on the words
    after the level, to the end of their sentence."""
    for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(level)}(?![0-9])", text):
        stop = _FULL_STOP.search(text, m.end(), m.end() + 200)
        if said_not_treated(text[m.end():stop.start() if stop else m.end() + 200], vocab):
            return True
    return False


def _shared_noun(text: str, at: int, vocab: Vocabulary) -> str | None:
    """The lesion noun that ends a list of places each with its dose in parentheses ("left frontal (20 Gy), right
    parietal (18 Gy) and left cerebellar (16 Gy) metastases"), read from the end of one item; None when none."""
    at += vocab.patterns["dose_item_list_rest"].match(text, at).end() - at
    noun = vocab.lesion_noun.match(text, at)
    return noun.group(0) if noun and noun.group(0).lower() not in vocab.primary_nouns else None


def _structure_name(clause: str, vocab: Vocabulary, abbreviations: dict[str, str]) -> bool:
    """The clause is one target structure's identifier that names a place, in its own words ("PTV2_Lcbm",
    "PTV_LLL") or by an abbreviation the chart defines ("PTV_RCPA", "RCPA (right cerebellopontine angle)")."""
    word = clause.strip(" \t:-,;")  # (", PTV_B" after the list's first target and its dose)
    if not word or " " in word or "_" not in word or not vocab.patterns["target_structure"].match(word) or \
            vocab.patterns["not_a_lesion_name"].match(word):
        return False
    return _specific_place(plain_words(word, vocab), vocab) or any(w in abbreviations for w in word.split("_"))


def _qualified(clause: str, span: tuple[int, int] | None, vocab: Vocabulary) -> tuple[int, int] | None:
    """A lesion phrase found inside a parenthesis that qualifies a place named before it ("left para-aortic
    node (L2 level)", "right adrenal (lesion 1)"): the named place is the lesion, the parenthesis its detail."""
    if span is None:
        return None
    opened = clause.rfind("(", 0, span[0])
    if opened < 0 or ")" in clause[opened:span[0]]:
        return span
    before = clause[:opened]
    lo = len(before) - len(before.lstrip(" ,;:.-–—\t"))
    if not before.strip() or not _specific_place(before, vocab):
        return span
    return lo, len(before.rstrip())


def _place_runs(clause: str, vocab: Vocabulary, levels: bool) -> list[tuple[int, int]]:
    """The runs of place words in a clause, in order: words that are place words, words of a place named in several
    words ("gyrus rectus", "centrum semiovale") and, with ``levels``, vertebral levels, run together when only
    spaces stand between them: (start, end) of each."""
    terms = [m.span() for rx in vocab.site_terms.values() for m in rx.finditer(clause) if " " in m.group(0).strip()]
    runs: list[tuple[int, int]] = []
    for w in re.finditer(r"[A-Za-z][A-Za-z-]*\d{0,2}(?!\d)", clause):
        if vocab.place_word(w.group(0).lower()) or any(a <= w.start() and w.end() <= b for a, b in terms) or \
                (levels and vertebral_levels(w.group(0), vocab)):
            if runs and not clause[runs[-1][1]:w.start()].strip():
                runs[-1] = (runs[-1][0], w.end())
            else:
                runs.append((w.start(), w.end()))
    return runs


def _last_place(clause: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """The last run of place words in a clause that names a specific place or a vertebral level ("site RUL",
    "the left adrenal"): (start, end), else None."""
    for a, b in reversed(_place_runs(clause, vocab, levels=True)):
        if _specific_place(clause[a:b], vocab) or vertebral_levels(clause[a:b], vocab):
            return a, b
    return None


def _places_before(text: str, lo: int, at: int, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The places listed before a lesion phrase that starts at ``at`` and shares its noun ("the right frontal and
    | left parietal metastases", "right frontal, left parietal and | right occipital lesions"): (start, end) of each,
    nearest last; [] when the phrase is not the end of such a list."""
    out: list[tuple[int, int]] = []
    while True:
        sep = re.search(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", text[lo:at], re.I)
        if sep is None:
            break
        end = lo + sep.start()
        words = list(re.finditer(r"[A-Za-z][A-Za-z-]*", text[lo:end]))
        start = end
        for w in reversed(words):
            if lo + w.end() != start and text[lo + w.end():start].strip():
                break  # only spaces between the words of one place
            word = w.group(0).lower()
            if vocab.place_word(word):
                start = lo + w.start()
            else:
                break
        if start == end or not _specific_place(text[start:end], vocab):
            break
        out.insert(0, (start, end))
        at = start
    return out


def _list_end(vocab: Vocabulary) -> re.Pattern[str]:
    """Where a list of targets after a dose ends: a mark, a number, a word that goes on otherwise (connectives
    dose_list_ends)."""
    return cached_rx(rf"[,;.:()\n\t•]|\s(?:and\s+)?(?=\d)|\s(?:{vocab.alternation('dose_list_ends')})\s")


def _targets_after(text: str, d: DoseStatement, doses: list[DoseStatement],
                   vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """The targets of a dose written after it as a list sharing one lesion noun ("20 Gy to the left frontal and
    right occipital lesions", "18 Gy to the right, left and midline cerebellar metastases"), or each with its own
    noun ("27 Gy in 3 fractions each to the left frontal lesion and the right cerebellar lesion"): (start, end, name)
    of each, every one a specific place; [] for one target or none."""
    m = vocab.patterns["dose_to_target"].match(text[d.end:d.end + 160])
    if m is None:
        return []
    lo = d.end + m.start("name")
    hi = min([st.start for st in doses if st.start > d.end] + [len(text), d.end + 160])
    stop = _list_end(vocab).search(text, lo, hi)
    hi = stop.start() if stop else hi
    nouns = list(vocab.lesion_noun.finditer(text, lo, hi))
    if not nouns or nouns[-1].group(0).lower() in vocab.primary_nouns:
        return []
    noun = nouns[-1]
    places = text[lo:noun.start()]
    seps = list(vocab.patterns["target_list_separator"].finditer(places))
    if not seps:
        return []
    out, at = [], 0
    for sep in seps + [None]:
        end = sep.start() if sep else len(places)
        part = _article(vocab).sub("", places[at:end].strip())
        own = vocab.lesion_noun.search(part)  # "to the left frontal lesion and the right cerebellar lesion": each
        if not part or not _specific_place(part, vocab) or (own and own.end() != len(part)):  # has its own noun
            return []
        s = lo + at + places[at:end].find(part)
        out.append((s, s + len(part), part if own else f"{part} {noun.group(0)}"))
        at = sep.end() if sep else at
    return [(s, noun.end() if i == len(out) - 1 else e, name) for i, (s, e, name) in enumerate(out)]


_FULL_STOP = re.compile(r"\.(?!\d)|(?<!\d)\.")  # a full stop, not a decimal point ("3.8 x 3.0 cm, ...")
_DOT_LEADER = re.compile(r"\.{2,}|(?:\.\s){2,}\.?")


def _addends(text: str, d: DoseStatement, doses: list[DoseStatement]) -> set[int]:
    """Starts of the doses in a parenthesis right after ``d`` that add up to it ("composite 11.6 Gy (C1 2.7 Gy +
    C2 8.9 Gy)", "30 Gy (18 Gy + 12 Gy boost)"): the terms of that dose, not doses of their own."""
    m = re.match(r"\s*\(([^()]{0,160})\)", text[d.end:d.end + 170])
    if not m or d.total_gy is None:
        return set()
    lo, hi = d.end + m.start(1), d.end + m.end(1)
    inner = [o for o in doses if lo <= o.start and o.end <= hi and o.total_gy is not None]
    if len(inner) < 2 or apart(sum(o.total_gy for o in inner), d.total_gy, PARTS_SUM_GY):  # type: ignore[misc]
        return set()
    return {o.start for o in inner}


_LEVEL_WORD = re.compile(r"(?<![\w.])[CTLS]\d{1,2}(?![\w.])", re.I)
def _run_value(number: str) -> float:
    """A number of a run of doses, in figures ("18") or in words ("eighteen", "twenty-four")."""
    return float(number) if number[0].isdigit() else spelled_number(number) or 0.0


def respective_lesions(text: str, doses: list[DoseStatement], vocab: Vocabulary) -> tuple[list[Draft], set[int]]:
    """Lesions and doses listed in one sentence and paired in order by "respectively" ("The left frontal, right
    parietal and left cerebellar metastases received 20, 18 and 16 Gy respectively", "20 Gy, 18 Gy and 16 Gy to the
    left frontal, right parietal and left cerebellar metastases, respectively"): one draft per place with its own
    dose, when the sentence names as many places (or vertebral levels: "T10 and L4 received 24 and 27 Gy
    respectively") as it writes doses; and the starts of the doses so used."""
    drafts: list[Draft] = []
    used: set[int] = set()
    for r in vocab.patterns["respectively"].finditer(text):
        lo = max([line_around(text, r.start())[0]] +
                 [m.end() for m in _FULL_STOP.finditer(text, max(0, r.start() - 400), r.start())])
        runs = list(vocab.patterns["dose_run"].finditer(text, lo, r.start()))  # doses ending with their unit
        if not runs:
            continue
        run = runs[-1]
        if cue_role(text, run.start(), vocab) in vocab.roles.not_target:  # "maximum doses of 9.1 and 4.2 Gy"
            used |= {o.start for o in doses if run.start() <= o.start < run.end()}
            continue
        last = [st for st in doses if run.start() <= st.start < run.end() and st.total_gy is not None]
        if not last or not last[-1].counts or last[-1].kind in ("dose_per_fraction", "fraction_table"):
            continue  # the run's doses are this course's (not a maximum, an organ's or an earlier course's)
        scale = vocab.roles.unit_gy(run.group("unit")) or 1.0
        values = [(lo_ + m.start(), lo_ + m.end(), round(_run_value(m.group(0)) * scale, 3))
                  for lo_ in (run.start(),) for m in vocab.patterns["run_number"].finditer(run.group(0))
                  if not vocab.roles.unit_gy(m.group(0))]  # ("Gray" is no number)
        places: list[tuple[int, int, str]] = []
        for noun in vocab.lesion_noun.finditer(text, lo, r.start()):
            if run.start() <= noun.start() < run.end() or noun.group(0).lower() in vocab.primary_nouns:
                continue
            span = _noun_phrase(text[lo:noun.end() + 50], list(vocab.lesion_noun.finditer(text[lo:noun.end() + 50])),
                                len(list(vocab.lesion_noun.finditer(text, lo, noun.start()))), vocab)
            if span is None or lo + span[0] == noun.start():
                continue
            s = lo + span[0]
            word = noun.group(0)
            for ps, pe in _places_before(text, lo, s, vocab):
                places.append((ps, pe, f"{text[ps:pe]} {word}"))
            if _specific_place(text[s:noun.start()], vocab):
                places.append((s, noun.end(), text[s:noun.end()]))
        if len(places) != len(values):  # "T10 and L4 received 24 and 27 Gy respectively": levels, no noun
            places = [(lo + m.start(), lo + m.end(), m.group(0)) for m in _LEVEL_WORD.finditer(text[lo:r.start()])
                      if not run.start() <= lo + m.start() < run.end() and vertebral_levels(m.group(0), vocab)]
        if len(places) != len(values) or len(values) < 2:
            continue
        st = last[-1]
        for (s, e, name), (a, b, gy) in zip(places, values):
            dose = replace(st, start=a, end=b, total_gy=gy,
                           per_fraction_gy=gy / st.fractions if st.fractions else st.per_fraction_gy)
            drafts.append(Draft(name, s, e, text[lo:r.end()], lo, dose=dose, dose_gy=gy, fractions=st.fractions,
                                spans=[(lo, r.end())]))
        used |= {o.start for o in doses if run.start() <= o.start < run.end()}
    return drafts, used


def label_places(text: str, vocab: Vocabulary) -> dict[str, str]:
    """Lesion labels the chart gives a place in prose: {"L1": "left cerebellar hemisphere", ...}.

    A label is defined where a pattern (patterns.yaml ``label_definition``) says it names a lesion and its
    clause (to the next , ; . or "and") holds anatomy words and no other label: "lesion L1 is in the left
    cerebellar hemisphere", "L2: right frontal", "the left cerebellar lesion (L1)"; so is a lesion's number in the
    series where its clause gives it a place ("the first lesion is a right occipital metastasis", "lesion number two
    was in the left cerebellum": {"#1": "right occipital", "#2": "left cerebellum"}; :func:`labelled_place`). A
    label defined with two different places is left undefined.
    """
    out: dict[str, str] = {}
    clash: set[str] = set()

    def define(label: str, place: str) -> None:  # a label given two different places is left undefined
        if out.get(label, place) != place:
            clash.add(label)
        out[label] = place

    for m in vocab.patterns["label_definition"].finditer(text):
        group = next(k for k in ("label", "label2", "label3", "label4", "label5") if m.group(k))
        label, at = m.group(group).upper(), m.start(group)
        stop = _label_clause_end(vocab).search(text, m.end(group))
        e = stop.start() if stop else len(text)
        # "lesion L1 is in ...", "L2: right frontal": the place follows the label; "the left cerebellar
        # lesion (L1)", "a right occipital focus called L3": it comes before
        lo = max(text.rfind(c, 0, m.start()) for c in ",;\n\t•(") + 1
        before = _label_clause_start(vocab).search(text[lo:m.start()][::-1])
        if before:
            lo = m.start() - before.start()
        place = ""
        for s, e in ([(lo, at)] if group == "label2" else [(m.start(), e), (lo, m.start())]):
            clause = text[s:e]
            if {g.upper() for g in _LABEL_WORD.findall(clause)} - {label} or not _specific_place(clause, vocab):
                continue
            if s < at and cue_role(text, len(text[:min(e, at)].rstrip(" \t(")), vocab, text) in vocab.roles.not_target:
                continue  # "Spinal cord (T11) 11.6 Gy": an organ at risk measured at that level, no lesion's label
            words = [w.group(0) for w in re.finditer(r"(?<!\w)[A-Za-z][A-Za-z-]*(?!\w)", clause)
                     if vocab.place_word(w.group(0))]
            place = " ".join(words)
            if place and site_of(place, vocab) is not None:
                break
            place = ""
        if place:
            define(label, place)
    for m in vocab.patterns["structure_definition"].finditer(text):  # "MEN_1: meningioma, left parasagittal, ..."
        stop = re.compile(r"\.(?:\s|$)|\n\s*\n|\t").search(text, m.end())
        for part in re.split(r"[,;(]", text[m.end():stop.start() if stop else len(text)]):
            if _LABEL_WORD.search(part) or _STRUCTURE_NAME.search(part):
                break  # another label's words
            part = re.split(r"\s(?:of|from|to|near|abutting|with)\s", part)[0]  # (its primary, a structure near it)
            if re.search(r"\d", part) or not _specific_place(part, vocab):
                continue  # (a size, a distance)
            place = " ".join(w.group(0) for w in re.finditer(r"(?<!\w)[A-Za-z][A-Za-z-]*(?!\w)", part)
                             if vocab.place_word(w.group(0)))
            if place and site_of(place, vocab) is not None:
                define(m.group("label").upper(), place)
            break
    for m in vocab.patterns["series_label"].finditer(text):  # "lesion number two was in the left cerebellum"
        span = labelled_place(text, m, vocab)
        if span is None:
            continue
        place = " ".join(w.group(0) for w in re.finditer(r"[A-Za-z][A-Za-z-]*", text[span[0]:span[1]])
                         if vocab.place_word(w.group(0)))
        if place:
            define(f"#{vocab.series_id(m)}", place)
    return {k: v for k, v in out.items() if k not in clash}


def label_aliases(text: str, vocab: Vocabulary) -> dict[str, frozenset[str]]:
    """The structures a legend says a table's labels stand for (``label_alias``: "Target 1 = PTV_RCereb",
    "Site A = SP_T10 (PTV_T10)"): {"target 1": {"ptv_rcereb"}, "site a": {"sp_t10", "ptv_t10"}}, by
    :func:`classification.label_key` ("Target #1" as "target 1"). A label the chart gives two different structures
    is left out."""
    out: dict[str, frozenset[str]] = {}
    clash: set[str] = set()
    for m in vocab.patterns["label_alias"].finditer(text):
        key = label_key(m.group("label"))
        names = frozenset(n.lower() for n in (m.group("name"), m.group("name2")) if n)
        if out.get(key, names) != names:
            clash.add(key)
        out[key] = names
    return {k: v for k, v in out.items() if k not in clash}


def abbreviation_places(text: str, vocab: Vocabulary) -> dict[str, str]:
    """Places the chart abbreviates: {"RCPA": "right cerebellopontine angle", "LOCC": "left occipital"} from
    "RCPA (right cerebellopontine angle)" or "left occipital (LOCC)" - an upper-case abbreviation and place words
    only (sides and anatomy). A structure or plan name built on the abbreviation ("PTV_RCPA") names that place.
    An abbreviation given two different places is left undefined."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for m in _ABBREVIATION.finditer(text):
        if m.group("abbr"):
            abbr, words = m.group("abbr"), m.group("place").strip()
            if not _place_words_only(words, vocab):
                continue
        else:
            abbr, before = m.group("abbr2"), text[max(0, m.start() - 60):m.start()]
            run = _last_place(before, vocab)
            if run is None or before[run[1]:].strip():
                continue
            words = before[run[0]:run[1]]
        if not _specific_place(words, vocab) or vocab.place_word(abbr):
            continue  # "RUL (right upper lobe)": the abbreviation is an anatomy word already
        place = " ".join(words.split())
        if out.get(abbr, place).lower() != place.lower():
            clash.add(abbr)
        out[abbr] = place
    return {k: v for k, v in out.items() if k not in clash}


def _place_words_only(words: str, vocab: Vocabulary) -> bool:
    toks = re.findall(r"[^\s]+", words)
    return bool(toks) and len(toks) <= 6 and all(
        vocab.place_word(t) or
        (i + 1 < len(toks) and any(rx.fullmatch(f"{t} {toks[i + 1]}") for rx in vocab.site_terms.values())) or
        (i > 0 and any(rx.fullmatch(f"{toks[i - 1]} {t}") for rx in vocab.site_terms.values()))
        for i, t in enumerate(toks))


_ABBREVIATION = re.compile(r"(?<![\w.])(?P<abbr>[A-Z]{2,6})\s*\((?P<place>[^()\n,;:]{3,60})\)|"
                           r"\(\s*(?P<abbr2>[A-Z]{2,6})\s*\)")
_LABEL_WORD = re.compile(r"(?<![\w.])([A-Z]{1,3}\d{1,2})(?![\w.])")
_STRUCTURE_NAME = re.compile(r"(?<![\w.])[A-Za-z]{2,5}_[A-Za-z0-9]{1,12}(?![\w.])")


def _label_clause_end(vocab: Vocabulary) -> re.Pattern[str]:
    """Where the clause defining a lesion's label ends (connectives label_clause_ends)."""
    return cached_rx(rf"[,;\n\t•)]|\.\s|\s(?:{vocab.alternation('label_clause_ends')})\s")


def _label_clause_start(vocab: Vocabulary) -> re.Pattern[str]:
    """Where the clause naming a lesion before its label starts, matched on the text before the label read
    backwards (connectives label_clause_starts, each word reversed: " and " is " dna "), or a sentence's end."""
    return cached_rx(r"\s(?:" + "|".join(re.escape(w[::-1]) for w in vocab.words("label_clause_starts")) + r")\s|\s\.")


class CountStatement(NamedTuple):
    """A count of lesions the chart writes, and what it says happened to them: ``treated`` (a sentence about the
    treatment, not a consultation's nor only a plan's) or ``planned`` (its clause says they were planned,
    prescribed or scheduled and not that they were given: "The consultation planned two lesions"); a count that
    is neither was found or described ("MRI shows three metastases")."""

    n: int
    start: int
    end: int
    treated: bool
    planned: bool = False
    advisory: bool = False  # written in a consultation or tumour board of a bundle: what was found or recommended
    part: bool = False  # said of a part of the lesions ("the two new lesions"): read only with ``with_parts``


def count_statements(text: str, ctx: TextContext, vocab: Vocabulary, with_parts: bool = False) -> list[CountStatement]:
    """The chart's counts of lesions: "three brain metastases", "both lesions", "all four were treated", "Brain mets
    x3" ...; only those of an amendment or addendum when it states one ("correction - ONE target only").
    In a bundle, a count written in a consultation or tumour board (by its title) is what was found or
    recommended, never a count of treated lesions: the records of the treatment say what was treated.
    ``with_parts``: also the counts said of a part of the lesions by the words before their noun ("four new
    metastases", pattern ``count_part_between``; ``part`` set), which no more lesions than the course treated can
    be."""
    out: list[CountStatement] = []
    advisory = _advisory_parts(text, ctx, vocab)
    for m in vocab.patterns["lesion_count_bare"].finditer(text):  # "All four were treated": no noun
        n = vocab.number(m.group("n")) if m.group("n") else (2 if m.group(0)[:4].lower() == "both" else None)
        s, e = ctx.sentence(m.start())
        clause = re.search(r"[,;]|\.(?:\s|$)", text[m.end():e])  # its own clause says they were treated: "both were
        # felt to carry too high a risk, and we chose ... delivered" counts two regimens, not two treated lesions
        e = m.end() + clause.start() if clause else e
        if n is None or not 1 <= n <= 60 or not ctx.counts(m.start(), m.end()) or \
                not vocab.patterns["treatment_words"].search(text[m.end():e]):
            continue
        out.append(_happened(n, m.start(), m.end(), text, ctx, vocab, advisory))
    rx, at, last_end, parts_end = vocab.patterns["lesion_count"], 0, None, -1
    while (m := rx.search(text, at)) is not None:
        at = m.end("n")  # a number that is no count ("24 Gy/3 to both lesions") leaves the words after it
        n = vocab.number(m.group("n"))
        between = text[m.end("n"):m.start("noun")]
        part = vocab.patterns["count_part_between"].search(between) is not None
        if n is None or not 1 <= n <= 60 or vocab.patterns["count_stop"].search(between) or \
                _in_spoken_year(text, m.start("n"), m.end("n"), vocab) or \
                vocab.patterns["count_date_day_before"].search(text[max(0, m.start("n") - 16):m.start("n")]) or \
                vocab.patterns["count_date_day_after"].match(text, m.end("n")) or \
                (part and not with_parts) or \
                (vocab.patterns["count_size_between"].search(between) and
                 vocab.patterns["count_definite_before"].search(text, max(0, m.start("n") - 8), m.start("n"))) or \
                vocab.patterns["count_extent_noun"].search(text, m.end("n"), m.end("noun")) or \
                vocab.patterns["count_difference_after"].match(text, m.end("noun")):
            continue  # "the two smaller lesions are treated today": a part of the course's lesions
        before = text[max(0, m.start() - 40):m.start()]
        extent = vocab.patterns["count_extent_before"].search(before) or \
            vocab.patterns["count_predicate_before"].search(before) or \
            vocab.patterns["count_version_before"].search(before) or \
            vocab.patterns["count_not_before"].search(text[max(0, m.start() - 24):m.start()])
        if n == 1 and _aside_of_one(text, m.start(), m.end()):
            continue  # "T11 (bone and paraspinal component, one target) 16 Gy and L4 18 Gy": what T11 is
        if not ctx.counts(m.start(), m.end()) or extent:
            continue  # "one CTV spanning three contiguous levels" is one target; "CTV_T4-6 is ONE target" says
            # what one structure is, not how many lesions were treated; "v1 had six targets", a replaced plan's
        if part:
            out.append(_happened(n, m.start(), m.end(), text, ctx, vocab, advisory)._replace(part=True))
            continue
        at = m.end()
        breakdown = last_end is not None and \
            vocab.patterns["count_breakdown_between"].search(text[last_end:m.start()]) is not None
        last_end = m.end()
        if breakdown or m.start() < parts_end:
            continue  # "three metastases (the two planned lesions and the new one)": a part of the count before
        parts = vocab.patterns["count_breakdown_after"].match(text, m.end())
        if parts and (vocab.number(parts.group("a")) or 0) + (vocab.number(parts.group("b")) or 0) == n:
            parts_end = parts.end()  # "six metastases, five simple and one brainstem lesion": its parts follow
        out.append(_happened(n, m.start(), m.end(), text, ctx, vocab, advisory))
    out.extend(_counts_after_noun(text, ctx, vocab, advisory, out))
    out.sort(key=lambda c: c.start)
    return amended_counts(out, amendment_spans(ctx.document, vocab))  # a correction's count rules


_CLAUSE_END = re.compile(r"[,;:]|\.(?:\s|$)")  # (not a decimal point: "2.5 cm")


def _aside_of_one(text: str, start: int, end: int) -> bool:
    """Whether a count of one at ``text[start:end]`` is inside a parenthesis that follows a name on its line
    ("T11 (bone and paraspinal component, one target)"): it says what the thing before it is, no count of the
    course's lesions."""
    opened = text.rfind("(", max(0, start - 80), start)
    if opened < 0 or ")" in text[opened:start] or "\n" in text[opened:start]:
        return False
    closed = text.find(")", end, end + 80)
    return closed >= 0 and "(" not in text[end:closed] and "\n" not in text[end:closed] and \
        bool(re.search(r"\w\s*$", text[max(0, opened - 30):opened]))


def _in_spoken_year(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether the number ``text[start:end]`` is a part of a year said in words ("resection in twenty twenty five
    the residual tumor": "twenty five" is the year's end, no count of tumours)."""
    return any(m.start() < end and start < m.end()
               for m in vocab.patterns["spoken_year"].finditer(text, max(0, start - 40), min(len(text), end + 40)))


def _happened(n: int, start: int, end: int, text: str, ctx: TextContext, vocab: Vocabulary,
              advisory: list[tuple[int, int]]) -> CountStatement:
    """The count ``text[start:end]`` with what its words say happened: treated where its sentence is about the
    treatment (patterns ``treatment_words``) outside a consultation of a bundle, unless its own clause says the
    lesions were only planned (``planned_words`` and no ``delivered_words``: "The consultation planned two
    lesions; a third was found and all three were treated")."""
    s, e = ctx.sentence(start)
    lo = max([s] + [m.end() for m in _CLAUSE_END.finditer(text, s, start)])
    after = _CLAUSE_END.search(text, end, e)
    clause = text[lo:after.start() if after else e]
    planned = bool(vocab.patterns["planned_words"].search(clause)) and \
        not vocab.patterns["delivered_words"].search(clause)
    advised = any(a <= start < b for a, b in advisory)
    treated = not planned and bool(vocab.patterns["treatment_words"].search(text[s:e])) and not advised
    return CountStatement(n, start, end, treated, planned, advised)


def _counts_after_noun(text: str, ctx: TextContext, vocab: Vocabulary, advisory: list[tuple[int, int]],
                       found: list[CountStatement]) -> list[CountStatement]:
    """Counts written after their noun ("Brain mets x3", "metastases (3)", "mets times three"; patterns
    ``lesion_count_after``) or as a field's value ("Number of targets: 7", "Targets treated: 9", "targets_treated 9";
    ``lesion_count_field``, ``lesion_count_key``), read as a
    count before its noun is: the words before the noun may make it a part or an extent of the course's lesions
    ("the remaining mets x2") or a count of something else ("Pin sites x4"), and a unit after the number gives it
    another role (the pattern's own look-ahead: "lesions x 3 fractions")."""
    out = []
    pats = vocab.patterns
    for m in [*pats["lesion_count_after"].finditer(text), *pats["lesion_count_field"].finditer(text),
              *pats["lesion_count_key"].finditer(text)]:
        group = next(g for g in ("n", "n2", "n3") if g in m.re.groupindex and m.group(g))
        n = vocab.number(m.group(group))
        noun = m.group("noun").lower()
        if n is None or not 1 <= n <= 60 or (group == "n3" and not _plural_noun(noun)):
            continue  # "lesion (3)" names the third lesion; "metastases (3)" counts them
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if vocab.patterns["count_extent_before"].search(before) or \
                vocab.patterns["count_stop_before_noun"].search(before) or \
                vocab.patterns["count_predicate_before"].search(before) or \
                vocab.patterns["count_part_between"].search(" ".join(before.split()[-2:])) or \
                not ctx.counts(m.start(), m.end()):
            continue
        lead = len(m.group()) - len(m.group().lstrip())  # (a field indented on its line starts at its label: the
        count = _happened(n, m.start() + lead, m.end(), text, ctx, vocab, advisory)  # sentence is the field's own)
        if m.re is pats["lesion_count_field"] and not (count.planned or count.advisory) and \
                pats["count_field_treated"].search(m.group()) and not pats["planned_words"].search(m.group()):
            count = count._replace(treated=True)  # its label says they were treated, in its own language
        out.append(count)
    return out


def _plural_noun(noun: str) -> bool:
    """A count noun in the plural ("mets", "metastases", "foci"), not "metastasis" or "lesion"."""
    return noun.endswith(("s", "i")) and not noun.endswith("sis")


def count_members(text: str, end: int, vocab: Vocabulary, n: int | None = None) -> list[str]:
    """The lesions a count names in the parenthesis right after its noun ("both hepatic lesions (segments VII and
    III)" -> ["segment VII", "segment III"]; "two metastases (right frontal, left parietal)"), or, given the count
    ``n``, in the places said right after it (patterns ``count_members_lead``: "two liver metastases, in segments seven
    and four A, and a ..." -> ["segment seven", "segment four A"], its first ``n`` items): its items, a plural noun
    before the first number given to each bare number after it ("four A": a number and its letter)."""
    m = re.match(r"\s*\(([^()\n]{3,80})\)", text[end:end + 90])
    items_text = m.group(1) if m else None
    if items_text is None and n:
        lead = vocab.patterns["count_members_lead"].match(text, end, min(len(text), end + 40))
        if lead:
            stop = re.search(r"[;.()\n]", text[lead.end():lead.end() + 120])
            items_text = text[lead.end():lead.end() + (stop.start() if stop else 120)]
    if items_text is None:
        return []
    out, noun = [], None
    for item in (i.strip() for i in re.split(r"[,;&/]|\band\b", items_text)):
        if not item:
            continue
        head = re.fullmatch(r"(?:the\s+)?([a-z]+?)s?\s+(\w+(?:\s+[a-h])?)", item, re.I)
        if noun and _numbered(item, vocab):
            item = f"{noun} {item}"
        elif head and _numbered(head.group(2), vocab):
            noun = head.group(1)
            if m is None:
                item = f"{noun} {head.group(2)}"  # "segments seven" -> "segment seven"
        out.append(item)
    return out if m is not None else out[:n]


def _numbered(item: str, vocab: Vocabulary) -> bool:
    """A bare number of a series, with a letter or none: "III", "7", "four A", "4a"."""
    words = item.split()
    if not words or len(words) > 2 or (len(words) == 2 and not re.fullmatch(r"[a-h]", words[1], re.I)):
        return False
    if re.fullmatch(r"\d{1,2}[a-h]", words[0], re.I) and len(words) == 1:
        return True
    return len(words[0]) > 1 and vocab.numeral(words[0]) is not None  # ("a" is no number of a series)


def named_members(text: str, counts: list[CountStatement], n: int,
                  vocab: Vocabulary) -> tuple[CountStatement, list[tuple[int, int, str]]] | None:
    """A count of ``n`` lesions whose parenthesis names each of them ("two vertebral metastases (T8 and L3)", "three
    metastases (right frontal, left parietal, pons)"): the count and (start, end, name) of each member, every one a
    specific place or a vertebral level; else None."""
    for c in counts:
        if c.n != n:
            continue
        names = count_members(text, c.end, vocab, n)
        if not names:  # "three lesions received 20 Gy each: right frontal, left parietal and left cerebellar"
            listed = listed_after(text, c.end, n, vocab)
            if listed:
                return c, listed
        if len(names) != n or not all(_specific_place(x, vocab) or vertebral_levels(x, vocab) for x in names):
            continue
        out, at = [], c.end
        for name in names:
            s = text.find(name, at, c.end + 90)
            if s < 0:
                break
            out.append((s, s + len(name), name))
            at = s + len(name)
        if len(out) == n:
            return c, out
    return None


def _article(vocab: Vocabulary) -> re.Pattern[str]:
    """An article opening a listed item ("the right frontal"; anatomy.yaml connectives ``articles``)."""
    return cached_rx(rf"^(?:{vocab.alternation('articles')})\s+")


def listed_after(text: str, end: int, n: int, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """The ``n`` members of a count named in a list after a colon later in its sentence ("Three lesions received 20
    Gy each: right frontal, left parietal and left cerebellar"), or on the next line when that line is a label and
    its list ("Targets: right frontal, left parietal, left cerebellar"): (start, end, name) of each, the list's first
    ``n`` items, every one a specific place or a vertebral level; [] when the list has fewer."""
    line_end = line_around(text, end)[1]
    stop = _FULL_STOP.search(text, end, line_end)
    colon = text.find(":", end, stop.start() if stop else line_end)
    if colon < 0 and line_end < len(text) and (stop is None or not text[stop.end():line_end].strip()):
        # the next line, a label and its list
        nxt = line_around(text, line_end + 1)[1]
        label = re.match(r"[ \t]*[A-Za-z][\w ]{0,30}:", text[line_end + 1:nxt])
        colon = line_end + label.end() if label else -1
    if colon < 0:
        return []
    hi = line_around(text, colon)[1]
    dot = _FULL_STOP.search(text, colon, hi)
    hi = dot.start() if dot else hi
    out, at = [], colon + 1
    for sep in list(vocab.patterns["list_item_split"].finditer(text, colon + 1, hi)) + [None]:
        to = sep.start() if sep else hi
        raw = text[at:to]
        item = _article(vocab).sub("", raw.strip())
        if not item or not (_specific_place(item, vocab) or vertebral_levels(item, vocab)) or \
                re.search(r"\d", item) and not vertebral_levels(item, vocab):
            break
        s = at + raw.find(item)
        out.append((s, s + len(item), item))
        if len(out) == n:
            break
        at = sep.end() if sep else hi
    return out if len(out) == n else []


def treated_otherwise(name: str, text: str, vocab: Vocabulary) -> bool:
    """The chart gives the lesion named ``name`` to another local treatment than this course's radiation (patterns
    ``lesion_treated_otherwise``: "radiofrequency ablation of the segment three lesion"), by its place words."""
    sig = signature(name, vocab)
    if not sig or not _specific_place(name, vocab) and not any(w.startswith("#") for w in sig):
        return False
    for m in vocab.patterns["lesion_treated_otherwise"].finditer(text):
        place = m.group("place") or m.group("place2") or ""
        if signature(place, vocab) == sig:
            return True
    return False


def counts_of_untreated(counts: list[CountStatement], text: str, vocab: Vocabulary) -> list[CountStatement]:
    """The treated-lesion counts that name, among their members, a lesion the chart gives to another treatment
    ("SBRT completed to both hepatic lesions (segments VII and III)" where the segment III lesion was sent to
    radiofrequency ablation): they count a lesion this course did not treat, so they do not set the course's count
    (review.count_flags still weighs them against the lesions found)."""
    return [c for c in counts if c.treated and any(treated_otherwise(name, text, vocab)
                                                   for name in count_members(text, c.end, vocab))]


def _advisory_parts(text: str, ctx: TextContext, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The documents of a bundle titled as a consultation or a tumour board (titles.titled): they find and
    recommend."""
    parts = ctx.document.parts
    if len(parts) < 2:
        return []
    return [(p.start, p.end) for p in parts if titled(vocab.patterns["consult_title"], text, p.start, p.end)]


def said_not_treated(after: str, vocab: Vocabulary) -> bool:
    """The words after a lesion's name, to its sentence's end, say it was not treated ("observation, not
    treated", "an adenoma, NOT for treatment", "was left alone"): up to the next lesion's words, a lesion noun
    with a place of its own ("..., and a right parietal lesion"), not the same lesion named again ("the right
    adrenal nodule is lipid rich, an adenoma, ...")."""
    nxt = next((m for m in vocab.lesion_noun.finditer(after)
                if _specific_place(after[max(0, m.start() - 30):m.end()], vocab)), None)
    return bool(vocab.patterns["lesion_not_treated"].search(after[:nxt.start()] if nxt else after))


def described_lesions(text: str, ctx: TextContext, vocab: Vocabulary,
                      doses: list[DoseStatement]) -> list[tuple[int, int, int, int]]:
    """Where the chart names its targets, best first.

    Every affirmed lesion phrase is a candidate, scored: named on a "Target:"/"Diagnosis:" line, in a
    sentence or line with a prescription or treatment words, a target noun (metastasis, lesion,
    schwannoma) rather than the primary cancer's name, a known site. Each is the name's span and the
    span of the words describing it (the whole labelled line, or the sentence), so a size written after
    a semicolon on the same line still belongs to the lesion.
    """
    found: dict[tuple[int, int, int, int], float] = {}
    rx = [d.start for d in doses if d.counts and d.kind != "dose_per_fraction"]

    def consider(score: float, span: tuple[int, int, int, int]) -> None:
        s, e, cs, ce = span
        if not ctx.counts(s, e):
            return
        if said_not_treated(text[e:max(e, ce)], vocab):
            return  # "convexity meningioma: observation, not treated" (up to the next lesion's words)
        noun = vocab.lesion_noun.search(text[s:e])
        if noun and noun.group(0).lower() not in vocab.primary_nouns:
            score += 2
        elif noun and re.search(r"\bprimary\b", text[max(cs, s - 40):s], re.I):
            return  # "primary C50.912 (HER2+ breast cancer)": the primary, not this course's target
        if site_of(text[s:e], vocab):
            score += 1
        if any(cs <= p < ce for p in rx):
            score += 3
        elif vocab.patterns["treatment_words"].search(text[cs:ce]):
            score += 1
        found[span] = max(score, found.get(span, score))

    for m in vocab.patterns["labelled_line"].finditer(text):
        value_start, value_end = m.start("value"), m.end("value")
        value = m.group("value")
        bonus = 2.5 if vocab.patterns["target_label"].match(m.group(0)) else 2.0
        span = lesion_phrase(value, vocab)
        if span:
            consider(bonus, (value_start + span[0], value_start + span[1], value_start, value_end))
        elif site_of(value, vocab):
            name = clean_name(value, vocab)
            consider(bonus - 0.5, (value_start, value_start + len(name), value_start, value_end))
    nouns = list(vocab.lesion_noun.finditer(text))
    for i, m in enumerate(nouns):
        span = _noun_phrase(text, nouns, i, vocab)
        if not span:
            continue
        s, e = ctx.sentence(m.start())
        if site_of(text[span[0]:span[1]], vocab) or any(t.regex.search(text[s:e]) for t in vocab.complex_histology):
            consider(0.0, (span[0], span[1], s, e))
    return [span for span, _ in sorted(found.items(), key=lambda kv: (-kv[1], kv[0][0]))]
