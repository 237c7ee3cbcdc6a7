"""Lesion resolution: mentions from every source, page and document become lesion entities.

Rows of one table are distinct lesions; a row of another table, a structure name (PTV_LtOccipital) or a
plain name with the same location words is the same lesion unless their labels differ. Each lesion gets
its site, CPT class with reasons, delivered dose and fractions, size and histology, with evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from copy import deepcopy
from dataclasses import replace
from datetime import date

from srscheck.core.model import FLAG_QUOTES, Document, Evidence, Lesion, ReviewFlag, unique

from ..context import TextContext
from ..interruptions import stops_this_course
from ..lines import soften
from ..quantities import REGIMEN_KINDS, SAME_GY, DoseStatement, apart, chart_tables, near, to_gy
from ..texttables import row_cells
from ..vocab import Vocabulary, cached_rx
from .classification import (
    LEVEL_ORDER,
    _histology,
    _specific_place,
    complexity,
    contiguous_levels,
    label_key,
    label_letters,
    label_text,
    level_key,
    located_site,
    metastatic_to,
    next_clause,
    noun_text,
    plain_words,
    same_places,
    side_run,
    signature,
    site_of,
    sizes_cm,
    spelled_out,
    strip_primary,
    structure_labels,
    tissue_only,
    unlevelled,
    vertebral_levels,
)
from .sources import (
    _LABEL_WORD,
    Draft,
    abbreviation_places,
    add_phase,
    clean_name,
    count_members,
    count_statements,
    counts_of_untreated,
    described_lesions,
    distance_columns,
    label_aliases,
    label_places,
    listed_lesions,
    named_dose_lesions,
    named_members,
    series_name,
    table_lesions,
    treated_place,
    volume_key,
)

MAX_EVIDENCE = FLAG_QUOTES


def session_rows(group: list[Draft], vocab: Vocabulary) -> list[Draft]:
    """Rows of a treatment record (a date in every row) that repeat one name are that lesion's sessions or
    fields ("2026-03-04 1 RUL_SBRT ARC1 ...", "... ARC2 ...", next day's rows): one draft. Rows with
    different names stay distinct lesions."""
    if len(group) < 2 or 2 * sum(_first_day(d.text, vocab) is not None or bool(vocab.numeric_date.search(d.text))
                                 for d in group) < len(group):
        return group  # a record: dated rows (a scanned page may lose a row's date)
    rows: dict[str, list[Draft]] = {}
    for d in group:
        rows.setdefault(_row_key(d.name), []).append(d)
    sessions = _course_sessions(group, vocab) if len(rows) >= 2 else None
    out = []
    for same in rows.values():
        same.sort(key=lambda d: len(d.name.strip()) != len(_row_key(d.name)))  # the plain name first
        first = same[0]
        own = [(d, d.fractions) for d in same]  # each row with its own fraction number, before they are folded
        # and its own dose, before folding gives the first row (a set-up image's row, no dose) the next row's
        own_doses = [(d.dose_gy, d.dose) for d in same if d.dose_gy is not None]
        for d in same[1:]:
            _absorb(first, d)
        first.untreated = all(d.untreated for d in same)  # one session not given: the lesion was treated
        if len(same) > 1:
            # a session marked not given ("5 | CAV_LFront | 0 | NOT TREATED - pt admitted") counts no fraction
            given = [d for d in same if not d.untreated] or same
            first.sessions = len(given)
            # the sessions' count is the highest fraction number, or the number of days its rows are dated
            # with when more (rows of one day are its fields or isocenters; a stage's "1/1" counts one plan's
            # fraction); a rising dose column is cumulative
            numbers = [d.fractions for d in given if d.fractions is not None]
            days = len({day for day in (_first_day(d.text, vocab) for d in given) if day})
            first.fractions = max(numbers + [days]) if numbers or days > 1 else first.fractions
            first.missed = sorted({n for d in same for n in d.missed})
            rising = len(own_doses) > 1 and all(a[0] < b[0] for a, b in zip(own_doses, own_doses[1:]))
            if rising:
                first.dose_gy, first.dose = own_doses[-1]
            running = _running_total(own, vocab)
            if running is not None and (first.dose_gy is None or running > first.dose_gy):
                first.dose_gy, first.dose = running, None
            elif running is None and len(own_doses) == len(same) and days == len(same) and \
                    sorted(numbers) == list(range(1, len(same) + 1)) and not rising:
                # one row for each fraction, each on its own day and numbered 1..k, each with the dose of its session
                # and no running total ("1 | 11/16 | T8 | 12 Gy", "2 | 11/18 | T8 | 12 Gy"): the sessions' sum
                first.dose_gy, first.dose = round(sum(g for g, _ in own_doses), 3), None
        if sessions is not None:  # the log numbers the course's sessions: the lesion had as many as its days
            first.fractions = len({sessions[id(d)] for d in same if not d.untreated} or
                                  {sessions[id(d)] for d in same})
        out.append(first)
    return out


def _course_sessions(group: list[Draft], vocab: Vocabulary) -> dict[int, object] | None:
    """Each row's day, when the number a log's rows carry is the course's session number and not each lesion's own
    count: every row dated, one number for each day and one day for each number, and the numbers 1, 2, 3 ... in the
    order of the days ("1 | 08/07 | PTV_LFront", "1 | 08/07 | PTV_RCbl", "2 | 08/14 | PTV_LTemp": the left temporal
    lesion had one session, the course's second). None otherwise."""
    days = {id(d): _first_day(d.text, vocab) for d in group}
    if any(day is None for day in days.values()) or any(d.fractions is None for d in group):
        return None
    number: dict[object, int] = {}
    for d in group:
        if number.setdefault(days[id(d)], d.fractions) != d.fractions:  # type: ignore[arg-type]
            return None
    order = [number[day] for day in sorted(number)]  # type: ignore[type-var]
    if order != list(range(1, len(order) + 1)) or len(order) < 2:
        return None
    return days


_COMPACT_DATE = re.compile(r"(?<![\w.:-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w.:-])")


def _first_day(text: str, vocab: Vocabulary):
    """The day of the first full date in ``text`` (with its year: "1/1" is a count), also an export's compact
    "20260914" standing alone in its cell; None when none."""
    day = next(iter(vocab.dates_in(text)), None)
    if day is None:
        m = _COMPACT_DATE.search(text)
        if m:
            try:
                day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                day = None
    return day


def _doses_gy(text: str, vocab: Vocabulary) -> list[float]:
    """Every dose ``text`` writes with its unit, in Gy, in order: "10 Gy", "1000 cGy", "10 GyE", "10 Gy(RBE)" and
    "1000 rad" alike (quantity_roles.yaml ``dose_units``)."""
    rx = cached_rx(rf"(?<![\d.])(\d{{1,4}}(?:\.\d+)?)\s*({vocab.roles.unit_forms})(?![a-z])")
    return [to_gy(n, u, vocab) for n, u in rx.findall(text)]


def _running_total(rows: list[tuple[Draft, int | None]], vocab: Vocabulary) -> float | None:
    """The highest running total of a lesion's session rows (each with its fraction number) that give a dose and
    then a larger running total ("RLL | 3 | 09/18 | 10 Gy | 30 Gy"); None when no row does. When the rows of the
    fractions after that total give their dose and no running total (a cell a scan lost: "RLL | 5 | 09/23 | 10 Gy |
    Gy"), the total runs on by their doses."""
    totals: list[tuple[float, int | None]] = []
    later: dict[int, float] = {}  # fraction number -> the dose of its row that writes no running total
    for d, n in rows:
        gy = _doses_gy(d.text, vocab)
        if len(gy) >= 2 and gy[-1] > gy[0]:
            totals.append((gy[-1], n))
        elif len(gy) == 1 and n is not None:
            later.setdefault(n, gy[0])
    if not totals:
        return None
    top, at = max(totals, key=lambda t: t[0])
    if at is not None and all(n is not None and n <= at for _, n in totals):
        after = sorted(n for n in later if n > at)
        if after and after == list(range(at + 1, at + 1 + len(after))):  # the fractions right after it, each once
            top += sum(later[n] for n in after)
    return top


def _row_key(name: str) -> str:
    """A record row's target name without the cells run into it ("LUL<tab>3<tab>Gy" -> "lul")."""
    return row_cells(name.strip())[0].strip().lower()


def record_pages(groups: list[list[Draft]], vocab: Vocabulary, text: str | None = None) -> list[list[Draft]]:
    """A treatment record continued on the next page (its header repeated) is one record: consecutive
    groups of dated rows that share a name are joined, so their sessions are counted together. With the chart's
    ``text``, only across a page break: two dated tables of one page are two records (a prescription's revision
    history, dated by version, and the delivery record below it)."""
    out: list[list[Draft]] = []
    for g in groups:
        prev = out[-1] if out else None
        paged = text is None or not prev or not g or \
            "\f" in text[max(d.text_start for d in prev):min(d.text_start for d in g)]
        if prev and paged and all(vocab.numeric_date.search(d.text) for d in prev + g) and \
                {d.name.strip().lower() for d in prev} & {d.name.strip().lower() for d in g}:
            prev.extend(g)
        else:
            out.append(list(g))
    return out


def structure_core(name: str, vocab: Vocabulary) -> str:
    """A structure or plan name without its volume type and technique ("PTV_Liv6", "LIV6_SBRT" -> "liv6");
    "" for a name that is no structure name (no underscore) or has nothing left."""
    n = name.strip()
    if "_" not in n or " " in n:
        return ""
    n = vocab.patterns["technique_suffix"].sub("", cached_rx(rf"^(?:{vocab.volume_kind})[_-]*").sub("", n))
    return n.strip(" _-").lower()


_COMPACT_LEAST = 3  # letters at least of a name compared run together (no "L" matching "PTV_L")


def _spelled_as(a: str, b: str, vocab: Vocabulary) -> bool:
    """Whether one name is a structure whose core (:func:`structure_core`) is the other, a plain name, run together
    ("PTV_LFront" and "L Front", "PTV_RCbm" and "R Cbm")."""
    for x, y in ((a, b), (b, a)):
        core = structure_core(x, vocab)
        plain = re.sub(r"[\s._-]+", "", y).lower()
        if core and "_" not in y and len(plain) >= _COMPACT_LEAST and core == plain:
            return True
    return False


def plan_structure(name: str, vocab: Vocabulary) -> str:
    """The structure a plan's name is made of, its technique or fractionation left out ("PTV_A_5fx" -> "PTV_A",
    "LIV6_SBRT" -> "LIV6"); "" when the name has no such ending or no underscore is left."""
    n = name.strip()
    if " " in n:
        return ""
    core = vocab.patterns["technique_suffix"].sub("", n)
    return core if core != n and "_" in core else ""


def merge_tables(kept: list[Draft], new: list[Draft], vocab: Vocabulary,
                 aliases: dict[str, frozenset[str]] | None = None) -> list[Draft]:
    """Rows of one table are distinct lesions; a row of another table with the same location words (or
    a subset of them, with at least one place word) is a lesion already kept, and so is each row of a table whose
    rows all stand for the kept lesions one to one by site and dose (:func:`_same_course_rows`), a row whose label a
    legend gives a kept lesion's structure (``aliases``, sources.label_aliases: "Target 1 = PTV_RCereb") and a row
    named by its label only ("3") whose label is that of one kept row and no other (:func:`_same_label`)."""
    if not kept:
        return list(new)
    aliases = aliases or {}
    out = list(kept)
    sigs = [same_places(d.name, vocab) for d in kept]
    taken: set[int] = set()
    unmatched: list[Draft] = []
    for d in new:
        sig = same_places(d.name, vocab)
        hit = _alias_of(d, kept, taken)
        hit = hit if hit is not None else next((i for i, k in enumerate(kept) if i not in taken and (
            (volume_key(d.name, vocab) and volume_key(d.name, vocab) == volume_key(k.name, vocab)) or
            (structure_core(d.name, vocab) and structure_core(d.name, vocab) == structure_core(k.name, vocab)))),
            None)
        if hit is None:  # the record's site written out in words the plan's structure runs together ("L Front",
            # "R Cbm" for "PTV_LFront", "PTV_RCbm"): the same letters, the volume type aside
            hit = next((i for i, k in enumerate(kept) if i not in taken and _spelled_as(d.name, k.name, vocab)), None)
        if hit is None:  # "PTV_LFcav" in the record is the plan's numbered "PTV1_LFcav" (the one kept so named)
            hit = _numbered_as(d.name, kept, taken, vocab)
        if hit is None:  # a record row named by its site ("Brain L Par") and its plan's structure in another
            # cell ("Ref. Point: Met_LPar"): the lesion that structure names
            # (a plan named after its structure and technique or fractionation, "PTV_A_5fx", names "PTV_A")
            hit = next((i for i, k in enumerate(kept) if i not in taken and
                        (_names_structure(d.text, k.name) or _names_structure(k.text, d.name) or
                         _names_structure(k.text, plan_structure(d.name, vocab)))), None)
        if hit is None and volume_label(d.name, vocab):
            # "PTV1" in the treatment record is the plan's "PTV1 R parietal", unless their places differ
            hit = next((i for i, k in enumerate(kept) if i not in taken and
                        volume_label(k.name, vocab) == volume_label(d.name, vocab) and
                        not _places_differ(sig, sigs[i], vocab)), None)
        if hit is None and (volume_label(d.name, vocab) or structure_number(d.name, vocab)):
            # "Target 1" in the record is the plan's structure numbered 1 ("PTV_1_LFront"), or the other way round,
            # when that number is one kept lesion's only, their places do not differ and their doses agree
            # (a kept lesion named by its place is numbered by the structure its row aliases: the plan's "1 |
            # PTV1_LFront | left frontal" is the log's "PTV1")
            number = volume_label(d.name, vocab) or structure_number(d.name, vocab)
            same = [i for i, k in enumerate(kept) if number in _numbers(k, vocab)]
            if len(same) == 1 and same[0] not in taken and not _places_differ(sig, sigs[same[0]], vocab) and \
                    _doses_agree(d, kept[same[0]]) and \
                    bool(structure_number(d.name, vocab)) != _structure_numbered(kept[same[0]], vocab):
                hit = same[0]
        # the same structure name, or the plan named after it ("PTV_Liv6" / "LIV6_SBRT")
        if hit is None and any(w not in vocab.laterality for w in sig):
            for i, other in enumerate(sigs):
                if i in taken or not other or _labels_differ(d.name, kept[i].name, vocab):
                    continue
                if (sig <= other or other <= sig) and any(w not in vocab.laterality for w in sig & other):
                    hit = i
                    break
        if hit is None and not any(w not in vocab.laterality for w in sig):
            hit = _only_of_its_noun(d, kept, taken, vocab)
        if hit is None and aliases:
            hit = _aliased(d, kept, taken, aliases)
        if hit is None:
            hit = _same_label(d, kept, taken, vocab)
        if hit is None:
            unmatched.append(d)
            continue
        taken.add(hit)
        _join(out[hit], d)
    pairs = _same_course_rows(kept, unmatched, vocab) if len(unmatched) == len(new) else None
    if pairs is None:
        return out + unmatched
    for i, d in pairs:
        _join(out[i], d)
    return out


def _numbers(k: Draft, vocab: Vocabulary) -> set[str]:
    """The numbers a kept lesion's structure names give it: its name's ("PTV1 R parietal", "PTV_1_LFront"), else its
    aliases' (the structure in its row beside the place that names it)."""
    own = volume_label(k.name, vocab) or structure_number(k.name, vocab)
    if own:
        return {own}
    return {n for a in k.aliases if (n := structure_number(a, vocab) or volume_label(a, vocab))}


def _structure_numbered(k: Draft, vocab: Vocabulary) -> bool:
    """Whether a kept lesion's number is a structure name's ("PTV_1_LFront"), its own or its alias's."""
    if volume_label(k.name, vocab) or structure_number(k.name, vocab):
        return bool(structure_number(k.name, vocab))
    return any(structure_number(a, vocab) for a in k.aliases)


def _alias_of(d: Draft, kept: list[Draft], taken: set[int]) -> int | None:
    """The one kept lesion that row ``d`` names by a structure its row aliases, or the other way round (the plan's
    "PTV2 | Right cerebellar" and the record's "PTV2"; Draft.aliases); None otherwise."""
    mine = {a.lower() for a in d.aliases} | {d.name.strip().lower()}
    hits = [i for i, k in enumerate(kept) if i not in taken and (k.aliases or d.aliases) and
            mine & ({a.lower() for a in k.aliases} | {k.name.strip().lower()})]
    return hits[0] if len(hits) == 1 else None


def _aliased(d: Draft, kept: list[Draft], taken: set[int], aliases: dict[str, frozenset[str]]) -> int | None:
    """The one kept lesion that a legend ties to row ``d`` ("Target 1 = PTV_RCereb"): the row is named by the label
    and the kept lesion by the structure (its name or a word of its row), or the other way round; None otherwise."""
    def named(draft: Draft, names: frozenset[str]) -> bool:
        return draft.name.strip().lower() in names or any(_names_structure(draft.text, n) for n in names)

    mine = aliases.get(label_key(d.name), frozenset())
    hits = [i for i, k in enumerate(kept) if i not in taken and (
        (mine and named(k, mine)) or named(d, aliases.get(label_key(k.name), frozenset())))]
    return hits[0] if len(hits) == 1 else None


def _bare_label(vocab: Vocabulary) -> re.Pattern[str]:
    """A label and nothing else ("3", "#3", "C"; the vocabulary's label shape, capitals as written), in group 1."""
    return cached_rx(rf"\s*#?({vocab.label_shape})\s*", 0)


def _same_label(d: Draft, kept: list[Draft], taken: set[int], vocab: Vocabulary) -> int | None:
    """The kept lesion whose row opens with the label that is all of row ``d``'s name (a record's "3" under its
    Target column for the plan's "3 | R cerebellar"), when exactly one kept row does and their doses agree; None
    otherwise."""
    m = _bare_label(vocab).fullmatch(d.name)
    if m is None:
        return None
    hits = [i for i, k in enumerate(kept) if _row_label(k.text, vocab) == m.group(1)]
    if len(hits) != 1 or hits[0] in taken or not _doses_agree(d, kept[hits[0]]):
        return None
    return hits[0]


def _row_label(row: str, vocab: Vocabulary) -> str | None:
    """The label a table row opens with ("3" of "3 R cerebellar 16 1.88 18"), None when its first word is none."""
    words = row.split(None, 1)
    first = _bare_label(vocab).fullmatch(words[0]) if words else None
    return first.group(1) if first else None


def _join(k: Draft, d: Draft) -> None:
    """Row ``d`` of another table is lesion ``k``: its totals, its sessions and its words are ``k``'s."""
    if k.replaced and not d.replaced and d.dose_gy is not None:
        # the lesion in the plan version the course replaced, then in the later version's table: the later one's
        k.dose_gy, k.dose, k.replaced = d.dose_gy, d.dose, False
        k.fractions = d.fractions or k.fractions
        k.table_totals = []
    for row in (k, d):
        if row.replaced:
            continue
        total = _table_total(row)
        if total is not None and total not in k.table_totals:
            k.table_totals.append(total)
    if d.untreated and not k.sessions:  # a record's "not treated" row strikes the plan's lesion
        k.untreated = True
    _short_record(k, d)
    _absorb(k, d)
    if k.size_cm is None:
        k.size_cm = d.size_cm


def _short_record(k: Draft, d: Draft) -> None:
    """Lesion ``k`` of a plan (n fractions) whose treatment record ``d`` gives it fewer fractions, a later one marked
    not given and never made up (Draft.missed: "5 | CAV_LFront | 0 | NOT TREATED - pt admitted"), each at the plan's
    dose per fraction: it had the record's fractions at that dose; the plan's regimen is kept for review
    (Draft.planned). A record whose doses are not the plan's says nothing of it."""
    if not d.missed or d.fractions is None or d.fractions >= min(d.missed) or k.sessions or \
            k.planned is not None or k.dose_gy is None or not k.fractions or d.dose_gy is None or \
            not 1 <= d.fractions < k.fractions:
        return
    per = k.dose_gy / k.fractions
    if not any(near(d.dose_gy, x, SAME_GY, strict=True) for x in (per, per * d.fractions)):
        return
    k.planned = (k.dose_gy, k.fractions)
    k.dose_gy, k.dose, k.fractions = round(per * d.fractions, 3), None, d.fractions


def _same_course_rows(kept: list[Draft], new: list[Draft], vocab: Vocabulary) -> list[tuple[int, Draft]] | None:
    """A table none of whose rows names a lesion already kept, with as many rows (two or more) as there are lesions
    kept, each row of one site and dose (its fraction count, if it has one, too) that exactly one kept lesion has
    and no other row: the same lesions under other names (a record's "Brain-A", "Brain-B", "Spine" for the plan's
    "PTV_1 R parietal", "PTV_2 L cerebellar", "PTV_T4"), as (index of the kept lesion, row); None otherwise."""
    if len(new) < 2 or len(new) != len(kept):
        return None

    def key(d: Draft) -> tuple[str | None, float | None]:
        return site_of(d.name, vocab) or site_of(d.text, vocab), d.dose_gy

    def fits(a: Draft, b: Draft) -> bool:
        (sa, ga), (sb, gb) = key(a), key(b)
        return sa is not None and sa == sb and ga is not None and gb is not None and near(ga, gb, SAME_GY) and \
            (a.fractions is None or b.fractions is None or a.fractions == b.fractions)

    pairs = []
    for d in new:
        hits = [i for i, k in enumerate(kept) if fits(k, d)]
        if len(hits) != 1 or sum(1 for o in new if fits(kept[hits[0]], o)) != 1:
            return None
        pairs.append((hits[0], d))
    return pairs if len({i for i, _d in pairs}) == len(pairs) else None


def _table_total(d: Draft) -> tuple[int, float, int | None] | None:
    """A table row's total for its lesion, as (offset of its dose or name, Gy, fractions); None for a row with
    no dose or one phase's row (phases of a lesion add up: sources.add_phase)."""
    if d.dose_gy is None or d.phase is not None or len(d.phases) >= 2:
        return None
    return d.dose.start if d.dose is not None else d.start, d.dose_gy, d.fractions


def _totals_differ(a: tuple[int, float, int | None], b: tuple[int, float, int | None], course_fx: int | None) -> bool:
    """Two tables' totals for one lesion that are two different doses of one regimen: the same fraction count
    (one row's count, the other's or the course's when a row gives none) and neither total the other's, nor one
    the other's dose per fraction. Totals in different counts (the plan's five fractions, the record's three of a
    course stopped early) are the planned and the delivered course, which the fraction flags name."""
    (_, ga, fa), (_, gb, fb) = a, b
    if fa is None and fb is None:
        return False
    if (fa if fa is not None else course_fx) != (fb if fb is not None else course_fx):
        return False
    fx = fa or fb or 1
    return not any(near(x, y, SAME_GY, strict=True) for x, y in ((ga, gb), (ga * fx, gb), (ga, gb * fx)))


def _two_totals_flags(document: Document, ctx: TextContext, drafts: list[Draft], course_fx: int | None,
                      ) -> list[ReviewFlag]:
    """Lesions of a course of several whose tables (the plan's, the record's) give them two different totals
    in one regimen: one flag per lesion, naming it, quoting both rows; the reading keeps the lesion's dose."""
    out = []
    for d in drafts:
        if d.dose_gy is None or len(d.phases) >= 2 or d.planned is not None:  # (a stopped target: its own flag)
            continue
        pair = next(((a, b) for i, a in enumerate(d.table_totals) for b in d.table_totals[i + 1:]
                     if _totals_differ(a, b, course_fx)), None)
        if pair is None:
            continue
        a, b = sorted(pair, key=lambda t: apart(t[1], d.dose_gy, SAME_GY))  # type: ignore[arg-type]
        ev = unique([document.evidence(*ctx.sentence(t[0]), rule="review:dose") for t in (a, b)])
        out.append(ReviewFlag(
            "lesions", f"The chart gives {d.name} {a[1]:g} Gy in one place and {b[1]:g} Gy in another; "
            f"{d.dose_gy:g} Gy was used: check which is right.", tuple(ev)[:MAX_EVIDENCE], lesion=d.name))
    return out


def _stopped_early(d: Draft, course_fx: int | None, vocab: Vocabulary, related: str = "") -> None:
    """One target of several that its own clause, or a clause elsewhere that names it and no other target
    (``related``: :func:`related_text`; "T12 and L3, 27 Gy in 3 fractions each ... L3 was stopped after the first
    fraction"), says stopped after k fractions ("the left adrenal target was stopped after 3 fractions (24 Gy)";
    patterns target_stopped_after, a stop of this course's radiation, not a drug's): it had k fractions, and the
    dose the clause gives it, else its plan's dose per fraction k times; what its plan gave it is kept
    (Draft.planned) for a review flag."""
    plan_fx = d.fractions if d.fractions is not None else course_fx
    words = f"{d.text} ; {related}" if related else d.text
    if d.planned is not None or not words or plan_fx is None:
        return
    for m in vocab.patterns["target_stopped_after"].finditer(words):
        kth = m.group("kth")
        k = dict(vocab.ordinal_words).get(kth.lower()) if kth else vocab.number((m.group("k") or m.group("k2")).lower())
        n = m.group("n") or m.group("n2") or m.group("n3")
        n = vocab.number(n.lower()) if n else plan_fx
        if not k or not n or not 1 <= k < n or n != plan_fx or \
                not stops_this_course(words, m.start(), m.end(), vocab):
            continue
        plan_gy = d.dose_gy
        if d.dose is not None and d.dose.fractions == n and d.dose_gy is not None:  # the plan's dose: k of its n
            per = d.dose.per_fraction_gy or d.dose_gy / n
            d.dose_gy = round(per * k, 3)
        elif d.dose is not None and d.dose.fractions not in (None, k):
            return  # a dose of another count in its clause: no reading of what it had
        d.planned = (plan_gy if plan_gy != d.dose_gy else None, n)
        d.fractions = k
        return


def _gy_fx(gy: float | None, fx: int | None) -> str:
    """"30 Gy in 3 fractions", "30 Gy", "3 fractions" (what is known of a regimen)."""
    parts = [f"{gy:g} Gy" if gy is not None else "", f"{fx} fraction{'s' if fx != 1 else ''}" if fx else ""]
    return " in ".join(p for p in parts if p) or "nothing stated"


def _delivered_flags(document: Document, ctx: TextContext, drafts: list[Draft]) -> list[ReviewFlag]:
    """Targets whose delivered dose or fraction count is not their plan's (a target stopped early, read from a
    row's delivered column or the clause that stops it): the delivered values are read, the coder checks them."""
    out = []
    for d in drafts:
        if d.planned is None or (_same_gy(d.planned[0], d.dose_gy) and d.planned[1] in (None, d.fractions)):
            continue  # (what its plan gave it after all: a log's session number read first as its count)
        ev = document.evidence(*ctx.sentence(d.start), rule="review:delivered") if d.end > d.start else None
        out.append(ReviewFlag(
            "lesions", f"{d.name} was planned {_gy_fx(*d.planned)} and received "
            f"{_gy_fx(d.dose_gy, d.fractions)}; the delivered dose was used: check that this target stopped early.",
            (ev,) if ev else (), lesion=d.name))
    return out


def _same_gy(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and near(a, b, SAME_GY, strict=True)


def _numbered_as(name: str, kept: list[Draft], taken: set[int], vocab: Vocabulary) -> int | None:
    """The one kept lesion whose structure name (its name, or a word of its row) is this one's with a number, or
    without it ("PTV1_LFcav" and "PTV_LFcav": one document numbers its targets, the other does not); None when no
    kept lesion or more than one is so (two numbered "PTV1_Lung" and "PTV2_Lung" are two lesions)."""
    numbered = cached_rx(rf"(?<![\w.-])(?:{vocab.volume_kind})[_-]?(\d{{1,2}})?[_-]([A-Za-z]\w*)(?![\w-])")
    m = numbered.fullmatch(name.strip())
    if m is None:
        return None
    same = [i for i, k in enumerate(kept)
            if any(o.group(2).lower() == m.group(2).lower() and (m.group(1) is None) != (o.group(1) is None)
                   for o in numbered.finditer(f"{k.name} {k.text}"))]
    return same[0] if len(same) == 1 and same[0] not in taken else None


def _only_of_its_noun(d: Draft, kept: list[Draft], taken: set[int], vocab: Vocabulary) -> int | None:
    """A row named with no place, only a lesion noun ("GTV_cav": the cavity), is the one lesion of another
    table with that noun ("Right frontal resection cavity") when exactly one has it and their doses and
    fractions agree; None otherwise."""
    noun = vocab.lesion_noun.search(plain_words(d.name, vocab))
    if noun is None:
        return None
    word = noun.group(0).lower().split()[-1]
    same = [i for i, k in enumerate(kept) if any(m.group(0).lower().split()[-1] == word
                                                 for m in vocab.lesion_noun.finditer(plain_words(k.name, vocab)))]
    if len(same) != 1 or same[0] in taken or _labels_differ(d.name, kept[same[0]].name, vocab) or \
            not _doses_agree(d, kept[same[0]]):
        return None
    return same[0]


def _names_structure(row: str, name: str) -> bool:
    """A row that writes a structure identifier ("PTV_LFrontal", "Met_LPar": one word with an underscore)
    as one of its cells' words."""
    name = name.strip()
    if not name or " " in name or "_" not in name:
        return False
    return re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", row, re.I) is not None


def volume_label(name: str, vocab: Vocabulary) -> str:
    """The numbered structure a name starts with ("PTV1 R parietal", "PTV1", "GTV 1" -> "1"); "" if none."""
    m = vocab.patterns["volume_label"].match(name)
    return m.group("label").lower() if m else ""


def structure_number(name: str, vocab: Vocabulary) -> str:
    """The number a structure name carries between its volume type and its place ("PTV_1_LFront", "PTV2_RPar" ->
    "1", "2"; patterns numbered_structure); "" if none."""
    m = vocab.patterns["numbered_structure"].match(name)
    return m.group("label").lower() if m else ""


def _places_differ(a: frozenset[str], b: frozenset[str], vocab: Vocabulary) -> bool:
    """Both names give a side, or place words, and they share none: two lesions."""
    sides_a, sides_b = a & set(vocab.laterality), b & set(vocab.laterality)
    places_a, places_b = a - sides_a, b - sides_b
    return (bool(sides_a and sides_b and not sides_a & sides_b)
            or bool(places_a and places_b and not places_a & places_b))


def _absorb(kept: Draft, same: Draft) -> None:
    """Fold another mention of the same lesion into the kept draft: its words, and the dose and
    fractions the kept one lacks; another phase or stage of the lesion adds its dose and fractions."""
    if same.optic_mm is not None:
        kept.optic_mm = same.optic_mm if kept.optic_mm is None else min(kept.optic_mm, same.optic_mm)
    if kept.volume_cc is None:
        kept.volume_cc = same.volume_cc
    kept.aliases.extend(a for a in same.aliases if a not in kept.aliases)
    if add_phase(kept, same):
        return
    kept.spans.extend(same.spans)
    if kept.shared and not same.shared and same.dose is not None and same.dose_gy is not None and \
            same.dose is not kept.dose:
        # a dose shared out over a list ("T8 and L3 ..., 24 Gy in 2 fractions each") and this target's own statement
        # ("L3 received 12 Gy in 1 fraction", "T8 was given 16 Gy in 2 fractions instead"): its own dose is its; a
        # target stopped short of the shared count keeps that count as its plan's (Draft.planned, for review)
        if same.fractions and kept.fractions and same.fractions < kept.fractions:
            kept.planned = (kept.dose_gy, kept.fractions)
        kept.dose_gy, kept.dose, kept.shared = same.dose_gy, same.dose, False
        kept.fractions = same.fractions or kept.fractions
        return
    if kept.dose_gy is None or (kept.dose is not None and kept.dose.kind == "dose" and same.dose is not None and
                                same.dose.kind != "dose" and same.dose.fractions and same.dose_gy is not None):
        # a bare dose of one fraction's log row ("T12 800 cGy") gives way to the lesion's total in fractions
        # ("T12 2400 cGy / 3 fx")
        kept.dose_gy, kept.dose = same.dose_gy, same.dose
    if kept.fractions is None:
        kept.fractions = same.fractions


def _labels_differ(a: str, b: str, vocab: Vocabulary) -> bool:
    """Both names carry a label ("metastasis 1" / "metastasis 2", "T1 Lt frontal" / "T2 Lt frontal") and
    the labels differ: two lesions, however alike their places. Labels compare by :func:`classification.label_key`
    ("#1" as "1"), as a legend's labels do (sources.label_aliases)."""
    label = cached_rx(rf"(?<![\w.])(?:#?{vocab.label_shape}|[LTCSM]\d{{1,2}})(?![\w.])", 0)  # capitals as written
    la, lb = {label_key(x) for x in label.findall(a)}, {label_key(x) for x in label.findall(b)}
    return bool(la) and bool(lb) and not (la & lb)


def related_text(name: str, own_start: int, text: str, vocab: Vocabulary,
                 sentences: list[tuple[int, int]], others: tuple[str, ...] = (),
                 others_at: tuple[int, ...] = ()) -> str:
    """Other words about the same lesion: in every sentence naming its place (same location words and
    side), the clause from that place to the next lesion (", and ...", ";"). A bullet "PTV2 suprasellar,
    4 mm from the optic chiasm" reaches the "Suprasellar" row of a dose table; "a suprasellar
    metastasis 4 mm from the chiasm, and a left frontal metastasis" gives each lesion its own clause. The clause
    also ends where a place of one of the ``others`` (the course's other lesions) that this lesion does not share
    is named ("a 1 mm expansion for the left frontal PTV and no expansion for the pontine target"). Another
    lesion's own row or item (``others_at``: where the course's differently named lesions start) is that lesion's,
    even where it names the same place ("R angular gyrus" and the next row's "R gyrus rectus ... 4 mm from the
    chiasm")."""
    sig = signature(name, vocab)
    places = {w for w in sig if w not in vocab.laterality}
    if not places:
        return ""
    theirs = {w for o in others for w in signature(o, vocab)
              if w not in vocab.laterality and not w.startswith("#")} - places
    theirs |= {form for form, place in vocab.place_forms if place in theirs}
    their_place = cached_rx(r"(?<![a-z0-9])(?:" + "|".join(sorted(map(re.escape, theirs))) + r")(?![a-z0-9])") \
        if theirs else None
    side = {vocab.side_abbreviations.get(w, w) for w in sig} & {"left", "right"}
    out = []
    for s, e in sentences:
        if e - s < 200 and (s <= own_start < e or any(s <= o < e for o in others_at)):
            continue  # the lesion's own row or item, or another lesion's
        sent = text[s:e]
        low = sent.lower()
        words = {vocab.side_abbreviations.get(w, w) for w in re.findall(r"[a-z0-9]+", low)}
        if not places <= words or (side and (words & {"left", "right"}) and not side <= words):
            continue
        hits = [m.start() for p in places for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])", low)]
        if not hits:
            continue
        first = min(hits)
        left = _clause_start(sent, 0, first, vocab)
        for m in _dose_before(vocab).finditer(sent, left, first):  # "PTV1 ... 25 Gy in 5 fractions and PTV2 left
            left = m.end()  # frontal ...": a clause never reaches back over another lesion's dose
        ends = [m.start() for m in next_clause(vocab, sentence_end=True).finditer(sent, first)]
        other = their_place.search(low, first) if their_place is not None else None
        if other is not None:
            ends.append(other.start())
        out.append(sent[left:min(ends) if ends else len(sent)].strip())
    return "; ".join(out)  # each sentence's clause its own: "right temporal, 3.6 cm" + "to the temporal lesion" is
    # no "3.6 cm to the temporal lesion" (a distance)


def _lines_naming(name: str, text: str, vocab: Vocabulary) -> str:
    """Every line naming the place of a chart's only lesion (its Diagnosis row, its summary line)."""
    places = {w for w in signature(name, vocab) if w not in vocab.laterality}
    if not places:
        return ""
    return "\n".join(line for line in text.splitlines()  # each line its own clause
                     if places <= set(re.findall(r"[a-z0-9]+", line.lower())))


def _distinct_target(name: str, drafts: list[Draft], vocab: Vocabulary) -> bool:
    """Another target, not the first one again nor the primary cancer: a target noun and a specific place
    that no draft has."""
    noun = vocab.lesion_noun.search(name)
    if noun is None or noun.group(0).lower() in vocab.primary_nouns or not _specific_place(name, vocab):
        return False
    sig = same_places(name, vocab)
    return bool(sig) and not any(sig & same_places(d.name, vocab) for d in drafts)


def _clause(text: str, s: int, e: int, cs: int, ce: int, vocab: Vocabulary,
            neighbours: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The clause of a sentence (cs..ce) that holds the phrase s..e: from the last , ; : ( before it to the
    next lesion (", and ...", ";"). With ``neighbours`` (the other lesions' phrases in the sentence) the clause
    never reaches over another lesion's words: between two lesions it ends (or starts) at the last joiner (a comma,
    "and", "while", ...) between them, so "the right frontal metastasis (2.1 cm) has grown and there is a new left
    cerebellar one" gives the cerebellar lesion no size of the frontal one."""
    nxt = next_clause(vocab, sentence_end=True).search(text, e, ce)
    start, end = _clause_start(text, cs, s, vocab), nxt.start() if nxt else ce
    joiner = vocab.patterns["clause_joiner"]
    for a, b in neighbours or ():
        if b <= s:  # a lesion before it: after the last joiner between them
            cut = [m.end() for m in joiner.finditer(text, b, s)]
            if cut:
                start = max(start, cut[-1])
        elif a >= e:  # a lesion after it: up to the last joiner between them
            cut = [m.start() for m in joiner.finditer(text, e, a)]
            if cut:
                end = min(end, cut[-1])
    return start, end


def _clause_start(text: str, lo: int, at: int, vocab: Vocabulary) -> int:
    """Where the clause holding offset ``at`` starts: after the last , ; : ( or the previous lesion's
    boundary (", and a ...", " and the ...") between ``lo`` and ``at``."""
    left = max(text.rfind(c, lo, at) for c in ",;:(") + 1
    for m in next_clause(vocab, sentence_end=True).finditer(text, lo, at):
        left = max(left, m.end())
    return max(left, lo)


def _dose_before(vocab: Vocabulary) -> re.Pattern[str]:
    """A dose with its unit (any of quantity_roles.yaml ``dose_units``) and the fractions right after it ("25 Gy in
    5 fractions", "2500 rad / 5", "8 GyE x 3"): where another lesion's clause ends."""
    return cached_rx(rf"\d(?:\.\d+)?\s*(?:{vocab.roles.unit_forms})(?![a-z])"
                     r"(?:\s*(?:in|/|x|\u00d7)\s*\d{1,2}\s*(?:fractions?|fx|sessions?)?\b)?")


_MEMBER_OF = re.compile(r"\s*\(\d+ of \d+\)$")  # the name sources.named_dose_lesions gives a member of a count


def _members_named(drafts: list[Draft], counts: list, text: str, vocab: Vocabulary) -> list[Draft]:
    """The members of one count that received one dose each ("the two liver lesions received 45 Gy in 3 fractions
    each": "liver lesions (1 of 2)", "(2 of 2)") take the names the chart gives them elsewhere: another count of as
    many lesions of the same place that names its members ("two liver metastases, in segments seven and four A",
    "both hepatic lesions (segments VII and III)"), in order, each with the group's place when its own name has none
    ("liver segment seven"). The same lesions named, not a count of their own: their number and doses stay."""
    groups: dict[int, list[Draft]] = defaultdict(list)
    for d in drafts:
        if d.member:
            groups[d.start].append(d)
    for start, group in groups.items():
        k = len(group)
        place = _MEMBER_OF.sub("", group[0].name)
        organ = vocab.lesion_noun.sub("", place).strip()
        sig = same_places(place, vocab)
        if k < 2:
            continue
        if not sig:  # a group of no place ("Three metastases (right frontal, left parietal, left cerebellar)
            # received 20 Gy each", "three lesions received 20 Gy each: right frontal, ..."): the count that is the
            # group's own names its members, in its parenthesis or in a list after it
            own = next((c for c in counts if c.n == k and c.start <= start <= c.end), None)
            listed = named_members(text, [own], k, vocab) if own is not None else None
            names = [x for _s, _e, x in listed[1]] if listed else []
            for d, name in zip(sorted(group, key=lambda x: x.member), names):
                d.name = name
            continue
        for c in counts:
            if c.n != k or c.start <= start < c.end + 40 or not same_places(text[c.start:c.end], vocab) & sig:
                continue
            names = count_members(text, c.end, vocab, k)
            if len(names) != k or not all(_specific_place(x, vocab) or vertebral_levels(x, vocab) for x in names):
                continue
            for d, name in zip(sorted(group, key=lambda x: x.member), names):
                d.name = name if same_places(name, vocab) & sig or not organ else f"{organ} {name}"
            break
    return drafts


def _without_groups(named: list[Draft], counts: list) -> list[Draft]:
    """The named doses' lesions without those named by a count of several ("Both vertebral metastases were treated
    with nine gray per fraction in three fractions, 27 Gy to the T11 body and 27 Gy to the L1 body": "vertebral
    metastases" is the two, no lesion of its own) when at least as many other lesions are named outside the count;
    the members of a count that each received a dose ("... received 45 Gy in 3 fractions each") stay."""
    out = []
    for d in named:
        group = None if d.member else next((c for c in counts if c.n >= 2 and c.start <= d.start < c.end), None)
        if group is not None and sum(1 for o in named if o is not d and not group.start <= o.start < group.end) >= \
                group.n:
            continue
        out.append(d)
    return out


def _merge_same(drafts: list[Draft], vocab: Vocabulary) -> list[Draft]:
    """Merge drafts that name the same lesion (same location words, or one a subset of the other)."""
    out: list[Draft] = []
    sigs: list[frozenset[str]] = []
    for d in drafts:
        sig = same_places(d.name, vocab) or frozenset({d.name.lower()})
        for i, other in enumerate(sigs):
            if d.member and out[i].member and d.start == out[i].start:
                continue  # two lesions of one count ("the two liver lesions ... each")
            if sig <= other or other <= sig or _same_unplaced(out[i], d, vocab):
                _absorb(out[i], d)
                break
        else:
            out.append(d)
            sigs.append(sig)
    return out



def _identifier(d: Draft, vocab: Vocabulary) -> tuple[str, str, frozenset[str]] | None:
    """What identifies a draft when one attribute may be written wrong: ("level", "T10", {}) for a single
    vertebral level, ("side", "left", places) for one side of named places; None otherwise."""
    levels = {level_key(lv) for lv in vertebral_levels(plain_words(d.name, vocab), vocab)}
    if not levels:  # "the T11 metastasis" is named "metastasis": its level is in its own clause
        levels = {level_key(lv) for lv in vertebral_levels(d.text, vocab)}
    if len(levels) == 1 and not any("-" in lv or "/" in lv for lv in levels):
        (lv,) = levels
        if lv in LEVEL_ORDER:
            return "level", lv, frozenset()
        return None
    if levels:
        return None
    sig = signature(d.name, vocab)
    sides = {vocab.side_abbreviations.get(w, w) for w in sig} & {"left", "right"}
    places = frozenset(w for w in sig if w not in vocab.laterality)
    if len(sides) == 1 and places:
        return "side", sides.pop(), places
    return None


def _support(kind: str, value: str, places: frozenset[str], text: str, vocab: Vocabulary) -> list[int]:
    """Offsets where the chart writes this identifier (a structure name's "PTV_T10" included)."""
    if kind == "level":
        rx = re.compile(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![0-9])")
        return [m.start() for m in rx.finditer(text)]
    words = [w for w, s in vocab.side_abbreviations.items() if s == value] + [value]
    side_rx = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    place_rx = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    rx = re.compile(rf"(?<![A-Za-z0-9])(?:{side_rx})\.?[\s_]+(?:[a-z]+\s+)?(?:{place_rx})(?![a-z])", re.I)
    return [m.start() for m in rx.finditer(plain_text_names(text, vocab))]


def plain_text_names(text: str, vocab: Vocabulary) -> str:
    """The text with structure names in plain words ("PTV_L_Cbm" -> "PTV L cerebellar"); offsets change."""
    return re.sub(r"\b[A-Za-z]+_[A-Za-z0-9_]+\b", lambda m: plain_words(m.group(0), vocab), text)


def _doses_agree(a: Draft, b: Draft) -> bool:
    """The same course dose: equal totals, or one mention's dose per fraction times the fractions."""
    if a.fractions is not None and b.fractions is not None and a.fractions != b.fractions:
        return False
    if a.dose_gy is None or b.dose_gy is None:
        return True
    fx = a.fractions or b.fractions or 1
    return any(near(x, y, SAME_GY, strict=True) for x, y in ((a.dose_gy, b.dose_gy), (a.dose_gy * fx, b.dose_gy),
                                               (a.dose_gy, b.dose_gy * fx)))


def _adjacent(kind: str, x: str, y: str) -> bool:
    if kind == "side":
        return True  # left / right
    return contiguous_levels((x, y))  # next to each other (T12 and L1 too)


def conflicting_same(drafts: list[Draft], text: str, vocab: Vocabulary) -> list[Draft]:
    """One lesion written with one identifying attribute wrong in one place: two drafts of the same kind
    (the only two of their site) that differ only in a vertebral level (T10 / T11, adjacent) or a side
    (left / right, same places), with the same dose and fractions, where one identifier is written
    several times (a plan, per-fraction record rows) and the other once, and no line names both. They are
    one lesion, kept under the better-supported identifier; review.py flags the conflicting one.

    Two adjacent levels treated as two targets are written together (one list, one table, rows of both
    in the record) or each more than once, and stay two lesions."""
    if len(drafts) < 2:
        return drafts
    ids = [_identifier(d, vocab) for d in drafts]
    sites = [site_of(d.name, vocab) or site_of(d.text, vocab) for d in drafts]
    lines = text.splitlines()
    for i, j in ((i, j) for i in range(len(drafts)) for j in range(len(drafts)) if i != j):
        a, b, ia, ib = drafts[i], drafts[j], ids[i], ids[j]
        if ia is None or ib is None or ia[0] != ib[0] or ia[1] == ib[1] or ia[2] != ib[2]:
            continue
        kind = ia[0]
        if sites[i] != sites[j] or sum(1 for s, x in zip(sites, ids) if s == sites[i] and x and x[0] == kind) != 2:
            continue  # the only two targets of their kind
        if not _adjacent(kind, ia[1], ib[1]) or not _doses_agree(a, b):
            continue
        if len(_support(kind, ia[1], ia[2], text, vocab)) < 2 or len(_support(kind, ib[1], ib[2], text, vocab)) != 1:
            continue
        if any(_support(kind, ia[1], ia[2], ln, vocab) and _support(kind, ib[1], ib[2], ln, vocab) for ln in lines):
            continue  # written together: two targets
        _absorb(a, b)
        return [d for k, d in enumerate(drafts) if k != j]
    return drafts


def _same_unplaced(a: Draft, b: Draft, vocab: Vocabulary) -> bool:
    """Two names with no location words, the same lesion noun and the same dose ("SRT cavity" and "resection
    cavity", both 27 Gy): one lesion named twice."""
    if signature(a.name, vocab) or signature(b.name, vocab) or a.dose_gy is None or a.dose_gy != b.dose_gy:
        return False
    na, nb = vocab.lesion_noun.search(a.name), vocab.lesion_noun.search(b.name)
    return bool(na and nb and na.group(0).lower().split()[-1] == nb.group(0).lower().split()[-1] and
                not _labels_differ(a.name, b.name, vocab))


def _placed(drafts: list[Draft], labels: dict[str, str], vocab: Vocabulary) -> list[Draft]:
    """Drafts named by a label only ("L1", "T2") get the place the chart gave that label in prose ("lesion
    L1 is in the left cerebellar hemisphere"): "left cerebellar (L1)", so the label is not read as a
    vertebra and the lesion is one with its other mentions; so do "Lesion 2" and "Target #1" where prose gives that
    number of the series a place ("lesion number two was in the left cerebellum"). So does a name built on an
    abbreviation the chart defines ("PTV_RCPA", "RCPA (right cerebellopontine angle)"): "right cerebellopontine
    angle (PTV_RCPA)"."""
    if not labels:
        return drafts
    for d in drafts:
        if _specific_place(d.name, vocab):
            continue
        # a label ("L1") or an abbreviation the chart defines, alone or in a structure name ("PTV_RCPA")
        found = ({w.upper() for w in _LABEL_WORD.findall(d.name)} | {d.name.strip().upper()} |
                 {w for w in re.split(r"[\s_()-]+", d.name) if w.isupper()}) & set(labels)
        if _specific_place(plain_words(d.name, vocab), vocab) and not any(side_run(w, vocab) for w in found):
            # (the chart's own words for a side run into an abbreviation, "LOCC (left occipital)", name the lesion
            # before the vocabulary's reading of it)
            continue
        number = vocab.patterns["series_label"].fullmatch(d.name.strip())  # "Lesion 2", "Target #1"
        if not found and number is not None and f"#{vocab.series_id(number)}" in labels:
            label = f"#{vocab.series_id(number)}"
            d.name, d.text = f"{labels[label]} ({d.name.strip()})", f"{d.text} {labels[label]}"
            continue
        if len(found) == 1:
            label = found.pop()
            d.name = f"{labels[label]} ({label if _LABEL_WORD.fullmatch(label) else d.name.strip()})"
            d.text = f"{d.text} {labels[label]}"
    return drafts


def _series_named(drafts: list[Draft], text: str, vocab: Vocabulary) -> list[Draft]:
    """Drafts named by the place a series label's clause gives them ("the first lesion is a right occipital
    metastasis") keep the label in their name: "right occipital metastasis (lesion 1)" (sources.series_name)."""
    for d in drafts:
        d.name = series_name(text, d.start, d.name, vocab)
    return drafts


def _dose_in(d: Draft, doses: list[DoseStatement]) -> None:
    if d.dose_gy is not None:
        return
    if d.sessions:  # a lesion's sessions in a record: its delivered total is the highest running total
        inside = [st for st in doses if st.counts and st.total_gy is not None and st.kind != "dose_per_fraction"
                  and any(a <= st.start < b for a, b in d.spans)]
        if inside:
            best = max(inside, key=lambda st: st.total_gy or 0.0)
            d.dose_gy, d.dose = best.total_gy, best
            if d.fractions is None:
                d.fractions = best.fractions
            return
    for st in doses:
        if st.counts and st.total_gy is not None and any(a <= st.start < b for a, b in d.spans):
            d.dose_gy, d.dose = st.total_gy, st
            if d.fractions is None:
                d.fractions = st.fractions
            return


def _names_place(d: Draft, n: Draft, vocab: Vocabulary) -> bool:
    """Mention ``n`` names lesion ``d``'s place: every place word of ``d`` (at least one), on the same side; for a
    lesion of the spine, its vertebral levels ("T6" names "T6 vertebral body")."""
    levels = {level_key(lv) for lv in vertebral_levels(d.name, vocab)}
    if levels:
        return levels == {level_key(lv) for lv in vertebral_levels(n.name, vocab)}
    a, b = same_places(d.name, vocab), same_places(n.name, vocab)
    places = {w for w in a if w not in vocab.laterality}
    sides = [{vocab.side_abbreviations.get(w, w) for w in x} & {"left", "right"} for x in (a, b)]
    return bool(places) and places <= b and sides[0] == sides[1]


def _prose_doses(drafts: list[Draft], named: list[Draft], vocab: Vocabulary) -> None:
    """Lesions of a table or list that give no dose (a cell a scan lost, a table of sizes) take the dose the prose
    writes in the clause that names their place and no other lesion's ("..., lesion five the left cerebellar met
    measuring 2.8 cm to 16 Gy, lesion six the right cerebellar met to 20 Gy ..."), when those clauses agree."""
    for d in drafts:
        if d.dose_gy is not None:
            continue
        found = [n for n in named if n.dose_gy is not None and _names_place(d, n, vocab) and
                 not any(_names_place(o, n, vocab) for o in drafts if o is not d)]
        if len({(n.dose_gy, n.fractions) for n in found}) == 1:
            n = found[0]
            d.dose_gy, d.dose = n.dose_gy, n.dose
            if d.fractions is None:
                d.fractions = n.fractions


def _doses_naming(drafts: list[Draft], doses: list[DoseStatement], text: str, ctx: TextContext,
                  vocab: Vocabulary) -> None:
    """Lesions described in prose ("the left motor strip lesion, which we called Lesion A, and the right temporal
    resection cavity, Lesion B") whose own clause gives no dose: each takes the course dose of the sentences that
    name it and no other lesion - by the label its clause gives it ("Lesion A was treated to 9 Gy x 3"), by all its
    place words, or by a noun no other lesion has ("The cavity ... received 24 Gy in 3 fractions"), or by a pronoun
    that points back at the one lesion the sentence before names ("... a left cerebellar metastasis. It received
    sixteen gray"; patterns.yaml lesion_anaphor) - when those sentences agree on one dose."""
    refs = vocab.patterns["lesion_label_reference"]
    series = vocab.patterns["series_label"]

    def series_ids(words: str) -> set[str]:
        """"the first lesion", "lesion number two", "Lesion 2" -> {"#1", "#2"}: one form for every way of writing a
        lesion's number (a bare ordinal, "the second", is no label here)"""
        return {f"#{vocab.series_id(m)}" for m in series.finditer(words) if m.group("noun") or m.group("noun2")}

    labels = [{" ".join(m.group(0).lower().split()[1:]) for m in refs.finditer(d.text)} |
              series_ids(d.text) | series_ids(d.name) for d in drafts]
    labels = [ls if not any(ls & o for j, o in enumerate(labels) if j != i) else set() for i, ls in enumerate(labels)]
    places = [{w for w in signature(d.name, vocab) if w not in vocab.laterality} for d in drafts]
    sides = [{vocab.side_abbreviations.get(w, w) for w in signature(d.name, vocab)} & {"left", "right"} for d in drafts]
    nouns = [{m.group(0).lower() for m in vocab.lesion_noun.finditer(series.sub(" ", d.name))} for d in drafts]
    nouns = [ns - set().union(*(o for j, o in enumerate(nouns) if j != i)) for i, ns in enumerate(nouns)]

    def names(i: int, sent: str) -> bool:
        said = {" ".join(m.group(0).split()[1:]) for m in refs.finditer(sent)}
        if labels[i] & ({x.lower() for x in said} | series_ids(sent)):
            return True
        rest = series.sub(" ", refs.sub(" ", sent)).lower()  # "Lesion B" is a label, not the noun "lesion"
        words = {vocab.side_abbreviations.get(w, w) for w in re.findall(r"[a-z0-9]+", rest)}
        if places[i] and places[i] <= words and not (sides[i] and words & {"left", "right"} and not sides[i] <= words):
            return True
        return any(re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", rest) for n in nouns[i])

    anaphor = vocab.patterns["lesion_anaphor"]

    def named_only(sent: str) -> int | None:
        """The one lesion ``sent`` names, None when it names none or several."""
        named = [j for j in range(len(drafts)) if names(j, sent)]
        return named[0] if len(named) == 1 else None

    for i, d in enumerate(drafts):
        if d.dose_gy is not None:
            continue
        found = []
        for st in doses:
            if not st.counts or st.total_gy is None or st.role not in vocab.roles.course_roles:
                continue
            k = ctx.sentence_index(st.start)
            s, e = ctx.sentence(st.start)
            sent = text[s:e]
            # (a sentence naming several: the dose's own clause, never reaching back over another dose: "Lesion one
            # received 20 Gy and lesion two received 16 Gy")
            before = max([s] + [o.end for o in doses if s <= o.end <= st.start])
            if named_only(sent) == i or (named_only(sent) is None and named_only(text[before:st.end]) == i):
                found.append(st)
            elif k > 0 and anaphor.match(sent) and not any(names(j, sent) for j in range(len(drafts))) and \
                    named_only(text[slice(*ctx.sentences[k - 1])]) == i:
                found.append(st)  # "It received sixteen gray" after the sentence that names this lesion
        if len({st.total_gy for st in found}) == 1:
            st = found[0]
            d.dose_gy, d.dose = st.total_gy, st
            if d.fractions is None:
                d.fractions = st.fractions


def _cut_short(d: Draft, doses: list[DoseStatement], course_fx: int | None, stopped: frozenset[int]) -> None:
    """A lesion of a course stopped early ("Course closed with 4 of 5 fractions delivered") planned in one of the
    counts the chart gives as planned only (``stopped``: quantities.stopped_plans) had the course's delivered
    fractions, each its plan's dose per fraction: its own words give its plan (a table row's 35 Gy in 5, "Target 1:
    PTV_Adrenal Rx 700 cGy x 5 = 3500 cGy", a dose with the planned count, quantities.planned_only), not what it
    had. A dose of the course stated with that total and count ("Delivered totals: PTV_Adrenal 2800 cGy / 4 fx") is
    its evidence. A lesion its own clause stops (Draft.planned, :func:`_stopped_early`) keeps what that clause says."""
    if not course_fx or not stopped or d.planned is not None:
        return
    if d.dose_gy is None:  # its only dose is the plan's, which counts no more
        plan = [st for st in doses if st.role == "planned" and st.per_fraction_gy and st.fractions in stopped and
                (st.fractions or 0) > course_fx and any(a <= st.start < b for a, b in d.spans)]
        if len({st.per_fraction_gy for st in plan}) != 1:
            return
        per, at = plan[0].per_fraction_gy or 0.0, plan[0]
    else:
        n = d.fractions if d.fractions is not None else d.dose.fractions if d.dose is not None else None
        if n is None or n <= course_fx or n not in stopped:
            return
        told = d.dose if d.dose is not None and d.dose.fractions == n else None
        per = told.per_fraction_gy if told is not None and told.per_fraction_gy else d.dose_gy / n
        at = d.dose
    gy = round(per * course_fx, 3)
    given = next((st for st in doses if st.counts and st.fractions == course_fx and st.total_gy is not None and
                  near(st.total_gy, gy, SAME_GY)), None)
    if given is None and at is not None:
        given = DoseStatement(at.start, at.end, gy, per, course_fx, "dose_per_fraction", True)
    d.dose = given or d.dose
    d.dose_gy, d.fractions = gy, course_fx


def course_dose(doses: list[DoseStatement], course_fx: int | None) -> DoseStatement | None:
    """The prescription of a single-target course: the most-cited total dose of the course's fractionation."""
    totals = [d for d in doses if d.counts and d.total_gy is not None and d.kind != "dose"
              and (course_fx is None or d.fractions in (None, course_fx))]
    if not totals:
        per = [d for d in doses if d.counts and d.kind == "dose_per_fraction"]
        if not per and course_fx:  # an interrupted course: the plan's dose per fraction, for each one given
            per = [replace(d, kind="dose_per_fraction") for d in doses if d.role == "planned" and
                   d.per_fraction_gy and d.fractions and d.fractions > course_fx]
            per = per if len({d.per_fraction_gy for d in per}) == 1 else []
        if per and course_fx:
            p = per[0]
            return DoseStatement(p.start, p.end, round(p.per_fraction_gy * course_fx, 3), p.per_fraction_gy,
                                 course_fx, "dose_per_fraction", True)
        totals = [d for d in doses if d.counts and d.kind == "dose" and d.total_gy is not None]
        if not totals and per and course_fx is None:  # "1.8 Gy fractions" and no count: all the chart says
            totals = [replace(p, total_gy=p.per_fraction_gy) for p in per[:1]]
    if not totals:
        return None
    votes = Counter(d.total_gy for d in totals)
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return next(d for d in totals if d.total_gy == best)


def _fraction_doses(doses: list[DoseStatement]) -> set[float]:
    """The doses the chart writes as the dose per fraction of a course of several fractions ("40 Gy in 5 fractions
    of 8 Gy", "8 Gy x 5"): a bare "8 Gy" elsewhere (a daily note, a log's row) is one fraction's dose."""
    return {st.per_fraction_gy for st in doses if st.per_fraction_gy and (st.fractions or 0) > 1}


def _agreed_dose(document: Document, doses: list[DoseStatement], draft: Draft, course_fx: int | None,
                 per_fraction: set[float]) -> DoseStatement | None:
    """In a bundle, the total dose of a single target that at least two of its documents give, when the dose read
    beside the target's name is given by one document only and that document ranks no higher than theirs
    (quantities.SOURCE_RANKS): a nurse's 'received 13 Gy' against the operative report's and the plan's 12 Gy.
    Bare doses count ('Marginal dose 12 Gy'); per-fraction doses, a per-fraction log's rows and doses of another
    fraction count do not (``per_fraction``: :func:`_fraction_doses`).
    None when no such agreement outweighs the dose read."""
    parts = document.parts
    told = draft.dose
    if len(parts) < 2 or told is None or told.total_gy is None:
        return None

    def part(at: int) -> int:
        return next((i for i, p in enumerate(parts) if p.start <= at < p.end), -1)

    logs = [(st.start, st.end) for st in doses if st.kind == "fraction_table"]
    by_dose: dict[float, dict[int, DoseStatement]] = defaultdict(dict)
    for st in doses:
        if st.kind == "dose" and any(a <= st.start < b for a, b in logs):
            continue  # a per-fraction log's row gives that fraction's dose, never the course's total
        if st.counts and st.total_gy is not None and st.kind != "dose_per_fraction" and \
                not (st.kind == "dose" and st.total_gy in per_fraction) and \
                (course_fx is None or st.fractions in (None, course_fx)):
            by_dose[st.total_gy].setdefault(part(st.start), st)
    mine = by_dose.get(told.total_gy, {})
    if len(mine) != 1:
        return None
    best = max((g for g in by_dose if apart(g, told.total_gy, SAME_GY)), key=lambda g: len(by_dose[g]), default=None)
    if best is None or len(by_dose[best]) < 2 or \
            sum(len(v) >= 2 for g, v in by_dose.items() if apart(g, told.total_gy, SAME_GY)) != 1:
        return None  # two other doses each in two documents: no agreement to follow
    theirs = list(by_dose[best].values())
    if told.rank > max(st.rank for st in theirs):
        return None  # the delivered record outranks a plan and a letter that agree
    return next((st for st in theirs if st.kind != "dose"), theirs[0])


def _record_dose(doses: list[DoseStatement], course_fx: int | None) -> DoseStatement | None:
    """The delivered total of the course's dated per-fraction log (one log, or several that agree), else None."""
    logs = [d for d in doses if d.record and d.counts and d.total_gy is not None and
            (course_fx is None or d.fractions == course_fx)]
    if not logs or len({d.total_gy for d in logs}) != 1:
        return None
    return logs[-1]


def _ranked_dose(doses: list[DoseStatement], course_fx: int | None) -> DoseStatement | None:
    """In a bundle of ranked documents (quantities.SOURCE_RANKS) without a dated log, the one total dose with
    the course's fraction count that the best-ranked document stating one gives, else None. A dose written
    without its count ("marginal dose delivered 13.0 Gy") counts too when its document outranks every document
    that writes one with its count (a treatment record's bare dose above a letter's "we gave fifteen Gray" or
    its "15 Gy in one fraction"); never a dose of one fraction of a course of several (:func:`_fraction_doses`)
    or a per-fraction log's row."""
    totals = [d for d in doses if d.counts and d.rank and d.total_gy is not None and
              d.kind not in ("dose", "dose_per_fraction") and (course_fx is None or d.fractions in (None, course_fx))]
    per_fraction = _fraction_doses(doses)
    logs = [(st.start, st.end) for st in doses if st.kind == "fraction_table"]
    bare = [d for d in doses if d.bare_course_dose and d.rank and d.total_gy not in per_fraction and
            not any(a <= d.start < b for a, b in logs)]
    if bare and max(d.rank for d in bare) > max((d.rank for d in totals), default=0):
        totals = bare  # (a letter's bare dose never outranks a record: ranks must differ, the bare one higher)
    if not totals:
        return None
    top = max(d.rank for d in totals)
    best = [d for d in totals if d.rank == top]
    if len({d.total_gy for d in best}) != 1:
        return None
    return next((d for d in best if d.kind == "phases"), best[0])


def _stated_sum(text: str, doses: list[DoseStatement], st: DoseStatement | None,
                vocab: Vocabulary) -> DoseStatement | None:
    """The sum the chart states right after a dose with its fractions, in the same clause ("1.8 Gy x 25
    fractions, for an initial dose of 40.8 Gy"), when it is not their product; else None."""
    if st is None or st.kind not in REGIMEN_KINDS:
        return None
    after = next((d for d in doses if d.start >= st.end), None)
    if after is None or after.total_gy is None or after.fractions not in (None, st.fractions) or \
            after.role not in vocab.roles.course_roles or near(after.total_gy, st.total_gy or 0.0, SAME_GY):
        return None
    if not vocab.patterns["stated_sum_link"].match(text[st.end:after.start]):
        return None
    return replace(after, fractions=st.fractions)


def _whole_organ(text: str, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement],
                 course_fx: int | None) -> tuple[int, int, int, int] | None:
    """The whole organ the course treats as its one target (patterns.yaml ``whole_organ_target``: "Prescription:
    whole brain (target to C2), 3000 cGy in 10 fractions", "Whole-brain radiotherapy 30 Gy in 10 fractions
    completed"): named, affirmed, in the sentence of a dose of the course with its fraction count, and no dose of
    the course with its count in a sentence that names no whole organ (a boost or radiosurgery to a lesion as
    well; a per-fraction log's sum names its target in its rows, and is left out). As :func:`described_lesions`
    gives a name: ``(start, end, sentence start, sentence end)``, the organ's words as written ("whole brain"),
    else None."""
    rx = vocab.patterns["whole_organ_target"]
    given = [d for d in doses if d.counts and d.total_gy is not None and d.kind != "dose_per_fraction" and
             not d.record and d.fractions is not None and (course_fx is None or d.fractions == course_fx)]
    found = None
    for d in given:
        s, e = ctx.sentence(d.start)
        m = next((m for m in rx.finditer(text, s, max(e, d.end)) if ctx.counts(m.start(), m.end())), None)
        if m is None:
            return None  # a dose of the course to a target of its own
        if found is None and m.group("name"):
            found = (m.start("name"), m.end("name"), s, max(e, d.end))
    return found


def replaced_version_parts(document: Document, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The documents of a bundle that name a plan by its version ("SPINE_T5_L2_v1", patterns ``plan_version_name``)
    where another document names a later version of the same plan ("Replanned as SPINE_T5_L2_v2", a log of
    "SPINE_T5_L2_v2") and no document names a later one of its own: the version the course replaced, as (start, end)."""
    parts = document.parts
    if len(parts) < 2:
        return []
    text, rx = document.text, vocab.patterns["plan_version_name"]
    named = [{(m.group("base").lower(), int(m.group("n"))) for m in rx.finditer(text, p.start, p.end)} for p in parts]
    out = []
    for i, p in enumerate(parts):
        if not named[i]:
            continue
        later = {(b, n) for j, ns in enumerate(named) if j != i for b, n in ns}
        top = {b: max(n for b2, n in named[i] if b2 == b) for b, _n in named[i]}
        if all(any(b2 == b and n2 > n for b2, n2 in later) for b, n in top.items()):
            out.append((p.start, p.end))
    return out


def _amended_row(d: Draft, corrected: tuple[DoseStatement, ...]) -> bool:
    """A table row whose dose is one the chart's own amendment calls wrong (``corrected``, written in the row: "PTV2
    right frontal | 27 Gy / 3 fx | 24 Gy / 3 fx" beside "AMENDED ...: ... corrected to 27 Gy in 3 fractions. The
    value 24 Gy above was a transcription error"): the row's plan, where its delivered cell gave another dose, is
    what it had; else its name stands and its total neither sets the lesion's dose nor stands against another
    table's (Draft.replaced), as a row of a plan version the course replaced. Whether the row's dose was so
    corrected."""
    if d.dose_gy is None or not any(
            c.total_gy is not None and near(c.total_gy, d.dose_gy, SAME_GY) and
            any(s <= c.start < e for s, e in d.spans) for c in corrected):
        return False
    if d.planned is not None and d.planned[0] is not None and apart(d.planned[0], d.dose_gy, SAME_GY):
        d.dose_gy, d.dose = d.planned[0], None
        d.fractions = d.planned[1] or d.fractions
        d.planned = None
        return True
    d.replaced = True
    return True


def _struck_by_name(d: Draft, text: str, vocab: Vocabulary) -> bool:
    """A table's lesion whose structure name ("PTV_Met6") the chart writes elsewhere followed by words that say it was
    removed from the plan ("...; PTV_Met6 removed.", "PTV_Met6 was dropped"; patterns ``target_removed_after``): a
    target the course did not treat. Only a structure's name (a volume kind and its label), which names one target:
    the lesion's name, or the label its own row opens with where the row is named by its place ("PTV3 | Left
    thalamus | 18 Gy x 1" and an addendum's "PTV3 was removed and the plan re-optimized")."""
    structure = vocab.patterns["target_structure"]
    names = {d.name.strip()}
    first = d.text.split(None, 1)[0] if d.text.strip() else ""
    if any(c.isdigit() for c in first):
        names.add(first)
    rx = vocab.patterns["target_removed_after"]
    for name in names:
        if not structure.match(name) or len(name) < 4 or " " in name:
            continue
        for m in cached_rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])").finditer(text):
            if any(s <= m.start() < e for s, e in d.spans):
                continue  # (its own row)
            if rx.match(text, m.end()):
                return True
    return False


def find_lesions(document: Document, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement],
                 course_fx: int | None, chart_site_hint: str | None, wrapped: str,
                 flags: list[ReviewFlag] | None = None, stopped: frozenset[int] = frozenset(),
                 corrected: tuple[DoseStatement, ...] = ()) -> list[Lesion]:
    """``wrapped`` is the chart text with soft line breaks as spaces (lines.soften), same offsets.
    ``corrected``: the doses the chart's own amendment calls wrong (amendments.amended_doses); a table row whose
    dose is one of them takes its plan's dose, or stands only by its name (:func:`_amended_row`).
    Review flags of the lesions (a stated total that is not the sum of a lesion's phases) are added to
    ``flags``. ``stopped``: on a course stopped early, the counts the chart gives as planned only
    (quantities.stopped_plans): a lesion planned in one of them had the course's delivered fractions."""
    text = document.text
    labels = {**abbreviation_places(wrapped, vocab), **label_places(wrapped, vocab)}
    aliases = label_aliases(wrapped, vocab)
    # on a course stopped early, a dose written with a planned-only count (quantities.planned_only) still names its
    # lesion ("left adrenal metastasis 30 Gy in 5 fractions and left upper lobe nodule 55 Gy in 5 fractions" over
    # "stopped after fraction 3 of 5"): what it had of that plan is :func:`_cut_short`'s
    naming = [replace(st, counts=True) if st.role == "planned" and st.fractions in stopped else st for st in doses] \
        if stopped else doses
    drafts: list[Draft] = []
    amended: list[Draft] = []
    replaced = replaced_version_parts(document, vocab)
    for group in record_pages(table_lesions(chart_tables(document.tables, text, vocab), text, vocab), vocab,
                              text):
        for d in group:
            d.replaced = any(s <= d.start < e for s, e in replaced)
            if _amended_row(d, corrected):
                amended.append(d)
        if group and all(d.record for d in group):
            # a log's per-target dose columns ("LIV_S6 | BONE_RIL"): what each lesion the other tables name was given,
            # when every column is one of them (else the log is left out, as a log that names no lesion is)
            trial = merge_tables(deepcopy(drafts), deepcopy(group), vocab, aliases)
            if not drafts or len(trial) != len(drafts):
                continue
        drafts = merge_tables(drafts, session_rows(_placed(group, labels, vocab), vocab), vocab, aliases)
    for d in amended:  # a row the amendment corrects that no other table's row gave a dose: its dose is to be read
        if d.replaced and d in drafts:  # from the chart's other statements of that target, never the wrong one
            d.dose_gy, d.dose, d.replaced = None, None, False
    drafts = [d for d in drafts if not d.untreated and not _struck_by_name(d, text, vocab)]
    # (a lesion some table says was not treated, or whose structure a note says was removed)
    source = "table"
    if not drafts:  # items end at a hard line break, not where a wrapped line happens to end
        drafts, source = _placed(_series_named(listed_lesions(wrapped, ctx, vocab), wrapped, vocab), labels, vocab), \
            "list"
    counts = count_statements(wrapped, ctx, vocab)
    # "SBRT completed to both lesions (segments VII and III)" where segment III went to ablation: a count of a lesion
    # this course did not treat; it sets no count, and its words with their dose are no lesion of their own
    untreated = counts_of_untreated(counts, wrapped, vocab)
    back = getattr(document, "taken_back", ())  # a dictated self-correction's taken-back words (lines.taken_back)
    named_doses: list[Draft] = []  # the lesions named with their doses, read once for both readings below
    if not drafts:
        named = named_dose_lesions(wrapped, naming, vocab, taken_back=back)
        named_doses = _members_named(_merge_same(_placed(_series_named(named, wrapped, vocab), labels, vocab), vocab),
                                     counts, wrapped, vocab)
        named = _without_groups([d for d in named_doses if not any(c.start <= d.start < c.end for c in untreated)],
                                counts)
        if len(named) >= 2:
            drafts, source = named, "named doses"
    if not drafts:
        source = "description"
        # what the chart says was treated, else what it planned, else any count it writes
        treated = [c for c in counts if c.treated] or [c for c in counts if c.planned] or counts
        n = max((c.n for c in treated if c not in untreated), default=1)
        described = [sp for sp in described_lesions(wrapped, ctx, vocab, doses)  # a name may wrap onto the next line
                     if not any(c.start <= sp[0] < c.end for c in untreated)]
        if n == 1:  # no count, but one sentence gives two targets their own doses ("the cavity received 27 Gy in 3
            # fractions and the right occipital metastasis received 24 Gy in 3"): that many lesions
            n = _paired_targets(wrapped, doses, ctx, vocab)
        organ = _whole_organ(wrapped, ctx, vocab, doses, course_fx)
        if organ is not None:  # one whole-organ volume treated: the lesions the chart counts lie inside it
            n, described = 1, [organ]
        named = named_doses
        described = _not_primary_elsewhere(described, named, text, vocab)
        if n > 1:  # "two brain metastases from his esophageal cancer" beside "Lesion 1, a ... right occipital lesion":
            # the count's own words name the group it counts, no lesion of its own, where the chart names others
            group = [sp for sp in described if any(c.n > 1 and c.start <= sp[0] < c.end for c in counts)]
            if group and len(described) - len(group) >= 2:
                described = [sp for sp in described if sp not in group]
        if not described and not doses and not counts:
            return []
        drafts = []
        if n > 1:  # several targets: the names that tell them apart first ("a 2.4 cm right frontal lesion"), before
            # a name that places none ("both lesions (R frontal, L cerebellar), 8 Gy today")
            described.sort(key=lambda sp: not _distinct_target(clean_name(text[sp[0]:sp[1]], vocab), [], vocab))
        for s, e, cs, ce in described:  # the best description, then other places the chart names
            name = series_name(wrapped, s, clean_name(text[s:e], vocab) or text[s:e].strip(), vocab)
            if drafts and (len(drafts) >= n or not _distinct_target(name, drafts, vocab)):
                continue
            if n > 1:  # several targets in one sentence: each keeps its own clause
                cs, ce = _clause(text, s, e, cs, ce, vocab,
                                 [(a, b) for a, b, _, _ in described if cs <= a and b <= ce and (b <= s or a >= e)])
            drafts.append(Draft(name, s, s + len(name), text[cs:ce], cs, spans=[(cs, ce)]))
        if named and not drafts:  # no description: the place its dose line names ("PLAN: L2 24 Gy in 2 fx"),
            # a level or a lesion noun before a bare place word ("PLAN colon 24 Gy" is dictated punctuation)
            pick = min(named, key=lambda d: not (vertebral_levels(d.name, vocab) or vocab.lesion_noun.search(d.name)))
            rx = course_dose(doses, course_fx)
            if rx is not None and pick.dose_gy is not None and pick.dose_gy != rx.total_gy:
                # the line names the target's place; its number is one of the chart's doses, and the course's
                # prescription decides the one target's dose, as when no place is named
                pick = replace(pick, dose=rx, dose_gy=rx.total_gy, fractions=rx.fractions)
            drafts = [pick]
        listed = named_members(wrapped, counts, n, vocab) if n > 1 and len(drafts) < n else None
        if listed is not None:  # "two vertebral metastases (T8 and L3)": the count names its members, and a name
            # written in the count itself ("vertebral metastases") is the group's, no lesion of its own
            c, members = listed
            cs, ce = ctx.sentence(c.start)
            drafts = [d for d in drafts if not c.start <= d.start <= members[-1][1]]
            before = [same_places(d.name, vocab) for d in drafts]  # (a member the chart described already: the
            for s, e, name in members:  # same places, not a side alone: "left parietal" is no "left cerebellar")
                sig = same_places(name, vocab)
                if not any(sig and other and (sig <= other or other <= sig) for other in before):
                    drafts.append(Draft(name, s, e, text[cs:ce], cs, spans=[(cs, ce)]))
        # (no words name a lesion: the place the treatment is given to, "SBRT to L3", else a placeholder)
        first = drafts[0] if drafts else treated_place(wrapped, ctx, doses, vocab) or \
            Draft("Target", 0, 0, "", 0, spans=[])
        drafts = drafts or [first]
        if len(drafts) < n:  # a target named by a noun of its own and no place ("the satellite 18 Gy")
            named = _merge_same(_placed(named_dose_lesions(wrapped, naming, vocab, unplaced=True, taken_back=back),
                                        labels, vocab), vocab)
        for extra in named:
            if len(drafts) >= n:
                break
            if not (same_places(extra.name, vocab) & same_places(first.name, vocab)):
                drafts.append(extra)
        while len(drafts) < n:
            drafts.append(Draft(f"Lesion {len(drafts) + 1}", first.start, first.end, first.text,
                                first.text_start, spans=list(first.spans)))
    drafts = conflicting_same(drafts, text, vocab)
    for d in drafts:
        _dose_in(d, doses)
    if source in ("table", "list") and len(drafts) > 1 and any(d.dose_gy is None for d in drafts):
        _prose_doses(drafts, named_dose_lesions(wrapped, naming, vocab, taken_back=back), vocab)
    if source == "description" and len(drafts) > 1:
        _doses_naming(drafts, doses, wrapped, ctx, vocab)
    single = len(drafts) == 1
    if not single:
        for d in drafts:  # (its own clause, and the clauses elsewhere that name it by its place or its label)
            others = tuple(o.name for o in drafts if o is not d)
            rows = tuple(o.start for o in drafts
                         if o.end > o.start and o.name.strip().lower() != d.name.strip().lower())
            named = related_text(d.name, d.start, wrapped, vocab, ctx.sentences, others, rows)
            _stopped_early(d, course_fx, vocab, f"{named} ; {label_text(d.name, wrapped, vocab)}")
    if not single and flags is not None:
        flags.extend(_two_totals_flags(document, ctx, drafts, course_fx))
    if flags is not None:
        flags.extend(_delivered_flags(document, ctx, drafts))
    rx = course_dose(doses, course_fx)
    stated = _stated_sum(wrapped, doses, rx, vocab) if single else None
    if stated is not None and flags is not None:  # "1.8 Gy x 25 fractions, for an initial dose of 40.8 Gy"
        flags.append(ReviewFlag("lesions", f"The chart states {stated.total_gy:g} Gy for {rx.per_fraction_gy:g} Gy x "
                                f"{rx.fractions} fractions, which make {rx.total_gy:g} Gy; the stated "
                                f"{stated.total_gy:g} Gy was used: check which is right.",
                                (document.evidence(*ctx.sentence(rx.start), rule="review:stated_sum"),)))
        rx = stated
    if single and rx is not None and drafts[0].dose_gy is not None and drafts[0].dose_gy != rx.total_gy:
        cited = Counter(st.total_gy for st in doses if st.counts and st.total_gy is not None and st.kind != "dose"
                        and (course_fx is None or st.fractions in (None, course_fx)))
        per_fraction = _fraction_doses(doses)
        agreed = _agreed_dose(document, doses, drafts[0], course_fx, per_fraction)
        told = drafts[0].dose
        if told is not None and told.kind == "dose" and told.total_gy in per_fraction and \
                rx.kind != "dose" and (rx.total_gy or 0.0) > (told.total_gy or 0.0):
            # the bare dose beside the name is the dose of one fraction ("30 Gy in 5 fractions of 6 Gy", a daily
            # note's "6 Gy"): the course's dose is the target's, with no disagreement to flag
            drafts[0].dose_gy, drafts[0].dose = rx.total_gy, rx
            drafts[0].fractions = rx.fractions or drafts[0].fractions
        elif cited[rx.total_gy] >= 2 and cited[rx.total_gy] > cited[drafts[0].dose_gy] or agreed is not None:
            # one target, and the course's prescription is written more often than the dose beside its
            # name, or in more documents of the bundle: the chart disagrees with itself; the better-supported
            # dose is used and a review flag quotes both
            rx = agreed or rx
            drafts[0].dose_gy, drafts[0].dose = rx.total_gy, rx
            if rx.fractions:  # and its fractions: "20 Gy x 1" beside the name was another plan's
                drafts[0].fractions = rx.fractions
            if flags is not None and told is not None and told.total_gy is not None and \
                    "dose" in (told.kind, rx.kind):  # (review.dose_flags weighs prescriptions with their counts)
                flags.append(ReviewFlag(
                    "lesions", f"The chart gives {drafts[0].name} {told.total_gy:g} Gy in one place and "
                    f"{rx.total_gy:g} Gy in others; {rx.total_gy:g} Gy, the dose more of the chart gives, "
                    "was used: check which is right.",
                    tuple(unique([document.evidence(*ctx.sentence(told.start), rule="review:dose"),
                                  document.evidence(*ctx.sentence(rx.start), rule="review:dose")]))))
    if single and len(drafts[0].phases) < 2:
        phased = [st for st in doses if st.counts and st.kind == "phases" and
                  (course_fx is None or st.fractions == course_fx)]
        if len({st.total_gy for st in phased}) == 1:  # phases written in prose: their sum, each as evidence
            st = phased[0]
            drafts[0].dose_gy, drafts[0].dose, drafts[0].fractions = st.total_gy, st, st.fractions
            drafts[0].phases = list(st.parts)
    record = _record_dose(doses, course_fx) if single and len(drafts[0].phases) < 2 else None
    if record is not None:
        # one target and a dated per-fraction delivery log: the log's sum is what was given, above a plan's,
        # a summary's or a letter's dose (review.dose_flags names the ones that disagree)
        drafts[0].dose_gy, drafts[0].dose, drafts[0].fractions = record.total_gy, record, record.fractions
    best = _ranked_dose(doses, course_fx) if single and record is None else None
    if best is not None and best.total_gy != drafts[0].dose_gy:
        # no log, and the bundle's documents disagree: the best-ranked document's dose (quantities.SOURCE_RANKS)
        drafts[0].dose_gy, drafts[0].dose = best.total_gy, best
        drafts[0].fractions = best.fractions or drafts[0].fractions
        drafts[0].phases = list(best.parts)
    totals = [st for st in doses if st.counts and st.kind == "total" and st.total_gy is not None]
    for d in drafts:  # a lesion's phases summed: a stated total that is not their sum is for the coder
        if len(d.phases) >= 2 and flags is not None:
            flags.extend(_phase_flags(document, ctx, d, doses, course_fx if single else None))
    if single and totals and len(drafts[0].phases) < 2 and record is None:
        # one target and a stated total ("for a total dose of 50.4 Gy"): its phases summed by the chart
        top = max(totals, key=lambda st: st.total_gy or 0.0)
        if drafts[0].dose_gy is None or (top.total_gy or 0.0) > drafts[0].dose_gy:
            drafts[0].dose_gy, drafts[0].dose = top.total_gy, top
    for d in drafts:  # a course stopped early: what each lesion had of its plan
        _cut_short(d, doses, course_fx, stopped)
    series = series_sites(drafts, vocab) if source == "table" else {}
    labels = label_letters([d.name for d in drafts], vocab, [d.text for d in drafts])  # "PTV_S7" beside "PTV_S2":
    # labels, no sacral level ("PTV_L3 | lesion 3, R frontal": lesion 3)
    lesions = []
    whole = _affirmed_text(text, ctx, vocab)
    soft_whole = soften(whole, vocab)  # related clauses are looked up on wrapped lines joined
    chart_histo = _histology(whole, vocab)
    # when the chart's only diagnoses are complex types (e.g. bilateral schwannomas in a location-only
    # table), rows that name no diagnosis of their own share them
    chart_complex = [t.reason for t in vocab.complex_histology if t.regex.search(whole)]
    if vocab.simple_histology.search(whole):
        chart_complex = []
    cavity = vocab.patterns["cavity_target"].search(whole) is not None
    aliases = structure_labels(soft_whole, [d.name for d in drafts], vocab) if not single else {}
    for d in drafts:
        own = d.text
        if single:
            own = whole  # one target: the whole chart describes it
        else:  # one of several: its own words plus the clauses elsewhere that name it, by its place, its label or
            # the label the chart gives it beside its name ("PTV_Supra (Lesion 1)": "Lesion 1, suprasellar, 3 mm
            # from the optic chiasm")
            others = tuple(o.name for o in drafts if o is not d)
            rows = tuple(o.start for o in drafts
                         if o.end > o.start and o.name.strip().lower() != d.name.strip().lower())
            chosen = _unticked_blanked(d.text, d.text_start, ctx) if \
                text[d.text_start:d.text_start + len(d.text)] == d.text else d.text  # (its options ticked only)
            if d.described:  # a structure row's description cell: the clauses that name its place are its words
                others += tuple(o.described for o in drafts if o is not d and o.described)
                described = related_text(d.described, d.start, soft_whole, vocab, ctx.sentences, others, rows)
                chosen = f"{chosen} {described}"
            own = f"{chosen} {related_text(d.name, d.start, soft_whole, vocab, ctx.sentences, others, rows)} " \
                f"{label_text(d.name, soft_whole, vocab)} " \
                f"{' '.join(label_text(label, soft_whole, vocab) for label in aliases.get(d.name, []) + d.aliases)} " \
                f"{noun_text(d.name, others, soft_whole, vocab, ctx.sentences)}"
        # a name that writes the chart's diagnosis as its initials ("L VS" for the left vestibular schwannoma)
        spelled = "" if single else spelled_out(d.name, whole, vocab)
        if spelled:
            own = f"{own} {spelled}"
        if d.dose_gy is None and (single or source == "description") and rx is not None:
            d.dose_gy, d.dose = rx.total_gy, rx
        fx = d.fractions if d.fractions is not None else course_fx
        if single and course_fx is not None and fx != course_fx and d.dose is not None and d.dose.fractions == fx:
            fx = course_fx  # one target: the course's count (all claims weighed) outweighs its dose's sentence
        size = d.size_cm
        if size is None:
            # (a clause read on wrapped lines joined: "metastasis 3.2 cm | resected 10/05" is one clause)
            cand = _target_sizes(sizes_cm(d.text, vocab, base=d.text_start, full_text=text), wrapped, cavity, vocab,
                                 d.name) \
                if d.text else []
            where = text  # (the text the sizes' offsets are in)
            if not cand and own is not d.text and not single:
                cand, where = _target_sizes(sizes_cm(own, vocab), own, cavity, vocab, d.name), own
            if not cand and single:
                lines = _lines_naming(d.name, soft_whole, vocab)
                cand, where = _target_sizes(sizes_cm(lines, vocab), lines, cavity, vocab, d.name), lines
                if not cand:
                    cand, where = _target_sizes(_main_size(text, ctx, vocab, d), wrapped, cavity, vocab, d.name), text
            size = _stated_size(cand, where, vocab) if cand else None
        noun = vocab.lesion_noun.search(d.name)
        primary_only = noun is not None and noun.group(0).lower() in vocab.primary_nouns and \
            (metastatic_to(d.text, vocab) is not None or  # "Metastatic breast cancer" named, "... to L4" meant
             (vocab.patterns["metastatic_primary"].search(d.name) is not None and site_of(d.text, vocab) is not None))
        # ("metastatic prostate adenocarcinoma, painful T4-T6 vertebral metastases": the primary named, the spine meant)
        by_name = None if primary_only or tissue_only(d.name, vocab) else \
            site_of(unlevelled(d.name, labels), vocab, primary=False)  # ("bone met": its row's words say where)
        if by_name in (None, "body"):  # "the breast met at C2": the place after the name, not the organ before "met"
            by_name = located_site(d.name, d.text, vocab) or by_name
        # (a name whose only organ is its primary's, "breast cancer metastasis": the lesion's own words first)
        site = series.get(d.name.strip().upper()) or by_name or site_of(unlevelled(d.text, labels), vocab) or \
            (None if primary_only else site_of(unlevelled(d.name, labels), vocab)) or chart_site_hint
        histo = _histology(own if single else f"{d.text} {spelled}", vocab)
        cx, reasons = (None, ())
        if site == "cranial":
            cx, reasons = complexity(d.name, own, size, vocab, d.optic_mm, d.volume_cc)
            if histo is None and chart_complex and not single:
                cx, reasons = "complex", tuple(unique(list(reasons) + chart_complex))
        histo = histo or chart_histo
        ev: list[Evidence] = []
        line = ctx.sentence(d.start)
        if d.end > d.start and d.cells and any(o is not d and line[0] <= o.start < line[1] for o in drafts):
            # its row's line names another lesion too (a table on its side: one column per lesion, its rows
            # location / size / dose / fractions): its own cells, each the chart's contiguous words
            ev.extend(document.evidence(a, b, rule=f"lesion:{source}") for a, b in d.cells)
        elif d.end > d.start:
            ev.append(document.evidence(*line, rule=f"lesion:{source}"))
        if d.dose is not None:
            ev.append(document.evidence(*ctx.sentence(d.dose.start), rule="lesion:dose"))
        if len(d.phases) >= 2:  # each phase's row: the summed dose's evidence
            quoted = {(e.page, e.text) for e in ev}
            ev.extend(e for e in (document.evidence(a, b, rule="lesion:phase") for a, b, _, _ in d.phases)
                      if (e.page, e.text) not in quoted)
        lesions.append(Lesion(name=d.name, site=site, complexity=cx, dose_gy=d.dose_gy, fractions=fx,
                              size_cm=size, histology=histo, complexity_reasons=reasons,
                              evidence=tuple(unique(ev))))
    return lesions


def _not_primary_elsewhere(described: list[tuple[int, int, int, int]], named: list[Draft], text: str,
                           vocab: Vocabulary) -> list[tuple[int, int, int, int]]:
    """The descriptions, less those that name only the primary cancer ("castration-resistant prostate cancer") in
    another site than every place the chart gives a dose to ("SBRT to the T11-T12 vertebral bodies, 24 Gy"): the
    diagnosis, not the target (a lung primary with its dose to the lung stays the target)."""
    dosed = {site_of(d.name, vocab) for d in named} - {None}
    if not dosed:
        return described
    out = []
    for sp in described:
        name = clean_name(text[sp[0]:sp[1]], vocab) or text[sp[0]:sp[1]]
        noun = vocab.lesion_noun.search(name)
        primary = noun is not None and noun.group(0).lower() in vocab.primary_nouns and \
            metastatic_to(name, vocab) is None
        if not (primary and site_of(name, vocab) not in dosed):
            out.append(sp)
    return out


def _paired_targets(text: str, doses: list[DoseStatement], ctx: TextContext, vocab: Vocabulary) -> int:
    """The most targets one sentence gives course doses of their own ("the cavity received twenty seven gray in
    three fractions and the right occipital metastasis received twenty four gray in three"): doses of one sentence,
    each with a lesion noun in its own clause (from the dose before it), each another total; 1 when no sentence
    gives two."""
    by_sentence: dict[tuple[int, int], list[DoseStatement]] = defaultdict(list)
    for d in doses:
        if d.counts and d.total_gy is not None and d.kind not in ("dose_per_fraction", "fraction_table"):
            by_sentence[ctx.sentence(d.start)].append(d)
    best = 1
    for (lo, _hi), group in by_sentence.items():
        totals, at = set(), lo
        for d in sorted(group, key=lambda x: x.start):
            if vocab.lesion_noun.search(text, at, d.start):
                totals.add(round(d.total_gy, 2))
            at = d.end
        best = max(best, len(totals))
    return best


def course_sessions(lesions: list[Lesion], course_fx: int | None) -> Lesion | None:
    """A course whose lesions are treated in different fraction counts (1, 3 and 5 fractions on shared
    sessions) has as many sessions as its longest lesion: the lesion that gives the course's count when the
    count read from the chart's statements is lower (a "single fraction" said of some lesions), else None."""
    counts = {les.fractions for les in lesions if les.fractions}
    if len(counts) < 2 or course_fx is None or max(counts) <= course_fx:
        return None
    return max(lesions, key=lambda les: les.fractions or 0)


def series_sites(drafts: list, vocab: Vocabulary) -> dict[str, str]:
    """Rows named by a bare label ("T3") whose series' other labels name their place ("T2 Rt occipital"):
    the label is one of the series, not a vertebra, and the lesion has the series' one site.
    {label: site} for such rows."""
    sites: dict[str, set[str]] = {}
    bare: list[tuple[str, str]] = []
    alone: dict[str, str] = {}  # a bare label whose own row names its place
    for d in drafts:
        m = _LABEL_WORD.match(d.name.strip())
        rest = d.name.strip()[m.end():] if m else ""
        if not m:  # a row named by its Location cell, its label in the cell before ("T2 | Rt occipital")
            row = getattr(d, "text", None)  # a draft's row, or a resolved lesion's first quotation
            if row is None:
                row = d.evidence[0].text if getattr(d, "evidence", None) else ""
            m = _LABEL_WORD.match(row.strip())
            rest = d.name
            if not m or not rest.strip():
                continue
        letters = re.match(r"[A-Z]+", m.group(1)).group(0)  # type: ignore[union-attr]
        if not rest.strip(" -:()"):
            bare.append((m.group(1), letters))
            own = _row_place(d, m.group(1), vocab)
            if own:
                alone[m.group(1).upper()] = own
        elif _specific_place(rest, vocab) and site_of(rest, vocab):
            sites.setdefault(letters, set()).add(site_of(rest, vocab))  # type: ignore[arg-type]
    out = {label: next(iter(sites[letters])) for label, letters in bare if len(sites.get(letters, ())) == 1}
    return {**alone, **out}


def _row_place(d: object, label: str, vocab: Vocabulary) -> str | None:
    """The site the cell of a bare label's own row that names a lesion gives ("T1 | R vestibular schwannoma | 18 mm |
    12 Gy"), when it is a specific place of a site other than the spine and the row has no spine word: the
    level-shaped name is the row's label, not a vertebra. A primary cancer's organ ("T12 | metastatic breast
    carcinoma", a histology column's "T6 | renal cell carcinoma") names no place here."""
    row = getattr(d, "text", None)
    if row is None:
        row = d.evidence[0].text if getattr(d, "evidence", None) else ""  # type: ignore[attr-defined]
    rest = re.sub(r"(?<![\w.])%s(?![\w.])" % re.escape(label), " ", row, count=1)
    if not rest.strip() or vocab.spine_context.search(rest) or vocab.site_terms["spinal"].search(rest) or \
            vertebral_levels(rest, vocab):
        return None
    # the cell that names a lesion ("R vestibular schwannoma"), not an organ at risk's dose ("cauda 27.4 Gy")
    cell = next((c for c in row_cells(rest) if vocab.lesion_noun.search(c)), "")
    noun = vocab.lesion_noun.search(cell)
    # a histology cell names the primary cancer by its organ ("T6 | renal cell carcinoma | 24 Gy"), not the place
    if noun is None or noun.group(0).lower() in vocab.primary_nouns or \
            not _specific_place(strip_primary(cell, vocab), vocab):
        return None
    site = site_of(cell, vocab, primary=False)
    return site if site not in (None, "spinal") else None


def _phase_flags(document: Document, ctx: TextContext, d: Draft, doses: list[DoseStatement],
                 course_fx: int | None) -> list[ReviewFlag]:
    """A lesion whose phases were summed, and a total the chart states for the course (a stated total, or
    a dose with the summed fraction count) that is not that sum: the coder decides."""
    fx = d.fractions if d.fractions is not None else course_fx
    parts = {round(p[2], 3) for p in d.phases}
    own = ctx.sentence(d.phases[0][0])  # prose phases: a dose their own sentence gives ("..., a total of 55 Gy")
    stated = [st for st in doses if st.counts and st.total_gy is not None and st.total_gy not in parts and
              st.kind != "phases" and (st.kind == "total" or
                                       (st.kind != "dose" and fx is not None and st.fractions == fx) or
               (d.dose is not None and d.dose.kind == "phases" and st.kind == "dose" and
                own[0] <= st.start < own[1] and st.start > d.dose.end))]
    if not stated or any(near(st.total_gy or 0.0, d.dose_gy or 0.0, SAME_GY) for st in stated):
        return []
    other = stated[0]
    phases = " + ".join(f"{p[2]:g} Gy" for p in d.phases)
    ev = [document.evidence(a, b, rule="review:phases") for a, b, _, _ in d.phases]
    ev.append(document.evidence(*ctx.sentence(other.start), rule="review:phases"))
    return [ReviewFlag("lesions", f"The phases of {d.name} sum to {d.dose_gy:g} Gy ({phases}) but the chart "
                                  f"states {other.total_gy:g} Gy; the sum was used: check which is right.",
                       tuple(unique(ev))[:MAX_EVIDENCE])]


def _affirmed_text(text: str, ctx: TextContext, vocab: Vocabulary | None = None) -> str:
    """The chart text with sentences that do not count (negated, historical, planned) and a form's options left
    unticked (:func:`_unticked_blanked`) blanked out, and (with the ``vocab``) the lengths written in a table's
    distance column ("Distance to chiasm" over "> 5 cm"): how far a lesion lies from something, never its size (the
    table's reader takes its distance from the cell)."""
    chars = list(_unticked_blanked(text, 0, ctx))
    for s, e in ctx.sentences:
        if not ctx.counts(s, s + 1) or set(ctx.modifiers(s, e)) & {"HISTORICAL", "FAMILY"}:
            for i in range(s, e):
                if chars[i] not in "\n\f":
                    chars[i] = " "
    if vocab is not None:
        for table in ctx.document.tables:
            cols = distance_columns([c.text for c in table.header], vocab)
            for row in table.rows:
                for cell in (row[k] for k in cols if k < len(row)):
                    if sizes_cm(cell.text, vocab):
                        chars[cell.start:cell.end] = " " * (cell.end - cell.start)
    return "".join(chars)


def _unticked_blanked(piece: str, start: int, ctx: TextContext) -> str:
    """``piece`` (the chart's text from offset ``start``) with every form option left unticked or answered no
    blanked out ("Location: [ ] AVM  [ ] brainstem  [X] lobar"): an option not chosen says nothing of the lesion,
    neither its kind nor its place."""
    chars = list(piece)
    for f in ctx.form_entries:
        if f.ticked or f.kind not in ("option", "row"):
            continue
        for i in range(max(f.start - start, 0), min(f.end - start, len(chars))):
            if chars[i] not in "\n\f":
                chars[i] = " "
    return "".join(chars)


_CLAUSE_END = re.compile(r"[,;()\n]|\.\s|\s{3,}")  # (a run of spaces: a sentence blanked out, or lines joined)


def _target_sizes(sizes: list[tuple[float, int]], text: str, cavity: bool,
                  vocab: Vocabulary, name: str = "") -> list[tuple[float, int]]:
    """The sizes that measure the treated target. When the course treats a resection cavity, a size written in
    a clause about the tumour that was removed ("the 3.8 cm left frontal mass was resected", "pre-operative
    size 4 cm") is the tumour's, not the cavity's: only a size in a clause that names the cavity measures it.
    When the target itself is a cavity (its ``name``), a size that measures another noun ("a 3.8 cm left
    occipital metastasis", wherever the words about its removal are) is not the cavity's either."""
    if not cavity:
        return sizes
    if vocab.patterns["cavity_target"].search(name):
        sizes = [(cm, at) for cm, at in sizes if not _measures_other(text, at, vocab)]
    out = []
    for cm, at in sizes:
        w, e = max(0, at - 200), min(len(text), at + 200)
        lo = max([w] + [m.end() for m in _CLAUSE_END.finditer(text, w, at)])
        stop = _CLAUSE_END.search(text, at, e)
        hi = stop.start() if stop else e
        clause = text[lo:hi]
        if vocab.patterns["resected_tumour"].search(clause) and not vocab.patterns["cavity_target"].search(clause):
            continue
        out.append((cm, at))
    return out


def _stated_size(cand: list[tuple[float, int]], text: str, vocab: Vocabulary) -> float:
    """The lesion's size of its candidate sizes (cm, offset), the first one written unless the chart gives one as
    its largest dimension ("now 3.4 x 2.9 cm ... largest dimension 3.8 cm", patterns ``size_largest_before``) or
    writes two or more each with its plane ("3.4 x 2.9 cm axial and 3.8 cm craniocaudal", patterns ``size_plane``:
    one measurement's dimensions): the largest of those."""
    rx = vocab.patterns["size_largest_before"]
    stated = [cm for cm, at in cand if 0 <= at <= len(text) and rx.search(text[max(0, at - 40):at])]
    # the dimensions of one measurement, each named by its plane ("3.4 x 2.9 cm axial and 3.8 cm craniocaudal"): the
    # largest of them is the lesion's size
    plane, size = vocab.patterns["size_plane"], vocab.patterns["size"]
    planes = [cm for cm, at in cand if 0 <= at <= len(text) and (m := size.match(text, at)) is not None and
              plane.match(text, m.end())]
    if len(planes) >= 2:
        stated += planes
    return max(stated) if stated else cand[0][0]


def _measures_other(text: str, at: int, vocab: Vocabulary) -> bool:
    """The size at ``at`` measures a lesion noun that is not a cavity: "3.8 cm left occipital metastasis",
    "a 4.1-cm enhancing mass" (the noun within five words after the size, on its line, no punctuation between),
    or "a right frontal mass, 3.8 x 3.3 x 3.0 cm" (the noun right before it, patterns ``size_of_noun_before``)."""
    m = vocab.patterns["size"].match(text, at)
    if m is None:
        return False
    # the noun the size is written after, as its apposition ("a single right frontal mass, 3.8 x 3.3 x 3.0 cm")
    lead = re.split(r"[.;\n\f]", text[max(0, at - 80):at])[-1]
    nouns = list(vocab.lesion_noun.finditer(lead))
    if nouns and vocab.patterns["size_of_noun_before"].match(lead[nouns[-1].end():]):
        return vocab.patterns["cavity_target"].search(lead[:nouns[-1].end()][-30:]) is None
    phrase = re.match(r"[^,;:.()\n\f]{0,80}", text[m.end():]).group(0)  # type: ignore[union-attr]
    for w in list(re.finditer(r"[A-Za-z][\w-]*", phrase))[:5]:
        noun = vocab.lesion_noun.match(phrase, w.start())
        if noun is not None and not re.match(r"\w", phrase[noun.end():noun.end() + 1]):
            return vocab.patterns["cavity_target"].search(phrase[:noun.end()]) is None
    return False


def _main_size(text: str, ctx: TextContext, vocab: Vocabulary, d: Draft) -> list[tuple[float, int]]:
    """Sizes written in sentences that mention a lesion noun or the lesion's own name."""
    out = []
    for s, e in ctx.sentences:
        sent = text[s:e]
        if set(ctx.modifiers(s, e)) & {"HISTORICAL", "FAMILY"}:
            continue  # "Course 1 (2025) ... to a 1.5 cm right frontal metastasis": an earlier course's lesion
        if vocab.lesion_noun.search(sent) or (d.name and d.name.lower() in sent.lower()):
            out.extend(sizes_cm(sent, vocab, base=s, full_text=text))
    return out
