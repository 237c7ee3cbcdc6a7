"""Chart identity facts: patient name and record number as printed, dates of service, the attending
physician, the medical physicists named, and the ICD-10-CM codes the chart states.

Everything is read with the patterns in ``resources/vocab/identity.yaml``; each value keeps the chart's
own words as evidence. ``with_identity(reading)`` is the hook the pipeline calls after extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any, Iterator

from srscheck.core.model import Document, Evidence, Fact, Identity, Reading, unique
from srscheck.core.sentences import sentence_bounds, sentences

from .vocab import _load_yaml, check_identity, compiled, full_date, load_vocabulary

# A person's name on one line: "Dana Whitfield", "D. Whitfield", "Whitfield, Dana", "Dr. J. Okoro".
_WORD = r"[A-Z][A-Za-z'\-]+"
PERSON = (rf"(?:Dr\.?[ \t]+)?(?:(?:[A-Z]\.[ \t]*){{1,2}}{_WORD}|{_WORD},[ \t]*[A-Z][a-z][A-Za-z'\-]*"
          rf"|[A-Z][a-z][A-Za-z'\-]*(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_WORD}){{1,2}})")



@dataclass(frozen=True)
class IdentityVocab:
    not_name: frozenset[str]
    physicist: tuple[re.Pattern[str], ...]
    patient: tuple[re.Pattern[str], ...]
    mrn: tuple[re.Pattern[str], ...]
    attending: tuple[re.Pattern[str], ...]
    other_credentials: re.Pattern[str]
    physicist_credentials: re.Pattern[str]
    not_physician: re.Pattern[str]
    service_line: re.Pattern[str]
    service_label: re.Pattern[str]
    not_service_line: re.Pattern[str]
    visit_clause: re.Pattern[str]
    icd10: re.Pattern[str]
    icd10_line: re.Pattern[str]
    fraction_row: re.Pattern[str]  # a per-fraction row: its number, then its date ("Fx 2  03/12/2026")
    # a full date as a service line writes it, with the groups of the vocabulary's ``date`` pattern (read by
    # nlp.vocab.full_date): "03/11/2024", "2024-03-11", "Mar 11, 2024", "11th March 2024"
    service_date: re.Pattern[str]
    list_header: tuple[re.Pattern[str], ...] = ()  # the patient's name atop a list of several patients

    def speaks_of_service(self, words: str) -> bool:
        """Whether ``words`` (a line or a sentence) speak of treatment given (identity.yaml ``service_date_line``)
        and not of a clinic visit, a scan or a letter (``not_service_date_line``): where its dates are dates of
        service. The one test for the dates of service and for a record's treated days (facts.separate_courses)."""
        return self.service_line.search(words) is not None and not self.not_service_line.search(words)


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p.replace("PERSON", PERSON)) for p in patterns)


@lru_cache(maxsize=1)
def identity_vocab() -> IdentityVocab:
    """The compiled identity patterns: from the start-up cache while ``identity.yaml`` is unchanged."""
    iv = compiled("identity", build_identity_vocab)
    return iv if isinstance(iv, IdentityVocab) else build_identity_vocab()


def build_identity_vocab() -> IdentityVocab:
    """The identity patterns compiled from ``resources/vocab/identity.yaml`` (no cache)."""
    data: dict[str, Any] = _load_yaml("identity.yaml")
    check_identity(data)
    return IdentityVocab(
        not_name=frozenset(w.lower() for w in data["not_name_words"]),
        physicist=_compile(data["physicist_patterns"]),
        patient=_compile(data["patient_name_patterns"]),
        mrn=_compile(data["mrn_patterns"]),
        attending=_compile(data["attending_patterns"]),
        other_credentials=re.compile(r"\s*,?\s*" + data["other_credentials"] + r"(?![A-Za-z])"),
        physicist_credentials=re.compile(r"\s*,?\s*" + data["physicist_credentials"] + r"(?![A-Za-z])"),
        not_physician=re.compile(r"\s*,?\s*" + data["not_physician_credentials"] + r"(?![A-Za-z])"),
        # (a dose in any unit of quantity_roles.yaml, as the vocabulary compiled them: "2000 cGy", "20 GyE", "2000 rad")
        service_line=re.compile(data["service_date_line"].replace("DOSEUNIT", load_vocabulary().roles.unit_forms)),
        service_label=re.compile(data["service_date_label"]),
        not_service_line=re.compile(data["not_service_date_line"]),
        visit_clause=re.compile(data["visit_date_clause"]),
        icd10=re.compile(data["icd10"]),
        icd10_line=re.compile(data["icd10_line"]),
        fraction_row=re.compile(data["fraction_row"]),
        service_date=re.compile(data["service_date"], re.IGNORECASE),
        list_header=_compile(data["list_header_name_patterns"]),
    )


