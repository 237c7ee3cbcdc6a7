"""Doses and fraction counts written in the chart ("24 Gy/3 fx", "5 x 7 Gy", "2400 cGy", "fx 3 of 5")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from srscheck.core.model import Cell, Table, counts

from .context import TextContext
from .interruptions import stops_this_course
from .lines import line_around
from .texttables import row_cells
from .titles import head_end
from .vocab import Vocabulary, cached_rx, load_vocabulary

# the kinds of dose statement that give a total with its fraction count ("27 Gy in 3 fractions", "3 x 9 Gy",
# "9 Gy x 3"): a regimen
REGIMEN_KINDS = ("dose_in_fractions", "n_times_dose", "dose_times_n")

# How far apart two figures may lie and still be one figure, named by what the figures are: the bound of :func:`near`
# and :func:`apart`. Each comparison keeps the bound and the strictness (``strict``: the bound itself is apart) it was
# written with; a meaning with two bounds has two names.
SAME_GY = 0.01  # two doses in Gy (a total, a product, a sum, a running total) are one dose: a centigray apart at most
SAME_GY_PRODUCT = 0.011  # a dose times its count beside another dose in Gy (doubted_products: the dose in question)
# (SAME_GY's centigray with float slack, strict: 25.0 - 24.99 = 0.0100000000000016 is one dose here, as written)
SAME_FIGURE = 1e-6  # one figure read twice (a lesion's dose and its statement's; a stated total and its rows' sum)
ISODOSE_LEVEL_GY = 0.05  # a maximum times an isodose line and the dose at that line, in Gy
PARTS_SUM_GY = 0.05  # the doses of a sum's parts added up and the sum written, in Gy
SAME_PERCENT = 0.01  # two isodose lines, in percent
SAME_SHARE = 0.01  # two doses as a share of the second (lesions.sources._per_fraction_by_values: 1%)
WHOLE_COUNT = 0.01  # a course's dose over a fraction's that is a whole count of fractions (review._planned_total)
WHOLE_MULTIPLE = 0.001  # a total over one fraction's dose that is a whole multiple of it (review: one dose two ways)


def near(a: float, b: float, tol: float, strict: bool = False) -> bool:
    """``a`` and ``b`` are one figure to the tolerance ``tol`` (one of the constants above): ``|a - b| <= tol``, or
    ``< tol`` when ``strict``."""
    return abs(a - b) < tol if strict else abs(a - b) <= tol


def apart(a: float, b: float, tol: float, strict: bool = False) -> bool:
    """``a`` and ``b`` are two figures to the tolerance ``tol``: ``|a - b| > tol``, or ``>= tol`` when ``strict``
    (``not near(a, b, tol, strict)``, written as the comparison it is)."""
    return abs(a - b) >= tol if strict else abs(a - b) > tol


@dataclass(frozen=True)
class MisreadCell:
    """A per-fraction log's dose cell its running total does not step by (:func:`_running_total_steps`): the cell
    as written and read (Gy), the fraction its row names, the step used in its place (Gy), the two running totals
    as written and the rows they stand in."""
    cell: Cell
    read_gy: float
    fraction: str
    step_gy: float
    before: Cell | None  # the previous row's running total (None on the first row)
    after: Cell
    rows: tuple[tuple[Cell, ...], ...]  # the previous row (if any) and the cell's


@dataclass(frozen=True)
class DoseStatement:
    start: int
    end: int
    total_gy: float | None  # total course dose for the target
    per_fraction_gy: float | None
    fractions: int | None
    kind: str  # dose_in_fractions | dose_times_n | n_times_dose | dose_per_fraction | total | dose
    counts: bool  # its role is one of this course's (prescription, delivered total, per-fraction dose)
    role: str = "prescription"  # see quantity_roles.yaml and dose_role()
    record: bool = False  # the sum of a dated per-fraction delivery log: what was given, above any narrative
    parts: tuple[tuple[int, int, float, int | None], ...] = ()  # (start, end, dose, fractions) of summed phases
    rank: int = 0  # the rank of the document it is written in (SOURCE_RANKS; 0 in a chart of one document)
    # a log's dose cells read as its running total's step instead (a misread cell): for a review flag to name
    misread: tuple[MisreadCell, ...] = field(default=(), compare=False)
    # a dose times a count read as the total over the count, its dose too large for a fraction of that many and no
    # other statement of the chart settling it (doubted_products): the dose as written, for a review flag to say
    doubted_gy: float | None = field(default=None, compare=False)

    @property
    def bare_course_dose(self) -> bool:
        """A course dose written without its fraction count ("marginal dose delivered 13.0 Gy"): a bare dose of
        this course (prescribed or delivered) with its total. Whether one outranks the doses written with their
        counts is read by resolution._record_dose and review.dose_flags alike."""
        return self.counts and self.kind == "dose" and self.role in ("prescription", "delivered") and \
            self.total_gy is not None


@dataclass(frozen=True)
class FractionClaim:
    n: int
    start: int
    end: int
    kind: str
    weight: float
    role: str = "course"  # delivered | planned | course (the line says neither or both) | superseded (a retired plan)
    rank: int = 0  # the rank of the document it is written in (SOURCE_RANKS; 0 in a chart of one document)


@dataclass(frozen=True)
class Quantity:
    """A number the chart writes with a unit, and its role: every dose (with the role dose_role() gave it)
    and every number that is no dose (isodose %, monitor units, dose rate)."""
    start: int
    end: int
    value: float
    unit: str
    role: str


# the most fractions a course has: hyperfractionated courses reach 70 ("1.1 Gy fractions x 70 fractions")
MAX_FRACTIONS = 80


def _matches(rx: "re.Pattern[str]", text: str):
    """Matches that stay on one line: callers pass soft-wrapped text, so a newline left in a match is
    a hard break (a table row, a heading) that no quantity crosses ("50%<tab>3 / Fractions: 1")."""
    return (m for m in rx.finditer(text) if "\n" not in m.group(0) and "\f" not in m.group(0))


_PARTS = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}  # patterns.yaml spelled_part's group 1


def spelled_number(words: str, vocab: Vocabulary | None = None) -> float | None:
    """"twenty" -> 20, "twenty-one" -> 21, "four point one" -> 4.1, "thirty-six point two five" -> 36.25,
    "eighteen hundred" -> 1800, "two thousand four hundred" -> 2400, "one hundred and eighty" -> 180,
    "thirty-six and a quarter" -> 36.25, "seven and a half" -> 7.5."""
    words = " ".join(words.lower().split())
    vocab = vocab or load_vocabulary()
    part = vocab.patterns["spelled_part"].search(words)
    if part:
        whole = spelled_number(words[:part.start()], vocab)
        return None if whole is None else whole + _PARTS[part.group(1).replace("-", " ")]
    sp = vocab.spelled_numbers  # (anatomy.yaml spelled_numbers: the words below twenty, the tens, ...)
    whole, _, frac = words.partition(f" {sp.point} ")
    total = group = 0
    for w in re.split(r"[\s-]+", whole.strip()):
        if w in sp.units:
            group += sp.units[w]
        elif w in sp.tens:
            group += sp.tens[w]
        elif w == sp.hundred:
            group *= 100
        elif w == sp.thousand:
            total, group = total + group * 1000, 0
        elif w not in sp.joiners:
            return None
    total += group
    if frac:
        digits = [sp.digits.get(w, sp.units.get(w)) for w in frac.split()]
        if any(d is None or d > 9 for d in digits):
            return None
        return float(f"{total}.{''.join(str(d) for d in digits)}")
    return float(total)


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")  # "25,0 Gy": a European decimal comma, not a thousands group


def _number(value: str) -> float:
    """ "2,400" -> 2400.0; "25,0" / "12,5" (a decimal comma) -> 25.0 / 12.5."""
    return float(value.replace(",", ".") if _DECIMAL_COMMA.fullmatch(value) else value.replace(",", ""))


def to_gy(value: str, unit: str, vocab: Vocabulary | None = None) -> float:
    """A dose in Gy: ``value`` (digits or words) in ``unit`` as the chart writes it, sized by the vocabulary's
    dose units ("1800 cGy", "1800 rads" -> 18.0; "70 GyE" -> 70.0)."""
    try:
        v = _number(value)
    except ValueError:
        v = spelled_number(value, vocab) or 0.0
    scale = (vocab or load_vocabulary()).roles.unit_gy(unit)
    return round(v * (1.0 if scale is None else scale), 3)


def head_unit(title: str, vocab: Vocabulary | None = None) -> str:
    """The dose unit a table column's title names ("Dose (cGy)", "Cum (rads)", "Rx [Gy]"), "Gy" when it names
    none: the unit of the bare numbers in its column."""
    m = (vocab or load_vocabulary()).patterns["head_unit"].search(title)
    return m.group("unit") if m else "Gy"


def _before(text: str, start: int) -> str:
    """The words before a number in its own line or clause (at most 60 characters: "maximum point dose from the
    cerebellar plan was" is one cue)."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start), text.rfind(";", 0, start)) + 1
    return text[max(line_start, start - 60):start]


