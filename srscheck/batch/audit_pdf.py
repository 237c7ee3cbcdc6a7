"""The audit PDF: the figures of :func:`srscheck.batch.audit.compute_audit` on a few pages a
coding manager reads in five minutes, then an appendix naming the charts behind each number.

Charts are reportlab's own (``reportlab.graphics``); fonts are the report's embedded DejaVu Sans.
The summary pages name physicians and delivery units, never a patient or a chart file; the
appendix identifies charts by file name and SHA-256 only. Same figures, same bytes
(``invariant=1``, no clock).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
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

from srscheck.core.fileio import write_bytes_atomic
from srscheck.core.labels import category_label
from srscheck.report_styles import (
    ACCENT,
    ACCENT_TINT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PAGE_MARGIN,
    RULE,
    ZEBRA,
    esc,
    register_fonts,
    styles,
)

TITLE = "Coding Audit"
SUBTITLE = "Stereotactic radiosurgery (SRS) and SBRT courses checked by srscheck: documentation gaps, " \
           "contradicted codes and claimed units"
PAGE_WIDTH, PAGE_HEIGHT = letter
BODY_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN
TOP_REQUIREMENTS = 15  # bars in the requirement chart (the table lists every requirement)
TOP_GROUPS = 12  # physicians / units drawn as bars (the table lists all)
RED = colors.HexColor("#A61B1B")
AMBER = colors.HexColor("#C27C0E")
GREEN = colors.HexColor("#17663A")
BUCKETS = (("over_claimed", "Over-claimed", RED), ("under_claimed", "Under-claimed", AMBER),
           ("not_claimed", "Supported, not claimed", colors.HexColor("#5B7FA6")),
           ("contradicted", "Contradicted", colors.HexColor("#4B5563")))

DEFINITIONS = (
    "How the figures are counted. A course is one checked result (a chart file, or several documents "
    "read as one course). A requirement check is one documentation requirement of one course; a requirement "
    "that several claimed codes share counts once, with its worst status. A gap is a requirement found "
    "partial or missing, and a gap rate is gaps divided by checks. A category counts as a gap for a course when "
    "any of its requirements is one. Over-claimed: more units claimed than the chart supports (a code the "
    "chart contradicts supports none); under-claimed: fewer units claimed than supported. Physicians and "
    "delivery units are as each chart names them; 'Not documented' when it does not. The charts behind each "
    "code figure are listed in the appendix by file name and SHA-256; these summary pages name no patient.")


def pct(rate: float) -> str:
    return f"{rate * 100:.0f}%"


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def render_audit_pdf(audit: Mapping[str, Any]) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=letter, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN + 10, bottomMargin=PAGE_MARGIN + 8, title=f"{TITLE}: {audit['batch']}",
        author="srscheck", subject=SUBTITLE, creator=f"srscheck {audit['srscheck_version']}", invariant=1,
    )
    footer = f"srscheck {audit['srscheck_version']}  ·  {TITLE} of {audit['batch']}"
    doc.build(_story(audit), canvasmaker=_numbered_canvas(footer))
    return buf.getvalue()


def write_audit_pdf(audit: Mapping[str, Any], path: Path) -> None:
    write_bytes_atomic(Path(path), render_audit_pdf(audit))


def _numbered_canvas(footer: str) -> type:
    """A canvas that draws "Page x of y" in one pass (pages are kept until the count is known)."""

    class _Canvas(Canvas):
        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            self.saveState()
            left, right = PAGE_MARGIN, PAGE_WIDTH - PAGE_MARGIN
            y = PAGE_MARGIN - 6
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, y + 10, right, y + 10)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7.5)
            self.drawString(left, y, footer)
            self.setFillColor(INK)
            self.setFont(FONT_BOLD, 8)
            self.drawRightString(right, y, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return _Canvas


# --------------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------------


def _t(text: object, style: str = "cell") -> Paragraph:
    return Paragraph(esc(text), styles()[style])


def _h1(text: str) -> list[Flowable]:
    return [CondPageBreak(2.2 * inch), _t(text, "h1")]


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, align_right_from: int = 1,
           size: float = 8, header: bool = True) -> Table:
    """A ruled table of plain strings (fast for long appendix tables); numbers right-aligned."""
    data = [list(r) for r in rows]
    if header:
        data[0] = [_head(h, i >= align_right_from, size) for i, h in enumerate(data[0])]
    table = Table(data, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, size), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
    ]
    if header:
        cmds += [("FONT", (0, 0), (-1, 0), FONT_BOLD, size), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                 ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA])]
    table.setStyle(TableStyle(cmds))
    return table


def _head(text: str, right: bool, size: float) -> Paragraph:
    style = styles()["head"].clone("head_r" if right else "head_l", alignment=2 if right else 0, fontSize=size,
                                   leading=size + 2)
    return Paragraph(esc(text), style)


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _value_axis(axis: Any, top: float, fmt: str) -> None:
    """A value axis from 0 to ``top`` with light grid lines, as every audit chart draws it."""
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, _step(top)
    axis.labels.fontName = FONT
    axis.labels.fontSize = 7
    axis.labelTextFormat = fmt
    axis.strokeColor = RULE
    axis.visibleGrid = True
    axis.gridStrokeColor = colors.HexColor("#E5E7EB")


def _style_bars(bc: HorizontalBarChart, *, value_max: float, fmt: str, color: Any) -> None:
    """The audit's one look for horizontal bars: labels, value axis from 0 with a grid, bar labels."""
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 7.5
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -4
    bc.categoryAxis.strokeColor = RULE
    _value_axis(bc.valueAxis, value_max, fmt)
    bc.bars[0].fillColor = color
    bc.bars[0].strokeColor = None
    bc.barWidth = 9
    bc.groupSpacing = 6
    bc.barLabelFormat = fmt
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 7
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3


