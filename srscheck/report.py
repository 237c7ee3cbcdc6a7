"""The PDF gap report: what the chart documents, what each claimed code still needs, and the
physician queries that would close the gaps.

``render_report`` returns the PDF bytes (the desktop app prints them); ``write_report`` writes them
atomically. Same result and ``checked_at`` give the same bytes (reportlab ``invariant=1``).
Layout: reportlab Platypus with embedded DejaVu Sans, built twice so every footer can say
"Page x of y".
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from srscheck.core.model import FACT_NAMES, Evidence, Fact, Lesion
from srscheck.core.results import CATEGORIES, CodeResult, RequirementResult

from .api import Result
from .core.fileio import write_bytes_atomic
from .core.labels import FACT_LABELS, category_label, display_value
from .report_styles import (
    ACCENT,
    ACCENT_TINT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PAGE_MARGIN,
    RULE,
    ZEBRA,
    Mark,
    esc,
    register_fonts,
    status_mark,
    styles,
    verdict_mark,
)

TITLE = "Documentation Gap Report"
SUBTITLE = ("Stereotactic radiosurgery (SRS) and stereotactic body radiation therapy (SBRT): "
            "claimed codes checked against the treatment summary")
PAGE_WIDTH, PAGE_HEIGHT = letter
BODY_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN
MAX_QUOTES = 6  # quotations shown per fact or requirement; the pages of the rest are listed
HEADING_ROOM = 1.6 * inch  # space a heading needs below it for the start of its content

LEGEND = ("How to read this report: ✔ Met means affirmed documentation was found; ◐ Partial means some "
          "but not all required elements were found; ✖ Missing means nothing was found, or only negated, "
          "planned or historical mentions. Quotations are the chart's own words with the page they are on. "
          "The report supports the coder's review; the coder remains responsible for the codes submitted.")


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def render_report(result: Result, *, coder: str | None = None, checked_at: datetime | None = None) -> bytes:
    """The gap report as PDF bytes (deterministic for the same result and ``checked_at``)."""
    ctx = _Context(result, (coder or "").strip() or None, checked_at or datetime.now().astimezone())
    _, pages = _build(ctx, total=None)  # first pass: count the pages
    data, _ = _build(ctx, total=pages)
    return data


def write_report(result: Result, path: Path, *, coder: str | None = None,
                 checked_at: datetime | None = None) -> None:
    """Write the gap report to ``path`` atomically; raises OutputError E030 when it cannot be written."""
    write_bytes_atomic(Path(path), render_report(result, coder=coder, checked_at=checked_at))


# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    result: Result
    coder: str | None
    checked_at: datetime

    @property
    def file(self) -> str:
        return self.result.reading.document.file

    @property
    def when(self) -> str:
        return format_datetime(self.checked_at)


class _ReportDoc(SimpleDocTemplate):
    """Adds a PDF outline entry for every section heading."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
            key = f"s{self.seq.nextf('section')}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)


