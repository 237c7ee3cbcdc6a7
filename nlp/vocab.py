"""Loading the reader's vocabulary and patterns from ``resources/vocab`` (the ``srscheck.resources`` package).

Everything a coder or developer may extend lives in data files; this module only loads and compiles it.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TypeVar

from srscheck import __version__
from srscheck.core import cache
from srscheck.core import units as core_units
from srscheck.core.units import DoseUnit

VOCAB_PACKAGE = "srscheck.resources"
T = TypeVar("T")


def _load_yaml(name: str) -> Any:
    from ruamel.yaml import YAML  # only when the compiled vocabulary is not cached

    text = resources.files(VOCAB_PACKAGE).joinpath("vocab", name).read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


# --------------------------------------------------------------------------------------------------
# The compiled-vocabulary cache (see srscheck.core.cache): one entry holding the Vocabulary and what the
# pipeline compiles from it, keyed by every file under resources/vocab, the code that compiles them and
# the versions of srscheck, Python, spaCy and medspaCy.
# --------------------------------------------------------------------------------------------------

_ENTRY = "reader"
_bundle: dict[str, Any] | None = None
_bundle_key: str | None = None


def _package_file(module: str, name: str) -> Path | None:
    """A file inside an installed package, found without importing the package."""
    try:
        spec = find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / name


def cache_key(folder: Path | None = None) -> str | None:
    """The key of the compiled vocabulary (None when the vocabulary folder is not a real folder): every
    file under ``resources/vocab`` (new files included), the code that compiles them, the versions."""
    folder = folder or resources.files(VOCAB_PACKAGE).joinpath("vocab")  # type: ignore[assignment]
    if not isinstance(folder, Path) or not folder.is_dir():
        return None
    here = Path(__file__).resolve().parent
    code = [*here.rglob("*.py"), Path(cache.__file__), Path(core_units.__file__)]  # any reader module may shape it
    libs = [p for p in (_package_file("spacy", "about.py"), _package_file("medspacy", "_version.py"),
                        _package_file("medspacy", "context/context.py"),
                        _package_file("medspacy", "section_detection/sectionizer.py")) if p is not None]
    return cache.digest("srscheck reader", __version__, cache.runtime_tag(), cache.folder_digest(folder),
                        cache.files_digest(code), cache.files_digest(libs))


def compiled(name: str, build: Callable[[], T]) -> T:
    """``build()``'s value, kept in the cache entry with the vocabulary: built once per data change."""
    global _bundle, _bundle_key
    if _bundle is None:
        _bundle_key = cache_key()
        hit = cache.load(_ENTRY, _bundle_key) if _bundle_key else None
        _bundle = hit if isinstance(hit, dict) else {}
    if name in _bundle:
        return _bundle[name]  # type: ignore[no-any-return]
    value = build()
    _bundle[name] = value
    if _bundle_key:
        cache.store(_ENTRY, _bundle_key, _bundle)
    return value


def forget_compiled() -> None:
    """Drop what this process loaded (tests; a long-lived process after the data changed)."""
    global _bundle, _bundle_key
    _bundle = _bundle_key = None
    load_vocabulary.cache_clear()


def _alternation(words: list[str]) -> str:
    """The words as one alternation, longest first (no word bounds: a structure name's kind runs into its label,
    "PTV2", "GTV_R")."""
    return "|".join(re.escape(str(w)) for w in sorted({str(w) for w in words}, key=lambda w: (-len(w), w)))


def _phrase_regex(phrases: list[str]) -> str:
    """One alternation of whole-word phrases, longest first; spaces match any whitespace or hyphen."""
    items = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    parts = [r"[\s-]+".join(re.escape(w) for w in p.split()) for p in items]
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"


@dataclass(frozen=True)
class ComplexTrigger:
    reason: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class CueRole:
    """A role the words just before a dose (``before``) or a table column's title (``column``) give it."""
    role: str
    before: re.Pattern[str] | None
    column: re.Pattern[str] | None
    # the cue does not apply in a chart that writes one of these anywhere (the chart treats the structure itself);
    # decided once per chart by :meth:`QuantityRoles.for_chart`, which leaves no cue with one
    unless_chart: re.Pattern[str] | None = None
    # the words right after a dose that give it the role ("130 Gy maximum dose", "65 Gy (for reference; not the
    # prescription)"): matched at the dose's end, in its own line
    after: re.Pattern[str] | None = None

    def applies(self, chart: str) -> bool:
        """False when the chart (its whole text) says the cue's structure is this course's target."""
        return self.unless_chart is None or self.unless_chart.search(chart) is None


