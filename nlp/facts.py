"""The chart facts of the JSON contract, each with evidence, from mentions and quantities."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from srscheck.core.model import (
    EXCLUDING_MODIFIERS,
    HISTORY_SECTIONS,
    Cell,
    ChartFacts,
    Document,
    Evidence,
    Fact,
    Mention,
    ReviewFlag,
    Table,
    counts,
    status_kind,
    unique,
)

from .amendments import amended_doses, amendment_spans
from .context import TextContext, written_days
from .devices import CourseDays, used_devices
from .forms import fraction_conflicts
from .furniture import catalog_spans
from .identity import identity_vocab, name_marks, names_person
from .lesions import course_sessions, find_lesions, signature, site_of
from .lines import line_around, soften
from .quantities import (
    SAME_FIGURE,
    DoseStatement,
    chart_tables,
    course_fractions,
    dose_statements,
    fraction_claims,
    fraction_grids,
    fraction_table_doses,
    fraction_table_rows,
    index_column,
    inline_logs,
    integrated_levels,
    lower_levels,
    maximum_prescribed,
    near,
    planned_only,
    prose_phases,
    ranked,
    stopped_plans,
    table_roles,
)
from .review import course_in_progress, facility_name, misread_cell_said, misread_cells, review_flags
from .titles import TITLE_WORDS, heading_lines, heading_match
from .titles import head_end as _head_end
from .vocab import Vocabulary, cached_rx, date_readings, load_vocabulary

MAX_EVIDENCE = 4

# A modality named on a "Unit:"/"Machine:" line, or right after "on a", is the delivery unit.
def _evidence(ments: list[Mention]) -> tuple[Evidence, ...]:
    return tuple(unique(m.evidence for m in ments))[:MAX_EVIDENCE]


_BEAM_NUMBER = re.compile(r"(?<=[a-z])\d{1,2}$")  # "vmat3": a record's beam named by its technique and number

_HINT_SIZE = re.compile(r"\s+\d+(?:\.\d+)?(?:\s*mm)?$")  # a device's size after its name ("iris 7.5", "iris 10 mm")
_PLANNED = frozenset({"HYPOTHETICAL", "FUTURE"})  # a consult's or a plan's words: the unit it means to use


def modality(ments: list[Mention], text: str, vocab: Vocabulary, delivered: bool = False) -> Fact:
    """The delivery unit: the kind of unit this course's words name or, failing one, infer (a technique, a
    planning system or a device of one kind of unit). ``delivered``: the chart documents the course given; when
    its records name no unit at all, the one unit its consult or plan meant to use ("recommend ... robotic linac
    with spine tracking") is taken, inferred."""
    fact = _unit_named(ments, text, vocab)
    if fact.value is not None or not delivered:
        return fact
    planned = [m for m in ments if m.label == "MODALITY" and set(m.modifiers) & _PLANNED
               and not set(m.modifiers) & (EXCLUDING_MODIFIERS - _PLANNED) and not facility_name(m, text, vocab)]
    kinds = {m.value for m in planned}
    if len(kinds) != 1:  # none, or the consult weighed two kinds of unit: no guess
        return fact
    return Fact(kinds.pop(), _evidence(planned), inferred=True)


def _unit_named(ments: list[Mention], text: str, vocab: Vocabulary) -> Fact:
    scores: dict[str, float] = defaultdict(float)
    support: dict[str, list[Mention]] = defaultdict(list)
    defining = dict(vocab.modality_defining)
    for m in ments:
        if not m.affirmed:
            continue
        word = text[m.evidence.start:m.evidence.end].lower() if m.evidence.start >= 0 else ""
        word = _BEAM_NUMBER.sub("", word) if m.label != "MODALITY" else word
        if word in ("collimator", "collimators") and \
                (size := vocab.patterns["collimator_value"].match(text, m.evidence.end)) is not None:
            word = f"{size.group('mm')} mm collimator"  # a form's "Collimator / shots   4 mm": its value's size
        if m.label == "MODALITY":
            facility = facility_name(m, text, vocab)  # "treated at the X Proton Center": where, not on what
            w = 0.5 if word in vocab.generic_unit_words or facility else 1.0
            before = text[max(0, m.evidence.start - 40):m.evidence.start]
            if not facility and vocab.patterns["unit_context"].search(before):
                w += 1.0
            scores[m.value] += w
            support[m.value].append(m)
        elif (kind := defining.get(" ".join(word.split()))) is not None:
            scores[kind] += 0.5  # one technique only one kind of unit gives is enough; the unit is still inferred
            support[kind].append(m)
        elif (hint := vocab.modality_hints.get(_HINT_SIZE.sub("", " ".join(word.replace(":", " ").split())))) \
                is not None:  # (a field's words and marks: "TRACKING   SPINE", "Tracking: skull"; "IRIS 7.5")
            scores[hint] += 0.3
            support[hint].append(m)
    if not scores:
        return Fact(None)
    # protons/ions decide the modality when written at all; a CyberKnife chart may also say "linear accelerator"
    if scores.get("particle", 0) >= 1.0:
        best = "particle"
    else:
        best = max(scores.items(), key=lambda kv: (kv[1], kv[0] != "linac"))[0]
    if best == "linac" and scores.get("robotic_linac", 0) >= 1.0 and \
            all(text[m.evidence.start:m.evidence.end].lower() in vocab.generic_unit_words for m in support["linac"]):
        best = "robotic_linac"
    if scores[best] < 0.5:
        return Fact(None)
    named = [m for m in support[best] if m.label == "MODALITY"]
    # no unit named: inferred from techniques, planning systems or devices of one kind of unit
    return Fact(best, _evidence(named or support[best]), inferred=not named)


def extracranial_unit(fact: Fact, ments: list[Mention], text: str, vocab: Vocabulary, sites: set[str],
                      delivered: bool) -> Fact:
    """The unit of a delivered course whose targets are all outside the skull and that names no unit, inferred
    from image guidance only one kind of unit gives there ("cone-beam CT before each fraction": a gantry linac's;
    concepts.yaml modality.extracranial_defining), when its affirmed mentions name one kind; else ``fact``."""
    if fact.value is not None or not delivered or not sites or not sites <= {"spinal", "body"}:
        return fact
    defining = dict(vocab.extracranial_defining)
    support: dict[str, list[Mention]] = defaultdict(list)
    for m in ments:
        if m.affirmed and m.evidence.start >= 0:
            kind = defining.get(" ".join(text[m.evidence.start:m.evidence.end].lower().split()))
            if kind is not None:
                support[kind].append(m)
    if len(support) != 1:
        return fact
    kind, said = next(iter(support.items()))
    return Fact(kind, _evidence(said), inferred=True)


def inferred_modality_warning(fact: Fact, text: str) -> str | None:
    """The sentence saying that the unit was inferred, not named, and from which words."""
    if not fact.inferred or fact.value is None:
        return None
    words = unique(text[e.start:e.end] if 0 <= e.start < e.end else e.text for e in fact.evidence)
    return (f"No treatment unit is named; the modality {fact.value} was inferred from "
            f"{', '.join(repr(w) for w in words)}: check the unit.")


def imaging(ments: list[Mention]) -> Fact:
    values: dict[str, list[Mention]] = defaultdict(list)
    for m in ments:
        if m.label == "IMAGING" and m.affirmed:
            for v in m.value.split("+"):
                values[v].append(m)
    order = ["CT", "MRI", "PET", "angiography"]
    val = sorted(values, key=order.index)
    return Fact(sorted(val), _evidence([m for v in val for m in values[v]]))


def positioning(ments: list[Mention], vocab: Vocabulary | None = None) -> Fact:
    """Devices this course used. Fiducials the chart says were placed but not used for positioning
    (not tracked, tracking on the spine instead, fiducial-free tracking) are not this course's fiducials."""
    values: dict[str, list[Mention]] = defaultdict(list)
    unused = vocab.patterns["fiducials_unused"] if vocab is not None else None
    fiducials_unused = unused is not None and any(
        unused.search(m.evidence.text) for m in ments
        if (m.label == "POSITIONING" and m.value == "fiducials") or
        (m.label == "TRACKING" and "fiducial" in m.evidence.text.lower()))
    for m in ments:
        if not m.affirmed:
            continue
        if m.label == "POSITIONING":
            values[m.value].append(m)
        elif m.label == "FRAME_PLACEMENT" and m.value == "frame_placement":
            values["frame"].append(m)
        elif m.label == "TRACKING" and "fiducial" in m.evidence.text.lower() and \
                re.search(r"fiducial\s+track", m.evidence.text, re.I):
            values["fiducials"].append(m)
    # "pins" alone (no frame named anywhere) is too weak to call a frame
    if "frame" in values and all(m.label == "FRAME_PLACEMENT" for m in values["frame"]) and \
            not any(re.search(r"\bframe\b", m.evidence.text, re.I) for m in values["frame"]):
        del values["frame"]
    if fiducials_unused:
        values.pop("fiducials", None)
    val = sorted(values)
    return Fact(val, _evidence([m for v in val for m in values[v]]))


def chart_site_hint(ments: list[Mention], text: str, vocab: Vocabulary, modality_value: str | None) -> str | None:
    """The site when a lesion's own words do not say: Gamma Knife is cranial; else the most named site; else, in a
    chart that names no site, the anatomy the unit's tracking follows ("6D skull tracking": cranial)."""
    if modality_value == "cobalt60":
        return "cranial"
    counts = {s: len(rx.findall(text)) for s, rx in vocab.site_terms.items()}
    best = max(counts.items(), key=lambda kv: kv[1])
    if best[1]:
        return best[0]
    tracked = dict(vocab.tracking_sites)
    for m in vocab.patterns["tracking_site"].finditer(text):
        site = next((tracked[w] for w in re.findall(r"[a-z]+", m.group(0).lower()) if w in tracked), None)
        if site is not None:
            return site
    return None


def quantity_mentions(document: Document, ctx: TextContext, vocab: Vocabulary, doses, claims,
                      lesions) -> list[Mention]:
    """DOSE, FRACTIONATION and TREATMENT_DATE mentions, and INDICATION for each lesion whose diagnosis
    the chart names, so checklists can ask for them like any concept."""

    out: list[Mention] = []

    def mention(label: str, value: str, start: int, end: int) -> Mention:
        ev = document.evidence(*ctx.sentence(start), rule=f"{label}:{value}", section=ctx.section_at(start))
        ev = replace(ev, boxes=document.boxes(start, end) or ev.boxes, start=start, end=end)
        return Mention(label, value, ev, ctx.modifiers(start, end), ctx.section_at(start))

    for d in doses:
        if d.role in vocab.roles.not_target:
            continue  # a maximum, a metric or an organ-at-risk dose is not a prescription
        gy = d.total_gy if d.total_gy is not None else d.per_fraction_gy
        out.append(mention("DOSE", f"{gy:g}", d.start, d.end))
    stated = {f"{d.total_gy:g}" for d in doses if d.counts and d.total_gy is not None}  # (this course's doses)
    for les in lesions:  # a lesion table's dose cell in bare numbers ("PTV_A cGy | 600 ... Total 3000"), which no dose
        # statement reads: the dose the table gives the lesion is a DOSE mention of its own
        cells = [ev for ev in les.evidence if ev.rule == "lesion:table" and 0 <= ev.start < ev.end]
        if les.dose_gy is not None and cells and f"{les.dose_gy:g}" not in stated:
            ev = cells[-1]
            out.append(mention("DOSE", f"{les.dose_gy:g}", ev.start, ev.end))
    for c in claims:
        out.append(mention("FRACTIONATION", str(c.n), c.start, c.end))
    for s, e, day in ctx.chart_dates():
        out.append(mention("TREATMENT_DATE", day.isoformat(), s, e))
    for les in lesions:
        if les.histology and les.evidence and les.evidence[0].start >= 0:
            ev = les.evidence[0]
            out.append(Mention("INDICATION", "diagnosis", replace(ev, rule="INDICATION:lesion"), (), ev.section))
    return out


def _on_target_field(text: str, ev, pattern) -> bool:
    """Whether the evidence ``ev`` lies on a line that is a plan's or prescription's Target field."""
    if pattern is None or not 0 <= ev.start < ev.end:
        return False
    return pattern.match(text, line_around(text, ev.start)[0], ev.end) is not None


def _field_lines(text: str, field) -> list[tuple[int, int]]:
    """(start, end) of each line of the text that is a plan's or prescription's Target field."""
    if field is None:
        return []
    return [line_around(text, m.start(), m.end()) for m in field.finditer(text)]


def _names_lesion(line: str, les, lesions, vocab) -> bool:
    """A Target field's line names the lesion: a line with a place or a lesion's noun (not a table header
    "Site  Fx  Date") that is the course's only lesion's, or shares the lesion's place words (on the same
    side, when both say one)."""
    mine, theirs = signature(les.name, vocab), signature(line, vocab)
    if len(lesions) == 1:
        return bool(theirs or vocab.lesion_noun.search(line))
    sides = {w for w in mine | theirs if w in vocab.laterality}
    place = (mine & theirs) - sides
    return bool(place) and not (mine & sides and theirs & sides and not mine & theirs & sides)


def _dose_title(vocab: Vocabulary) -> re.Pattern[str]:
    """A column of doses' unit in its title: "L adrenal (Gy)", "Liver IVa [cGy]", "PTV_L cGy" (every dose unit of the
    vocabulary, :attr:`QuantityRoles.unit_forms`)."""
    u = vocab.roles.unit_forms
    return cached_rx(r"\((?:%s)\)|\[(?:%s)\]|\b(?:%s)\s*$" % (u, u, u))


def _dose_column(document: Document | None, les, lesions, vocab) -> Evidence | None:
    """The lesion's own column of doses in a table ("Session  Date  ...  L adrenal (Gy)  Liver IVa (Gy)", each
    fraction's dose per target): the record keeps a dose per target structure of the plan, as a plan's target
    table keeps a row per target. The column's title names the lesion (its place words) and its unit."""
    if document is None or vocab is None:
        return None
    title = _dose_title(vocab)
    for table in document.tables:
        for cell in table.header:
            if title.search(cell.text) and _names_lesion(title.sub(" ", cell.text), les, lesions, vocab) \
                    and signature(cell.text, vocab):
                return document.evidence(cell.start, cell.end, rule="PLANNED_TARGET:column")
    return None


# the roles of a dose read off a contoured structure of the plan: an organ's dose ("left optic tract maximum 11.8
# gray", "cochlea 4.1 Gy") or a volume's maximum; like a DVH's metric, it says the plan was computed on structures
STRUCTURE_DOSE_ROLES = frozenset({"maximum", "organ_at_risk"})


def planned_targets(ments: list[Mention], lesions, text: str, vocab=None,
                    document: Document | None = None, doses=(), ctx: TextContext | None = None) -> list[Mention]:
    """PLANNED_TARGET for each treated lesion the chart names, when the chart documents a plan computed on a
    structure set: a planning system or two kinds of plan parameters (arcs and isodose, beams and IMRT), and
    dose-volume metrics (cord Dmax, brain V12, duodenum D0.5cc: contoured structures) or the lesion's row in
    a plan's target table. A target named with its dose in such a plan was delineated for it; a dose line
    with no computed plan ("Rx: 18 Gy x 1"), or a plan with no structure metrics, is not evidence of that.
    A plan's or prescription's Target field naming the lesion ("Target: left frontal metastasis, 1.3 cm")
    is the plan's own statement of its target, so it counts beside any plan parameter (an isodose line),
    whether the lesion was read from that line or from another sentence of the chart (``document``: where
    the field's line is quoted from). An organ's computed dose among the ``doses`` (STRUCTURE_DOSE_ROLES: "left
    optic tract maximum 11.8 gray" in a dictation that names no DVH) is such a metric too; the lesion's own
    column of doses in a record (:func:`_dose_column`) is as its row in a target table. The sentence of a computed
    plan that gives the lesion its dose at an isodose line beside the plan's parameters ("Both lesions were treated
    with a single VMAT plan of four arcs, each receiving 30 Gy in five fractions, prescribed to the 80% isodose";
    :func:`_plan_sentence`, ``ctx`` given) names the plan's targets as a Target field does."""
    live = [m for m in ments if m.affirmed]
    system = any(m.label == "PLANNING_SYSTEM" for m in live)
    kinds = {text[m.evidence.start:m.evidence.end].lower().rstrip("0123456789").rstrip("s") for m in live
             if m.label == "PLAN_PARAMETER" and 0 <= m.evidence.start < m.evidence.end}
    if not system and not kinds:
        return []
    computed = system or len(kinds) >= 2
    metrics = any(m.label == "DVH" for m in live) or any(d.role in STRUCTURE_DOSE_ROLES for d in doses)
    field = vocab.patterns.get("target_field") if vocab is not None else None
    fields = _field_lines(text, field)
    placeholders = (vocab or load_vocabulary()).patterns["placeholder_name"]
    out = []
    for les in lesions:
        if les.dose_gy is None or not les.evidence:
            continue
        placeholder = placeholders.match(les.name.strip())  # "Target": only a Target field names it
        named = None if placeholder else next((e for e in les.evidence if _on_target_field(text, e, field)), None)
        if named is None and document is not None:
            line = next(((a, b) for a, b in fields if _names_lesion(text[a:b], les, lesions, vocab)), None)
            if line is not None:
                named = document.evidence(*line, rule="PLANNED_TARGET:field")
        if named is None and computed and not placeholder and document is not None and ctx is not None:
            span = _plan_sentence(text, ctx, live, les, lesions, doses, vocab)
            if span is not None:
                named = document.evidence(*span, rule="PLANNED_TARGET:plan")
        if placeholder and named is None:
            continue
        ev = named or les.evidence[0]
        if named is None and computed and not metrics and not ev.rule.startswith("lesion:table"):
            ev = _dose_column(document, les, lesions, vocab) or ev  # its column in a record of doses per target
        if named is None and not (computed and (metrics or ev.rule.startswith(("lesion:table", "PLANNED_TARGET")))):
            continue
        out.append(Mention("PLANNED_TARGET", "lesion", replace(ev, rule="PLANNED_TARGET:lesion"), (), ev.section))
    return out


def _plan_sentence(text: str, ctx: TextContext, live: list[Mention], les, lesions, doses, vocab):
    """The sentence (start, end) that holds a plan parameter, the isodose line the dose is prescribed to
    (``isodose_line``: the surface shaped around a drawn target) and the lesion's dose (a dose of this course, the
    lesion's total), and names the lesion: by its place words or, as the plan's targets, by a lesion noun outside the
    plan's parameters ("both lesions ... each receiving 30 Gy ... prescribed to the 80% isodose"); else None. A plan's
    line that gives a dose and its parameters and names no target ("Plan: 54 Gy in 3 fractions prescribed to the 80%
    isodose line; nine beams"), and one with no isodose line ("PLAN: T9 metastasis 24 Gy in 2 fractions, VMAT two
    arcs"), are none."""
    params = [m for m in live if m.label == "PLAN_PARAMETER" and 0 <= m.evidence.start < m.evidence.end]
    seen = set()
    for m in params:
        s, e = ctx.sentence(m.evidence.start)
        if (s, e) in seen:
            continue
        seen.add((s, e))
        if not any(d.counts and s <= d.start < e and d.total_gy is not None and
                   near(d.total_gy, les.dose_gy, SAME_FIGURE, strict=True) for d in doses) or \
                not vocab.patterns["isodose_line"].search(text, s, e):
            continue
        inside = [(p.evidence.start, p.evidence.end) for p in params if s <= p.evidence.start < e]
        noun = any(not any(a <= n.start() < b for a, b in inside) for n in vocab.lesion_noun.finditer(text, s, e))
        if noun or (len(lesions) > 1 and _names_lesion(text[s:e], les, lesions, vocab)):
            return s, e
    return None


def _sentences(document: Document, ctx: TextContext, matches, rule: str, limit: int = 2) -> list[Evidence]:
    return unique(document.evidence(*ctx.sentence(m.start()), rule=rule) for m in matches)[:limit]


def _title(pattern, text: str, start: int, end: int, subject=None, doc_end: int | None = None, addressee=None):
    """The first match of ``pattern`` on a heading line of ``text[start:end]`` (titles.heading_match); else, when
    the ``subject`` pattern is given, on the subject line of a letter ("RE: Request for prior authorization -
    <patient, MRN, member ID>") among the document's first ``_SUBJECT_LINES`` lines, however long: a letter's
    title, below its letterhead, addressee and date (``doc_end``: where the document ends). With the ``addressee``
    pattern too, the first line after the block of lines an addressee's line ("To: <practice>, attn. ...") opens
    is such a title when it is a heading of a few words ("NOTICE OF APPROVAL - PRIOR AUTHORIZATION")."""
    m = heading_match(pattern, text, start, end)
    if m or subject is None:
        return m
    pos, state = start, "before"  # before an addressee's line, in its "block", or "after" the blank line ending it
    for line in text[start:doc_end or end].splitlines(keepends=True)[:_SUBJECT_LINES]:
        if subject.match(line):
            m = pattern.search(text, pos, pos + len(line))
            if m:
                return m
        if addressee is not None:
            if state == "before" and addressee.match(line):
                state = "block"
            elif state == "block" and not line.strip():
                state = "after"
            elif state == "after" and line.strip():  # the first line after the block: the title, if a heading
                if len(line.split()) <= TITLE_WORDS and not _SENTENCE_END.search(line):
                    m = pattern.search(text, pos, pos + len(line))
                    if m:
                        return m
                addressee = None
        pos += len(line)
    return None


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


_SUBJECT_LINES = 20  # a letter's subject line stands below its letterhead, addressee and date


def _delivery_statements(text: str, ctx: TextContext, vocab: Vocabulary, start: int, end: int,
                         tables: tuple = ()):
    """The statements that treatment was given in ``text[start:end]`` that count (not negated, not hypothetical:
    :meth:`TextContext.counts`), less a stamp of the paper's receipt ("[ RECEIVED SEP 08 2026 - CODING ]"), the
    verb of a statement that the treatment is still to come ("treatment not yet delivered": ``course_pending``)
    and a status cell of a table row that names a step before the treatment (:func:`_step_row_done`)."""
    pats = vocab.patterns
    pending = [p.span() for p in pats["course_pending"].finditer(text, start, end)]
    return (m for m in pats["delivery_statement"].finditer(text, start, end)
            if ctx.counts(m.start(), m.end()) and not pats["receipt_stamp"].match(text, m.start(), end)
            and not any(a <= m.start() < b for a, b in pending)
            and not _step_done(text, pats, m) and not _step_row_done(tables, text, pats, m))


def _step_row_done(tables: tuple, text: str, pats, m: re.Match) -> bool:
    """Whether the delivery statement ``m`` ("COMPLETED") is the whole status cell of a table row (an appointment
    list, an order history) whose item, the filled cell just before it, names a step before or beside the treatment
    (``done_step_cell``: "Planning MRI brain w/wo contrast | COMPLETED", "CT simulation, SRS mask | COMPLETED") and
    whose cells name no session of treatment (``treatment_session_cell``): the row says that step was done, not the
    treatment. A row that names the treatment ("SRS treatment 1 of 1 | COMPLETED", "Fx 2 | CBCT | Completed"), or
    whose step stands in another column ("J.D. | completed | L1 SBRT | contours approved"), still counts."""
    if not pats["done_verb"].search(m.group()):
        return False
    for table in tables:
        for row in table.rows:
            cell = next((c for c in row if c.start <= m.start() < c.end), None)
            if cell is None:
                continue
            if re.search(r"[A-Za-z]", text[cell.start:m.start()] + text[m.end():cell.end]):
                return False  # a status with words of its own ("completed the check") is read as it stands
            before = [c.text for c in row[:row.index(cell)] if c.text.strip()]
            others = [c.text for c in row if c is not cell and c.text.strip()]
            return bool(before) and bool(pats["done_step_cell"].match(before[-1])) and \
                not any(pats["treatment_session_cell"].search(c) for c in others)
    return False


def _step_done(text: str, pats, m: re.Match) -> bool:
    """Whether the delivery statement ``m``, a "completed" or "received", says that a step before or beside the
    treatment was done, not the treatment: its subject just before it on its line ("Physics QA completed", "the plan
    check was completed", "Consent received") or its object just after it ("completed the independent check and
    QA") is such a step (``done_step_before`` / ``done_step_after``). A bare "Completed" (a status) still counts."""
    if not pats["done_verb"].search(m.group()):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    return bool(pats["done_step_before"].search(text, max(line_start, m.start() - 120), m.start())
                or pats["done_step_after"].match(text, m.end(), line_end))


def _part_status(document: Document, ctx: TextContext, vocab: Vocabulary, start: int, end: int):
    """One document's status and the statements behind it: ``(status, [(kind, matches, limit), ...])``."""
    text, pats = document.text, vocab.patterns
    head_end = _head_end(text, start, end)
    void = _title(pats["void_title"], text, start, head_end)
    if void:  # struck from this patient's chart (entered in error, filed to the wrong patient): none of it is his
        return "recommended", [("voided", [void], 1)]
    test = _title(pats["machine_qa_title"], text, start, head_end)
    dummy = test and pats["phantom_subject"].search(text, start, end)
    if dummy:  # a test of the machine or the chain whose "patient" is a phantom: whatever it irradiated, no patient's
        return "recommended", [("qa_test", [test, dummy], 2)]
    subject, addressee = pats["letter_subject"], pats["letter_addressee"]
    none_given = [m for m in pats["delivered_none"].finditer(text, start, end) if ctx.counts(m.start(), m.end())]
    check = _title(pats["physics_check_title"], text, start, head_end, subject, end, addressee)
    said = [m for m in _delivery_statements(text, ctx, vocab, start, end, document.tables)
            if not any(n.start() <= m.start() < n.end() for n in none_given)  # "Delivered fractions: 0 of 1"
            and not pats["qa_delivery"].match(text, m.start(), end)  # "plan delivered to the phantom": a QA delivery
            and not (check and pats["delivery_word"].match(m.group()))  # a physics check's "MU delivered": its own
            and not _session_not_given(text, pats, m)]  # "SRS fraction 1 of 1 | 06/16 | CANCELLED": not given
    cover = _title(pats["cover_title"], text, start, head_end) if len(document.parts) > 1 and \
        all(pats["delivery_word"].match(m.group()) and not pats["dose"].search(text, *ctx.sentence(m.start()))
            for m in said) else None
    if cover:  # a release's cover sheet and index, a fax cover, that never says treatment was given (its index names
        # a "treatment record" enclosed): it sends the documents, it is no care of the course (its index's dates and
        # numbers are no fractions). A cover whose "completed" stands with the course's dose ("Subject: <patient> -
        # spine SBRT, 24 Gy x 3 fx, completed 11/27") recounts the course given: its figures are the chart's word,
        # checked against the record's
        return "recommended", [("general", [cover], 1)]
    title = _title(pats["follow_up_title"], text, start, head_end, subject, end, addressee)
    if title and _line_names_record(text, pats, title.start()):
        # "FOLLOW-UP VISIT (OTV / END OF TREATMENT)": the visit that closes this course, its completion record
        title = None
    if title:  # what it says was delivered is the earlier course's, unless given just before this visit
        fresh = _fresh_delivery(document, ctx, said, start, end, head_end)
        if fresh:  # a follow-up of an earlier course that also reports a new course finished days ago
            return "delivered", [(FRESH, fresh, 2)]
        closed = [m for m in _course_not_delivered(text, ctx, vocab, start, end) + list(
            pats["course_cancelled"].finditer(text, start, end))
            if ctx.counts(m.start(), m.end()) and ctx.section_at(m.start()) not in HISTORY_SECTIONS]
        if closed and not said:  # a visit after a simulation or a plan that says the course was cancelled with
            # nothing given ("No treatment was given. I have cancelled the course"): this course closed undelivered,
            # which outweighs a simulation record or a plan of it elsewhere in the bundle
            return "planned", [("not_delivered", closed, 2)]
        return "follow_up", [("follow_up", [title], 1), ("follow_up", said, 1)]
    title = _title(pats["request_title"], text, start, head_end, subject, end, addressee)
    if title:  # asked of a payer: nothing performed yet
        return "recommended", [("request", [title], 1)]
    billing = _title(pats["billing_title"], text, start, head_end, subject, end, addressee)
    if billing and not pats["record_title"].search(text, start, head_end):  # charges, codes and units: what was
        # billed, never a record that it was done (its descriptors read "SRS treatment delivery")
        return "recommended", [("billing", [billing], 1)]
    procedure = _other_procedure(document, ctx, vocab, start, end, head_end)
    if procedure:  # an operation's or a procedure's own report that names no radiation treatment (a deep brain
        # stimulation lead, stereo-EEG electrodes, a biopsy): another service's procedure, whatever frame it used
        return "follow_up", [("other_service", [procedure], 1)]
    other = _title(pats["other_service_title"], text, start, head_end, subject, end, addressee)
    consult = other or _title(pats["consult_title"], text, start, head_end, subject, end, addressee)
    report = _title(pats["report_title"], text, start, head_end, subject, end, addressee)
    course_head = any(pats[k].search(text, start, head_end) for k in ("record_title", "plan_title", "consult_title"))
    diagnostic = report is not None and not course_head
    if consult or diagnostic:  # a consultation's history of an earlier course is not this course, nor is the clinical
        # history a diagnostic report quotes ("CLINICAL HISTORY: ... treated with stereotactic radiosurgery on ...")
        said = [m for m in said if ctx.section_at(m.start()) not in HISTORY_SECTIONS]
    if other:  # another service's note: radiosurgery during the stay, not "treated with ceftriaxone"; its
        # procedure field naming radiation treatment says what was done in the stay
        said = [m for m in said if pats["radiation_words"].search(text, *ctx.sentence(m.start()))]
        said += [m for m in pats["stay_procedure"].finditer(text, start, end) if ctx.counts(m.start(), m.end())
                 and ctx.section_at(m.start()) not in HISTORY_SECTIONS
                 and pats["radiation_words"].search(m.group()) and not pats["course_recommended"].search(m.group())]
    closed = _course_not_delivered(text, ctx, vocab, start, end) + _sessions_not_given(document, vocab, start, end)
    closed = _not_superseded(closed, said, ctx, start, end)
    if closed:  # "course closed, no radiation delivered" outweighs a bare "Delivered" column or "completed"
        said = [m for m in said if not pats["delivery_word"].match(m.group())]
    own = _institution(document, vocab, start, end) if said and not _plan_or_record(text, pats, start, head_end) \
        else None  # (the letterhead's institution, read once for every statement below)
    if own is not None and all(_given_elsewhere(document, ctx, vocab, m.start(), own) for m in said):
        # a note that recounts treatment given at another institution (a neurology visit's "she had radiosurgery
        # at <another hospital>"): that course is the patient's history here, none of this chart's
        return "follow_up", [("follow_up", said, 1)]
    if said:
        return "delivered", [("delivered", said, 2)]
    declined = [m for m in pats["course_declined"].finditer(text, start, end)  # a history's decline was then
                if ctx.section_at(m.start()) != "history"]  # a "Diagnosis:" field's section may run on into a letter
    if declined and not closed:  # recommended, then declined before any of it was done (a telephone note, an
        # addendum); a course planned and then closed reached planning ("declined after planning; course closed")
        return "recommended", [("declined", declined, 2)]
    unreleased = _unreleased_orders(text, vocab, start, end, head_end)
    if unreleased and not closed:  # an order set never signed or released (a draft prepared for a consultation):
        # its ticked boxes order nothing yet, and no course was decided on
        return "recommended", [("unsigned_order", unreleased, 2)]
    if other:  # a hospital stay's note: the radiation it names is history
        return "follow_up", [("other_service", [other], 1)]
    if consult:  # the sentences that recommend, offer or schedule it, else the title
        why = list(pats["course_recommended"].finditer(text, start, end))
        return "recommended", [("recommended", why or [consult], 2)]
    review = [m for m in pats["follow_up_statement"].finditer(text, start, end)  # the course it follows is past:
              if counts(set(ctx.modifiers(m.start(), m.end())) - {"HISTORICAL"})]  # its date makes it no less so
    if review and not closed and not _plan_or_record(text, pats, start, head_end):
        # a note or letter of a review after treatment that never says treatment was given: an earlier course's
        return "follow_up", [("follow_up", review, 2)]
    general = _general_text(document, ctx, vocab, start, end, head_end)
    if general:  # a leaflet, a literature review, a trial's screening or registration: it names treatment in
        # general or as proposed by its protocol ("not yet started"), none given, and plans none of this course
        return "recommended", [("general", general, 2)]
    closed = closed or list(pats["course_cancelled"].finditer(text, start, end))
    if closed:
        return "planned", [("not_delivered", closed, 2)]
    pending = list(pats["course_pending"].finditer(text, start, end)) + none_given
    booked = _sessions_booked(document, vocab, start, end) if not _plan_or_record(text, pats, start, head_end) else []
    if booked:  # a scheduling export (no plan, no record) whose treatment sessions are all still booked ahead: the
        # course is scheduled, none of it given, and what the list says was done before it (a planning MRI, a
        # simulation) is the preparation of a course not yet given
        return "recommended", [("recommended", booked + pending, 2)]
    if pending and check and len(document.parts) <= 1:  # a physics check of the plan (patient-specific QA) that
        # says the patient is not yet treated: it documents the check only, whatever it delivered to its phantom
        return "planned", [("physics_only", [check], 1), ("planned", pending, 2)]
    unplanned = [m for m in pats["plan_unfinished"].finditer(text, start, end)  # (its own "not" negates it)
                 if "HISTORICAL" not in ctx.modifiers(m.start(), m.end())] \
        if pending and not _plan_or_record(text, pats, start, head_end) else []
    if unplanned:  # a simulation note's "no approved plan; 0 of 1 fractions delivered": the course still waits
        # for its plan, so it is still to be planned and given, and its simulation no plan's facts
        return "recommended", [("recommended", unplanned + pending, 2)]
    if pending:
        return "planned", [("planned", pending, 2)]
    ahead = _scheduled_ahead(document, ctx, vocab, start, end)
    if ahead and not _plan_or_record(text, pats, start, head_end):
        # a note written before the treatment it schedules (a teaching or nursing note): none of it was done yet
        return "recommended", [("recommended", ahead, 2)]
    unbooked = list(pats["course_not_booked"].finditer(text, start, end))
    if unbooked:  # "no treatment booked", "I have not planned or scheduled any treatment": a plan whose delivery
        # is not booked was planned only; any other document (a telephone note, a second opinion's letter) only
        # recommends or awaits the patient's decision, and is no record of a course being billed
        if _plan_or_record(text, pats, start, head_end):
            return "planned", [("planned", unbooked, 2)]
        return "recommended", [("recommended", unbooked, 2)]
    future = list(pats["simulation_to_come"].finditer(text, start, end))
    if not future and not _plan_or_record(text, pats, start, head_end):  # an order still to be carried out
        future = list(pats["order_status_to_come"].finditer(text, start, end))
    if future:  # written before simulation (a marker placement): the course is still to be planned and given
        return "recommended", [("recommended", future, 2)]
    waiting = _orders_to_come(text, vocab, start, end, head_end)
    if waiting:  # an order sheet whose own scheduling says its simulation or its treatment is still to come
        # ("CT simulation ... PENDING - insurance auth", "Start of treatment ... not scheduled"): it asks for the
        # course (its ticked boxes, its dose), none of which it documents as done
        return "recommended", [("order", waiting, 2)]
    if check and len(document.parts) > 1:  # in a bundle, a physics check of the plan before treatment (second check,
        # patient-specific QA): it gives none; alone, a second-check printout is the plan document of the course
        # billed (as any plan), unless it says the patient is not yet treated (above)
        return "planned", [("physics_only", [check], 1)]
    past = _past_treatment_only(document, ctx, vocab, start, end, head_end)
    if past:  # a letter that recounts radiosurgery given in an earlier year and names no other ("she had cobalt-60
        # radiosurgery ... on 12 May 2025", in a referral of December 2026): that course is the patient's history
        return "follow_up", [("follow_up", past, 1)]
    if diagnostic:
        # a diagnostic report (imaging, pathology) that never says treatment took place: what it says of
        # treatment is a recommendation ("radiosurgery could be considered"); its sequences are no planning imaging
        why = list(pats["course_recommended"].finditer(text, start, end))
        return "recommended", [("report", why or [report], 2)]
    return "delivered", []  # a plan or treatment record: its course is the one being billed


def _other_procedure(document: Document, ctx: TextContext, vocab: Vocabulary, start: int, end: int,
                     head_end: int) -> re.Match | None:
    """The title of the document ``text[start:end]`` when it is a procedure's or an operation's own report
    (``procedure_report_title``) whose words that count, outside its history, never name radiation treatment
    (``radiation_treatment``: not a "stereotactic" frame, CT or biopsy, nor the radiation oncology service); else
    None. A radiosurgery procedure note names its treatment; such a report is another service's procedure."""
    text, pats = document.text, vocab.patterns
    title = _title(pats["procedure_report_title"], text, start, head_end)
    if title is None:
        return None
    named = any(ctx.counts(m.start(), m.end()) and ctx.section_at(m.start()) not in HISTORY_SECTIONS
                for m in pats["radiation_treatment"].finditer(text, start, end))
    return None if named else title


def _past_treatment_only(document: Document, ctx: TextContext, vocab: Vocabulary, start: int, end: int,
                         head_end: int) -> list:
    """The first word of radiation treatment (``radiation_words``) of the document ``text[start:end]`` when every
    one of them stands in the past (HISTORICAL: a sentence dated in an earlier year, a prior course) and the document
    is no plan or treatment record by its title; else []. Such a document (a referral letter, a neurologist's note)
    speaks only of an earlier course."""
    text, pats = document.text, vocab.patterns
    if _plan_or_record(text, pats, start, head_end):
        return []
    heads = [(lo, hi) for lo, hi in heading_lines(text, start, head_end) if _names_place(text[lo:hi], pats)]
    words = [m for m in pats["radiation_words"].finditer(text, start, end)
             if not any(lo <= m.start() < hi for lo, hi in heads)]  # "Department of Radiation Oncology": a service
    mods = [set(ctx.modifiers(m.start(), m.end())) for m in words]
    # "radiosurgery would be considered", "no radiation was given": no treatment given, in this course or any other
    words = [m for m, mod in zip(words, mods) if "HISTORICAL" in mod or counts(mod)]
    if not words or any("HISTORICAL" not in ctx.modifiers(m.start(), m.end()) for m in words):
        return []
    return words[:1]


def _names_place(line: str, pats) -> bool:
    """Whether a heading line names a kind of place (``letterhead_facility``) by a word that is no word of radiation
    treatment ("Radiation Oncology", "Radiosurgery outpatient clinic"): the letterhead's service, no treatment."""
    return any(not pats["radiation_words"].fullmatch(m.group())
               for m in pats["letterhead_facility"].finditer(line))


def _given_elsewhere(document: Document, ctx: TextContext, vocab: Vocabulary, at: int, own: frozenset) -> bool:
    """Whether the sentence at ``at`` places its treatment at another institution than the document's own: "at
    another centre", "at an outside hospital", "elsewhere" (``treated_elsewhere``), or at a named one
    (``named_facility``: "at Saint Aldric's Hospital") whose name shares no word with ``own``, the institution of
    the document's letterhead (:func:`_institution`; a named one counts only beside a letterhead that names its
    own)."""
    text, pats = document.text, vocab.patterns
    a, b = ctx.sentence(at)
    if pats["treated_elsewhere"].search(text, a, b):
        return True
    if not own:
        return False
    for m in pats["named_facility"].finditer(text, a, b):
        words = _name_words(re.findall(r"[a-z]+", m.group("name").lower()), pats)
        if words and not words & own:
            return True
    return False


_SESSION_NAMED = re.compile(r"(?:fraction|fx)\b", re.I)  # delivery_statement's "fraction 1 of 5", "fx 2/5"


def _session_not_given(text: str, pats, m) -> bool:
    """Whether the delivery statement ``m`` only names one session ("fraction 1 of 1", "Fx 2/5") on a line (a row
    of an appointment list or a treatment log) that marks it as not given (``fraction_not_delivered``:
    "CANCELLED", "Not treated"): that session is no treatment given. Any other statement ("was delivered") is its
    own, whatever else its line says."""
    if not _SESSION_NAMED.match(m.group()):
        return False
    _a, b = line_around(text, m.start())
    return bool(pats["fraction_not_delivered"].search(text, m.end(), b))


def _course_not_delivered(text: str, ctx: TextContext, vocab: Vocabulary, start: int, end: int) -> list:
    """The statements of ``text[start:end]`` that this course was closed with nothing delivered
    (``course_not_delivered``), less those whose subject is one dose or one plan version the course replaced
    (``not_delivered_plan_subject``: "1800 cGy was never delivered", "plan v1 was never treated"): that dose or
    plan was not given, and says nothing of the course."""
    pats = vocab.patterns
    out = []
    for m in pats["course_not_delivered"].finditer(text, start, end):
        s = max(ctx.sentence(m.start())[0], start)
        if s < m.start() and pats["not_delivered_plan_subject"].search(text[s:m.start()]):
            continue
        out.append(m)
    return out


def _line_names_record(text: str, pats, at: int) -> bool:
    """Whether the line holding ``at`` (a title) also names its document a treatment record (``record_title``:
    "FOLLOW-UP VISIT (OTV / END OF TREATMENT)", "Follow-up note - treatment completion summary")."""
    return bool(pats["record_title"].search(text, *line_around(text, at)))


def _not_superseded(closed: list, said: list, ctx: TextContext, start: int, end: int) -> list:
    """The statements of ``closed`` (the course closed or cancelled with nothing given) that a delivery statement of
    ``said`` does not supersede: one whose sentence is dated after every date of the closing statement's sentence
    ("first scheduled for 05/12/2025 but cancelled ...; no treatment was given then" beside "Delivered 11/17/2026")
    says an earlier booking was called off, and the treatment was given later. A closing statement without a date
    of its own (nor in the sentence just before it) stands."""
    if not closed or not said:
        return closed
    dated = [(s, d) for s, _e, d in ctx.chart_dates() if start <= s < end]

    def dates_of(at: int) -> list:
        lo, hi = ctx.sentence(at)
        return [d for s, d in dated if lo <= s < hi]

    given = [d for m in said for d in dates_of(m.start())]
    out = []
    for m in closed:
        own = dates_of(m.start())
        lo = ctx.sentence(m.start())[0]
        if not own and lo - 1 > start:  # "...; no treatment was given then": the sentence it follows dates it
            own = dates_of(lo - 1)
        if own and given and max(given) > max(own):
            continue
        out.append(m)
    return out


def _plan_or_record(text: str, pats, start: int, head_end: int) -> bool:
    """Whether the document's head (``text[start:head_end]``) titles it a plan or a treatment record."""
    return any(pats[k].search(text, start, head_end) for k in ("record_title", "plan_title"))


SCHEDULED_DATE_GAP = 40  # characters at most between "Procedure scheduled" and the date it is scheduled on


def _scheduled_ahead(document: Document, ctx: TextContext, vocab: Vocabulary, start: int, end: int) -> list:
    """The statements of ``text[start:end]`` that its treatment is scheduled on a date (``scheduled_on``: "Procedure
    scheduled 12/14/2026") later than every other date of the document: written before the treatment took place.
    [] when the document has no other date (nothing to say when it was written)."""
    text = document.text
    dates = [(s, d) for s, _e, d in ctx.chart_dates() if start <= s < end]
    out = []
    for m in vocab.patterns["scheduled_on"].finditer(text, start, end):
        stop = min(m.end() + SCHEDULED_DATE_GAP, end, line_around(text, m.end())[1])
        on = [d for s, d in dates if m.end() <= s < stop]
        others = [d for s, d in dates if not m.start() <= s < stop]
        if on and others and all(d < on[0] for d in others):
            out.append(m)
    return out


def _orders_to_come(text: str, vocab: Vocabulary, start: int, end: int, head_end: int) -> list:
    """The lines of an order (its title, ``order_title``; no plan or treatment record) that say its simulation or
    its treatment is still to come (``order_item_to_come``: a scheduling row's "CT simulation ... PENDING",
    "Start of treatment ... not scheduled"); [] for any other document. A signed order that says nothing of
    its scheduling is the course's order, and keeps its facts."""
    pats = vocab.patterns
    if _plan_or_record(text, pats, start, head_end) or not pats["order_title"].search(text, start, head_end):
        return []
    return list(pats["order_item_to_come"].finditer(text, start, end))


def _unreleased_orders(text: str, vocab: Vocabulary, start: int, end: int, head_end: int) -> list:
    """The statements of an order set (its title, ``order_title``) that it was never signed or released
    (``order_not_released``: "[DRAFT - NOT RELEASED]", "Status: UNSIGNED"); [] for any other document."""
    pats = vocab.patterns
    if not pats["order_title"].search(text, start, head_end):
        return []
    return list(pats["order_not_released"].finditer(text, start, end))


GENERIC_SENTENCES = 2  # sentences of a general text's subjects (or mood) that make them a mark of its genre


def _general_text(document: Document, ctx: TextContext, vocab: Vocabulary, start: int, end: int,
                  head_end: int) -> list:
    """The words that make the document ``text[start:end]``, which says nowhere that treatment took place, general
    text about treatment rather than a record of this patient's course: a leaflet for patients, a literature or
    evidence review, a clinical trial's eligibility screening. Its genre must be written (a title,
    ``general_text_title``, or its own word for what it is or a screening's outcome, ``general_text_statement``:
    "for discussion only, not a treatment plan", "NOT ELIGIBLE. Not randomized"), and borne out by a second mark
    of the genre: another of those two, or sentences (``GENERIC_SENTENCES``) whose subjects are the reader or
    patients in general (``generic_address``: "you will have an MRI", "most patients") or whose mood is usual,
    conditional, proposed or cited (``generic_mood``: "usually 15 to 24 Gy", "proposed dose if arm B", "[4-6]").
    The doses and schedules such a text names are nobody's course. [] when it is not such a text."""
    text, pats = document.text, vocab.patterns
    title = _title(pats["general_text_title"], text, start, head_end)
    stated = list(pats["general_text_statement"].finditer(text, start, end))
    if not title and not stated:
        return []
    marks = [m for m in (title, stated[:1]) if m]
    for key in ("generic_address", "generic_mood"):
        found = list(pats[key].finditer(text, start, end))
        if len({ctx.sentence(m.start()) for m in found}) >= GENERIC_SENTENCES:
            marks.append(found)
    if len(marks) < 2:
        return []
    return ([title] if title else []) + stated


_NO_PATIENT_COURSE = ("general", "voided", "qa_test")  # documents that are no record of this patient's course


def general_parts(statuses: dict[tuple[int, int], PartStatus]) -> list[tuple[int, int]]:
    """The spans of the documents of a bundle judged general text (:func:`_general_text`: a leaflet, a literature
    review, a trial's screening), when another document is not: what they name is nobody's course, so it does not
    count beside the course's records (its generic frame, its usual schedules)."""
    general = _parts_said(statuses, _NO_PATIENT_COURSE)
    return general if len(general) < len(statuses) else []


def _parts_said(statuses: dict[tuple[int, int], PartStatus], kinds: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the documents whose status rests on a statement of one of ``kinds``."""
    return [span for span, (_status, said) in statuses.items() if any(kind in kinds for kind, _m, _l in said)]


# kinds of document that are papers of payment, not of care: a billing paper (a superbill, a charge sheet, a claim, a
# remittance, a fee schedule, a cost estimate) and a payer's paper (a request for authorization, its approval or
# denial). They state codes, units, money and approvals, never what was done: beside a clinical record, none of
# their numbers is a count, a dose, a fraction, a level, a device or an imaging study of the course. (A coding
# query answered by the treating physician is no such paper: its answer is clinical documentation.)
_PAYMENT_PAPERS = ("billing", "request")


def payment_parts(statuses: dict[tuple[int, int], PartStatus]) -> list[tuple[int, int]]:
    """The spans of the documents of a bundle judged papers of payment (``_PAYMENT_PAPERS``: billing, a payer's
    request or determination), when some other document is a record of care (neither such a paper nor general
    text): what they list was billed, asked for or approved, so it does not count beside the course's records."""
    paper = _parts_said(statuses, _PAYMENT_PAPERS)
    general = _parts_said(statuses, _NO_PATIENT_COURSE)
    care = [span for span in statuses if span not in paper and span not in general]
    return paper if care else []


def query_questions(document: Document, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The spans of the coder's words in each query to the treating physician of a bundle (a coding, CDI, billing or
    documentation query: ``query_title``): from below its title line to the physician's answer (``query_answer``:
    "PHYSICIAN RESPONSE (...)", "Answer (..., MD):"), or to its end when it has none. The question quotes what other
    papers say ("the superbill reports two spinal lesions (C5 and C6)") and lists the options to choose from; only
    the answer is clinical documentation. None when the bundle has no other document."""
    if len(document.parts) < 2:
        return []
    text, pats = document.text, vocab.patterns
    out = []
    for p in document.parts:
        title = _title(pats["query_title"], text, p.start, _head_end(text, p.start, p.end))
        if not title:
            continue
        below = text.find("\n", title.end(), p.end)
        below = p.end if below < 0 else below
        answer = pats["query_answer"].search(text, below, p.end)
        out.append((below, answer.start() if answer else p.end))
    return out


def superseded_parts(document: Document, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The spans of the documents of a bundle titled as a superseded version of the plan ("Treatment Plan Report v1
    (superseded)", "REJECTED", "DRAFT - NOT FOR CLINICAL USE"; ``superseded_version_title``), when another document
    is not: the course was planned and given by the version that replaced it, so its prescription and fractions
    are no statement of this course (a rejected 21 Gy / 3 fx beside the approved 25 Gy / 5 fx)."""
    if len(document.parts) < 2:
        return []
    text, rx = document.text, vocab.patterns["superseded_version_title"]
    out = [(p.start, p.end) for p in document.parts if _title(rx, text, p.start, _head_end(text, p.start, p.end))]
    return out if len(out) < len(document.parts) else []


def _sessions_not_given(document: Document, vocab: Vocabulary, start: int, end: int) -> list:
    """The status cells of a per-fraction (per-session) log in ``document.text[start:end]`` whose every session is
    marked as not given ("Cancelled", "Not treated": no fraction; a "Partially treated" session is one): the record
    says no fraction of the course was delivered. [] when the document has no such log or any session was given."""
    pats, text = vocab.patterns, document.text
    tables = [t for t in document.tables if t.rows and t.rows[0] and start <= t.rows[0][0].start < end]
    out = []
    for t in fraction_grids(tables, vocab):
        col = index_column(t, vocab)
        rows = [row for row in t.rows if row and not pats["total_row"].match(row[0].text)]
        if col is None or not rows or fraction_table_rows(t, vocab):
            continue
        marks = [next((m for i, c in enumerate(row) if i != col
                       for m in [pats["fraction_not_delivered"].search(text, c.start, c.end)] if m), None)
                 for row in rows]
        if all(marks):
            out.extend(marks)
    return out


_CELL_TEXT = re.compile(r"\S(?:.*\S)?")  # a cell's words, for its evidence


def _sessions_booked(document: Document, vocab: Vocabulary, start: int, end: int) -> list:
    """The status cells of the dated rows of an appointment list (a scheduling export) in
    ``document.text[start:end]`` that name a session of the treatment (``treatment_session_cell``: "SRS treatment 1
    of 1") and say it is still to come (a cell whole ``fraction_to_come``: "SCHEDULED", "Booked"), when no such row
    says it is done: the list was printed before the treatment. [] when no row names a session of the treatment,
    or one is not to come."""
    pats, text = vocab.patterns, document.text
    out = []
    for t in document.tables:
        for row in t.rows:
            if not row or not start <= row[0].start < end:
                continue
            if not any(pats["treatment_session_cell"].search(c.text) for c in row) or \
                    not any(pats["dated_row"].match(c.text) for c in row):
                continue  # (a dated row: an appointment; a charge's row, "SRS delivery ... | ON HOLD", is none)
            status = next((_CELL_TEXT.search(text, c.start, c.end) for c in row
                           if c.text.strip() and pats["fraction_to_come"].match(c.text)), None)
            if status is None:
                return []  # a session given, or one whose row says nothing of it: no list of bookings only
            out.append(status)
    return out


_FINAL_KINDS = ("course_status:not_delivered", "course_status:declined")

FRESH_DAYS = 14  # a course a follow-up visit says was given at most this many days before the visit is reported
# there as news: the note documents its delivery (a follow-up of an earlier course may report a new one)


FRESH = "fresh_delivery"  # the kind of statement of a follow-up visit that reports a course just given


def fresh_history(document: Document, statuses: dict[tuple[int, int], PartStatus]) -> list[tuple[int, int]]:
    """The spans of each follow-up visit judged delivered by a course it reports just given (:func:`_fresh_delivery`)
    that lie outside the paragraphs reporting it: the follow-up of the earlier course (its reason for the visit,
    its surveillance imaging, its assessment of the treated lesion), history to this course."""
    text = document.text
    out = []
    for (start, end), (_status, said) in statuses.items():
        fresh = [m for kind, matches, _l in said if kind == FRESH for m in matches]
        if not fresh:
            continue
        kept = sorted({(max(start, text.rfind("\n\n", start, m.start()) + 1),
                        (lambda at: end if at < 0 else at)(text.find("\n\n", m.end(), end))) for m in fresh})
        at = start
        for s, e in kept:
            if s > at:
                out.append((at, s))
            at = max(at, e)
        if at < end:
            out.append((at, end))
    return out


def _fresh_delivery(document: Document, ctx: TextContext, said: list, start: int, end: int, head_end: int) -> list:
    """The delivery statements of a follow-up visit ``text[start:end]`` that report a course given within
    ``FRESH_DAYS`` before the visit: outside its history sections, in a sentence dated that close to the visit's
    date (the first date of its title lines, else its latest date outside those statements). [] when the visit
    has no date of its own."""
    dated = [(s, d) for s, _e, d in ctx.chart_dates() if start <= s < end]
    if not dated or not said:
        return []
    # the visit's own date is one no delivery statement carries: a date a statement gives is the course's
    spans = [ctx.sentence(m.start()) for m in said]
    own = [(at, d) for at, d in dated if not any(s <= at < e for s, e in spans)]
    if not own:
        return []  # 'returns three months after radiosurgery ... on 06/02/2025': the visit is undated
    head = [d for at, d in own if at < head_end]
    visit = head[0] if head else max(d for _at, d in own)
    out = []
    for m in said:
        if ctx.section_at(m.start()) in HISTORY_SECTIONS:
            continue
        s, e = ctx.sentence(m.start())
        if any(s <= at < e and 0 <= (visit - d).days <= FRESH_DAYS for at, d in dated):
            out.append(m)
    return out


def _spans(document: Document) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in document.parts] or [(0, len(document.text))]


