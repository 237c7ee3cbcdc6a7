"""What a user template may cost: YAML within limits, and regular expressions that run in linear time.

* :func:`yaml_limits` walks the YAML *events* (ruamel's parser is a state machine, not recursive)
  before anything is composed, and refuses a file over :data:`MAX_BYTES`, nesting deeper than
  :data:`MAX_DEPTH` (300 nested brackets would be a ``RecursionError`` in the composer), more than
  :data:`MAX_ALIASES` aliases, or aliases that expand to more than :data:`MAX_NODES` nodes (an alias
  bomb of a few KB expands to billions).
* :func:`compile_pattern` compiles a template's ``pattern:`` (and ``exclude:``) with RE2
  (``google-re2``, a linear-time engine: no catastrophic backtracking, whatever the pattern). RE2
  has no look-around and no back-references; a pattern that needs them (the bundled templates use a
  negative look-ahead), or any pattern when RE2 is not installed, runs on Python's ``re`` if it is
  in a checked subset: no quantified group that itself contains a quantifier (the ``(a+)+`` shape
  of every catastrophic pattern) and no back-references. Anything else is a template problem.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    ScalarEvent,
)

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32
MAX_ALIASES = 200
MAX_NODES = 100_000


def yaml_limits(text: str) -> tuple[int, str] | None:
    """``(line, what is wrong)`` when the YAML text goes over a limit, else None (syntax errors are
    left to the real load, which reports them with their line)."""
    if len(text) > MAX_BYTES or len(text.encode("utf-8", "replace")) > MAX_BYTES:
        return 1, f"the template is larger than {MAX_BYTES // 1024} KB"
    if not _worth_walking(text):
        return None
    depth = 0
    aliases = 0
    sizes: dict[str, int] = {}
    frames: list[list[Any]] = []  # [anchor, expanded node count] per open collection
    total = 0
    try:
        for event in YAML(typ="safe", pure=True).parse(text):
            line = (event.start_mark.line + 1) if event.start_mark is not None else 1
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return line, f"the YAML is nested more than {MAX_DEPTH} levels deep"
                frames.append([event.anchor, 1])
                continue
            if isinstance(event, CollectionEndEvent):
                depth -= 1
                anchor, size = frames.pop() if frames else (None, 1)
                if anchor is not None:
                    sizes[anchor] = size
            elif isinstance(event, AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    return line, f"the YAML has more than {MAX_ALIASES} aliases (*name)"
                size = sizes.get(event.anchor, 1)
            elif isinstance(event, ScalarEvent):
                size = 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            else:
                continue
            if frames:
                frames[-1][1] += size
                grown = frames[-1][1]
            else:
                total += size
                grown = total
            if grown > MAX_NODES:
                return line, (f"the YAML's aliases expand to more than {MAX_NODES:,} values "
                              "(an alias bomb?)")
    except YAMLError:
        return None  # a syntax error: the load reports it with its line
    except RecursionError:
        return 1, f"the YAML is nested more than {MAX_DEPTH} levels deep"
    return None


_INDENT = re.compile(r"^[ -]*", re.MULTILINE)
_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s\[\]{},]")


def _worth_walking(text: str) -> bool:
    """Whether the text could go over the depth or alias limits at all (most templates cannot: no
    anchors, few brackets, shallow indentation); walking the events costs as much as a load."""
    if _ANCHOR_OR_ALIAS.search(text):
        return True
    depth = top = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            top = max(top, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
    if top > MAX_DEPTH // 2:
        return True
    deepest = max((len(m.group(0)) for m in _INDENT.finditer(text)), default=0)
    return deepest > MAX_DEPTH


# --------------------------------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------------------------------

try:
    import re2 as _re2

    _OPTIONS: Any = _re2.Options()
    _OPTIONS.log_errors = False  # RE2 would print its own error lines on stderr
except Exception:  # noqa: BLE001 - google-re2 missing or broken: the checked subset of re
    _re2 = None
    _OPTIONS = None

ENGINE = "re2" if _re2 is not None else "re"


class PatternError(ValueError):
    """A pattern that does not compile or could backtrack catastrophically."""


# a group that is quantified and contains a quantifier: (a+)+, (\w*x)*, (a|aa){2,}
_NESTED = re.compile(r"\((?:[^()\\]|\\.)*[*+}](?:[^()\\]|\\.)*\)[*+{]")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


@lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> Any:
    """A compiled pattern with ``finditer`` (RE2 when installed); raises :class:`PatternError`, whose
    text starts "does not compile: " for a syntax error (Python's words) and "cannot be used: " for a
    pattern RE2 cannot run or that could backtrack catastrophically."""
    try:
        checked = re.compile(pattern)
    except re.error as e:
        raise PatternError(f"does not compile: {e}") from None
    if _re2 is not None:
        try:
            return _re2.compile(pattern, options=_OPTIONS)
        except Exception:  # noqa: BLE001 - look-around or a back-reference: the checked subset below
            pass
    if _NESTED.search(pattern):
        raise PatternError("cannot be used: a repeated group contains a repetition, which can take forever "
                           "to match")
    if _BACKREF.search(pattern):
        raise PatternError("cannot be used: back-references are not supported")
    return checked


__all__ = ["ENGINE", "MAX_ALIASES", "MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "PatternError", "compile_pattern",
           "yaml_limits"]