def list_head(text: str, start: int, vocab: Vocabulary) -> int:
    """The start of the list of numbers that ends with the dose at ``start`` ("9.1 and 4.2 Gy", "20, 18 and 16 Gy",
    "nine point one and four point two gray"; doses each with a unit when "respectively" pairs them), else
    ``start``: the list's numbers share its unit, and the words before the list give every one its role."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start), text.rfind(";", 0, start)) + 1
    lo = max(line_start, start - 200)
    window = text[lo:start]
    pats = vocab.patterns
    if not pats["list_separator_end"].search(window[-12:]):
        return start  # (most doses: read no further)
    m = pats["number_list_before"].search(window)
    if pats["paired_after"].match(text, start, min(len(text), start + 120)):
        m2 = pats["dose_list_before"].search(window)
        m = m2 if m2 is not None and (m is None or m2.start() < m.start()) else m
    return start if m is None else lo + m.start()


def cue_role(text: str, start: int, vocab: Vocabulary | None = None, chart: str | None = None) -> str | None:
    """The role the words just before a dose give it (maximum, metric, organ_at_risk ...), else None.
    A cue may not apply in a chart that treats its structure (a nerve is an organ at risk unless the chart's
    indication is the nerve's own): the reader decides that once per chart (``Vocabulary.for_chart``); with a
    vocabulary not yet decided, ``chart`` (the whole chart, when ``text`` is only part of it) or ``text`` decides."""
    vocab = vocab or load_vocabulary()
    head = list_head(text, start, vocab)  # a list's numbers: the words before the list
    before = own_clause(_before(text, head), vocab)
    if _reason_subject(text, head, start, vocab):
        return None
    lesion_subject = None
    for cue in vocab.roles.cues:
        if cue.before is not None and cue.before.search(before) and cue.applies(text if chart is None else chart):
            if cue.role == "organ_at_risk":
                if lesion_subject is None:
                    lesion_subject = _lesion_subject(text, head, vocab)
                if lesion_subject:
                    continue  # "a metastasis abutting the optic chiasm received 16 Gy": the lesion's dose
            return cue.role
    return labelled_role(text, start, vocab, chart) or _listed_role(text, start, vocab, chart) or \
        _summed_role(text, start, vocab, chart)


def _lesion_subject(text: str, head: int, vocab: Vocabulary) -> bool:
    """The clause that gives the dose at ``head`` by its verb ("received", "was treated to"; patterns dose_verb_end)
    has a lesion as its subject, with an organ at risk only in the lesion's modifier ("A 9 mm metastasis abutting the
    optic chiasm received 16 Gy", "Lesion 2, 3 mm from the brainstem, was treated to 18 Gy"; patterns
    subject_relation between the lesion's noun and the organ): the subject decides the role, so the organ names no
    dose. An organ that opens the clause ("The optic chiasm received a maximum of 8 Gy", "the brainstem near the
    lesion received 12 Gy") keeps its role."""
    pats = vocab.patterns
    lo = max(text.rfind("\n", 0, head), text.rfind(";", 0, head), text.rfind("\t", 0, head)) + 1
    lo = max(lo, own_sentence_start(text, head), head - 200)
    for m in pats["dose"].finditer(text, lo, head):  # a dose before it ends another clause
        lo = m.end()
    verb = pats["dose_verb_end"].search(text, lo, head)
    if verb is None:
        return False
    subject = text[lo:verb.start()]
    noun = vocab.lesion_noun.search(subject)
    if noun is None:
        return False
    organ = [m.start() for c in vocab.roles.cues if c.role == "organ_at_risk" and c.before is not None
             for m in [c.before.search(subject)] if m is not None]
    if not organ or min(organ) < noun.start():
        return False
    return bool(pats["subject_relation"].search(subject[noun.end():min(organ)] + " "))


def own_clause(before: str, vocab: Vocabulary) -> str:
    """The words before a dose that are its own clause's: a clause's subject and verb between a cue and the dose
    ("owing to the prior cord dose we prescribed 30 Gy", "given the cord tolerance we chose 30 Gy") start the
    clause whose object the dose is, so the words before them (the reason's organ) give it no role; a subject and
    verb that only describe the cue's noun before its own verb ("the cord maximum we accepted was 14 Gy": patterns
    clause_copula after them) leave the words as they are."""
    subject = None
    for subject in vocab.patterns["clause_subject"].finditer(before):
        pass
    if subject is None or vocab.patterns["clause_copula"].search(before, subject.end()):
        return before
    return before[subject.start():]


def _reason_subject(text: str, head: int, start: int, vocab: Vocabulary) -> bool:
    """The dose at ``start`` is the subject of the clause after a reason that opens its sentence and names an organ
    ("Owing to the prior cord dose 30 Gy in 5 fractions was prescribed to T9"): its own verb of giving follows it in
    its clause (patterns given_after_dose), and the cue words before it are the reason's (reason_opens)."""
    pats = vocab.patterns
    lo = head - len(_before(text, head))
    m = pats["dose"].match(text, start)
    if m is None or not pats["reason_opens"].search(text, lo, head):
        return False
    rest = text[m.end():]
    regimen = pats["dose_in_fractions"].match(text, start) or pats["dose_in_n"].match(text, start)
    if regimen is not None:
        rest = text[regimen.end():]
    return bool(pats["given_after_dose"].match(rest))


# how far back the label of a list of doses may be; a page ends the list
_LIST_REACH = 600


def labelled_role(text: str, start: int, vocab: Vocabulary, chart: str | None) -> str | None:
    """The role of a dose that is an item of a list under a label whose cue gives it ("Maximum doses: chest wall
    30.2 Gy; rib 27.1 Gy", "Mean doses: heart 2.1 Gy, lung 3.0 Gy", "Constraints:" then one organ and its dose a
    line): the label's words end at a colon, every item from there to this dose is a short name and its dose
    (patterns labelled_items), and this dose ends its item (labelled_item_end: "24 Gy in 3 fractions" is no
    item); the nearest such label with a cue gives every item its role, else None."""
    pats = vocab.patterns
    m = pats["dose"].match(text, start)
    if m is None or not pats["labelled_item_end"].match(text, m.end()):
        return None
    lo = max(0, start - _LIST_REACH, text.rfind("\f", 0, start) + 1)
    items = pats["labelled_items"]
    colon = text.rfind(":", lo, start)
    while colon >= 0:
        if items.fullmatch(text, colon + 1, start):
            line_start = max(text.rfind("\n", lo, colon), text.rfind("\t", lo, colon)) + 1
            label = text[max(line_start, colon - 60):colon + 1]
            for cue in vocab.roles.cues:
                if cue.before is not None and cue.before.search(label) and cue.applies(text if chart is None
                                                                                        else chart):
                    return cue.role
        colon = text.rfind(":", lo, colon)
    return None


def _listed_role(text: str, start: int, vocab: Vocabulary, chart: str | None) -> str | None:
    """The role of a dose named by a structure in a list of such doses, after an item whose cue makes its dose no
    dose to the target ("Chest wall Dmax 3020 rad; rib 2710 rad", "brainstem max 12 Gy, cochlea 4 Gy"): the list's
    role, when the item is a structure's name alone (a place or an organ at risk, named as a labelled list's items
    are: patterns listed_item_name; no lesion noun, no clause's words) and the item before it ends with a dose;
    else None."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    sep = max(text.rfind(";", line_start, start), text.rfind(",", line_start, start))
    name = text[sep + 1:start]
    if sep < 0 or not vocab.patterns["listed_item_name"].fullmatch(name) or vocab.lesion_noun.search(name):
        return None
    oar = [c.before for c in vocab.roles.cues if c.role == "organ_at_risk" and c.before is not None]
    if not any(rx.search(name) for rx in list(vocab.site_terms.values()) + oar):
        return None  # (", then treated to 34 Gy": no structure's name)
    prev = None
    for m in vocab.patterns["dose"].finditer(text, line_start, sep):
        prev = m
    if prev is None or text[prev.end():sep].strip():
        return None
    role = cue_role(text, prev.start("dose"), vocab, chart)
    return role if role in vocab.roles.not_target else None


_SUM_STEP = re.compile(r"[^\S\n]*[+=][^\S\n]*(?:\w{1,6}[^\S\n]+)?")  # "+ C2 ", "= ": a sum's operator, a term's label


def _summed_role(text: str, start: int, vocab: Vocabulary, chart: str | None) -> str | None:
    """The role of a dose that is a term or the result of a sum written on one line after a dose with a role that is
    no target's ("cord Dmax: C1 32.5 Gy + C2 21.3 Gy = 53.8 Gy", the courses' maxima summed): the first term's role,
    which every term of the sum shares; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    prev = None
    for m in vocab.patterns["dose"].finditer(text, line_start, start):
        prev = m
    if prev is None or not _SUM_STEP.fullmatch(text, prev.end(), start):
        return None
    role = cue_role(text, prev.start("dose"), vocab, chart)
    return role if role in vocab.roles.not_target else None


def after_role(text: str, end: int, vocab: Vocabulary | None = None) -> str | None:
    """The role the words right after a dose give it ("65 Gy (for reference; not the prescription)": a reference
    value, no dose of this course), in its own line, else None."""
    vocab = vocab or load_vocabulary()
    stop = line_around(text, end)[1]
    for cue in vocab.roles.cues:
        if cue.after is not None and cue.after.match(text, end, stop):
            return cue.role
    return None


def column_role(title: str, vocab: Vocabulary | None = None) -> str | None:
    """The role a table column's title gives its numbers ("Max dose" -> maximum), else None."""
    for cue in (vocab or load_vocabulary()).roles.cues:
        if cue.column is not None and cue.column.search(title):
            return cue.role
    return None


def title_role(title: str, vocab: Vocabulary) -> str | None:
    """The role a table's title gives the numbers it titles, a column's title or a row's head cell: its column cue
    ("Max dose", "Dose/fx", "Heart (mean)"), else the cue its words would give a dose written after them, brackets
    read as spaces ("Cumulative cord (EQD2)", "Lens (R)", "Cord (PRV)": the organ's; a bracket of a title is its
    qualifier, never the end of a clause that would part the organ's words from its numbers)."""
    role = column_role(title, vocab)
    if role is not None:
        return role
    words = re.sub(r"[()\[\]]", " ", title).strip() + " "
    return cue_role(words, len(words), vocab)


def is_rx_context(text: str, start: int, vocab: Vocabulary | None = None) -> bool:
    """True when no cue before a dose makes it a maximum, a metric or an organ-at-risk dose."""
    vocab = vocab or load_vocabulary()
    return cue_role(text, start, vocab) not in vocab.roles.not_target


def context_role(ctx: TextContext, start: int, end: int, vocab: Vocabulary) -> str | None:
    """The role the sentence's ConText modifiers give a number that does not count (prior, planned,
    not_given, other), else None."""
    mods = ctx.modifiers(start, end)
    if counts(mods):
        return None
    return next((vocab.roles.context[m] for m in mods if m in vocab.roles.context), "other")


SENTENCE_END = re.compile(r"(?<!\d)\.(?=\s)")  # a sentence's end, not a clause's (";" joins the clauses of one report)


def own_sentence_start(text: str, at: int) -> int:
    """Where the sentence that holds offset ``at`` starts on its line: after the line's start or the last full stop
    (:data:`SENTENCE_END`) before ``at``. A dose's own words before it, for its role and for review alike."""
    line_start = line_around(text, at)[0]
    return max([line_start] + [m.end() for m in SENTENCE_END.finditer(text, line_start, at)])


def _own_line(text: str, start: int, end: int, vocab: Vocabulary) -> tuple[str, str]:
    """The words of a dose's own sentence on its line before it (:func:`own_sentence_start`) and of its line after
    it, each cut at the nearest other dose: what a status or a "(originally ...)" there says of this dose alone."""
    rx = vocab.patterns["dose"]
    after = text[end:line_around(text, end)[1]]
    nxt = rx.search(after)
    before = text[own_sentence_start(text, start):start]
    last = None
    for last in rx.finditer(before):
        pass
    return (before[last.end():] if last else before), (after[:nxt.start()] if nxt else after)


def status_role(text: str, start: int, end: int, vocab: Vocabulary) -> str | None:
    """"superseded" when a dose's own line says its order or prescription was replaced: a status after it ("Status:
    MODIFIED (superseded by [2])", "DISCONTINUED 10/28 (replaced by #77131)"), its clause going on to say it was
    changed ("45 Gy / 3 (consult) changed to 40 Gy / 5") or words before it ("Rx (original)",
    "(originally prescribed 50 Gy in 5)", "A/P (from consult 09/30): ... SRS 20 Gy x1"); else None. A replaced order
    is no reading of this course's dose."""
    before, after = _own_line(text, start, end, vocab)
    pats = vocab.patterns
    if pats["superseded_status"].search(after) or pats["superseded_after"].match(after) or \
            pats["superseded_dose"].search(before) or pats["abandoned_before"].search(before) or \
            pats["consult_copied"].search(before):
        return "superseded"
    return None


def status_marked(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether a dose's own line records its order's status as replaced after it ("Rx v1 2400 cGy / 3 fx  status:
    RETIRED", "35 Gy/5 fx  DISCONTINUED 10/28"): an order's entry in a record, not a narrative's "originally"."""
    return bool(vocab.patterns["superseded_status"].search(_own_line(text, start, end, vocab)[1]))


def option_role(text: str, start: int, end: int, ctx: TextContext, vocab: Vocabulary) -> str | None:
    """"superseded" when a dose's sentence names it as an option first put forward and then replaced, as a fraction
    count is read (:func:`claim_role`): words before it say it was first thought of or suggested
    (``option_abandoned_before``: "the tumour board had suggested twenty-four gray in two fractions") and words after
    it, before the sentence's next dose, say the plan was changed ("but ... we changed the prescription to thirty
    gray in five fractions"): the dose after the change is the course's; else None."""
    s, e = ctx.sentence(start)
    if not vocab.patterns["option_abandoned_before"].search(text, s, start):
        return None
    stop = max(e, end)
    nxt = vocab.patterns["dose"].search(text, end, stop)
    return "superseded" if vocab.patterns["option_replaced_after"].search(text, end, nxt.start() if nxt else stop) \
        else None


def dose_role(text: str, start: int, end: int, ctx: TextContext, vocab: Vocabulary, kind: str,
              total_gy: float | None = None) -> str:
    """The one role of a dose, decided before any fact uses it: the words before it first (maximum, metric,
    organ at risk), else the words right after it (a reference value), then its sentence's modifiers
    (prior course, planned only, not given), then its form (a per-fraction dose, a stated total = the delivered
    total, a dose with its fractions = the prescription). A total outside 0-100 Gy is no course dose ("other")."""
    role = cue_role(text, start, vocab)
    if role not in vocab.roles.not_target:  # the words after it: "65 Gy (for reference; not the prescription)"
        role = after_role(text, end, vocab) or role
    role = role if role in vocab.roles.not_target else context_role(ctx, start, end, vocab)
    if role is not None:
        return role
    role = status_role(text, start, end, vocab) or option_role(text, start, end, ctx, vocab)
    if role is not None:
        return role
    if kind == "dose_per_fraction":
        return "per_fraction"
    if kind in ("total", "dose") and not (total_gy is not None and 0 < total_gy <= 100):
        return "other"
    return "delivered" if kind == "total" else "prescription"


def maximum_prescribed(text: str, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement],
                       reasons: tuple[str, ...]) -> list[DoseStatement] | None:
    """A target prescribed to its maximum dose (functional radiosurgery: one shot at its 100% isodose;
    ``maximum_prescribed`` in quantity_roles.yaml, by the lone target's complexity ``reasons``): when no dose of
    this course is written, the one maximum dose that names no organ at risk and that its sentence does not
    exclude ("treated ... to a maximum dose of 85 Gy", "130 Gy maximum dose": above the course's dose range,
    maximum_after; a thalamotomy's reaches 130-150 Gy) is the prescription;
    beside other maxima (an organ's "internal capsule Dmax 14 Gy"), the one its line writes as the prescription.
    A dose of this course written as the maximum's level at a lower isodose line of its sentence ("a maximum
    dose of 80 Gy (the 50% line at 40 Gy)": 40 = 80 x 50%) is that line's dose, no prescription of its own.
    The doses with it so promoted, or None when the chart gives no such single maximum (two different maxima
    are not guessed between)."""
    if not set(reasons) & vocab.roles.maximum_prescribed:
        return None
    oar = [c.before for c in vocab.roles.cues if c.role == "organ_at_risk" and c.before is not None and
           c.applies(text)]
    after = vocab.patterns["maximum_after"]  # "130 Gy maximum dose": a maximum written after its dose
    # ("delivered 85 Gy maximum dose": read as the dose given, a maximum all the same when a lower isodose line's
    # dose of it is written beside it: "the 20% isodose ... at about 17 Gy")
    maxima = [d for d in doses if (d.role == "maximum" or
                                   (d.role in ("other", "prescription") and after.match(text, d.end))) and
              d.total_gy and 0 < d.total_gy <= 200 and
              context_role(ctx, d.start, d.end, vocab) is None and
              not any(rx.search(_before(text, d.start)) or rx.search(_own_line(text, d.start, d.end, vocab)[0])
                      for rx in oar)]  # (an organ named in its row's label cell: "internal capsule Dmax<TAB>14 Gy")
    if len({d.total_gy for d in maxima}) != 1:  # several maxima: the one its own line writes as the prescription
        rx = vocab.patterns["prescribed_maximum"]  # ("Prescription: 130 Gy maximum dose"; an organ's Dmax is not)
        values = {d.total_gy for d in maxima if rx.search(_own_line(text, d.start, d.end, vocab)[0])}
        if len(values) != 1:
            return None
        maxima = [d for d in maxima if d.total_gy in values]
    levels = {id(d) for d in doses if d.counts and _isodose_level(text, ctx, vocab, d, maxima)}
    if any(_said_prescription(text, ctx, vocab, d, maxima) for d in doses if id(d) in levels):
        return None  # "60 Gy was prescribed to the 80% isodose line, maximum 75 Gy": the prescription is written
    ids = {id(d) for d in maxima}
    if not maxima or any(d.counts and id(d) not in levels and id(d) not in ids for d in doses) or \
            (not levels and all(d.role == "prescription" for d in maxima)):
        return None  # (a maximum already read as the dose given, with no isodose line's dose beside it: as it is)
    return [replace(d, counts=True, role="prescription") if id(d) in ids else
            replace(d, counts=False, role="other") if id(d) in levels else d for d in doses]


_PRESCRIPTION_REACH = 30  # characters either side of a dose that may name it the prescription


def _said_prescription(text: str, ctx: TextContext, vocab: Vocabulary, dose: DoseStatement,
                       maxima: list[DoseStatement]) -> bool:
    """The dose's own words, within its sentence and not reaching a maximum beside it, name it the prescription
    ("Sixty gray was prescribed to the eighty percent isodose line, maximum seventy five gray", "The prescription is
    sixty Gy to the eighty percent isodose line, for a maximum dose of seventy-five Gy"; ``maximum_said_prescribed``):
    the chart writes its prescription, and the maximum is the hot spot it leads to, no prescription."""
    a, b = ctx.sentence(dose.start)
    lo = max([a, dose.start - _PRESCRIPTION_REACH] + [m.end for m in maxima if m.end <= dose.start])
    hi = min([b, dose.end + _PRESCRIPTION_REACH] + [m.start for m in maxima if m.start >= dose.end])
    rx = vocab.patterns["maximum_said_prescribed"]
    return bool(rx.search(text[lo:dose.start]) or rx.search(text[dose.end:hi]))


def _isodose_level(text: str, ctx: TextContext, vocab: Vocabulary, dose: DoseStatement,
                   maxima: list[DoseStatement]) -> bool:
    """The dose is a maximum's level at a lower isodose line written in its sentence ("the 50% line at 40 Gy"
    beside "a maximum dose of 80 Gy")."""
    if dose.total_gy is None:
        return False
    a, b = ctx.sentence(dose.start)
    pcts = [q.value for q in number_quantities(text[a:b], vocab) if q.role == "isodose" and 0 < q.value < 100]
    return any(m.total_gy is not None and near(m.total_gy * p / 100, dose.total_gy, ISODOSE_LEVEL_GY, strict=True)
               for m in maxima for p in pcts)


def _statement(text: str, ctx: TextContext, vocab: Vocabulary, start: int, end: int, total: float | None,
               per: float | None, n: int | None, kind: str) -> DoseStatement:
    role = dose_role(text, start, end, ctx, vocab, kind, total)
    return DoseStatement(start, end, total, per, n, kind, role in vocab.roles.course_roles, role)


def _labelled_dose(text: str, ctx: TextContext, vocab: Vocabulary, m: "re.Match[str]") -> DoseStatement:
    """The dose of a field whose label names its unit (patterns ``unit_label_dose``: "Prescription (Gy): 18",
    "rx_cGy_per_fx: 900"), the number alone its span: the label is the number's title, so its words give the role
    as a column's title does ("Brainstem max (Gy): 2.1" an organ's maximum), else the number's own context does."""
    gy = to_gy(m.group("dose"), m.group("unit"), vocab)
    s, e = m.start("dose"), m.end("dose")
    per = bool(m.group("perfx") or m.group("perfx0"))
    kind = "dose_per_fraction" if per else "dose"
    st = _statement(text, ctx, vocab, s, e, None if per else gy, gy if per else None, None, kind)
    role = title_role(re.sub(r"[_.]", " ", m.group("label")), vocab)  # ("rx_max_dose_gy": an export key's words)
    if role in vocab.roles.not_target and st.counts:
        return replace(st, counts=role in vocab.roles.course_roles, role=role)
    return st


def number_quantities(text: str, vocab: Vocabulary) -> list[Quantity]:
    """Numbers that are no dose: isodose lines, monitor units, dose rates (quantity_roles.yaml)."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for nr in vocab.roles.numbers:
        for m in _matches(nr.pattern, text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            unit = text[m.end("value"):m.end()].strip() or "%"
            try:
                value = _number(m.group("value"))
            except ValueError:  # a number in words ("the twenty percent isodose line")
                value = spelled_number(m.group("value"), vocab) or 0.0
            out.append(Quantity(m.start("value"), m.end("value"), value, unit, nr.role))
            taken.append((m.start(), m.end()))
    return sorted(out, key=lambda q: q.start)


def quantities(text: str, ctx: TextContext, vocab: Vocabulary,
               doses: list[DoseStatement] | None = None) -> list[Quantity]:
    """Every number with a unit and its role, in text order: the doses and the numbers that are no dose."""
    doses = dose_statements(text, ctx, vocab) if doses is None else doses
    out = [Quantity(d.start, d.end, d.total_gy if d.total_gy is not None else (d.per_fraction_gy or 0.0), "Gy",
                    d.role) for d in doses]
    out += [q for q in number_quantities(text, vocab) if not any(d.start <= q.start < d.end for d in doses)]
    return sorted(out, key=lambda q: q.start)


def _count(vocab: Vocabulary, word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.strip().lower())
    if w in ("a single", "a", "one", "single"):
        return 1
    return vocab.number(w)


def dose_statements(text: str, ctx: TextContext, vocab: Vocabulary) -> list[DoseStatement]:
    """Every dose written in the text, the most specific reading first where matches overlap."""
    found: list[DoseStatement] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(st: DoseStatement) -> None:
        found.append(st)
        taken.append((st.start, st.end))

    pats = vocab.patterns
    for m in _matches(pats["dose_in_fractions"], text):
        n = _count(vocab, m.group("n"))
        if n is None or not 1 <= n <= MAX_FRACTIONS:
            continue
        gy = to_gy(m.group("dose"), m.group("unit"), vocab)
        add(_statement(text, ctx, vocab, m.start(), m.end(), gy, round(gy / n, 3), n, "dose_in_fractions"))
    for m in _matches(pats["dose_once"], text):  # "8 Gy once", "8 Gy in a single dose": one fraction, no count
        if free(m.start(), m.end()):
            gy = to_gy(m.group("dose"), m.group("unit"), vocab)
            add(_statement(text, ctx, vocab, m.start(), m.end(), gy, gy, 1, "dose_in_fractions"))
    # the total over its count: "30 Gy in 5" (the fraction noun left out), "24 Gy/3" (the count with no fraction word)
    for kind in ("dose_in_n", "dose_slash_n", "fractions_to_dose"):
        for m in _matches(pats[kind], text):
            n = _count(vocab, m.group("n"))
            if n is None or not free(m.start(), m.end()) or not 1 <= n <= MAX_FRACTIONS:
                continue
            if text[m.end("n"):m.end("n") + 1] == "." and "\n" in text[m.start("unit"):m.start("n")]:
                continue  # "... 24 Gy in\n2. The next item": a list's number on the next line, no count
            gy = to_gy(m.group("dose"), m.group("unit"), vocab)
            add(_statement(text, ctx, vocab, m.start(), m.end(), gy, round(gy / n, 3), n, "dose_in_fractions"))
    # the count times each fraction's dose: "5 x 7 Gy" and "7 Gy x 5" (read as written), "a single 8 Gy fraction",
    # "five 6 Gy fractions" (n_dose_fractions) and "a single fraction of 18 Gy" (fractions_of_dose: n fractions of that
    # dose), both read as n times the dose
    for kind in ("n_times_dose", "dose_times_n", "n_dose_fractions", "fractions_of_dose"):
        for m in _matches(pats[kind], text):
            n = _count(vocab, m.group("n"))
            if n is None or not free(m.start(), m.end()) or not 1 <= n <= MAX_FRACTIONS:
                continue
            per = to_gy(m.group("dose"), m.group("unit"), vocab)
            if kind == "dose_times_n" and (m.group("within") or m.group("within2")) and per > vocab.max_fraction_gy:
                continue  # "50 Gy daily in 25 fractions": no fraction is that large, so the dose is the total
            add(_statement(text, ctx, vocab, m.start(), m.end(), round(per * n, 3), per, n,
                           "dose_times_n" if kind == "dose_times_n" else "n_times_dose"))
    for m in _matches(pats["total_dose"], text):  # a stated total: the course's delivered dose
        s0 = m.start("dose")
        if not free(s0, m.end()):
            continue
        gy = to_gy(m.group("dose"), m.group("unit"), vocab)
        add(_statement(text, ctx, vocab, s0, m.end(), gy, None, None, "total"))
    for m in _matches(pats["unit_label_dose"], text):  # "Prescription (Gy): 18": the label names the unit
        if free(m.start("dose"), m.end("dose")):
            add(_labelled_dose(text, ctx, vocab, m))
    for m in _matches(pats["dose_per_fraction"], text):
        if not free(m.start(), m.end()):
            continue
        per = to_gy(m.group("dose") or m.group("dose2"), m.group("unit") or m.group("unit2"), vocab)
        add(_statement(text, ctx, vocab, m.start(), m.end(), None, per, None, "dose_per_fraction"))
    for m in _matches(pats["dose"], text):
        if not free(m.start(), m.end()):
            continue
        gy = to_gy(m.group("dose"), m.group("unit"), vocab)
        if pats["fraction_key_line"].match(text[line_around(text, m.start())[0]:m.start()]):
            add(_statement(text, ctx, vocab, m.start(), m.end(), None, gy, None, "dose_per_fraction"))
            continue  # "fraction[2].delivered: T12 800 cGy": that fraction's dose
        add(_statement(text, ctx, vocab, m.start(), m.end(), gy, None, None, "dose"))
    found.sort(key=lambda d: d.start)
    found = doubted_products(text, vocab, found)
    doses = each_fraction(text, vocab, products(text, vocab, found))
    return phase_totals(text, ctx, requested(text, ctx, vocab, options(text, ctx, vocab, doses)))


def _near(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and near(a, b, SAME_GY_PRODUCT, strict=True)


def _fraction_dose_max(text: str, d: DoseStatement, vocab: Vocabulary) -> float | None:
    """The largest plausible dose of one fraction for the regimen ``d`` (anatomy.yaml fraction_dose_max): by the site
    its own line names, else the largest of the sites the text names (the regimen's site unknown, the most lenient),
    else the body's."""
    limits = vocab.fraction_dose_max
    if not limits:
        return None
    a, b = line_around(text, d.start)
    own = [k for k, rx in vocab.site_terms.items() if k in limits and rx.search(text, a, b)]
    if own:
        return max(limits[k] for k in own)
    named = [k for k, rx in vocab.site_terms.items() if k in limits and rx.search(text)]
    return max(limits[k] for k in named) if named else limits.get("body")


def doubted_products(text: str, vocab: Vocabulary, doses: list[DoseStatement]) -> list[DoseStatement]:
    """A course dose written as a dose times a count ("24 Gy x3", "3 x 24 Gy") whose dose may be the total: read as
    the total over the count when the chart's other course statements give that total or its fraction's dose ("24
    Gy in 3 fractions", "8 Gy per fraction") and none gives the product; as written when one gives the product or
    each fraction's dose as written, or gives the same dose with another count (the count is in question there, not
    the dose); else by plausibility: a fraction of a course of two or more is never larger than
    its site's ``fraction_dose_max`` ("24 Gy x3" for a spine is 24 Gy in 3, 8 Gy a fraction), and such a reading
    keeps the dose as written (``doubted_gy``) for a review flag: the reader was unsure."""
    out = list(doses)
    for i, d in enumerate(doses):
        if d.kind not in ("dose_times_n", "n_times_dose") or not d.counts or not d.fractions or d.fractions < 2 or \
                d.per_fraction_gy is None:
            continue
        n, per = d.fractions, d.per_fraction_gy
        others = [o for o in doses if o is not d and o.counts]
        each = [o.per_fraction_gy if o.kind == "dose_per_fraction" else o.total_gy for o in others
                if o.kind == "dose_per_fraction" or (o.kind == "dose" and column_role(
                    text[line_around(text, o.start)[0]:o.start], vocab) == "per_fraction")]  # "Dose per fraction: 8 Gy"
        product = any(_near(o.total_gy, per * n) or (o.fractions == n and _near(o.per_fraction_gy, per))
                      for o in others) or any(_near(g, per) for g in each)
        total = any(_near(o.total_gy, per) and (o.fractions == n or o.kind == "total") for o in others) or \
            any(_near(g, per / n) for g in each)
        if product or any(o.fractions not in (None, n) and (_near(o.total_gy, per) or _near(o.per_fraction_gy, per))
                          for o in others):
            continue  # (the dose said again with another count, "eighteen gray times three, no, times one ... eighteen
            # gray in one fraction": the count is in question, not the dose, and the chart's own regimen stands)
        limit = _fraction_dose_max(text, d, vocab)
        if not total and (limit is None or per <= limit):
            continue
        out[i] = replace(d, total_gy=per, per_fraction_gy=round(per / n, 3), kind="dose_in_fractions",
                         doubted_gy=None if total else per)
    return out


def each_fraction(text: str, vocab: Vocabulary, doses: list[DoseStatement]) -> list[DoseStatement]:
    """A bare dose right after a regimen that its clause marks as each fraction's ("30 Gy in 5 fractions, 6 Gy each",
    "thirty gray in five fractions of six gray", "..., each of 6 Gy"; patterns.each_fraction_link and
    each_fraction_after) and that is the regimen's total over its count is the dose of each fraction: kind
    ``dose_per_fraction``, its course role ``per_fraction``, never a second course dose beside the regimen."""
    link, after = vocab.patterns["each_fraction_link"], vocab.patterns["each_fraction_after"]
    out = list(doses)
    for i in range(1, len(doses)):
        a, b = doses[i - 1], doses[i]
        if b.kind != "dose" or a.kind not in REGIMEN_KINDS or not a.total_gy or not a.fractions or \
                b.total_gy is None or apart(b.total_gy * a.fractions, a.total_gy, SAME_GY):
            continue
        m = link.match(text[a.end:b.start])
        if m is None or not (m.group("each") or after.match(text[b.end:b.end + 20])):
            continue
        out[i] = replace(b, per_fraction_gy=b.total_gy, total_gy=None, kind="dose_per_fraction",
                         role="per_fraction" if b.role in vocab.roles.course_roles else b.role)
    return out


def products(text: str, vocab: Vocabulary, doses: list[DoseStatement]) -> list[DoseStatement]:
    """A bare dose that works out the regimen right before it ("Rx 700 cGy x 5 = 3500 cGy", "8 Gy x 3 fractions
    equals 24 Gy"; patterns.product_link between them) and is its product restates that regimen: it takes the role
    ``product`` and counts no more, so the regimen alone is read (a plan's only on a course stopped early, a lower
    dose level), never a dose of its own written without a count."""
    link = vocab.patterns["product_link"]
    out = list(doses)
    for i in range(1, len(doses)):
        a, b = doses[i - 1], doses[i]
        if b.kind != "dose" or a.kind not in REGIMEN_KINDS or a.total_gy is None or b.total_gy is None or \
                not a.fractions or apart(a.total_gy, b.total_gy, SAME_GY) or not link.match(text[a.end:b.start]):
            continue
        out[i] = replace(b, per_fraction_gy=a.per_fraction_gy, fractions=a.fractions, kind=a.kind, counts=False,
                         role="product")
    return out




def phase_totals(text: str, ctx: TextContext, doses: list[DoseStatement]) -> list[DoseStatement]:
    """A stated total that only restates the product of the phase just before it ("45 Gy in 25 fractions, then a
    boost of 1.8 Gy x 3 fractions, total dose 5.4 Gy", "... for a total of 5.4 Gy") is that phase's total, not
    the course's: where an earlier phase of the same sentence gives a larger dose (a course's total is never less
    than one of its phases), it takes the role phase and no longer counts. A total that is the sum, or the only
    phase's product, stays the course's."""
    out = list(doses)
    for i, t in enumerate(doses):
        if t.kind != "total" or not t.counts or t.total_gy is None:
            continue
        s, e = ctx.sentence(t.start)
        before = [d for d in doses[:i] if d.kind in REGIMEN_KINDS and d.counts and d.total_gy is not None
                  and d.fractions and s <= d.start and d.end <= t.start]
        if len(before) < 2:
            continue
        last = before[-1]
        if any(last.end <= d.start < t.start for d in doses[:i] if d.kind != "dose_per_fraction"):
            continue  # another dose between the phase and the total
        if near(last.total_gy, t.total_gy, SAME_GY) and \
                any((d.total_gy or 0.0) > t.total_gy + SAME_GY for d in before[:-1]):
            out[i] = replace(t, counts=False, role="phase")
    return out


def options(text: str, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement]) -> list[DoseStatement]:
    """Doses that one sentence offers as alternatives ("60 Gy in 8 fractions vs 50 Gy in 5", "18 Gy in 1 fraction
    or 24 Gy in 3 fractions", "50 Gy/5 if the duodenum allows, otherwise 40 Gy/5") take the role option: the
    sentence says what was talked over or what would be chosen, not what was given, which the chart states
    elsewhere. Only two different totals joined by the words of an alternative (patterns.alternative_link), at
    least one with its fraction count; their per-fraction doses between them go with them."""
    link = vocab.patterns["alternative_link"]
    out = list(doses)
    cands = [i for i, d in enumerate(doses) if d.total_gy is not None and d.kind != "dose_per_fraction" and
             (d.counts or d.role == "planned")]
    for i, j in zip(cands, cands[1:]):
        a, b = doses[i], doses[j]
        if a.fractions is None and b.fractions is None or near(a.total_gy or 0, b.total_gy or 0, SAME_GY):
            continue
        if ctx.sentence(a.start) != ctx.sentence(b.start) or not link.search(text[a.end:b.start]):
            continue
        for k in range(i, j + 1):
            if k in (i, j) or doses[k].kind == "dose_per_fraction":
                out[k] = replace(doses[k], counts=False, role="option")
    return out


def requested(text: str, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement]) -> list[DoseStatement]:
    """A dose that a referral or a request asked for ("referred by Dr. Lee for SBRT 50 Gy in 5 fractions", "the
    surgeon requested 30 Gy/5"; patterns.requested_dose, the words before it in its sentence) takes the role
    option when the chart writes another dose of the course, with its fractions, that differs from it: what
    was asked for is not what was given. A request that the chart's other doses agree with, or the only dose
    written, keeps its role."""
    rx = vocab.patterns["requested_dose"]
    asked = [i for i, d in enumerate(doses) if d.counts and d.total_gy is not None and
             rx.search(text[ctx.sentence(d.start)[0]:d.start])]
    if not asked:
        return doses
    given = [d for i, d in enumerate(doses) if i not in asked and d.counts and d.fractions and d.total_gy is not None]
    out = list(doses)
    for i in asked:
        d = doses[i]
        if given and all(apart(g.total_gy or 0, d.total_gy or 0, SAME_GY) or g.fractions != d.fractions
                         for g in given):
            out[i] = replace(d, counts=False, role="option")
    return out


def prose_phases(text: str, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement]) -> list[DoseStatement]:
    """Phases written in prose for one target: two doses with their fractions in one sentence, the second
    joined to the first as a sequential part of the course ("30 Gy in 3 fractions, followed by a 20 Gy boost
    in 2 fractions") and naming no other place, become one statement of their sum (kind "phases", the parts
    kept for evidence); the parts no longer count on their own. Never summed: alternatives ("either ... or"),
    a simultaneous integrated boost's dose levels, or a dose that does not count (a prior course, planned
    only)."""
    pats = vocab.patterns
    out = list(doses)
    rated = [d for d in doses if d.counts and d.total_gy is not None and d.fractions and
             d.kind in REGIMEN_KINDS]
    for a, b in zip(rated, rated[1:]):
        s, e = ctx.sentence(a.start)
        if not s <= b.start < max(e, a.end) or a not in out or b not in out:
            continue
        between = text[a.end:b.start]
        sentence = text[s:max(e, b.end)]
        if not pats["phase_link"].match(between) or pats["not_phases"].search(sentence):
            continue
        if not pats["phase_word"].search(text[a.end:min(len(text), b.end + 30)]) and \
                not pats["phase_word"].search(text[s:a.start]):
            continue
        if vocab.lesion_noun.search(between) or re.search(r"\bto\s+(?:the\s+)?(?:left|right|other)\b", between, re.I):
            continue  # another target named between them
        total = round((a.total_gy or 0.0) + (b.total_gy or 0.0), 3)
        summed = DoseStatement(a.start, b.end, total, None, (a.fractions or 0) + (b.fractions or 0), "phases",
                               True, "delivered", parts=((a.start, a.end, a.total_gy or 0.0, a.fractions),
                                                         (b.start, b.end, b.total_gy or 0.0, b.fractions)))
        out = [x for x in out if x is not a and x is not b] + [summed,
                                                                  replace(a, counts=False, role="phase"),
                                                                  replace(b, counts=False, role="phase")]
    return phases_across(text, ctx, vocab, sorted(out, key=lambda d: d.start))