PartStatus = tuple[str, list]  # a document's status and the statements behind it (see _part_status)


def part_statuses(document: Document, ctx: TextContext, vocab: Vocabulary) -> dict[tuple[int, int], PartStatus]:
    """Each document's status (:func:`_part_status`) by its span, judged once for :func:`earlier_courses`
    and :func:`course_status`."""
    return {(start, end): _part_status(document, ctx, vocab, start, end) for start, end in _spans(document)}


def rejudged(statuses: dict[tuple[int, int], PartStatus], document: Document, ctx: TextContext, vocab: Vocabulary,
             history: tuple[tuple[int, int], ...]) -> dict[tuple[int, int], PartStatus]:
    """``statuses`` with each document that holds a span of ``history`` smaller than itself (an earlier
    course's section or table row, now a HISTORICAL scope of ``ctx``) judged again: its statements there no
    longer count. Documents that are history whole, and documents without such a span, keep their status."""
    out = dict(statuses)
    for start, end in statuses:
        if any(start <= s < end and (s, e) != (start, end) for s, e in history):
            out[(start, end)] = _part_status(document, ctx, vocab, start, end)
    return out


def course_status(document: Document, ctx: TextContext, vocab: Vocabulary,
                  skip: tuple[tuple[int, int], ...] = (),
                  statuses: dict[tuple[int, int], PartStatus] | None = None) -> Fact:
    """What the chart documents of this course (one of ``COURSE_STATUSES``), with its words.

    Each document (file) is judged by its title and its statements: a follow-up visit speaks of an earlier
    course; a request for authorization of treatment asks for one; another service's note (a discharge
    summary) that never says, outside its history, that radiation was given speaks of an earlier course; a
    consultation or tumour board (its title) that never says, outside its history, that treatment took place
    only recommends, offers or schedules one; any other document is of a delivered course, unless it
    says the course was closed without any treatment ("planned", never delivered: evidence rule
    ``course_status:not_delivered``) or is scheduled or not yet started ("planned"), and never that treatment
    took place. The course is as far as its furthest document: delivered > planned > follow-up > recommended.
    Which kind of document decided it is the evidence's rule (see :func:`srscheck.core.model.status_kind`).
    ``skip``: documents of an earlier course (:func:`earlier_courses`), which do not count; ``statuses``:
    :func:`part_statuses`, when already judged."""
    if statuses is None:
        statuses = part_statuses(document, ctx, vocab)
    found: dict[int, tuple[str, list[Evidence]]] = {}
    for start, end in _spans(document):
        if (start, end) in skip:
            continue
        status, said = statuses[(start, end)]
        rank = _status_rank(document, vocab, start, end, status, said)
        ev = found.setdefault(rank, (status, []))[1]
        for kind, matches, limit in said:
            ev.extend(_sentences(document, ctx, matches, f"course_status:{kind}", limit))
    if not found:
        return Fact("delivered")
    status, ev = found[max(found)]  # what ended the course (closed, declined) is quoted first: it names the kind
    return Fact(status, tuple(sorted(unique(ev), key=lambda e: e.rule not in _FINAL_KINDS))[:MAX_EVIDENCE])


