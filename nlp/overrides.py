"""Facts the coder corrects by hand (kept for older callers; the corrections live in
:mod:`srscheck.core.corrections`, which also corrects single lesions)."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from srscheck.core.corrections import coerce
from srscheck.core.messages import UsageError
from srscheck.core.model import ChartFacts


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


__all__ = ["apply_overrides", "coerce", "parse_override_args"]