_HEADING_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z0-9 /&'-]{1,40}[ \t]*$")


def _lead(text: str, ctx: TextContext, d: DoseStatement) -> str:
    """The words before a dose in its own sentence and line ("Phase 2 (boost): ")."""
    start = max(ctx.sentence(d.start)[0], line_around(text, d.start)[0])
    return text[start:d.start] if start <= d.start else ""


def _places(text: str, vocab: Vocabulary) -> set[str]:
    """The place words of a sentence (sides, levels, anatomy): what tells one target from another."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() in vocab.laterality}
    words |= {m.group(0).upper() for m in vocab.vertebral_level.finditer(text)}
    for rx in vocab.site_terms.values():
        words |= {m.group(0).lower() for m in rx.finditer(text)}
    return words


def phases_across(text: str, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement]) -> list[DoseStatement]:
    """Phases of one target written on separate sentences or lines of the same section ("Phase 1: 30 Gy in 3
    fractions to PTV_L. ... Phase 2 (boost): 6 Gy in 1 fraction", "Initial course: 45 Gy in 25 fractions ...
    Cone-down: 9 Gy in 5 fractions"): each later dose whose own line calls it a boost, cone-down or later phase
    joins the dose before it, and the run becomes one statement of their sum (kind "phases"), as
    :func:`prose_phases` does within a sentence. Never joined: doses in different documents or under different
    headings, a dose that names another place, a first phase written again ("Phase 1" after "Phase 2"), either/or
    alternatives and integrated-boost levels, and doses that do not count (a prior course, planned only). A
    first phase read as an earlier course only by its "initial" wording ("Initial course: 45 Gy ...") is this
    course's when a later phase follows it and nothing else in its sentence is history."""
    pats = vocab.patterns
    parts = [(p.start, p.end) for p in ctx.document.parts] or [(0, len(text))]

    def part(offset: int) -> int:
        return next((i for i, (s, e) in enumerate(parts) if s <= offset < e), -1)

    def first_phase(d: DoseStatement) -> bool:
        return bool(pats["phase_first"].search(_lead(text, ctx, d)))

    def usable(d: DoseStatement) -> bool:
        if d.total_gy is None or not d.fractions or d.kind not in REGIMEN_KINDS:
            return False
        if d.counts:
            return True
        s, e = ctx.sentence(d.start)  # "Initial course: 45 Gy in 25 fractions" (HISTORICAL by "initial" alone)
        return d.role == "prior" and first_phase(d) and not pats["other_history"].search(text, s, max(e, d.end))

    def number(d: DoseStatement) -> int | None:
        m = pats["phase_number"].search(_lead(text, ctx, d))
        if not m:
            return None
        return vocab.numeral(m.group("n"))  # "2", "ii", "two"

    def later_phase(a: DoseStatement, b: DoseStatement) -> bool:
        lead = _lead(text, ctx, b)
        sa, sb = ctx.sentence(a.start), ctx.sentence(b.start)
        if sa == sb or part(a.start) != part(b.start) or first_phase(b):
            return False  # one sentence: prose_phases; another document; a first phase starts a new run
        if not (pats["phase_word"].search(lead) or pats["phase_word"].search(text, b.end, min(len(text), b.end + 30))):
            return False
        between = text[a.end:b.start]
        if any(not pats["phase_word"].search(m.group(0)) and not pats["phase_first"].search(m.group(0))
               for m in _HEADING_LINE.finditer(between)):
            return False  # a heading between them: another section
        for s, e in (sa, sb):
            if pats["not_phases"].search(text, s, max(e, b.end if s == sb[0] else a.end)):
                return False
        na, nb = number(a), number(b)
        if nb is not None and na is not None and nb != na + 1:
            return False
        extra = _places(text[sb[0]:max(sb[1], b.end)], vocab) - _places(text[sa[0]:max(sa[1], a.end)], vocab)
        return not extra  # a later dose naming another place is another target's

    cands = [d for d in doses if usable(d)]
    counting = [d for d in doses if d.counts and d.total_gy is not None]
    out = list(doses)
    run: list[DoseStatement] = []

    def close() -> None:
        nonlocal out
        if len(run) >= 2:
            total = round(sum(d.total_gy or 0.0 for d in run), 3)
            fx = sum(d.fractions or 0 for d in run)
            summed = DoseStatement(run[0].start, run[-1].end, total, None, fx, "phases", True, "delivered",
                                   parts=tuple((d.start, d.end, d.total_gy or 0.0, d.fractions) for d in run))
            ids = {id(d) for d in run}
            out = [x for x in out if id(x) not in ids] + [summed] + [replace(d, counts=False, role="phase")
                                                                     for d in run]
        run.clear()

    for d in cands:
        if run:
            prev = run[-1]
            between = [c for c in counting if prev.end <= c.start < d.start and c is not d]
            if not between and later_phase(prev, d) and d.counts:
                run.append(d)
                continue
            close()
        run.append(d)
    close()
    return sorted(out, key=lambda d: d.start)


# the roles of a dose written as this course's but not taken: a replaced order (status_role), an option not chosen
_NOT_CHOSEN = ("superseded", "option")


def fraction_claims(text: str, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement],
                    tables: tuple[Table, ...], lines: str | None = None) -> list[FractionClaim]:
    """Every affirmed statement of how many fractions this course had. ``lines``: the same text with its soft line
    breaks kept (a log written one fraction a line, :func:`log_lines`), else ``text``."""
    claims: list[FractionClaim] = []
    spans: list[tuple[int, int]] = []
    part = vocab.patterns["fractions_part"]
    # a log written as a table read as such counts by its rows (below); one in a table of no known kind (rows
    # without column titles: "Fx 1  10/26/2026  1000 cGy ... cum 1000") counts by its entries
    logs = [t for t in fraction_grids(tables, vocab) if fraction_table_rows(t, vocab)]
    for d in doses:
        if d.fractions and d.counts and d.kind != "fraction_table" and \
                part.search(text[line_around(text, d.start)[0]:d.start]):
            spans.append((d.start, d.end))  # "Prescription for fractions 3-5: 8 Gy per fraction x 3": a part's count
        elif d.fractions and d.counts and d.kind != "fraction_table":  # the table's own claim is below
            claims.append(FractionClaim(d.fractions, d.start, d.end, d.kind, 3.0))
            spans.append((d.start, d.end))
        elif d.kind == "fraction_table" and d.record and not any(c.start <= d.start < c.end for t in logs
                                                                 for row in t.rows for c in row):  # inline_logs
            claims.append(FractionClaim(d.fractions or 0, d.start, d.end, "fraction_table", 4.0, "delivered"))
            spans.append((d.start, d.end))
        elif d.role in _NOT_CHOSEN:  # a replaced order's or an option's count is not read again on its own
            spans.append((d.start, d.end))

    def inside(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in spans)

    pats = vocab.patterns
    stopped: list[tuple[FractionClaim, int]] = []  # (k delivered, n planned) of "k of n" statements
    indexes: list[tuple[int, int, int]] = []  # (where, k, n) of "fraction k of n" indexes
    stages: list[tuple[int, int, int, int]] = []  # (start, end, k, n) of "stage k of n" headings
    for m in _matches(pats["fraction_of"], text):
        k = _count(vocab, m.group("k") or m.group("k2"))
        n = _count(vocab, m.group("n") or m.group("n2"))
        if k is None or n is None or not 1 <= k <= n <= MAX_FRACTIONS or not ctx.counts(m.start(), m.end()) or \
                inside(m.start(), m.end()):
            continue
        if m.group("stage"):
            # "STAGE 2 OF 2": the stage a note records, no count of the course on its own (a chart of stage 2 alone
            # records one session); the stages the chart records are counted below
            stages.append((m.start(), m.end(), k, n))
            continue
        if m.group("k"):
            indexes.append((m.start(), k, n))
        if pats["planned_after"].match(text[m.end("n") if m.group("n") else m.end("n2"):]) or \
                "planned" in m.group(0).lower() or \
                _course_stopped_before(text, m.start(), vocab) or \
                (m.group("k2") and (pats["fractions_given_after"].match(text[m.end():m.end() + 30]) or
                                    pats["fractions_given_before"].search(text[max(0, m.start() - 30):m.start()]))):
            # "30 Gy delivered in 3 of 5 planned fractions", "stopped after fraction 3 of 5", "3 of 5 fractions
            # delivered", "completed 3 of 5 fractions": k were delivered; when k < n, of n planned
            claim = FractionClaim(k, m.start(), m.end(), "fraction_of", 3.0, "delivered" if k < n else "course")
            claims.append(claim)
            if k < n:
                stopped.append((claim, n))
        elif m.group("k") and k < n and \
                claim_role(text, ctx, FractionClaim(n, m.start(), m.end(), "fraction_of", 3.0), vocab) == "delivered":
            # "received fraction 1 of 3", "Fx 2/5 delivered today": an index; the delivery words are about
            # fraction k, and n is the plan's length, never a count delivered
            claims.append(FractionClaim(n, m.start(), m.end(), "fraction_of", 3.0, "planned"))
        else:
            claims.append(FractionClaim(n, m.start(), m.end(), "fraction_of", 3.0))
        spans.append((m.start(), m.end()))
    claims, stopped = _resumed(claims, stopped, indexes)
    halted: list[FractionClaim] = []  # "The course was stopped after 2 fractions": k delivered, the plan's n unsaid
    for m in _matches(pats["course_stopped_count"], text):
        kth = m.group("kth")
        k = dict(vocab.ordinal_words).get(kth.lower()) if kth else _count(vocab, m.group("k") or m.group("k2"))
        if k is None or not 1 <= k <= MAX_FRACTIONS or not ctx.counts(m.start(), m.end()) or \
                inside(m.start(), m.end()) or not stops_this_course(text, m.start(), m.end(), vocab):
            continue
        at = m.start("kth") if kth else m.start("k") if m.group("k") else m.start("k2")
        halted.append(FractionClaim(k, at, m.end(), "course_stopped", 3.0, "delivered"))
        spans.append((at, m.end()))
    claims += halted
    for m in _matches(pats["fraction_count"], text):
        if inside(m.start(), m.end()):
            continue
        n = _count(vocab, m.group("n"))
        if n is None or not 1 <= n <= MAX_FRACTIONS or not ctx.counts(m.start(), m.end()) or \
                pats["fraction_count_part_before"].search(text, max(0, m.start() - 24), m.start()):
            continue  # ("Remaining 3 fractions delivered with v2": a part of the course, not its count)
        lo, hi = line_around(text, m.start(), m.end())
        line = text[lo:hi]
        if pats["fraction_count_range_before"].search(text, max(0, m.start() - 24), m.start()) and \
                pats["fraction_count_range_line"].search(line):
            continue  # "Course: SBRT lung - 1-5 fractions": the end of a range a name or template gives, no count
        claims.append(FractionClaim(n, m.start(), m.end(), "fraction_count", 2.0))
        spans.append((m.start(), m.end()))
    for m in _matches(pats["fraction_field"], text):
        n = _count(vocab, m.group("n"))
        if n and 1 <= n <= MAX_FRACTIONS and ctx.counts(m.start(), m.end()) and not inside(m.start(), m.end()):
            claims.append(FractionClaim(n, m.start(), m.end(), "fraction_field", 3.0))
            spans.append((m.start(), m.end()))
    parts = [(p.start, p.end) for p in ctx.document.parts] or [(0, len(text))]
    staged = {k for _s, _e, k, n in stages if n > 1}
    if len(staged) > 1:  # the notes of several stages of one course ("STAGE 1 OF 2", "STAGE 2 OF 2"): each records a
        # session, and the course is as many sessions as the stages recorded
        first = min(stages)
        claims.append(FractionClaim(len(staged), first[0], first[1], "fraction_of", 3.0))
        indexes += [(s, k, n) for s, _e, k, n in stages]
    for m in _matches(pats["single_session"], text):
        if pats["fraction_counted_as_before"].search(text, max(0, m.start() - 24), m.start()):
            continue  # "given in two parts and counts as one fraction": how one session is counted
        if any(s <= m.start() < e and any(s <= at < e and n > 1 for at, _k, n in indexes) for s, e in parts):
            continue  # a note of one session of several ("STAGE 2 OF 2", "Session 1 of 3"): its "delivered in one
            # sitting" is how that session was given, never the course's count
        if not inside(m.start(), m.end()) and ctx.counts(m.start(), m.end()):
            claims.append(FractionClaim(1, m.start(), m.end(), "single_session", 2.0))
    cells = [(c.start, c.end) for t in logs for row in t.rows for c in row]
    # a log written one fraction a line and read as no table
    for s, e, n in log_lines(lines if lines is not None else text, ctx, vocab):
        if n and not inside(s, e) and not any(a <= s < b for a, b in cells):
            claims.append(FractionClaim(n, s, e, "fraction_table", 4.0, "delivered"))
    for t in fraction_grids(tables, vocab):
        n = fraction_table_rows(t, vocab)
        if n:
            first = t.rows[0][0]
            last = t.rows[-1][-1]
            if ctx.counts(first.start, first.end):
                # a dated record of each fraction is what was given: it outweighs a narrative count
                dated = _dated(t, vocab, index_column(t, vocab) or 0)
                claims.append(FractionClaim(n, first.start, max(last.end, first.end), "fraction_table",
                                            4.0 if dated else 3.0, "delivered" if dated else "course"))
    for c in halted:  # of the one larger count the chart gives: the plan's
        more = {o.n for o in claims if o.n > c.n and o.role != "superseded"}
        if len(more) == 1:
            stopped.append((c, more.pop()))
    claims = _prefer_delivered(text, ctx, ranked(claims, ctx, vocab), vocab)
    return held_fractions(text, ctx, vocab, claims, stopped)