# kinds of document that are no clinical record of the course
_NOTHING_DOCUMENTED = ("billing", "report", *_NO_PATIENT_COURSE)


def _status_rank(document: Document, vocab: Vocabulary, start: int, end: int, status: str, said: list) -> float:
    """How far one document takes the course (:func:`course_status` keeps the furthest): a statement that
    treatment took place, then one that the course was closed or is still to come, then a plan or treatment
    record or any other document of the course that says neither (its course is the one being billed), then
    physics checks of a plan alone, a follow-up visit or another service's note, a consultation; last, a
    letter, a referral or a diagnostic report that says nothing of the course: it counts only when it is all
    there is."""
    if status != "delivered":
        if any(kind in _NOTHING_DOCUMENTED for kind, _m, _l in said):
            return 0.5  # a charge sheet or a diagnostic report: above only a letter that says nothing of the course
        return {"planned": 5 if not any(kind == "physics_only" for kind, _m, _l in said) else 3,
                "follow_up": 2, "recommended": 1}[status]
    if said:
        return 6
    text, pats = document.text, vocab.patterns
    return 0 if pats["non_course_title"].search(text, start, _head_end(text, start, end)) else 4


EARLIER_COURSE_GAP_DAYS = 366  # a treatment record dated over a year before another one is of an earlier course
# (over a year: a day/month order read the other way round moves a date by less)


