"""The claims file: which codes a billing system claims for each chart."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from srscheck.core.claims import ClaimedCode, is_code, parse_claimed
from srscheck.core.formats import READ_SUFFIXES
from srscheck.core.messages import UsageError

from .inputs import Chart

_CODE_SPLIT = re.compile(r"[,;\s]+")
_FILE_COLUMNS = ("file", "chart", "filename", "file_name", "path", "pdf", "chart_file", "document")
_CODE_COLUMNS = ("codes", "code", "claimed", "claimed_codes", "cpt", "cpt_codes", "billed_codes")
_COURSE_COLUMNS = ("course", "course_id", "course_name", "episode")
_UNIT_COLUMNS = ("units", "unit", "qty", "quantity", "units_billed", "billed_units")
_MOD_COLUMNS = ("modifier", "modifiers", "mod", "mods")


@dataclass(frozen=True)
class Claims:
    """Claimed codes per chart, from a CSV with a file column and a codes column."""

    file: str
    # normalised relative path as written -> claimed codes, written canonically ("77372", "77373x5",
    # "61796-59"): parse them with srscheck.core.claims.parse_claimed for units and modifiers
    by_path: Mapping[str, tuple[str, ...]]
    lines: Mapping[str, int] = field(default_factory=dict)
    # normalised path -> course name, from a ``course`` column: rows that share a course are one course
    courses: Mapping[str, str] = field(default_factory=dict)

    def lookup(self, chart: Chart) -> str | None:
        """The claims entry for a chart: by relative path, then by a unique path tail or file name."""
        key = _norm(chart.key)
        if key in self.by_path:
            return key
        tails = [k for k in self.by_path if key.endswith("/" + k) or k.endswith("/" + key)]
        if len(tails) == 1:
            return tails[0]
        name = _norm(chart.path.name)
        names = [k for k in self.by_path if k.rsplit("/", 1)[-1] == name]
        return names[0] if len(names) == 1 else None


def _norm(path: str) -> str:
    p = path.strip().replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p.lower()


def _dialect(text: str) -> str:
    """Comma, or the semicolon / tab of European spreadsheets when the first line uses it first."""
    first = next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")
    if "\t" in first:
        return "\t"
    if ";" in first and ("," not in first or first.index(";") < first.index(",")):
        return ";"
    return ","


_SEP_LINE = re.compile(r"\Asep=(.)[ \t]*(\r\n|\n|\r|\Z)", re.IGNORECASE)


def _excel_separator(text: str) -> tuple[str | None, str]:
    """Excel's ``sep=;`` first line names the delimiter; it is not a row. The line is kept blank so
    line numbers in messages still match the file."""
    m = _SEP_LINE.match(text)
    if not m:
        return None, text
    return m.group(1), "\n" + text[m.end():]


def _codes_in(cells: Iterable[str]) -> list[str]:
    return [t.strip().upper() for cell in cells for t in _CODE_SPLIT.split(cell) if t.strip()]


def _header_columns(row: Sequence[str]) -> tuple[int, int] | None:
    names = [c.strip().lower().replace(" ", "_") for c in row]
    fcol = next((i for i, n in enumerate(names) if n in _FILE_COLUMNS), None)
    ccol = next((i for i, n in enumerate(names) if n in _CODE_COLUMNS), None)
    if fcol is None and ccol is None:
        return None
    return (0 if fcol is None else fcol), (1 if ccol is None else ccol)


def _course_column(row: Sequence[str]) -> int | None:
    names = [c.strip().lower().replace(" ", "_") for c in row]
    return next((i for i, n in enumerate(names) if n in _COURSE_COLUMNS), None)


def _column(row: Sequence[str], names: Sequence[str]) -> int | None:
    return next((i for i, n in enumerate(c.strip().lower().replace(" ", "_") for c in row) if n in names), None)


def _row_claims(cells: Sequence[str], units: str, mods: str, file: str, number: int) -> list[ClaimedCode]:
    """The claim lines of one row: codes as written (``77373x5``, ``61796-59``), with the units and
    modifier columns, when there are such columns, applying to the row's one code."""
    try:
        claims = list(parse_claimed([c for c in cells if c.strip()]))
    except UsageError as e:
        part = e.params.get("part", "")
        raise UsageError("E052", file=file, line=number,
                         what=f"{part!r} is not a billing code such as 77372 or 77373x5") from None
    if not units.strip() and not mods.strip():
        return claims
    if len(claims) != 1:
        raise UsageError("E052", file=file, line=number,
                         what="with a units or modifier column, give one code per row")
    c = claims[0]
    n = c.units
    if units.strip():
        try:
            n = int(float(units.strip()))
        except ValueError:
            n = 0
        if not 1 <= n <= 99 or float(units.strip()) != n:
            raise UsageError("E052", file=file, line=number,
                             what=f"units {units.strip()!r} are not a whole number from 1 to 99")
    extra = tuple(m.strip().upper().lstrip("-") for m in re.split(r"[,;\s]+", mods) if m.strip())
    bad = [m for m in extra if not re.fullmatch(r"[A-Z0-9]{2}", m)]
    if bad:
        raise UsageError("E052", file=file, line=number, what=f"{bad[0]!r} is not a modifier such as 59 or XS")
    return [ClaimedCode(c.code, n, c.modifiers + tuple(m for m in extra if m not in c.modifiers))]