def _course_stopped_before(text: str, at: int, vocab: Vocabulary) -> bool:
    """Whether the words just before the "k of n" at ``at`` stop the course there ("stopped after fraction 3 of 5",
    patterns ``course_stopped_before``), and what they stop is this course, not a drug ("dexamethasone was stopped
    after 3 of 5 fractions": nlp.interruptions)."""
    lo = max(0, at - 60)
    m = vocab.patterns["course_stopped_before"].search(text, lo, at)
    return m is not None and stops_this_course(text, m.start(), m.end(), vocab)


def _resumed(claims: list[FractionClaim], stopped: list[tuple[FractionClaim, int]],
             indexes: list[tuple[int, int, int]]) -> tuple[list[FractionClaim], list[tuple[FractionClaim, int]]]:
    """A course stopped after k of n fractions ("on hold after 2 of 5") and then resumed: a later "fraction k' of
    n" index with k' > k says fraction k' was given after the pause. Resumed to fraction n, the pause ended
    nothing (its claim is dropped: no interrupted course); resumed to k' < n, k' were given."""
    out_claims, out_stopped = list(claims), []
    for claim, n in stopped:
        later = [k for at, k, nn in indexes if nn == n and at > claim.end and k > claim.n]
        if not later:
            out_stopped.append((claim, n))
            continue
        out_claims.remove(claim)
        if max(later) < n:
            claim = replace(claim, n=max(later))
            out_claims.append(claim)
            out_stopped.append((claim, n))
    return out_claims, out_stopped