def _hbar(labels: Sequence[str], values: Sequence[float], *, width: float = BODY_WIDTH, label_width: float = 190,
          color: Any = ACCENT, value_max: float = 100, fmt: str = "%.0f%%", axis: str = "") -> Drawing:
    """Horizontal bars, first label at the top."""
    row = 15
    height = max(60, row * len(labels) + 34)
    d = Drawing(width, height)
    bc = HorizontalBarChart()
    bc.x, bc.y = label_width, 24
    bc.width, bc.height = width - label_width - 36, height - 30
    bc.data = [list(reversed(values))]
    bc.categoryAxis.categoryNames = list(reversed(labels))
    _style_bars(bc, value_max=value_max, fmt=fmt, color=color)
    d.add(bc)
    if axis:
        d.add(String(bc.x + bc.width / 2, 4, axis, fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="middle"))
    return d


def _step(value_max: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value_max / step <= 6:
            return step
    return value_max / 5


def _nice_max(value: float) -> float:
    for top in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= top:
            return top
    return value


def _legend(items: Sequence[tuple[Any, str]], x: float, y: float) -> Legend:
    lg = Legend()
    lg.x, lg.y = x, y
    lg.fontName = FONT
    lg.fontSize = 7.5
    lg.alignment = "right"
    lg.columnMaximum = 1
    lg.dx = lg.dy = 7
    lg.deltax = 0
    lg.variColumn = 1  # each column as wide as its own text
    lg.autoXPadding = 14
    lg.dxTextSpace = 4
    lg.colorNamePairs = list(items)
    return lg


# --------------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------------


def _story(audit: Mapping[str, Any]) -> list[Flowable]:
    story: list[Flowable] = []
    story += _title(audit)
    story += _findings(audit)
    story += _totals(audit)
    story += [Spacer(1, 6), _t(DEFINITIONS, "muted"), PageBreak()]
    story += _requirements(audit)
    story += _groups(audit, "physicians", "physician", "Physicians")
    story += _groups(audit, "units", "label", "Delivery units")
    story += _codes(audit)
    story += _trend(audit)
    story += _appendix(audit)
    return story


def _period(audit: Mapping[str, Any]) -> str:
    p = audit["period"]
    if not p["first"]:
        return "no treatment dates documented"
    text = f"treatment dates {p['first']} to {p['last']}"
    if p["undated_courses"]:
        text += f" ({p['undated_courses']} course(s) without a date)"
    return text


def _title(audit: Mapping[str, Any]) -> list[Flowable]:
    t = audit["totals"]
    line = (f"Batch {audit['batch']}  ·  {t['courses']} course(s), {t['charts']} chart document(s)  ·  "
            f"{_period(audit)}")
    return [_t(TITLE, "title"), _t(SUBTITLE, "subtitle"), _t(line, "body"), Spacer(1, 4)]


def _findings(audit: Mapping[str, Any]) -> list[Flowable]:
    """Three to six sentences: what a manager should look at first."""
    t = audit["totals"]
    out: list[str] = []
    if t["codes_claimed"]:
        out.append(f"{t['codes_claimed']} code(s) were claimed: {t['codes_supported']} fully supported, "
                   f"{t['codes_with_gaps']} with documentation gaps, {t['codes_contradicted']} contradicted by "
                   "the chart's own facts.")
    gaps = [r for r in audit["requirements"] if r["gaps"]]
    if gaps:
        top = gaps[0]
        out.append(f"Most frequent gap: {top['label']} ({category_label(top['category'])}), not met in "
                   f"{top['gaps']} of {top['checks']} course(s) ({pct(top['gap_rate'])}).")
    named = [g for g in audit["physicians"] if g["physician"] and g["courses"] >= 2]
    if len(named) >= 2:
        worst = max(named, key=lambda g: (g["gap_rate"], g["courses"]))
        out.append(f"Highest gap rate by physician: {worst['physician']}, {pct(worst['gap_rate'])} of "
                   f"requirement checks over {worst['courses']} course(s) (all courses: {pct(t['gap_rate'])}).")
    over = sorted((c for c in audit["codes"] if c["counts"]["over_claimed"]),
                  key=lambda c: (-c["counts"]["over_claimed"], c["code"]))
    if over:
        out.append("Over-claimed units: " + ", ".join(f"{c['code']} in {c['counts']['over_claimed']} course(s)"
                                                      for c in over[:4]) + ".")
    out.append(f"{t['courses_needing_review']} course(s) need review (the chart disagrees with itself or "
               f"a reading is unsure); {t['queries_raised']} physician query(ies) would close the gaps.")
    if t["not_checked"]:
        out.append(f"{t['not_checked']} chart(s) have no result (unreadable or not checked) and are not "
                   "counted; the appendix lists them.")
    box = Table([[Paragraph("<br/>".join(f"•&nbsp;{esc(s)}" for s in out), styles()["notice"])]],
                colWidths=[BODY_WIDTH], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
                             ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return [_t("What stands out", "h2"), box]


def _totals(audit: Mapping[str, Any]) -> list[Flowable]:
    t = audit["totals"]
    cells = [
        ("Charts", t["charts"]), ("Courses", t["courses"]), ("Codes claimed", t["codes_claimed"]),
        ("Codes supported", t["codes_supported"]), ("Codes with gaps", t["codes_with_gaps"]),
        ("Codes contradicted", t["codes_contradicted"]), ("Courses needing review", t["courses_needing_review"]),
        ("Queries raised", t["queries_raised"]),
    ]
    big = styles()["title"]
    rows = []
    for i in range(0, len(cells), 4):
        rows.append([Paragraph(str(v), big) for _, v in cells[i:i + 4]])
        rows.append([_t(k, "label") for k, _ in cells[i:i + 4]])
    table = Table(rows, colWidths=[BODY_WIDTH / 4] * 4, hAlign="LEFT")
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8)]
                              + [("LINEBELOW", (0, r), (-1, r), 0, colors.white) for r in (0, 2)]))
    verdict_bar = _verdict_bar(t)
    return [_t("Totals", "h2"), KeepTogether([table]), Spacer(1, 6), verdict_bar, Spacer(1, 4),
            _t(f"Overall gap rate: {pct(t['gap_rate'])} of {t['requirement_checks']} requirement checks; "
               f"{t['courses_with_gaps']} of {t['courses']} course(s) have at least one gap.", "small")]


