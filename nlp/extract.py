"""From what the spaCy pipeline found (:class:`nlp.pieces.Parsed`) to a :class:`Reading`: mentions with ConText
status, sections, facts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from srscheck.core.model import Document, Mention, Reading, Scope

from .context import TextContext, build_context
from .facts import (
    NOT_THIS_COURSE_SCOPE,
    chart_facts,
    course_status,
    earlier_courses,
    fresh_history,
    general_parts,
    part_statuses,
    payment_parts,
    query_questions,
    rejudged,
    status_kind,
    superseded_parts,
)
from .forms import own_option
from .furniture import catalog_spans
from .pieces import Parsed
from .titles import titled
from .vocab import Vocabulary


def mentions(parsed: Parsed, ctx: TextContext, vocab: Vocabulary | None = None) -> list[Mention]:
    out = []
    named = _product_names(parsed, ctx, vocab) if vocab is not None else set()
    text = ctx.document.text
    people = [m.span("list") for m in vocab.patterns["initials_list"].finditer(text)] if vocab is not None else []
    for ent in parsed.entities:
        if ent.label == "OTHER" or (ent.start, ent.end) in named:
            continue
        if any(s <= ent.start and ent.end <= e for s, e in people):
            continue  # "Initialled for the board: AV, MR, TS": people's initials, not MR imaging
        if ent.label == "MODALITY" and vocab is not None and not _cobalt_unit(text, ctx, vocab, ent.start, ent.end):
            continue  # "cobalt" of a teletherapy unit, a lab value or a substance: no radiosurgery unit
        mods = set(ent.modifiers) | set(ctx.modifiers(ent.start, ent.end))
        sec = ctx.section_at(ent.start)
        s, e = own_option(ctx.form_entries, *ctx.sentence(ent.start), ent.start, ent.end)
        ev = ctx.document.evidence(s, e, rule=f"{ent.label}:{ent.ent_id}", section=sec)
        ev = _focus(ev, ctx.document, ent.start, ent.end)
        out.append(Mention(ent.label, ent.ent_id or ent.text.lower(), ev, tuple(sorted(mods)), sec))
    return out


def _cobalt_unit(text: str, ctx: TextContext, vocab: Vocabulary, start: int, end: int) -> bool:
    """Whether a unit's word is that unit, as far as cobalt decides: a word that is no cobalt word is; a cobalt word
    is not in a sentence of a teletherapy unit, a lab value or a substance (patterns ``cobalt_not_unit``:
    "the cobalt-60 teletherapy unit", "serum cobalt 2.1 ug/L"), and the word "cobalt" alone names the cobalt-60
    radiosurgery unit only where its sentence or the chart speaks of radiosurgery ("the frame-based cobalt unit",
    "mask-based cobalt radiosurgery", a chart of shots and collimator sizes)."""
    pats = vocab.patterns
    word = text[start:end]
    if not pats["cobalt_word"].search(word):
        return True
    s, e = ctx.sentence(start)
    sentence = text[s:e]
    if pats["cobalt_not_unit"].search(sentence):
        return False
    if not pats["cobalt_bare"].match(" ".join(word.split())):
        return True
    return bool(pats["cobalt_unit_sentence"].search(sentence) or pats["cobalt_unit_chart"].search(text))


def _product_names(parsed: Parsed, ctx: TextContext, vocab: Vocabulary) -> set[tuple[int, int]]:
    """The spans of device words that are a planning system's product name: a positioning device's word right
    before the generic noun of a planning system on its line ("BEACON TPS 9": the planning software, never
    Calypso beacons; patterns ``product_name_noun``)."""
    text, rx = ctx.document.text, vocab.patterns["product_name_noun"]
    ents = sorted(parsed.entities, key=lambda e: e.start)
    return {(a.start, a.end) for a, b in zip(ents, ents[1:])
            if a.label == "POSITIONING" and b.label == "PLANNING_SYSTEM" and not text[a.end:b.start].strip(" \t")
            and rx.fullmatch(" ".join(text[b.start:b.end].split()))}


def _focus(ev, document: Document, start: int, end: int):
    """Evidence quoting the sentence, with the highlight boxes of the matched words only."""
    return replace(ev, boxes=document.boxes(start, end) or ev.boxes, start=start, end=end)


def _opening(name: str) -> str:
    """A part's name (:meth:`Document.part_name`) opening a sentence: "The document on page 3 of <file>"; a file's
    name as it is."""
    return "T" + name[1:] if name.startswith("the ") else name


def earlier_course_warning(document: Document, start: int, ev) -> str:
    if ev.rule == "other_patient:row":
        return (f"\u201c{ev.text}\u201d (page {ev.page}) is another patient's row of a list of patients; its "
                "treatment was not taken as this course's.")
    if ev.rule == "other_patient:document":
        name = document.part_name(document.document_at(start) or 0)
        return (f"{_opening(name)} is another patient's "
                f"(\u201c{ev.text}\u201d), misfiled in this chart; it was set aside and none of its treatment was "
                "taken as this course's.")
    if ev.rule == "other_course:row":
        return (f"\u201c{ev.text}\u201d (page {ev.page}) is another, conventional course in the same record; its "
                "treatment was not taken as this course's.")
    if ev.rule == "earlier_course:outside":
        name = document.part_name(document.document_at(start) or 0)
        return (f"{_opening(name)} is another institution's record of a course given there, which a later "
                f"note of this chart recounts as history (\u201c{ev.text}\u201d, page {ev.page}); its treatment "
                "was not taken as this course's.")
    if ev.rule == "earlier_course:section" or not document.parts:
        return (f"The section headed \u201c{ev.text}\u201d (page {ev.page}) is the record of an earlier course; "
                "its treatment was not taken as this course's.")
    name = document.part_name(document.document_at(start) or 0)
    return (f"{_opening(name)} is the record of an earlier course (\u201c{ev.text}\u201d, page "
            f"{ev.page}); its treatment was not taken as this course's.")


def _marked(ctx: TextContext, ments: list, spans: Sequence[tuple[int, int]], category: str) -> list:
    """The mentions with ``category`` added to the modifiers of those that start inside ``spans``, whose scopes
    (``category`` each) are added to the context: the one marking of the documents of a bundle that are not this
    course's (an earlier course's records, a leaflet)."""
    for s, e in spans:
        ctx.scopes.append(Scope(s, e, category))
    if not spans:
        return ments
    return [replace(m, modifiers=tuple(sorted(set(m.modifiers) | {category})))
            if any(s <= m.evidence.start < e for s, e in spans) else m for m in ments]


# the concepts that describe a plan: what a plan told in the future tense documents (planned_ahead)
PLAN_LABELS = frozenset({"PLAN_PARAMETER", "PLANNING_SYSTEM", "TARGET_VOLUME"})


def planned_ahead(document: Document, ctx: TextContext, vocab: Vocabulary, ments: list[Mention],
                  statuses: dict) -> list[Mention]:
    """The mentions with a plan's own words counted where a document of the planning stage tells its plan in the
    future tense ("She was simulated on 10/15/2026 ... We will treat 54 Gy in 3 fractions with 2 non-coplanar VMAT
    arcs, planned in <TPS>"): in a document that is no consultation nor any other of those that are not this
    course's (its status delivered or planned) and that is titled as a plan or says its simulation or planning took
    place (patterns ``planning_done``, said as done: not negated, hypothetical or past), a plan parameter, planning
    system or target volume whose only modifier is the future's (HYPOTHETICAL) in a sentence telling the plan
    (``plan_ahead``: "we will treat", "will be treated with") is the plan's. A consultation's "we will treat" stays
    a recommendation."""
    pats, text = vocab.patterns, document.text
    for (start, end), (status, _said) in statuses.items():
        if status not in ("delivered", "planned"):
            continue
        if not (titled(pats["plan_title"], text, start, end) or
                any(ctx.counts(m.start(), m.end()) for m in pats["planning_done"].finditer(text, start, end))):
            continue
        ments = [replace(m, modifiers=()) if m.label in PLAN_LABELS and start <= m.evidence.start < end and
                 m.modifiers == ("HYPOTHETICAL",) and pats["plan_ahead"].search(text, *ctx.sentence(m.evidence.start))
                 else m for m in ments]
    return ments


def extract(document: Document, parsed: Parsed, vocab: Vocabulary, day_first: bool | None = None) -> Reading:
    """The facts of one chart; ``day_first``: its order of day and month as the pipeline decided it once
    (:meth:`Vocabulary.day_order`; decided here when not given)."""
    vocab = vocab.for_chart(document.text)  # what depends on the whole chart's words, decided once for it
    ctx = build_context(document, parsed, vocab, day_first)
    ments = mentions(parsed, ctx, vocab)
    # a department's catalogue of services and units (a letterhead's side column, a header strip): nobody's course
    ments = _marked(ctx, ments, catalog_spans(document.text, vocab), "HYPOTHETICAL")
    statuses = part_statuses(document, ctx, vocab)  # each document judged once, for both steps below
    course_flags: list = []  # two courses' records in one bundle: which was taken (review flags)
    earlier = earlier_courses(document, ctx, vocab, statuses, course_flags)
    spans = tuple((s, e) for s, e, _ev in earlier)
    past = spans + tuple(fresh_history(document, statuses))  # and a follow-up's of an earlier course
    ments = _marked(ctx, ments, past, "HISTORICAL")  # a document of an earlier course in the bundle: history
    status = course_status(document, ctx, vocab, spans, rejudged(statuses, document, ctx, vocab, spans))
    cat = NOT_THIS_COURSE_SCOPE.get(status_kind(status))
    if cat:  # everything a consult or a plan never delivered names is intended only; a follow-up's, past
        ctx.scopes.append(Scope(0, len(document.text), cat))
        ments = [replace(m, modifiers=tuple(sorted(set(m.modifiers) | {cat}))) for m in ments]
    if not cat:  # a plan told in the future tense by a document of the planning stage: still its plan
        ments = planned_ahead(document, ctx, vocab, ments, statuses)
    general = general_parts(statuses) + superseded_parts(document, vocab) + payment_parts(statuses) + \
        query_questions(document, vocab) if not cat else []
    # a leaflet or a literature review beside the course's records: nobody's course
    ments = _marked(ctx, ments, general, "HYPOTHETICAL")
    facts, warnings, quantities, review = chart_facts(document, ments, ctx, vocab, status, spans + tuple(general))
    warnings = list(dict.fromkeys(earlier_course_warning(document, s, ev) for s, _e, ev in earlier)) + list(warnings)
    ments = sorted(ments + quantities, key=lambda m: (m.evidence.start, m.label))
    return Reading(document=document, facts=facts, mentions=tuple(ments), scopes=tuple(ctx.scopes),
                   sections=tuple(ctx.sections), warnings=tuple(warnings), review=tuple(course_flags + list(review)))
