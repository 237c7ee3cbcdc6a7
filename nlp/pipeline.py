"""The spaCy pipeline: ``spacy.blank("en")`` + our sentence splitter + EntityRuler + medspaCy sections/ConText.

:class:`ChartReader` builds the pipeline once and turns a chart file into a :class:`nlp.model.Reading`.
The sentence splitter is ours (fast, line-aware) rather than medspaCy's PyRuSH: PyRuSH was measured
about 6x slower on chart text and logs through loguru at DEBUG.

Start-up (``scripts/benchmark.py``): only medspaCy's ConText and Sectionizer modules are imported (not
the package's every component), the tokenizer is built once with our infixes, and the entity ruler's
phrase patterns come from the compiled-vocabulary cache as words (not re-tokenized on every start).
"""

from __future__ import annotations

import gc
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import spacy_light  # noqa: F401  (first: spaCy without its command line, see there)

# isort: split
import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from srscheck.core.model import Document, Reading, combine_documents
from srscheck.core.sentences import starts_sentence

from .extract import extract
from .guard import check_chars
from .identity import with_identity
from .lines import key_words, normalised, run_on_clauses, soften
from .medspacy_light import import_components as import_medspacy_components
from .pieces import parse
from .reader import document_from_text, read_document
from .segments import segmented
from .vocab import Vocabulary, compiled, load_vocabulary, medspacy_default_context_rules


@Language.factory("srscheck_sentences")
class SentenceSplitter:
    """Marks sentence starts by :func:`srscheck.core.sentences.starts_sentence`, the one definition of a
    sentence (after . ! ? ; or a bullet, not in abbreviations or numbers; at line and page breaks).

    The reader hands the pipeline :func:`soften`-ed text, where every remaining newline is a hard break.
    """

    def __init__(self, nlp, name):  # untyped: spaCy resolves factory args at runtime
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        starts = numpy.zeros((len(doc), 1), dtype="int64")  # 1 start, -1 not a start (set in one call)
        for i, tok in enumerate(doc):
            start = i == 0 or (not tok.is_space and starts_sentence(text, tok.idx))
            starts[i, 0] = 1 if start else -1
        if len(doc):
            doc.from_array([SENT_START], starts.astype("uint64"))  # spaCy stores -1 wrapped in uint64
        return doc


@Language.factory("srscheck_key_words", default_config={"key": "", "split": "", "keep": []})
class KeyWordSplitter:
    """Cuts each CamelCase export key ("PlanningCT", "ImmobilizationDevice") into its words as tokens, the
    text unchanged: the entity rules then read "Planning CT" as in a sentence. What a key is and where it is
    cut are data (``camel_case_keys`` in ``resources/vocab/normalise.yaml``)."""

    def __init__(self, nlp, name, key: str, split: str, keep: list[str]):  # untyped nlp: spaCy's factory args
        self.name = name
        self.keep = frozenset(keep)  # one-word names of the concept vocabulary ("TrueBeam"), read as they are
        self.key = re.compile(key, re.MULTILINE) if key else None
        self.split = re.compile(split) if split else None

    def __call__(self, doc: Doc) -> Doc:
        if self.key is None or self.split is None:
            return doc
        todo = []
        for m in self.key.finditer(doc.text):
            span = doc.char_span(m.start("key"), m.end("key"))
            if span is None or len(span) != 1 or span.text.lower() in self.keep:
                continue
            words = [w for w in self.split.split(span.text) if w]
            if len(words) > 1:
                todo.append((span[0], words))
        if todo:
            with doc.retokenize() as retokenizer:
                for token, words in todo:
                    retokenizer.split(token, words, heads=[(token, 0)] * len(words))
        return doc


# split "Gy/3", "Gy(RBE)", "2400cGy", "PTV_Prostate" so tokens line up with the vocabulary, and an export's
# key from its value ("planning_ct=1.0 mm", "mri=3T": spaCy splits "=" between letters only; and the export's field
# read as "Planning ct:1.0 mm", lines.export_keys: its colon likewise)
_INFIXES = (r"[/()_+|]", r"(?<=[0-9])(?=[A-Za-z])", r"(?<=[A-Za-z])[=:](?=[0-9])",
            # a CSV export's key and its quoted value ('immobilization,"vacuum cushion, arms up"'): the comma and the
            # quote are marks of their own, not part of the key's or the value's first word
            r'(?<=[A-Za-z0-9]),(?=")', r'(?<=,)"(?=\w)')