def _verdict_bar(t: Mapping[str, Any]) -> Drawing:
    """The claimed codes as one stacked bar: supported, with gaps, contradicted, not checked."""
    parts = [("Supported", t["codes_supported"], GREEN), ("With gaps", t["codes_with_gaps"], AMBER),
             ("Contradicted", t["codes_contradicted"], RED), ("Not checked", t["codes_unchecked"], MUTED)]
    total = sum(n for _, n, _ in parts) or 1
    d = Drawing(BODY_WIDTH, 40)
    bc = HorizontalBarChart()
    bc.x, bc.y, bc.width, bc.height = 0, 18, BODY_WIDTH, 16
    bc.data = [[n * 100 / total] for _, n, _ in parts]
    bc.categoryAxis.style = "stacked"
    bc.categoryAxis.visible = False
    bc.valueAxis.visible = False
    bc.valueAxis.valueMin, bc.valueAxis.valueMax = 0, 100
    bc.barWidth = 16
    for i, (_, _, color) in enumerate(parts):
        bc.bars[i].fillColor = color
        bc.bars[i].strokeColor = colors.white
    d.add(bc)
    d.add(_legend([(c, f"{name} {n} ({n * 100 / total:.0f}%)") for name, n, c in parts], 0, 6))
    return d


def _requirements(audit: Mapping[str, Any]) -> list[Flowable]:
    reqs = audit["requirements"]
    out: list[Flowable] = [_t("Documentation gaps by requirement", "h1")]
    if not reqs:
        return out + [_t("No requirement was checked (no claimed code has a checklist).", "body")]
    shown = [r for r in reqs if r["gaps"]][:TOP_REQUIREMENTS]
    more = f" (the {len(shown)} worst)" if len(shown) < sum(1 for r in reqs if r["gaps"]) else ""
    if shown:
        out.append(_t(f"Share of courses whose chart does not fully document the requirement, worst first{more}; "
                      "the table lists every requirement checked.", "small"))
        out.append(_hbar([_cut(r["label"], 44) for r in shown], [r["gap_rate"] * 100 for r in shown],
                         color=RED, axis="gap rate (partial or missing / courses checked)"))
    else:
        out.append(_t("Every requirement checked was met in every course.", "body"))
    rows = [["Requirement", "Category", "Checked", "Missing", "Partial", "Gap rate"]]
    rows += [[_t(r["label"], "small"), _t(category_label(r["category"]), "small"), r["checks"], r["missing"],
              r["partial"], pct(r["gap_rate"])] for r in reqs]
    out.append(_table(rows, [206, 110, 52, 48, 45, 50], align_right_from=2))
    cats = audit["categories"]
    rows = [["Category", "Courses checked", "With a gap", "Gap rate"]]
    rows += [[c["label"], c["checks"], c["gaps"], pct(c["gap_rate"])] for c in cats]
    out += [KeepTogether([
        _t("By category", "h2"),
        _hbar([c["label"] for c in cats], [c["gap_rate"] * 100 for c in cats], color=AMBER,
              axis="gap rate (a course's category is a gap when any of its requirements is)"),
        _table(rows, [220, 100, 100, 91])])]
    return out


