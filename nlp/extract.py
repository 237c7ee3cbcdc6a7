"""From a processed spaCy Doc to a :class:`Reading`: mentions with ConText status, sections, facts."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from srscheck.core.model import Document, Mention, Reading, Scope

from .context import TextContext, build_context
from .facts import NOT_THIS_COURSE, chart_facts, course_status
from .vocab import Vocabulary


def mentions(doc: Doc, ctx: TextContext) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ == "OTHER":
            continue
        mods = set(m.category for m in getattr(ent._, "modifiers", ()) if m.direction.upper() != "TERMINATE")
        mods |= set(ctx.modifiers(ent.start_char, ent.end_char))
        sec = ctx.section_at(ent.start_char)
        s, e = ctx.sentence(ent.start_char)
        ev = ctx.document.evidence(s, e, rule=f"{ent.label_}:{ent.ent_id_}", section=sec)
        ev = _focus(ev, ctx.document, ent.start_char, ent.end_char)
        out.append(Mention(ent.label_, ent.ent_id_ or ent.text.lower(), ev, tuple(sorted(mods)), sec))
    return out


def _focus(ev, document: Document, start: int, end: int):
    """Evidence quoting the sentence, with the highlight boxes of the matched words only."""
    return replace(ev, boxes=document.boxes(start, end) or ev.boxes, start=start, end=end)


def extract(document: Document, doc: Doc, vocab: Vocabulary) -> Reading:
    ctx = build_context(document, doc, vocab)
    ments = mentions(doc, ctx)
    status = course_status(document, ctx, vocab)
    if status.value in NOT_THIS_COURSE:  # everything a consult names is planned; a follow-up's, past
        cat = "HISTORICAL" if status.value == "follow_up" else "HYPOTHETICAL"
        ctx.scopes.append(Scope(0, len(document.text), cat))
        ments = [replace(m, modifiers=tuple(sorted(set(m.modifiers) | {cat}))) for m in ments]
    facts, warnings, quantities, review = chart_facts(document, ments, ctx, vocab, status)
    ments = sorted(ments + quantities, key=lambda m: (m.evidence.start, m.label))
    return Reading(document=document, facts=facts, mentions=tuple(ments), scopes=tuple(ctx.scopes),
                   sections=tuple(ctx.sections), warnings=tuple(warnings), review=tuple(review))