def _build(ctx: _Context, total: int | None) -> tuple[bytes, int]:
    register_fonts()
    buf = io.BytesIO()
    doc = _ReportDoc(
        buf, pagesize=letter, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN + 10, bottomMargin=PAGE_MARGIN + 8,
        title=f"{TITLE}: {ctx.file}", author=ctx.coder or "srscheck", subject=SUBTITLE,
        creator=f"srscheck {ctx.result.version}", invariant=1,
    )

    def decorate(canvas: Any, d: SimpleDocTemplate) -> None:
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
        y = PAGE_HEIGHT - PAGE_MARGIN + 4
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawString(left, y, TITLE)
        canvas.setFont(FONT, 7.5)
        checked = f"Checked {ctx.when}"
        x = left + canvas.stringWidth(TITLE, FONT_BOLD, 7.5) + 6
        room = right - x - canvas.stringWidth(checked, FONT, 7.5) - 12
        canvas.drawString(x, y, _fit(f"·  {_base_name(ctx.file)}", room, canvas))
        canvas.drawRightString(right, y, checked)
        canvas.line(left, y - 4, right, y - 4)
    y = PAGE_MARGIN - 6
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
    story += _summary_section(ctx)
    story += _warnings_section(ctx)
    story += _facts_section(ctx)
    story += corrections_section(ctx.result)
    story += _codes_section(ctx)
    story += [Spacer(1, 8), Paragraph(esc(LEGEND), styles()["muted"])]
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
           zebra: bool = True, extra: Iterable[tuple[Any, ...]] = ()) -> Table:
    """A ruled table; the header row repeats on every page the table runs onto."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT",
                  splitInRow=1)
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
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


def _kv_table(rows: Sequence[tuple[str, Any]], label_width: float = 1.55) -> Table:
    data = [[_t(k, "label"), v if isinstance(v, Flowable) else _t(v)] for k, v in rows]
    return _table(data, [label_width * inch, BODY_WIDTH - label_width * inch], header=False, zebra=False,
                  extra=[("BACKGROUND", (0, 0), (0, -1), ZEBRA)])


def _notice(markup: str, mark: Mark) -> Table:
    """A tinted box with a coloured left rule, for contradictions and warnings."""
    box = Table([[_p(markup, "notice")]], colWidths=[BODY_WIDTH], hAlign="LEFT", splitInRow=1)
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), mark.tint), ("LINEBEFORE", (0, 0), (0, -1), 3, mark.ink),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
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


def _evidence_markup(evidence: Sequence[Evidence]) -> str:
    """``p. 2  “quotation”`` lines, one per piece of evidence (the first few, then their pages)."""
    quoted = list({(e.page, e.text): e for e in evidence if e.text}.values())  # each quotation once
    lines = [f'<font color="#5B6472">p.&nbsp;{e.page}</font>&nbsp;&nbsp;<i>“{esc(e.text)}”</i>'
             for e in quoted[:MAX_QUOTES]]
    rest = quoted[MAX_QUOTES:]
    if rest:
        pages = ", ".join(str(p) for p in sorted({e.page for e in rest}))
        lines.append(f'<font color="#5B6472">and {len(rest)} more on page{"s" if "," in pages else ""} '
                     f"{pages}</font>")
    return "<br/>".join(lines)


def _category_order(categories: Iterable[str]) -> list[str]:
    seen = list(dict.fromkeys(categories))
    known = [c for c in CATEGORIES if c in seen]
    return known + [c for c in seen if c not in CATEGORIES]


def code_verdict(code: CodeResult) -> str:
    """supported | gaps | contradicted | unchecked; a code with no template is never "supported"."""
    return code.verdict if code.known else "unchecked"


# --------------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------------


def _title_block(ctx: _Context) -> list[Flowable]:
    result = ctx.result
    doc = result.reading.document
    source = ("text recognised by OCR" if doc.ocr else
              "text read from the PDF text layer" if doc.file.lower().endswith(".pdf") else "plain text file")
    templates = "  ·  ".join(f"{code} v{version}" for code, version in result.outcome.templates)
    rows: list[tuple[str, Any]] = [
        ("Chart file", doc.file),
        ("SHA-256", doc.sha256),
        ("Pages", f"{len(doc.pages)} ({source})"),
        ("Checked on", ctx.when),
        ("Checked by", ctx.coder or "Not given"),
        ("Claimed codes", ", ".join(result.claimed) or "None"),
        ("Software", f"srscheck {result.version}"),
        ("Checklist templates", templates or "None used"),
    ]
    return [_t(TITLE, "title"), _t(SUBTITLE, "subtitle"), _kv_table(rows)]


def _summary_section(ctx: _Context) -> list[Flowable]:
    result = ctx.result
    mark, headline = _overall(result)
    out: list[Flowable] = [_h1(1, "Summary"), _notice(
        f'<font color="{_hex(mark.ink)}"><b>{esc(mark.symbol)}&nbsp;&nbsp;{esc(headline)}</b></font>'
        f"<br/>{esc(_overall_sentence(result))}", mark), Spacer(1, 6)]
    if result.codes:
        rows: list[list[Any]] = [_heads("Code", "Description", "Verdict", "Gaps", "Consistency")]
        extra = []
        for i, code in enumerate(result.codes, start=1):
            mark = verdict_mark(code_verdict(code))
            rows.append([_t(code.code, "cell_bold"), _t(code.title or "—"), _mark(mark),
                         _t(str(len(code.gaps)) if code.known else "—"), _p(_consistency_markup(code))])
            extra.append(("BACKGROUND", (2, i), (2, i), mark.tint))
            widths = [0.62 * inch, 2.05 * inch, 1.15 * inch, 0.5 * inch]
        out.append(_table(rows, widths + [BODY_WIDTH - sum(widths)], extra=extra))
    out.append(_t("Codes the documentation supports", "h2"))
    if result.suggestions:
        rows = [_heads("Code", "Units", "Type", "Claimed", "Why")]
        for s in result.suggestions:
            rows.append([_t(s.code, "cell_bold"), _t(str(s.units)), _t(s.kind.capitalize() or "—"),
                         _t("Yes" if s.code in result.claimed else "No"), _t(s.reason)])
        widths = [0.62 * inch, 0.5 * inch, 1.05 * inch, 0.72 * inch]
        out.append(_table(rows, widths + [BODY_WIDTH - sum(widths)]))
    else:
        out.append(_t("The documented facts support none of the codes srscheck knows.", "body"))
    unsupported = [c for c in result.claimed if c not in result.suggested_codes]
    if unsupported:
        out += [Spacer(1, 4), _p(f"<b>Claimed but not among the supported codes:</b> {esc(', '.join(unsupported))}.",
                                 "body")]
    return out


_SEVERITY = ("contradicted", "gaps", "unchecked", "supported")
_HEADLINES = {
    "contradicted": "Claimed codes conflict with the documented facts",
    "gaps": "Documentation gaps found",
    "unchecked": "Some claimed codes could not be checked",
    "supported": "The documentation supports every claimed code",
}


def _consistency_markup(code: CodeResult) -> str:
    """The summary's consistency cell: the problems, then claim-level notes (bundling, add-ons)."""
    if not code.known:
        return "No checklist template; not checked."
    text = ("Agrees with the documented facts." if code.consistent else
            esc(" ".join(code.problems) or "Contradicted by the documented facts."))
    notes = [n for n in code.notes if n]
    if notes:
        text += f'<br/><font color="#5B6472">Note: {esc(" ".join(notes))}</font>'
    return text