UNIT_SHORT = {"cobalt60": "Gamma Knife (Co-60)", "linac": "Linac", "robotic_linac": "CyberKnife",
              "particle": "Protons / ions"}


def _groups(audit: Mapping[str, Any], key: str, name: str, title: str) -> list[Flowable]:
    groups = audit[key]
    heading = _t(f"{title}: courses, gap rate, contradicted codes", "h1")
    if not groups:
        return [heading, _t("No course was checked.", "body")]

    def label(g: Mapping[str, Any]) -> str:
        return str(g.get(name) or "Not documented")

    rows = [[title[:-1], "Courses", "With gaps", "Gap rate", "Codes claimed", "Contra­dicted", "Need review"]]
    rows += [[_cut(label(g), 40), g["courses"], g["courses_with_gaps"], pct(g["gap_rate"]), g["codes_claimed"],
              g["codes_contradicted"], g["courses_needing_review"]] for g in groups]
    table = _table(rows, [181, 50, 50, 50, 60, 60, 60])
    shown = sorted(groups, key=lambda g: (-g["courses"], label(g)))[:TOP_GROUPS]
    shown.sort(key=lambda g: (-g["gap_rate"], label(g)))
    short = [_cut(UNIT_SHORT.get(str(g.get("unit")), label(g)), 30) for g in shown]
    note = f"The {TOP_GROUPS} with the most courses are drawn. " if len(groups) > TOP_GROUPS else ""
    drawing = _pair_bars(short, [g["gap_rate"] * 100 for g in shown], [g["codes_contradicted"] for g in shown])
    return [KeepTogether([heading, table, Spacer(1, 6), drawing,
                                   _t(note + "Left: gap rate (requirement checks not met). Right: claimed codes "
                                      "the chart contradicts.", "muted")])]


def _pair_bars(labels: Sequence[str], rates: Sequence[float], counts: Sequence[int]) -> Drawing:
    """Two bar panels on one row of labels: gap rate (%) on the left, contradicted codes on the right."""
    row = 15
    height = max(60, row * len(labels) + 28)
    label_width, gap = 130, 30
    panel = (BODY_WIDTH - label_width - gap - 30) / 2
    d = Drawing(BODY_WIDTH, height)
    top = _nice_max(max(counts, default=0) or 1)
    for i, (values, color, vmax, fmt) in enumerate(((rates, ACCENT, 100.0, "%.0f%%"),
                                                     (counts, RED, float(top), "%d"))):
        bc = HorizontalBarChart()
        bc.x = label_width + i * (panel + gap)
        bc.y, bc.width, bc.height = 18, panel, height - 22
        bc.data = [list(reversed(values))]
        bc.categoryAxis.categoryNames = list(reversed(labels))
        _style_bars(bc, value_max=vmax, fmt=fmt, color=color)
        bc.categoryAxis.visibleLabels = i == 0
        d.add(bc)
    return d