def _held_count(m: "re.Match[str]", vocab: Vocabulary) -> tuple[int, frozenset[int]] | None:
    """How many fractions a ``fraction_held`` match says were not given, and their numbers when it names them."""
    which = m.group("which") or m.group("which2") or m.group("which3")
    if which:
        bounds = [int(x) for x in re.findall(r"\d{1,2}", which)]
        if re.search(r"-|–|\bto\b|through", which) and len(bounds) == 2 and bounds[0] < bounds[1]:
            numbers = frozenset(range(bounds[0], bounds[1] + 1))
        else:
            numbers = frozenset(bounds)
        return len(numbers), numbers
    said = m.group("n") or m.group("n2") or m.group("last")
    if said:
        n = _count(vocab, said)
        return (n, frozenset()) if n else None
    return 1, frozenset()  # "the last fraction was cancelled", "she missed her fraction"


def held_fractions(text: str, ctx: TextContext, vocab: Vocabulary, claims: list[FractionClaim],
                   stopped: list[tuple[FractionClaim, int]] = ()) -> list[FractionClaim]:
    """A course without a dated per-fraction log whose narrative says fractions were not given: "Fraction 5 was
    held for pneumonitis", "the last fraction was cancelled", "she received 4 of the 5 planned fractions",
    "stopped after fraction 3 of 5". The count delivered is a claim of role delivered (the plan's count less
    the fractions held); the claims of the plan's count take the role planned, so the course's count is the
    delivered one and review.fraction_flags flags the interrupted course. A fraction held and made up in the same
    sentence ("held and made up on Monday", "rescheduled and delivered the next day"), or a chart that also says
    the plan's count was delivered, lowers nothing. ``stopped``: "k of n" claims already read (k, of n planned)."""
    if not claims:
        return claims
    logged = {c.n for c in claims if is_record(c)}
    if logged:  # a dated log is the record: held_fractions never second-guesses it; a "stopped after 2 of 3" that
        # agrees with the log still says what the plan was (3: planned only)
        stopped = [(k, n) for k, n in stopped if k.n in logged]
    pats = vocab.patterns
    out = list(claims)
    said = {(k.start, k.end) for k, _ in stopped}
    plan = course_fractions([c for c in claims if (c.start, c.end) not in said])
    if plan is not None and not stopped and not logged:
        numbers: set[int] = set()
        most, first = 0, None
        for m in _matches(pats["fraction_held"], text):
            if not ctx.counts(m.start(), m.end()):
                continue
            s, e = ctx.sentence(m.start())
            if pats["fraction_made_up"].search(text, m.end(), max(e, m.end())):
                continue
            held = _held_count(m, vocab)
            if held is None or any(i < 1 or i > plan.n for i in held[1]):
                continue
            numbers |= held[1]
            most = max(most, held[0])
            first = first or m
        count = max(most, len(numbers))
        given = {c.n for c in claims if c.role == "delivered"}
        if first is not None and 1 <= plan.n - count < plan.n and plan.n not in given:
            claim = ranked([FractionClaim(plan.n - count, first.start(), first.end(), "fraction_held", 3.0,
                                          "delivered")], ctx, vocab)[0]
            out.append(claim)
            stopped = [(claim, plan.n)]
    for claim, n in stopped:
        planned = [c for c in out if c.n == n and c.role == "course"]
        out = [replace(c, role="planned") if c.role == "course" and c.n == n else c for c in out]
        if not planned and not any(c.n == n and c.role == "planned" for c in out):
            out.append(FractionClaim(n, claim.start, claim.end, claim.kind, 0.0, "planned", claim.rank))
    return out


def claim_role(text: str, ctx: TextContext, c: FractionClaim, vocab: Vocabulary) -> str:
    """A fraction count's role by its line: delivered, planned, or course (says neither, or both); superseded
    when its sentence retires its plan."""
    s, e = ctx.sentence(c.start)
    line = text[s:max(e, c.end)]  # a key/value row ("Planned<tab>50 Gy ...") is its own sentence
    if vocab.patterns["superseded_claim"].search(line):
        return "superseded"  # "The 3-fraction plan is retired and must not be treated": no count of this course
    before, after = _own_line(text, c.start, c.end, vocab)
    if vocab.patterns["superseded_after"].match(after) or vocab.patterns["abandoned_before"].search(before):
        return "superseded"  # "Single-session plan abandoned", "we discarded the 3-fraction plan": a plan not given
    if vocab.patterns["option_abandoned_before"].search(text, s, c.start) and \
            vocab.patterns["option_replaced_after"].search(text, c.end, max(e, c.end)):
        return "superseded"  # "I had initially thought of a single session, but ... I now favour three fractions"
    if vocab.patterns["completed_status"].search(_own_line(text, c.start, c.end, vocab)[1]):
        return "delivered"  # an order's status on its line: "40 Gy / 5 fx ....... COMPLETED 11/13/2026"
    given = bool(vocab.patterns["delivered_words"].search(line))
    plan = bool(vocab.patterns["planned_words"].search(line))
    if given and plan:  # "Total delivered: 8 Gy in 1 fraction (of a planned 40 Gy in 5)": each count's own clause,
        # between the brackets or semicolons around it, says which it is when it holds the words of only one role
        end = max(e, c.end)
        brk = vocab.patterns["role_clause_break"]
        lo = max([s] + [m.end() for m in brk.finditer(text, s, c.start)])
        stop = brk.search(text, c.end, end)
        hi = stop.start() if stop else end
        given = bool(vocab.patterns["delivered_words"].search(text, lo, hi))
        plan = bool(vocab.patterns["planned_words"].search(text, lo, hi))
    if plan and not given and not vocab.patterns["planned_words"].search(text, s, c.start) and \
            vocab.patterns["part_of_planned_after"].match(text, c.end, max(e, c.end)):
        return "delivered"  # "eighteen gray in two fractions, out of twenty seven gray in three prescribed": the part
        # given, measured against the plan the words after it name
    return "delivered" if given and not plan else "planned" if plan and not given else "course"


def _prefer_delivered(text: str, ctx: TextContext, claims: list[FractionClaim],
                      vocab: Vocabulary) -> list[FractionClaim]:
    """Every claim gets its role; when the chart states both a planned and a delivered count that differ
    (an interrupted course), the delivered one is this course's count: its statements weigh more."""
    claims = [c if c.role != "course" else replace(c, role=claim_role(text, ctx, c, vocab)) for c in claims]
    delivered = {c.n for c in claims if c.role == "delivered"}
    planned = {c.n for c in claims if c.role == "planned"}
    if not delivered or not planned or delivered == planned:
        return claims
    return [replace(c, weight=c.weight + 3.0) if c.n in delivered and c.n not in planned else c for c in claims]