# --------------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------------

def clean_name(raw: str, not_name: frozenset[str]) -> str | None:
    """The name without titles and trailing non-name words; None when what is left is not a name
    (fewer than two parts, or a surname shorter than two letters)."""
    tokens = re.findall(r"[A-Za-z][A-Za-z'\-]*\.?", raw)
    if tokens and tokens[0].rstrip(".").lower() == "dr":
        tokens = tokens[1:]
    kept: list[str] = []
    for t in tokens:
        if t.rstrip(".").lower() in not_name:
            break
        kept.append(t)
    if len(kept) < 2 or not any(len(t.rstrip(".")) >= 2 for t in kept):
        return None
    text = raw[raw.find(kept[0]):]
    end = text.find(kept[-1]) + len(kept[-1])
    return re.sub(r"\s+", " ", text[:end]).strip(" ,")


def name_marks(name: str) -> tuple[str | None, tuple[str, ...]]:
    """What tells a person's name in a list of several people: (its surname, ()) when the name's form says which
    word that is - before a comma ("Examplar, Hortense"), the one word after initials ("H. Examplar"), the one word
    in capitals among mixed case ("Hortense EXAMPLAR", "SMITH John") - else (None, its words), either of which may
    be the surname ("Smith John"), all lower case."""
    if "," in name:
        return name.split(",")[0].strip().lower() or None, ()
    tokens = re.findall(r"[A-Za-z][A-Za-z'\-]*\.?", name)
    words = [t for t in tokens if not t.endswith(".") and len(t) >= 2]
    if len(words) == 1:
        return words[0].lower(), ()
    caps = [w for w in words if w.isupper()]
    if len(caps) == 1 and len(words) > 1:
        return caps[0].lower(), ()
    return None, tuple(w.lower() for w in words)


def names_person(text: str, surname: str | None, words: tuple[str, ...]) -> bool:
    """Whether ``text`` (a list's Patient cell: "Examplar, H.", "J.W. EX-44190") names the person of
    :func:`name_marks`: the surname as a whole word; or, the surname unknown, every word of the name, each whole or
    as its initial ("Smith J" names "John Smith" and "Smith John"; "Smith" alone names neither)."""
    tokens = re.findall(r"[a-z]+(?:['\-][a-z]+)*", text.lower())
    if surname is not None:
        return surname in tokens
    initials = {t for t in tokens if len(t) == 1}
    return bool(words) and all(w in tokens or w[0] in initials for w in words) and any(w in tokens for w in words)


def _surname(name: str) -> str:
    if "," in name:
        return name.split(",")[0].strip().lower()
    return name.split()[-1].strip(".").lower()


def _evidence(doc: Document, start: int, end: int, rule: str) -> Evidence:
    s, e = sentence_bounds(doc.text, start, end)
    return doc.evidence(s, e, rule=f"identity:{rule}")


def _people(doc: Document, patterns: tuple[re.Pattern[str], ...], iv: IdentityVocab, rule: str,
            exclude: re.Pattern[str] | None) -> Iterator[tuple[str, Evidence]]:
    for pat in patterns:
        for m in pat.finditer(doc.text):
            raw = m.group("name")
            name = clean_name(raw, iv.not_name)
            if not name:
                continue
            after = doc.text[m.start("name") + raw.find(name.split()[0]) + len(name):][:24]
            if exclude is not None and exclude.match(after):
                continue
            yield name, _evidence(doc, m.start("name"), m.end("name"), rule)


def _unique_people(found: Iterator[tuple[str, Evidence]]) -> tuple[list[str], list[Evidence]]:
    names: list[str] = []
    surnames: list[str] = []
    evidence: list[Evidence] = []
    for name, ev in found:
        sur = _surname(name)
        if sur not in surnames:
            surnames.append(sur)
            names.append(name)
        if ev not in evidence and len(evidence) < 4:
            evidence.append(ev)
    return names, evidence


def physicists(doc: Document, iv: IdentityVocab | None = None) -> Fact:
    iv = iv or identity_vocab()
    names, ev = _unique_people(_people(doc, iv.physicist, iv, "physicist", iv.other_credentials))
    return Fact(names, tuple(ev))


def attending(doc: Document, iv: IdentityVocab | None = None) -> Fact:
    iv = iv or identity_vocab()
    for pat in iv.attending:  # labelled fields first, then the signer
        for name, ev in _people(doc, (pat,), iv, "attending_physician", iv.not_physician):
            return Fact(name, (ev,))
    return Fact(None)