def _codes(audit: Mapping[str, Any]) -> list[Flowable]:
    codes = audit["codes"]
    out = _h1("Claimed and supported units per code")
    if not codes:
        return out + [_t("No code was claimed or supported.", "body")]
    out.append(_t("Units claimed against the units the chart supports, summed over the courses; the counts "
                  "are courses. Appendix A lists the charts behind each count.", "small"))
    rows = [["Code", "Courses claiming", "Units claimed", "Units supported", "Over-claimed", "Under-claimed",
             "Not claimed", "Contradicted"]]
    rows += [[c["code"], c["courses_claiming"], c["claimed_units"], c["supported_units"],
              c["counts"]["over_claimed"], c["counts"]["under_claimed"], c["counts"]["not_claimed"],
              c["counts"]["contradicted"]] for c in codes]
    table = _table(rows, [42, 60, 54, 60, 70, 74, 58, 73])
    flagged = [c for c in codes if c["counts"]["over_claimed"] or c["counts"]["under_claimed"]
               or c["counts"]["contradicted"]]
    out.append(KeepTogether([table, Spacer(1, 8), _code_bars(flagged)]) if flagged else table)
    return out


def _code_bars(codes: Sequence[Mapping[str, Any]]) -> Drawing:
    """Per code, three bars: courses over-claimed, under-claimed, contradicted."""
    buckets = [b for b in BUCKETS if b[0] != "not_claimed"]
    group = 3 * 8 + 8
    height = group * len(codes) + 50
    d = Drawing(BODY_WIDTH, height)
    bc = HorizontalBarChart()
    bc.x, bc.y, bc.width, bc.height = 60, 34, BODY_WIDTH - 100, height - 40
    bc.data = [list(reversed([c["counts"][k] for c in codes])) for k, _, _ in reversed(buckets)]
    bc.categoryAxis.categoryNames = list(reversed([c["code"] for c in codes]))
    bc.categoryAxis.labels.fontName = FONT_BOLD
    bc.categoryAxis.labels.fontSize = 8
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -4
    bc.categoryAxis.strokeColor = RULE
    top = _nice_max(max(max(row) for row in bc.data) or 1)
    _value_axis(bc.valueAxis, top, "%d")
    bc.barWidth = 7
    bc.barSpacing = 1
    bc.groupSpacing = 8
    bc.barLabelFormat = "%d"
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 6.5
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3
    for i, (_, _, color) in enumerate(reversed(buckets)):
        bc.bars[i].fillColor = color
        bc.bars[i].strokeColor = None
    d.add(bc)
    d.add(_legend([(c, name + " (courses)") for _, name, c in buckets], 60, 8))
    return d


def _trend(audit: Mapping[str, Any]) -> list[Flowable]:
    months = audit["months"]
    if len(months) < 2:
        return []
    out = _h1("Trend by month of treatment")
    out.append(_t("Courses by the month of their first treatment date. Gap rate: requirement checks not met; "
                  "contradicted: claimed codes the chart contradicts.", "small"))
    height = 200
    d = Drawing(BODY_WIDTH, height)
    lc = HorizontalLineChart()
    lc.x, lc.y, lc.width, lc.height = 36, 44, BODY_WIDTH - 50, height - 64
    gap = [m["gap_rate"] * 100 for m in months]
    contra = [m["codes_contradicted"] * 100 / m["codes_claimed"] if m["codes_claimed"] else 0 for m in months]
    lc.data = [gap, contra]
    lc.categoryAxis.categoryNames = [m["month"] for m in months]
    lc.categoryAxis.labels.fontName = FONT
    lc.categoryAxis.labels.fontSize = 7
    if len(months) > 8:
        lc.categoryAxis.labels.angle = 30
        lc.categoryAxis.labels.boxAnchor = "ne"
    lc.categoryAxis.strokeColor = RULE
    top = _nice_max(max(gap + contra) or 1)
    _value_axis(lc.valueAxis, min(100, top), "%d%%")
    for i, (color, marker) in enumerate(((ACCENT, "FilledCircle"), (RED, "FilledSquare"))):
        lc.lines[i].strokeColor = color
        lc.lines[i].strokeWidth = 1.6
        lc.lines[i].symbol = makeMarker(marker, size=4, fillColor=color, strokeColor=color)
    lc.lineLabelFormat = "%.0f%%"
    lc.lineLabels.fontName = FONT
    lc.lineLabels.fontSize = 6.5
    lc.lineLabels.dy = 6
    d.add(lc)
    d.add(_legend([(ACCENT, "Gap rate"), (RED, "Claimed codes contradicted")], 36, 10))
    out.append(d)
    rows = [["Month", "Courses", "With gaps", "Gap rate", "Codes claimed", "Contradicted", "Need review"]]
    rows += [[m["month"], m["courses"], m["courses_with_gaps"], pct(m["gap_rate"]), m["codes_claimed"],
              m["codes_contradicted"], m["courses_needing_review"]] for m in months]
    out.append(_table(rows, [91, 70, 70, 70, 70, 70, 70]))
    return out