def earlier_courses(document: Document, ctx: TextContext, vocab: Vocabulary,
                    statuses: dict[tuple[int, int], PartStatus] | None = None,
                    flags: list[ReviewFlag] | None = None) -> list[tuple[int, int, Evidence]]:
    """Documents of a course read as several that belong to an EARLIER course: a treatment record whose every
    date lies more than ``EARLIER_COURSE_GAP_DAYS`` before the dates of another treatment record of the
    bundle (dates the chart does not put in the past itself; the dates of the document itself, printed or signed,
    are none of its course's: :func:`_document_date`), or before the date of service a billing paper of the bundle
    claims (:func:`_billed_days`: the record documents no course billed), or whose heading names it a prior course.
    ``(start, end, evidence)`` per document, the evidence quoting its latest date or its heading.
    ``statuses``: :func:`part_statuses`, when already judged. Records of two courses less than a year apart
    are told apart by :func:`separate_courses`, whose review flags are added to ``flags``."""
    if len(document.parts) < 2:
        return (earlier_sections(document, ctx, vocab) + other_course_rows(document, ctx, vocab) +
                other_patient_rows(document, vocab) + other_course_clauses(document, ctx, vocab) +
                separate_courses(document, ctx, vocab, course_sections(document, ctx, vocab), flags))
    if statuses is None:
        statuses = part_statuses(document, ctx, vocab)
    text, pats = document.text, vocab.patterns
    dated = ctx.chart_dates()
    records = []
    billed = _billed_days(document, ctx, statuses)
    for start, end in _spans(document):
        if statuses[(start, end)][0] != "delivered":
            continue
        mine = [(s, d) for s, _e, d in dated if start <= s < end]
        now = [d for s, d in mine if ctx.counts(s, s + 1)]
        records.append((start, end, mine, now))
    out = []
    for start, end, mine, _now in records:
        title = _prior_course_title(pats, text, start, _head_end(text, start, end), end)
        if title:
            out.append((start, end, document.evidence(*ctx.sentence(title.start()), rule="earlier_course:title")))
            continue
        if not mine:
            continue
        last = max([(s, d) for s, d in mine if not _document_date(text, vocab, start, s)] or mine, key=lambda sd: sd[1])
        later = [min(now) for s2, _e2, _m2, now in records if s2 != start and now] + billed
        if later and any((first - last[1]).days > EARLIER_COURSE_GAP_DAYS for first in later):
            out.append((start, end, document.evidence(*ctx.sentence(last[0]), rule="earlier_course:dates")))
    if len(out) == len(records) and not billed:  # every record is "earlier" than another: no course left; keep
        # them all (but a record over a year before the date of service a billing paper claims is of no course billed)
        out = []
    taken = {(s, e) for s, e, _ev in out}
    out += [r for r in recounted_records(document, ctx, vocab, statuses, records) if (r[0], r[1]) not in taken]
    taken = {(s, e) for s, e, _ev in out}
    out += [r for r in outside_records(document, ctx, vocab, statuses) if (r[0], r[1]) not in taken]
    taken = {(s, e) for s, e, _ev in out}
    out += separate_courses(document, ctx, vocab, [r for r in records if (r[0], r[1]) not in taken], flags)
    taken = {(s, e) for s, e, _ev in out}
    out = [r for r in other_patient_parts(document, vocab) if (r[0], r[1]) not in taken] + out
    return (out + earlier_sections(document, ctx, vocab) + other_course_rows(document, ctx, vocab) +
            other_patient_rows(document, vocab) + other_course_clauses(document, ctx, vocab))


