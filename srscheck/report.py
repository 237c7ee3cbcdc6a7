"""The PDF gap report: one page to act on, then the evidence once, then the queries.

Page 1: who and when (patient, record number, dates of service, attending, physicist), the verdict per
claimed code, billed against supported (units, finding, the rule it rests on), the codes the course
carries, the coder's findings (what the chart says was not done), review flags, warnings and the legend.
Then one matrix of requirements by code, each quotation printed once and referenced by number. Then the
documentation queries (:mod:`srscheck.checklists.queries`), each with its own header and a response area.

``render_report`` returns the PDF bytes (the desktop app prints them); ``write_report`` writes them
atomically. Same result and ``checked_at`` give the same bytes: the PDF's creation time is the check time
(``checked_at``, the current time by default, or ``SOURCE_DATE_EPOCH`` when that is set).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from srscheck.checklists.queries import Finding, Query, query_style
from srscheck.checklists.templates import default_store
from srscheck.core.model import FACT_NAMES, Evidence, Fact, Lesion, status_kind
from srscheck.core.results import CATEGORIES, CodeResult, RequirementResult

from .api import Result
from .core.fileio import write_bytes_atomic
from .core.labels import FACT_LABELS, STATUS_PHRASES, category_label, display_value, stage_problem
from .report_styles import (
    ACCENT,
    ACCENT_TINT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PAGE_MARGIN,
    RULE,
    VERDICT_MARKS,
    ZEBRA,
    Mark,
    esc,
    register_fonts,
    status_mark,
    styles,
    verdict_mark,
)

TITLE = "Documentation Gap Report"
SUBTITLE = "Stereotactic radiosurgery (SRS) and SBRT: claimed codes checked against the treatment record"
PAGE_WIDTH, PAGE_HEIGHT = letter
BODY_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN
HEADING_ROOM = 1.0 * inch  # space a heading needs below it for the start of its content
MAX_REFS = 6  # quotation numbers shown per requirement row
RESPONSE_HEIGHT = 0.48 * inch  # the response box of a query

LEGEND = ("How to read this report: ✔ Met: affirmed documentation was found. ◐ Partial: some but not all "
          "required elements were found. ✖ Missing: nothing was found, or only negated, planned or "
          "historical mentions. [n] refers to the numbered quotations (the chart's own words, with their "
          "page) after the requirements. The report supports the coder's review; the coder remains "
          "responsible for the codes submitted.")


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def render_report(result: Result, *, coder: str | None = None, checked_at: datetime | None = None) -> bytes:
    """The gap report as PDF bytes (deterministic for the same result and ``checked_at``)."""
    ctx = _Context(result, (coder or "").strip() or None, checked_at or _now())
    _, pages = _build(ctx, total=None)  # first pass: count the pages
    data, _ = _build(ctx, total=pages)
    return data


def write_report(result: Result, path: Path, *, coder: str | None = None,
                 checked_at: datetime | None = None) -> None:
    """Write the gap report to ``path`` atomically; raises OutputError E030 when it cannot be written."""
    write_bytes_atomic(Path(path), render_report(result, coder=coder, checked_at=checked_at))


def _now() -> datetime:
    """The check time: now, or ``SOURCE_DATE_EPOCH`` (reproducible builds) when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now().astimezone()


# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------


@dataclass
class _Quotes:
    """Every quotation printed once, numbered in order of first use."""

    items: list[Evidence] = field(default_factory=list)
    index: dict[tuple[int, str], int] = field(default_factory=dict)

    def ref(self, evidence: Iterable[Evidence], limit: int = MAX_REFS) -> str:
        nums = []
        for e in evidence:
            if not e.text:
                continue
            key = (e.page, e.text)
            if key not in self.index:
                self.index[key] = self._same(e) or self._add(e)
            n = self.index[key]
            if n not in nums:
                nums.append(n)
        nums.sort()
        shown = " ".join(f"[{n}]" for n in nums[:limit])
        return shown + (f" +{len(nums) - limit}" if len(nums) > limit else "")


    def _add(self, e: Evidence) -> int:
        self.items.append(e)
        return len(self.items)

    def _same(self, e: Evidence) -> int:
        """The number of a quotation already listed that says the same (one contains the other)."""
        new = _norm(e.text)
        for n, old in enumerate(self.items, start=1):
            if old.page == e.page and (new in _norm(old.text) or _norm(old.text) in new):
                if len(new) > len(_norm(old.text)):
                    self.items[n - 1] = e  # keep the longer wording
                return n
        return 0


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .;:,")


@dataclass
class _Context:
    result: Result
    coder: str | None
    checked_at: datetime
    quotes: _Quotes = field(default_factory=_Quotes)

    @property
    def file(self) -> str:
        return self.result.reading.document.file

    @property
    def base(self) -> str:
        return _base_name(self.file)

    @property
    def when(self) -> str:
        return format_datetime(self.checked_at)

    @property
    def queries(self) -> tuple[Query, ...]:
        return self.result.queries

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.result.findings