@dataclass(frozen=True)
class NumberRole:
    """Numbers that are never doses (isodose %, monitor units, dose rates): ``pattern`` has a group "value"."""
    role: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class QuantityRoles:
    """``resources/vocab/quantity_roles.yaml`` compiled: how each number gets its role."""
    course_roles: frozenset[str]
    cues: tuple[CueRole, ...]
    context: dict[str, str]
    numbers: tuple[NumberRole, ...]
    maximum_prescribed: frozenset[str] = frozenset()  # complexity reasons of targets prescribed to their maximum
    units: tuple[DoseUnit, ...] = ()  # the units a dose is written in, with their size in Gy
    bare_cgy_above: float | None = None  # a bare number above this, under a title naming no unit, is in cGy

    def unit_gy(self, unit: str) -> float | None:
        """How many Gy one ``unit`` (a dose unit as the chart writes it: "cGy", "rads", "GyE") is; None when it
        is no dose unit of the vocabulary."""
        return core_units.unit_gy(unit, self.units)

    @property
    def unit_forms(self) -> str:
        """Every written form of every dose unit as one alternation, in the order written: the patterns' {UNIT},
        identity.yaml's DOSEUNIT and a reader's own regular expression (:func:`cached_rx`) alike: "Gy", "cGy",
        "Gy(RBE)", "GyE", "rad"."""
        return unit_alternation(self.units)

    def for_chart(self, chart: str) -> QuantityRoles:
        """The roles as one chart gives them: each cue's ``unless_chart`` decided on the chart's whole text, once. A
        cue the chart rules out keeps its column titles but reads no words before a dose ("trigeminal nerve 8.7 Gy"
        names the target in a chart that treats trigeminal neuralgia); no cue is left with a chart test."""
        if not any(c.unless_chart is not None for c in self.cues):
            return self
        cues = tuple(c if c.unless_chart is None else
                     replace(c, unless_chart=None) if c.applies(chart) else
                     replace(c, before=None, unless_chart=None) for c in self.cues)
        return replace(self, cues=cues)

    @property
    def not_target(self) -> frozenset[str]:
        """Roles of doses that are not a dose to the target at all (maximum, metric, organ at risk)."""
        return frozenset(c.role for c in self.cues) - self.course_roles


@dataclass(frozen=True)
class SpokenMark:
    """A punctuation mark as a dictated note spells it out ("full stop", "comma", "colon")."""

    words: re.Pattern[str]  # the spoken words, as whole words
    mark: str
    sure: bool  # never anything else: these decide that a document is dictated
    not_after: frozenset[str]  # a word, not a mark, after these words ("sigmoid colon")
    not_before: frozenset[str]  # ... or before these ("colon cancer")


@dataclass(frozen=True)
class Normalisation:
    """``normalise.yaml``: spoken punctuation and CamelCase export keys, read as marks and words."""

    min_marks: int
    marks: tuple[SpokenMark, ...]
    camel_key: re.Pattern[str]  # group "key": a CamelCase key before ":" or "="
    camel_split: re.Pattern[str]  # where a key is cut into words
    # a document with no mark that is never a word is dictated when this many marks read as marks (and they
    # outnumber its typed sentence ends)
    min_marks_without_sure: int = 4
    # a dictated self-correction's cue (", sorry,") and how many words before it it may take back (lines.py)
    self_correction: re.Pattern[str] | None = None
    correction_words: int = 5
    # a dictated run-on (a line of this many words and no typed mark), where its clauses start and a year's reach
    run_on_words: int = 0
    run_on_subject: re.Pattern[str] | None = None
    run_on_clause: re.Pattern[str] | None = None
    run_on_year_reach: int = 10
    # words of one kind, one said in place of another after a self-correction's cue ("right, correction, left")
    replaced_kinds: tuple[frozenset[str], ...] = ()
    dot_leader: re.Pattern[str] | None = None  # group "leader": a field's dots between its label and value
    answer_mark: re.Pattern[str] | None = None  # how a form's answer was marked ("(circled)"), read as blanks
    csv_key_record: re.Pattern[str] | None = None  # group "key": a comma-separated export's record ("fractions,1")
    entry_bracket: re.Pattern[str] | None = None  # a form's handwritten number's bracket ("[600] cGy"), read as blanks
    # a vertebral level said in words ("C six"): groups "letter" and "number", the numbers' words and each letter's
    # last vertebra (normalise.yaml spoken_level)
    spoken_level: re.Pattern[str] | None = None
    level_numbers: tuple[tuple[str, int], ...] = ()
    level_last: tuple[tuple[str, int], ...] = ()
    # a "key=value" export's field (groups "key" and "sep") and the keys that are structure names, kept as they are
    # (normalise.yaml export_key_field)
    export_key: re.Pattern[str] | None = None
    export_key_keep: re.Pattern[str] | None = None
    # a vertebral level written with another system's name of the spine's region ("BWK 11", German for T11): groups
    # "region" and "number", and the letter each region's name stands for (normalise.yaml region_level)
    region_level: re.Pattern[str] | None = None
    region_letters: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SpelledNumbers:
    """The words of a number spelled out as a dictated dose says it (anatomy.yaml ``spelled_numbers``:
    quantities.spelled_number)."""
    units: dict[str, int]  # "zero" ... "nineteen"
    tens: dict[str, int]  # "twenty" ... "ninety"
    hundred: str
    thousand: str
    point: str  # the decimal point's word ("four point one")
    joiners: frozenset[str]  # passed over ("one hundred and eighty")
    digits: dict[str, int]  # a digit's other words after the point ("oh")