def _overall(result: Result) -> tuple[Mark, str]:
    """The mark and headline of the worst verdict among the claimed codes."""
    verdicts = {code_verdict(c) for c in result.codes}
    worst = next((v for v in _SEVERITY if v in verdicts), None)
    if worst is None:
        return verdict_mark("unchecked"), "No codes were claimed"
    return verdict_mark(worst), _HEADLINES[worst]


def _overall_sentence(result: Result) -> str:
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
    queries = len(_queries(result))
    tail = (f" {queries} physician {'query is' if queries == 1 else 'queries are'} listed in section 5."
            if queries else " No physician query is needed.")
    if counts.get("contradicted"):
        tail += " Review the contradicted codes against the documented facts (section 3)."
    return f"{n} claimed code{'s' if n != 1 else ''}: " + "; ".join(parts) + "." + tail


def _warnings_section(ctx: _Context) -> list[Flowable]:
    result = ctx.result
    warnings = list(result.warnings)
    if result.reading.document.ocr and not any("ocr" in w.lower() for w in warnings):
        warnings.append("The chart has no text layer; its text was recognised by OCR, so check quotations "
                        "against the chart.")
    out: list[Flowable] = [_h1(2, "Warnings")]
    if not warnings:
        out.append(_t("None: every checklist template was valid and the chart's text was read directly.",
                      "body"))
        return out
    mark = verdict_mark("gaps")
    items = "<br/>".join(f"⚠&nbsp;&nbsp;{esc(w)}" for w in warnings)
    out.append(_notice(items, mark))
    return out


def _facts_section(ctx: _Context) -> list[Flowable]:
    facts = ctx.result.facts
    rows: list[list[Any]] = [_heads("Fact", "Value", "Where the chart documents it")]
    extra = []
    for i, name in enumerate(FACT_NAMES, start=1):
        fact = facts.get(name)
        rows.append([_t(FACT_LABELS.get(name, name), "cell_bold"), _fact_value(fact),
                     _p(_evidence_markup(fact.evidence) or '<font color="#5B6472">No quotation found.</font>')])
        if fact.overridden:
            extra.append(("BACKGROUND", (1, i), (1, i), ACCENT_TINT))
    widths = [1.45 * inch, 1.75 * inch]
    block: list[Flowable] = [_h1(3, "Documented facts"),
                             _table(rows, widths + [BODY_WIDTH - sum(widths)], extra=extra)]
    if facts.overridden:
        block += [Spacer(1, 3), _t("✎ marks a value set by the coder; the checks used the coder's value. "
                                   "The quotations are those the reader found for its own value.", "muted")]
    out: list[Flowable] = [KeepTogether(block)]
    out.append(_t("Treated lesions", "h2"))
    out.append(_lesions_table(facts.lesions) if facts.lesions else
               _t("The chart lists no individual lesion.", "body"))
    return out


def _fact_value(fact: Fact) -> Paragraph:
    value = f"<b>{esc(display_value(fact.value))}</b>"
    if fact.overridden:
        value += (f'<br/><font color="#1F3A5F">✎ Set by the coder</font>'
                  f'<br/><font color="#5B6472">Reader found: {esc(display_value(fact.original))}</font>')
    return _p(value)


