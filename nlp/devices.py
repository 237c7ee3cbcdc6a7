"""Which positioning devices and planning imaging this course used, where the chart says more than one thing.

One place decides when the chart disagrees with itself about a device, in this order:

1. **The form and the record.** A value a form marks as done ("Stereotactic frame applied: Y" on a time-out
   checklist) that the record outside the forms denies ("Fixation: mask; no frame"): every affirmed
   mention of it is on a form line, so the record wins and a review flag quotes both.
2. **One of frame and mask denied.** Frame and mask both affirmed, and exactly one of them denied
   somewhere ("no mask was used", "Frame: none") while the other is affirmed: the denied one was not used.
   An amendment's denial is the chart correcting itself (no flag); a denial elsewhere is a contradiction
   for the coder (a flag quoting the affirmation, the denial and the device kept). A device unticked on a
   checkbox row is no denial here: which word a box belongs to is a guess of the layout.
3. **A frame's placement recorded, a mask named too** (a summary saying "frameless mask"), and neither
   denied: one session is either, and the record of the frame applied wins, with a review flag.
4. **A frame's fiducials.** On a frame course, fiducials named only beside the frame ("frame coordinates
   verified against the CT fiducials") or in registering the stereotactic images on them ("MR fiducial
   registration 0.3 mm") are the frame's localizer marks, not implanted markers: dropped (no flag) unless a
   mention of them says they were implanted, placed or tracked.

And one rule of the imaging's role (:func:`planning_imaging`): a study named for staging ("the staging PET/CT", "MRI
brain staging") is diagnostic, not planning imaging, unless its sentence says it was used for the plan (fused,
registered, used to delineate), and so is a study whose sentence says only that it did not serve the plan ("the
emergency department's head CT is not used for planning"); a kind of study kept only by such mentions is dropped. A
PET (``used_only_when_fused``) that the chart names only for what it showed ("PET shows viable tumour only", "her
body disease is stable on the last PET") or in the patient's history (a consultation's history of present illness:
"PSMA PET 09/2026: solitary avid T9 metastasis") and never as used for the plan is diagnostic too, and so is a study
of any kind named only for what it showed ("His MRI of 11/02 showed more than twenty new metastases"), never as done
for or used by the plan, where the chart names another kind of study as the plan's ("Planning CT simulation 11/05").
A kind of study the chart says was not obtained after every mention naming it ("Orders: ... PET/CT" ... "PET/CT
order cancelled"), none of which says it served the plan (nor was done, unless the last denial names that planning
study itself: "Plan going in: ... a mask simulation CT today" ... "the CT simulation was cancelled"), was ordered,
not obtained: dropped, with no flag (the chart tells what happened). And a study dated after the course's last
fraction (its own clause's dates, or "MRI today" in a note dated after it: :class:`CourseDays`) is the follow-up's,
not the plan's: its mentions do not count for the plan, and a kind of study only such mentions name is dropped (an
undated study counts as before). Where every study the chart names is named as a diagnostic or staging one ("the GTV
was delineated on the outside diagnostic FDG PET-CT and the outside diagnostic MRI") and none says it was done for
the course, the targets were drawn on the diagnosis's images: no planning imaging of this course is documented, and
every kind is dropped.

A value is dropped with the evidence its own mentions gave it; the other values and their evidence stay.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from srscheck.core.model import HISTORY_SECTIONS, Evidence, Fact, Mention, ReviewFlag, unique

from .amendments import inside
from .forms import FormEntry, on_form

_HEAD_DEVICES = ("frame", "mask")  # one cranial session uses one of these, never both


def _denied(m: Mention) -> bool:
    return "NEGATED_EXISTENCE" in m.modifiers


def _mentions(ments: Sequence[Mention], label: str, value: str) -> list[Mention]:
    return [m for m in ments if m.label == label and m.value == value]


def _without(fact: Fact, value: str, gave: Iterable[Mention]) -> Fact:
    """``fact`` without ``value`` and without the evidence that ``gave`` (its mentions) contributed."""
    dropped = {m.evidence for m in gave}
    kept = [v for v in fact.value if v != value]
    ev = tuple(e for e in fact.evidence if e not in dropped)
    return Fact(kept, ev or (fact.evidence if kept else ()))


def _less(fact: Fact, gone: Iterable[Mention], kept: Sequence[Mention]) -> Fact:
    """``fact`` without the evidence only ``gone`` (mentions that no longer count) gave, its values unchanged."""
    keep = {m.evidence for m in kept}
    ev = tuple(e for e in fact.evidence if e in keep or e not in {m.evidence for m in gone})
    return Fact(fact.value, ev or fact.evidence)


def _quote(text: str, m: Mention, fallback: str) -> str:
    return text[m.evidence.start:m.evidence.end] if m.evidence.start >= 0 else fallback


def form_overruled(fact: Fact, label: str, fact_name: str, ments: Sequence[Mention],
                   entries: Sequence[FormEntry]) -> tuple[Fact, list[ReviewFlag]]:
    """Rule 1: each value whose every affirmed mention is on a form line and that the record outside the
    forms denies is dropped, with a review flag quoting the form and the record."""
    flags: list[ReviewFlag] = []
    for v in list(fact.value or []) if entries else []:
        own = [m for m in _mentions(ments, label, v) if "HISTORICAL" not in m.modifiers]
        said = [m for m in own if m.affirmed]
        denied = [m for m in own if _denied(m) and not on_form(entries, m.evidence.start)]
        if not said or not denied or not all(on_form(entries, m.evidence.start) for m in said):
            continue
        fact = _without(fact, v, _mentions(ments, label, v))
        flags.append(ReviewFlag(
            fact_name,
            f"The form marks {said[0].evidence.text!r} as done, but the record says "
            f"{denied[0].evidence.text!r}; the record was followed ({v} not used): check the {fact_name}.",
            tuple(unique([said[0].evidence, denied[0].evidence]))))
    return fact, flags


def _one_denied(fact: Fact, ments: Sequence[Mention], amendments: list[tuple[int, int]], text: str,
                box: re.Pattern[str]) -> tuple[Fact, list[ReviewFlag], bool]:
    """Rule 2; ``decided`` is False when neither head device is denied (or both are)."""
    said = {d: [m for m in _mentions(ments, "POSITIONING", d) if m.affirmed] for d in _HEAD_DEVICES}
    denied = {d: [m for m in _mentions(ments, "POSITIONING", d) if _denied(m) and not box.search(m.evidence.text)]
              for d in _HEAD_DEVICES}
    amended = {d: [m for m in denied[d] if inside(amendments, m.evidence.start)] for d in _HEAD_DEVICES}
    gone = [d for d in _HEAD_DEVICES if (amended if any(amended.values()) else denied)[d]]
    if len(gone) != 1:
        return fact, [], False
    drop = gone[0]
    keep = next(d for d in _HEAD_DEVICES if d != drop)
    if not said[keep]:
        return fact, [], False
    placed = [m for m in ments if m.label == "FRAME_PLACEMENT" and m.affirmed] if drop == "frame" else []
    fact = _without(fact, drop, said[drop] + placed)
    if amended[drop] or not said[drop]:  # corrected by the chart, or never named as used (only "pins")
        return fact, [], True
    no, yes, other = denied[drop][0], said[drop][0], said[keep][0]
    return fact, [ReviewFlag(
        "positioning",
        f"The chart says {_quote(text, yes, drop)!r} in one place, but another record says no {drop} was used "
        f"and documents a {keep}; the {keep} was taken: check the positioning.",
        tuple(unique([yes.evidence, no.evidence, other.evidence])))], True


_SENTENCE_OR_LINE = re.compile(r"[.!?](?:\s|$)|\n")


def _sentence_span(m: Mention, text: str) -> tuple[int, int]:
    """(start, end) of the sentence a mention stands in, within its line."""
    s, e = m.evidence.start, m.evidence.end
    lo = max(0, s - _SENTENCE_REACH)
    start = max((b.end() for b in _SENTENCE_OR_LINE.finditer(text, lo, s)), default=lo)
    hi = min(len(text), e + _SENTENCE_REACH)
    end = next((b.start() + 1 for b in _SENTENCE_OR_LINE.finditer(text, e, hi)), hi)
    return start, end


def _given_up(fact: Fact, ments: Sequence[Mention], text: str,
              patterns: Mapping[str, re.Pattern[str]]) -> tuple[Fact, bool]:
    """Rule 2a: frame and mask both named, and the chart tells that one of them was tried and given up (a sentence
    naming it says it was abandoned, not tolerated, not completed: ``head_device_given_up``) or that the course was
    converted to the other (``head_device_converted_before``: "convert to single session frame based radiosurgery")
    while nothing says the other was given up: the other was used. The chart tells what happened, so no flag."""
    gave_up, converted = patterns["head_device_given_up"], patterns["head_device_converted_before"]
    named = {d: [m for m in _mentions(ments, "POSITIONING", d) if "HYPOTHETICAL" not in m.modifiers]
             for d in _HEAD_DEVICES}
    if not all(named.values()):
        return fact, False

    def to(d: str) -> bool:  # the course converted to ``d``
        return any(m.evidence.start >= 0 and converted.search(text[max(0, m.evidence.start - 80):m.evidence.start])
                   for m in named[d])

    heads = [(m.evidence.start, m.evidence.end, d) for d in _HEAD_DEVICES for m in named[d] if m.evidence.start >= 0]
    heads += [(m.evidence.start, m.evidence.end, "frame") for m in ments  # "Mask (frame application abandoned)"
              if m.label == "FRAME_PLACEMENT" and m.evidence.start >= 0]

    def said_given_up(d: str) -> bool:  # a give-up word whose nearest head device in the sentence is ``d``
        for m in named[d]:
            s = m.evidence.start
            if s < 0:
                continue
            lo, hi = _sentence_span(m, text)
            for w in gave_up.finditer(text, max(0, lo), hi):
                near = min((h for h in heads if lo <= h[0] < hi),
                           key=lambda h: min(abs(h[0] - w.end()), abs(w.start() - h[1])))
                if near[2] == d:
                    return True
        return False

    up = {d: said_given_up(d) or to(next(o for o in _HEAD_DEVICES if o != d)) for d in _HEAD_DEVICES}
    gone = [d for d in _HEAD_DEVICES if up[d]]
    if len(gone) != 1:
        return fact, False
    drop = gone[0]
    placed = [m for m in ments if m.label == "FRAME_PLACEMENT"] if drop == "frame" else []
    return _without(fact, drop, named[drop] + placed), True


def _frame_placed(fact: Fact, ments: Sequence[Mention], text: str,
                  frame_word: re.Pattern[str]) -> tuple[Fact, list[ReviewFlag]]:
    """Rule 3: a recorded frame placement (its words name the frame: ``frame_word``, patterns.yaml) outweighs a mask
    named."""
    placed = [m for m in ments if m.label == "FRAME_PLACEMENT" and m.affirmed and frame_word.search(m.evidence.text)]
    masks = [m for m in _mentions(ments, "POSITIONING", "mask") if m.affirmed]
    if not placed or not masks:
        return fact, []
    return _without(fact, "mask", masks), [ReviewFlag(
        "positioning",
        f"The chart says {_quote(text, masks[0], 'mask')!r} in one place, but the record documents a head frame "
        "placed for the session; the frame was used: check the positioning.",
        tuple(unique([masks[0].evidence, placed[0].evidence])))]


_SENTENCE_REACH = 200  # characters before a mention's clause that may hold the rest of its sentence
_FULL_STOP = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def _whole_sentence(m: Mention, text: str) -> str:
    """The mention's sentence with the clauses before it up to the last full stop: a "; " parts a sentence in
    clauses ("Fiducial box attached to the stereotactic frame; fiducials visualized on all slices.")."""
    s = m.evidence.start
    if s < 0 or not text:
        return m.evidence.text
    lo = max(0, s - _SENTENCE_REACH)
    start = max((b.end() for b in _FULL_STOP.finditer(text, lo, s)), default=lo)
    return f"{text[start:s]} {m.evidence.text}"


def _frame_fiducials(fact: Fact, ments: Sequence[Mention], frame_words: re.Pattern[str],
                     implanted: re.Pattern[str], text: str = "") -> Fact:
    """Rule 4: fiducials every affirmed mention of which is said beside the frame (its sentence, all its clauses,
    names the frame or its localizer) and none as implanted markers are the frame's own marks."""
    said = [m for m in _mentions(ments, "POSITIONING", "fiducials") if m.affirmed]
    if not said or any(not frame_words.search(_whole_sentence(m, text)) or implanted.search(m.evidence.text)
                       for m in said):
        return fact
    return _without(fact, "fiducials", said)