def _looks_like_header(row: Sequence[str]) -> bool:
    """A first row like ``Chart name,Billed`` (no chart file, words where the codes should be)."""
    first = row[0].strip().lower()
    return not first.endswith(READ_SUFFIXES) and any(not is_code(c) for c in _codes_in(row[1:]))


def parse_claims(text: str, file: str = "claims.csv") -> Claims:
    """Parse a claims CSV (``file,codes``; codes separated by commas, semicolons or spaces, each
    with units and modifiers if any: ``77373x5``, ``61796-59``).

    With a header, a ``units`` (or ``qty``) and a ``modifier`` column may follow the code: one claim line
    per row, and the rows of one chart add up. A header row is optional (columns named like ``file``/``chart`` and
    ``codes``/``cpt``). Blank
    lines and lines starting with ``#`` are ignored. Bad codes or contradicting duplicate rows raise
    a :class:`UsageError` naming the line.
    """
    text = text.lstrip("\ufeff")
    delimiter, text = _excel_separator(text)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter or _dialect(text)))
    header: tuple[int, int, int] | None = None  # file column, codes column, header width
    course_col: int | None = None
    ucol = mcol = None  # units and modifier columns: one claim line per row
    started = False
    by_path: dict[str, list[ClaimedCode]] = {}
    lines: dict[str, int] = {}
    courses: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if not started:
            started = True
            cols = _header_columns(row)
            if cols is None and _looks_like_header(row):
                cols = (0, 1)
            if cols is not None:
                course_col = _course_column(row)
                if course_col is not None and cols[1] == course_col:  # no codes column: no codes
                    cols = (cols[0], len(row) + 1)
                header = (*cols, len(row))
                ucol, mcol = _column(row, _UNIT_COLUMNS), _column(row, _MOD_COLUMNS)
                continue
        fcol, ccol, width = header or (0, 1, 0)
        name = row[fcol].strip() if fcol < len(row) else ""
        if not name:
            raise UsageError("E052", file=file, line=number, what="the file name is empty")
        if header is None:
            code_cells = row[1:]  # unquoted "a.pdf,77372,77432" splits into several cells
        else:
            code_cells = row[ccol:ccol + 1] + (row[width:] if ccol == width - 1 else [])
        units = row[ucol] if ucol is not None and ucol < len(row) else ""
        mods = row[mcol] if mcol is not None and mcol < len(row) else ""
        claims = _row_claims(code_cells, units, mods, file, number)
        key = _norm(name)
        lines_per_row = ucol is not None or mcol is not None  # a claim line per row: a chart's lines add up
        if not lines_per_row and key in by_path and [c.format() for c in by_path[key]] != [c.format() for c in claims]:
            raise UsageError("E052", file=file, line=number,
                             what=f"{name} is listed again (first on line {lines[key]}) with other codes")
        course = row[course_col].strip() if course_col is not None and course_col < len(row) else ""
        if key in by_path and courses.get(key, "") != course:
            raise UsageError("E052", file=file, line=number,
                             what=f"{name} is listed again (first on line {lines[key]}) in another course")
        by_path[key] = list(parse_claimed([*by_path.get(key, []), *claims])) if lines_per_row else claims
        lines.setdefault(key, number)
        if course:
            courses[key] = course
    return Claims(file, {k: tuple(c.format() for c in v) for k, v in by_path.items()}, lines, courses)


def load_claims(path: str | Path) -> Claims:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise UsageError("E051", file=str(p)) from None
    except IsADirectoryError:
        raise UsageError("E009", file=str(p)) from None
    except OSError as e:
        raise UsageError("E052", file=str(p), line=0, what=e.strerror or str(e)) from None
    text = _decode(raw, p.name)
    return parse_claims(text, p.name)


def _decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), else cp1252 (Excel's
    "CSV" on Windows); binary data (a spreadsheet saved as .xlsx, a PDF...) is E059."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise UsageError("E059", file=name) from None
    if b"\x00" in raw[:65536]:
        raise UsageError("E059", file=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(2, len(text[:65536]) // 100):
        raise UsageError("E059", file=name)
    return text