def _billed_days(document: Document, ctx: TextContext, statuses: dict[tuple[int, int], PartStatus]) -> list:
    """The dates of service a billing paper of the bundle claims ("Date of service: 06/16/2026" on a pre-bill
    worksheet or a charge sheet; :meth:`IdentityVocab.speaks_of_service`): the course billed was given then."""
    iv = identity_vocab()
    papers = [(a, b) for (a, b), (_status, said) in statuses.items() if any(k == "billing" for k, _m, _l in said)]
    return [d for s, _e, d in ctx.chart_dates() if ctx.counts(s, s + 1) and any(a <= s < b for a, b in papers) and
            iv.speaks_of_service(document.text[slice(*line_around(document.text, s))])]


def recounted_records(document: Document, ctx: TextContext, vocab: Vocabulary,
                      statuses: dict[tuple[int, int], PartStatus], records: list) -> list[tuple[int, int, Evidence]]:
    """Treatment records that a later follow-up note of the bundle recounts as the patient's history: the note, its
    every own date over ``EARLIER_COURSE_GAP_DAYS`` after the record's last date, dates a radiation treatment in a
    sentence of its own to the record's time ("Nearly four years after radiosurgery (09/2021) ..." beside a summary
    of 09/14/2021). The notes follow up that course; the record is an earlier course's, even when no record of a
    later course stands beside it (a release of follow-ups years after the only course: nothing was given in the
    period it covers). ``records``: ``(start, end, dates, counted dates)`` of the documents judged delivered;
    ``(start, end, evidence)`` per such record, the evidence quoting the note's sentence."""
    text, pats = document.text, vocab.patterns
    dated = ctx.chart_dates()
    notes = [(s, e) for (s, e), (status, _said) in statuses.items() if status == "follow_up"]
    out = []
    for start, end, mine, _now in records:
        if not mine:
            continue
        first, last = min(d for _s, d in mine), max(d for _s, d in mine)
        for s, e in notes:
            own = [(at, d) for at, _e, d in dated if s <= at < e]
            if not own or s < end and e > start or any((d - last).days <= EARLIER_COURSE_GAP_DAYS for _at, d in own):
                continue
            said = [(at, d) for at, d in written_days(text, vocab, dated, s, e)
                    if first.year <= d.year and d <= last and (at, d) not in own]
            hit = next((at for at, _d in said if pats["radiation_words"].search(text, *ctx.sentence(at))), None)
            if hit is not None:
                out.append((start, end, document.evidence(*ctx.sentence(hit), rule="earlier_course:recounted")))
                break
    return out


_SENTENCE_END_RX = re.compile(r"[.!?](?:\s|$)")


def _institution(document: Document, vocab: Vocabulary, start: int, end: int) -> frozenset[str]:
    """The words that name the institution of the document ``text[start:end]`` by its letterhead: its first
    non-blank line's segment (split at a dash or a tab from the title beside it) that names a kind of place
    (``letterhead_facility``: "GREYFRIARS INFIRMARY", "QUARRY HILL NEUROLOGY & ONCOLOGY - FOLLOW-UP VISIT"),
    without those words and fillers (``letterhead_filler``). Empty when its first line names no institution."""
    lines = _letterhead_names(document, vocab, start, end, 1)
    return lines[0] if lines else frozenset()


LETTERHEAD_LINES = 3  # a record's letterhead may stand below its title ("Radiation Treatment Summary (outside
# records)" above "COASTLINE GENERAL HOSPITAL - Department of Radiation Oncology")


def _outside_heading(document: Document, vocab: Vocabulary, start: int, end: int) -> tuple[int, int] | None:
    """The span of the line among the first ``LETTERHEAD_LINES`` non-blank lines of ``text[start:end]`` whose words
    name the document another institution's record (``outside_record_heading``: "(outside records)", "(outside
    facility)"); None when none does."""
    text, pat = document.text, vocab.patterns["outside_record_heading"]
    pos, seen = start, 0
    for line in text[start:end].splitlines(keepends=True):
        if line.strip():
            if pat.search(line):
                return pos, pos + len(line.rstrip())
            seen += 1
            if seen >= LETTERHEAD_LINES:
                break
        pos += len(line)
    return None


def _name_words(words: list[str], pats) -> frozenset[str]:
    """The words (lower case, letters only) that tell one institution's name from another's: those of three
    letters or more that are no kind of place (``letterhead_facility``: "hospital") and no filler
    (``letterhead_filler``: "department")."""
    return frozenset(w for w in words if len(w) > 2 and not pats["letterhead_facility"].fullmatch(w)
                     and not pats["letterhead_filler"].match(w))


def _letterhead_names(document: Document, vocab: Vocabulary, start: int, end: int, lines: int) -> list:
    """The institution names (:func:`_institution`) of the first ``lines`` non-blank lines of ``text[start:end]``,
    one per line that names one."""
    pats = vocab.patterns
    out = []
    for line in [ln for ln in document.text[start:end].splitlines() if ln.strip()][:lines]:
        for seg in re.split(r"\s+-\s+|\t", line):
            if not pats["letterhead_facility"].search(seg) or _SENTENCE_END_RX.search(seg):
                continue
            name = _name_words([w for w in (w.strip(",.:;()").lower() for w in seg.split()) if w.isalpha()], pats)
            if name:
                out.append(name)
                break
    return out



def outside_records(document: Document, ctx: TextContext, vocab: Vocabulary,
                    statuses: dict[tuple[int, int], PartStatus]) -> list[tuple[int, int, Evidence]]:
    """Records of a course given at ANOTHER institution, received into this one's chart: a document judged
    delivered whose letterhead names an institution (:func:`_institution`) that a later note of the bundle, under
    another letterhead and itself no record of treatment (a follow-up visit, a consultation), names in a sentence
    about radiation treatment ("in June 2025 at <that institution> she had single-session radiosurgery (see their
    letter, scanned into the chart)"). Its course is the patient's history here, as an earlier course's record
    is. ``(start, end, evidence)`` per such record, the evidence quoting the note's sentence."""
    if len(document.parts) < 2:
        return []
    text, pats = document.text, vocab.patterns
    dated = ctx.chart_dates()

    def last_date(start: int, end: int):
        return max((d for s, _e, d in dated if start <= s < end), default=None)

    notes = [(s, e, _institution(document, vocab, s, e), last_date(s, e)) for (s, e), (status, said)
             in statuses.items() if status in ("follow_up", "recommended")  # a note of care: not a release's cover
             # and index, a charge sheet or a payer's paper, which list the chart's records, none recounted as history
             and not any(kind in _NO_PATIENT_COURSE + _PAYMENT_PAPERS for kind, _m, _l in said)]
    out = []
    for (start, end), (status, said) in statuses.items():
        if status != "delivered" or not said:
            continue
        own_word = _outside_heading(document, vocab, start, end)
        if own_word is not None and any(status != "delivered" or not _outside_heading(document, vocab, s, e)
                                        for (s, e), (status, _said) in statuses.items() if s != start):
            # "Radiation Treatment Summary (outside records)", "<clinic> (outside facility) - received by fax":
            # the record names itself another institution's, beside a document of this one
            out.append((start, end, document.evidence(*own_word, rule="earlier_course:outside")))
            continue
        names, when = _letterhead_names(document, vocab, start, end, LETTERHEAD_LINES), last_date(start, end)
        if not names or when is None:
            continue
        found = None
        for s, e, own, later in notes:
            if not own or later is None or later <= when:
                continue
            for i, name in enumerate(names):
                if own & name:
                    break
                # a name below the first line must be written as a name in the note (capitalised), not words of a
                # title ("treatment summary")
                hits = [(s + m.start(), m.group().lower()) for m in re.finditer(r"[A-Za-z]+", text[s:e])
                        if m.group().lower() in name and (i == 0 or m.group()[0].isupper())]
                said_there = [(a, b) for a, b in {ctx.sentence(at) for at, _w in hits}  # the whole name, of radiation
                              if name <= {w for at, w in hits if a <= at < b}
                              and pats["radiation_words"].search(text, a, b)]
                if said_there:
                    found = min(said_there)
                    break
            if found:
                break
        if found:
            out.append((start, end, document.evidence(*found, rule="earlier_course:outside")))
    return out


def _prior_course_title(pats, text: str, start: int, end: int, doc_end: int | None = None):
    """A heading line of ``text[start:end]`` that names its document a prior course ("PRIOR COURSE", "Previous
    treatment course - summary"); not a line that first names the document's own course and then another one
    ("Course C3 (2026) - prior course C2 (2024) closed": this course is C3, the prior one only mentioned); and a
    heading that encloses its record for reference only ("Completion Summary - Course C1 (for reference)"), where
    the record names no other course after it ("COURSE 1 (2024) - for reference only" over "COURSE 2 (2026)" heads
    one part of an order history, not the record)."""
    for lo, hi in heading_lines(text, start, end):
        m = pats["earlier_course_title"].search(text, lo, hi)
        if m and not pats["course_id"].search(text, lo, m.start()):
            return m
        m = pats["reference_only_title"].search(text, lo, hi)
        if m:
            own = {(c.group("id") or c.group("nth") or "").lower() for c in pats["course_id"].finditer(text, lo, hi)}
            later = {(c.group("id") or c.group("nth") or "").lower()
                     for c in pats["course_id"].finditer(text, hi, doc_end or end)}
            if not later - own:
                return m
    return None


