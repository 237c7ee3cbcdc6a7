"""What a stop stopped: this course's radiation, or another treatment (a drug, chemotherapy).

The words of an interrupted course ("stopped after ...", "treatment was discontinued", "decided not to continue")
are also the words of a drug stopped ("Sorafenib 400 mg twice daily stopped after 6 weeks", "dexamethasone was
stopped after fraction 2", "decided not to continue sunitinib"). A stop is this course's only when the thing stopped
is: the words before it in its part of the clause (its subject), or after a verb of going on ("not to continue ..."),
do not name another treatment (patterns ``other_therapy``: a drug's dose or schedule, a drug's name by its stem,
chemotherapy ...) unless they also name the radiation (``radiation_words``); and a bare stop "after 6 weeks" or
"after two cycles" (``stopped_after_time``) with no radiation named before it counts time or cycles, not fractions.
"""

from __future__ import annotations

import re

from .vocab import Vocabulary, cached_rx

_CLAUSE_START = re.compile(r"[.!?](?=\s)|;|\n[ \t]*\n")
_SUBJECT_CHARS = 100  # a clause's subject stands within this many characters before its verb


def stops_this_course(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether the stop written at ``text[start:end]`` (a ``course_interrupted`` or ``course_stopped_before``
    match) stops this course's radiation rather than another treatment (see the module docstring)."""
    pats = vocab.patterns
    piece = cached_rx(rf"[,:()]|\s(?:{vocab.alternation('clause_joiners')})\s")  # a clause's parts
    lo = max(0, start - _SUBJECT_CHARS)
    lo = max([lo] + [m.end() for m in _CLAUSE_START.finditer(text, lo, start)])
    subject = piece.split(text[lo:start])[-1]  # its own clause's words: not "levetiracetam increased" in
    # "Admitted with seizures, levetiracetam increased, and the course was stopped after fraction 2"
    radiation = pats["radiation_words"].search(subject)
    if pats["other_therapy"].search(subject) and not radiation:
        return False  # "Sorafenib 400 mg twice daily stopped after ...", "Dexamethasone was stopped after fraction 2"
    goes_on = cached_rx(rf"(?:{vocab.alternation('going_on_verbs')})$")
    if goes_on.search(text[start:end]):  # "decided not to continue sunitinib": what follows is what stopped
        close = _CLAUSE_START.search(text, end)
        obj = text[end:close.start() if close else len(text)]
        obj = piece.split(obj, maxsplit=1)[0]
        if pats["other_therapy"].search(obj) and not pats["radiation_words"].search(obj):
            return False
    if not radiation and pats["stopped_after_time"].match(text, end - _tail(text, start, end, vocab), end + 40):
        return False  # "... stopped after 6 weeks", "discontinued after two cycles": no fraction count
    return True


def _tail(text: str, start: int, end: int, vocab: Vocabulary) -> int:
    """How many characters of the match's end belong to its "after <number or word>" (matched again from there)."""
    m = cached_rx(rf"\b(?:{vocab.alternation('time_after_words')})\b[^\n]*$").search(text[start:end])
    return len(m.group(0)) if m else 0


__all__ = ["stops_this_course"]