# --------------------------------------------------------------------------------------------------
# Appendix: the charts behind the numbers (file name and SHA-256 only)
# --------------------------------------------------------------------------------------------------


def _chart_numbers(audit: Mapping[str, Any]) -> dict[str, int]:
    """A number for every course the appendix names, in the order of their keys."""
    keys: set[str] = {ref["chart"] for c in audit["codes"] for refs in c["charts"].values() for ref in refs}
    keys |= {ref["chart"] for ref in audit["courses_needing_review"]}
    return {k: n for n, k in enumerate(sorted(keys), start=1)}


def _refs_text(refs: Sequence[Mapping[str, Any]], numbers: Mapping[str, int], units: bool) -> str:
    def one(ref: Mapping[str, Any]) -> str:
        text = f"#{numbers[ref['chart']]}"
        if units:
            text += f"\u00a0({ref['claimed_units']}\u2192{ref['supported_units']})"
        return text

    return ", ".join(one(r) for r in refs)


def _appendix(audit: Mapping[str, Any]) -> list[Flowable]:
    numbers = _chart_numbers(audit)
    out: list[Flowable] = [PageBreak(), _t("Appendix A   The charts behind each code figure", "h1"),
                           _t("Courses by their number in Appendix B; over- and under-claimed courses with the "
                              "units claimed \u2192 supported.", "small")]
    any_refs = False
    for c in audit["codes"]:
        for key, name, _ in BUCKETS:
            refs = c["charts"][key]
            if refs:  # a paragraph, not a table cell: a list of 2,000 courses runs over pages
                any_refs = True
                lead = f"<b>{esc(c['code'])} · {esc(name.lower())} ({len(refs)})</b>: "
                text = _refs_text(refs, numbers, key in ("over_claimed", "under_claimed"))
                out.append(Paragraph(lead + esc(text), styles()["small"]))
                out.append(Spacer(1, 3))
    if not any_refs:
        out.append(_t("No code was over- or under-claimed, left unclaimed or contradicted.", "body"))
    review = audit["courses_needing_review"]
    if review:
        out += [Spacer(1, 8), _t("Courses needing review (review flags)", "h2"),
                _t(", ".join(f"#{numbers[r['chart']]}\u00a0({r['flags']})" for r in review), "small")]
    out += [CondPageBreak(1.5 * inch), _t("Appendix B   Chart index: file name and SHA-256", "h1")]
    if numbers:
        by_key = {r["chart"]: r for c in audit["codes"] for refs in c["charts"].values() for r in refs}
        by_key.update({r["chart"]: r for r in audit["courses_needing_review"]})
        index = [["#", "Chart file", "SHA-256"]]
        for key, n in numbers.items():
            files = by_key[key]["files"] or [{"file": key, "sha256": ""}]
            for i, f in enumerate(files):
                index.append([str(n) if i == 0 else "", _cut(str(f["file"]), 40), f["sha256"]])
        out.append(_table(index, [34, 190, 287], align_right_from=9, size=6.5))
    else:
        out.append(_t("No chart is named in Appendix A.", "body"))
    missing = audit["not_checked"]
    if missing:
        out += [CondPageBreak(1.5 * inch), _t("Appendix C   Charts without a result (not counted)", "h1")]
        rows = [["Chart", "Status", "Why"]]
        rows += [[_cut(m["chart"], 40), m["status"], _cut(str(m.get("error") or ""), 70)] for m in missing]
        out.append(_table(rows, [150, 60, 301], align_right_from=3, size=6.5))
    return out