@dataclass(frozen=True)
class Vocabulary:
    concepts: tuple[dict[str, Any], ...]
    context: dict[str, Any]
    sections: dict[str, list[str]]
    patterns: dict[str, re.Pattern[str]]
    number_words: dict[str, int]
    spelled_numbers: SpelledNumbers
    site_terms: dict[str, re.Pattern[str]]
    lesion_noun: re.Pattern[str]
    laterality: frozenset[str]
    vertebral_level: re.Pattern[str]
    not_a_level_after: frozenset[str]
    not_a_level_before: frozenset[str]
    not_a_level_through: frozenset[str]  # words after a level passed over: the word after them decides
    complex_histology: tuple[ComplexTrigger, ...]
    complex_location: tuple[ComplexTrigger, ...]
    optic: re.Pattern[str]
    touching: re.Pattern[str]
    size_cm: float
    optic_mm: float
    oar_after: frozenset[str]
    oar_before: tuple[str, ...]
    primary_cue: re.Pattern[str]
    histology: re.Pattern[str]
    simple_histology: re.Pattern[str]
    primary_nouns: frozenset[str]
    side_abbreviations: dict[str, str]
    structure_abbreviations: dict[str, str]
    # the words of every site phrase of two or more words ("cavernous sinus"), to read a structure name's shortened
    # first word with the words after it ("CavSinus": cavernous sinus)
    site_phrase_words: tuple[tuple[str, ...], ...]
    not_name_words: frozenset[str]
    generic_nouns: frozenset[str]
    # the kinds of target volume a structure name starts with (anatomy.yaml volume_kinds), each an alternation of
    # the kinds' names, longest first: every kind ("IGTV|CTV|GTV|ITV|PTV"), the planning volume's, the inner ones'
    volume_kind: str
    planning_volume_kind: str
    inner_volume_kind: str
    # a lesion's label as a table or a name writes it ("3", "C"): patterns.yaml's LABELID macro, the one shape of a
    # label for the patterns and the code that read labels (lesions.classification, lesions.resolution)
    label_shape: str
    row_label: re.Pattern[str]  # a row's label cell at the front of a text ("Target<TAB>"): anatomy.yaml row_labels
    spine_context: re.Pattern[str]
    generic_unit_words: frozenset[str]
    modality_hints: dict[str, str]
    generic_site_words: frozenset[str]
    tissue_places: frozenset[str]  # anatomy.yaml tissue_places: "bone" names neither spine nor body by itself
    lesion_size_min_mm: float
    location_negation: re.Pattern[str]
    roles: QuantityRoles
    normalisation: Normalisation | None = None
    count_nouns: frozenset[str] = frozenset()  # nouns a count names lesions by ("lesions", "targets")
    # a place word's other form, one structure ("pontine" -> "pons"): names of one lesion share their places
    place_forms: tuple[tuple[str, str], ...] = ()
    # the anatomy a unit's tracking method follows -> the site it names ("skull" -> "cranial"): anatomy.yaml
    tracking_sites: tuple[tuple[str, str], ...] = ()
    # a part of an organ named by all its words ({"upper", "lobe"} -> "lung"): a name of the part names the organ too
    place_parts: tuple[tuple[frozenset[str], str], ...] = ()
    # nouns of a place's kind ("lobe"), which the word before them names already ("left frontal lobe" = "left frontal")
    place_kind_nouns: frozenset[str] = frozenset()
    # ordinal words that number a course ("the first course" is course 1)
    ordinal_words: tuple[tuple[str, int], ...] = ()
    # Roman numerals ("ii" -> 2): phases, stages and segments numbered the Roman way
    roman_numerals: tuple[tuple[str, int], ...] = ()
    # a numeric date as records write it (anatomy.yaml numeric_date; read by :meth:`date_of`)
    numeric_date: re.Pattern[str] = re.compile(r"(?!)")
    two_digit_year_pivot: int = 69
    stereotactic_max_fractions: int = 5  # a course of more fractions is not radiosurgery or SBRT
    max_fraction_gy: float = 25.0  # no fraction is larger: a larger dose "daily in 25 fractions" is a total
    # the largest dose of one fraction of a course of two or more, by site (anatomy.yaml fraction_dose_max)
    fraction_dose_max: dict[str, float] = field(default_factory=dict)
    prior_course_days: int = 365  # a table row dated this much before its table's latest row: an earlier course's
    # words that join or end clauses and lists, one list per use (anatomy.yaml connectives; :meth:`words`)
    connectives: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # delivery techniques that only one kind of unit can give, by their definition ("VMAT" is a gantry linac's
    # arcs): one such word is enough to infer the unit when none is named (concepts.yaml modality.defining)
    modality_defining: tuple[tuple[str, str], ...] = ()
    # image guidance that only one kind of unit gives a course outside the skull ("cone-beam CT": a gantry
    # linac's there): the inferred unit of a spinal or body course that names none (concepts.yaml
    # modality.extracranial_defining)
    extracranial_defining: tuple[tuple[str, str], ...] = ()
    # the units a table cell writes after its number, by what they measure (quantity_roles.yaml cell_units; read by
    # :meth:`cell_unit`): ("length", ("mm", "cm")), ...
    cell_units: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def words(self, name: str) -> tuple[str, ...]:
        """The connective words ``name`` (anatomy.yaml ``connectives``), lower case."""
        return dict(self.connectives)[name]

    def alternation(self, name: str) -> str:
        """The connective words ``name`` as a regular-expression alternation ("and|but|or"), for :func:`cached_rx`."""
        return "|".join(re.escape(w) for w in self.words(name))

    def cell_unit(self, *measures: str) -> str:
        """The written forms of the table-cell units of ``measures`` (quantity_roles.yaml ``cell_units``), each
        escaped, as one regular-expression alternation in the order given and written: "mm|cm" for "length"."""
        units = dict(self.cell_units)
        return "|".join(re.escape(form) for measure in measures for form in units[measure])

    def for_chart(self, chart: str) -> Vocabulary:
        """The vocabulary as one chart reads it: what depends on the chart's whole text (a cue's ``unless_chart``)
        decided once, here, for every reader of the chart's numbers (``QuantityRoles.for_chart``)."""
        roles = self.roles.for_chart(chart)
        return self if roles is self.roles else replace(self, roles=roles)

    def place_word(self, word: str) -> bool:
        """Whether one word is a word of a lesion's place: a side (:attr:`laterality`: "left", "bilateral") or an
        anatomy word of the site vocabulary (:attr:`site_terms`: "frontal", "RUL"). The one test for every reader
        of place words (lesions.sources, lesions.classification, review)."""
        return word.lower() in self.laterality or any(rx.fullmatch(word) for rx in self.site_terms.values())

    def number(self, word: str) -> int | None:
        """``"3"`` -> 3, ``"three"`` -> 3, ``"a single"`` -> 1; None when it is not a count."""
        w = word.strip().lower()
        w = re.sub(r"^(?:a|an)\s+", "", w)
        w = re.sub(r"\s+", " ", w)
        if w in ("a", "an"):
            return 1
        if w.replace(",", "").isdigit():
            return int(w.replace(",", ""))
        return self.number_words.get(w)

    def numeral(self, word: str) -> int | None:
        """A number written as digits, a Roman numeral or a word (``"2"``, ``"ii"``, ``"two"`` -> 2); None if
        it is none."""
        w = word.strip().lower()
        return dict(self.roman_numerals).get(w) or self.number(w)

    def dates_in(self, text: str) -> list[datetime.date]:
        """The days of every :attr:`numeric_date` in ``text`` that names one (:meth:`date_of`), in order."""
        return [day for day in map(self.date_of, self.numeric_date.finditer(text)) if day]

    def day_order(self, text: str) -> str | None:
        """The order of day and month in this chart's slashed dates, decided from unambiguous dates only: "dm"
        when a slashed date with a year can only be day first (18/09/2026) and none only month first, "md" the
        other way; with no such date, the chart's dates in words: day before month ("5 Nov 2026", "12-Oct-2026")
        "dm", month before day ("Nov 5, 2026") "md". None when nothing decides or the evidence disagrees (the
        reader keeps month first)."""
        orders = set()
        for m in self.numeric_date.finditer(text):
            if m.group("a") and m.group("y"):
                a, b = int(m.group("a")), int(m.group("b"))
                if a > 12 >= b >= 1:
                    orders.add("dm")
                elif b > 12 >= a >= 1 and b <= 31:
                    orders.add("md")
        if not orders:
            if self.patterns["day_month_word_date"].search(text):
                orders.add("dm")
            if self.patterns["month_day_word_date"].search(text):
                orders.add("md")
        return orders.pop() if len(orders) == 1 else None

    def date_of(self, m: re.Match[str]) -> datetime.date | None:
        """The day a :attr:`numeric_date` match names, None when it has no year or names no day: month first
        (09/18/2026), or day first when that is no date (18/09/2026); a dotted date day first (03.11.2026), or
        month first when that is no date; a two-digit year by :attr:`two_digit_year_pivot` (:func:`date_readings`)."""
        days = date_readings(m, "dm?" if m.group("dd") else "md?", self.two_digit_year_pivot)
        return days[0] if days else None

    def series_id(self, m: re.Match[str]) -> str:
        """The label a ``series_label`` match gives its lesion, one form for every way of writing it: "the second
        lesion", "lesion number two", "Lesion 2" -> "2"; "Target B" -> "B"."""
        if m.group("nth"):
            return str(dict(self.ordinal_words)[m.group("nth").lower()])
        ident = m.group("id")
        n = None if ident.isalpha() and len(ident) == 1 else self.number(ident)  # ("A" is a label, not "a" one)
        return str(n) if n is not None else ident.upper()

    def course_number(self, m: re.Match[str]) -> int:
        """The course a ``course_id`` match numbers: its digits ("Course 2", "C2"), or its ordinal word
        ("the first course")."""
        if m.group("id"):
            return int(m.group("id"))
        return dict(self.ordinal_words)[m.group("nth").lower()]


MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def date_readings(m: re.Match[str], order: str | None = "md", pivot: int | None = None) -> tuple[datetime.date, ...]:
    """The days a written date may name: the one reader of dates, for :func:`full_date`, :meth:`Vocabulary.date_of`
    and a record's range of days (nlp.facts). ``m`` is a match of the vocabulary's ``date`` pattern, of
    :attr:`Vocabulary.numeric_date` or of any pattern with their groups: ``m``/``d``/``y`` or ``a``/``b``/``y``
    slashed, ``dd``/``dm``/``dy`` dotted (the first number written, the second, the year), ``y2``/``m2``/``d2`` or
    ``iy``/``im``/``id`` ISO, ``mon``/``d3``/``y3`` month before day in words, ``d4``/``mon4``/``y4`` day before month.
    A date in words or ISO names one day. A slashed or dotted date names by ``order``: ``"md"`` its month first,
    ``"dm"`` its day first (an order known for the chart or the record); ``"md?"`` month first, or day first when
    that is no date (``"dm?"`` the other way round); None every day it may be, earliest first ("04/06/2026": 6
    April and 4 June; "18/09/2026" only 18 September). A two-digit year is of this century, or with ``pivot`` of
    this century up to it and of the last above it. () when it names no day (no year, no such day)."""
    g = m.groupdict()

    def day(year: int, month: int, d: int) -> datetime.date | None:
        try:
            return datetime.date(year, month, d)
        except ValueError:
            return None

    written = next(((g[a], g[b], g.get(y)) for a, b, y in (("m", "d", "y"), ("a", "b", "y"), ("dd", "dm", "dy"))
                    if g.get(a)), None)
    if written is not None:  # slashed or dotted: the first number, the second, the year
        first, second, y = written
        if not y:
            return ()
        n = int(y)
        year = (n + 2000 if n < 100 else n) if pivot is None else \
            (n if len(y) == 4 else n + (2000 if n <= pivot else 1900))
        md, dm = day(year, int(first), int(second)), day(year, int(second), int(first))
        readings = {"md": [md], "dm": [dm], "md?": [md or dm], "dm?": [dm or md]}[order] if order else \
            sorted({md, dm} - {None})
        return tuple(d for d in readings if d is not None)
    try:
        if g.get("y2") or g.get("iy"):
            one = day(int(g.get("y2") or g["iy"]), int(g.get("m2") or g["im"]), int(g.get("d2") or g["id"]))
        elif g.get("y3"):
            one = day(int(g["y3"]), MONTHS[g["mon"].lower()[:3]], int(g["d3"]))
        else:
            one = day(int(g["y4"]), MONTHS[g["mon4"].lower()[:3]], int(g["d4"]))
    except (KeyError, TypeError, AttributeError):
        return ()
    return () if one is None else (one,)