class _ReportDoc(SimpleDocTemplate):
    """Adds a PDF outline entry for every section heading."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
            key = f"s{self.seq.nextf('section')}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)


class _Stamp:
    """A reportlab time stamp for the check time (the PDF's CreationDate and ModDate)."""

    def __init__(self, when: datetime) -> None:
        offset = when.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        self.t = when.timestamp()
        self.lt = when.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh, self.dmm = int(minutes / 60), abs(minutes) % 60
        self.tzname = "UTC"


def _build(ctx: _Context, total: int | None) -> tuple[bytes, int]:
    register_fonts()
    ctx.quotes = _Quotes()
    buf = io.BytesIO()
    doc = _ReportDoc(
        buf, pagesize=letter, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN + 4, bottomMargin=PAGE_MARGIN + 4,
        title=f"{TITLE}: {ctx.base}", author=ctx.coder or "srscheck", subject=SUBTITLE,
        creator=f"srscheck {ctx.result.version}", invariant=1,
    )

    def decorate(canvas: Any, d: SimpleDocTemplate) -> None:
        if d.page == 1:
            canvas._doc._timeStamp = _Stamp(ctx.checked_at)  # creation time = check time
        _page_furniture(canvas, d.page, total, ctx)

    doc.build(_story(ctx), onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue(), doc.page


def _page_furniture(canvas: Any, page: int, total: int | None, ctx: _Context) -> None:
    """Running header (from page 2), footer with software, chart digest and "Page x of y"."""
    canvas.saveState()
    left, right = PAGE_MARGIN, PAGE_WIDTH - PAGE_MARGIN
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.setFillColor(MUTED)
    if page > 1:
        y = PAGE_HEIGHT - PAGE_MARGIN + 8
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawString(left, y, TITLE)
        canvas.setFont(FONT, 7.5)
        ident = _identity_line(ctx)
        checked = f"Checked {ctx.when}"
        x = left + canvas.stringWidth(TITLE, FONT_BOLD, 7.5) + 6
        room = right - x - canvas.stringWidth(checked, FONT, 7.5) - 12
        canvas.drawString(x, y, _fit(f"·  {ident}", room, canvas))
        canvas.drawRightString(right, y, checked)
        canvas.line(left, y - 4, right, y - 4)
    y = PAGE_MARGIN - 8
    canvas.line(left, y + 10, right, y + 10)
    canvas.setFont(FONT, 7.5)
    doc = ctx.result.reading.document
    canvas.drawString(left, y, f"srscheck {ctx.result.version}  ·  chart SHA-256 {doc.sha256[:16]}…")
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawRightString(right, y, f"Page {page} of {total}" if total else f"Page {page}")
    canvas.restoreState()


def _story(ctx: _Context) -> list[Flowable]:
    story: list[Flowable] = []
    story += _title_block(ctx)
    story += _verdict_section(ctx)
    story += _findings_section(ctx)
    story += _review_section(ctx)
    story += _warnings_section(ctx)
    story += [Spacer(1, 4), _t(LEGEND, "muted")]
    story += _matrix_section(ctx)
    story += _facts_section(ctx)
    story += corrections_section(ctx.result)
    story += _quotations_section(ctx)
    story += _queries_section(ctx)
    return _keep_headings_with_content(story)


def _keep_headings_with_content(story: list[Flowable]) -> list[Flowable]:
    """Start a new page before a heading that would otherwise sit alone at the foot of a page."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            out.append(CondPageBreak(HEADING_ROOM))
        out.append(flowable)
    return out


# --------------------------------------------------------------------------------------------------
# Small building blocks
# --------------------------------------------------------------------------------------------------


def _p(text: str, style: str = "cell") -> Paragraph:
    """A paragraph from markup that the caller has already escaped."""
    return Paragraph(text, styles()[style])


def _t(text: object, style: str = "cell") -> Paragraph:
    """A paragraph from plain text (escaped here)."""
    return Paragraph(esc(text), styles()[style])


def _mark(mark: Mark) -> Paragraph:
    return _p(f'<font color="{_hex(mark.ink)}"><b>{esc(mark.text)}</b></font>')


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True,
           zebra: bool = True, extra: Iterable[tuple[Any, ...]] = (), pad: float = 3) -> Table:
    """A ruled table; the header row repeats on every page the table runs onto."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT",
                  splitInRow=1)
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        start = 1 if header else 0
        cmds += [("ROWBACKGROUNDS", (0, start), (-1, -1), [colors.white, ZEBRA])]
    table.setStyle(TableStyle(cmds + list(extra)))
    return table


def _hex(color: Any) -> str:
    return "#" + color.hexval()[2:]


def _heads(*titles: str) -> list[Paragraph]:
    return [_t(t, "head") for t in titles]


def _grid(pairs: Sequence[tuple[str, str]], columns: int = 2, *, compact: bool = False) -> Table:
    """Label/value pairs laid out in ``columns`` column pairs (values are markup)."""
    label_style, value_style = ("label_small", "tiny") if compact else ("label", "cell")
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in pairs:
        row += [_t(label, label_style), _p(value, value_style)]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * columns - len(row)))
    label_w = (0.92 if compact else 1.12) * inch
    value_w = BODY_WIDTH / columns - label_w
    extra = [("BACKGROUND", (2 * i, 0), (2 * i, -1), ZEBRA) for i in range(columns)]
    return _table(cells, [label_w, value_w] * columns, header=False, zebra=False, extra=extra,
                  pad=1.5 if compact else 2.5)


def _notice(markup: str, mark: Mark) -> Table:
    """A tinted box with a coloured left rule, for verdicts, contradictions and warnings."""
    box = Table([[_p(markup, "notice")]], colWidths=[BODY_WIDTH], hAlign="LEFT", splitInRow=1)
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), mark.tint), ("LINEBEFORE", (0, 0), (0, -1), 3, mark.ink),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return box


