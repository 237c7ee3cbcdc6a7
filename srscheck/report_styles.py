"""Look of the PDF gap report: embedded fonts, colours, paragraph styles and status marks.

Kept apart from :mod:`srscheck.report` (which decides *what* the report says) so the design can be
changed in one place. Every status is shown as a symbol plus a word, never by colour alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

PAGE_MARGIN = 0.7 * inch

# Palette: dark ink on white, one accent colour, and soft tints behind status marks.
INK = colors.HexColor("#1F2937")
MUTED = colors.HexColor("#5B6472")
ACCENT = colors.HexColor("#1F3A5F")
ACCENT_TINT = colors.HexColor("#E8EEF5")
RULE = colors.HexColor("#C9CFD8")
ZEBRA = colors.HexColor("#F6F7F9")


@dataclass(frozen=True)
class Mark:
    """How one status or verdict is shown: a symbol, a word, and colours that only reinforce them."""

    symbol: str
    word: str
    ink: colors.Color
    tint: colors.Color

    @property
    def text(self) -> str:
        return f"{self.symbol} {self.word}"


_GREEN = (colors.HexColor("#17663A"), colors.HexColor("#E6F4EA"))
_AMBER = (colors.HexColor("#8A5300"), colors.HexColor("#FFF3D6"))
_RED = (colors.HexColor("#A61B1B"), colors.HexColor("#FCE8E8"))
_GREY = (colors.HexColor("#4B5563"), colors.HexColor("#EEF0F3"))

STATUS_MARKS = {
    "met": Mark("✔", "Met", *_GREEN),
    "partial": Mark("◐", "Partial", *_AMBER),
    "missing": Mark("✖", "Missing", *_RED),
}
VERDICT_MARKS = {
    "supported": Mark("✔", "Supported", *_GREEN),
    "gaps": Mark("▲", "Gaps", *_AMBER),
    "contradicted": Mark("✖", "Contradicted", *_RED),
    "unchecked": Mark("?", "Not checked", *_GREY),
}


def status_mark(status: str) -> Mark:
    return STATUS_MARKS.get(status, Mark("?", status.capitalize() or "Unknown", *_GREY))


def verdict_mark(verdict: str) -> Mark:
    return VERDICT_MARKS.get(verdict, Mark("?", verdict.capitalize() or "Unknown", *_GREY))


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the shipped DejaVu Sans faces once (embedded, so ≥ µ é print on any machine)."""
    folder = files("srscheck.resources") / "fonts"
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
    return FONT


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": FONT, "fontSize": 9, "leading": 12, "textColor": INK,
                               "alignment": TA_LEFT}
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The report's paragraph styles by short name."""
    register_fonts()
    return {
        "title": _style("title", fontName=FONT_BOLD, fontSize=15, leading=18, textColor=ACCENT),
        "subtitle": _style("subtitle", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=5),
        "h1": _style("h1", fontName=FONT_BOLD, fontSize=12, leading=15, textColor=ACCENT,
                     spaceBefore=8, spaceAfter=3),
        "h2": _style("h2", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=INK,
                     spaceBefore=7, spaceAfter=3),
        "body": _style("body", spaceAfter=4),
        "small": _style("small", fontSize=8, leading=10.5),
        "muted": _style("muted", fontSize=8, leading=10.5, textColor=MUTED),
        "cell": _style("cell", fontSize=8.5, leading=11),
        "cell_bold": _style("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=11),
        "head": _style("head", fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=colors.white),
        "head_small": _style("head_small", fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=colors.white),
        "tiny": _style("tiny", fontSize=7.5, leading=9.5),
        "label_small": _style("label_small", fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=MUTED),
        "label": _style("label", fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=MUTED),
        "quote": _style("quote", fontName=FONT_ITALIC, fontSize=8.5, leading=11, textColor=INK),
        "bullet": _style("bullet", fontSize=9, leading=12, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "query": _style("query", fontSize=9, leading=11.5),
        "notice": _style("notice", fontSize=9, leading=12, textColor=INK),
    }


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def esc(text: object) -> str:
    """Text made safe for reportlab's paragraph markup (XML escaped, control characters removed)."""
    return escape(_CONTROL.sub(" ", str(text)))


__all__ = [
    "ACCENT",
    "ACCENT_TINT",
    "FONT",
    "FONT_BOLD",
    "FONT_ITALIC",
    "INK",
    "MUTED",
    "PAGE_MARGIN",
    "RULE",
    "STATUS_MARKS",
    "VERDICT_MARKS",
    "ZEBRA",
    "Mark",
    "esc",
    "register_fonts",
    "status_mark",
    "styles",
    "verdict_mark",
]
