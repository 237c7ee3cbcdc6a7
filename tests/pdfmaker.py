"""Build realistic treatment-summary PDFs for tests and samples (reportlab, deterministic).

A chart is a list of pages; a page is a list of blocks drawn top to bottom (a plain ``str`` is a
paragraph)::

    make_chart_pdf(tmp_path / "c.pdf", [[
        Heading("Stereotactic Radiosurgery Summary"),
        KeyValue([("Treatment unit", "Varian TrueBeam STx"), ("Fractions", "1")]),
        "A thermoplastic mask was made at simulation.",
        TextTable([("Target", "Dose", "IDL"), ("L frontal", "20 Gy", "80%")], columns=(0, 160, 260)),
        RuledTable([("Level", "Dose"), ("T7", "24 Gy / 2 fx")]),
        BulletList(["CBCT before each fraction"], numbered=False),
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0001", footer="SYNTHETIC TEST RECORD")

Options: a repeated banner ``header``/``footer``, ``page_numbers`` ("Page {n} of {total}" or None),
``two_columns`` (text flows down the left column, then the right one), ``rotate`` (``{page: degrees}``:
the page is stored with that /Rotate and its content drawn turned the other way, so a viewer shows it
upright while the raw content stream runs sideways, as with pages printed landscape or scanned sideways),
``scan=True`` (every page rendered to a grey image; the PDF holds only
the images, no text layer; ``scan_dpi`` its resolution, ``scan_skew`` degrees the sheet lay crooked on the
glass, ``scan_noise`` the standard deviation in grey levels of the sensor's speckle, both seeded so the bytes
stay the same), ``scan_pages`` (1-based page numbers: only those pages become images, with the same scan
options, and the others keep their text: a scanned sheet filed inside an otherwise digital PDF),
``password`` (reportlab standard encryption with that user password).
Content that does not fit flows onto a new page. Same input, same bytes (``invariant=1``).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

DEFAULT_FONT = "DejaVuSans"
_STANDARD_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


# --------------------------------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: large bold, 2: bold at body size
    underline: bool = False


@dataclass(frozen=True)
class Paragraph:
    text: str
    indent: float = 0.0
    bold: bool = False


@dataclass(frozen=True)
class KeyValue:
    """Label at the left, value at ``value_x`` points from the frame's left edge (x≈200 on the page)."""

    rows: Sequence[tuple[str, str]]
    value_x: float = 144.0
    bold_labels: bool = False


@dataclass(frozen=True)
class TextTable:
    """Columns at fixed x offsets (from the frame's left edge), no lines; first row bold if ``header``."""

    rows: Sequence[Sequence[str]]
    columns: Sequence[float]
    header: bool = True


@dataclass(frozen=True)
class RuledTable:
    """A table with grid lines; ``widths`` default to widths fitted to the content."""

    rows: Sequence[Sequence[str]]
    widths: Sequence[float] | None = None
    header: bool = True


@dataclass(frozen=True)
class BulletList:
    items: Sequence[str]
    numbered: bool = False
    start: int = 1
    marker: str = "•"


@dataclass(frozen=True)
class Spacer:
    height: float = 8.0


@dataclass(frozen=True)
class ColumnBreak:
    """Continue in the next column (two-column pages) or on a new page."""


@dataclass(frozen=True)
class Signature:
    """A signature line: ``Electronically signed by NAME, ROLE on DATE``-style free text."""

    text: str


Block = (str | Heading | Paragraph | KeyValue | TextTable | RuledTable | BulletList | Spacer | ColumnBreak
         | Signature)


# --------------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------------


def font_path(name: str = "DejaVuSans.ttf") -> Path:
    """A TrueType font shipped in ``srscheck.resources/fonts`` (DejaVu, covers ≥ µ é ±)."""
    return Path(str(files("srscheck.resources") / "fonts" / name))