def _h1(number: int, text: str) -> Paragraph:
    return _t(f"{number}   {text}", "h1")


def format_datetime(dt: datetime) -> str:
    """``2025-02-12 14:30 (UTC+01:00)``; a naive time is shown as it is."""
    text = dt.strftime("%Y-%m-%d %H:%M")
    offset = dt.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"


def _base_name(file: str) -> str:
    return file.replace("\\", "/").rsplit("/", 1)[-1] or file


def _fit(text: str, width: float, canvas: Any, size: float = 7.5) -> str:
    """``text`` cut with an ellipsis so that it is at most ``width`` points wide."""
    if canvas.stringWidth(text, FONT, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def _grey(text: str) -> str:
    return f'<font color="#5B6472">{text}</font>'


def _category_order(categories: Iterable[str]) -> list[str]:
    seen = list(dict.fromkeys(categories))
    known = [c for c in CATEGORIES if c in seen]
    return known + [c for c in seen if c not in CATEGORIES]


def code_verdict(code: CodeResult) -> str:
    """supported | gaps | contradicted | unchecked; a code with no template is never "supported"."""
    return code.verdict if code.known else "unchecked"


def _and(items: Sequence[str]) -> str:
    items = list(items)
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --------------------------------------------------------------------------------------------------
# Identity
# --------------------------------------------------------------------------------------------------


def _value(fact: Fact, missing: str = "Not stated in the chart") -> str:
    v = fact.value
    if v in (None, [], ""):
        return _grey(esc(missing))
    if isinstance(v, list):
        return esc(", ".join(map(str, v)))
    return esc(v)


def _dates(fact: Fact) -> str:
    v = list(fact.value or [])
    if not v:
        return _grey("Not stated in the chart")
    return esc(v[0] if len(v) == 1 or v[0] == v[-1] else f"{v[0]} to {v[-1]}")


def _refs(ctx: _Context, evidence: Iterable[Evidence], limit: int = 3) -> str:
    """`` [n] [m]``: the numbers of the quotations that show a value (empty when there are none)."""
    refs = ctx.quotes.ref(evidence, limit)
    return f" {_grey(refs)}" if refs else ""


def _identity_line(ctx: _Context) -> str:
    ident = ctx.result.reading.identity
    parts = [str(ident.patient_name.value or ctx.base)]
    if ident.mrn.value:
        parts.append(f"MRN {ident.mrn.value}")
    return "  ·  ".join(parts)


def _identity_pairs(ctx: _Context) -> list[tuple[str, str]]:
    ident = ctx.result.reading.identity
    return [
        ("Patient", _value(ident.patient_name)),
        ("MRN", _value(ident.mrn)),
        ("Service dates", _dates(ident.dates_of_service)),
        ("Attending", _value(ident.attending_physician)),
    ]


# --------------------------------------------------------------------------------------------------
# Page 1
# --------------------------------------------------------------------------------------------------


def _title_block(ctx: _Context) -> list[Flowable]:
    result = ctx.result
    doc = result.reading.document
    ident = result.reading.identity
    source = ("OCR" if doc.ocr else "PDF text layer" if doc.file.lower().endswith(".pdf") else "plain text")
    pairs = _identity_pairs(ctx)
    pairs[2] = ("Service dates", _dates(ident.dates_of_service) + _refs(ctx, ident.dates_of_service.evidence))
    pairs += [
        ("Physicist", _value(ident.physicists, "None named")),
        ("ICD-10 stated", _value(ident.icd10, "None stated") + _refs(ctx, ident.icd10.evidence)),
        ("Chart", f"{esc(ctx.base)} {_grey(f'({len(doc.pages)} p., {source})')}"),
        ("Claimed codes", esc(", ".join(result.claimed) or "None")),
        ("Course status", _status_value(ctx)),
        ("Checked on", esc(ctx.when)),
        ("Checked by", esc(ctx.coder or "Not given")),
    ]
    return [_t(f"{TITLE}: {ctx.base}", "title"), _t(SUBTITLE, "subtitle"), _grid(pairs, compact=True),
            Spacer(1, 4)]


QUOTE_CHARS = 110  # a quotation inside page 1's header grid is shortened to this, ending in "…"


def _short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """The chart's words, cut at a word before ``limit`` characters with a trailing ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _status_value(ctx: _Context) -> str:
    """facts.course_status for page 1: the value, the coder's mark, and the chart's words for it."""
    fact = ctx.result.facts.course_status
    value = f"<b>{esc(display_value(fact.value))}</b>"
    quote = ""
    if fact.evidence:
        e = fact.evidence[0]
        quote = f'p.&nbsp;{e.page} <i>“{esc(_short_quote(e.text))}”</i>'
    if fact.overridden:  # the quotation is what the reader went by
        return (value + ' <font color="#1F3A5F">✎ Set by the coder</font> '
                + _grey("(reader: " + esc(display_value(fact.original)) + (", " + quote if quote else "") + ")"))
    return value + (f" — {quote}" if quote else "")


def _stage_blocked(result: Result) -> list[tuple[str, str]]:
    """``(code, sentence)``: the claimed codes whose service the course did not reach."""
    return [(c.code, why) for c in result.codes if (why := stage_problem(c.code, c.problems))]


def _status_notice(ctx: _Context) -> list[Flowable]:
    """When the course was not delivered and codes for its services are claimed, page 1 says that this is
    why they are not supported, with the chart's words (or the coder's correction)."""
    fact = ctx.result.facts.course_status
    blocked = _stage_blocked(ctx.result)
    if fact.value in (None, "delivered") or not blocked:
        return []
    codes = [code for code, _ in blocked]
    mark = verdict_mark("contradicted")
    head = f"Course status: {display_value(fact.value)}"
    said = ""
    if fact.evidence:
        e = fact.evidence[0]
        said = f'p.&nbsp;{e.page} <i>“{esc(e.text)}”</i>'
    if fact.overridden:  # the quotation is what the reader went by, not the coder's reason
        who = (f" (set by the coder{' ' + esc(fact.set_by) if fact.set_by else ''}; the reader found "
               f"{esc(display_value(fact.original))}{', ' + said if said else ''})")
        said, whose = "", "The coder says the chart"
    else:
        who, said, whose = "", (f" — {said}" if said else ""), "The chart"
    verb = "is" if len(codes) == 1 else "are"
    phrase = STATUS_PHRASES.get(status_kind(fact)) or STATUS_PHRASES.get(str(fact.value), str(fact.value))
    body = (f"{whose} {esc(phrase)}. This is why "
            f"{esc(_and(codes))} {verb} not supported (0 units).")
    return [Spacer(1, 3), _notice(f'<font color="{_hex(mark.ink)}"><b>{esc(mark.symbol)}&nbsp;&nbsp;{esc(head)}</b>'
                                  f"</font>{who}{said}<br/>{body}", mark)]


_SEVERITY = ("contradicted", "gaps", "unchecked", "supported")
_HEADLINES = {
    "contradicted": "Claimed codes conflict with the documented facts",
    "gaps": "Documentation gaps found",
    "unchecked": "Some claimed codes could not be checked",
    "supported": "The documentation supports every claimed code",
}


def _overall(result: Result) -> tuple[Mark, str]:
    verdicts = {code_verdict(c) for c in result.codes}
    worst = next((v for v in _SEVERITY if v in verdicts), None)
    if worst is None:
        return verdict_mark("unchecked"), "No codes were claimed"
    return verdict_mark(worst), _HEADLINES[worst]


def _overall_sentence(ctx: _Context) -> str:
    result = ctx.result
    if not result.codes:
        return "No codes were claimed; the report lists the documented facts and the codes they support."
    counts: dict[str, int] = {}
    for c in result.codes:
        counts[code_verdict(c)] = counts.get(code_verdict(c), 0) + 1
    parts = [f"{counts[v]} {words}" for v, words in (
        ("supported", "fully supported"), ("gaps", "with documentation gaps"),
        ("contradicted", "contradicted by the documented facts"), ("unchecked", "not checked (no template)"),
    ) if counts.get(v)]
    n = len(result.codes)
    q = len(ctx.queries)
    tail = (f" {q} documentation {'query is' if q == 1 else 'queries are'} attached (section 4)."
            if q else " No documentation query is needed.")
    if counts.get("contradicted"):
        tail += " Review the contradicted codes against the documented facts."
    return f"{n} claimed code{'s' if n != 1 else ''}: " + "; ".join(parts) + "." + tail


def _template_source(code: str) -> str:
    try:
        tpl, _ = default_store().get(code)
    except Exception:  # noqa: BLE001 (a missing or broken template only loses the rule column)
        return ""
    return tpl.source if tpl is not None else ""


_COMPONENT_TEXT = {
    "technical": "TC only",
    "professional": "PC only",
    "split": "-26 / -TC",
    "physician": "Not split",
}


@lru_cache(maxsize=1)
def _components() -> dict[str, str]:
    """Code -> technical | professional | split | physician (resources/checklists/shared/components.yaml)."""
    from ruamel.yaml import YAML

    text = (files("srscheck.resources") / "checklists" / "shared" / "components.yaml").read_text("utf-8")
    data = YAML(typ="safe").load(text) or {}
    return {str(code): kind for kind, codes in (data.get("components") or {}).items() for code in codes or ()}


def component(code: str) -> str:
    """How ``code`` is billed (technical | professional | split | physician), or "" when the rules do not say."""
    return _components().get(code, "")


def _component_cell(code: str, modifiers: Sequence[str] = ()) -> tuple[str, str]:
    """(cell markup, finding note): the split the rules give, and a note when a modifier does not fit it."""
    kind = component(code)
    if not kind:
        return _grey("Not stated"), ""
    mods = {m.upper() for m in modifiers}
    note = ""
    if kind == "technical" and "26" in mods:
        note = "Modifier -26 on a technical-only code."
    elif kind == "professional" and "TC" in mods:
        note = "Modifier -TC on a professional-only code."
    elif kind == "physician" and mods & {"26", "TC"}:
        note = "-26/-TC on a physician service that is not split."
    part = next((m for m in ("26", "TC") if m in mods), "")
    cell = esc(_COMPONENT_TEXT[kind]) + (f"<br/>{_grey('billed -' + part)}" if part and kind == "split" else "")
    return cell, note


def _billed(code: CodeResult) -> str:
    """What was claimed for the code: as typed, with its units (one when the claim gives none, said so)."""
    units = getattr(code, "claimed_units", None)
    mods = "".join(f"-{m}" for m in getattr(code, "modifiers", ()) or ())
    return f"<b>{esc(code.code + mods)}</b> ×{units if units is not None else '1*'}"


def _supported(result: Result, code: CodeResult) -> str:
    supported = getattr(code, "supported_units", None)
    if supported is None:
        supported = next((s.units for s in result.suggestions if s.code == code.code), 0)
    return str(supported)


def _rule(code: str, source: str = "") -> str:
    source = (source or _template_source(code)).split(" (")[0]
    return _grey("Rule: " + esc(source)) if source else ""


def _finding(ctx: _Context, code: CodeResult) -> str:
    if not code.known:
        return "No checklist template; not checked."
    if not code.consistent:
        text = "<b>Contradicted:</b> " + esc(" ".join(code.problems) or "the documented facts do not fit.")
    else:
        gaps = code.gaps
        text = "Every requirement documented." if not gaps else (
            f"{len(gaps)} requirement{'s' if len(gaps) != 1 else ''} not met: "
            + esc(", ".join(r.label.lower() for r in gaps)) + ".")
    asked = [q.id for q in ctx.queries if code.code in q.codes]
    if asked:
        text += " " + _grey(f"Queried: {esc(', '.join(asked))}.")
    _, split_note = _component_cell(code.code, getattr(code, "modifiers", ()) or ())
    notes = ([split_note] if split_note else []) + list(code.notes)
    if notes:
        text += "<br/>" + _grey("Note: " + esc(" ".join(notes)))
    rule = _rule(code.code)
    return text + (f"<br/>{rule}" if rule else "")


def _template_title(code: str) -> str:
    try:
        tpl, _ = default_store().get(code)
    except Exception:  # noqa: BLE001 (a broken template only loses the title)
        return ""
    return tpl.title if tpl is not None else ""


def _short_reason(code: str, reason: str) -> str:
    """A suggestion's reason without the code's title in front ("Title: the chart documents ...")."""
    title = _template_title(code)
    if title and reason.startswith(title + ": "):
        reason = reason[len(title) + 2:]
    return reason[:1].upper() + reason[1:]


def _column_widths(heads: Sequence[str], fixed: dict[int, float]) -> list[float]:
    """Column widths: ``fixed`` ones as given but never narrower than their longest header word (so no
    header word breaks, e.g. "Supported"); the last column takes the rest of the body width."""
    head = styles()["head"]
    widths = []
    for i, h in enumerate(heads[:-1]):
        word = max(stringWidth(w, head.fontName, head.fontSize) for w in h.split())
        widths.append(max(fixed.get(i, 0.0), word + 8 + 2))  # 4 pt padding either side, 2 pt slack
    return widths + [BODY_WIDTH - sum(widths)]


BILLED_HEADS = ("Code", "PC / TC", "Verdict", "Billed", "Supported", "Finding and rule")


def _verdict_section(ctx: _Context) -> list[Flowable]:
    """The overall verdict, then one table: every claimed code (billed against supported, finding, rule),
    then the codes the documentation supports that were not claimed (the codes the course carries)."""
    result = ctx.result
    mark, headline = _overall(result)
    out: list[Flowable] = [_notice(
        f'<font color="{_hex(mark.ink)}"><b>{esc(mark.symbol)}&nbsp;&nbsp;{esc(headline)}</b></font>'
        f"<br/>{esc(_overall_sentence(ctx))}", mark)]
    out += _status_notice(ctx)
    out.append(_t("Billed and supported", "h2"))
    carried = [s for s in result.suggestions if s.code not in result.claimed]
    if not result.codes and not carried:
        return out + [_t("No codes were claimed, and the documented facts support none of the codes srscheck "
                         "knows.", "body")]
    rows: list[list[Any]] = [_heads(*BILLED_HEADS)]
    extra: list[tuple[Any, ...]] = []
    if not result.codes:
        rows.append([_p(_grey("No codes were claimed."), "tiny")] + [""] * 5)
        extra.append(("SPAN", (0, 1), (-1, 1)))
    for code in result.codes:
        vm = verdict_mark(code_verdict(code))
        cell, _ = _component_cell(code.code, getattr(code, "modifiers", ()) or ())
        rows.append([_p(f"<b>{esc(code.code)}</b> {_grey(esc(code.title or ''))}", "tiny"), _p(cell, "tiny"),
                     _mark(vm), _p(_billed(code), "tiny"), _t(_supported(result, code)),
                     _p(_finding(ctx, code), "tiny")])
        extra.append(("BACKGROUND", (2, len(rows) - 1), (2, len(rows) - 1), vm.tint))
    if carried:
        row = len(rows)
        rows.append([_p("<b>Supported by the documentation but not claimed</b> "
                        + _grey("(planning, simulation, physics and management codes the course carries)"),
                        "tiny")] + [""] * 5)
        extra += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), ACCENT_TINT)]
        for s in carried:
            cell, _ = _component_cell(s.code)
            rule = _rule(s.code, getattr(s, "source", ""))
            evidence = getattr(s, "evidence", ())
            why = (f"Every requirement documented {_grey(ctx.quotes.ref(evidence, 4))}" if evidence
                   else esc(_short_reason(s.code, s.reason))) + (f"<br/>{rule}" if rule else "")
            notes = getattr(s, "notes", ()) or ()
            if notes:  # a payer bundling rule with a code beside it (the template's not_with, with its source)
                why += "<br/>" + _grey("Note: " + esc(" ".join(notes)))
            rows.append([_p(f"<b>{esc(s.code)}</b> {_grey(esc(_template_title(s.code)))}", "tiny"),
                         _p(cell, "tiny"), _p(_grey("Not claimed"), "tiny"), _p(_grey("—"), "tiny"),
                         _t(str(s.units)), _p(why, "tiny")])
    verdict_w = max(stringWidth(m.text, FONT_BOLD, styles()["cell"].fontSize) for m in VERDICT_MARKS.values()) + 10
    widths = _column_widths(BILLED_HEADS, {0: 1.3 * inch, 1: 0.6 * inch, 2: verdict_w, 3: 0.72 * inch})
    out.append(_table(rows, widths, extra=extra, pad=1.5))
    if any(getattr(c, "claimed_units", None) is None for c in result.codes):
        out += [Spacer(1, 1), _p(_grey("* Claimed without units: one unit is assumed (one claim line, one unit)."),
                                 "tiny")]
    unsupported = [c for c in result.claimed if c not in result.suggested_codes]
    if unsupported:
        out += [Spacer(1, 2), _p(f"<b>Claimed but not among the supported codes:</b> {esc(', '.join(unsupported))}.",
                                 "small")]
    return out


def _findings_section(ctx: _Context) -> list[Flowable]:
    """Gaps the chart explains itself ("no frame was used"): for the coder; no query is sent."""
    if not ctx.findings:
        return []
    lines = []
    for f in ctx.findings:
        quote = f.evidence[0] if f.evidence else None
        said = f' — p.&nbsp;{quote.page} <i>“{esc(quote.text)}”</i>' if quote else ""
        lines.append(f"•&nbsp;&nbsp;<b>{esc(f.label)}</b> ({esc(_and(f.codes))}): the chart says it was not "
                     f"done{said}")
    return [_t("Coder findings (not queried: the chart says the service was not done)", "h2"),
            _notice("<br/>".join(lines), verdict_mark("contradicted"))]


def _review_section(ctx: _Context) -> list[Flowable]:
    flags = getattr(ctx.result, "review", None) or getattr(ctx.result.reading, "review", ()) or ()
    if not flags:
        return []
    lines = []
    for flag in flags:
        where = ""
        if flag.evidence:
            e = flag.evidence[0]
            where = f' — p.&nbsp;{e.page} <i>“{esc(e.text)}”</i>'
        lines.append(f"⚑&nbsp;&nbsp;{esc(flag.message)}{where}")
    return [_t("Review first", "h2"), _notice("<br/>".join(lines), verdict_mark("gaps"))]


def _warnings_section(ctx: _Context) -> list[Flowable]:
    result = ctx.result
    warnings = list(result.warnings)
    if result.reading.document.ocr and not any("ocr" in w.lower() for w in warnings):
        warnings.append("The chart has no text layer; its text was recognised by OCR, so check quotations "
                        "against the chart.")
    if not warnings:
        return []
    items = "<br/>".join(f"⚠&nbsp;&nbsp;{esc(w)}" for w in warnings)
    return [_t("Warnings", "h2"), _notice(items, verdict_mark("gaps"))]


# --------------------------------------------------------------------------------------------------
# Requirements by code, facts and the quotations
# --------------------------------------------------------------------------------------------------


def _matrix_section(ctx: _Context) -> list[Flowable]:
    codes = [c for c in ctx.result.codes if c.known and c.requirements]
    title = _h1(1, "Requirements by code")
    if not codes:
        return [title, _t("No claimed code has documentation requirements to check.", "body")]
    by_id: dict[str, RequirementResult] = {}
    carried: dict[str, set[str]] = {}
    for c in codes:
        for r in c.requirements:
            by_id.setdefault(r.id, r)
            carried.setdefault(r.id, set()).add(c.code)
    query_of = {rid: q.id for q in ctx.queries for rid in q.requirements}
    finding_ids = {f.requirement for f in ctx.findings}
    head_small = styles()["head_small"]
    code_w = max(stringWidth(c.code, head_small.fontName, head_small.fontSize) for c in codes) + 10
    rows: list[list[Any]] = [[_t("Requirement", "head")] + [_t(c.code, "head_small") for c in codes]
                             + _heads("Evidence", "Query")]
    extra: list[tuple[Any, ...]] = []
    for category in _category_order(r.category for r in by_id.values()):
        row = len(rows)
        rows.append([_p(f"<b>{esc(category_label(category))}</b>", "tiny")] + [""] * (len(codes) + 2))
        extra += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), ACCENT_TINT),
                  ("TOPPADDING", (0, row), (-1, row), 0.5), ("BOTTOMPADDING", (0, row), (-1, row), 1)]
        for r in (r for r in by_id.values() if r.category == category):
            i = len(rows)
            cells: list[Any] = [_p(esc(r.label), "tiny")]
            for j, c in enumerate(codes, start=1):
                if c.code in carried[r.id]:
                    mark = status_mark(next(x.status for x in c.requirements if x.id == r.id))
                    cells.append(_p(f'<font color="{_hex(mark.ink)}"><b>{esc(mark.symbol)}</b></font>'))
                    extra.append(("BACKGROUND", (j, i), (j, i), mark.tint))
                else:
                    cells.append(_p(_grey("·")))
            ev = ctx.quotes.ref(r.evidence)
            if r.status != "met":
                missing = ", ".join(r.missing) or r.label
                ev = (ev + "<br/>" if ev else "") + f'<font color="#A61B1B">Missing:</font> {esc(missing)}'
            cells.append(_p(ev or _grey("—"), "tiny"))
            cells.append(_p(esc(query_of.get(r.id, "—" if r.status == "met" else
                                             "finding" if r.id in finding_ids else "not asked")), "tiny"))
            rows.append(cells)
    req_w = 1.85 * inch
    q_w = 1.05 * inch
    ev_w = BODY_WIDTH - req_w - q_w - code_w * len(codes)
    return [title, _table(rows, [req_w] + [code_w] * len(codes) + [max(ev_w, 1.2 * inch), q_w],
                          zebra=False, pad=1, extra=extra + [("ALIGN", (1, 0), (len(codes), -1), "CENTER")])]


def _facts_section(ctx: _Context) -> list[Flowable]:
    facts = ctx.result.facts
    pairs = []
    for name in FACT_NAMES:
        fact = facts.get(name)
        value = f"<b>{esc(display_value(fact.value))}</b>"
        if fact.overridden:
            reader = _grey("(reader: " + esc(display_value(fact.original)) + ")")
            value += f' <font color="#1F3A5F">✎ Set by the coder</font> {reader}'
        refs = ctx.quotes.ref(fact.evidence, 3)
        pairs.append((FACT_LABELS.get(name, name), value + (f" {_grey(refs)}" if refs else "")))
    ident = ctx.result.reading.identity
    pairs += [("Treatment dates", f"<b>{_dates(ident.dates_of_service)}</b>"
               + _refs(ctx, ident.dates_of_service.evidence)),
              ("ICD-10 stated", f"<b>{_value(ident.icd10, 'none')}</b>" + _refs(ctx, ident.icd10.evidence))]
    line = "&nbsp;&nbsp;·&nbsp;&nbsp; ".join(f"{_label(label)} {value}" for label, value in pairs)
    out: list[Flowable] = [_h1(2, "Documented facts"), _p(line, "small")]
    if facts.overridden:
        out += [Spacer(1, 2), _t("✎ marks a value set by the coder; the checks used the coder's value.", "muted")]
    if facts.lesions:
        out += [Spacer(1, 4), _lesions_table(ctx, facts.lesions)]
    return out


def _fact_value(fact: Fact) -> Paragraph:
    value = f"<b>{esc(display_value(fact.value))}</b>"
    if fact.overridden:
        value += (f'<br/><font color="#1F3A5F">✎ Set by the coder</font>'
                  f'<br/><font color="#5B6472">Reader found: {esc(display_value(fact.original))}</font>')
    return _p(value)


def _lesions_table(ctx: _Context, lesions: Sequence[Lesion]) -> Table:
    rows: list[list[Any]] = [_heads("#", "Lesion", "Site", "Class", "Dose", "Fx", "Size", "Quoted")]
    for i, les in enumerate(lesions, start=1):
        klass = les.complexity.capitalize() if les.complexity else "—"
        if les.complexity_reasons:
            klass += f' <font color="#5B6472">({esc(", ".join(les.complexity_reasons))})</font>'
        name = esc(les.name) + (f' <font color="#5B6472">· {esc(les.histology)}</font>'
                                if les.histology else "")
        if les.overridden:  # corrected or added by the coder (see "Corrections by the coder")
            name += ' <font color="#1F3A5F">✎</font>' + (f" (p.{les.page})" if les.page else "")
        rows.append([_t(str(i)), _p(name), _t(display_value(les.site) if les.site else "—"), _p(klass, "small"),
                     _t(f"{les.dose_gy:g} Gy" if les.dose_gy is not None else "—"),
                     _t(str(les.fractions) if les.fractions is not None else "—"),
                     _t(f"{les.size_cm:g} cm" if les.size_cm is not None else "—"),
                     _p(ctx.quotes.ref(les.evidence, 3) or "—", "small")])
    widths = [0.25, 1.7, 0.65, 1.45, 0.6, 0.35, 0.55]
    widths = [w * inch for w in widths]
    return _table(rows, widths + [BODY_WIDTH - sum(widths)])


def _quotations_section(ctx: _Context) -> list[Flowable]:
    """Every quotation referenced above, once (the tables numbered them as they were built), in two
    columns read down the left column first."""
    items = [(n, e) for n, e in enumerate(ctx.quotes.items, start=1)]
    if not items:
        return []
    cells = [[_p(_grey(f"[{n}]"), "tiny"), _p(f"{_grey(f'p.&nbsp;{e.page}')}&nbsp;<i>“{esc(e.text)}”</i>", "tiny")]
             for n, e in items]
    half = (len(cells) + 1) // 2
    rows = [cells[i] + (cells[i + half] if i + half < len(cells) else ["", ""]) for i in range(half)]
    col = BODY_WIDTH / 2
    t = Table(rows, colWidths=[0.32 * inch, col - 0.32 * inch] * 2, hAlign="LEFT", splitInRow=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    return [_h1(3, "Quotations"), t]


# --------------------------------------------------------------------------------------------------
# Documentation queries
# --------------------------------------------------------------------------------------------------


def _queries_section(ctx: _Context) -> list[Flowable]:
    title = _h1(4, "Documentation queries")
    queries = ctx.queries
    if not queries:
        return [title, _t("None: the chart documents every requirement of the claimed codes, or the gaps are "
                          "coder findings (above).", "body")]
    out: list[Flowable] = []
    lead: list[Flowable] = [title, _t(query_style().introduction, "tiny"), Spacer(1, 3)]
    for n, q in enumerate(queries, start=1):
        out += [KeepTogether(lead + _query_block(ctx, n, len(queries), q)), Spacer(1, 3)]
        lead = []  # the section title and introduction stay with the first query
    return out


def _recipient(ctx: _Context, q: Query) -> str:
    ident = ctx.result.reading.identity
    name = ""
    if q.to == "physician" and ident.attending_physician.value:
        name = f" — {ident.attending_physician.value}"
    elif q.to == "physicist" and ident.physicists.value:
        name = f" — {ident.physicists.value[0]}"
    return esc(q.recipient + name)


def _query_block(ctx: _Context, n: int, total: int, q: Query) -> list[Flowable]:
    """One query, kept on one page: a header bar (ID, recipient, date), who and when (patient, record
    number, dates of service, attending, sender, contact, respond-by), the clinical indicators with their
    page, the open question, the options and a response area with a signature line."""
    ident = ctx.result.reading.identity
    bar = _p(f'<font color="#FFFFFF"><b>Query {esc(q.id)}</b> ({n} of {total})&nbsp;&nbsp;·&nbsp;&nbsp;'
             f'To: <b>{_recipient(ctx, q)}</b>&nbsp;&nbsp;·&nbsp;&nbsp;Query date '
             f'{esc(ctx.checked_at.strftime("%Y-%m-%d"))}</font>', "tiny")
    sep = "&nbsp;&nbsp;·&nbsp;&nbsp;"
    who = sep.join([
        f"{_label('Patient')} {_value(ident.patient_name)}",
        f"{_label('MRN')} {_value(ident.mrn)}",
        f"{_label('Service dates')} {_dates(ident.dates_of_service)}",
        f"{_label('Attending')} {_value(ident.attending_physician)}",
    ])
    sender = sep.join([
        f"{_label('From')} {esc(ctx.coder or 'Coding / CDI reviewer')}{_grey(' (coding / CDI)') if ctx.coder else ''}",
        f"{_label('Contact')} ____________________",
        f"{_label('Respond by')} ______________",
    ])
    indicators = "<br/>".join(f'{_grey(f"p.&nbsp;{e.page}")}&nbsp;&nbsp;<i>“{esc(e.text)}”</i>'
                              for e in q.indicators) or _grey("No related statement was found in the record.")
    options = _p("&nbsp;&nbsp;&nbsp;&nbsp; ".join(
        f"☐&nbsp;{esc(o).replace(' ', '&nbsp;')}{'&nbsp;' + '_' * 12 if _wants_detail(o) else ''}"
        for o in q.options), "tiny")
    body = Table([
        [bar],
        [_p(f"{who}<br/>{sender}", "tiny")],
        [_p(f"<b>Clinical indicators in the record:</b> {indicators}", "tiny")],
        [_p(f"<b>Question.</b> {esc(q.question)}", "query")],
        [options],
        [_p(_grey("Response / details, in your own words:"), "tiny")],
        [_p(_grey("Signature ______________________________    Date / time ______________"), "tiny")],
    ], colWidths=[BODY_WIDTH], rowHeights=[None, None, None, None, None, RESPONSE_HEIGHT, 0.18 * inch],
        hAlign="LEFT")
    body.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, 0), ACCENT), ("BACKGROUND", (0, 2), (0, 2), ZEBRA),
        ("LINEBELOW", (0, 1), (0, 1), 0.4, RULE),
        ("BOX", (0, 5), (0, 5), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 6), (0, 6), "BOTTOM"),
    ]))
    return [body]


def _label(text: str) -> str:
    return f'<font color="#5B6472"><b>{esc(text)}</b></font>'


def _wants_detail(option: str) -> bool:
    return "specify" in option or "where" in option


__all__ = [
    "category_label",
    "code_verdict",
    "display_value",
    "format_datetime",
    "render_report",
    "write_bytes_atomic",
    "write_report",
]


def corrections_section(result: Result) -> list[Flowable]:
    """The coder's corrections (saved or given on the command line): what, the reader's value, who, when.
    Self-contained: an empty list when there are none."""
    applied = getattr(result, "corrections", ())
    if not applied:
        return []
    rows: list[list[Any]] = [_heads("Correction", "Reader had", "By", "When")]
    for a in applied:
        c = a.correction
        what = esc(c.describe())
        if not a.applied:
            what += f'<br/><font color="#8A1C1C">Not applied: {esc(a.note)}</font>'
        original = a.original
        if isinstance(original, dict) and "name" in original:  # a struck lesion
            original = original["name"]
        rows.append([_p(what), _t("—" if original is None else display_value(original)),
                     _t(c.set_by or "—"), _t((c.set_at or "—").replace("T", " ").replace("+00:00", " UTC"))])
    widths = [2.9 * inch, 1.5 * inch, 1.1 * inch]
    return [_t("Corrections by the coder", "h2"),
            _table(rows, widths + [BODY_WIDTH - sum(widths)]),
            Spacer(1, 3),
            _t("The checks used these values; the reader's own values are kept in the JSON result "
               "('original'). Remove a correction with 'srscheck corrections remove'.", "muted")]
