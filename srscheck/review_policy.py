"""Review-flag policy for an interrupted course: the course planned more fractions than it delivered.

The reader (``nlp/review.py``) flags every course whose planned fraction count differs from the delivered
one, as the course model and the JSON contract ask (``../shared/reference/course-model.md``: "a difference
is worth a review flag"). What the flag *is* depends on whether the chart documents the interruption:

* **documented** (the chart says the course was stopped, discontinued, held or not completed, in a
  sentence that is not negated): the flag stays, as ``kind: "interrupted_course"`` with
  ``documented: true`` and that sentence quoted. It is no contradiction: the coder bills the delivered
  fractions (the reader used the delivered count) and keeps the record of an incomplete course, which a
  payer audit looks at first.
* **not documented** (the plan says n fractions, the delivery record k < n, and nothing says why): the
  flag stays with ``documented: false``: the record of the missing fractions is a gap to resolve before
  billing.

The words that document an interruption are data: ``course_interrupted`` in
``resources/vocab/patterns.yaml``; they document it only where the thing stopped is this course's radiation, not a
drug or another therapy ("Sorafenib 400 mg twice daily stopped after 6 weeks": ``nlp/interruptions.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from srscheck.core.model import Reading, ReviewFlag, unique

MAX_QUOTES = 3


def interrupted_course(reading: Reading, pattern: re.Pattern[str],
                       stops_course: Callable[[str, re.Match[str]], bool] | None = None) -> Reading:
    """The reading with each planned-vs-delivered flag classified (see the module docstring). ``stops_course``
    (the chart's text, a match of ``pattern``) says whether the words stop this course rather than another
    treatment ("Sorafenib ... stopped after 6 weeks"): the reader's decision (nlp.interruptions)."""
    flags = tuple(getattr(reading, "review", ()) or ())
    if not any(_counts(f) for f in flags):
        return reading
    # the pattern's own words say "not to complete", "does not wish to resume": ConText's negation is not asked
    stated = reading.search(pattern, affirmed=False, rule="review:interrupted_course", keep=stops_course)
    quotes = tuple(unique(m.evidence for m in stated))
    out = []
    for flag in flags:
        counts = _counts(flag)
        if counts is None:
            out.append(flag)
            continue
        planned, delivered = counts
        if quotes:
            message = (f"Interrupted course, documented: {planned} fractions were planned and {delivered} "
                       f"delivered, and the chart says the course stopped. The delivered count ({delivered}) was "
                       "used: bill the delivered fractions only.")
            evidence = tuple(unique(quotes[:1] + flag.evidence))[:MAX_QUOTES + 1]
        else:
            message = (f"Interrupted course, not documented: {planned} fractions were planned but {delivered} "
                       f"delivered, and the chart does not say the course stopped. The delivered count "
                       f"({delivered}) was used: confirm that the other fractions were not given before billing.")
            evidence = flag.evidence
        out.append(replace(flag, message=message, evidence=evidence, kind="interrupted_course",
                           documented=bool(quotes)))
    return replace(reading, review=tuple(out))


def _counts(flag: ReviewFlag) -> tuple[int, int] | None:
    """(planned, delivered) of the reader's planned-vs-delivered flag when fewer were delivered, else None."""
    if flag.fact != "fractions" or flag.kind or flag.fraction_counts is None:
        return None
    planned, delivered = flag.fraction_counts
    return (planned, delivered) if planned > delivered else None


__all__ = ["interrupted_course"]
