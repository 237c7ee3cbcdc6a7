"""Review flags: where the chart disagrees with itself, or the reading is unsure, say so.

The reader never overrules the chart silently. When a count statement ("all four lesions were
treated") disagrees with the lesions found, a summary dose with the plan's dose, a planned fraction
count with the delivered one, or one lesion's words with its site, the reading keeps its choice and
adds a :class:`ReviewFlag`: one sentence naming both readings, with the chart's words for each.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from srscheck.core.model import FLAG_QUOTES, ChartFacts, Document, Evidence, Lesion, Mention, ReviewFlag, unique
from srscheck.core.model import HISTORY_SECTIONS as _HISTORY

from .amendments import amendment_spans, inside
from .context import TextContext, is_birth_date, written_days
from .interruptions import stops_this_course
from .lesions import count_statements, said_not_treated, signature, site_of, vertebral_levels
from .lesions.classification import (
    _specific_place,
    label_key,
    label_letters,
    levels_spanned,
    located_site,
    optic_distances,
    row_labels,
    same_places,
    structure_labels,
    tissue_only,
    unlevelled,
)
from .lesions.resolution import series_sites
from .lesions.sources import _LABEL_WORD
from .lines import line_around
from .quantities import (
    REGIMEN_KINDS,
    SAME_GY,
    SOURCE_RANKS,
    WHOLE_COUNT,
    WHOLE_MULTIPLE,
    DoseStatement,
    FractionClaim,
    MisreadCell,
    apart,
    chart_tables,
    given_counts,
    is_record,
    near,
    own_sentence_start,
    rows_to_come,
    source_kinds,
    status_marked,
    status_role,
    stopped_plans,
)
from .quantities import SENTENCE_END as _FULL_STOP
from .texttables import COLUMN_GAP
from .titles import HEAD_LINES, in_title, titled
from .vocab import Vocabulary, cached_rx

MAX_EVIDENCE = FLAG_QUOTES


def _ev(document: Document, ctx: TextContext, start: int, rule: str) -> Evidence:
    return document.evidence(*ctx.sentence(start), rule=rule, section=ctx.section_at(start))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def count_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                wrapped: str) -> list[ReviewFlag]:
    """A treated-lesion count written in the chart that differs from the lesions resolved."""
    found = len(facts.lesions)
    if not found:
        return []
    counts = count_statements(wrapped, ctx, vocab, with_parts=True)
    # a count only planned is no statement of what was treated; one of a part of the lesions ("four new
    # metastases") contradicts the lesions found only when it is more than they are
    treated = [c for c in counts if c.treated and (not c.part or c.n > found)]
    counts = [c for c in counts if not c.part]
    # a count written before the chart says the set of targets changed ("referred for SBRT to three levels ... L3 is
    # therefore removed from the plan"): the targets as they were before the change, no contradiction
    changes = [m.start() for m in vocab.patterns["lesion_set_changed"].finditer(wrapped)]
    wrong = [c for c in treated if c.n != found and not _count_of_one_site(wrapped, ctx, vocab, facts, c) and
             not _count_of_one_place(wrapped, vocab, facts, c) and
             not any(_same_document(ctx, c.end, at) for at in changes if at > c.end)]
    names = "; ".join(les.name for les in facts.lesions[:6])
    if not wrong:
        return _planned_count_flags(document, ctx, vocab, facts, wrapped, counts, names)
    stated = sorted({c.n for c in wrong})
    said = " or ".join(str(n) for n in stated)
    ev = unique([_ev(document, ctx, c.start, "review:count") for c in wrong]
                + [e for les in facts.lesions for e in les.evidence[:1]])
    return [ReviewFlag("lesion_count",
                       f"The chart states {said} treated lesion(s), but {_plural(found, 'lesion')} "
                       f"were found ({names}); the count was kept at {found}: check which is right.",
                       tuple(ev)[:MAX_EVIDENCE])]


def _same_document(ctx: TextContext, a: int, b: int) -> bool:
    """Offsets ``a`` and ``b`` lie in one document of the course."""
    return ctx.document.document_at(a) == ctx.document.document_at(b)


def _count_of_one_place(text: str, vocab: Vocabulary, facts: ChartFacts, c) -> bool:
    """Whether a count is said of the lesions of one place of the course and is their number: "the two liver lesions
    received 45 Gy ... each" in a course that also treats a lung nodule counts part of the course."""
    places = {w for w in same_places(text[c.start:c.end], vocab) if w not in vocab.laterality}
    if not places:
        return False
    there = [les for les in facts.lesions if places <= same_places(les.name, vocab)]
    return len(there) == c.n < len(facts.lesions)


def _count_of_one_site(text: str, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts, c) -> bool:
    """Whether a count is said of the lesions of one site of a course of several sites, and is their number: a
    brain plan's "(brain, 2 targets, 1 fx)" in a course that also treats a spinal lesion counts part of the course."""
    sites = Counter(les.site for les in facts.lesions)
    if len(sites) < 2:
        return False
    line_start = line_around(text, c.start)[0]
    s, _e = ctx.sentence(c.start)
    site = _words_site(text[max(line_start, s, c.start - 60):c.end], vocab)
    return site is not None and sites.get(site) == c.n


def _planned_count_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts, wrapped: str,
                         counts, names: str) -> list[ReviewFlag]:
    """A count of lesions the course's own plan or prescription states ("SRS planned to three brain metastases")
    that is not the count of lesions its record treated, where the chart neither writes a treated count that
    agrees with the record ("a third was found and all three were treated") nor says the set of targets changed
    (patterns ``lesion_set_changed``: a lesion added, dropped or left for later). A consultation's count in a
    bundle (advisory) recommends and is left out. The reading keeps the lesions it found; the flag quotes both."""
    found = len(facts.lesions)
    if any(c.treated and c.n == found for c in counts) or vocab.patterns["lesion_set_changed"].search(wrapped):
        return []
    wrong = [c for c in counts if c.planned and not c.advisory and not c.treated and c.n != found]
    if not wrong:
        return []
    said = " or ".join(str(n) for n in sorted({c.n for c in wrong}))
    ev = unique([_ev(document, ctx, c.start, "review:count") for c in wrong]
                + [e for les in facts.lesions for e in les.evidence[:1]])
    return [ReviewFlag("lesion_count",
                       f"The chart plans {said} lesion(s), but its record treated {_plural(found, 'lesion')} "
                       f"({names}) and does not say the targets changed; the count was kept at {found}: check "
                       f"which is right.", tuple(ev)[:MAX_EVIDENCE])]


def fraction_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                   claims: list[FractionClaim], text: str, doses: list[DoseStatement] = (),
                   in_progress: bool = False) -> list[ReviewFlag]:
    """A planned fraction count that differs from the delivered one (an interrupted course), or two
    delivered counts that disagree. A count written with a dose that another course of the chart was given (the
    same dose in as many fractions, where the chart sets that course apart: an earlier course's, or one a note calls
    a separate course) and that is no lesion's dose of this course tells that course again, not this one's. In a
    course still in progress (:func:`course_in_progress`) a count larger than the one given so far is the plan's,
    still being delivered: no contradiction."""
    chosen = facts.fractions.value
    if chosen is None:
        return []
    claims = [c for c in claims if not _other_course_retold(c, doses, facts)]
    if in_progress:
        claims = [c for c in claims if c.n <= chosen]
    planned: dict[int, list[FractionClaim]] = defaultdict(list)
    delivered: dict[int, list[FractionClaim]] = defaultdict(list)
    for c in claims:  # each claim's role was decided when it was read (quantities.claim_role)
        if c.role == "planned":
            planned[c.n].append(c)
        elif c.role == "delivered":
            delivered[c.n].append(c)
    for n in _amended_plans(document, vocab, claims, planned, chosen, ctx):
        del planned[n]
    out: list[ReviewFlag] = []
    # lesions treated in different counts on shared sessions (RUL 30 Gy x 1, then LLL 12 Gy x 4: five sessions): a
    # lesion's own planned count, given in full, is its plan, not a plan of the course's sessions
    mixed = {les.fractions for les in facts.lesions if les.fractions}
    if len(mixed) > 1:
        planned = defaultdict(list, {n: cs for n, cs in planned.items() if n not in mixed})
    planned = defaultdict(list, {n: cs for n, cs in planned.items()
                                 if not (n < chosen and all(_phase_count(text, c, vocab) for c in cs))})
    given = given_counts(claims)  # (beside a dated log, a letter's "completed in three" leaves three planned only)
    other_plan = sorted(n for n in planned if n != chosen and n not in given)
    if other_plan and chosen in delivered:
        ev = [_ev(document, ctx, c.start, "review:fractions") for n in other_plan for c in planned[n][:1]]
        ev += [_ev(document, ctx, c.start, "review:fractions") for c in delivered[chosen][:1]]
        out.append(ReviewFlag("fractions",
                              f"{_plural(other_plan[-1], 'fraction')} were planned but {chosen} delivered; "
                              f"the delivered count ({chosen}) was used.", tuple(unique(ev))[:MAX_EVIDENCE],
                              fraction_counts=(other_plan[-1], chosen)))
    said: dict[int, list[FractionClaim]] = defaultdict(list)  # neither planned nor delivered words only
    for c in claims:
        s, e = ctx.sentence(c.start)
        if c.role == "course" and (c.n == chosen or (c.rank == SOURCE_RANKS["record"] and c.kind in REGIMEN_KINDS) or
                                   vocab.patterns["delivery_reported"].search(text[s:max(e, c.end)]) or
                                   (c.kind == "fraction_field" and chosen in delivered and
                                    vocab.patterns["count_field"].search(text, c.start, c.end) is not None and
                                    not text[c.end:line_around(text, c.end)[1]].strip()) or
                                   (c.kind in REGIMEN_KINDS and chosen in delivered and vocab.patterns[
                                       "course_dose_field"].search(text[line_around(text, c.start)[0]:c.start]))):
            said[c.n].append(c)  # another count counts only where the chart reports the treatment itself: in words
            # of delivery, or as the course's dose with its count in a delivered record (a completion summary's
            # "27 Gy in five fractions"; not a bare number beside a row's "Fx" title), or as the course's own field
            # (its dose field "Total dose: [50 Gy in 5 fractions]" beside the delivered count, too)
            # ("Fractions <tab> 5" in its header box, a count's title and the line's last word; not a session's
            # "Fraction: 2" or a log's "Fx 1 2 3 ...") beside the delivered count
    other_said = sorted(n for n in said if n != chosen and n not in planned and n not in delivered)
    several = len(facts.lesions) > 1

    def course_wide(c: FractionClaim) -> bool:  # its clause names no lesion, no site: a count of the whole course
        s, e = ctx.sentence(c.start)
        lo = max([s] + [m.end() for m in _CLAUSE_MARK.finditer(text, s, c.start)])
        hi = next((m.start() for m in _CLAUSE_MARK.finditer(text, max(c.end, c.start), e)), e)
        words = text[lo:hi]
        return not several or not (vocab.lesion_noun.search(words) or site_of(words, vocab))

    if several:  # each lesion may have its own count: only the course's field, or a count whose clause names no
        # lesion ("She tolerated all four fractions well"), where every lesion had the delivered count, says another
        other_said = [n for n in other_said if all(c.kind == "fraction_field" or course_wide(c) for c in said[n]) and
                      all(les.fractions == chosen for les in facts.lesions)]
    if other_said and not other_plan:
        ev = [_ev(document, ctx, c.start, "review:fractions") for n in other_said for c in said[n][:1]]
        ev += [_ev(document, ctx, c.start, "review:fractions") for c in (delivered[chosen] or said[chosen])[:1]]
        counts = ", ".join(map(str, other_said))
        out.append(ReviewFlag("fractions", f"The chart also says {counts} fraction(s) where it otherwise "
                              f"describes {chosen}; {chosen} was used: check which is right.",
                              tuple(unique(ev))[:MAX_EVIDENCE]))
    # several lesions may each have their own count ("1 fraction to the left frontal, 5 to the cavity"): a
    # delivered count contradicts only where it is no lesion's own count and its clause names no lesion
    # ("Fractions delivered: 4" over a log of five fractions to each of two lesions; "delivered in five
    # fractions between 10/26 and 10/30: left frontal 27 Gy, ..." where the lesions follow the colon)
    own = {les.fractions for les in facts.lesions if les.fractions} if several else set()

    for n in [n for n in delivered if n != chosen]:
        delivered[n] = [c for c in delivered[n] if course_wide(c)]
        if not delivered[n]:
            del delivered[n]
    other_given = sorted(n for n in delivered if n != chosen and n not in own)
    if other_given:
        mine = delivered.get(chosen) or [c for c in claims if c.n == chosen]
        ev = [_ev(document, ctx, c.start, "review:fractions") for c in mine[:1]]
        ev += [_ev(document, ctx, c.start, "review:fractions") for n in other_given for c in delivered[n][:1]]
        counts = ", ".join(map(str, [chosen] + other_given))
        why = _outranks(document, ctx, vocab, mine[:1], [c for n in other_given for c in delivered[n][:1]])
        out.append(ReviewFlag("fractions", f"The chart gives different delivered fraction counts ({counts}); "
                              f"{chosen} was used{why}.", tuple(unique(ev))[:MAX_EVIDENCE]))
    return out