def _lesions_table(lesions: Sequence[Lesion]) -> Table:
    rows: list[list[Any]] = [_heads("#", "Lesion", "Site", "Class", "Dose", "Fractions", "Size", "Page")]
    for i, les in enumerate(lesions, start=1):
        klass = les.complexity.capitalize() if les.complexity else "—"
        if les.complexity_reasons:
            klass += f' <font color="#5B6472">({esc(", ".join(les.complexity_reasons))})</font>'
        name = esc(les.name) + (f'<br/><font color="#5B6472">{esc(les.histology)}</font>'
                                if les.histology else "")
        pages = sorted({e.page for e in les.evidence})
        rows.append([_t(str(i)), _p(name), _t(display_value(les.site) if les.site else "—"), _p(klass),
                     _t(f"{les.dose_gy:g} Gy" if les.dose_gy is not None else "—"),
                     _t(str(les.fractions) if les.fractions is not None else "—"),
                     _t(f"{les.size_cm:g} cm" if les.size_cm is not None else "—"),
                     _t(", ".join(map(str, pages)) or "—")])
    widths = [0.3, 1.75, 0.7, 1.45, 0.65, 0.8, 0.65]
    widths = [w * inch for w in widths]
    return _table(rows, widths + [BODY_WIDTH - sum(widths)])


def _codes_section(ctx: _Context) -> list[Flowable]:
    title = _h1(4, "Claimed codes, requirement by requirement")
    if not ctx.result.codes:
        return [title, _t("No codes were claimed.", "body")]
    out: list[Flowable] = []
    for i, code in enumerate(ctx.result.codes):
        out += _code_block(code, lead=[title] if i == 0 else [])  # the section title stays with code 1
    return out


def _code_block(code: CodeResult, lead: Sequence[Flowable] = ()) -> list[Flowable]:
    mark = verdict_mark(code_verdict(code))
    heading = _p(f"{esc(code.code)}&nbsp;&nbsp;{esc(code.title)}", "h2")
    version = f"Checklist template version {code.template_version}" if code.template_version else ""
    line = _p(f'<font color="{_hex(mark.ink)}"><b>{esc(mark.text)}</b></font>'
              + (f' <font color="#5B6472">·  {len(code.gaps)} open gap{"s" if len(code.gaps) != 1 else ""}'
                 f'{"  ·  " + esc(version) if version else ""}</font>' if code.known else ""), "body")
    out: list[Flowable] = [CondPageBreak(HEADING_ROOM + (0.5 * inch if lead else 0)),
                           KeepTogether([*lead, heading, line])]
    if not code.known:
        out.append(_notice("There is no checklist template for this code, so its documentation was not "
                           "checked.", verdict_mark("unchecked")))
        return out
    if code.notes:
        notes = "".join(f"<br/>•&nbsp;&nbsp;{esc(n)}" for n in code.notes)
        out += [_notice(f"<b>Coding notes</b> (these do not change the verdict):{notes}",
                        verdict_mark("unchecked")), Spacer(1, 5)]
    if not code.consistent:
        problems = "".join(f"<br/>•&nbsp;&nbsp;{esc(p)}" for p in code.problems)
        out.append(_notice(f"<b>✖ Contradicted:</b> the documented facts do not fit this code.{problems}",
                           verdict_mark("contradicted")))
        out.append(Spacer(1, 5))
    if code.requirements:
        out.append(_requirements_table(code.requirements))
    else:
        out.append(_t("The template lists no documentation requirement for this code.", "body"))
    return out


def _requirements_table(requirements: Sequence[RequirementResult]) -> Table:
    rows: list[list[Any]] = [_heads("Status", "Requirement", "Evidence in the chart")]
    extra: list[tuple[Any, ...]] = []
    for category in _category_order(r.category for r in requirements):
        reqs = [r for r in requirements if r.category == category]
        open_ = sum(r.status != "met" for r in reqs)
        state = "all met" if not open_ else f"{open_} of {len(reqs)} not met"
        row = len(rows)
        rows.append([_p(f"<b>{esc(category_label(category))}</b>&nbsp;&nbsp;"
                        f'<font color="#5B6472">{state}</font>'), "", ""])
        extra += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), ACCENT_TINT)]
        for r in reqs:
            mark = status_mark(r.status)
            extra.append(("BACKGROUND", (0, len(rows)), (0, len(rows)), mark.tint))
            rows.append([_mark(mark), _p(f"{esc(r.label)}<br/><font color=\"#5B6472\" size=\"7\">"
                                         f"{esc(r.id)}</font>"), _p(_requirement_evidence(r))])
    widths = [0.9 * inch, 2.2 * inch]
    return _table(rows, widths + [BODY_WIDTH - sum(widths)], zebra=False, extra=extra)