def full_date(m: re.Match[str], day_first: bool = False) -> datetime.date | None:
    """The day a full date names: a match of the vocabulary's ``date`` pattern (and of any pattern with its
    groups, :func:`date_readings`); None when it names no day. A slashed date is month first, or day first when
    ``day_first`` (the chart's order, :meth:`Vocabulary.day_order`, decided once per chart); a two-digit year is
    of this century. The one reading of a written date, for the dates of service (nlp.identity) and the
    context's dates (nlp.context)."""
    days = date_readings(m, "dm" if day_first else "md")
    return days[0] if days else None


@lru_cache(maxsize=256)
def cached_rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``pattern`` compiled once: a reader's regular expression built from the vocabulary's words."""
    return re.compile(pattern, flags)


def concept_entries(concept_file: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The concept list of ``concepts.yaml`` (label, value, phrases ...): the reader's entity rules,
    and the labels a checklist template may name. The one place that file's concepts are read."""
    if concept_file is None:
        return [dict(e) for e in load_vocabulary().concepts]
    return list(concept_file["concepts"])


_DATE_GROUPS = ("a", "b", "y", "dd", "dm", "dy", "iy", "im", "id")  # numeric_date's named groups


class VocabularyError(ValueError):
    """A vocabulary file that does not match its schema: names the file, the place and what is wrong."""


def _check_schema(data: Any, schema_name: str, file: str) -> None:
    """Validate ``data`` against ``resources/vocab/<schema_name>`` (JSON Schema 2020-12, as the checklist
    templates are); raise :class:`VocabularyError` naming the file and the first place that fails."""
    from jsonschema import Draft202012Validator

    schema = json.loads(resources.files(VOCAB_PACKAGE).joinpath("vocab", schema_name).read_text(encoding="utf-8"))
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.path) or "(top level)"
        raise VocabularyError(f"{file}: {where}: {e.message}")


def check_lesion_vocabulary(data: Any, file: str = "anatomy.yaml") -> None:
    """Validate the lesion vocabulary against ``resources/vocab/anatomy.schema.json`` (JSON Schema 2020-12,
    as the checklist templates are) and that its patterns compile; raise :class:`VocabularyError`."""
    _check_schema(data, "anatomy.schema.json", file)
    for key in ("vertebral_level", "numeric_date"):
        try:
            rx = re.compile(data[key])
        except re.error as exc:
            raise VocabularyError(f"{file}: {key}: not a valid regular expression ({exc})") from exc
        missing = set(_DATE_GROUPS) - set(rx.groupindex) if key == "numeric_date" else set()
        if missing:
            raise VocabularyError(f"{file}: numeric_date: no named group {', '.join(sorted(missing))}")


def check_quantity_roles(data: Any, file: str = "quantity_roles.yaml") -> None:
    """Validate the number roles against ``resources/vocab/quantity_roles.schema.json`` and that every
    regular expression in them compiles; raise :class:`VocabularyError` naming the file and the place."""
    _check_schema(data, "quantity_roles.schema.json", file)
    for i, unit in enumerate(data["dose_units"]):
        for j, rx in enumerate(unit["forms"]):
            try:
                re.compile(rx)
            except re.error as exc:
                raise VocabularyError(f"{file}: dose_units/{i}/forms/{j}: not a valid regular expression "
                                      f"({exc})") from exc
        forms = core_units.dose_units([unit])[0].forms  # compiled as every reader of a dose compiles them
        for j, written in enumerate(unit.get("examples", [])):
            if not forms.fullmatch(written):
                raise VocabularyError(f"{file}: dose_units/{i}/examples/{j}: {written!r} is none of the unit's forms")
    for i, cue in enumerate(data["cue_roles"]):
        for key in ("before", "column", "unless_next", "unless_chart", "after"):
            for j, rx in enumerate([cue[key]] if isinstance(cue.get(key), str) else cue.get(key, [])):
                try:
                    re.compile(rx)
                except re.error as exc:
                    raise VocabularyError(f"{file}: cue_roles/{i}/{key}/{j}: not a valid regular expression "
                                          f"({exc})") from exc


def check_normalisation(data: Any, file: str = "normalise.yaml") -> None:
    """Validate ``normalise.yaml`` against ``resources/vocab/normalise.schema.json`` and that its patterns
    compile; raise :class:`VocabularyError` naming the file and the place."""
    _check_schema(data, "normalise.schema.json", file)
    for key in ("key", "split"):
        try:
            re.compile(data["camel_case_keys"][key])
        except re.error as exc:
            raise VocabularyError(f"{file}: camel_case_keys/{key}: not a valid regular expression ({exc})") from exc
    if "self_corrections" in data:
        try:
            re.compile(data["self_corrections"]["cue"])
        except re.error as exc:
            raise VocabularyError(f"{file}: self_corrections/cue: not a valid regular expression ({exc})") from exc