@dataclass
class _Record:
    """A treatment record of a bundle, as :func:`separate_courses` compares them."""

    start: int
    end: int
    dates: list  # (offset, date) of its dates that count (not put in the past by the chart itself)
    course: int | None  # its course number ("Course 2"), or None
    course_at: int  # where that number is written
    retreatment: int  # where its title names a re-treatment, or -1
    completed: int  # where it says the course was completed, or -1
    stage: bool  # its title names a stage or phase of a course
    spans: list = field(default_factory=list)  # (earliest, latest) each date may be (:func:`_date_span`)
    calls_retreatment: bool = False  # its own words call its course a re-treatment ("completed his second course")

    @property
    def first(self):
        return min(lo for lo, _hi in self.spans)

    @property
    def last(self):
        return max(hi for _lo, hi in self.spans)


def _date_order(written: list) -> str | None:
    """A record's order of day and month in its slashed dates (matches of the ``date`` pattern): "dm" when one of
    them can only be day first ("26/05/2026"), "md" when one can only be month first ("05/26/2026"), else None
    (not known)."""
    orders = set()
    for m in written:
        if m is not None and m.group("m"):
            a, b = int(m.group("m")), int(m.group("d"))
            if a > 12 >= b:
                orders.add("dm")
            elif b > 12 >= a:
                orders.add("md")
    return orders.pop() if len(orders) == 1 else None


def _date_span(written, day, order: str | None):
    """The earliest and latest day a date (its match of the ``date`` pattern) may be (:func:`nlp.vocab.date_readings`):
    "04/06/2026" is 6 April or 4 June when the record's order of day and month (:func:`_date_order`) is not known,
    one of them when it is; "2026-06-04" is one day; ``day`` (as the chart reads it) when the order known gives none."""
    days = date_readings(written, order) if written is not None else ()
    return (days[0], days[-1]) if days else (day, day)


def _cell_index(row: tuple[Cell, ...], at: int) -> int | None:
    """The index of the cell of ``row`` that holds offset ``at``, or None."""
    return next((j for j, c in enumerate(row) if c.start <= at < c.end), None)


def _another_column(document: Document, vocab: Vocabulary, m: re.Match[str]) -> bool:
    """Whether a ``course_id`` match runs from a row label "Course" into a cell of another column: the number is
    that column's ("Course | | | 5 | | 40 Gy", a phase table's total row under "Fractions"), no course number. A
    number in the very next cell is the label's value, unless the table titles that cell's column with other words."""
    if not m.group("id"):
        return False
    for t in document.tables:
        for row in t.rows:
            word, number = _cell_index(row, m.start()), _cell_index(row, m.start("id"))
            if word is None or number is None or word == number:
                continue
            title = t.header[number].text if number < len(t.header) else ""
            return number != word + 1 or bool(title.strip()) and \
                not vocab.patterns["course_column"].match(title)
    return False


def course_ids(document: Document, ctx: TextContext, vocab: Vocabulary, start: int, end: int) -> list[re.Match[str]]:
    """The ``course_id`` matches of ``text[start:end]`` that count (ConText) and number a course: not a number of
    another table column (:func:`_another_column`)."""
    return [m for m in vocab.patterns["course_id"].finditer(document.text, start, end)
            if ctx.counts(m.start(), m.end()) and not _another_column(document, vocab, m)]


def _document_date(text: str, vocab: Vocabulary, start: int, at: int) -> bool:
    """Whether the date at ``at`` dates the document, not a day of its course: a dictation's "D: 08/27/2026
    T: 08/28/2026", "(printed 07/09/2026 for records)", "Electronically signed: NAME, MD 10/11/2024" (pattern
    ``document_date_before`` on its line, the document starting at ``start``)."""
    return bool(vocab.patterns["document_date_before"].search(text, max(start, line_around(text, at)[0], at - 80), at))


def _record(document: Document, ctx: TextContext, vocab: Vocabulary, start: int, end: int, mine) -> _Record:
    text, pats = document.text, vocab.patterns
    head = _head_end(text, start, end)
    ids = course_ids(document, ctx, vocab, start, end)
    numbers = {vocab.course_number(m) for m in ids}
    titled = _title(pats["course_id"], text, start, head)
    if len(numbers) > 1 and titled and any(m.start() == titled.start() for m in ids):
        # a record titled with its course number ("COURSE 2 (SBRT BOOST) COMPLETION") that also names another
        # ("unchanged from the end of course 1") is of the course its title numbers
        ids, numbers = [titled], {vocab.course_number(titled)}
    retreat = _title(pats["retreatment_title"], text, start, head)
    done = [m for m in pats["course_completed"].finditer(text, start, end) if ctx.counts(m.start(), m.end())]
    one = len(numbers) == 1  # a record naming two course numbers is no one course's
    dates = [(s, e, d) for s, e, d in mine if ctx.counts(s, s + 1) and not _document_date(text, vocab, start, s)]
    written = [pats["date"].fullmatch(text, s, e) for s, e, _d in dates]  # each date as the chart writes it
    order = _date_order(written)
    calls = any(ctx.counts(m.start(), m.end()) for m in pats["retreatment_title"].finditer(text, start, end))
    return _Record(start, end, [(s, d) for s, _e, d in dates],
                   min(numbers) if one else None, ids[0].start() if one else -1,
                   retreat.start() if retreat else -1, done[-1].start() if done else -1,
                   _title(pats["course_stage_title"], text, start, head) is not None,
                   [_date_span(m, d, order) for m, (_s, _e, d) in zip(written, dates)], calls)


def _file(document: Document, rec: _Record) -> str:
    """The record's name in a sentence: its file in a bundle, its heading line in one document."""
    k = document.document_at(rec.start)
    if k is not None and document.parts:
        return document.part_name(k)
    line = document.text[rec.start:rec.end].strip().splitlines()
    return f"the section \u201c{line[0].strip() if line else ''}\u201d"


def course_sections(document: Document, ctx: TextContext, vocab: Vocabulary) -> list:
    """Inside one document, the sections headed by course numbers ("Course 1 - Lung SBRT (January 2026)",
    "Course 2: Spine SBRT"), each from its heading to the next, when at least two numbers head sections:
    ``(start, end, dates, dates)`` each, as :func:`separate_courses` compares bundles' records."""
    text, pats = document.text, vocab.patterns
    heads = []
    for line in re.finditer(r"(?m)^[ \t]*(?=\S)", text):
        m = pats["course_id"].match(text, line.end())
        if m and ctx.counts(m.start(), m.end()) and not _another_column(document, vocab, m):
            heads.append((line.end(), vocab.course_number(m)))
    if len({n for _s, n in heads}) < 2:
        return []
    ends = [s for s, _n in heads[1:]] + [len(text)]
    dated = [(s, d) for s, _e, d in ctx.chart_dates()]
    out = []
    for (start, _n), end in zip(heads, ends):
        mine = [(s, d) for s, d in dated if start <= s < end]
        out.append((start, end, mine, mine))
    return out


def _conventional(document: Document, vocab: Vocabulary, rec: _Record) -> bool | None:
    """Whether a record's course is conventionally fractionated: every dose it writes with its fraction count
    ("45 Gy in 25 daily fractions", "50 Gy/25") is of more than ``vocab.stereotactic_max_fractions`` fractions
    (True), or one is of at most that many (False); None when it writes none."""
    text, pats = document.text, vocab.patterns
    counts = [vocab.number(m.group("n")) for name in ("dose_in_fractions", "dose_slash_n", "dose_times_n")
              for m in pats[name].finditer(text, rec.start, rec.end)]
    counts = [n for n in counts if n]
    if not counts:
        return None
    return all(n > vocab.stereotactic_max_fractions for n in counts)


def separate_courses(document: Document, ctx: TextContext, vocab: Vocabulary, records,
                     flags: list[ReviewFlag] | None = None) -> list[tuple[int, int, Evidence]]:
    """Treatment records of a bundle that are evidently of two courses, however close in time: records with
    different course numbers ("Course 1", "Course 2"), or a record that says its course was completed before
    another record's own dates begin (a range of dates, or one under a re-treatment title). The latest course
    is this course; the records of the other are history, ``(start, end, evidence)`` each, and a review flag
    (``kind: "other_course"``) quotes both and says which was taken. Where the records say they are two
    courses but not which came last (dates against course numbers, or a record whose dates run across the
    other's completion, or a re-treatment title with no dates to place it), they are read as one course,
    as before, with a review flag (``kind: "course_unclear"``) quoting both. The stages or phases of one
    course (their titles say so) are one course."""
    dated = {s: e for s, e, _d in ctx.dates}
    recs = [_record(document, ctx, vocab, start, end, [(s, dated.get(s, s), d) for s, d in mine])
            for start, end, mine, _now in records]
    if len(recs) < 2:
        return []

    what = "bundle" if document.parts else "chart"

    def quote(at: int, rule: str) -> Evidence:
        return document.evidence(*ctx.sentence(at), rule=rule)

    def flag(kind: str, this: _Record, other: _Record, message: str, here: int, there: int) -> None:
        if kind == "other_course" and _conventional(document, vocab, other) and \
                _conventional(document, vocab, this) is False:
            return  # a conventional course beside this stereotactic one: no claimed SRS/SBRT code is for it (a
            # warning still names its record, as for a conventional course's row)
        if flags is not None:
            flags.append(ReviewFlag("course_status", message, tuple(unique([
                quote(here, f"review:{kind}"), quote(there, f"review:{kind}")])), kind=kind))

    numbered = sorted({r.course for r in recs if r.course is not None})
    if len(numbered) >= 2:
        courses = {n: [r for r in recs if r.course == n] for n in numbered}
        spans = {n: (min(r.first for r in rs if r.dates), max(r.last for r in rs if r.dates))
                 for n, rs in courses.items() if any(r.dates for r in rs)}
        # a higher number whose every date lies before a lower number's: which came last is not clear
        crossed = any(spans[b][1] < spans[a][0] for a in spans for b in spans if b > a)
        this_n = numbered[-1]
        this, other = courses[this_n][0], courses[numbered[-2]][0]
        if crossed:  # numbers and dates disagree on which came last
            flag("course_unclear", this, other,
                 f"{_file(document, other)} and {_file(document, this)} are records of courses {other.course} and "
                 f"{this.course}, but their dates do not say which came last; they were read as one course: check "
                 "which course the claimed codes are for.", this.course_at, other.course_at)
            return []
        out = []
        for r in recs:
            if r.course == this_n:
                continue
            if r.course is None and not (r.dates and this_n in spans and r.last < spans[this_n][0]):
                continue  # a record without a number belongs to this course unless dated before it
            at = r.course_at if r.course is not None else r.dates[-1][0]
            out.append((r.start, r.end, quote(at, "other_course:number")))
        flag("other_course", this, other,
             f"The {what} holds the records of two courses: course {other.course} ({_file(document, other)}) and "
             f"course {this.course} ({_file(document, this)}); course {this.course}, the later, was taken as this "
             "course, and the other's doses, lesions and fractions were left out: check that the claimed codes "
             "are for it.", this.course_at, other.course_at)
        return out
    if any(r.stage for r in recs):
        return []  # a staged or phased course: its stages are one course
    done = [r for r in recs if r.completed >= 0 and r.dates]
    cuts = []
    iv = identity_vocab()

    def treated_days(r: _Record) -> set:
        """The days of a record's dates written where it speaks of treatment given, not of a clinic visit, a scan
        or a letter (IdentityVocab.speaks_of_service, as the dates of service are read: "Clinic date 19/05/2026",
        "CT thorax 12/05/2026 shows a response": a follow-up letter's dates are no later course's)."""
        out = set()
        for s, d in r.dates:
            words = document.text[slice(*ctx.sentence(s))]
            if iv.speaks_of_service(words):
                out.add(d)
        return out

    for a in done:
        later = [b for b in recs if b is not a and b.dates and b.first > a.last and
                 (len(treated_days(b)) >= 2 or b.retreatment >= 0)]
        if later:
            cuts.append((a.last, a, later[0]))
    if not cuts:
        retreat = [r for r in recs if r.retreatment >= 0]
        # (a record that says its course was completed and calls that course a re-treatment in words that count,
        # "completed his second course ... as a re irradiation", is the re-treatment's own completion: one course)
        plain = [r for r in recs if r.retreatment < 0 and r.completed >= 0 and not r.calls_retreatment]
        if retreat and plain and not (retreat[0].dates and plain[0].dates):
            flag("course_unclear", retreat[0], plain[0],
                 f"{_file(document, retreat[0])} is titled as a re-treatment and {_file(document, plain[0])} says a "
                 "course was completed; no dates say whether they are two courses; they were read as one course: "
                 "check which course the claimed codes are for.", retreat[0].retreatment, plain[0].completed)
        return []
    cut, a, b = max(cuts, key=lambda c: c[0])
    across = [r for r in recs if r.dates and r.first <= cut < r.last]
    if across:  # a record whose dates run across the other course's end: which course is it?
        flag("course_unclear", across[0], a,
             f"{_file(document, a)} says its course was completed, and {_file(document, b)}'s treatment dates start "
             f"later, but {_file(document, across[0])}'s dates run across both; they were read as one course: check "
             "which course the claimed codes are for.", across[0].dates[0][0], a.completed)
        return []
    out = [(r.start, r.end, quote(r.completed if r.completed >= 0 else r.dates[-1][0], "other_course:completed"))
           for r in recs if r.dates and r.last <= cut]
    why = "titled as a re-treatment, " if b.retreatment >= 0 else ""
    flag("other_course", b, a,
         f"The {what} holds the records of two courses: {_file(document, a)} says its course was completed by "
         f"{a.last.isoformat()}, and {_file(document, b)} ({why}treated from {b.first.isoformat()}) is a later "
         f"course; the later course was taken as this course, and the earlier one's doses, lesions and fractions "
         "were left out: check that the claimed codes are for it.", b.retreatment if b.retreatment >= 0 else
         min(b.dates, key=lambda sd: sd[1])[0], a.completed)
    return out