def table_roles(doses: list[DoseStatement], tables: tuple[Table, ...], vocab: Vocabulary) -> list[DoseStatement]:
    """A dose written in a table cell takes its role from the column's title: "6 Gy" under "Dose/fx" is a
    per-fraction dose (never a total), "12 Gy" under "Max per fraction" or "Mean (Gy)" is no target dose, and
    every dose of a table whose first column is titled "Organ at risk" is an organ's, as is every dose of a row
    whose first cell names an organ or a metric ("Brainstem D0.1cc | 21.3 Gy | < 23 Gy"). A key/value row's key
    titles its value the same way ("Maximum dose | 24 Gy" is a maximum), and a cell stating a goal by comparison
    ("Dmax <= 115%", "D1cc < 21 Gy") makes the doses after it on its row achieved values (metric). A row whose
    status cell says it was replaced ("Superseded", "Withdrawn": ``superseded_row``) gives its doses no course role
    ("superseded")."""
    cols: list[tuple[int, int, str]] = []  # (start, end, role) of every cell under a titled column
    for t in tables:
        for row in t.rows:  # a key/value row ("Maximum dose | 24 Gy"): its key titles its value
            key = column_role(row[0].text, vocab) if len(row) == 2 and row[1].end > row[1].start else None
            if key is not None:
                cols.append((row[1].start, row[1].end, key))
            elif len(row) >= 3 and row[0].text.strip():  # "Cochlea R, mean | 4.1 Gy | record", "Brainstem DO.1cc |
                # 21.3 Gy | < 23 Gy": a row headed by an organ's name or a metric is that organ's (the cue's words
                # stand in a cell of their own, no dose's words before it in its line)
                organ = title_role(row[0].text, vocab)
                if organ in vocab.roles.not_target:
                    cols.extend((c.start, c.end, organ) for c in row[1:] if c.end > c.start)
            void = next((i for i, c in enumerate(row) if i and vocab.patterns["superseded_row"].match(c.text)), None)
            if void is not None:  # a revision history's "0 | 04/24/2026 | 3000 cGy / 5 fx | Superseded": the row's
                # prescription was replaced, no reading of this course's dose
                cols.extend((c.start, c.end, "superseded") for i, c in enumerate(row) if i != void and c.end > c.start)
            goal = next((i for i, c in enumerate(row) if vocab.patterns["constraint_goal"].search(c.text)), None)
            if goal is not None:  # "Rectum | D1cc < 21 Gy | 17.4 Gy": the achieved value of a constraint
                cols.extend((c.start, c.end, "metric") for c in row[goal + 1:] if c.end > c.start)
        titles = [column_role(c.text, vocab) for c in t.header]
        if not any(titles):
            continue
        if titles[0] == "organ_at_risk":  # "Organ at risk | Constraint | Achieved": each row is an organ's
            titles = ["organ_at_risk"] * len(titles)
        for row in t.rows:
            cols.extend((c.start, c.end, titles[i]) for i, c in enumerate(row[:len(titles)])
                        if titles[i] and c.end > c.start)
    if not cols:
        return doses
    out = []
    for d in doses:
        role = next((r for s, e, r in cols if s <= d.start < e), None)
        if role is None or not d.counts:
            out.append(d)
        elif role in vocab.roles.not_target or role == "superseded":
            out.append(replace(d, role=role, counts=False))
        elif role == "per_fraction" and d.kind == "dose":
            out.append(replace(d, kind="dose_per_fraction", per_fraction_gy=d.total_gy, total_gy=None,
                               role="per_fraction"))
        else:
            out.append(d)
    return out


def fraction_table_doses(tables: tuple[Table, ...], ctx: TextContext, vocab: Vocabulary) -> list[DoseStatement]:
    """A per-fraction delivery log with a dose column ("Fx | Date | Dose (Gy) | Cumulative") states the
    delivered total: the sum of the doses of the fractions given (role delivered)."""
    pats = vocab.patterns
    out: list[DoseStatement] = []
    for t in fraction_grids(tables, vocab):
        n = fraction_table_rows(t, vocab)
        if not n:
            given = dated_delivery(t, vocab)
            if given is not None and 0 < given[0] <= 100 and ctx.counts(t.rows[0][0].start, t.rows[0][0].end + 1):
                first, end = t.rows[0][0], t.rows[-1][-1]
                out.append(DoseStatement(first.start, max(end.end, first.end), given[0], given[1], given[2],
                                         "fraction_table", True, "delivered", True))
            continue
        index = index_column(t, vocab)
        cols = [i for i, h in enumerate(t.header) if i != index and pats["fraction_log_dose"].search(h.text)
                and column_role(h.text, vocab) is None and not cumulative_title(h.text, vocab)]
        if len(cols) != 1:
            last = _last_cumulative(t, vocab)  # no dose per fraction: the running total's last value
            if last is not None and 0 < last <= 100 and ctx.counts(t.rows[0][0].start, t.rows[0][0].end + 1):
                first, end = t.rows[0][0], t.rows[-1][-1]
                out.append(DoseStatement(first.start, max(end.end, first.end), last, None, n, "fraction_table",
                                         True, "delivered", _dated(t, vocab, index_column(t, vocab) or 0)))
            continue
        col, head = cols[0], t.header[cols[0]].text
        values = []
        for row in t.rows:
            if not row or pats["total_row"].match(row[0].text) or col >= len(row) or \
                    row_not_given([c.text for c in row[1:]], vocab):
                continue
            span = row_fractions(row[index].text, vocab) if index is not None and index < len(row) else None
            m = pats["number_cell"].match(row[col].text)
            if m and span is not None and len(span) > 1:
                m = None  # "15 Gy" on a row of fractions "1-5": each fraction's dose or the five's, unsaid
            m = m or pats["number_cell_each"].match(row[col].text)  # "3 Gy each": each of the row's fractions
            if not m:
                values = []
                break
            gy = to_gy(m.group("dose"), m.group("unit") or head_unit(head, vocab), vocab)
            values.extend([gy] * (len(span) if span is not None else 1))
        if len(values) > n and not any(pats["column_name"].search(h.text) for h in t.header):
            # several rows of each fraction, one per field of one target ("1 | ARC_1 | 450 | 450", "1 | ARC_2 | 450
            # | 900"): the fraction's dose is its rows' sum, and the running total's last value the course's
            last = _last_cumulative(t, vocab)
            if last is not None and near(last, sum(values), SAME_GY, strict=True):
                values = [round(last / n, 3)] * n
        misread: tuple[MisreadCell, ...] = ()
        if len(values) == n:
            values, misread = _running_total_steps(t, vocab, values, col, index)
        if len(values) != n or not 0 < sum(values) <= 100:
            continue
        first, last = t.rows[0][0], t.rows[-1][-1]
        if not ctx.counts(first.start, max(first.end, first.start + 1)):
            continue
        total = round(sum(values), 3)
        out.append(DoseStatement(first.start, max(last.end, first.end), total, values[0], n, "fraction_table",
                                 True, "delivered", _dated(t, vocab, index_column(t, vocab) or 0),
                                 misread=misread))
    return out


def _running_total_steps(t: Table, vocab: Vocabulary, values: list[float], dose_col: int,
                         index: int | None) -> tuple[list[float], tuple[MisreadCell, ...]]:
    """A per-fraction log's doses (``values``, one a fraction row; their column ``dose_col``, the fraction numbers'
    ``index``) checked against its running-total column: when the total runs on by the row's dose on every row but
    one (at least three rows) and the rows' sum is not its last value, that one dose cell is misread (a scan's
    "1725" where the total runs 2900 -> 3625 by 725): the total's step is its dose, and the cell is returned for a
    review flag to name (the correction is no silent one). Else the doses as they are, and no cell."""
    pats = vocab.patterns
    cols = [i for i, h in enumerate(t.header) if i and cumulative_title(h.text, vocab)]
    rows = [r for r in t.rows if r and not pats["total_row"].match(r[0].text) and
            not row_not_given([c.text for c in r[1:]], vocab)]
    if len(cols) != 1 or len(rows) != len(values) or len(values) < 3:
        return values, ()
    col, head = cols[0], t.header[cols[0]].text
    running = []
    for r in rows:
        m = pats["number_cell"].match(r[col].text) if col < len(r) else None
        if not m:
            return values, ()
        running.append(to_gy(m.group("dose"), m.group("unit") or head_unit(head, vocab), vocab))
    if near(running[-1], sum(values), SAME_GY, strict=True):
        return values, ()
    steps = [running[0]] + [round(b - a, 3) for a, b in zip(running, running[1:])]
    off = [k for k, (v, st) in enumerate(zip(values, steps)) if apart(v, st, SAME_GY, strict=True)]
    if len(off) != 1 or steps[off[0]] <= 0:
        return values, ()
    k = off[0]
    row = rows[k]
    label = row[index].text.strip() if index is not None and index < len(row) and row[index].text.strip() \
        else str(k + 1)
    cell = MisreadCell(row[dose_col], values[k], label, steps[k], rows[k - 1][col] if k else None, row[col],
                       tuple(rows[max(k - 1, 0):k + 1]))
    return [steps[j] if j == k else v for j, v in enumerate(values)], (cell,)


def dated_delivery(t: Table, vocab: Vocabulary) -> tuple[float, float, int] | None:
    """A treatment record with no fraction numbers, each row dated, and one column titled as the dose delivered
    ("Date | Field | MU | Planned cGy | Delivered cGy"; patterns column_delivered_dose), chosen over a planned
    one: (the delivered total in Gy, the first row's dose, the fractions: its distinct dates), else None. Like a
    numbered log (fraction_table_rows), it is the record of what was given; a row marked not given is none."""
    pats = vocab.patterns
    if not t.header or not t.rows or index_column(t, vocab) is not None:
        return None
    cols = [i for i, h in enumerate(t.header) if pats["column_delivered_dose"].match(h.text)]
    if len(cols) != 1:
        return None
    col, head = cols[0], t.header[cols[0]].text
    counted = [i for i, h in enumerate(t.header) if i != col and pats["column_fractions"].search(h.text)]
    days: set[str] = set()
    values = []
    for row in t.rows:
        if not row or pats["total_row"].match(row[0].text):
            continue
        cell, date = next(((c, m) for c in row if (m := pats["date"].search(c.text))), (None, None))
        if date is None or col >= len(row):
            return None
        if pats["date_range_start"].search(cell.text, 0, date.start()) or \
                len({m.group(0) for c in row for m in pats["date"].finditer(c.text)}) > 1 or \
                any(i < len(row) and _many_fractions(row[i].text, vocab) for i in counted):
            # a row from its first day to its last ("T10-L1 | 11/29 | 12/10 | 10 / 10 | 3000 cGy", a cell
            # "11/02-11/10/2026" whose first day has no year) or one that
            # counts its fractions: a course's summary row, not one session of a log
            return None
        if row_not_given([c.text for c in row], vocab):
            continue
        m = pats["number_cell"].match(row[col].text)
        if not m:
            return None
        values.append(to_gy(m.group("dose"), m.group("unit") or head_unit(head, vocab), vocab))
        days.add(date.group(0))
    if not values or not days:
        return None
    return round(sum(values), 3), values[0], len(days)


def _many_fractions(cell: str, vocab: Vocabulary) -> bool:
    """A cell that counts several fractions ("10", "10 / 10", "3 of 5"): a course's count, not one session."""
    m = vocab.patterns["of_count_cell"].match(cell)
    if m:
        return max(int(m.group(1)), int(m.group(2))) > 1
    n = vocab.number(cell.strip().rstrip(".,;:")) if cell.strip() else None
    return n is not None and n > 1


_LOG_GAP = 80  # the most characters between two entries of one log written in running text


def inline_logs(text: str, ctx: TextContext, vocab: Vocabulary) -> list[DoseStatement]:
    """A per-fraction delivery log written in running text, its entries numbered 1..n with a date and a dose each
    ("Fraction log: fx 1 10/07/2026 1800 cGy; fx 2 10/09/2026 1800 cGy; fx 3 ...", going on over the next lines
    after an aside such as "(Plan A)" while its numbering goes on): like a table's dated log
    (:func:`fraction_table_doses`), the sum of its doses is what was given (role delivered, record) and its
    entries count the fractions (:func:`fraction_claims`). Entries out of order, undated or negated are none."""
    pats = vocab.patterns
    out: list[DoseStatement] = []
    run: list["re.Match[str]"] = []

    def close() -> None:
        if len(run) >= 2 and [int(m.group("k")) for m in run] == list(range(1, len(run) + 1)):
            values = [to_gy(m.group("dose"), m.group("unit"), vocab) for m in run]
            total = round(sum(values), 3)
            if 0 < total <= 100 and all(ctx.counts(m.start(), m.end()) for m in run):
                out.append(DoseStatement(run[0].start(), run[-1].end(), total, values[0], len(run),
                                         "fraction_table", True, "delivered", True))
        run.clear()

    for m in _matches(pats["inline_log_entry"], text):
        gap = text[run[-1].end():m.start()] if run else ""
        if run and (int(m.group("k")) != int(run[-1].group("k")) + 1 or len(gap) > _LOG_GAP or gap.count("\n") > 2):
            close()  # the next entry goes on numbering within a line or two ("(Plan A) / -- re-planned -- / Fx 3")
        run.append(m)
    close()
    return out


def log_lines(text: str, ctx: TextContext, vocab: Vocabulary) -> list[tuple[int, int, int]]:
    """Per-fraction logs written as lines, each opening with its fraction's number and date ("Fx 1  10/13/2026  S7
    1500 (cum 1500) ... ok", "Fx 2  10/15/2026 ..."), one line after another and numbered 1..n: (start, end, the
    fractions given) of each; a line marked as not given or still to come (:func:`row_not_given`) is no fraction given.
    Like a table's dated log (fraction_table_rows), it is the record of what was given, whatever its doses' units."""
    pats = vocab.patterns
    out: list[tuple[int, int, int]] = []
    run: list["re.Match[str]"] = []

    def close() -> None:
        if len(run) >= 2 and [int(m.group("k")) for m in run] == list(range(1, len(run) + 1)) and \
                all(ctx.counts(m.start("k"), m.end()) for m in run):
            ends = [line_around(text, m.end())[1] for m in run]
            given = sum(1 for m, e in zip(run, ends) if not row_not_given(row_cells(text[m.end():e]), vocab))
            out.append((run[0].start("k"), ends[-1], given))
        run.clear()

    for m in _matches(pats["log_line_entry"], text):
        if run and (int(m.group("k")) != int(run[-1].group("k")) + 1 or
                    text.count("\n", run[-1].end(), m.start()) != 1):
            close()  # the next line goes on numbering, or the log ended
        run.append(m)
    close()
    return out


