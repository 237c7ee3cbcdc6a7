"""The units a dose is written in (``resources/vocab/quantity_roles.yaml``, ``dose_units``), in one place for every
part of srscheck that takes a dose as text: the reader compiles them into its vocabulary (``srscheck.nlp.vocab``),
and the coder's corrections read a dose typed with one of them ("1800 cGy", "18 Gy(RBE)", "1800 rads" are 18 Gy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping

UNITS_FILE = "quantity_roles.yaml"


@dataclass(frozen=True)
class DoseUnit:
    """A unit a dose is written in: its name, how many Gy one is, its written forms as one regular expression
    (matched whole, case-insensitively) and how the unit is written, for a message ("cGy", "rad")."""
    unit: str
    gy: float
    forms: re.Pattern[str]
    examples: tuple[str, ...] = ()


def dose_units(rows: Iterable[Mapping[str, Any]]) -> tuple[DoseUnit, ...]:
    """The ``dose_units`` of the vocabulary file compiled, in the order written."""
    return tuple(DoseUnit(str(u["unit"]), float(u["gy"]),
                          re.compile("|".join(f"(?:{f})" for f in u["forms"]), re.IGNORECASE | re.DOTALL),
                          tuple(str(x) for x in u.get("examples", ())))
                 for u in rows)


@lru_cache(maxsize=1)
def load_dose_units() -> tuple[DoseUnit, ...]:
    """The bundled dose units (read once per process)."""
    from ruamel.yaml import YAML

    text = resources.files("srscheck.resources").joinpath("vocab", UNITS_FILE).read_text(encoding="utf-8")
    return dose_units(YAML(typ="safe", pure=True).load(text)["dose_units"])


def unit_gy(unit: str, units: tuple[DoseUnit, ...] | None = None) -> float | None:
    """How many Gy one ``unit`` ("cGy", "rads", "GyE", "Gy(RBE)") is; None when it is no dose unit."""
    u = unit.strip()
    return next((d.gy for d in (load_dose_units() if units is None else units) if d.forms.fullmatch(u)), None)


def unit_names(units: tuple[DoseUnit, ...] | None = None) -> str:
    """The units as a message lists them: "Gy, cGy, centigray, rad, Gy(RBE), GyE or CGE"."""
    names = list(dict.fromkeys(x for d in (load_dose_units() if units is None else units)
                               for x in (d.unit, *d.examples)))
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)


_DOSE = re.compile(r"\s*(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)\s*(?P<unit>.*?)\s*")


def dose_gy(text: str, units: tuple[DoseUnit, ...] | None = None) -> float:
    """A dose as a person types it, in Gy: a number alone is Gy ("18", "18,5"), a number with a unit is sized by
    the unit ("1800 cGy", "1,800 rads", "18 Gy(RBE)" -> 18.0). ValueError (its message one sentence's end) for
    no number or a unit that is no dose unit."""
    m = _DOSE.fullmatch(str(text))
    if m is None:
        raise ValueError("a number is needed, in Gy or with its unit (e.g. 18 Gy or 1800 cGy)")
    number, unit = m.group("number"), m.group("unit")
    value = float(number.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", number)
                  else number.replace(",", "."))
    if not unit:
        return value
    scale = unit_gy(unit, units)
    if scale is None:
        raise ValueError(f"{unit!r} is no dose unit; write the dose in {unit_names(units)}")
    return value * scale