_STAGING_REACH = 30  # characters before or after a study's name that may call it a staging study


def _staging_study(m: Mention, text: str, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """A study named for staging whose sentence does not say it served the plan."""
    s, e = m.evidence.start, m.evidence.end
    if s < 0:
        return False
    before = text[max(0, s - _STAGING_REACH):s]
    after = text[e:e + _STAGING_REACH]
    if not (patterns["staging_before"].search(before) or patterns["staging_after"].search(after)):
        return False
    return not _used(m, patterns)


@dataclass(frozen=True)
class CourseDays:
    """When this course was given, as the imaging's role needs it: ``last`` the day of its last recorded fraction,
    ``dates`` the chart's full dates ``(start, end, day)`` (no birth dates), ``parts`` the offsets at which the files
    of a bundle start (a note's day is never read from another file)."""

    last: date
    dates: tuple[tuple[int, int, date], ...]
    parts: tuple[int, ...] = ()


def _clause(m: Mention, text: str) -> tuple[int, int]:
    """(start, end) of the clause a study's name stands in (:data:`_CLAUSE_MARK`)."""
    s, e = m.evidence.start, m.evidence.end
    lo = max(0, s - _CLAUSE_REACH)
    start = max((b.end() for b in _CLAUSE_MARK.finditer(text, lo, s)), default=lo)
    hi = min(len(text), e + _CLAUSE_REACH)
    end = next((b.start() for b in _CLAUSE_MARK.finditer(text, e, hi)), hi)
    return start, end


def _after_course(m: Mention, text: str, patterns: Mapping[str, re.Pattern[str]], course: CourseDays) -> bool:
    """The study is dated after the course's last fraction and its sentence does not say it served the plan: every
    full date of its own clause is later ("MRI 05/04/2027: smaller"), or its clause dates it by its note ("MRI
    today", patterns ``imaging_note_day``) and the last full date written before it in its file is later."""
    if m.evidence.start < 0 or _used(m, patterns):
        return False
    start, end = _clause(m, text)
    own = [d for s, _e, d in course.dates if start <= s < end]
    if own:
        return min(own) > course.last
    if not patterns["imaging_note_day"].search(text, start, end) or _done(m, text, patterns):
        return False
    k = bisect.bisect_right(course.parts, m.evidence.start)
    first = course.parts[k - 1] if k else 0
    before = [(s, d) for s, _e, d in course.dates if first <= s < start]
    return bool(before) and max(before)[1] > course.last


def planning_imaging(fact: Fact, ments: Sequence[Mention], text: str,
                     patterns: Mapping[str, re.Pattern[str]], course: CourseDays | None = None) -> Fact:
    """The imaging fact without the kinds of study that only staging studies, or studies said not to serve the
    plan, gave, without a kind the chart's last word on which is that it was not obtained, and without the
    studies dated after the course (``course``; module docstring)."""
    for v in list(fact.value or []):
        said = [m for m in ments if m.label == "IMAGING" and m.affirmed and v in m.value.split("+")]
        later = [m for m in said if _after_course(m, text, patterns, course)] if course is not None else []
        if later:
            fact = _without(fact, v, said) if len(later) == len(said) else \
                _less(fact, later, [m for m in said if m not in later])
            said = [m for m in said if m not in later]
        named = [m for m in said if not _bracketed_after(m, said, text)] or said
        if said and all(_staging_study(m, text, patterns) or _use_denied(m, patterns) or
                        _aborted(m, patterns) or _diagnostic_table(m, text, patterns) for m in named):
            fact = _without(fact, v, said)
        elif said and _not_obtained_after(v, said, ments, text, patterns):
            fact = _without(fact, v, said)
        elif said and patterns["used_only_when_fused"].search(v) and \
                all((_finding(m, text, patterns) or _history(m)) and not _used(m, patterns) for m in said):
            fact = _without(fact, v, said)
        elif said and _planning_study_besides(v, fact, ments, text, patterns) and \
                all(_finding(m, text, patterns) and not _used(m, patterns) and not _done(m, text, patterns)
                    for m in said):
            fact = _without(fact, v, said)  # "His MRI of 11/02 showed twenty new metastases" beside the CT sim
    studies = {v: [m for m in ments if m.label == "IMAGING" and m.affirmed and v in m.value.split("+")]
               for v in fact.value or []}
    if studies and all(said and all(_named_diagnostic(m, text, patterns) and not _done(m, text, patterns)
                                    for m in said) for said in studies.values()):
        # every study the chart names is a diagnostic one ("the GTV was delineated on the outside diagnostic FDG
        # PET-CT of 09/22 and the outside diagnostic MRI"), and none was done for this course: targets drawn on the
        # diagnosis's images, no planning imaging of the course (a diagnostic MRI fused with the course's own
        # planning CT still serves the plan)
        for v, said in studies.items():
            fact = _without(fact, v, said)
    return fact


_TITLE_REACH = 12  # lines above a table's row read for its rows and its title


def _diagnostic_table(m: Mention, text: str, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The study is a row of a table whose title names its studies diagnostic or not for the plan ("Diagnostic
    studies reviewed (not for planning)" over "Study | Date | Registration", "MRI abdomen | 01/23/2026 | none";
    ``diagnostic_table_title``), and its row does not say it served the plan."""
    title_rx = patterns["diagnostic_table_title"]
    s = m.evidence.start
    if s < 0 or _used(m, patterns):
        return False
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", s)
    if "\t" not in text[line_start:line_end if line_end >= 0 else len(text)]:
        return False  # (a row of a table: its cells apart)
    lines = text[max(0, line_start - 2000):line_start].split("\n")[:-1]
    blanks = 0
    for line in reversed(lines[-_TITLE_REACH:]):
        if not line.strip():
            blanks += 1
            if blanks > 2:
                return False
            continue
        if "\t" in line:
            if blanks:
                return False  # (another table above a gap: no title of this one)
            continue
        return bool(title_rx.search(line))
    return False


def _named_diagnostic(m: Mention, text: str, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The study is named as a staging or diagnostic study ("the outside diagnostic MRI"), used or not."""
    s, e = m.evidence.start, m.evidence.end
    return s >= 0 and bool(patterns["staging_before"].search(text[max(0, s - _STAGING_REACH):s]) or
                           patterns["staging_after"].search(text[e:e + _STAGING_REACH]))


def _planning_study_besides(kind: str, fact: Fact, ments: Sequence[Mention], text: str,
                            patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """Whether the chart names another kind of study of the fact as done for the plan ("Planning CT
    simulation 11/05/2026"): then a study named only for what it showed is the diagnosis's, not the plan's."""
    return any(m.label == "IMAGING" and m.affirmed and kind not in m.value.split("+") and
               m.value in (fact.value or []) and _done(m, text, patterns) for m in ments)


_FINDING_REACH = 60  # characters before a study's name read for the finding it is named after


def _finding(m: Mention, text: str, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The study named for what it showed ("PET shows viable tumour only"), or after it ("her body disease is
    stable on the last PET")."""
    s, e = m.evidence.start, m.evidence.end
    if e < 0:
        return False
    return bool(patterns["imaging_finding"].search(text[e:e + 40]) or
                patterns["imaging_finding_before"].search(text[max(0, s - _FINDING_REACH):s]))


def _history(m: Mention) -> bool:
    """Named in the patient's story (core.model.HISTORY_SECTIONS): how the disease was found or followed."""
    return m.section in HISTORY_SECTIONS


def _bracketed_after(m: Mention, said: Sequence[Mention], text: str) -> bool:
    """The mention stands inside a bracket opened after another mention of the same study in its sentence
    ("Diagnostic MRI lumbar spine 08/30 (outside facility, 1.5 T, 4 mm)"): it describes that study, whose role
    is its own."""
    s = m.evidence.start
    if s < 0:
        return False
    opened = text.rfind("(", 0, s)
    if opened < 0 or ")" in text[opened:s]:
        return False
    return any(o is not m and o.evidence.text == m.evidence.text and 0 <= o.evidence.end <= opened for o in said)


def _aborted(m: Mention, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The study's sentence says it was attempted and not completed ("A planning MRI ... was attempted on 09/29 and
    aborted after the localizer"; ``imaging_aborted``) and not that it served the plan: no images of it did."""
    return bool(patterns["imaging_aborted"].search(m.evidence.text)) and not _used(m, patterns)


def _use_denied(m: Mention, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The study's sentence says only that it did not serve the plan ("a head CT from the emergency department
    ... is not used for planning")."""
    said = m.evidence.text
    uses = list(patterns["imaging_planning_use"].finditer(said))
    return bool(uses) and all(patterns["imaging_use_denied"].search(said[:u.start()]) for u in uses)


def _not_obtained_after(kind: str, said: Sequence[Mention], ments: Sequence[Mention], text: str,
                        patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The chart says the study was not obtained (cancelled, not done, "No PET.") after every mention that
    names it, and none of those says it served the plan or was done: it was ordered or talked of, then not
    obtained ("Orders: ... FDG PET/CT" ... "PET/CT order cancelled; not obtained")."""
    denied = [m.evidence.start for m in ments if m.label == "IMAGING" and "NEGATED_EXISTENCE" in m.modifiers
              and kind in m.value.split("+") and m.evidence.start >= 0]
    if not denied or max(denied) <= max(m.evidence.start for m in said):
        return False
    last = max((m for m in ments if m.label == "IMAGING" and "NEGATED_EXISTENCE" in m.modifiers and
                kind in m.value.split("+") and m.evidence.start >= 0), key=lambda m: m.evidence.start)
    start, end = _clause(last, text)
    # the denial names the plan's study itself ("the CT simulation was cancelled"), not another of its kind ("repeat
    # CT simulation cancelled"): the study named as done before it was that one, not obtained
    itself = _done(last, text, patterns) and not patterns["study_another"].search(text, start, end)
    return not any(_used(m, patterns) or
                   (_done(m, text, patterns) and not (itself and not _recorded(m, text, patterns))) for m in said)


def _recorded(m: Mention, text: str, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The study's own sentence (within its line) records it done (a done word or a date: ``study_recorded``), not
    only names it as the plan's."""
    start, end = _sentence_span(m, text)
    return bool(patterns["study_recorded"].search(text, start, end))


# a clause ends at these, not at a leader's dots ("Planning CT .......") nor at a label's colon or cell
# ("Simulation: CT", "Simulation <tab> 11/09: CT"); on the right a row's cells are its clause ("CT <tab> COMPLETED")
_CLAUSE_MARK = re.compile(r"[,;\n]|(?<!\.)\.(?![.\d])")
_CLAUSE_REACH = 80


def _done(m: Mention, text: str, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The study's own clause says it was done or names it as the plan's study ("4D-CT simulation", "MRI
    acquired", "Planning CT", a row's "COMPLETED")."""
    start, end = _clause(m, text)
    return bool(patterns["imaging_done"].search(text[start:end]))


def _used(m: Mention, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The study's sentence says it served the plan (fused, registered, used to delineate), not denied."""
    said = m.evidence.text
    return any(not patterns["imaging_use_denied"].search(said[:u.start()])
               for u in patterns["imaging_planning_use"].finditer(said))


_DEVICE_LABELS = frozenset({"POSITIONING", "IMAGING", "IGRT", "MODALITY", "TRACKING", "MOTION_MANAGEMENT"})


def _unused_after(m: Mention, ments: Sequence[Mention], unused: re.Pattern[str], text: str) -> bool:
    """The mention's sentence goes on to say that the device served nothing ("The gold marker left at bronchoscopy
    had migrated ... and was not used for anything"), with no other device, study or unit named before it says so
    (that one is what it says was not used)."""
    s, e = m.evidence.start, m.evidence.end
    if s < 0 or not text:
        return False
    stop = next((b.start() for b in _FULL_STOP.finditer(text, e, min(len(text), e + _SENTENCE_REACH))),
                min(len(text), e + _SENTENCE_REACH))
    said = unused.search(text, e, stop)
    return said is not None and not any(o.label in _DEVICE_LABELS and e <= o.evidence.start < said.start()
                                        for o in ments if o is not m)


def _said_unused(fact: Fact, ments: Sequence[Mention], unused: re.Pattern[str], text: str,
                 support: re.Pattern[str]) -> Fact:
    """A positioning device every affirmed mention of which is followed in its sentence by the words that it was not
    used (placed or left there, never used: a migrated marker; only at hand: "Available; not used") is no device of
    this course's positioning; a body support followed by the words that the patient was not immobilized
    (``support``: "knee wedge; no immobilization device") is none either, nor is the same support named again
    elsewhere (the treatment note's "setup with knee wedge"): every mention names it in the same words."""
    for value in list(fact.value or []):
        said = [m for m in _mentions(ments, "POSITIONING", value) if m.affirmed]
        if not said:
            continue
        body = value == "body_immobilization"
        immobilizes_none = [body and _unused_after(m, ments, support, text) for m in said]
        one_name = len({" ".join(text[m.evidence.start:m.evidence.end].lower().split()) for m in said}) == 1
        if (one_name and any(immobilizes_none)) or all(
                none or _unused_after(m, ments, unused, text) for m, none in zip(said, immobilizes_none)):
            fact = _without(fact, value, said)
    return fact


def _fiducials_denied(fact: Fact, ments: Sequence[Mention], text: str, denied: re.Pattern[str],
                      evidence: Callable[[int, int], Evidence] | None) -> tuple[Fact, list[ReviewFlag]]:
    """Rule 5: fiducials affirmed (a plan report's "Localization: Implanted fiducials (3)") that the chart, after
    every affirmed mention of them, says were not placed or not used ("Fiducial placement ... was cancelled", "we will
    proceed without fiducials", a fraction log's "no fiducials"; ``fiducials_denied``): the later record wins, and
    the chart contradicts itself, so a review flag quotes both."""
    said = [m for m in _mentions(ments, "POSITIONING", "fiducials") if m.affirmed and m.evidence.start >= 0]
    if not said:
        return fact, []
    last = max(m.evidence.end for m in said)
    no = next(denied.finditer(text, last), None)  # the first denial after every affirmed mention
    if no is None:
        return fact, []
    quote = text[no.start():no.end()]
    ev = [said[0].evidence] + ([evidence(no.start(), no.end())] if evidence is not None else [])
    return _without(fact, "fiducials", said), [ReviewFlag(
        "positioning",
        f"The chart says {_quote(text, said[0], 'fiducials')!r} in one place, but a later record says "
        f"{quote!r}; no fiducials were taken: check the positioning.", tuple(unique(ev)))]


def used_devices(positioning: Fact, imaging: Fact, ments: Sequence[Mention], entries: Sequence[FormEntry],
                 amendments: list[tuple[int, int]], text: str,
                 box: re.Pattern[str],
                 patterns: Mapping[str, re.Pattern[str]],
                 course: CourseDays | None = None,
                 evidence: Callable[[int, int], Evidence] | None = None) -> tuple[Fact, Fact, list[ReviewFlag]]:
    """The positioning and imaging facts once the chart's disagreements about them are decided (rules 1-3
    of the module), and a review flag for each disagreement the coder should see. ``entries``: the
    document's form_entries; ``amendments``: its amendment spans; ``box``: the checkbox pattern;
    ``patterns``: the vocabulary's patterns (rule 4's and the staging studies' words); ``course``: when the course
    was given (studies dated after it are no planning imaging), None when no record dates it."""
    positioning, flags = form_overruled(positioning, "POSITIONING", "positioning", ments, entries)
    imaging = planning_imaging(imaging, ments, text, patterns, course)
    imaging, img_flags = form_overruled(imaging, "IMAGING", "imaging", ments, entries)
    flags += img_flags
    if set(_HEAD_DEVICES) <= set(positioning.value or []):
        positioning, decided = _given_up(positioning, ments, text, patterns)
        head_flags: list[ReviewFlag] = []
        if not decided:
            positioning, head_flags, decided = _one_denied(positioning, ments, amendments, text, box)
        if not decided:
            positioning, head_flags = _frame_placed(positioning, ments, text, patterns["frame_word"])
        flags = head_flags + flags
    positioning = _said_unused(positioning, ments, patterns["device_not_used"], text,
                               patterns["support_not_immobilization"])
    values = set(positioning.value or [])
    if {"frame", "fiducials"} <= values:
        positioning = _frame_fiducials(positioning, ments, patterns["frame_fiducial_context"],
                                       patterns["fiducials_implanted"], text)
    if "fiducials" in (positioning.value or []):
        positioning, fid_flags = _fiducials_denied(positioning, ments, text, patterns["fiducials_denied"], evidence)
        flags += fid_flags
    return positioning, imaging, flags


__all__ = ["CourseDays", "form_overruled", "planning_imaging", "used_devices"]