def given_counts(claims: list[FractionClaim]) -> set[int]:
    """The counts the chart says were delivered. Beside a dated log, a letter's ("she completed 27 Gy in three
    fractions") is hearsay and leaves the plan's count planned only; another record's ("Completed 4/4") still counts."""
    records = [c for c in claims if is_record(c)]
    return {c.n for c in claims if c.role == "delivered" and
            (not records or is_record(c) or c.rank != SOURCE_RANKS["letter"])}


def stopped_plans(claims: list[FractionClaim], course_fx: int | None) -> frozenset[int]:
    """On an interrupted course (a delivered count, the course's, and a different planned one), the counts the chart
    gives as planned only ({5} for "4 of 5 fractions delivered"); empty for a course given as planned."""
    delivered = given_counts(claims)
    planned = {c.n for c in claims if c.role == "planned"} - delivered
    if course_fx is None or course_fx not in delivered:
        return frozenset()
    return frozenset(planned)


def planned_only(doses: list[DoseStatement], claims: list[FractionClaim],
                 course_fx: int | None) -> list[DoseStatement]:
    """On an interrupted course (:func:`stopped_plans`), a dose written with the planned count only ("Planned: 30 Gy
    in 5 fractions") takes the role planned: no lesion's delivered dose comes from it."""
    planned = stopped_plans(claims, course_fx)
    if not planned:
        return doses
    return [replace(d, role="planned", counts=False) if d.counts and d.fractions in planned else d for d in doses]


def lower_levels(text: str, doses: list[DoseStatement], vocab: Vocabulary) -> list[DoseStatement]:
    """A dose written right after the label of a target's lower dose level ("PTV_HIGH 40 Gy / 5 fx; PTV_LOW 30 Gy / 5
    fx", a simultaneous integrated boost) when the chart also gives a higher dose of the same fraction count: a
    second level of one target, never its own lesion's or the target's dose (role ``dose_level``); the target's
    dose is its high level."""
    label = vocab.patterns["dose_level_label"]
    out = []
    for d in doses:
        if d.counts and d.total_gy is not None and d.kind != "dose" and \
                label.search(text, max(0, line_around(text, d.start)[0], d.start - 40), d.start) and \
                any(o.counts and o.total_gy is not None and o.total_gy > d.total_gy and o.kind != "dose"
                    and o.fractions == d.fractions for o in doses):
            d = replace(d, role="dose_level", counts=False)
        out.append(d)
    return out


_LEVEL_KINDS = ("dose", "dose_per_fraction", "fraction_table")


def integrated_levels(text: str, ctx: TextContext, doses: list[DoseStatement],
                      vocab: Vocabulary) -> list[DoseStatement]:
    """Two doses of one sentence that calls them a simultaneous integrated boost, or a boost within the target
    ("33 Gy in 5 fractions to PTV_33 with a GTV boost to 40 Gy in 5 fractions inside it", "45 Gy in 25 fractions
    with a simultaneous integrated boost to 55 Gy in 25 fractions"), in the same fractions: two dose levels of one
    target. Its dose of record is the higher level (the boost's, as a target table's boost row gives it), unless
    the chart names the lower level the prescription of record (patterns prescription_of_record) or states the
    lower level alone elsewhere (a completion line's "35 Gy in 5 fractions") and never the higher: the other level
    takes the role ``dose_level`` and counts no more."""
    pats = vocab.patterns
    out = list(doses)
    seen: set[tuple[int, int]] = set()
    for d in doses:
        if not d.counts or d.total_gy is None or d.kind in _LEVEL_KINDS or not d.fractions:
            continue
        s, e = ctx.sentence(d.start)
        if (s, e) in seen:
            continue
        seen.add((s, e))
        sentence = text[s:e]
        if not (pats["integrated_boost"].search(sentence) or
                (pats["boost_row"].search(sentence) and pats["nested_boost"].search(sentence))):
            continue
        levels = [k for k, o in enumerate(out) if s <= o.start < e and o.counts and o.total_gy is not None and
                  o.kind not in _LEVEL_KINDS and o.fractions == d.fractions]
        values = sorted({out[k].total_gy for k in levels})  # type: ignore[misc]
        if len(values) != 2:
            continue
        low, high = values
        rest = [o for o in doses if not s <= o.start < e and o.counts and o.total_gy is not None and
                o.fractions in (None, d.fractions)]
        named = any(out[k].total_gy == low and pats["prescription_of_record"].search(text, s, out[k].start)
                    for k in levels)
        alone = any(near(o.total_gy or 0.0, low, SAME_GY) for o in rest) and \
            not any(near(o.total_gy or 0.0, high, SAME_GY) for o in rest)
        drop = high if named or alone else low
        for k in levels:
            if out[k].total_gy == drop:
                out[k] = replace(out[k], role="dose_level", counts=False)
    return out


def fraction_grid(table: Table, vocab: Vocabulary) -> Table | None:
    """A flowsheet with the fractions as columns (a "Fraction | 1 | 2 | 3" row, and rows of dates, doses,
    cumulative dose, MU, imaging across them), turned into a per-fraction table with one row per fraction:
    the fraction row's title heads the first column, each other row's title heads a column. In a grid with
    a row of dates, a column left undated was not given (the last columns of an interrupted course). None
    when the table is no such grid."""
    pats = vocab.patterns
    grid = ([tuple(table.header)] if table.header else []) + [tuple(r) for r in table.rows]
    fx_row = next((r for r in grid if len(r) >= 3 and pats["fraction_table_header"].match(r[0].text) and
                   all(pats["fraction_index_only"].match(c.text) for c in r[1:] if c.text.strip()) and
                   sum(1 for c in r[1:] if c.text.strip()) >= 2), None)
    if fx_row is None:
        return None
    others = [r for r in grid if r is not fx_row and r]
    cols = [j for j in range(1, len(fx_row)) if fx_row[j].text.strip()]
    dates = [r for r in others if any(c.text.strip() for c in r[1:]) and
             all(pats["grid_date"].match(c.text) for c in r[1:] if c.text.strip())]
    if dates:
        row = dates[0]
        dated = [j for j in cols if j < len(row) and row[j].text.strip()]
        cols = dated or cols

    def cell(r: tuple[Cell, ...], j: int) -> Cell:
        return r[j] if j < len(r) else Cell("", fx_row[j].end, fx_row[j].end)

    header = (fx_row[0],) + tuple(r[0] for r in others)
    rows = tuple((fx_row[j],) + tuple(cell(r, j) for r in others) for j in cols)
    return Table(table.page, header, rows, table.box)


def _pipe_token(vocab: Vocabulary) -> re.Pattern[str]:
    """One value of a scanned table's row run together between "|" rulings: a date, a dose in any unit of
    quantity_roles.yaml ``dose_units`` ("20 Gy", "2000 cGy", "20 GyE", "20 Gy(RBE)", "2000 rad"), a percentage or a
    size (in a percent or a length form of quantity_roles.yaml ``cell_units``), a bare number or words."""
    percent, length = vocab.cell_unit("percent"), vocab.cell_unit("length")
    return cached_rx(r"(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?![\w/])|"
                     rf"(?P<dose>\d+(?:\.\d+)?\s*(?:{vocab.roles.unit_forms})(?![a-z]))|"
                     rf"(?P<percent>\d+(?:\.\d+)?\s*(?:{percent}))|"
                     rf"(?P<size>\d+(?:\.\d+)?\s*(?:{length})(?![a-z]))|(?P<number>\d+(?:\.\d+)?)(?![\w.])|"
                     r"(?P<text>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*)*)")


def pipe_table(table: Table, text: str, vocab: Vocabulary) -> Table:
    """A scanned table whose ruling lines were read as "|" characters, its cells run together ("8mm_ |
    20Gy 50% 40 Gy |4" under "Diam. | Rx dose | Isodose | Max | Shots"): the titles split at the bars, and
    each row's values given to the columns in order by their kind (a name, a size, a dose, a percentage,
    a count), so the Max column's dose stays a maximum. Other tables are returned unchanged."""
    rows = ([tuple(table.header)] if table.header else []) + [tuple(r) for r in table.rows]
    if len(rows) < 2 or not any("|" in c.text for c in rows[0]) or \
            sum(1 for r in rows if any("|" in c.text for c in r)) * 2 < len(rows):
        return table  # the titles themselves run together between bars, or the table is read right

    def split(cells: tuple[Cell, ...]) -> list[Cell]:
        out = []
        for c in cells:
            at = c.start
            for part in re.split(r"(\|)", text[c.start:c.end]):
                if part != "|" and part.strip():
                    lead = len(part) - len(part.lstrip())
                    out.append(Cell(part.strip(), at + lead, at + lead + len(part.strip())))
                at += len(part)
        return out

    titles = split(rows[0])
    if len(titles) < 3 or not all(len(t.text.split()) <= 3 for t in titles):
        return table
    pats = vocab.patterns

    def kind(title: str) -> str:
        if pats["column_size"].search(title) or pats["column_diameter"].search(title):
            return "size"
        if pats["column_percent"].search(title):
            return "percent"
        if pats["column_dose"].search(title) or column_role(title, vocab) is not None:
            return "dose"
        if pats["column_date"].search(title):
            return "date"
        if pats["column_name"].search(title) or not pats["column_count"].search(title):
            return "text"
        return "number"

    kinds = [kind(t.text) for t in titles]
    length = vocab.cell_unit("length")
    unit = cached_rx(rf"(?<![a-z])(?:{vocab.roles.unit_forms})(?![a-z])|{length}")  # a title naming its values' unit
    with_unit = [bool(unit.search(t.text)) for t in titles]
    value_rx = _pipe_token(vocab)  # one value of a row's run-together cells

    def fits(i: int, k: str, token: str) -> bool:
        """A value of kind k fits column i: its own kind; a bare number also a dose or size column whose
        title carries the unit, and a count column only when it is small enough to be a count."""
        if k == "number":
            if kinds[i] == "number":
                return float(token) <= MAX_FRACTIONS
            return kinds[i] in ("dose", "size") and with_unit[i]
        return kinds[i] == k

    out_rows = []
    for r in rows[1:]:
        cells: list[list[int]] = [[] for _ in titles]  # (start, end) of the values given to each column
        col = 0
        for c in r:
            for m in value_rx.finditer(text, c.start, c.end):
                k = m.lastgroup or "text"
                j = next((i for i in range(col, len(titles)) if fits(i, k, m.group(0))), None)
                if j is None and k == "text":
                    j = next((i for i in range(len(titles) - 1, -1, -1) if kinds[i] == "text"), None)
                if j is None:
                    continue
                cells[j].extend((m.start(), m.end()))
                col = max(col, j + 1 if k != "text" else j)
        out_rows.append(tuple(Cell(text[min(v):max(v)], min(v), max(v)) if v else
                              Cell("", r[-1].end, r[-1].end) for v in cells))
    return Table(table.page, tuple(titles), tuple(out_rows), table.box)


def chart_tables(tables: tuple[Table, ...], text: str, vocab: Vocabulary) -> tuple[Table, ...]:
    """The chart's tables as the reader uses them: a scanned table's "|" rulings split into its columns, and a
    header printed on two rows (a caption row over the column titles) read as one row of titles."""
    return tuple(pipe_table(stacked_header(t, vocab), text, vocab) for t in tables)


def _caption_cell(text: str, vocab: Vocabulary) -> bool:
    """A caption or column title: a few words, no value (no number on its own, no date)."""
    return len(re.findall(r"\w+", text)) <= 4 and not vocab.patterns["title_number"].search(text) and \
        not vocab.numeric_date.search(text)


def stacked_header(table: Table, vocab: Vocabulary) -> Table:
    """A table whose header a planning system prints on two rows: a sparse caption row ("Dose [Gy]" over
    "Rx | Min | Max", "Dose per fx" over "[cGy]", "Target" over the lesions' names of a table printed on its
    side) above a full row. Over a row of column titles, each caption joins the title under it ("Dose per fx
    [cGy]"), and a caption whose own title is a word ("Dose [Gy]" over "Rx") also the titles after it up to the
    next caption ("Dose [Gy] Max"): one header row. Over a row of names (a table with one column per lesion),
    the caption row is dropped (the names' row is the table's first). A caption in the first column is the
    table's own title and joins nothing. Other tables are returned unchanged."""
    rows = ([tuple(table.header)] if table.header else []) + [tuple(r) for r in table.rows]
    if len(rows) < 3 or len({len(r) for r in rows[:2]}) != 1 or len(rows[0]) < 3:
        return table
    top, below = rows[0], rows[1]
    width = len(top)
    caps = [j for j, c in enumerate(top) if c.text.strip()]
    filled = [j for j, c in enumerate(below) if c.text.strip()]
    if not caps or len(caps) * 2 > width or len(filled) < width - 1 or len(filled) <= len(caps) or \
            not all(_caption_cell(top[j].text, vocab) for j in caps):
        return table
    if not any(caps):
        return table  # a caption in the first column only: the table's own title
    pats = vocab.patterns
    names = all(_NAME_ID.fullmatch(below[j].text) or pats["target_structure"].match(below[j].text)
                for j in filled if j)
    if names:  # "Target" over "PTV1 | PTV2 | ...": the lesions' names are the table's first row
        return Table(table.page, (), tuple(rows[1:]), table.box)
    if not all(_caption_cell(below[j].text, vocab) and not pats["dose"].search(below[j].text) for j in filled):
        return table
    merged = list(below)
    for k, j in enumerate(caps):
        if not j:
            continue
        cap = top[j]
        own = not below[j].text.strip() or bool(pats["unit_cell"].match(below[j].text))  # one title on two lines
        stop = j + 1 if own else (caps[k + 1] if k + 1 < len(caps) else width)
        for i in range(j, stop):
            sub = below[i]
            merged[i] = Cell(f"{cap.text.strip()} {sub.text.strip()}".strip(),
                             *((sub.start, sub.end) if sub.text.strip() else (cap.start, cap.end)))
    return Table(table.page, tuple(merged), tuple(rows[2:]), table.box)


