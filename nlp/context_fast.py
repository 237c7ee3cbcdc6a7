"""medspaCy's ConText graph without its quadratic loops, so a long chart is read in linear time.

``ConTextGraph.update_scopes`` compares every modifier with every other one, and
``apply_modifiers`` every target with every modifier: a chart of a million characters has tens of
thousands of each, hours of work. Two modifiers interact only when their scopes overlap (scopes
only shrink, and ``limit_scope`` returns at once otherwise), and a modifier modifies a target only
inside its scope; so only those pairs are visited here, in the same order as medspaCy visits them,
which gives the same scopes and the same edges.
"""

from __future__ import annotations

import bisect
from typing import Any

from medspacy.context import context as _context_module
from medspacy.context.context_graph import ConTextGraph
from medspacy.util import tuple_overlaps

from .pieces import closes_aside


class _Index:
    """Spans sorted by start, to find those that may overlap an interval without visiting all."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        self.starts = [spans[k][0] for k in self.order]
        self.longest = max((e - s for s, e in spans), default=0)

    def near(self, lo: int, hi: int) -> list[int]:
        """Indices (ascending) of every span that touches or overlaps [lo, hi] (a superset of what
        medspaCy's ``tuple_overlaps`` accepts, in either argument order; the caller still asks it)."""
        first = bisect.bisect_left(self.starts, lo - self.longest)
        stop = bisect.bisect_right(self.starts, hi)
        found = [self.order[k] for k in range(first, stop) if self.spans[self.order[k]][1] >= lo]
        found.sort()
        return found


class LinearConTextGraph(ConTextGraph):
    def update_scopes(self) -> None:
        mods = self.modifiers
        index = _Index([m.scope_span for m in mods])  # the initial scopes: later ones lie inside
        for i in range(len(mods) - 1):
            a, b = index.spans[i]
            for j in index.near(a, b):
                if j <= i or closes_aside(mods[i]) or closes_aside(mods[j]):
                    continue  # (a terminator that only closes an aside: the reader decides, nlp.pieces._scopes)
                mods[i].limit_scope(mods[j])
                mods[j].limit_scope(mods[i])

    def apply_modifiers(self) -> None:
        targets = list(self.targets)
        if self.prune_on_modifier_overlap and targets:
            tindex = _Index([(t.start, t.end) for t in targets])
            keep = []
            for modifier in self.modifiers:
                lo, hi = modifier.modifier_span
                if not any(tuple_overlaps(tindex.spans[k], (lo, hi)) for k in tindex.near(lo, hi)):
                    keep.append(modifier)
            self.modifiers[:] = keep
        mods = self.modifiers
        index = _Index([m.scope_span for m in mods])
        for target in targets:
            for k in index.near(target.start, target.end):
                if mods[k].modifies(target):
                    mods[k].modify(target)
            # a modifier whose scope does not overlap the target never modifies it (see modifies)
        edges: list[tuple[Any, Any]] = []
        for modifier in mods:
            modifier.reduce_targets()
            for target in modifier._targets:
                edges.append((target, modifier))
        self.edges = edges


def install() -> None:
    """Make medspaCy's ConText component build linear graphs (idempotent)."""
    _context_module.ConTextGraph = LinearConTextGraph


__all__ = ["LinearConTextGraph", "install"]