def _phase_count(text: str, c: FractionClaim, vocab: Vocabulary) -> bool:
    """A count written on a line that opens with a numbered stage or phase of the course ("Phase 2 prescription: 21 Gy
    in 3 fractions"): that part's count, no plan of the whole course when the course was given in more."""
    return bool(vocab.patterns["numbered_stage"].search(text, line_around(text, c.start)[0], c.start))


def _other_course_retold(c: FractionClaim, doses: Sequence[DoseStatement], facts: ChartFacts) -> bool:
    """Whether claim ``c`` is a dose statement with the dose and count of a dose the chart puts in another course
    (role ``prior``: an earlier course's, or a course set apart as separate) that no lesion of this course has."""
    own = next((d for d in doses if d.start == c.start and d.counts and d.total_gy is not None), None)
    if own is None or any(les.dose_gy is not None and near(les.dose_gy, own.total_gy, SAME_GY)
                          for les in facts.lesions):
        return False
    return any(not d.counts and d.role == "prior" and d.fractions == c.n and d.total_gy is not None and
               near(d.total_gy, own.total_gy, SAME_GY) for d in doses)


def _amended_plans(document: Document, vocab: Vocabulary, claims: list[FractionClaim],
                   planned: dict[int, list[FractionClaim]], chosen: int | None,
                   ctx: TextContext | None = None) -> list[int]:
    """Planned counts the chart's own addendum corrects: every statement of the count as planned lies before an
    amendment (amendments.amendment_spans: "Addendum 09/24: ... plan changed to 25 Gy in five fractions") that
    states the count the course was given in. The count is the plan the addendum replaced, not a course cut
    short; a count planned in the amendment itself or after it stays, and so does every planned count when the
    amendment does not give the delivered count (a course the record stops early). A sentence that says the
    regimen was changed (``regimen_changed``: a simulation note's "PRESCRIPTION CHANGED: 55 Gy in 5 fractions"
    after the consultation's provisional 54 Gy in 3) corrects the counts planned before it as an addendum does."""
    spans = amendment_spans(document, vocab)
    if ctx is not None:
        changed = vocab.patterns["regimen_changed"]
        spans = list(spans) + [ctx.sentence(c.start) for c in claims if c.n == chosen and c.role != "superseded"
                               and changed.search(document.text, *ctx.sentence(c.start))]
    if not spans or chosen is None:
        return []
    gives = [s for s, e in spans if any(s <= c.start < e and c.n == chosen and c.role != "superseded" for c in claims)]
    return [n for n, cs in planned.items()
            if n != chosen and all(not inside(spans, c.start) and any(s >= c.end for s in gives) for c in cs)]


def completed_count_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                          claims: list[FractionClaim], text: str) -> list[ReviewFlag]:
    """A count of treatments the patient completed, as a letter or an after-visit summary writes it ("you have
    completed all four of your CyberKnife treatments"), that is not the course's count read from its
    statements (a dated log of five fractions): the reading keeps its count, the flag quotes both. Only a count
    the chart affirms of this course (not negated, hypothetical or historical: ctx.counts) and written outside the
    count's own statements."""
    chosen = facts.fractions.value
    if chosen is None:
        return []
    mine = [c for c in claims if c.n == chosen]
    for m in vocab.patterns["completed_count"].finditer(text):
        n = vocab.number(m.group("n"))
        if n is None or n == chosen or not 1 <= n <= 80 or not ctx.counts(m.start(), m.end()):
            continue
        if any(c.start <= m.start("n") < c.end for c in claims):
            continue  # the count is read as a statement of its own (its fraction flags' business)
        if _past_year(text, ctx, vocab, m.start()):
            continue
        ev = unique([_ev(document, ctx, m.start(), "review:fractions")] +
                    [_ev(document, ctx, c.start, "review:fractions") for c in mine[:1]])
        return [ReviewFlag("fractions", f"The chart says {n} treatment(s) were completed where it otherwise describes "
                           f"{chosen} fractions; {chosen} was used: check which is right.", tuple(ev)[:MAX_EVIDENCE])]
    return []


def _past_year(text: str, ctx: TextContext, vocab: Vocabulary, at: int) -> bool:
    """Whether the sentence at ``at`` dates itself to a year before its chart's dates ("In 2024 you completed ...",
    "in 11/2024"), its years read as the context reads them (context.written_days: "2000 cGy" is no year)."""
    s, e = ctx.sentence(at)
    years = [day.year for off, day in written_days(text, vocab, ctx.dates, s, e, ctx.quantity_cells)
             if not is_birth_date(text, off, vocab)]
    chart = [d.year for _s, _e, d in ctx.chart_dates()]
    return bool(years and chart and max(years) < max(chart))


_CLAUSE_MARK = re.compile(r"[,;:](?!\d)")  # (not a time's "13:05" or a number's "2,400")


_LOG_NAME = "the dated per-fraction treatment log"
_SOURCE_NAMES = {"record": "the delivered record (treatment summary, completion note or treatment record)",
                 "plan": "the plan", "letter": "a letter",
                 "other": "a document of no known kind (ranked with the plan)", "cover": "a cover sheet"}


def _source_name(document: Document, ctx: TextContext, vocab: Vocabulary, item: DoseStatement | FractionClaim,
                 ) -> tuple[str, str]:
    """The kind of the document ``item`` is written in, as the ranking read it (quantities.source_kinds; a dated
    per-fraction log, which outranks every other statement, by that name), and the document's file name."""
    kind = next((k for s, e, k in source_kinds(ctx, vocab) if s <= item.start < e), "other")
    name = _LOG_NAME if _logged(item) else _SOURCE_NAMES[kind]
    file = next((document.part_name(k) for k, p in enumerate(document.parts) if p.start <= item.start < p.end), "")
    return name, file


def _logged(item: DoseStatement | FractionClaim) -> bool:
    """Whether ``item`` is read from a dated per-fraction log (quantities.SOURCE_RANKS: it outranks every other
    statement)."""
    return bool(item.record if isinstance(item, DoseStatement) else is_record(item))


def _outranks(document: Document, ctx: TextContext, vocab: Vocabulary, chosen: list, others: list) -> str:
    """", as <the chosen's document> outranks <the other's> (<its file> over <theirs>)" when the choice was made by
    the documents' ranks (quantities.SOURCE_RANKS), each named by the kind the ranking gave it; ", as the dated
    per-fraction treatment log is the record of what was delivered ..." when the chosen statement is that log's and
    no rank decided (a chart of one document); else ""."""
    if not chosen or not others:
        return ""
    other = max(others, key=lambda o: o.rank)
    mine, theirs = chosen[0].rank, other.rank
    if _logged(chosen[0]) and not any(_logged(o) for o in others) and (not mine or not theirs or mine <= theirs):
        # (one document, or documents of one rank: the log won by being the log)
        return f", as {_LOG_NAME} is the record of what was delivered and outranks every other statement"
    if not mine or not theirs or mine <= theirs:
        return ""
    (a, fa), (b, fb) = _source_name(document, ctx, vocab, chosen[0]), _source_name(document, ctx, vocab, other)
    files = f" ({fa} over {fb})" if fa and fb and fa != fb else ""
    return f", as {a} outranks {b}{files}"