_NAME_ID = re.compile(r"\s*[A-Za-z]{1,8}[ _-]?\d{1,2}[A-Za-z]?\s*")  # "PTV1", "M 10", "Lesion 3", "T2"


def fraction_grids(tables: tuple[Table, ...], vocab: Vocabulary) -> list[Table]:
    """The tables, each flowsheet with the fractions as columns read as one row per fraction, and each
    per-fraction log that runs over a page break (its header row repeated, its fraction numbers going on
    where the last page's stopped) read as one table."""
    out: list[Table] = []
    for t in tables:
        grid = None if fraction_table_rows(t, vocab) else fraction_grid(t, vocab)
        t = grid or t
        joined = _continued(out[-1], t, vocab) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(t)
    return out


def index_column(table: Table, vocab: Vocabulary) -> int | None:
    """The column of a per-fraction table that numbers the fractions: the first, titled as fractions (or "#"
    in a dated table), never one titled as the target's ("Treatment Site": its "#1 L cerebellar" cells number
    lesions); else a later column titled only as the fraction number ("Date | Field | Fx | ...") in a table whose
    every row is dated (a treatment history printed date first)."""
    pats = vocab.patterns
    if not table.header or pats["revision_column"].match(table.header[0].text):
        return None  # (a prescription's revision history: "Rev | Status | Date | ... | Fx | Total")
    # ("Treatment Site", "Tx Target": the first column names each row's target, not its fraction)
    if not pats["column_name"].search(table.header[0].text) and (
            pats["fraction_table_header"].match(table.header[0].text) or
            (pats["fraction_table_number_header"].match(table.header[0].text) and _dated(table, vocab))):
        return 0
    cols = [i for i, h in enumerate(table.header) if i and pats["fraction_index_header"].match(h.text)]
    if len(cols) == 1 and _dated(table, vocab, cols[0]):
        return cols[0]
    return None


def row_fractions(cell: str, vocab: Vocabulary) -> range | None:
    """The fractions a per-fraction log's row is for, from its index cell: "3" or "Fx 3" is fraction 3, a range
    "1-5" fractions 1 to 5 (consecutive fractions given alike, one row); None when the cell numbers no fraction."""
    m = vocab.patterns["fraction_index_cell"].match(cell)
    if not m:
        return None
    k = int(m.group("k"))
    last = int(m.group("m")) if m.group("m") and int(m.group("m")) > k else k
    return range(k, last + 1)


def _fraction_numbers(table: Table, vocab: Vocabulary) -> list[int]:
    """The fraction numbers of a per-fraction table's rows (no total row; a row "1-5" gives each), else []."""
    col = index_column(table, vocab)
    if col is None:
        return []
    out: list[int] = []
    for row in table.rows:
        if row and vocab.patterns["total_row"].match(row[0].text):
            continue
        span = row_fractions(row[col].text if col < len(row) else "", vocab)
        if span is None:
            return []
        out.extend(span)
    return out


def _continued(before: Table, table: Table, vocab: Vocabulary) -> Table | None:
    """``before`` and ``table`` as one table when ``table`` continues it over a page break: the same column
    titles, and fraction numbers that go on from the last one of ``before`` (5, then 6, 7, 8; or the rest of
    fraction 2's rows in a log with a row per field). A continuation printed without its header row (the next
    page's table starts with its rows) continues it when each of its rows has as many cells as ``before``'s
    titles and its fraction numbers, read under those titles, go on from the last one of ``before``."""
    if not table.header and before.header and table.page == before.page + 1 and table.rows and \
            all(len(r) == len(before.header) for r in table.rows):
        table = replace(table, header=before.header)  # its rows read under the titles of the page before
    if not table.header or [c.text.strip().lower() for c in before.header] != \
            [c.text.strip().lower() for c in table.header]:
        return None
    mine, theirs = _fraction_numbers(before, vocab), _fraction_numbers(table, vocab)
    if not mine or not theirs or theirs[0] not in (mine[-1], mine[-1] + 1):  # the next fraction, or the rest of one
        return None
    return replace(before, rows=before.rows + table.rows)


def _dated(table: Table, vocab: Vocabulary, index: int = 0) -> bool:
    """Every fraction row of a per-fraction table has a date (in a cell other than its fraction number's, column
    ``index``): a record of what was given."""
    rx = vocab.patterns["grid_date"]
    full = vocab.patterns["date"]
    return bool(table.rows) and all(any(rx.match(c.text) or full.search(c.text)
                                        for i, c in enumerate(row) if i != index)
                                    for row in table.rows if row and not vocab.patterns["total_row"].match(row[0].text))


def cumulative_title(title: str, vocab: Vocabulary) -> bool:
    """Whether a per-fraction table's column title names the running total ("Cumulative", "Cum (Gy)"), also
    after the unit the export writes first ("cGy_CUM", "Gy cum")."""
    rx, unit = vocab.patterns["total_row"], vocab.patterns["head_unit"].match(title.lstrip())
    return bool(rx.match(title) or (unit is not None and rx.match(title.lstrip()[unit.end():].lstrip(" _-"))))


def _last_cumulative(table: Table, vocab: Vocabulary) -> float | None:
    """The last value of a per-fraction table's cumulative-dose column, in Gy, else None."""
    cols = [i for i, h in enumerate(table.header) if i and cumulative_title(h.text, vocab)]
    if len(cols) != 1:
        return None
    col, head = cols[0], table.header[cols[0]].text
    for row in reversed(table.rows):  # (a row not given, "cancelled", runs no total on)
        if col < len(row) and row[col].text.strip() and not row_not_given([c.text for c in row], vocab):
            m = vocab.patterns["number_cell"].match(row[col].text)
            return to_gy(m.group("dose"), m.group("unit") or head_unit(head, vocab), vocab) if m else None
    return None


def row_not_given(cells: list[str], vocab: Vocabulary) -> bool:
    """Whether a per-fraction log's row (the text of its cells, its fraction number's left out) gives no fraction:
    marked as not given (``fraction_not_delivered``: "Cancelled", "Not treated") or a fraction still to come in a
    course in progress (:func:`_to_come`)."""
    return bool(vocab.patterns["fraction_not_delivered"].search(" ".join(cells))) or _to_come(cells, vocab)


_BARE_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")


def _to_come(cells: list[str], vocab: Vocabulary) -> bool:
    """A log's row of a fraction still to come: a cell that says only that (``fraction_to_come``: "Scheduled",
    "Pending 11/18/2026") and no dose on the row (a "Plan" column's "scheduled" beside "7 Gy" names the plan
    the fraction was given on, not a fraction to come)."""
    pats = vocab.patterns
    return any(pats["fraction_to_come"].match(c) for c in cells if c.strip()) and \
        not any(pats["dose"].search(c) or _BARE_NUMBER.fullmatch(c) for c in cells)


def rows_to_come(tables: tuple[Table, ...], vocab: Vocabulary) -> list[Cell]:
    """The status cells of per-fraction logs' rows still to come ("Scheduled": ``fraction_to_come``) in a log that
    has fractions given (:func:`fraction_table_rows`): a course in progress on the day the log was printed."""
    pats = vocab.patterns
    out: list[Cell] = []
    for t in fraction_grids(tables, vocab):
        if fraction_table_rows(t, vocab):
            col = index_column(t, vocab)
            for row in t.rows:
                cells = [c.text for i, c in enumerate(row) if i != col]
                if _to_come(cells, vocab):
                    out += [c for c in row if c.text.strip() and pats["fraction_to_come"].match(c.text)]
    return out


_POSITIVE = re.compile(r"\s*(?!0+(?:[.,]0+)?\s*$)\d+(?:[.,]\d+)?\s*")  # a bare dose above zero


def fraction_table_rows(table: Table, vocab: Vocabulary | None = None) -> int:
    """The number of delivered fractions in a per-fraction table (first column 1, 2, 3 ...), else 0.

    Rows marked as not given ("not delivered", "cancelled") do not count; a closing "Total" row is not
    a fraction."""
    vocab = vocab or load_vocabulary()
    pats = vocab.patterns
    if not table.header or not table.rows:
        return 0
    col = index_column(table, vocab)
    if col is None:
        return 0
    idx: list[int] = []
    given: set[int] = set()
    # a log with a dose column per target ("PTV_A Gy | Cum | PTV_B Gy | Cum"): a session one target missed ("HELD" in
    # its dose cell) is still a session when another target's cell gives a dose
    per_target = [i for i, c in enumerate(table.header) if i != col and pats["head_unit"].search(c.text) and
                  not pats["column_cumulative"].search(c.text)]
    per_target = per_target if len(per_target) >= 2 else []
    for row in table.rows:
        if row and pats["total_row"].match(row[0].text):
            continue
        span = row_fractions(row[col].text if col < len(row) else "", vocab)
        if span is None:
            return 0
        idx.append(span[0])
        partial = bool(per_target) and \
            not row_not_given([c.text for i, c in enumerate(row) if i != col and i not in per_target], vocab) and \
            any(i < len(row) and _POSITIVE.fullmatch(row[i].text) for i in per_target)
        if partial or not row_not_given([c.text for i, c in enumerate(row) if i != col], vocab):
            given.update(span)  # a row "6-10" is fractions 6 to 10
    if not idx or idx != sorted(idx) or idx[0] not in (0, 1):
        return 0
    return len(given)  # a log with a row per target (or per setup image) of each fraction counts each fraction once


# Which statement of a course's delivered dose and fraction count wins when they disagree, one ranking for both:
#   1. a dated per-fraction delivery log (is_record; course_fractions, resolution._record_dose);
#   2. without one, in a bundle of several documents, the document's kind by its title (source_kinds):
#      the delivered record (treatment / completion summary, end-of-treatment note, treatment or on-treatment
#      record, daily notes) over the plan (and any document of no known kind) over a letter, over a cover sheet
#      (a fax's or a release's cover, whose subject line recounts the course it sends: the least careful word);
#   3. within the documents of the best rank: a delivered count over a count only planned, then the weight of the
#      statements (course_fractions), the most-cited dose (resolution.course_dose).
# A count only planned in a record ranks as the plan's. review.fraction_flags and review.dose_flags name the
# statements that disagree, with both quotations.
SOURCE_RANKS = {"record": 4, "plan": 3, "other": 3, "letter": 2, "cover": 1}
LETTER_HEAD_LINES = 16  # a letter's salutation stands in its first lines (below a header, the addressee, "RE:")


def source_kinds(ctx: TextContext, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each document of a bundle: cover, letter, record, plan or other, by its first lines (a
    cover sheet first: its subject and enclosure lines name the letter or the summary it sends; a
    document no title names is a letter when its salutation opens a line of its first LETTER_HEAD_LINES);
    [] for a chart of one document (nothing to rank)."""
    parts = ctx.document.parts
    if len(parts) < 2:
        return []
    text, pats = ctx.document.text, vocab.patterns
    out = []
    for p in parts:
        head = text[p.start:head_end(text, p.start, p.end)]
        kind = next((k for k in ("cover", "letter", "record", "plan") if pats[f"{k}_title"].search(head)), None)
        if kind is None:
            top = "".join(text[p.start:p.end].splitlines(keepends=True)[:LETTER_HEAD_LINES])
            kind = "letter" if pats["letter_salutation"].search(top) else "other"
        out.append((p.start, p.end, kind))
    return out


def ranked(items: list, ctx: TextContext, vocab: Vocabulary) -> list:
    """Dose statements or fraction claims, each with the rank of the document it is written in."""
    kinds = source_kinds(ctx, vocab)
    if len({SOURCE_RANKS[k] for _, _, k in kinds}) < 2:
        return items
    return [replace(x, rank=next((SOURCE_RANKS[k] for s, e, k in kinds if s <= x.start < e), 0)) for x in items]


def _rank(c: FractionClaim) -> int:
    return min(c.rank, SOURCE_RANKS["plan"]) if c.role == "planned" else c.rank


def best_ranked(claims: list[FractionClaim]) -> list[FractionClaim]:
    """The claims of the best-ranked documents (SOURCE_RANKS), or all of them when nothing is ranked."""
    if not claims or len({_rank(c) for c in claims}) < 2:
        return claims
    top = max(_rank(c) for c in claims)
    return [c for c in claims if _rank(c) == top]


def is_record(c: FractionClaim) -> bool:
    """A count read from a dated per-fraction delivery log: the record of what was given."""
    return c.kind == "fraction_table" and c.role == "delivered"


def course_fractions(claims: list[FractionClaim]) -> FractionClaim | None:
    """The fraction count with the most weight; a tie goes to the larger count (sessions of the course).

    A dated per-fraction delivery log outranks every other statement (a plan's count, a summary's or a
    letter's, a progress note's "Fx 3 of 5"): only the logs' counts are weighed when the chart has one.
    Without one, only the claims of the best-ranked documents are weighed (see SOURCE_RANKS: the delivered
    record over the plan over a letter), and a count only planned yields to a delivered one.
    review.fraction_flags names the statements that disagree."""
    claims = [c for c in claims if c.role != "superseded"]  # a retired plan's count weighs nothing
    if not claims:
        return None
    records = [c for c in claims if is_record(c)]
    claims = records or best_ranked(claims)
    given = {c.n for c in claims if c.role == "delivered"}
    if given:  # a count only planned is not what was given when the chart says what was
        claims = [c for c in claims if c.role != "planned" or c.n in given]
    votes: Counter[int] = Counter()
    for c in claims:
        votes[c.n] += c.weight
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return next(c for c in claims if c.n == best)