def _first(doc: Document, patterns: tuple[re.Pattern[str], ...], group: str, rule: str) -> Fact:
    for pat in patterns:
        m = pat.search(doc.text)
        if m:
            return Fact(re.sub(r"\s+", " ", m.group(group)).strip(),
                        (_evidence(doc, m.start(group), m.end(group), rule),))
    return Fact(None)


# --------------------------------------------------------------------------------------------------
# Dates of service and ICD-10 codes
# --------------------------------------------------------------------------------------------------

def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line
        pos += len(line)


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """The chart's sentences ("CT simulation 03/01. Treated 03/11 - 03/13." is two), each with its offset."""
    for s, e in sentences(text):
        yield s, text[s:e]


def dates_of_service(doc: Document, iv: IdentityVocab | None = None, day_first: bool | None = None) -> Fact:
    """The first and last day of treatment the chart's service lines write; ``day_first``: the chart's order of
    day and month, decided once per chart by the pipeline (:meth:`Vocabulary.day_order` of the text when not
    given: "05/11/2026" in a chart that writes 21/10/2026 is 5 November)."""
    iv = iv or identity_vocab()
    if day_first is None:
        day_first = load_vocabulary().day_order(doc.text) == "dm"
    found: list[tuple[date, Evidence]] = []
    labelled: list[tuple[date, Evidence]] = []  # "Treatment date 02/12/2025", per-fraction rows
    carry = False  # the previous line ended a range ("08/05/2024 -"): its end date opens this line
    for start, line in _sentences(doc.text):
        row = bool(iv.fraction_row.match(line))
        opened, carry = carry, False
        if not row and not iv.speaks_of_service(line):
            m = iv.service_date.match(line.lstrip()) if opened else None
            if m and (d := full_date(m, day_first)) is not None:
                off = start + len(line) - len(line.lstrip())
                found.append((d, _evidence(doc, off + m.start(), off + m.end(), "date_of_service")))
            continue
        carry = bool(re.search(r"\d\s*(?:-|–|to|through)\s*$", line.rstrip("\n")))
        into = labelled if row or iv.service_label.match(line) else found
        for m in iv.service_date.finditer(line):
            d = full_date(m, day_first)
            clause = re.split(r"[,;()]", line[:m.start()])[-1]
            if iv.visit_clause.search(clause):
                continue  # "Reviewed in clinic 06/20/2026, three months after SBRT ...": the visit's date
            if d is not None and 1990 <= d.year <= 2100:
                into.append((d, _evidence(doc, start + m.start(), start + m.end(), "date_of_service")))
    found = labelled or found
    if not found:
        return Fact([])
    first = min(found, key=lambda x: x[0])
    last = max(found, key=lambda x: x[0])
    value = unique([first[0].isoformat(), last[0].isoformat()])
    return Fact(value, tuple(unique([first[1], last[1]])))


def icd10_codes(doc: Document, iv: IdentityVocab | None = None) -> Fact:
    iv = iv or identity_vocab()
    codes: list[str] = []
    evidence: list[Evidence] = []
    for start, line in _lines(doc.text):
        if not iv.icd10_line.search(line):
            continue
        for m in iv.icd10.finditer(line):
            code = m.group("code")
            if "." not in code and code[0] not in "CD":
                continue  # "T12", "L45": a vertebral level or a count, not a stated code
            if code not in codes:
                codes.append(code)
                evidence.append(_evidence(doc, start + m.start(), start + m.end(), "icd10"))
    return Fact(codes, tuple(evidence[:6]))


def chart_identity(doc: Document, day_first: bool | None = None) -> Identity:
    """The identity facts of ``doc``; ``day_first`` as :func:`dates_of_service` takes it."""
    iv = identity_vocab()
    return Identity(
        patient_name=_first(doc, iv.patient, "name", "patient"),
        mrn=_first(doc, iv.mrn, "id", "mrn"),
        dates_of_service=dates_of_service(doc, iv, day_first),
        attending_physician=attending(doc, iv),
        physicists=physicists(doc, iv),
        icd10=icd10_codes(doc, iv),
    )


def with_identity(reading: Reading, day_first: bool | None = None) -> Reading:
    """The reading with its identity facts (the pipeline's hook; ``day_first``: the chart's order of day and
    month as the pipeline decided it once for the chart)."""
    return replace(reading, identity=chart_identity(reading.document, day_first))


__all__ = ["PERSON", "chart_identity", "with_identity", "physicists", "attending", "dates_of_service",
           "icd10_codes", "clean_name"]