def dose_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts, doses: list[DoseStatement],
               text: str, flagged: frozenset[str] = frozenset(), in_progress: bool = False,
               stopped: frozenset[int] = frozenset()) -> list[ReviewFlag]:
    """A single-target course whose prescriptions (total dose with a fraction count) disagree: a summary
    that says one dose and a plan that says another. In a course of several lesions, the lesions named in
    ``flagged`` already have a flag for two doses (their tables' totals: resolution.find_lesions). In a course still
    in progress, the planned total (the dose given so far, per fraction, times more fractions) is the plan's; so is
    it, in one of the planned counts, on a course stopped early (``stopped``: quantities.stopped_plans)."""
    if in_progress and len(facts.lesions) == 1:
        doses = [d for d in doses if not _planned_total(d, facts.lesions[0])]
    if stopped:  # a table row's 35 Gy beside the 28 Gy its lesion had of 4 of 5 fractions: its plan, no other dose
        doses = [d for d in doses if not any(_planned_total(d, les, stopped) for les in facts.lesions)]
    if len(facts.lesions) > 1:
        found = [(les, f) for les, f in _lesion_dose_flags(document, ctx, vocab, facts, doses, text)
                 if les.name not in flagged]
        return [f for _, f in found] + _named_dose_flags(document, ctx, vocab, list(facts.lesions), doses, text,
                                                         {les.name for les, _ in found} | flagged)
    if len(facts.lesions) != 1:
        return []
    les = facts.lesions[0]
    if les.dose_gy is None:
        return []
    fx = les.fractions
    totals: dict[float, list[DoseStatement]] = defaultdict(list)
    for d in doses:
        if not d.counts or d.total_gy is None or d.kind in ("dose", "dose_per_fraction"):
            continue
        if fx is not None and d.fractions not in (None, fx):
            continue
        if apart(d.total_gy, les.dose_gy, SAME_GY) and _cited(text, ctx, vocab, d):
            continue  # another patient's dose, quoted from the literature
        totals[d.total_gy].append(d)
    for g in list(totals):  # a boost, a dose level or a replaced prescription is no other dose of the target
        totals[g] = [d for d in totals[g] if near(g, les.dose_gy, SAME_GY) or
                     not (no_second_prescription(text, d, doses, vocab) or _replaced_elsewhere(text, d, doses, vocab))]
        if not totals[g]:
            del totals[g]
    others = sorted(g for g in totals if apart(g, les.dose_gy, SAME_GY))
    if not others and les.dose_gy in totals and fx is not None:
        return _regimen_flags(document, ctx, vocab, les, doses, totals[les.dose_gy], text) or \
            _reported_dose_flags(document, ctx, vocab, les, doses, totals[les.dose_gy], text)
    if not totals and fx is not None:  # no dose written with its fractions ("13 Gy to the 50% isodose (marginal),
        # single fraction"): the target's own doses, each without a count, against a reported other one
        mine = [d for d in doses if d.bare_course_dose and near(d.total_gy, les.dose_gy, SAME_GY)]
        return _reported_dose_flags(document, ctx, vocab, les, doses, mine, text) if mine else []
    if others and les.dose_gy not in totals:  # the target's dose written without its count in a document that
        # outranks theirs (resolution._ranked_dose: a record's "13.0 Gy delivered" above a letter's "15 Gy in one
        # fraction"): its bare doses stand for it
        mine = [d for d in doses if d.bare_course_dose and near(d.total_gy, les.dose_gy, SAME_GY) and
                d.rank > max(o.rank for g in others for o in totals[g])]
        if mine:
            totals[les.dose_gy] = sorted(mine, key=lambda d: -d.rank)
    if not others or les.dose_gy not in totals:
        return []
    ev = [_ev(document, ctx, d.start, "review:dose") for g in [les.dose_gy] + others for d in totals[g][:1]]
    said = ", ".join(f"{g:g} Gy" for g in others)
    mine = sorted(totals[les.dose_gy], key=lambda d: not _logged(d))  # (a dated log's total first: it decides)
    why = _outranks(document, ctx, vocab, mine[:1], [d for g in others for d in totals[g][:1]])
    return [ReviewFlag("lesions",
                       f"The chart gives {les.name} {les.dose_gy:g} Gy in one place and {said} in another; "
                       f"{les.dose_gy:g} Gy was used{why}.", tuple(unique(ev))[:MAX_EVIDENCE])]


def _replaced_elsewhere(text: str, d: DoseStatement, doses: list[DoseStatement], vocab: Vocabulary) -> bool:
    """Whether a record's entry for an order of ``d``'s total in as many fractions gives that order's status as
    replaced (a prescription history's "Rx v1 2400 cGy / 3 fx  status: RETIRED", quantities.status_marked) beside
    the plan summary's "Rx 2400 cGy in 3 fractions" of that version: the order told again, its status recorded, no
    second dose. A narrative's "(originally prescribed 50 Gy in 5)" explains its own mention only."""
    return any(o is not d and o.role == "superseded" and o.total_gy is not None and d.total_gy is not None and
               near(o.total_gy, d.total_gy, SAME_GY) and o.fractions is not None and o.fractions == d.fractions and
               status_marked(text, o.start, o.end, vocab) for o in doses)


def copied_consult_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                         doses: list[DoseStatement], text: str) -> list[ReviewFlag]:
    """A course of one target whose note repeats the consultation's plan ("A/P (from consult 09/30): L cerebellar met
    -> SRS 20 Gy x1", patterns ``consult_copied``) with another dose than the one prescribed and given (1800 cGy):
    the copied line is no reading of the dose (quantities.status_role), but the note contradicts the record and
    is flagged, quoting both. Not a dose per fraction of the target's, nor one with another fraction count."""
    if len(facts.lesions) != 1 or facts.lesions[0].dose_gy is None:
        return []
    les = facts.lesions[0]
    rx = vocab.patterns["consult_copied"]
    for d in doses:
        if d.role != "superseded" or d.total_gy is None or near(d.total_gy, les.dose_gy, SAME_GY) or \
                (d.fractions is not None and les.fractions is not None and d.fractions != les.fractions) or \
                not rx.search(text, own_sentence_start(text, d.start), d.start):
            continue
        ev = unique([e for e in les.evidence if e.rule == "lesion:dose"][:1] + list(les.evidence[:1])
                    + [_ev(document, ctx, d.start, "review:dose")])
        return [ReviewFlag("lesions", f"The note repeats the consultation's {d.total_gy:g} Gy for {les.name}, but "
                           f"the chart gives {les.dose_gy:g} Gy as prescribed and given; {les.dose_gy:g} Gy was "
                           f"used: correct the note or check which is right.", tuple(ev)[:MAX_EVIDENCE])]
    return []


def _planned_total(d: DoseStatement, les: Lesion, counts: frozenset[int] | None = None) -> bool:
    """Whether the dose is the whole course planned for a target whose fractions given so far add up to its dose:
    the dose per fraction given times a larger count ("2400 cGy planned" beside 16 Gy in the 2 fractions given),
    one of ``counts`` when they are given."""
    if d.total_gy is None or les.dose_gy is None or not les.fractions or d.total_gy <= les.dose_gy + SAME_GY:
        return False
    per = les.dose_gy / les.fractions
    n = d.total_gy / per
    return near(n, round(n), WHOLE_COUNT) and (d.fractions is None or d.fractions == round(n)) and \
        (counts is None or round(n) in counts)


def course_in_progress(document: Document, ctx: TextContext, vocab: Vocabulary, text: str) -> list:
    """The statements that the course is still in progress on the day its record was written (``course_in_progress``:
    "Remaining: fx 4 on 11/16/2026", "Delivered to date: 1600 cGy of 2400 cGy planned"), outside the patient's
    history, and the rows of a per-fraction log still to come after fractions given (quantities.rows_to_come);
    [] when there are none, or when the chart also says the course was completed (``course_completed``) or stopped
    (``course_interrupted``, of this course's radiation): then its planned count is that of a course that ended,
    for the fraction flags to weigh."""
    pats = vocab.patterns
    said = [m for m in pats["course_in_progress"].finditer(text) if ctx.section_at(m.start()) not in _HISTORY]
    said += rows_to_come(chart_tables(document.tables, text, vocab), vocab)
    if not said:
        return []
    if any(ctx.counts(m.start(), m.end()) for m in pats["course_completed"].finditer(text)):
        return []
    if any(stops_this_course(text, m.start(), m.end(), vocab) for m in pats["course_interrupted"].finditer(text)
           if ctx.counts(m.start(), m.end())):
        return []
    return said


def sentence_total_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                         doses: list[DoseStatement], text: str) -> list[ReviewFlag]:
    """One sentence, or one key: value line, that gives the course's one target two different total doses, the
    second called the total ("received 24 Gy, for a total of 27 Gy", "Total dose: 35 Gy / total 40 Gy", "a total dose
    of 35 Gy, and a total of 40 Gy was delivered"): the chart contradicts itself in one breath, whichever dose the
    reading used; both quotations. Not a sum of courses or plans (patterns.yaml ``summed_dose``), a boost or dose
    level, a replaced prescription, nor a dose with its fractions and their stated product (resolution flags that)."""
    if len(facts.lesions) != 1 or facts.lesions[0].dose_gy is None:
        return []
    les = facts.lesions[0]
    pats = vocab.patterns
    course = [d for d in doses if d.counts and d.total_gy is not None and d.kind != "dose_per_fraction"]
    for a, b in zip(course, course[1:]):
        if near(a.total_gy, b.total_gy, SAME_GY):  # type: ignore[arg-type]
            continue
        s, e = ctx.sentence(a.start)
        one_line = "\n" not in text[a.end:b.start] and not _FULL_STOP.search(text, a.end, b.start)
        if not (b.start < e or one_line):
            continue
        low, high = sorted((a.total_gy, b.total_gy))  # type: ignore[type-var]
        fx = les.fractions or facts.fractions.value
        if low > 0 and (near(low * fx, high, SAME_GY) if fx else near(high / low, round(high / low), WHOLE_MULTIPLE)):
            continue  # one fraction's dose and the course's total: "Fx 5/5, 7 Gy - total 35 Gy", "725 cGy each; total"
        lo = max(line_around(text, b.start)[0], a.end)
        if not (pats["total_before"].search(text[max(lo, b.start - 50):b.start]) or
                pats["total_after"].match(text[b.end:b.end + 20])):
            continue
        line = line_around(text, a.start, b.end)
        span = (min(s, line[0]), max(e, line[1]) if one_line else e)
        if pats["summed_dose"].search(text, *span) or any(no_second_prescription(text, d, doses, vocab)
                                                           for d in (a, b)):
            continue
        product = a.per_fraction_gy * a.fractions if a.per_fraction_gy and a.fractions else None
        if product is not None and near(product, b.total_gy, SAME_GY):  # type: ignore[arg-type]
            continue  # "8 Gy x 3 fractions, total 24 Gy": one dose written two ways
        where = "line" if one_line and not b.start < e else "sentence"
        ev = [_ev(document, ctx, a.start, "review:dose")] + [
            document.evidence(d.start, d.end, rule="review:dose", section=ctx.section_at(d.start)) for d in (a, b)]
        return [ReviewFlag("lesions", f"One {where} of the chart gives {les.name} two total doses, "
                           f"{a.total_gy:g} Gy and {b.total_gy:g} Gy; {les.dose_gy:g} Gy was used: check which is "
                           f"right.", tuple(unique(ev))[:MAX_EVIDENCE])]
    return []


