"""Facts the coder corrects by hand: parsing ``FACT=VALUE`` and applying them to :class:`ChartFacts`."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from srscheck.core.messages import UsageError
from srscheck.core.model import FACT_NAMES, IMAGING, MODALITIES, POSITIONING, SITES, ChartFacts

_SETS = {"sites": SITES, "imaging": IMAGING, "positioning": POSITIONING}


def coerce(name: str, value: Any) -> Any:
    """Validate and normalise one override value; raises UsageError with one clear sentence."""
    if name not in FACT_NAMES:
        raise UsageError("E022", name=name, choices=", ".join(FACT_NAMES))
    if name in ("lesion_count", "fractions"):
        if value in (None, "", "null", "none"):
            return None
        try:
            n = int(str(value).strip())
        except ValueError:
            raise UsageError("E023", value=value, name=name, why="a whole number is needed") from None
        if n < 0 or n > 999:
            raise UsageError("E023", value=value, name=name, why="it must be between 0 and 999")
        return n
    if name == "modality":
        if value in (None, "", "null", "none"):
            return None
        v = str(value).strip()
        if v not in MODALITIES:
            raise UsageError("E023", value=value, name=name, why="choose one of " + ", ".join(MODALITIES))
        return v
    items = value if isinstance(value, (list, tuple, set)) else [
        x for x in str(value).replace(";", ",").split(",") if x.strip()]
    allowed = _SETS[name]
    out = []
    for x in items:
        v = str(x).strip()
        match = next((a for a in allowed if a.lower() == v.lower()), None)
        if match is None:
            raise UsageError("E023", value=v, name=name, why="choose from " + ", ".join(allowed))
        out.append(match)
    return sorted(set(out))


def apply_overrides(facts: ChartFacts, overrides: Mapping[str, Any]) -> ChartFacts:
    for name, value in overrides.items():
        facts = facts.with_override(name, coerce(name, value))
    return facts


def parse_override_args(items: Iterable[str]) -> dict[str, Any]:
    """``["lesion_count=3", "imaging=CT,MRI"]`` -> ``{"lesion_count": 3, "imaging": ["CT", "MRI"]}``."""
    out: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise UsageError("E023", value=item, name="--set", why="write it as FACT=VALUE")
        name, value = item.split("=", 1)
        out[name.strip()] = coerce(name.strip(), value)
    return out