def check_identity(data: Any, file: str = "identity.yaml") -> None:
    """Validate ``identity.yaml`` against ``resources/vocab/identity.schema.json`` and that every regular expression
    in it compiles (PERSON and DOSEUNIT stand for a name and a dose unit); raise :class:`VocabularyError` naming the
    file and the place."""
    _check_schema(data, "identity.schema.json", file)
    for key, value in data.items():
        if key in ("schema_version", "not_name_words"):
            continue
        for where, rx in ([(key, value)] if isinstance(value, str) else
                          [(f"{key}/{j}", v) for j, v in enumerate(value)]):
            try:
                re.compile(rx.replace("PERSON", "x").replace("DOSEUNIT", "Gy"))
            except re.error as exc:
                raise VocabularyError(f"{file}: {where}: not a valid regular expression ({exc})") from exc


def _words_regex(words: list[str]) -> re.Pattern[str]:
    """Whole words, in any case; the words of a phrase may be apart by spaces or a line break."""
    alts = sorted((r"[ \t]*\n?[ \t]*".join(re.escape(w) for w in str(p).split()) for p in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


def _normalisation(data: dict[str, Any]) -> Normalisation:
    spoken = data["spoken_punctuation"]
    marks = tuple(SpokenMark(_words_regex(m["words"]), str(m["mark"]), bool(m.get("sure", False)),
                             frozenset(str(w).lower() for w in m.get("not_after", [])),
                             frozenset(str(w).lower() for w in m.get("not_before", [])))
                  for m in spoken["marks"])
    keys = data["camel_case_keys"]
    fixes = data.get("self_corrections")
    run_on = data.get("run_on")
    level = data.get("spoken_level")
    export = data.get("export_key_field")
    region = data.get("region_level")
    return Normalisation(int(spoken["min_marks"]), marks, re.compile(keys["key"], re.MULTILINE),
                         re.compile(keys["split"]), int(spoken["min_marks_without_sure"]),
                         re.compile(fixes["cue"], re.IGNORECASE) if fixes else None,
                         int(fixes["max_words"]) if fixes else 5,
                         int(run_on["min_words"]) if run_on else 0,
                         re.compile(run_on["clause_subject"]) if run_on else None,
                         re.compile(run_on["clause_start"], re.IGNORECASE) if run_on else None,
                         int(run_on["year_reach"]) if run_on else 10,
                         tuple(frozenset(str(w).lower() for w in kind) for kind in (fixes or {}).get("replaced", [])),
                         re.compile(data["dot_leader"]) if data.get("dot_leader") else None,
                         re.compile(data["answer_mark"], re.IGNORECASE) if data.get("answer_mark") else None,
                         re.compile(data["csv_key_record"]) if data.get("csv_key_record") else None,
                         re.compile(data["entry_bracket"], re.IGNORECASE) if data.get("entry_bracket") else None,
                         re.compile(level["pattern"], re.IGNORECASE) if level else None,
                         tuple((str(k).lower(), int(v)) for k, v in (level or {}).get("numbers", {}).items()),
                         tuple((str(k).upper(), int(v)) for k, v in (level or {}).get("last", {}).items()),
                         re.compile(export["field"]) if export else None,
                         re.compile(export["keep"]) if export else None,
                         re.compile(region["pattern"]) if region else None,
                         tuple((str(k).upper(), str(v).upper()) for k, v in (region or {}).get("letters", {}).items()))


def _quantity_roles(data: dict[str, Any], expand: Callable[[str], str], units: tuple[DoseUnit, ...]) -> QuantityRoles:
    # a cue ends at most three words (and a ":", "=" or "of") before the dose; a decimal number is one word
    # ("brainstem 0.5 cc dose 17.9 Gy" as "brainstem 1 cc dose"); or it ends a field's label, and the value's own
    # short numbered label stands between it and the dose ("Spinal cord PRV Dmax ..... C1 32.5 Gy", each course's
    # maximum: a dot leader is read as the label's colon, lines.dot_leaders; never a word, "chiasm: Rx 15 Gy")
    tail = r")\s*(?:[:=]\s*[a-z]{0,3}\d{1,2}\s+|(?:\w+(?:\.\d+)?\s*){0,3})[:=]?\s*(?:of\s+)?$"

    def alternation(items: list[str], suffix: str = ")") -> re.Pattern[str] | None:
        return re.compile("(?:" + "|".join(items) + suffix, re.IGNORECASE) if items else None

    def cue(c: dict[str, Any]) -> CueRole:
        guard = f"(?!{c['unless_next']})" if c.get("unless_next") else ""  # the words after the cue word
        after = "[ \t]*(?:" + "|".join(c["after"]) + ")" if c.get("after") else None  # at the dose's end
        return CueRole(str(c["role"]), alternation(c["before"], ")" + guard + tail[1:]), alternation(c["column"]),
                       alternation(c.get("unless_chart", [])), re.compile(after, re.IGNORECASE) if after else None)

    cues = tuple(cue(c) for c in data["cue_roles"])
    numbers = tuple(NumberRole(str(n["role"]), re.compile(expand(n["pattern"]), re.IGNORECASE))
                    for n in data["number_roles"])
    return QuantityRoles(frozenset(data["course_roles"]), cues, {str(k): str(v) for k, v in
                                                                 data["context_roles"].items()}, numbers,
                         frozenset(str(r) for r in data.get("maximum_prescribed", [])), units,
                         float(data["bare_cgy_above"]) if data.get("bare_cgy_above") else None)


def _dose_units(data: dict[str, Any]) -> tuple[DoseUnit, ...]:
    """quantity_roles.yaml's ``dose_units`` compiled: each unit's written forms as one regular expression (read by
    srscheck.core.units, the one reading of them: the coder's corrections read a dose by the same units)."""
    return core_units.dose_units(data["dose_units"])


def unit_alternation(units: tuple[DoseUnit, ...]) -> str:
    """Every written form of every dose unit as one alternation, in the order written (each form in its own group):
    the one source of the patterns' {UNIT} and :attr:`QuantityRoles.unit_forms`."""
    return "|".join(d.forms.pattern for d in units)


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The compiled vocabulary: from the cache when the data files have not changed, else from YAML."""
    vocab = compiled("vocabulary", build_vocabulary)
    return vocab if isinstance(vocab, Vocabulary) else build_vocabulary()


def build_vocabulary() -> Vocabulary:
    """The vocabulary compiled from ``resources/vocab`` (no cache)."""
    concept_file = _load_yaml("concepts.yaml")
    concepts = concept_entries(concept_file)
    context = _load_yaml("context_rules.yaml")
    sections = _load_yaml("sections.yaml")["sections"]
    anatomy = _load_yaml("anatomy.yaml")
    check_lesion_vocabulary(anatomy)
    pats = _load_yaml("patterns.yaml")
    roles = _load_yaml("quantity_roles.yaml")
    check_quantity_roles(roles)
    normalise = _load_yaml("normalise.yaml")
    check_normalisation(normalise)

    number_words = {str(k).lower(): int(v) for k, v in anatomy["number_words"].items()}
    numword = "|".join(sorted((re.escape(k) for k in number_words), key=len, reverse=True))
    compound = anatomy.get("compound_numbers") or {}
    tens = {str(k).lower(): int(v) for k, v in (compound.get("tens") or {}).items()}
    units = {str(k).lower(): int(v) for k, v in (compound.get("units") or {}).items()}
    if tens and units:  # "twenty-seven", "thirty six": a tens word and a unit word, hyphenated or spaced
        for t, tv in tens.items():
            for u, uv in units.items():
                number_words.setdefault(f"{t}-{u}", tv + uv)
                number_words.setdefault(f"{t} {u}", tv + uv)
            number_words.setdefault(t, tv)
        alt = lambda ws: "|".join(sorted((re.escape(w) for w in ws), key=len, reverse=True))  # noqa: E731
        numword = f"(?:{alt(tens)})(?:[ -](?:{alt(units)})(?![a-z]))?|{numword}"
    macros = dict(pats["macros"])
    dose_units = _dose_units(roles)
    macros["UNIT"] = unit_alternation(dose_units)
    macros["NUMWORD"] = f"(?:{numword})(?![a-z])"  # a whole word: not the "Sixteen" of "Sixteenpatient"
    ordinal_words = {str(k).lower(): int(v) for k, v in anatomy.get("ordinal_words", {}).items()}
    macros["ORDINAL"] = "|".join(sorted((re.escape(k) for k in ordinal_words), key=len, reverse=True)) or "(?!)"
    macros["COUNTNOUN"] = "|".join(sorted((re.escape(n) for n in anatomy["count_nouns"]), key=len, reverse=True))
    field = anatomy["count_field"]  # a count field's label in the printouts' languages ("Anzahl behandelter Läsionen")
    macros["COUNTFIELDOF"] = _phrase_regex(field["number_of"])
    macros["COUNTFIELDNOUN"] = _phrase_regex(field["nouns"])
    macros["COUNTFIELDTREATED"] = _phrase_regex(field["treated"])
    generic = {str(w).lower() for w in anatomy["generic_site_words"]}  # a brain structure, never "brain" or "cranial"
    kinds = anatomy["volume_kinds"]
    macros["VOLUMEKIND"] = _alternation(kinds["planning"] + kinds["inner"])
    macros["CRANIALPLACE"] = _phrase_regex([t for t in anatomy["sites"]["cranial"] if str(t).lower() not in generic])

    def expand(rx: str) -> str:
        for _ in range(3):
            rx = re.sub(r"\{([A-Z]+)\}", lambda m: "(?:" + macros[m.group(1)] + ")" if m.group(1) in macros
                        else m.group(0), rx)
        return rx

    patterns = {name: re.compile(expand(rx), re.IGNORECASE) for name, rx in pats["patterns"].items()}

    cx = anatomy["complex"]
    return Vocabulary(
        concepts=tuple(concepts),
        context=context,
        sections={k: list(v) for k, v in sections.items()},
        patterns=patterns,
        number_words=number_words,
        spelled_numbers=SpelledNumbers(
            units={str(k).lower(): int(v) for k, v in anatomy["spelled_numbers"]["units"].items()},
            tens={str(k).lower(): int(v) for k, v in anatomy["spelled_numbers"]["tens"].items()},
            hundred=str(anatomy["spelled_numbers"]["hundred"]).lower(),
            thousand=str(anatomy["spelled_numbers"]["thousand"]).lower(),
            point=str(anatomy["spelled_numbers"]["point"]).lower(),
            joiners=frozenset(str(w).lower() for w in anatomy["spelled_numbers"]["joiners"]),
            digits={str(k).lower(): int(v) for k, v in anatomy["spelled_numbers"]["digits"].items()}),
        site_terms={site: re.compile(_phrase_regex(terms), re.IGNORECASE)
                    for site, terms in anatomy["sites"].items()},
        # a lesion noun that is part of a meeting's or a service's name ("the spine tumour board") is none
        lesion_noun=re.compile(_phrase_regex(anatomy["lesion_nouns"]) +
                               r"(?![\s-]+" + _phrase_regex(anatomy["not_a_lesion_before"]) + ")", re.IGNORECASE),
        laterality=frozenset(w.lower() for w in anatomy["laterality"]),
        vertebral_level=re.compile(anatomy["vertebral_level"]),
        not_a_level_after=frozenset(str(w).lower() for w in anatomy["not_a_level_after"]),
        not_a_level_before=frozenset(str(w).lower() for w in anatomy["not_a_level_before"]),
        not_a_level_through=frozenset(str(w).lower() for w in anatomy["not_a_level_through"]),
        complex_histology=tuple(ComplexTrigger(t["reason"], re.compile(_phrase_regex(t["phrases"]), re.I))
                                for t in cx["histology"]),
        complex_location=tuple(ComplexTrigger(t["reason"], re.compile(_phrase_regex(t["phrases"]), re.I))
                               for t in cx["location"]),
        optic=re.compile(_phrase_regex(cx["optic_structures"]), re.IGNORECASE),
        touching=re.compile(_phrase_regex(cx["touching"]), re.IGNORECASE),
        size_cm=float(cx["size_cm"]),
        optic_mm=float(cx["optic_mm"]),
        oar_after=frozenset(str(w).lower() for w in anatomy["oar_after"]),
        oar_before=tuple(str(w).lower() for w in anatomy["oar_before"]),
        primary_cue=re.compile(_phrase_regex(anatomy["primary_cues"]), re.IGNORECASE),
        histology=re.compile(_phrase_regex(anatomy["histology"]), re.IGNORECASE),
        simple_histology=re.compile(_phrase_regex(anatomy["simple_histology"]), re.IGNORECASE),
        primary_nouns=frozenset(str(w).lower() for w in anatomy["primary_nouns"]),
        side_abbreviations={str(k).lower(): str(v) for k, v in anatomy["side_abbreviations"].items()},
        structure_abbreviations={str(k).lower(): str(v) for k, v in anatomy["structure_abbreviations"].items()},
        site_phrase_words=tuple(sorted({tuple(str(t).lower().split()) for terms in anatomy["sites"].values()
                                        for t in terms if len(str(t).split()) >= 2}, key=len, reverse=True)),
        place_forms=tuple((str(k).lower(), str(v).lower()) for k, v in anatomy.get("place_forms", {}).items()),
        tracking_sites=tuple((str(k).lower(), str(v)) for k, v in anatomy.get("tracking_sites", {}).items()),
        place_parts=tuple((frozenset(str(w).lower() for w in p["part"]), str(p["organ"]).lower())
                          for p in anatomy.get("place_parts", [])),
        place_kind_nouns=frozenset(str(w).lower() for w in anatomy.get("place_kind_nouns", [])),
        not_name_words=frozenset(str(w).lower() for w in anatomy["not_name_words"]),
        generic_nouns=frozenset(str(w).lower() for w in anatomy["generic_nouns"]),
        volume_kind=macros["VOLUMEKIND"],
        planning_volume_kind=_alternation(kinds["planning"]),
        inner_volume_kind=_alternation(kinds["inner"]),
        label_shape=str(macros["LABELID"]),
        # (its words as every phrase list's: a space or a hyphen between them, "Treatment-site<TAB>")
        row_label=re.compile(r"^[ ]*" + _phrase_regex([str(w) for w in anatomy["row_labels"]]) + r"[ ]*\t",
                             re.IGNORECASE | re.MULTILINE),
        spine_context=re.compile(_phrase_regex(anatomy["spine_context"]), re.IGNORECASE),
        generic_unit_words=frozenset(str(w).lower() for w in concept_file["modality"]["generic_words"]),
        modality_hints={str(k).lower(): str(v) for k, v in concept_file["modality"]["hints"].items()},
        modality_defining=tuple((str(k).lower(), str(v)) for k, v in
                                (concept_file["modality"].get("defining") or {}).items()),
        extracranial_defining=tuple((str(k).lower(), str(v)) for k, v in
                                    (concept_file["modality"].get("extracranial_defining") or {}).items()),
        generic_site_words=frozenset(str(w).lower() for w in anatomy["generic_site_words"]),
        tissue_places=frozenset(str(w).lower() for w in anatomy.get("tissue_places", ())),
        lesion_size_min_mm=float(anatomy["lesion_size_min_mm"]),
        location_negation=re.compile(_phrase_regex(anatomy["location_negations"]) + r"\s+(?:\w+\s+){0,2}$",
                                     re.IGNORECASE),
        roles=_quantity_roles(roles, expand, dose_units),
        normalisation=_normalisation(normalise),
        count_nouns=frozenset(str(w).lower() for w in anatomy["count_nouns"]),
        ordinal_words=tuple(ordinal_words.items()),
        roman_numerals=tuple((str(k).lower(), int(v)) for k, v in anatomy.get("roman_numerals", {}).items()),
        numeric_date=re.compile(anatomy["numeric_date"]),
        two_digit_year_pivot=int(anatomy["two_digit_year_pivot"]),
        stereotactic_max_fractions=int(anatomy["stereotactic_max_fractions"]),
        max_fraction_gy=float(anatomy["max_fraction_gy"]),
        fraction_dose_max={str(k): float(v) for k, v in (anatomy.get("fraction_dose_max") or {}).items()},
        prior_course_days=int(anatomy["prior_course_days"]),
        connectives=tuple((str(k), tuple(str(w).lower() for w in v)) for k, v in anatomy["connectives"].items()),
        cell_units=tuple((str(k), tuple(str(f) for f in v)) for k, v in roles["cell_units"].items()),
    )


def medspacy_default_context_rules() -> list[dict[str, Any]]:
    """medspaCy's packaged English ConText rules (its wheel installs them as a top-level 'resources')."""
    pkg = _package_file("medspacy", "__init__.py")  # found without importing all of medspaCy
    if pkg is None:
        return []
    base = pkg.resolve().parent.parent / "resources" / "en" / "context_rules.json"
    try:
        return json.loads(base.read_text(encoding="utf-8"))["context_rules"]
    except (OSError, ValueError, KeyError):
        return []