def _lesion_dose_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                       doses: list[DoseStatement], text: str) -> list[tuple[Lesion, ReviewFlag]]:
    """Several lesions, and a prescription (a total with its fraction count) that is no lesion's dose, written with
    the fraction count of one lesion only and not naming another ("the segment seven liver lesion received 45 Gy in
    five fractions" where the plan and the record give the one five-fraction lesion 50 Gy): the chart gives that
    lesion two doses; so does one written with the fraction count of every lesion and naming them all ("spine SBRT
    T12 and L2, 24 Gy x 3 fx" where each was given 27 Gy in 3). The reading keeps the lesion's dose; the flag quotes
    both. A boost, a dose level within a target or a prescription the chart says was replaced is no other dose."""
    lesions = list(facts.lesions)
    if any(les.dose_gy is None for les in lesions):
        return []
    out: list[tuple[Lesion, ReviewFlag]] = []
    for d in doses:
        if not d.counts or d.total_gy is None or d.fractions is None or d.kind in ("dose", "dose_per_fraction"):
            continue
        if any(near(d.total_gy, les.dose_gy, SAME_GY) for les in lesions):  # type: ignore[arg-type]
            continue  # a lesion's own dose
        if _cited(text, ctx, vocab, d):
            continue  # another patient's dose, quoted from the literature
        if no_second_prescription(text, d, doses, vocab):
            continue
        s, _e = ctx.sentence(d.start)  # its clause: from the sentence's start or the dose before it
        lo = max([s] + [o.end for o in doses if s <= o.end <= d.start])
        words = _words(text[lo:d.end], vocab)
        named = [les for les in lesions if _names(words, les, vocab)] or \
            _only_cavity(text[lo:d.start], lesions, vocab) or _named_after(text, d.end, lesions, vocab)
        same = [les for les in lesions if les.fractions == d.fractions]
        # its clause names one lesion only: that lesion's dose, whatever its count ("the T10 metastasis received
        # 27 Gy in 3 fractions" where the plan and the record give T10 24 Gy in 2)
        pick = (named if len(named) == 1 else [les for les in same if les in named]) if named else same
        if len(named) == len(lesions) and pick == named:
            pick = named[:1]  # a regimen said of every lesion at once and none of theirs (a fax cover's "spine SBRT
            # T12 and L2, 24 Gy x 3 fx" where the plan and the record give each 27 Gy in 3): the first is flagged
        if len(pick) != 1 or pick[0] in [f[0] for f in out]:
            continue  # no one lesion it speaks of, or its clause names another lesion of the course
        les = pick[0]
        if d.per_fraction_gy is not None and near(d.per_fraction_gy, les.dose_gy, SAME_GY):  # type: ignore[arg-type]
            continue  # "18 Gy x 3 = 54 Gy" beside a lesion read at 18 Gy: one dose, read per fraction
        ev = unique([e for e in les.evidence if e.rule == "lesion:dose"][:1] + list(les.evidence[:1])
                    + [_ev(document, ctx, d.start, "review:dose")])
        out.append((les, ReviewFlag(
            "lesions", f"The chart gives {les.name} {les.dose_gy:g} Gy in one place and {d.total_gy:g} Gy in "
            f"{_plural(d.fractions, 'fraction')} in another; {les.dose_gy:g} Gy was used: check which is right.",
            tuple(ev)[:MAX_EVIDENCE])))
    return out


def _named_after(text: str, end: int, lesions: list[Lesion], vocab: Vocabulary) -> list[Lesion]:
    """The lesions of the course that the dose ending at ``end`` names as its own target right after it
    (``dose_names_target``, its own words up to a joiner as :func:`_target_after` reads them: a letter's "thirty
    gray in five fractions to the resection cavity, together with ..."), by their place words or as the course's
    only cavity; else none."""
    m = vocab.patterns["dose_names_target"].match(text, end)
    if m is None:
        return []
    joiner = cached_rx(rf"\s(?:{vocab.alternation('target_clause_joiners')})\s", 0)
    target = joiner.split(m.group("target"), maxsplit=1)[0]
    words = _words(target, vocab)
    return [les for les in lesions if _places(les.name, vocab) and _names(words, les, vocab)] or \
        _only_cavity(target, lesions, vocab)


def _only_cavity(clause: str, lesions: list[Lesion], vocab: Vocabulary) -> list[Lesion]:
    """The course's only resection cavity, by its name or its own row, item or sentence, when a clause calls it
    "the cavity" ("The cavity received 25 Gy in 5 fractions" of a letter, beside the plan's row "PTV_Cav_LF | L frontal
    resection cavity | 600 | 5 | 3000"), else none."""
    rx = vocab.patterns["cavity_target"]
    if not rx.search(clause):
        return []
    cavities = [les for les in lesions if rx.search(les.name) or
                any(rx.search(e.text) for e in les.evidence[:1] if e.rule.startswith("lesion:"))]
    return cavities if len(cavities) == 1 else []


def every_lesion_dose_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                            doses: list[DoseStatement], text: str) -> list[ReviewFlag]:
    """Several lesions, and one dose said of all of them at once ("Each of the three lesions (segments VII, VIII and
    II) received 35 Gy in 5 fractions", "both nodules received 60 Gy": patterns ``every_lesion``, its number, if it
    gives one, the course's lesion count) that is not the dose the reading gives one of them: the chart gives that
    lesion two doses. The reading keeps the lesion's dose; the flag quotes both. Not a dose per fraction, a boost,
    a dose level, a replaced prescription or one quoted from the literature."""
    lesions = list(facts.lesions)
    if len(lesions) < 2 or any(les.dose_gy is None for les in lesions):
        return []
    every = vocab.patterns["every_lesion"]
    for d in doses:
        if not d.counts or d.total_gy is None or d.kind == "dose_per_fraction" or \
                d.role not in ("prescription", "delivered"):
            continue
        s, end = ctx.sentence(d.start)
        lo = max([s, d.start - 200] + [o.end for o in doses if s <= o.end <= d.start])
        said = list(every.finditer(text, lo, d.start))
        if not said and not _each_named(text, lo, d, lesions, vocab):
            continue
        m = said[-1] if said else None
        if (m is not None and ":" in text[m.end():d.start]) or any(
                d.end <= o.start < end and o.counts and o.total_gy is not None and
                o.kind != "dose_per_fraction" and apart(o.total_gy, d.total_gy, SAME_GY) for o in doses):
            continue  # "to both targets: left parietal 24 Gy and right thalamic 16 Gy": a list, each its own dose
        n = None if m is None else vocab.number(m.group("n")) if m.group("n") else \
            (2 if m.group(0).lower().startswith("both") else None)
        if n is not None and n != len(lesions):
            continue  # "both liver lesions" of a course of three: some of them
        total = d.total_gy
        # (what k of a lesion's fractions add up to is no other dose: its dose per fraction, a running total)
        off = [les for les in lesions if not any(near(total, les.dose_gy * k / (les.fractions or 1), SAME_GY)
                                                 for k in range(1, (les.fractions or 1) + 1))]
        if not off or _cited(text, ctx, vocab, d) or no_second_prescription(text, d, doses, vocab):
            continue
        les = off[0]
        ev = unique([e for e in les.evidence if e.rule == "lesion:dose"][:1] + list(les.evidence[:1])
                    + [_ev(document, ctx, d.start, "review:dose")])
        return [ReviewFlag("lesions", f"The chart says every lesion received {total:g} Gy, but gives {les.name} "
                           f"{les.dose_gy:g} Gy; {les.dose_gy:g} Gy was used: check which is right.",
                           tuple(ev)[:MAX_EVIDENCE])]
    return []


def _each_named(text: str, lo: int, d: DoseStatement, lesions: list[Lesion], vocab: Vocabulary) -> bool:
    """Whether the clause of dose ``d`` (from ``lo``) names every lesion of the course, each by its place words or
    its vertebral level, and gives the dose to each of them (``each_named_dose``: "T6 and T10, each 27 Gy in 3
    fractions", "the left frontal and right parietal lesions received 20 Gy each"): one dose said of them all."""
    clause = text[lo:d.start]
    words = _words(clause, vocab)
    levels = set(vertebral_levels(clause, vocab))

    def named(les: Lesion) -> bool:
        own = set(vertebral_levels(les.name, vocab))
        return _names(words, les, vocab) or bool(own and own <= levels)

    rx = vocab.patterns["each_named_dose"]
    return len(lesions) >= 2 and all(named(les) for les in lesions) and \
        (rx.search(clause[-40:]) is not None or rx.match(text, d.end) is not None)


def _named_dose_flags(document: Document, ctx: TextContext, vocab: Vocabulary, lesions: list[Lesion],
                      doses: list[DoseStatement], text: str, flagged: set[str]) -> list[ReviewFlag]:
    """Several lesions, and a dose written right after one lesion's label or name on its line ("C left occipital
    20 Gy; D right cerebellar 18 Gy" in a summary, where the procedure note and the plan give C 18 Gy) that is
    not that lesion's dose: the chart gives the lesion two doses. The reading keeps the lesion's dose; the flag
    quotes both. A dose per fraction, a stage's, a phase's or a boost's dose, a session's row, a dose the chart
    says was replaced and one read with another fraction count are no other dose of the lesion. Lesions named in
    ``flagged`` already have a dose flag (:func:`_lesion_dose_flags`) and get no second one."""
    out: list[ReviewFlag] = []
    flagged = set(flagged)
    names = [les.name for les in lesions]
    rows = row_labels(document.tables, names, vocab)  # ("A | Left frontal | ... | 20 Gy": "A" names that lesion)
    aliases = {n: {label_key(w) for w in ws + rows.get(n, [])} for n, ws in structure_labels(text, names,
                                                                                            vocab).items()}
    for d in doses:
        if not d.counts or d.role not in ("prescription", "delivered") or d.total_gy is None or \
                d.kind == "dose_per_fraction" or d.kind in ("dose_times_n", "n_times_dose"):
            continue
        if _retired_page(document, text, d.start, vocab) or _cited(text, ctx, vocab, d):
            continue  # a page titled as superseded ("SUPERSEDED - ... Report (version 1)"), a dose from the literature
        line_start = line_around(text, d.start)[0]
        lo = max([line_start] + [o.end for o in doses if line_start <= o.end <= d.start] +
                 [text.rfind(c, line_start, d.start) + 1 for c in ";|"] +  # a row's cells (tabs) are one clause
                 [m.end() for m in _LIST_COLON.finditer(text, line_start, d.start)])  # "... to both targets: left ..."
        clause = re.sub(r"^[A-Za-z][A-Za-z ]{1,30}:\s+(?=\S)", "", text[lo:d.start].strip(" \t.,:-=•*"))  # "Summary: "
        line = text[line_start:d.start]
        if not clause or vocab.patterns["numbered_stage"].search(line) or no_second_prescription(text, d, doses, vocab):
            continue
        if not _only_names(clause, lesions, vocab, aliases):
            continue  # "Left L2 nerve root receives 19.1 Gy", "RLL 1 10 Gy" (a fraction's row), "... in version 1 ("
        if _target_after(text, d.end, lesions, vocab):
            continue  # "20 Gy to the temporal lesion and 16 Gy to the thalamic lesion": the dose's lesion follows it
        named = [les for les in lesions if _labelled(clause, les.name, vocab) or
                 _aliased(clause, aliases[les.name], vocab) or
                 (_places(les.name, vocab) and _names(_words(clause, vocab), les, vocab))]
        if len(named) != 1:
            continue
        les = named[0]
        if les.dose_gy is None or near(d.total_gy, les.dose_gy, SAME_GY) or les.name in flagged:
            continue
        if d.fractions is not None and les.fractions is not None and d.fractions != les.fractions:
            continue  # another regimen: the fraction flags' and the regimen flags' business
        if les.fractions and near(d.total_gy * les.fractions, les.dose_gy, SAME_GY):
            continue  # its dose per fraction ("900 cGy" in a row that gives 2700 cGy in 3)
        row_end = re.compile(r"[\n;|]").search(text, d.end)
        nxt = min((o for o in doses if o is not d and d.end <= o.start < (row_end.start() if row_end else len(text))),
                  key=lambda o: o.start, default=None)
        if nxt is not None and not _next_lesion(text[d.end:nxt.start], lesions, vocab, aliases):
            continue  # the same row goes on to give another dose: a table's columns (per fraction, cumulative);
            # not where another lesion's name comes first ("left occipital 22 Gy, right frontal 20 Gy": a list)
        flagged.add(les.name)
        ev = unique([e for e in les.evidence if e.rule == "lesion:dose"][:1] + list(les.evidence[:1])
                    + [_ev(document, ctx, d.start, "review:dose")])
        out.append(ReviewFlag(
            "lesions", f"The chart gives {les.name} {les.dose_gy:g} Gy in one place and {d.total_gy:g} Gy in "
            f"another; {les.dose_gy:g} Gy was used: check which is right.", tuple(ev)[:MAX_EVIDENCE]))
    return out