@registry.tokenizers("srscheck.Tokenizer.v1")
def create_tokenizer():  # noqa: ANN201 - spaCy's registry signature
    """spaCy's English tokenizer with our infixes, built once (setting ``infix_finditer`` afterwards
    makes spaCy rebuild its special cases, a tenth of a second on every start)."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=d.tokenizer_exceptions,
            prefix_search=spacy.util.compile_prefix_regex(d.prefixes).search if d.prefixes else None,
            suffix_search=spacy.util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            infix_finditer=spacy.util.compile_infix_regex(list(d.infixes or ()) + list(_INFIXES)).finditer,
            token_match=d.token_match,
            url_match=d.url_match,
        )

    return tokenizer_factory


# Speech recognition writes an acronym it heard spelled as its capital letters apart ("planning C T", "a post contrast
# M R I"): every one-word phrase of this many letters is also matched so spelled.
_SPELLED_LETTERS = (2, 5)


def _spelled(phrase: str) -> list[dict[str, str]] | None:
    """The token pattern of ``phrase`` spelled letter by letter in capitals ("mri" -> M R I), or None when it is
    not one word of letters of an acronym's length."""
    lo, hi = _SPELLED_LETTERS
    if not (phrase.isalpha() and phrase.isascii() and lo <= len(phrase) <= hi):
        return None
    return [{"ORTH": ch} for ch in phrase.upper()]


def _entity_patterns(vocab: Vocabulary) -> list[dict[str, Any]]:
    pats: list[dict[str, Any]] = []
    for entry in vocab.concepts:
        label, value = entry["label"], str(entry["value"])
        for phrase in entry.get("phrases") or []:
            pats.append({"label": label, "pattern": str(phrase), "id": value})
            spelled = _spelled(str(phrase))
            if spelled is not None:
                pats.append({"label": label, "pattern": spelled, "id": value})
        for tokens in entry.get("tokens") or []:
            pats.append({"label": label, "pattern": list(tokens), "id": value})
    return pats


PhraseWords = tuple[tuple[str, ...], tuple[bool, ...]]


def _phrase_words(nlp: Language, phrases: list[str]) -> list[PhraseWords]:
    """Each phrase as our tokenizer splits it (words and trailing spaces): what the ruler matches."""
    return [(tuple(t.text for t in d), tuple(bool(t.whitespace_) for t in d)) for d in nlp.tokenizer.pipe(phrases)]


def _add_entity_patterns(nlp: Language, ruler: Any, patterns: list[dict[str, Any]]) -> None:
    """``ruler.add_patterns(patterns)``, with the phrase patterns' tokens from the cache.

    The same steps as spaCy 3.7's ``EntityRuler.add_patterns`` (token patterns first, then each phrase
    under its label and id), except that a phrase's Doc is made from its cached words rather than by
    tokenizing it again; falls back to ``add_patterns`` if the ruler's internals are not as expected.
    """
    if not all(hasattr(ruler, a) for a in ("_create_label", "_ent_ids", "phrase_patterns", "phrase_matcher")):
        ruler.add_patterns(patterns)
        return
    phrases = [p for p in patterns if isinstance(p["pattern"], str)]
    tokens = [p for p in patterns if isinstance(p["pattern"], list)]
    texts = [p["pattern"] for p in phrases]
    words = compiled("phrase_words", lambda: (texts, _phrase_words(nlp, texts)))
    if words[0] != texts:  # not what this vocabulary says: never trust it
        words = (texts, _phrase_words(nlp, texts))
    ruler.add_patterns(tokens)
    for entry, (ws, spaces) in zip(phrases, words[1]):
        label = entry["label"]
        if entry.get("id"):
            ent_label = label
            label = ruler._create_label(label, entry["id"])
            ruler._ent_ids[ruler.matcher._normalize_key(label)] = (ent_label, entry["id"])
        doc = Doc(nlp.vocab, words=list(ws), spaces=list(spaces))
        ruler.phrase_patterns[label].append(doc)
        ruler.phrase_matcher.add(label, [doc])


def _context_rules(vocab: Vocabulary):
    from medspacy.context import ConTextRule

    cfg = vocab.context
    keep = set(cfg["include_medspacy"]["categories"])
    exclude = {str(x).lower() for x in cfg["include_medspacy"].get("exclude", [])}
    rules = []
    for r in medspacy_default_context_rules():
        if r["category"] in keep and r["literal"].lower() not in exclude:
            rules.append(ConTextRule(r["literal"], r["category"], pattern=r.get("pattern"),
                                     direction=r.get("direction", "BIDIRECTIONAL")))
    for r in cfg["rules"]:
        rules.append(ConTextRule(r["literal"], r["category"], pattern=r.get("pattern"),
                                 direction=r.get("direction", "BIDIRECTIONAL"),
                                 max_scope=r.get("max_scope"),
                                 allowed_types=set(r["allowed_types"]) if r.get("allowed_types") else None,
                                 metadata=r.get("metadata")))
    return rules


def _section_rules(vocab: Vocabulary):
    from medspacy.section_detection import SectionRule

    rules = []
    for category, headings in vocab.sections.items():
        for h in headings:
            rules.append(SectionRule(literal=h, category=category))
    return rules