def other_course_rows(document: Document, ctx: TextContext, vocab: Vocabulary) -> list[tuple[int, int, Evidence]]:
    """A table with a Course column whose rows are several courses: a row whose technique is conventional (3D,
    AP/PA, "not stereotactic") beside a stereotactic row is another course, and so is each line of the same
    document that starts with that row's course cell ("C3 Palliative: right femur ..."); where the rows are all of
    one kind, a row numbered as another course than the document's (:func:`_other_numbers`) is another course."""
    text, pats = document.text, vocab.patterns
    out = []
    for t in document.tables:
        heads = [c.text for c in t.header]
        col = next((i for i, h in enumerate(heads) if pats["course_column"].match(h)), None)
        if col is None or len(t.rows) < 2:
            continue

        def conventional(row) -> bool:
            words = " ".join(c.text for c in row)
            return bool(pats["conventional_technique"].search(words)) and \
                not pats["stereotactic_technique"].search(pats["conventional_technique"].sub(" ", words))

        kinds = [conventional(row) for row in t.rows]
        if all(kinds) or not any(kinds):
            kinds = _other_numbers(document, vocab, t, col)
        for row, other in zip(t.rows, kinds):
            cells = [c for c in row if c.end > c.start]
            if not other or len(row) <= col or not cells:
                continue
            start, end = cells[0].start, cells[-1].end
            ev = document.evidence(start, end, rule="other_course:row")
            out.append((start, end, ev))
            words = row[col].text.split()
            label = " ".join(words[:2])  # the course's id and name ("C3 Palliative"); cells may run together
            if len(label) < 4:  # "C3" alone could be a vertebra at the start of a line
                continue
            for m in re.finditer(r"(?m)^[ \t]*" + re.escape(label) + r"\b", text):
                if not start <= m.start() < end:
                    out.append((m.start(), max(ctx.sentence(m.start())[1], line_around(text, m.start())[1]),
                                ev))
    return out


def _other_numbers(document: Document, vocab: Vocabulary, t: Table, col: int) -> list[bool]:
    """For each row of a table with a Course column that numbers its rows' courses ("1 | 04/22/2025 | Right frontal
    metastasis | 20 Gy x 1", "2 | 02/09-02/13/2026 | Left temporal cavity | 30 Gy / 5 fx | this course"), whether it
    is of another course than the document's: the one a row calls this course, else the one the document's title
    numbers ("Plan Summary - Course 2"; every row of a table of other numbers is history), else the highest of two
    numbers or more. A row without a number is of no course told apart."""
    pats = vocab.patterns
    cells = [pats["course_cell"].match(row[col].text) if col < len(row) else None for row in t.rows]
    numbers = [int(m.group("id")) if m else None for m in cells]
    known = {n for n in numbers if n is not None}
    said = {n for n, row in zip(numbers, t.rows) if n is not None and
            any(pats["this_course_words"].search(c.text) for c in row)}
    start, end = next(((a, b) for a, b in _spans(document) if a <= t.rows[0][0].start < b), (0, len(document.text)))
    titled = _title(pats["course_id"], document.text, start, _head_end(document.text, start, end))
    if len(said) == 1:
        this = said.pop()
    elif titled is not None and known:
        this = vocab.course_number(titled)
    elif len(known) >= 2:
        this = max(known)
    else:
        return [False] * len(t.rows)
    return [n is not None and n != this for n in numbers]


def other_patient_rows(document: Document, vocab: Vocabulary) -> list[tuple[int, int, Evidence]]:
    """A list of several patients (a chart-rounds or peer-review list, a clinic list) with a Patient column, one
    of its rows this chart's patient (the record number or the surname the chart is headed with): every other
    patient's row is no part of this course, whatever it says was given."""
    text, pats = document.text, vocab.patterns
    iv = identity_vocab()
    mrn = next((m.group("id") for p in iv.mrn for m in [p.search(text)] if m), None)
    name = next((m.group("name") for p in iv.patient for m in [p.search(text)] if m), None)
    if name is None:  # a list's header without a labelled name field: "SURNAME, GIVEN MRN ...", "Pt: H. Examplar"
        head = text[:_head_end(text, 0, len(text))]
        name = next((m.group("name") for p in iv.list_header for m in [p.search(head)] if m), None)
    surname, words = name_marks(name) if name else (None, ())
    if surname is not None and len(surname) < 3:
        surname = None
    mrn = mrn.lower() if mrn and len(mrn) >= 3 else None
    if mrn is None and surname is None and len(words) < 2:
        return []
    out = []
    for t in document.tables:
        # (a typed table's titles may come back as its first row)
        heads, rows = (t.header, t.rows) if t.header or not t.rows else (t.rows[0], t.rows[1:])
        col = next((i for i, h in enumerate(heads) if pats["patient_column"].match(h.text)), None)
        if col is None or len(rows) < 2:
            continue
        who = [row[col].text.lower() if col < len(row) else "" for row in rows]
        mine = [bool(mrn and re.search(rf"(?<![\w-]){re.escape(mrn)}(?![\w-])", w)) or
                (bool(surname or words) and names_person(w, surname, words)) for w in who]
        if not any(mine) or all(mine):
            continue
        for row, own, w in zip(rows, mine, who):
            cells = [c for c in row if c.end > c.start]
            if own or not w.strip() or not cells:
                continue
            out.append((cells[0].start, cells[-1].end,
                        document.evidence(cells[0].start, cells[-1].end, rule="other_patient:row")))
    return out


def _part_patient(text: str, start: int, end: int, iv) -> tuple[str | None, str | None]:
    """The record number and the patient's name a document's own fields give (the first of each), lower case."""
    mrn = next((m.group("id").lower() for p in iv.mrn for m in [p.search(text, start, end)] if m), None)
    name = next((m.group("name") for p in iv.patient for m in [p.search(text, start, end)] if m), None)
    return mrn, name


def other_patient_parts(document: Document, vocab: Vocabulary) -> list[tuple[int, int, Evidence]]:
    """The documents of a bundle or of a combined file that are ANOTHER patient's (a misfiled page): their own
    patient field names a person other than the chart's patient (the name most of the chart's documents give, or
    the first: a file's own header), or, with no name, a record number of the chart's form other than the chart's.
    Nothing they say is this course's; the evidence quotes their patient field."""
    if len(document.parts) < 2:
        return []
    text, iv = document.text, identity_vocab()
    who = [(p.start, p.end, *_part_patient(text, p.start, p.end, iv)) for p in document.parts]
    names = [n for *_se, _m, n in who if n]
    mrns = [m for *_se, m, _n in who if m]
    if not names and not mrns:
        return []
    chart_name = max(names, key=lambda n: (sum(names_person(o, *name_marks(n)) for o in names), -names.index(n))) \
        if names else None
    chart_mrn = max(mrns, key=lambda m: (mrns.count(m), -mrns.index(m))) if mrns else None
    prefix = re.match(r"[a-z]*", chart_mrn).group() if chart_mrn else ""
    out = []
    for start, end, mrn, name in who:
        if name is not None and chart_name is not None:
            other = not names_person(name, *name_marks(chart_name)) and not names_person(chart_name, *name_marks(name))
        else:
            other = bool(mrn and chart_mrn and mrn != chart_mrn and prefix and mrn.startswith(prefix))
        if not other:
            continue
        field = next((m for p in iv.patient + iv.mrn for m in [p.search(text, start, end)] if m), None)
        at = field.start() if field else start
        lo, hi = line_around(text, at)
        out.append((start, end, document.evidence(lo, hi, rule="other_patient:document")))
    return out


def other_course_clauses(document: Document, ctx: TextContext, vocab: Vocabulary) -> list[tuple[int, int, Evidence]]:
    """Inside a document whose title numbers its course ("Completion Summary - Course 2 (SBRT Boost)"), each stretch
    that another course number opens ("composite: course 1 45 Gy in 25 fractions (pelvic IMRT) plus course 2 21 Gy
    in 3 fractions"; "Course 1 (completed)    Pelvic IMRT 45 Gy in 25 fractions"), from that number to the next
    course number of its sentence or to the sentence's end: what it gives is that other course's."""
    text, pats = document.text, vocab.patterns
    out = []
    for start, end in _spans(document):
        titled = _title(pats["course_id"], text, start, _head_end(text, start, end))
        if titled is None:
            continue
        own = vocab.course_number(titled)
        ids = course_ids(document, ctx, vocab, titled.end(), end)
        for i, m in enumerate(ids):
            if vocab.course_number(m) == own:
                continue
            stop = max(ctx.sentence(m.start())[1], m.end())
            if i + 1 < len(ids) and ids[i + 1].start() < stop:
                stop = ids[i + 1].start()
            out.append((m.start(), stop, document.evidence(m.start(), stop, rule="earlier_course:numbered_clause")))
    return out


def earlier_sections(document: Document, ctx: TextContext, vocab: Vocabulary) -> list[tuple[int, int, Evidence]]:
    """Inside one document, a section headed as an earlier course ("Prior treatment: HDR record (2024)") up to
    a later heading of the current one ("Current course: SBRT ..."). Without such a later heading the
    prior heading's own sentences are history already (ConText), and nothing more is taken out but a table right
    under the heading, unless the heading is a field that gives the earlier course's dose itself."""
    text, pats = document.text, vocab.patterns
    out = []
    for start, end in _spans(document):
        heads = [(m.start(), "prior") for m in pats["earlier_section_heading"].finditer(text, start, end)]
        heads += [(m.start(), "current") for m in pats["current_section_heading"].finditer(text, start, end)]
        heads.sort()
        for (pos, kind), (nxt, nkind) in zip(heads, heads[1:] + [(end, "end")]):
            if kind != "prior":
                continue
            line_end = text.find("\n", pos, nxt)
            line_end = line_end if line_end > pos else nxt
            if nkind == "current":
                out.append((pos, nxt, document.evidence(pos, line_end, rule="earlier_course:section")))
                continue
            value = text[pos:line_end].partition(":")[2]
            if pats["dose"].search(value):  # a field whose value gives the earlier course ("Prior radiation: WBRT
                continue  # 30 Gy in 10 fractions 2019") is a row of its own: a table under it is no record of it
            table_end = _table_under(document, line_end, nxt)
            if table_end:  # "Prior radiation to this level" over a table of those courses: the table is theirs
                out.append((pos, table_end, document.evidence(pos, line_end, rule="earlier_course:section")))
    return out


def _table_under(document: Document, after: int, limit: int) -> int | None:
    """Where the table that starts right under a heading (only blank space between them) ends, else None."""
    text = document.text
    for t in document.tables:
        cells = [c for row in (t.header, *t.rows) for c in row if c.end > c.start]
        if not cells:
            continue
        first, last = min(c.start for c in cells), max(c.end for c in cells)
        if after <= first < limit and not text[after:first].strip():
            return last
    return None


# What a chart without a delivered course says instead of course facts (a warning for the coder), by the
# kind of document (:func:`srscheck.core.model.status_kind`). A course planned and still to be delivered keeps its
# facts.
NOT_THIS_COURSE = {
    "recommended": "This is a consultation that recommends, offers or schedules treatment but documents none "
                   "performed; no course facts were taken from it, and codes for services of the course do not "
                   "apply to it.",
    "request": "This is a request for authorization of treatment (or the payer's answer to one): it documents "
               "none performed, so no course facts were taken from it, and codes for services of the course do "
               "not apply to it.",
    "follow_up": "This is a follow-up visit after an earlier course; the treatment it mentions is that course's, "
                 "so no course facts were taken from it, and codes for services of the course do not apply to it.",
    "other_service": "This is another service's note (such as a hospital discharge summary); the radiation "
                     "treatment it mentions is the patient's history, so no course facts were taken from it, and "
                     "codes for services of the course do not apply to it.",
    "not_delivered": "This course was planned but closed without any treatment delivered; no delivered-course "
                     "facts were taken from it, and codes for treatment delivery do not apply to it.",
    "declined": "The treatment recommended was declined by the patient (or not proceeded with) before any of it "
                "was done; no course facts were taken from it, and codes for services of the course do not "
                "apply to it.",
    "billing": "This is a billing document (charges, codes and units) with no clinical record: charges are what "
               "was billed, not documentation that the service was performed, so no course facts were taken from "
               "it; the codes need the clinical record (plan, treatment record, notes) to be supported.",
    "report": "This is a diagnostic report (imaging or pathology) that documents no treatment performed; what it "
              "says of treatment is a recommendation, so no course facts were taken from it, and codes for "
              "services of the course do not apply to it.",
    "general": "This is general text about treatment, not a record of this patient's course (a leaflet for "
               "patients, a literature or evidence review, a clinical trial's eligibility screening): the doses and "
               "schedules it names are usual, cited or proposed ones, so no course facts were taken from it, and "
               "codes for services of the course do not apply to it.",
    "physics_only": "This documents only physics checks of a plan before treatment (a second check, "
                    "patient-specific QA) and no treatment delivered; no delivered-course facts were taken from "
                    "it, and codes for treatment delivery do not apply to it.",
    "unsigned_order": "This is an order set that was never signed or released (a draft): it orders nothing and "
                      "documents no treatment performed, so no course facts were taken from it, and codes for "
                      "services of the course do not apply to it.",
    "order": "This is an order for treatment (an order sheet) whose scheduling says its simulation or treatment "
             "is still to come: what it orders is not yet done, so no course facts were taken from it, and codes "
             "for services of the course do not apply to it.",
    "voided": "This record is marked as entered in error (filed to the wrong patient, or voided): nothing it "
              "says is this patient's, so no course facts were taken from it, and codes for services of the "
              "course do not apply to it.",
    "qa_test": "This is a quality-assurance test of the treatment machine (an end-to-end or machine test) whose "
               "'patient' is a phantom: it documents no patient's course, so no course facts were taken from it, "
               "and codes for services of the course do not apply to it.",
}
# How each kind's statements are scoped: what was only intended is hypothetical; an earlier course, historical.
NOT_THIS_COURSE_SCOPE = {"recommended": "HYPOTHETICAL", "request": "HYPOTHETICAL", "not_delivered": "HYPOTHETICAL",
                         "follow_up": "HISTORICAL", "other_service": "HISTORICAL",
                         "declined": "HYPOTHETICAL", "physics_only": "HYPOTHETICAL", "billing": "HYPOTHETICAL",
                         "report": "HYPOTHETICAL", "general": "HYPOTHETICAL",
                         "unsigned_order": "HYPOTHETICAL", "order": "HYPOTHETICAL", "voided": "HYPOTHETICAL",
                         "qa_test": "HYPOTHETICAL"}