def _retired_page(document: Document, text: str, at: int, vocab: Vocabulary) -> bool:
    """Whether the page or document ``at`` lies on says in its first lines that it was superseded, retired or
    voided (a report's version 1 kept "for the legal record" after its amendment): its statements are no
    account of this course to hold against the others."""
    starts = [p.start for p in document.pages] + [p.start for p in document.parts]
    start = max([s for s in starts if s <= at], default=0)
    head = "".join([ln for ln in text[start:at].splitlines(keepends=True) if ln.strip()][:HEAD_LINES])
    pats = vocab.patterns
    return bool(pats["superseded_status"].search(head) or pats["superseded_claim"].search(head))


_LIST_COLON = re.compile(r":(?!\d)")  # a list's colon, not a time's "13:05"


def _next_lesion(between: str, lesions: list[Lesion], vocab: Vocabulary,
                 aliases: dict[str, set[str]] | None = None) -> bool:
    """Whether the words between two doses on one line name another lesion of the course (by its label, one the chart
    gives it, ``aliases``, or its place words): the second dose is that lesion's, the line a list of lesions with
    their doses, not a row of columns."""
    clause = between.strip(" \t.,;:-=•*")
    for w in vocab.words("lesion_list_joiners"):
        clause = re.sub(rf"^{re.escape(w)}\s+", "", clause, flags=re.I)
    return bool(clause) and any(_labelled(clause, les.name, vocab) or
                                _aliased(clause, (aliases or {}).get(les.name, set()), vocab) or
                                (_places(les.name, vocab) and _names(_words(clause, vocab), les, vocab))
                                for les in lesions)


def _target_after(text: str, end: int, lesions: list[Lesion], vocab: Vocabulary) -> bool:
    """Whether the dose ending at ``end`` names its own target right after it ("16 Gy to the thalamic lesion",
    "18 Gy for the cavity"): a lesion of the course, by its place words or a lesion noun; then the words
    before it are the dose before it's target, not this dose's ("an isodose line" names no lesion)."""
    m = vocab.patterns["dose_names_target"].match(text, end)
    if m is None:
        return False
    # (its own words only: "20 Gy to the 50% isodose and right occipital metastasis 18 Gy" names the next dose's)
    joiner = cached_rx(rf"\s(?:{vocab.alternation('target_clause_joiners')})\s", 0)  # (case as written)
    words = joiner.split(m.group("target"), maxsplit=1)[0]
    return any(_places(les.name, vocab) and _names(_words(words, vocab), les, vocab) for les in lesions) or \
        bool(vocab.lesion_noun.search(words))


def _aliased(clause: str, keys: set[str], vocab: Vocabulary) -> bool:
    """Whether a clause opens with one of a lesion's labels (classification.structure_labels, by label_key)."""
    label = vocab.patterns["lesion_name_label"].match(clause)
    return bool(keys) and label is not None and label_key(label.group(0)) in keys


def _only_names(clause: str, lesions: list[Lesion], vocab: Vocabulary,
                aliases: dict[str, set[str]] | None = None) -> bool:
    """Whether a clause is only a lesion's name: a label of the course's lesions (or one the chart gives a lesion
    beside its name, ``aliases``), sides, place words and lesion nouns (no verb, no number but a label's): "C left
    occipital", "Target 2", "right cerebellar metastasis", "Lesion 2 (right parietal)"."""
    places = clause
    for rx in vocab.site_terms.values():  # a place of several words ("cavernous sinus") is a place word
        places = rx.sub(" ", places)
    if not re.search(r"[A-Za-z0-9#]", clause):
        return False
    words = re.findall(r"[A-Za-z0-9#]+", places)
    labels = {w.lower() for les in lesions for w in re.findall(r"[A-Za-z0-9#]+", les.name) if re.search(r"\d", w)
              or len(w) == 1}
    labels |= {w for keys in (aliases or {}).values() for k in keys for w in k.split()}
    return len(words) <= 6 and all(
        w.lower() in labels or w.lower() in vocab.words("name_fillers") or vocab.lesion_noun.fullmatch(w) or
        vocab.place_word(w) for w in words)


def _labelled(clause: str, name: str, vocab: Vocabulary) -> bool:
    """Whether a clause opens with the lesion's name as a label ("C left occipital" for lesion "C", "Met 2 right
    cerebellar" for "Met 2 ...", "L4 right mesial temporal" for "L4"; the vocabulary's lesion_name_label)."""
    label = vocab.patterns["lesion_name_label"].match(name.strip())
    if label is None:
        return False
    return re.match(rf"{re.escape(label.group(0))}(?![\w.])", clause, re.I if len(label.group(0)) > 2 else 0) \
        is not None


def _title_line(document: Document, text: str, at: int) -> bool:
    """Whether ``at`` lies on a heading line of its document's title (titles.in_title; the document is the
    chart, or its file in a bundle)."""
    k = document.document_at(at)
    start, end = (document.parts[k].start, document.parts[k].end) if k is not None and document.parts else \
        (0, len(text))
    return in_title(text, start, end, at)


def _cited(text: str, ctx: TextContext, vocab: Vocabulary, d: DoseStatement) -> bool:
    """The dose's sentence refers to the literature ("schedules such as 33 Gy/5 fx [4]"): a dose of other patients,
    quoted in a case report's background or discussion, not a second reading of this course's dose."""
    s, e = ctx.sentence(d.start)
    return bool(vocab.patterns["cited_statement"].search(text, s, max(e, d.end)))


def _regimen_flags(document: Document, ctx: TextContext, vocab: Vocabulary, les, doses: list[DoseStatement],
                   mine: list[DoseStatement], text: str) -> list[ReviewFlag]:
    """The single target's prescription (its dose with its fraction count) and, in a document's title, another
    whole regimen written as the course's (a banner's "SBRT liver 45 Gy / 3 fx - Course Summary" over a record
    of 40 Gy in 5): a total with a fraction count, both unlike the target's, that counts (not a boost or a
    replaced order), on a heading line (a few words, no sentence) among its document's first lines, or in a
    sentence that reports the treatment as it happened (a completion letter's "finished stereotactic radiotherapy
    ... on 03/30/2026, forty-five gray in three fractions" beside a plan and a record of 40 Gy in 5). A regimen
    in the notes' other sentences may be an option weighed or another course; a planned count the delivered one
    cut short is the fraction flag's."""
    fx = les.fractions
    reported = vocab.patterns["delivery_reported"]

    def told(d: DoseStatement) -> bool:
        if _title_line(document, text, d.start):
            return True
        s, e = ctx.sentence(d.start)
        return d.role in ("prescription", "delivered") and reported.search(text, s, max(e, d.end)) is not None

    other = [d for d in doses if d.counts and d.total_gy is not None and d.fractions not in (None, fx)
             and d.kind not in ("dose", "dose_per_fraction") and apart(d.total_gy, les.dose_gy, SAME_GY)
             and told(d) and not _cited(text, ctx, vocab, d)
             and not no_second_prescription(text, d, doses, vocab)]
    if not other:
        return []
    d = other[0]
    ev = unique([_ev(document, ctx, mine[0].start, "review:dose"), _ev(document, ctx, d.start, "review:dose")])
    return [ReviewFlag("lesions",
                       f"The chart gives {les.name} {les.dose_gy:g} Gy in {_plural(fx, 'fraction')} in one place and "
                       f"{d.total_gy:g} Gy in {_plural(d.fractions, 'fraction')} in another; {les.dose_gy:g} Gy in "
                       f"{_plural(fx, 'fraction')} was used: check which is right.", tuple(ev)[:MAX_EVIDENCE])]


def _reported_dose_flags(document: Document, ctx: TextContext, vocab: Vocabulary, les, doses: list[DoseStatement],
                         mine: list[DoseStatement], text: str) -> list[ReviewFlag]:
    """The single target's prescription (its dose with its fraction count) and, in a sentence that reports the
    treatment as it happened ("radiosurgery completed under frame today; nidus dose 16 Gy"), another dose of the
    course written without a fraction count: the chart gives the target two doses. Not its dose per fraction or a
    running total of its fractions, nor a boost, a dose level, a replaced order, a stage's or a session's dose,
    a retired page's, or a table row's that goes on to another dose (a log's columns)."""
    reported = vocab.patterns["delivery_reported"]
    fx, total = les.fractions or 1, les.dose_gy
    for d in doses:
        if not d.counts or d.kind != "dose" or d.role not in ("prescription", "delivered") or d.total_gy is None:
            continue
        given = d.total_gy
        if any(near(given, total * k / fx, SAME_GY) for k in range(1, fx + 1)):
            continue  # what k of its fractions add up to: its dose per fraction, a running total ("1800 cGy
            # delivered, cumulative 3600 cGy" after the second of three fractions), its dose
        s, e = ctx.sentence(d.start)
        line_start = line_around(text, d.start)[0]
        line = text[line_start:d.start]
        lo = own_sentence_start(text, d.start)
        if not reported.search(text, min(s, lo), max(e, d.end)) or vocab.patterns["numbered_stage"].search(line) or \
                no_second_prescription(text, d, doses, vocab) or _retired_page(document, text, d.start, vocab) or \
                _cited(text, ctx, vocab, d):
            continue
        row_end = re.compile(r"[\n;|]").search(text, d.end)
        if any(o is not d and o.counts and d.end <= o.start < (row_end.start() if row_end else len(text))
               for o in doses):
            continue  # the same row or clause goes on to another dose of the course: a table's columns (an organ's
            # limit after it, "keeping the optic chiasm below eight Gray", is no column)
        ev = unique([_ev(document, ctx, mine[0].start, "review:dose"), _ev(document, ctx, d.start, "review:dose")])
        return [ReviewFlag("lesions", f"The chart gives {les.name} {total:g} Gy in one place and {given:g} Gy in "
                           f"another; {total:g} Gy was used: check which is right.", tuple(ev)[:MAX_EVIDENCE])]
    return []


def no_second_prescription(text: str, d: DoseStatement, doses: list[DoseStatement], vocab: Vocabulary) -> bool:
    """Whether a dose is no second prescription for its target, whichever review holds it against the target's:
    a boost named in the 60 characters before it or earlier in its sentence on its line (160 at most: "... with the
    simultaneous integrated boost to 40 Gy", "We used a simultaneous integrated boost: 35 Gy in 5 to the gross tumour
    and 25 Gy in 5 to the rest") or right after it ("3300 cGy / 2500 cGy SIB"): a second dose level of one plan; a
    prescription its own sentence on its line says was replaced ("Rx (original)<tab>50 Gy in 5", "(originally
    prescribed 50 Gy)"; not an earlier line's or sentence's "Original CT reviewed."), or a dose level within the
    target (:func:`dose_level`; a lower level's label right before it, "(PTV_LOW 2500 cGy)")."""
    pats = vocab.patterns
    line_start = line_around(text, d.start)[0]
    own = own_sentence_start(text, d.start)
    boost_from = max(0, min(d.start - 60, max(own, d.start - 160)))  # 60 characters, or its sentence on its line
    return bool(pats["dose_level_boost"].search(text[boost_from:d.start])
                or pats["integrated_boost_after"].match(text, d.end)
                or pats["superseded_dose"].search(text[own:d.start]) or dose_level(text, d, doses, vocab)
                or pats["dose_level_label"].search(text, max(line_start, d.start - 40), d.start)
                or _proposal_replaced(text, d, doses, vocab))