def register_fonts(font: str = DEFAULT_FONT) -> tuple[str, str]:
    """Register ``font`` (and its bold face) with reportlab; returns (regular, bold) names."""
    if font in _STANDARD_BOLD:
        return font, _STANDARD_BOLD[font]
    if font != DEFAULT_FONT:
        raise ValueError(f"unknown font {font!r}: use {DEFAULT_FONT} or a standard PDF font")
    bold = DEFAULT_FONT + "-Bold"
    registered = pdfmetrics.getRegisteredFontNames()
    if font not in registered:
        pdfmetrics.registerFont(TTFont(font, str(font_path("DejaVuSans.ttf"))))
    if bold not in registered:
        pdfmetrics.registerFont(TTFont(bold, str(font_path("DejaVuSans-Bold.ttf"))))
    return font, bold


# --------------------------------------------------------------------------------------------------
# Layout: blocks -> drawing operations per page
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    x: float
    y: float
    text: str
    font: str
    size: float


@dataclass(frozen=True)
class _Line:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class _Layout:
    regular: str
    bold: str
    size: float
    two_columns: bool
    page_size: tuple[float, float] = letter
    margin: float = 56.0
    top_reserved: float = 0.0
    bottom_reserved: float = 0.0
    gutter: float = 24.0
    pages: list[list[_Text | _Line]] = field(default_factory=list)
    column: int = 0
    y: float = 0.0

    # -- geometry ----------------------------------------------------------------------------------
    @property
    def leading(self) -> float:
        return self.size * 1.35

    @property
    def top(self) -> float:
        return self.page_size[1] - self.margin - self.top_reserved

    @property
    def bottom(self) -> float:
        return self.margin + self.bottom_reserved

    @property
    def frame_width(self) -> float:
        full = self.page_size[0] - 2 * self.margin
        return (full - self.gutter) / 2 if self.two_columns else full

    @property
    def left(self) -> float:
        return self.margin + self.column * (self.frame_width + self.gutter)

    def new_page(self) -> None:
        self.pages.append([])
        self.column = 0
        self.y = self.top

    def ensure(self, height: float) -> None:
        """Move to the next column or page when ``height`` does not fit below the cursor."""
        if not self.pages:
            self.new_page()
        if self.y - height >= self.bottom or self.y == self.top:
            return
        if self.two_columns and self.column == 0:
            self.column = 1
            self.y = self.top
        else:
            self.new_page()

    def text(self, x: float, text: str, *, bold: bool = False, size: float | None = None) -> None:
        self.pages[-1].append(_Text(self.left + x, self.y, text, self.bold if bold else self.regular,
                                    size or self.size))

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pages[-1].append(_Line(self.left + x0, y0, self.left + x1, y1))

    # -- text wrapping -------------------------------------------------------------------------------
    def wrap(self, text: str, width: float, *, bold: bool = False, size: float | None = None) -> list[str]:
        font = self.bold if bold else self.regular
        size = size or self.size
        lines: list[str] = []
        for raw in text.split("\n"):
            current = ""
            for word in raw.split():
                trial = f"{current} {word}" if current else word
                if current and pdfmetrics.stringWidth(trial, font, size) > width:
                    lines.append(current)
                    current = word
                else:
                    current = trial
            lines.append(current)
        return lines

    # -- blocks ----------------------------------------------------------------------------------------
    def add(self, block: Block) -> None:
        if isinstance(block, str):
            block = Paragraph(block)
        handler = getattr(self, "_" + type(block).__name__.lower())
        handler(block)

    def _lines(self, lines: Iterable[str], x: float, *, bold: bool = False, size: float | None = None,
               leading: float | None = None) -> None:
        step = leading or self.leading
        for line in lines:
            self.ensure(step)
            self.y -= step
            if line:
                self.text(x, line, bold=bold, size=size)

    def _heading(self, block: Heading) -> None:
        size = self.size * (1.4 if block.level == 1 else 1.0)
        self.ensure(size * 1.6 + self.leading * 2)  # keep a heading with what follows
        self.y -= size * 0.5
        lines = self.wrap(block.text, self.frame_width, bold=True, size=size)
        self._lines(lines, 0, bold=True, size=size, leading=size * 1.3)
        if block.underline:
            self.line(0, self.y - 3, self.frame_width, self.y - 3)
            self.y -= 3
        self.y -= size * 0.25

    def _paragraph(self, block: Paragraph) -> None:
        self._lines(self.wrap(block.text, self.frame_width - block.indent, bold=block.bold), block.indent,
                    bold=block.bold)
        self.y -= self.leading * 0.4

    def _signature(self, block: Signature) -> None:
        self.y -= self.leading * 0.6
        self._lines(self.wrap(block.text, self.frame_width), 0)

    def _columnbreak(self, block: ColumnBreak) -> None:
        if self.two_columns and self.column == 0:
            self.column = 1
            self.y = self.top
        else:
            self.new_page()

    def _spacer(self, block: Spacer) -> None:
        self.y -= block.height

    def _keyvalue(self, block: KeyValue) -> None:
        value_width = self.frame_width - block.value_x
        for label, value in block.rows:
            label_lines = self.wrap(label, block.value_x - 8, bold=block.bold_labels)
            value_lines = self.wrap(value, value_width)
            self._row([(0, label_lines, block.bold_labels), (block.value_x, value_lines, False)])
        self.y -= self.leading * 0.4

    def _row(self, cells: Sequence[tuple[float, list[str], bool]]) -> None:
        height = max(len(lines) for _x, lines, _b in cells) * self.leading
        self.ensure(height)
        top = self.y
        for x, lines, bold in cells:
            self.y = top
            for line in lines:
                self.y -= self.leading
                if line:
                    self.text(x, line, bold=bold)
        self.y = top - height

    def _texttable(self, block: TextTable) -> None:
        cols = list(block.columns)
        edges = cols[1:] + [self.frame_width]
        for i, row in enumerate(block.rows):
            bold = block.header and i == 0
            cells = [(x, self.wrap(str(cell), edge - x - 6, bold=bold), bold)
                     for x, edge, cell in zip(cols, edges, row)]
            self._row(cells)
        self.y -= self.leading * 0.4

    def _fit_widths(self, rows: Sequence[Sequence[str]]) -> list[float]:
        ncols = max(len(r) for r in rows)
        natural = [max(pdfmetrics.stringWidth(str(r[i]) if i < len(r) else "", self.bold, self.size)
                       for r in rows) + 10 for i in range(ncols)]
        total = sum(natural)
        if total <= self.frame_width:
            return natural
        return [w * self.frame_width / total for w in natural]

    def _ruledtable(self, block: RuledTable) -> None:
        widths = list(block.widths) if block.widths else self._fit_widths(block.rows)
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        pad = 4.0
        self.ensure(self.leading + 2 * pad)
        self.y -= pad
        for i, row in enumerate(block.rows):
            bold = block.header and i == 0
            cells = [self.wrap(str(cell), w - 2 * pad, bold=bold) for cell, w in zip(row, widths)]
            height = max(len(c) for c in cells) * self.leading + 2 * pad
            self.ensure(height)
            top = self.y
            for x, lines in zip(xs, cells):
                y = top - pad
                for line in lines:
                    y -= self.leading
                    if line:
                        self.pages[-1].append(_Text(self.left + x + pad, y + 3, line,
                                                    self.bold if bold else self.regular, self.size))
            bottom = top - height
            self.line(0, top, xs[-1], top)
            self.line(0, bottom, xs[-1], bottom)
            for x in xs:
                self.line(x, top, x, bottom)
            self.y = bottom
        self.y -= self.leading * 0.6

    def _bulletlist(self, block: BulletList) -> None:
        indent = 22.0
        for i, item in enumerate(block.items):
            marker = f"{block.start + i}." if block.numbered else block.marker
            lines = self.wrap(item, self.frame_width - indent)
            self._row([(6, [marker], False), (indent, lines, False)])
        self.y -= self.leading * 0.4


# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------


def _as_lines(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _draw_page(c: rl_canvas.Canvas, ops: list[_Text | _Line], *, number: int, total: int,
               layout: _Layout, header: list[str], footer: list[str], page_numbers: str | None) -> None:
    width, height = layout.page_size
    small = layout.size * 0.85
    y = height - layout.margin + 14
    for i, line in enumerate(header):
        c.setFont(layout.bold if i == 0 else layout.regular, small)
        c.drawString(layout.margin, y, line)
        y -= small * 1.3
    if header:
        c.setLineWidth(0.6)
        c.line(layout.margin, y + small * 0.5, width - layout.margin, y + small * 0.5)
    y = layout.margin - 12
    for line in footer:
        c.setFont(layout.regular, small)
        c.drawCentredString(width / 2, y, line)
        y -= small * 1.3
    if page_numbers:
        c.setFont(layout.regular, small)
        c.drawRightString(width - layout.margin, layout.margin - 12 + small * 1.3,
                          page_numbers.format(n=number, total=total))
    c.setLineWidth(0.5)
    for op in ops:
        if isinstance(op, _Text):
            c.setFont(op.font, op.size)
            c.drawString(op.x, op.y, op.text)
        else:
            c.line(op.x0, op.y0, op.x1, op.y1)


def _render(target: str | io.BytesIO, layout: _Layout, *, header: list[str], footer: list[str],
            page_numbers: str | None, rotate: Mapping[int, int], title: str, encrypt: object,
            scanned: Mapping[int, bytes] | None = None) -> None:
    c = rl_canvas.Canvas(target, pagesize=layout.page_size, invariant=1, encrypt=encrypt,
                         pageCompression=1)
    c.setTitle(title)
    c.setAuthor("srscheck test data")
    c.setCreator("srscheck tests/pdfmaker.py")
    total = len(layout.pages)
    width, height = layout.page_size
    for n, ops in enumerate(layout.pages, start=1):
        if scanned and n in scanned:  # a scanned sheet: the page is only its image
            from reportlab.lib.utils import ImageReader

            c.drawImage(ImageReader(io.BytesIO(scanned[n])), 0, 0, width=width, height=height)
            c.showPage()
            continue
        degrees = rotate.get(n, 0) % 360
        if degrees not in _UPRIGHT:
            raise ValueError(f"page rotation must be a multiple of 90 degrees, got {rotate[n]}")
        if degrees:
            c.setPageRotation(degrees)  # reportlab swaps the MediaBox for 90/270
            c.transform(*_UPRIGHT[degrees](width, height))
        _draw_page(c, ops, number=n, total=total, layout=layout, header=header, footer=footer,
                   page_numbers=page_numbers)
        c.showPage()
        c.setPageRotation(0)
    c.save()


# Content-stream matrices that make a page stored with /Rotate N display upright (N clockwise).
_UPRIGHT = {
    0: lambda w, h: (1, 0, 0, 1, 0, 0),  # not applied
    90: lambda w, h: (0, 1, -1, 0, h, 0),
    180: lambda w, h: (-1, 0, 0, -1, w, h),
    270: lambda w, h: (0, -1, 1, 0, 0, w),
}


def _encryption(password: str | None) -> object:
    if password is None:
        return None
    from reportlab.lib.pdfencrypt import StandardEncryption

    return StandardEncryption(password, ownerPassword=password + "-owner", canPrint=1, canCopy=1,
                              strength=128)


def _rasterize(pdf_bytes: bytes, dpi: int, *, skew: float = 0.0,
               noise: float = 0.0) -> list[tuple[bytes, float, float, int]]:
    """Render each page to a greyscale PNG: (png bytes, width pt, height pt, rotation).

    ``skew`` turns each page by that many degrees (alternating sign page by page, as sheets fed by hand do),
    ``noise`` adds seeded Gaussian speckle of that standard deviation in grey levels: a scanner's output,
    not a renderer's."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    try:
        for page in doc:
            width, height = page.get_size()
            rotation = page.get_rotation()
            image = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
            image = _scanner(image, skew=skew if len(out) % 2 == 0 else -skew, noise=noise, seed=len(out))
            buf = io.BytesIO()
            image.save(buf, format="PNG", optimize=False)
            out.append((buf.getvalue(), width, height, rotation))
            page.close()
    finally:
        doc.close()
    return out


def _scanner(image, *, skew: float, noise: float, seed: int):
    """The page as a flatbed scanner gives it: turned by ``skew`` degrees on white, with speckle."""
    from PIL import Image

    if skew:
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if noise:
        import numpy as np

        pixels = np.asarray(image, dtype=np.float32)
        pixels = pixels + np.random.default_rng(seed).normal(0.0, noise, pixels.shape)
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    return image


def _image_only_pdf(path: Path, images: list[tuple[bytes, float, float, int]], *, title: str,
                    encrypt: object) -> None:
    from reportlab.lib.utils import ImageReader

    c = rl_canvas.Canvas(str(path), invariant=1, encrypt=encrypt, pageCompression=1)
    c.setTitle(title)
    c.setCreator("srscheck tests/pdfmaker.py (scan)")
    for png, width, height, _rotation in images:  # pdfium gives the displayed size and image
        c.setPageSize((width, height))
        c.drawImage(ImageReader(io.BytesIO(png)), 0, 0, width=width, height=height)
        c.showPage()
    c.save()


def make_chart_pdf(path: str | Path, pages: Sequence[Sequence[Block]], *,
                   header: str | Sequence[str] | None = None,
                   footer: str | Sequence[str] | None = None,
                   page_numbers: str | None = "Page {n} of {total}",
                   two_columns: bool = False, font: str = DEFAULT_FONT, font_size: float = 10.0,
                   rotate: Mapping[int, int] | None = None, scan: bool = False, scan_dpi: int = 150,
                   scan_skew: float = 0.0, scan_noise: float = 0.0, scan_pages: Sequence[int] | None = None,
                   password: str | None = None, title: str = "Treatment summary") -> Path:
    """Write a chart PDF to ``path`` and return the path. See the module docstring."""
    path = Path(path)
    regular, bold = register_fonts(font)
    head, foot = _as_lines(header), _as_lines(footer)
    layout = _Layout(regular=regular, bold=bold, size=font_size, two_columns=two_columns)
    layout.top_reserved = len(head) * font_size * 1.2
    layout.bottom_reserved = (len(foot) + (1 if page_numbers else 0)) * font_size * 1.1
    for blocks in pages:
        layout.new_page()
        for block in blocks:
            layout.add(block)
    if not layout.pages:
        layout.new_page()
    options = {"header": head, "footer": foot, "page_numbers": page_numbers, "rotate": dict(rotate or {}),
                   "title": title}
    if scan:
        buf = io.BytesIO()
        _render(buf, layout, encrypt=None, **options)
        _image_only_pdf(path, _rasterize(buf.getvalue(), scan_dpi, skew=scan_skew, noise=scan_noise), title=title,
                        encrypt=_encryption(password))
    elif scan_pages:
        buf = io.BytesIO()
        _render(buf, layout, encrypt=None, **options)
        images = _rasterize(buf.getvalue(), scan_dpi, skew=scan_skew, noise=scan_noise)
        scanned = {n: images[n - 1][0] for n in scan_pages}
        _render(str(path), layout, encrypt=_encryption(password), scanned=scanned, **options)
    else:
        _render(str(path), layout, encrypt=_encryption(password), **options)
    return path


def make_text_pdf(path: str | Path, text: str, **options: object) -> Path:
    """A chart from plain text: paragraphs split on blank lines, form feed (``\\f``) starts a page."""
    pages = [[Paragraph(p) for p in chunk.split("\n\n") if p.strip()] for chunk in text.split("\f")]
    return make_chart_pdf(path, pages, **options)  # type: ignore[arg-type]