def _token_matcher(component: Any) -> Any:
    """The spaCy Matcher inside a medspaCy component (its MedspacyMatcher's), or None."""
    outer = getattr(component, f"_{type(component).__name__}__matcher", None)
    return getattr(outer, "_MedspacyMatcher__matcher", None)


def _validated_patterns(rules: list[Any]) -> bool:
    """spaCy's check of every token pattern (what its Matcher does on ``add``); raises as it would."""
    from spacy.errors import MatchPatternError
    from spacy.schemas import validate_token_pattern

    for rule in rules:
        if isinstance(rule.pattern, list):
            errors = validate_token_pattern(rule.pattern)
            if errors:
                raise MatchPatternError(rule.literal, {0: errors})
    return True


def _add_rules(component: Any, rules: list[Any], name: str) -> None:
    """``component.add(rules)``; the token patterns are validated when the compiled vocabulary is built
    (pydantic, a few hundredths of a second) rather than on every start."""
    matcher = _token_matcher(component)
    if matcher is None or not hasattr(matcher, "validate"):
        component.add(rules)
        return
    compiled(f"{name}_patterns_valid", lambda: _validated_patterns(rules))
    was = matcher.validate
    matcher.validate = False
    try:
        component.add(rules)
    finally:
        matcher.validate = was


def build_nlp(vocab: Vocabulary | None = None) -> Language:
    """The rule-based pipeline; no statistical model is loaded."""
    with gc_paused():
        return _build_nlp(vocab)


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the pipeline's thousands of small objects are made: each
    collection would walk spaCy's whole heap, for nothing to collect (a tenth of a second per start)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_nlp(vocab: Vocabulary | None) -> Language:
    import_medspacy_components()  # ConText and the Sectionizer, not all of medspaCy

    from .context_fast import install as linear_context  # deferred: imports medspacy.context, after the line above

    linear_context()  # the same ConText results without the quadratic loops (long charts)

    vocab = vocab or load_vocabulary()
    # medspaCy's matchers hold token and phrase rules apart; one of them may be empty (spaCy W036).
    warnings.filterwarnings("ignore", message=r"\[W036\]")
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "srscheck.Tokenizer.v1"}}})
    # the configs below are ours and fixed: spaCy's pydantic check of them is skipped (validate=False)
    keys = vocab.normalisation
    names = sorted({str(p).lower() for e in vocab.concepts for p in e.get("phrases") or [] if len(str(p).split()) == 1})
    nlp.add_pipe("srscheck_key_words", config={"key": keys.camel_key.pattern if keys else "",
                                               "split": keys.camel_split.pattern if keys else "", "keep": names},
                 validate=False)
    nlp.add_pipe("srscheck_sentences", validate=False)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": False,
                                                 "overwrite_ents": True}, validate=False)
    _add_entity_patterns(nlp, ruler, _entity_patterns(vocab))
    sectionizer = nlp.add_pipe("medspacy_sectionizer", config={"rules": None, "require_start_line": True,
                                                               "newline_pattern": r"[\n\r\f\t]+[ ]*$"},
                               validate=False)
    _add_rules(sectionizer, _section_rules(vocab), "section")
    context = nlp.add_pipe("medspacy_context", config={"rules": None, "span_attrs": None}, validate=False)
    _add_rules(context, _context_rules(vocab), "context")
    return nlp


class ChartReader:
    """Loads the pipeline once; ``read(path)`` and ``read_text(text)`` give a :class:`Reading`."""

    def __init__(self) -> None:
        self.vocab = load_vocabulary()
        self.nlp = build_nlp(self.vocab)

    def read(self, path: Path) -> Reading:
        return self.read_document(read_document(Path(path)))

    def read_course(self, paths: "list[Path]") -> Reading:
        """Several files of one course (consult, plan, treatment summary ...) read as one chart."""
        return self.read_document(combine_documents([read_document(Path(p)) for p in paths]))

    def read_text(self, text: str, file: str = "chart.txt") -> Reading:
        return self.read_document(document_from_text(text, file=file))

    def read_document(self, document: Document) -> Reading:
        check_chars(len(document.text), document.file)
        # a dictated note's spoken punctuation read as marks (same offsets; quotations stay the chart's words)
        read = normalised(document, self.vocab.normalisation)
        # a chart over spaCy's max_length (1,000,000 characters) is processed in page-aligned pieces
        parsed = parse(self.nlp, key_words(run_on_clauses(soften(read.text, self.vocab), self.vocab.normalisation)),
                       vocab=self.vocab)
        # the order of day and month in the chart's slashed dates ("05/11/2026" beside "21/10/2026"), decided once on
        # the chart's own words for the context's dates and the dates of service alike
        day_first = self.vocab.day_order(document.text) == "dm"
        # each document of a combined file (a release, an export) judged as a file of a bundle (same offsets)
        parts = segmented(read, self.vocab)
        reading = extract(parts, parsed, self.vocab, day_first)
        return with_identity(reading if parts is document else replace(reading, document=document), day_first)
