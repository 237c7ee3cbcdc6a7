"""Billing codes as claimed: the one definition of what a code looks like, with units and modifiers.

Billing systems write a claim line as ``77373x5``, ``77373 x 5``, ``61797 x2``, ``77432-26`` or
``61796-59-XS``; lines are separated by commas, semicolons, spaces or new lines. :func:`parse_claimed`
reads all of these (the app's code box, ``--codes`` and the claims file call it); what the coder typed
is kept in :attr:`ClaimedCode.text` and never replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from .messages import Msg, UsageError

CODE_PATTERN = re.compile(r"^(?:\d{5}|[A-Z]\d{4})$")  # CPT (77372) or HCPCS Level II (G0339)
MAX_UNITS = 99

Msg.E084 = "Invalid units in {part!r}: units are a whole number from 1 to {most}."

# One claim line: the code, modifiers (-59, -XS, -26, -TC ...) and units (x5, X 5, *5, ×5) in either
# order. A modifier is two letters or digits; units are 1-3 digits.
_LINE = re.compile(
    r"(?P<code>\d{5}|[A-Za-z]\d{4})"
    r"(?P<mods1>(?:\s*-\s*[A-Za-z0-9]{2}(?=$|[\s,;xX×*-]))*)"
    r"(?:\s*[xX×*]\s*(?P<units>\d{1,4})(?!\d))?"
    r"(?P<mods2>(?:\s*-\s*[A-Za-z0-9]{2}(?=$|[\s,;-]))*)"
    r"(?=$|[\s,;])")
_SEP = re.compile(r"[\s,;]*")
_MOD = re.compile(r"[A-Za-z0-9]{2}")


def is_code(text: str) -> bool:
    """Whether ``text`` (already stripped and upper-cased) is a CPT or HCPCS code."""
    return CODE_PATTERN.match(text) is not None


@dataclass(frozen=True)
class ClaimedCode:
    """One claimed code: ``units`` is None when the claim does not state them (one line, one unit)."""

    code: str
    units: int | None = None
    modifiers: tuple[str, ...] = ()
    text: str = ""  # as typed (several lines of one code are joined with ", ")

    def __str__(self) -> str:
        return self.text or self.format()

    def format(self) -> str:
        """The canonical form: ``77373x5``, ``77432-26``."""
        return self.code + "".join(f"-{m}" for m in self.modifiers) + (f"x{self.units}" if self.units else "")

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "units": self.units, "modifiers": list(self.modifiers), "text": str(self)}


def parse_claimed(codes: str | Iterable[Any] | None) -> tuple[ClaimedCode, ...]:
    """``"77373x5, 77435; 61797 x2 61796-59"`` (or a list of such strings or ClaimedCodes) -> one
    ClaimedCode per code, in the order first claimed.

    Lines of the same code are combined: units add up over lines with the same modifiers (``77373x3,
    77373x2`` is 5 units); ``77432-26, 77432-TC`` stays one unit. Raises UsageError (E021/E084) naming
    the part that cannot be read.
    """
    if codes is None:
        return ()
    if isinstance(codes, str):
        items: list[Any] = [codes]
    else:
        items = list(codes)
    lines: list[ClaimedCode] = []
    for item in items:
        if isinstance(item, ClaimedCode):
            lines.append(item)
        else:
            lines.extend(_parse_text(str(item)))
    return _combine(lines)


def _parse_text(text: str) -> list[ClaimedCode]:
    out = []
    pos = _SEP.match(text, 0).end()  # type: ignore[union-attr]
    while pos < len(text):
        m = _LINE.match(text, pos)
        if m is None:
            part = re.split(r"[,;\s]+", text[pos:].strip(), maxsplit=1)[0]
            raise UsageError("E021", part=part, codes=text.strip())
        units = None
        if m.group("units") is not None:
            units = int(m.group("units"))
            if not 1 <= units <= MAX_UNITS:
                raise UsageError("E084", part=m.group(0).strip(), most=MAX_UNITS)
        mods = tuple(x.upper() for x in _MOD.findall((m.group("mods1") or "") + (m.group("mods2") or "")))
        out.append(ClaimedCode(m.group("code").upper(), units, mods, " ".join(m.group(0).split())))
        pos = _SEP.match(text, m.end()).end()  # type: ignore[union-attr]
    return out


def _combine(lines: list[ClaimedCode]) -> tuple[ClaimedCode, ...]:
    by_code: dict[str, list[ClaimedCode]] = {}
    for c in lines:
        by_code.setdefault(c.code, []).append(c)
    out = []
    for code, group in by_code.items():
        if len(group) == 1:
            out.append(group[0])
            continue
        mods: list[str] = []
        for c in group:
            mods += [m for m in c.modifiers if m not in mods]
        units = None
        if any(c.units is not None for c in group):
            per_mods: dict[tuple[str, ...], int] = {}
            for c in group:
                per_mods[c.modifiers] = per_mods.get(c.modifiers, 0) + (c.units or 1)
            units = max(per_mods.values())
        texts = []
        for c in group:
            if str(c) not in texts:
                texts.append(str(c))
        out.append(ClaimedCode(code, units, tuple(mods), ", ".join(texts)))
    return tuple(out)


def codes_of(claimed: Iterable[ClaimedCode]) -> tuple[str, ...]:
    return tuple(c.code for c in claimed)


__all__ = ["CODE_PATTERN", "ClaimedCode", "codes_of", "is_code", "parse_claimed"]
