"""Builders for hostile inputs, made at test time (small files; bombs are compressed streams)."""

from __future__ import annotations

import zlib
from pathlib import Path

from pdfmaker import Heading, KeyValue, make_chart_pdf

CHART_TEXT = (
    "Stereotactic Radiosurgery Summary\n"
    "Treatment unit\tVarian TrueBeam STx\n"
    "Simulation: A thermoplastic SRS mask was made. A planning CT was fused with an MRI of the brain.\n"
    "Plan: GTV contoured on MRI. VMAT arcs (Eclipse). Prescription 20 Gy in 1 fraction to the 80% "
    "isodose line.\n"
    "Treatment: Cone-beam CT before treatment. Delivered in one session.\n"
    "Summary:\nLeft frontal metastasis 1: 20 Gy in 1 fraction.\n"
)


def follow_up_log(chars: int, start: str = "2025-03-01", per_page: int = 40) -> str:
    """A course (:data:`CHART_TEXT`) and then daily follow-up notes, a page break every ``per_page``
    notes, until the text passes ``chars`` characters: real text, as a long EHR export is."""
    import datetime

    day = datetime.date.fromisoformat(start)
    parts = [CHART_TEXT, "\f"]
    total = len(CHART_TEXT) + 1
    i = 0
    while total <= chars:
        note = (f"Follow-up note {i + 1}, {day + datetime.timedelta(days=i):%m/%d/%Y}\n"
                "The patient was seen in clinic. She reports mild fatigue and no headaches. Neurologic "
                "examination is unchanged. Performance status is stable.\n"
                "Plan: continue observation and return in three months.\n")
        if i % per_page == per_page - 1:
            note += "\f"
        parts.append(note)
        total += len(note)
        i += 1
    return "".join(parts)


def chart_pdf(path: Path) -> Path:
    return make_chart_pdf(path, [[
        Heading("Stereotactic Radiosurgery Summary"),
        KeyValue([("Diagnosis", "Metastatic lung adenocarcinoma with one brain metastasis"),
                  ("Treatment unit", "Varian TrueBeam STx"), ("Treatment date", "02/12/2025")]),
        "A thermoplastic SRS mask was made. Prescription 20 Gy in 1 fraction to the 80% isodose line. "
        "Cone-beam CT before treatment.",
    ]])


def chart_txt(path: Path, text: str = CHART_TEXT, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def pdf_with_objects(path: Path, objects: list[bytes]) -> Path:
    """A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def stream(data: bytes, extra: bytes = b"", filters: int = 1) -> bytes:
    """A stream object body, compressed ``filters`` times with Flate."""
    for _ in range(filters):
        data = zlib.compress(data, 9)
    names = b" ".join([b"/FlateDecode"] * filters)
    flt = b"/Filter [" + names + b"]" if filters else b""
    return b"<< /Length %d %s %s >>\nstream\n" % (len(data), flt, extra) + data + b"\nendstream"


def inflating_stream(megabytes: int, filters: int = 2) -> bytes:
    """A content stream that inflates to ``megabytes`` MB of drawing operators, built in pieces (the
    file stays a few KB; nothing that large is ever held in memory here)."""
    piece = b"0 0 m 1 1 l S\n" * 74898  # ~1 MB
    c = zlib.compressobj(9)
    data = b"".join(c.compress(piece) for _ in range(megabytes)) + c.flush()
    for _ in range(filters - 1):
        data = zlib.compress(data, 9)
    names = b" ".join([b"/FlateDecode"] * filters)
    return b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(data), names) + data + b"\nendstream"


def one_page_pdf(path: Path, content: bytes, media_box: bytes = b"[0 0 612 792]",
                 resources: bytes = b"<< >>", extra_objects: list[bytes] | None = None) -> Path:
    """Catalog, pages, one page whose content stream is object 4 (``content`` is its full body)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + media_box + b" /Resources " + resources
        + b" /Contents 4 0 R >>",
        content,
    ] + (extra_objects or [])
    return pdf_with_objects(path, objects)


def shifted(text: str, by: int = 3) -> str:
    """Letters moved along the alphabet: what a font whose codes map to the wrong letters gives."""
    def move(ch: str) -> str:
        if "a" <= ch <= "z":
            return chr((ord(ch) - 97 + by) % 26 + 97)
        if "A" <= ch <= "Z":
            return chr((ord(ch) - 65 + by) % 26 + 65)
        return ch
    return "".join(move(ch) for ch in text)


def type3_without_tounicode(path: Path, text: str) -> Path:
    """One page of text in a Type3 font with no ToUnicode map, its codes shifted by 3 (the glyphs
    are plain boxes): PDFium reads shifted letters."""
    import io as _io

    lines = [text[i:i + 80] for i in range(0, len(text), 80)][:40]
    ops = _io.BytesIO()
    ops.write(b"BT /T3 10 Tf 12 TL 40 760 Td\n")
    for line in lines:
        safe = shifted(line).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.write(b"(" + safe.encode("latin-1", "replace") + b") '\n")
    ops.write(b"ET\n")
    glyph = b"0.6 0 0 0 0.5 0.7 d1 0 0 0.5 0.7 re f"
    names = b" ".join(b"/g%d" % i for i in range(32, 127))
    procs = b" ".join(b"/g%d 6 0 R" % i for i in range(32, 127))
    font = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] "
            b"/FirstChar 32 /LastChar 126 /Widths [" + b" ".join([b"0.6"] * 95) + b"] "
            b"/Encoding << /Type /Encoding /Differences [32 " + names + b"] >> /CharProcs << " + procs + b" >> >>")
    return one_page_pdf(path, stream(ops.getvalue()), resources=b"<< /Font << /T3 5 0 R >> >>",
                        extra_objects=[font, stream(glyph, filters=0)])


def text_pdf(path: Path, text: str, width: int = 95) -> Path:
    """One page of ``text`` in DejaVu Sans (embedded, with a character map; Latin, Greek and Cyrillic
    letters), wrapped at ``width`` characters."""
    import textwrap

    from pdfmaker import register_fonts
    from reportlab.pdfgen import canvas

    font, _ = register_fonts()
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    t = c.beginText(40, 750)
    t.setFont(font, 10)
    for para in text.split("\n"):
        for line in textwrap.wrap(para, width) or [""]:
            t.textLine(line)
    c.drawText(t)
    c.showPage()
    c.save()
    return path


def readable_scan_with_shifted_text_layer(path: Path, text: str) -> Path:
    """A scanned page of real text (an image) under an invisible text layer of shifted letters, as
    a bad OCR or a font without a character map leaves: OCR must be used, not the text layer."""
    import io as _io

    from pdfmaker import _rasterize
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    clean = _io.BytesIO()
    c = canvas.Canvas(clean, pagesize=(612, 792))
    c.setFont("Helvetica", 11)
    y = 740
    for line in text.splitlines():
        c.drawString(50, y, line)
        y -= 16
    c.showPage()
    c.save()
    png, width, height, _ = _rasterize(clean.getvalue(), 200)[0]
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.drawImage(ImageReader(_io.BytesIO(png)), 0, 0, width=width, height=height)
    t = c.beginText(50, 740)
    t.setTextRenderMode(3)  # invisible, as an OCR layer
    t.setFont("Helvetica", 11)
    for line in text.splitlines():
        t.textLine(shifted(line))
    c.drawText(t)
    c.showPage()
    c.save()
    return path