def _proposal_replaced(text: str, d: DoseStatement, doses: list[DoseStatement], vocab: Vocabulary) -> bool:
    """Whether ``d`` is put forward as a proposal by the words before it in its sentence (``proposal_before``:
    a consultation's "Proposed SBRT: right upper lobe 54 Gy in 3 fractions") and another statement of the chart names
    that dose as the one replaced (role "superseded": "RUL regimen changed from the proposed 54 Gy in 3 to 50 Gy in
    5", "escalated from the 33 Gy proposed at consultation"; its own words, whatever role its sentence's mood gave it):
    the chart says itself that the proposal was changed, so the proposal is no second prescription. Fraction counts
    must agree where both are written."""
    if d.total_gy is None or not vocab.patterns["proposal_before"].search(text, own_sentence_start(text, d.start),
                                                                          d.start):
        return False
    return any(o is not d and (o.role == "superseded" or status_role(text, o.start, o.end, vocab) == "superseded") and
               o.total_gy is not None and near(o.total_gy, d.total_gy, SAME_GY) and
               (o.fractions is None or d.fractions is None or o.fractions == d.fractions) for o in doses)


def dose_level(text: str, d: DoseStatement, doses: list[DoseStatement], vocab: Vocabulary) -> bool:
    """The dose's own clause (back to the last full stop, ";" or line break, on to the next one or the next dose)
    calls it a dose level within the target ("... subvolume, PTV_25, 500 cGy x 5", "2500 cGy elective dose
    level within the same target"): a second dose level of one target, not another prescription for it."""
    lo = max([text.rfind(c, 0, d.start) + 1 for c in ";\n"] + [d.start - 120] +
             [m.end() for m in _STOP.finditer(text, max(0, d.start - 120), d.start)])
    hi = min([o.start for o in doses if o.start >= d.end] + [len(text)])
    stop = _STOP.search(text, d.end, hi)
    hi = min(stop.start() if stop else hi, line_around(text, d.end)[1], hi)
    rx = vocab.patterns["dose_level"]
    return bool(rx.search(text[max(0, lo):d.start]) or rx.search(text[d.end:hi]))


_STOP = re.compile(r"(?<!\d)\.(?=\s)|;")


def site_flags(facts: ChartFacts, vocab: Vocabulary, document: Document | None = None) -> list[ReviewFlag]:
    """A lesion whose own name says one site while the words read with it say another.

    The words are the whole evidence span (not the shortened quotation); a label that names a lesion with
    a place ("left cerebellar (L1)") is no vertebra in them, but the level of a spinal lesion is its place, not a
    label, though its name also names the primary's organ ("L1 renal cell metastasis"). A metastasis the words
    place by the place written right after its name ("the breast met at C2") is where they place it."""
    labels = {w for les in facts.lesions if _specific_place(les.name, vocab) for w in _LABEL_WORD.findall(les.name)
              if not (les.site == "spinal" and w.upper() in {lv.upper() for lv in vertebral_levels(les.name, vocab)})}
    unlabel = re.compile(r"(?<![\w.])(?:%s)(?![\w.])" % "|".join(map(re.escape, sorted(labels)))) if labels else None

    method = _method_cells(document, vocab) if document is not None else []

    def words(e: Evidence, others: re.Pattern[str] | None) -> str:
        if document is not None and 0 <= e.start < e.end:
            t = document.text[e.start:e.end]
            for a, b in method:  # "Spine, kV pairs" under "Tracking": the method, not the lesion's place
                lo, hi = max(a, e.start) - e.start, min(b, e.end) - e.start
                if lo < hi:
                    t = t[:lo] + " " * (hi - lo) + t[hi:]
        else:
            t = e.text
        t = others.sub(" ", t) if others else t  # another lesion of the course named beside it: its place
        return unlabel.sub(" ", t) if unlabel else t

    series = series_sites(list(facts.lesions), vocab)  # "T3" beside "T1 Lt frontal", "T2 Rt occipital": a label
    out = []
    for les in facts.lesions:
        if les.name.strip().upper() in series:
            continue
        # a level-shaped part its own row spells out as a label of the series ("PTV_L3 | lesion 3, R frontal") is no
        # level of its name
        letters = label_letters([les.name], vocab, [" ".join(words(e, None) for e in les.evidence)])
        by_name = site_of(unlevelled(les.name, letters), vocab)
        noun = vocab.lesion_noun.search(les.name)
        if noun is not None and noun.group(0).lower() in vocab.primary_nouns:
            continue  # a name that is the primary cancer ("metastatic renal cell carcinoma") tells no site
        if by_name is None or not les.evidence or tissue_only(les.name, vocab):
            continue  # ("bone met" names a tissue of the spine and the body alike: no site of its own to weigh)
        if by_name != les.site and any(located_site(les.name, words(e, None), vocab) == les.site for e in les.evidence):
            continue  # "the breast met at C2": the organ before "met" is its primary's
        # ("progression at C5 only and a new lesion in the right seventh rib": the sentence names both targets)
        names = sorted({o.name.strip() for o in facts.lesions if o is not les and o.name.strip() and
                        o.site is not None and o.site != les.site}, key=len, reverse=True)
        others = re.compile(r"(?<![\w.])(?:%s)(?![\w.])" % "|".join(map(re.escape, names)), re.I) if names else None
        by_words = {_words_site(words(e, others), vocab) for e in les.evidence} - {None, by_name}
        if by_name != les.site or by_words:
            other = sorted(by_words | ({les.site} - {by_name}) - {None})
            if not other:
                continue
            out.append(ReviewFlag("sites",
                                  f"{les.name} reads as {by_name} by its name but as {' or '.join(other)} "
                                  f"by the words around it; {les.site} was used.", les.evidence[:MAX_EVIDENCE]))
    return out


def _method_cells(document: Document, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The spans of the cells under a column whose title names a method of the delivery (``method_column``:
    "Tracking", "IGRT", "Alignment"): its place words name what the unit tracks or matches, not a lesion's place."""
    rx = vocab.patterns["method_column"]
    out = []
    for t in document.tables:
        cols = [i for i, h in enumerate(t.header) if rx.search(h.text)]
        out += [(row[i].start, row[i].end) for row in t.rows for i in cols if i < len(row) and row is not t.header]
    return out


def _words_site(text: str, vocab: Vocabulary) -> str | None:
    """The site the words around a lesion name; a bare level there ("C2 SBRT" in a course column, a
    label) is spinal only with a spine word beside it. The site word of a tracking method ("spine tracking (T5-T7
    anatomy)" beside a rib) names what the unit tracks, not where the lesion is: it is read as a blank; so are a
    robotic linac's beam nodes ("144 beams from 68 nodes"), and an organ at risk that is never a target's place ("the
    spinal cord" checked beside a kidney)."""
    text = vocab.patterns["tracking_site"].sub(lambda m: " " * len(m.group(0)), text)
    text = vocab.patterns["beam_nodes"].sub(lambda m: " " * len(m.group(0)), text)  # "beams from 68 nodes"
    text = vocab.patterns["organ_at_risk_only"].sub(lambda m: " " * len(m.group(0)), text)  # "... the spinal cord,"
    site = site_of(text, vocab)
    if site == "spinal" and not (vocab.spine_context.search(text) or vocab.site_terms["spinal"].search(text)):
        return None
    return site


def laterality_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                     text: str) -> list[ReviewFlag]:
    """A lesion named on one side that the chart also names, as a lesion, on the other side ("right frontal"
    in the plan, "the left frontal lesion" in the summary) where no other lesion of the course is there."""
    sides = {w: vocab.side_abbreviations.get(w, w) for w in vocab.laterality}
    sides = {w: s for w, s in sides.items() if s in ("left", "right")}
    if not sides:
        return []
    placed = []
    for les in facts.lesions:
        sig = signature(les.name, vocab)
        side = {sides[w] for w in sig if w in sides}
        places = frozenset(w for w in sig if w not in vocab.laterality)
        placed.append((les, side, places))
    out = []
    for les, side, places in placed:
        if len(side) != 1 or not places or not les.evidence:
            continue
        (mine,) = side
        other = "left" if mine == "right" else "right"
        if any(other in s and places & p for _, s, p in placed):
            continue  # another lesion of the course is on that side
        place_rx = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
        side_rx = "|".join(re.escape(w) for w, s in sides.items() if s == other)
        rx = re.compile(rf"(?<![\w.])(?:{side_rx})\.?[\s_]+(?:[a-z]+\s+)?(?:{place_rx})(?![a-z])", re.I)
        for m in rx.finditer(text):
            gap = re.match(r"\s*", text[m.end():m.end() + 40]).end()  # type: ignore[union-attr]
            noun = vocab.lesion_noun.match(text, m.end() + gap)
            if not ctx.counts(m.start(), m.end()) or not noun:
                continue
            if said_not_treated(text[noun.end():ctx.sentence(m.start())[1]], vocab):
                # another lesion on the other side, said not to be treated ("the right adrenal adenoma was left alone")
                continue
            ev = [les.evidence[0], _ev(document, ctx, m.start(), "review:laterality")]
            out.append(ReviewFlag("sites", f"{les.name} is on the {mine} in one place and the {other} in another "
                                  f"({text[m.start():m.end()]!s}); {mine} was used: check the side.",
                                  tuple(unique(ev))[:MAX_EVIDENCE]))
            break
    return out + _level_flags(document, ctx, vocab, facts, text)


_FIELD_LABEL_END = re.compile(rf"[ \t]*(?::|{COLUMN_GAP})")  # a row's label ends at a colon or a column gap


def _level_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                 text: str) -> list[ReviewFlag]:
    """The only spinal lesion is at one level (PTV_T10) but the chart names another level as a treated
    lesion ("the T11 metastasis") that no lesion of the course is at. A lesion the words after it, to its
    sentence's end, say was not treated ("small T11 lesion without cord compromise, for observation") is another
    lesion the chart knows of, not this one at another level."""
    levels = {les.name: {lv.upper() for lv in vertebral_levels(les.name, vocab)} for les in facts.lesions}
    spinal = [les for les in facts.lesions if les.site == "spinal" and len(levels[les.name]) == 1 and les.evidence]
    if len(spinal) != 1:
        return []
    les = spinal[0]
    (mine,) = levels[les.name]
    known = set().union(*(levels_spanned(lv) for lvs in levels.values() for lv in lvs))  # (a range's inner levels)
    for m in vocab.vertebral_level.finditer(text):
        level = m.group(0).upper()
        gap = re.match(r"\s*", text[m.end():m.end() + 40]).end()  # type: ignore[union-attr]
        noun = vocab.lesion_noun.match(text[:m.end() + 40], m.end() + gap)
        if levels_spanned(level) <= known or not ctx.counts(m.start(), m.end()) or not noun or \
                not vertebral_levels(text[max(0, m.start() - 30):m.end() + 40], vocab):
            continue
        if "\n" in text[m.end():m.end() + gap] and _FIELD_LABEL_END.match(text, noun.end()):
            continue  # the level ends its line ("cord contoured on T2") and the next row's label is the noun
            # ("Target<gap>GTV T10 ..."): no lesion named at that level
        if said_not_treated(text[noun.end():max(noun.end(), ctx.sentence(m.start())[1])], vocab):
            continue  # another lesion, said not to be treated ("small T11 lesion ..., for observation")
        ev = [les.evidence[0], _ev(document, ctx, m.start(), "review:level")]
        return [ReviewFlag("sites", f"The treated lesion is at {mine} ({les.name}), "
                           f"but the chart also names a {level} lesion; "
                           f"{mine} was used: check the level.", tuple(unique(ev))[:MAX_EVIDENCE])]
    return []


