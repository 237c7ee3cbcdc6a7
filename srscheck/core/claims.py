"""Billing codes as claimed: the one definition of what a code looks like."""

from __future__ import annotations

import re

CODE_PATTERN = re.compile(r"^(?:\d{5}|[A-Z]\d{4})$")  # CPT (77372) or HCPCS Level II (G0339)


def is_code(text: str) -> bool:
    """Whether ``text`` (already stripped and upper-cased) is a CPT or HCPCS code."""
    return CODE_PATTERN.match(text) is not None