def _requirement_evidence(r: RequirementResult) -> str:
    parts = []
    quotes = _evidence_markup(r.evidence)
    if quotes:
        parts.append(quotes)
    if r.status != "met":
        if r.found:
            parts.append(f"<b>Found:</b> {esc(', '.join(r.found))}")
        missing = ", ".join(r.missing) or r.label
        parts.append(f'<font color="#A61B1B"><b>Missing:</b></font> {esc(missing)}')
    return "<br/>".join(parts) or '<font color="#5B6472">No quotation recorded.</font>'


# --------------------------------------------------------------------------------------------------
# Physician queries
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """One question for the physician; the same gap under several codes is asked once."""

    category: str
    text: str
    missing: tuple[str, ...]
    concerns: tuple[tuple[str, str], ...]  # (code, requirement label) of every code that needs it

    @property
    def needed_for(self) -> str:
        """``77372 and 77432: Planning CT or MRI performed`` (codes that share a label are joined)."""
        by_label: dict[str, list[str]] = {}
        for code, label in self.concerns:
            by_label.setdefault(label, []).append(code)
        return "; ".join(f"{_and(codes)}: {label}" for label, codes in by_label.items())


def _queries(result: Result) -> list[Query]:
    found: dict[tuple[str, str, str, tuple[str, ...]], list[tuple[str, str]]] = {}
    for code in result.codes:
        if not code.known:
            continue
        for r in code.gaps:
            text = r.query.strip() or f"Please clarify whether the chart documents: {r.label}."
            key = (r.category, r.id, text, tuple(r.missing))
            found.setdefault(key, []).append((code.code, r.label))
    queries = [Query(cat, text, missing, tuple(concerns))
               for (cat, _, text, missing), concerns in found.items()]
    order = {c: i for i, c in enumerate(_category_order(q.category for q in queries))}
    return sorted(queries, key=lambda q: order[q.category])  # stable: code order kept inside a group


def _queries_section(ctx: _Context) -> list[Flowable]:
    queries = _queries(ctx.result)
    if not queries:
        return [_h1(5, "Physician queries"),
                _t("None: the chart documents every requirement of the claimed codes.", "body")]
    out: list[Flowable] = [PageBreak(), _h1(5, "Physician queries")]
    doc = ctx.result.reading.document
    out.append(_kv_table([
        ("Chart", f"{doc.file}  (SHA-256 {doc.sha256[:16]}…)"),
        ("Query date", ctx.when),
        ("From", ctx.coder or "Coding / billing office"),
        ("To", "Treating physician"),
    ]))
    out.append(Spacer(1, 6))
    out.append(_t("The review of this treatment summary found the documentation gaps below. For each "
                  "numbered query, please state whether and where it is documented, or add an addendum "
                  "if the service was provided. Please do not add documentation for anything that was "
                  "not done.", "body"))
    number = 0
    for category in _category_order(q.category for q in queries):
        heading: list[Flowable] = [_t(category_label(category), "h2")]
        for q in (q for q in queries if q.category == category):
            number += 1
            out.append(KeepTogether(heading + [_query_block(number, q), Spacer(1, 6)]))
            heading = []
    out += [Spacer(1, 14), _signature_block()]
    return out


def _signature_block() -> Flowable:
    """Lines for the physician to sign and date the answers."""
    cells = [_t("Physician signature", "muted"), "", _t("Date", "muted"), ""]
    table = Table([cells], colWidths=[1.3 * inch, 3.2 * inch, 0.5 * inch, BODY_WIDTH - 5.0 * inch],
                  rowHeights=[0.4 * inch], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                               ("LINEBELOW", (3, 0), (3, 0), 0.6, INK)]))
    return KeepTogether([table])


def _query_block(number: int, q: Query) -> Flowable:
    lines = [f"<b>{esc(q.text)}</b>"]
    if q.missing:
        lines.append(f"Not found in the chart: {esc(', '.join(q.missing))}")
    lines.append(f'<font color="#5B6472">Needed for {esc(q.needed_for)}</font>')
    table = Table(
        [[_p(f"<b>Q{number}</b>", "query"), _p("<br/>".join(lines), "query")],
         ["", _p('<font color="#5B6472">Physician response:</font>', "small")],
         ["", ""]],
        colWidths=[0.55 * inch, BODY_WIDTH - 0.55 * inch], rowHeights=[None, None, 0.32 * inch],
        hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (0, -1), ACCENT_TINT),
        ("LINEABOVE", (1, 1), (1, 1), 0.4, RULE),
        ("LINEBELOW", (1, 2), (1, 2), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


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