def facility_name(m: Mention, text: str, vocab: Vocabulary) -> bool:
    """A unit's name that is part of a facility's name ("Eastlake Proton & Photon Center"): it tells where the
    course was treated, not on what, and weighs no more than a generic word ("linear accelerator")."""
    return m.evidence.end >= 0 and vocab.patterns["facility_name_after"].match(text, m.evidence.end) is not None


_UNIT_NAMES = {"cobalt60": "a Gamma Knife (cobalt-60) unit", "robotic_linac": "a robotic linac (CyberKnife)",
               "linac": "a linac", "particle": "a proton or ion unit"}


def unit_flags(document: Document, ctx: TextContext, facts: ChartFacts, ments: list[Mention],
               vocab: Vocabulary) -> list[ReviewFlag]:
    """The chart names, as this course's unit, a unit of another kind than the one the reading chose (a
    letter saying Gamma Knife where the plan and the treatment log are CyberKnife): the reading keeps its
    choice, the flag quotes both. A unit named in the same sentence as the chosen one is an alternative the
    chart itself weighs against it ("asked about CyberKnife ... and proceeded on the TrueBeam"), and a unit's
    name inside a facility's name ("Proton & Photon Center") names no unit: neither contradicts the choice. Nor
    does a unit of a kind the chart says elsewhere was not used ("our CyberKnife is out of service ... plan SBRT on
    the TrueBeam instead"): its other mentions are the course as first intended ("fiducials placed for planned
    CyberKnife SBRT"), which the chart itself explains."""
    chosen = facts.modality.value
    if chosen is None:
        return []
    not_used = {m.value for m in ments if m.label == "MODALITY" and "NEGATED_EXISTENCE" in m.modifiers and
                m.evidence.start >= 0 and not facility_name(m, document.text, vocab)}

    def words(m: Mention) -> str:  # the unit's name as the chart writes it
        return document.text[m.evidence.start:m.evidence.end]

    named: dict[str, list[Mention]] = defaultdict(list)
    for m in ments:
        if m.label != "MODALITY" or not m.affirmed or m.evidence.start < 0:
            continue
        if words(m).lower() in vocab.generic_unit_words or facility_name(m, document.text, vocab):
            continue  # "linear accelerator" also names a CyberKnife
        if m.value != chosen and m.value in not_used:
            continue  # the chart says elsewhere that this unit was not used
        named[m.value].append(m)
    if chosen not in named:
        return []
    beside = {ctx.sentence(m.evidence.start) for m in named[chosen]}
    for v in [v for v in named if v != chosen]:
        named[v] = [m for m in named[v] if ctx.sentence(m.evidence.start) not in beside]
        if not named[v]:
            del named[v]
    for v in named:  # a letterhead ("COASTAL CYBERKNIFE") quotes the unit last
        named[v].sort(key=lambda m: words(m).isupper())
    out = []
    for other in sorted(v for v in named if v != chosen):
        quote, mine = words(named[other][0]), words(named[chosen][0])
        ev = unique([named[other][0].evidence] + [m.evidence for m in named[chosen][:2]])
        out.append(ReviewFlag("modality",
                              f"The chart names {quote!r} ({_UNIT_NAMES.get(other, other)}) where the rest of the "
                              f"record names {mine!r} ({_UNIT_NAMES.get(chosen, chosen)}); {chosen} was used: "
                              f"check the treatment unit.", tuple(ev)[:MAX_EVIDENCE]))
    return out


def class_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                text: str) -> list[ReviewFlag]:
    """One cranial lesion whose distances to the optic apparatus fall on both sides of the complex-lesion
    limit (a letter's "9 mm from the optic nerve", the plan's "3 mm from the right optic nerve")."""
    if len(facts.lesions) != 1 or facts.lesions[0].site != "cranial":
        return []
    les = facts.lesions[0]
    found = [(d, what, s) for d, what, s, e in optic_distances(text, vocab) if ctx.counts(s, e)]
    near = [x for x in found if x[0] <= vocab.optic_mm]
    far = [x for x in found if x[0] > vocab.optic_mm and any(n[1] == x[1] for n in near)]  # the same structure
    if not near or not far:
        return []
    near = [n for n in near if n[1] == far[0][1]]
    ev = unique([_ev(document, ctx, near[0][2], "review:class"), _ev(document, ctx, far[0][2], "review:class")])
    return [ReviewFlag("lesions", f"{les.name} is {near[0][0]:g} mm from the optic apparatus in one place and "
                       f"{far[0][0]:g} mm in another ({vocab.optic_mm:g} mm or less makes it complex); "
                       f"{les.complexity} was used: check the distance.", tuple(ev)[:MAX_EVIDENCE])]


def record_history_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                         doses: list[DoseStatement], claims: list[FractionClaim], text: str) -> list[ReviewFlag]:
    """A dose with its fractions that the chart puts in the past (a discharge summary's "Oncologic history:
    completed SBRT 54 Gy in 3 fractions on 11/17/2026") but dates within this course's dated treatment record:
    it speaks of this course, not of an earlier one, and when it disagrees with what the record gave the chart
    contradicts itself. Only with a dated per-fraction record (what was given) to hold it against."""
    chosen = facts.fractions.value
    records = [c for c in claims if is_record(c)]
    if chosen is None or not records:
        return []
    dated = [(s, d) for s, _e, d in ctx.chart_dates()]
    days = [d for s, d in dated if any(r.start <= s < r.end for r in records)]
    if not days:
        return []
    first, last = min(days), max(days)
    dose = facts.lesions[0].dose_gy if len(facts.lesions) == 1 else None
    past = vocab.roles.context.get("HISTORICAL")  # the role of a dose the chart puts in the past
    for d in doses:
        if d.counts or d.role != past or d.fractions is None or d.total_gy is None:
            continue
        if any(r.start <= d.start < r.end for r in records):
            continue
        s, e = ctx.sentence(d.start)
        when = [day for at, day in dated if s <= at < max(e, d.end) and first <= day <= last]
        if not when:
            continue
        if d.fractions == chosen and (dose is None or near(d.total_gy, dose, SAME_GY)):
            continue
        given = f"{dose:g} Gy in {_plural(chosen, 'fraction')}" if dose is not None else _plural(chosen, "fraction")
        ev = unique([_ev(document, ctx, d.start, "review:record_history"),
                     _ev(document, ctx, records[0].start, "review:record_history")])
        return [ReviewFlag("fractions" if d.fractions != chosen else "lesions",
                           f"The chart writes {d.total_gy:g} Gy in {_plural(d.fractions, 'fraction')} as treatment of "
                           f"{when[0].isoformat()}, a date of this course's treatment record, which gives {given}; "
                           f"the record was used: check which is right.", tuple(ev)[:MAX_EVIDENCE])]
    return []


def undated_history_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                          doses: list[DoseStatement], text: str) -> list[ReviewFlag]:
    """A dose with its fractions that the chart puts in the past without any date ("Discharge diagnoses: ... status
    post SBRT to T11 and L2, 24 Gy in 3 fractions") naming every lesion of this course by its place and nothing
    else, with this course's fraction count and another total: it speaks of this course (an earlier course is
    dated or names other places), and the chart contradicts itself. The reading keeps this course's dose."""
    lesions = list(facts.lesions)
    chosen = facts.fractions.value
    if not lesions or chosen is None or any(les.dose_gy is None for les in lesions):
        return []
    dose = lesions[0].dose_gy
    if any(apart(les.dose_gy, dose, SAME_GY) for les in lesions) or \
            any(les.fractions not in (None, chosen) for les in lesions):  # type: ignore[operator]
        return []
    past = vocab.roles.context.get("HISTORICAL")
    dated = [at for at, _e, _d in ctx.chart_dates()]
    year = vocab.patterns["year"]
    for d in doses:
        if d.counts or d.role != past or d.fractions != chosen or d.total_gy is None or \
                near(d.total_gy, dose, SAME_GY) or near(d.total_gy, dose * len(lesions), SAME_GY):  # type: ignore[arg-type, operator]
            continue
        s, e = ctx.sentence(d.start)
        e = max(e, d.end)
        if any(s <= at < e for at in dated) or year.search(text, s, e) or _cited(text, ctx, vocab, d):
            continue
        words = _words(text[s:e], vocab)
        if not all(_names(words, les, vocab) for les in lesions):
            continue
        mine = frozenset().union(*(_places(les.name, vocab) for les in lesions))
        if _places(text[s:e], vocab) - mine:
            continue  # it names another place too: another course's or another target's
        names = " and ".join(les.name for les in lesions)
        ev = unique([e2 for les in lesions for e2 in les.evidence if e2.rule == "lesion:dose"][:1]
                    + [_ev(document, ctx, d.start, "review:dose")])
        return [ReviewFlag("lesions", f"The chart gives {names} {dose:g} Gy in {_plural(chosen, 'fraction')} in one "
                           f"place and, as treatment already given, {d.total_gy:g} Gy in "
                           f"{_plural(d.fractions, 'fraction')} in another; {dose:g} Gy was used: check which is "
                           "right.", tuple(ev)[:MAX_EVIDENCE])]
    return []


def _places(name: str, vocab: Vocabulary) -> frozenset[str]:
    """A lesion's place words (its signature less its side)."""
    return frozenset(w for w in signature(name, vocab) if w not in vocab.laterality)


def _words(text: str, vocab: Vocabulary) -> set[str]:
    """The words of a text as lesion names are compared: lower case, sides spelled out, with its signature."""
    words = {vocab.side_abbreviations.get(w, w) for w in re.findall(r"[a-z0-9]+", text.lower())}
    return words | set(signature(text, vocab))


def _names(part_words: set[str], les, vocab: Vocabulary) -> bool:
    """Whether a document's words name the lesion: all its place words, and its side when it has one."""
    sig = signature(les.name, vocab)
    return bool(_places(les.name, vocab)) and sig <= part_words


def _files(document: Document) -> list:
    """The chart's files as parts: the documents inside one file (nlp.segments) joined again. A record's account of
    the lesions is read per file: a daily log that names its targets by their structure names ("PTV_RAdr") beside
    the completion summary of the same file names them all."""
    out: list = []
    for p in document.parts:
        if out and p.segment and out[-1].segment and out[-1].file_index == p.file_index:
            out[-1] = replace(out[-1], end=p.end)
        else:
            out.append(p)
    return out