def without(document: Document, spans) -> Document:
    """The document with the text of ``spans`` blanked (same offsets, lines and pages kept) and their tables
    left out: what facts are read from when some documents of a bundle are an earlier course's."""
    if not spans:
        return document
    text = document.text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\n\f":
                chars[i] = " "
    def kept(row) -> bool:  # a row of a left-out span goes with it
        return not any(start <= c.start < end for c in row[:1] for start, end in spans)

    tables = []
    for t in document.tables:
        rows = tuple(row for row in t.rows if kept(row))
        if rows and (kept(t.header) or not t.header):
            tables.append(t if len(rows) == len(t.rows) else replace(t, rows=rows))
    return replace(document, text="".join(chars), tables=tuple(tables))


def single_session(document: Document, ctx: TextContext, vocab: Vocabulary, ments: list[Mention],
                   lesions: list) -> tuple[Fact, list, str | None]:
    """Radiosurgery whose record writes no fraction count (a Gamma Knife procedure note, "underwent SRS to
    2 lesions on 09/29"): one session, inferred and said so; only when a lesion has its dose and the chart
    says the treatment was given, never for a chart with any word of a fractionated course (but an earlier
    course's: "Prior radiation: WBRT 30 Gy in 10 fractions 2019")."""
    text = document.text
    furniture = catalog_spans(text, vocab)  # a department's list of services ("SBRT") says nothing of this course
    # ... nor a drug's schedule ("dexamethasone 4 mg once daily for 3 days")
    furniture += [m.span() for m in vocab.patterns["drug_schedule"].finditer(text)]
    if any(not any(s <= m.start() < e for s, e in furniture) and "HISTORICAL" not in ctx.modifiers(m.start(), m.end())
           for m in vocab.patterns["fractionated_course"].finditer(text)) or not any(les.dose_gy for les in lesions):
        return Fact(None), lesions, None
    if not any(_delivery_statements(text, ctx, vocab, 0, len(text))):
        return Fact(None), lesions, None  # nothing says it was given (a consult, a declined course)
    said = [m for m in vocab.patterns["single_session_technique"].finditer(text) if ctx.counts(m.start(), m.end())]
    if not said:
        return Fact(None), lesions, None
    ev = document.evidence(*ctx.sentence(said[0].start()), rule="fractions:single_session")
    lesions = [replace(les, fractions=1) if les.fractions is None else les for les in lesions]
    return (Fact(1, (ev,), inferred=True), lesions,
            f"No fraction count is written; radiosurgery ({said[0].group(0)!r}) in one session was assumed: "
            "check the number of fractions.")


def _course_ids_blank(text: str, vocab: Vocabulary) -> str:
    """The text with each course id shaped like a vertebral level blanked ("Course C1 SBRT LIVER", "Course ID: C2":
    ``course_id``; an export's field "Course|C1 ...": ``course_id_field``), offsets unchanged: it numbers the course
    in the record system, and is no cervical vertebra for the lesions and their doses to be read from. Not where its
    line speaks of the spine ("Course: C5 vertebral body SBRT") or the chart names that level anywhere else: then it
    may be the vertebra treated."""
    chars = None
    pats = vocab.patterns
    for m in sorted([*pats["course_id"].finditer(text), *pats["course_id_field"].finditer(text)],
                    key=lambda m: m.start()):
        if not m.group("id"):
            continue
        s = m.start("id") - 1 if m.start("id") > 0 and text[m.start("id") - 1] in "cC" else m.start("id")
        level = text[s:m.end("id")]
        if not vocab.vertebral_level.fullmatch(level.upper()):
            continue
        lo, hi = line_around(text, s, m.end())
        line = text[lo:hi]
        again = [o for o in re.finditer(rf"(?<![\w.-]){re.escape(level)}(?![\w.-])", text, re.I) if o.start() != s]
        if again or vocab.spine_context.search(line) or vocab.site_terms["spinal"].search(line):
            continue
        chars = chars or list(text)
        chars[s:m.end("id")] = " " * (m.end("id") - s)
    return text if chars is None else "".join(chars)


def course_days(document: Document, ctx: TextContext, doses) -> CourseDays | None:
    """When the course was given: the last day its dated delivery records (a per-fraction log, the doses of role
    delivered that are a record) write, with the chart's dates; None when no record is dated."""
    dates = tuple(ctx.chart_dates())
    given = [day for d in doses if d.record for s, _e, day in dates if d.start <= s < d.end]
    if not given:
        return None
    return CourseDays(max(given), dates, tuple(p.start for p in document.parts))


def _maximum_warning(doses: list[DoseStatement], promoted: list[DoseStatement], dose: DoseStatement,
                     prescribed: bool = False) -> str:
    """What quantities.maximum_prescribed did, in the coder's words: a maximum dose taken as the prescription where
    none is written, or a maximum the chart writes as the dose given ("delivered 85 Gy maximum dose") kept, the
    lower isodose line's dose beside it ("the 20% isodose line at about 17 Gy") read as that line's, not as a
    second prescription. ``dose``: the maximum taken (``promoted``'s prescription); ``prescribed``: its sentence says
    it was prescribed ("A maximum dose of eighty gray was prescribed at the one hundred percent isodose line";
    patterns maximum_said_prescribed): written too."""
    stated = prescribed or any(a.start == dose.start and a.counts and a.role in ("prescription", "delivered")
                               for a in doses)
    levels = sorted({a.total_gy for a, b in zip(doses, promoted)
                     if a.counts and not b.counts and a.total_gy is not None})
    if not stated:
        return (f"No prescription dose is written; the maximum dose ({dose.total_gy:g} Gy) of the functional target "
                f"was taken as its prescription: check the dose.")
    said = " and ".join(f"{g:g} Gy" for g in levels)
    if not said:
        return f"The functional target's dose is the maximum dose the chart gives it ({dose.total_gy:g} Gy): check it."
    return (f"The functional target's dose is the maximum dose the chart gives it ({dose.total_gy:g} Gy); the "
            f"{said} beside it was read as a lower isodose line's dose of that maximum, not a second prescription: "
            f"check the dose.")


def chart_facts(document: Document, ments: list[Mention], ctx: TextContext, vocab: Vocabulary,
                status: Fact = Fact("delivered"),
                earlier: tuple[tuple[int, int], ...] = (),
                ) -> tuple[ChartFacts, list[str], list[Mention], list[ReviewFlag]]:
    """The facts, warnings, quantity mentions (for the checklists) and review flags of one reading;
    ``status`` is :func:`course_status` (a consultation or follow-up visit yields no course facts);
    ``earlier``: spans of documents of an earlier course (:func:`earlier_courses`), read as absent."""
    document = without(document, earlier)
    ctx = ctx.cut_at(earlier)  # (a sentence's words either side of a left-out stretch are quoted apart)
    text = document.text
    warnings: list[str] = []
    wrapped = _course_ids_blank(soften(text, vocab), vocab)  # same offsets; only hard line breaks left
    tables = chart_tables(document.tables, text, vocab)
    doses = table_roles(dose_statements(wrapped, ctx, vocab), tables, vocab)
    doses = sorted(doses + fraction_table_doses(tables, ctx, vocab) + inline_logs(wrapped, ctx, vocab),
                   key=lambda d: d.start)
    doses = ranked(prose_phases(wrapped, ctx, vocab, doses), ctx, vocab)  # each with its document's rank
    doses = lower_levels(wrapped, doses, vocab)  # an integrated boost's lower level: not the target's dose
    doses = integrated_levels(wrapped, ctx, doses, vocab)  # (and a level a boost sentence names: the dose of record)
    before = doses
    doses = amended_doses(document, vocab, doses)  # a dose the chart's own addendum corrects: replaced
    corrected = tuple(d for d, b in zip(doses, before) if d.role == "superseded" and b.role != "superseded")
    claims = fraction_claims(wrapped, ctx, vocab, doses, tables, lines=text)
    chosen = course_fractions(claims)
    doses = planned_only(doses, claims, chosen.n if chosen is not None else None)
    fx_fact = Fact(None)
    if chosen is not None:
        support = [c for c in claims if c.n == chosen.n]
        ev = unique(document.evidence(*ctx.sentence(c.start), rule=f"fractions:{c.kind}") for c in support)
        fx_fact = Fact(chosen.n, tuple(ev)[:MAX_EVIDENCE])
        others = sorted({c.n for c in claims} - {chosen.n})
        if others:
            warnings.append(f"The chart also mentions {', '.join(map(str, others))} fraction(s); "
                            f"{chosen.n} was taken as this course's count.")
    delivered = NOT_THIS_COURSE_SCOPE.get(status_kind(status)) is None
    mod = modality(ments, text, vocab, delivered=delivered)
    hint = chart_site_hint(ments, text, vocab, mod.value)
    lesion_flags: list[ReviewFlag] = []
    stopped = stopped_plans(claims, fx_fact.value)
    lesions = find_lesions(document, ctx, vocab, doses, fx_fact.value, hint, wrapped, lesion_flags, stopped,
                           corrected)
    mod = extracranial_unit(mod, ments, text, vocab, {les.site for les in lesions if les.site}, delivered)
    guessed = inferred_modality_warning(mod, text)
    if guessed:
        warnings.append(guessed)
    promoted = maximum_prescribed(wrapped, ctx, vocab, doses, lesions[0].complexity_reasons) \
        if len(lesions) == 1 else None
    if promoted is not None:  # functional radiosurgery written as its maximum dose: read again with it
        maximum = next(d for d in promoted if d.role == "prescription" and d.counts)
        sentence = wrapped[slice(*ctx.sentence(maximum.start))]
        said = vocab.patterns["maximum_said_prescribed"].search(sentence) is not None
        warnings.append(_maximum_warning(doses, promoted, maximum, said))
        doses, lesion_flags = promoted, []
        lesions = find_lesions(document, ctx, vocab, doses, fx_fact.value, hint, wrapped, lesion_flags, stopped,
                           corrected)
    longest = course_sessions(lesions, fx_fact.value)
    if longest is not None:  # lesions in 1, 3 and 5 fractions on shared sessions: the course has 5 sessions
        warnings = [w for w in warnings if not w.startswith("The chart also mentions")]
        warnings.append(f"The lesions are treated in different numbers of fractions; the course's count is its "
                        f"number of sessions, that of its longest lesion ({longest.name}: {longest.fractions}), "
                        f"not {fx_fact.value}.")
        fx_fact = Fact(longest.fractions, longest.evidence[:MAX_EVIDENCE])
    stopped_short = {f.lesion for f in lesion_flags
                     if f.lesion and any(e.rule == "review:delivered" for e in f.evidence)}
    if fx_fact.value is not None and stopped_short and lesions and all(les.fractions for les in lesions) and \
            max(les.fractions or 0 for les in lesions) < fx_fact.value:
        # every lesion had fewer fractions than the count the chart states, one of them read as stopped short of its
        # plan (a record's session not given): the stated count is the plan's, the course had its longest lesion's
        top = max(lesions, key=lambda les: les.fractions or 0)
        fx_fact = Fact(top.fractions, top.evidence[:MAX_EVIDENCE])
    if fx_fact.value is None:  # only per-lesion counts (e.g. a Fractions column): the course is the longest
        per_lesion = [les for les in lesions if les.fractions]
        if per_lesion:
            top = max(per_lesion, key=lambda les: les.fractions or 0)
            fx_fact = Fact(top.fractions, top.evidence[:MAX_EVIDENCE])
    box = vocab.patterns["checkbox"]
    if fx_fact.value is None and lesions:
        fx_fact, lesions, said = single_session(document, ctx, vocab, ments, lesions)
        if said:
            warnings.append(said)
    entries = ctx.form_entries  # the forms' options, read once with the context
    pos, img, device_flags = used_devices(positioning(ments, vocab), imaging(ments), ments, entries,
                                          amendment_spans(document, vocab), text, box, vocab.patterns,
                                          course_days(document, ctx, doses),
                                          lambda a, b: document.evidence(a, b, rule="review:positioning"))
    device_flags += fraction_conflicts(fx_fact, document, entries, vocab.patterns["form_fraction_field"])
    sites = sorted({les.site for les in lesions if les.site})
    site_ev = tuple(unique(e for les in lesions for e in les.evidence[:1]))[:MAX_EVIDENCE]
    count = len(lesions) if lesions else None
    facts = ChartFacts(
        modality=mod,
        sites=Fact(sites, site_ev),
        lesion_count=Fact(count, site_ev),
        fractions=fx_fact,
        imaging=img,
        positioning=pos,
        lesions=tuple(lesions),
    )
    for m in misread_cells(document, doses, scanned=True):  # a scan's slip likelier than the chart's: a warning
        warnings.append(f"The scanned treatment log's dose cell for {misread_cell_said(m)}, read as a scanning "
                        "slip: check the page image.")
    going = bool(course_in_progress(document, ctx, vocab, wrapped))  # read once: the review and the warning
    review = device_flags + lesion_flags + review_flags(document, ctx, vocab, facts, doses, claims, wrapped, ments,
                                                        frozenset(f.lesion for f in lesion_flags if f.lesion), going)
    plan = max((c.n for c in claims if fx_fact.value is not None and c.n > fx_fact.value), default=None)
    if plan is not None and going:
        warnings = [w for w in warnings if not w.startswith("The chart also mentions")]
        warnings.append(f"The course is in progress: {fx_fact.value} of {plan} planned fractions were given by the "
                        f"date of the record; the count given so far ({fx_fact.value}) was used: bill only the "
                        "fractions delivered.")
    facts = replace(facts, course_status=status)
    kind = status_kind(status)
    if kind in NOT_THIS_COURSE:  # not a contradiction to review: a chart of no course performed
        warnings = [NOT_THIS_COURSE[kind]]
        review = []
        facts = ChartFacts(course_status=status)
        lesions, doses, claims = [], [], []
    quantities = (quantity_mentions(document, ctx, vocab, doses, claims, lesions)
                  + planned_targets(ments, lesions, text, vocab, document, doses, ctx))
    return facts, warnings, quantities, review


__all__ = ["NOT_THIS_COURSE", "NOT_THIS_COURSE_SCOPE", "chart_facts", "course_status", "earlier_courses",
           "fresh_history", "general_parts", "payment_parts", "query_questions",
           "part_statuses", "rejudged", "without", "status_kind", "modality", "imaging", "positioning",
           "site_of"]