def _course_parts(document: Document, vocab: Vocabulary) -> list:
    """The documents of a bundle that are records of the course: not a consultation or tumour board (they find
    and recommend), nor a letter, referral or diagnostic report (by the title in their first lines)."""
    parts = _files(document)
    if len(parts) < 2:
        return []
    text, pats = document.text, vocab.patterns
    out = []
    for p in parts:
        if any(titled(pats[k], text, p.start, p.end) for k in ("consult_title", "non_course_title")):
            continue
        out.append(p)
    return out


def document_lesion_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                          text: str) -> list[ReviewFlag]:
    """A record of the course, in a bundle, whose account of the lesions disagrees with the rest of the record:

    - it reports the treatment given to some of the course's lesions and never names the others (a discharge
      summary's "completed SABR to the right adrenal metastasis" where the plan and the daily record also treat
      a para-aortic node);
    - it names no lesion but counts them, and no count it gives is the number of lesions the record treats (a
      frame-placement note's "four metastases" where the procedure note lists five).

    The reading keeps the lesions found; the flag quotes the document and says which are meant."""
    lesions = [les for les in facts.lesions if _places(les.name, vocab) and les.evidence]
    if not lesions or len(lesions) != len(facts.lesions):
        return []
    found = len(lesions)
    counts = count_statements(text, ctx, vocab)
    out: list[ReviewFlag] = []
    for p in _course_parts(document, vocab):
        named = [les for les in lesions if _names(_words(text[p.start:p.end], vocab), les, vocab)]
        mine = [c for c in counts if p.start <= c.start < p.end]
        name = document.part_name(document.parts.index(p)) if p in document.parts else Path(p.file).name
        name = "T" + name[1:] if name.startswith("the ") else name  # opening its sentence
        if named and len(named) < found and not any(c.n == found for c in mine):
            said = [m for m in vocab.patterns["delivery_reported"].finditer(text, p.start, p.end)
                    if ctx.counts(m.start(), m.end()) and
                    any(_names(_words(text[slice(*ctx.sentence(m.start()))], vocab), les, vocab) for les in named)]
            if said:
                left = [les for les in lesions if les not in named]
                ev = unique([_ev(document, ctx, said[0].start(), "review:document_lesions")]
                            + [e for les in left for e in les.evidence[:1]])
                given, other = "; ".join(les.name for les in named), "; ".join(les.name for les in left)
                out.append(ReviewFlag("lesion_count",
                                      f"{name} reports the treatment of {given} and does not name {other}, which the "
                                      f"rest of the record treats; all {found} lesions were kept: check which were "
                                      "treated.", tuple(ev)[:MAX_EVIDENCE]))
                continue
        if not named and mine and not any(c.n == found for c in mine):
            stated = " or ".join(map(str, sorted({c.n for c in mine})))
            ev = unique([_ev(document, ctx, mine[0][1], "review:document_count")]
                        + [e for les in lesions[:3] for e in les.evidence[:1]])
            treated = "; ".join(les.name for les in lesions[:6])
            out.append(ReviewFlag("lesion_count",
                                  f"{name} counts {stated} lesion(s), but the record treats {_plural(found, 'lesion')} "
                                  f"({treated}); the count was kept at {found}: check which is right.",
                                  tuple(ev)[:MAX_EVIDENCE]))
    return out


def misread_cells(document: Document, doses: list[DoseStatement], *, scanned: bool) -> list[MisreadCell]:
    """The dose cells of the course's per-fraction logs read as their running total's step instead
    (quantities._running_total_steps), those of scanned pages (``scanned``: OCR text) or of the chart's own text."""
    return [m for d in doses if d.counts for m in d.misread if document.read_by_ocr(m.cell.start) == scanned]


def misread_cell_said(m: MisreadCell) -> str:
    """What was read and what was used, in the coder's words: "fraction 4 reads 1725 (17.25 Gy), but its running
    total steps by 7.25 Gy there (2175 -> 2900); 7.25 Gy was used"."""
    steps = f"{m.before.text.strip()} -> {m.after.text.strip()}" if m.before is not None else m.after.text.strip()
    return (f"fraction {m.fraction} reads {m.cell.text.strip()} ({m.read_gy:g} Gy), but its running total steps by "
            f"{m.step_gy:g} Gy there ({steps}); {m.step_gy:g} Gy was used")


def misread_cell_flags(document: Document, ctx: TextContext, doses: list[DoseStatement]) -> list[ReviewFlag]:
    """A per-fraction log's dose cell its running total does not step by, read as the step, in the chart's own text
    (not a scan's: there the OCR is the likelier slip, said as a warning by facts.chart_facts): the chart contradicts
    itself, so the correction is a review flag, with the cell's words and the running totals' as evidence."""
    out: list[ReviewFlag] = []
    for m in misread_cells(document, doses, scanned=False):
        ev = [document.evidence(m.cell.start, m.cell.end, rule="review:misread_cell",
                                section=ctx.section_at(m.cell.start))]
        ev += [document.evidence(r[0].start, r[-1].end, rule="review:running_total",
                                 section=ctx.section_at(r[0].start)) for r in m.rows if r[-1].end > r[0].start]
        out.append(ReviewFlag("lesions", f"The treatment log's dose cell for {misread_cell_said(m)}: check the record.",
                              tuple(unique(ev))[:MAX_EVIDENCE], kind="misread_cell"))
    return out


def doubted_product_flags(document: Document, ctx: TextContext, doses: list[DoseStatement]) -> list[ReviewFlag]:
    """A course dose written as a dose times a count that was read as the total over the count (its dose too large for
    one fraction of that many at its site, nothing else in the chart saying which: quantities.doubted_products): the
    reader was unsure, so a review flag quotes it and says which reading was used."""
    out: list[ReviewFlag] = []
    for d in doses:
        if d.doubted_gy is None or not d.counts or not d.fractions:
            continue
        written = document.text[d.start:d.end].strip()
        out.append(ReviewFlag(
            "lesions", f'The chart writes "{written}": {d.doubted_gy:g} Gy times {d.fractions} would be '
            f"{d.doubted_gy * d.fractions:g} Gy, more per fraction than a course of {d.fractions} fractions gives, so "
            f"{d.doubted_gy:g} Gy was read as the total ({d.per_fraction_gy:g} Gy per fraction): check the "
            f"prescription.", (_ev(document, ctx, d.start, "review:dose_times_count"),), kind="dose_times_count"))
    return out


# An OCR word read below this confidence even after its second read (nlp.ocr) may hold a wrong digit or have lost a
# decimal point: a lesion's dose or size read from such a word is quoted for the coder to verify on the page.
LOW_OCR_CONFIDENCE = 60.0
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _lesion_numbers(les: Lesion) -> set[float]:
    """The numbers a chart writes a lesion's dose (Gy, cGy) or size (cm, mm) with."""
    out: set[float] = set()
    if les.dose_gy is not None:
        out |= {round(les.dose_gy, 2), round(les.dose_gy * 100, 2)}
    if les.size_cm is not None:
        out |= {round(les.size_cm, 2), round(les.size_cm * 10, 2)}
    return out


def _word_numbers(text: str) -> set[float]:
    return {float(n.replace(",", ".")) for n in _NUMBER.findall(text)}


def ocr_confidence_flags(document: Document, ctx: TextContext, facts: ChartFacts) -> list[ReviewFlag]:
    """A lesion's dose or size whose number was read from a scanned page's word at low OCR confidence
    (:data:`LOW_OCR_CONFIDENCE`) and that no surely read word of the chart writes too: nothing else in the chart may
    disagree, so the reader says it is unsure and quotes the word to verify."""
    out: list[ReviewFlag] = []
    if all(w.confidence >= LOW_OCR_CONFIDENCE for page in document.pages for w in page.words):
        return out  # (a text layer, or a scan read surely: no number of every word to collect)
    sure = {n for page in document.pages for w in page.words if w.confidence >= LOW_OCR_CONFIDENCE
            for n in _word_numbers(w.text)}
    for les in facts.lesions or []:
        numbers = _lesion_numbers(les) - sure
        doubtful = [w for e in les.evidence if e.start >= 0 and document.read_by_ocr(e.start)
                    for page in document.pages if page.start <= e.start < page.end or page.start < e.end <= page.end
                    for w in page.words if e.start <= w.start and w.end <= e.end and w.confidence < LOW_OCR_CONFIDENCE
                    and _word_numbers(w.text) & numbers]
        if doubtful:
            said = ", ".join(unique(w.text for w in doubtful))
            ev = tuple(unique(document.evidence(w.start, w.end, rule="review:ocr_confidence",
                                                section=ctx.section_at(w.start)) for w in doubtful))
            out.append(ReviewFlag("lesions", f"{les.name}: read from a scanned page with low OCR confidence: verify "
                                  f"{said}.", ev[:MAX_EVIDENCE], kind="ocr_confidence", lesion=les.name))
    return out


def review_flags(document: Document, ctx: TextContext, vocab: Vocabulary, facts: ChartFacts,
                 doses: list[DoseStatement], claims: list[FractionClaim], wrapped: str,
                 ments: list[Mention] | None = None, flagged: frozenset[str] = frozenset(),
                 in_progress: bool = False) -> list[ReviewFlag]:
    """``flagged``: the lesions the resolution already flagged for two doses (their names); ``in_progress``: the
    chart says the course is still being given (:func:`course_in_progress`, read once by the caller)."""
    flags: list[ReviewFlag] = []
    flags += unit_flags(document, ctx, facts, ments or [], vocab)
    flags += count_flags(document, ctx, vocab, facts, wrapped)
    if not any(f.fact == "lesion_count" for f in flags):
        flags += document_lesion_flags(document, ctx, vocab, facts, wrapped)
    flags += fraction_flags(document, ctx, vocab, facts, claims, wrapped, doses, in_progress)
    if not any(f.fact == "fractions" for f in flags):
        flags += completed_count_flags(document, ctx, vocab, facts, claims, wrapped)
    flags += dose_flags(document, ctx, vocab, facts, doses, wrapped, flagged, in_progress,
                        stopped_plans(claims, facts.fractions.value))
    if not any(f.fact == "lesions" for f in flags):
        flags += every_lesion_dose_flags(document, ctx, vocab, facts, doses, wrapped)
    if not any(f.fact == "lesions" for f in flags):
        flags += sentence_total_flags(document, ctx, vocab, facts, doses, wrapped)
    if not any(f.fact == "lesions" for f in flags):
        flags += copied_consult_flags(document, ctx, vocab, facts, doses, wrapped)
    flags += record_history_flags(document, ctx, vocab, facts, doses, claims, wrapped)
    if not any(f.fact == "lesions" for f in flags):
        flags += undated_history_flags(document, ctx, vocab, facts, doses, wrapped)
    flags += class_flags(document, ctx, vocab, facts, wrapped)
    flags += site_flags(facts, vocab, document)
    flags += laterality_flags(document, ctx, vocab, facts, wrapped)
    flags += doubted_product_flags(document, ctx, doses)
    flags += misread_cell_flags(document, ctx, doses)  # (last: no flag of two doses yields to it)
    flags += ocr_confidence_flags(document, ctx, facts)
    return flags


__all__ = ["review_flags"]
