"""Lesion classification: the site (cranial/spinal/body) from a lesion's own words, vertebral levels read
in context, its size, the CPT cranial class with the reason, and the location words that identify it.

Every word list and pattern comes from the :class:`Vocabulary` passed in (resources/vocab/anatomy.yaml and
patterns.yaml, checked against resources/vocab/anatomy.schema.json when loaded).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from srscheck.core.model import Table, unique

from ..quantities import cue_role, spelled_number
from ..vocab import Vocabulary, cached_rx


def strip_primary(text: str, vocab: Vocabulary) -> str:
    """Drop where the primary cancer is named: "(lung adenocarcinoma)", "from colorectal cancer". A bracket holding
    only vertebral levels is the place of a bone lesion, no primary ("osseous metastasis (T4)"; not "liver (S4)")."""
    bone = _only_bone(re.sub(r"\([^)]*\)", " ", text), vocab)
    t = re.sub(r"\(([^)]*)\)", lambda m: m.group(0) if bone and _only_levels(m.group(1), vocab) else " ", text)
    if re.search(r"\bmet(?:astas[ie]s|s?)\b", t, re.I):  # "two lung cancer metastases": lung is the primary
        t = re.sub(r"\b[a-z-]+\s+(?:cancer|carcinoma|adenocarcinoma|melanoma|sarcoma)\b", " ", t, flags=re.I)
    return vocab.primary_cue.split(t, maxsplit=1)[0]


def _only_bone(text: str, vocab: Vocabulary) -> bool:
    """Whether the only organ ``text`` names is bone ("osseous metastases", "bone lesion"), or none."""
    forms = dict(vocab.place_forms)
    return all(forms.get(w, w) == "bone" for w in (m.group(0).lower() for m in vocab.site_terms["body"].finditer(text)))


def _only_levels(text: str, vocab: Vocabulary) -> bool:
    """Whether ``text`` is vertebral levels and nothing else ("T4", "T4-T5", "L2 and L3")."""
    rest = re.sub(r"\b(?:Th|[CTLS])\d{1,2}\b",
                  lambda m: " " if vocab.vertebral_level.fullmatch(m.group(0)) else m.group(0), text)
    return rest != text and not re.sub(r"[\s,/&+-]|\band\b|\bto\b|\bthrough\b", "", rest, flags=re.I)


def _after_level(text: str, end: int, vocab: Vocabulary) -> tuple[str, str]:
    """The words after a level-like label ending at ``end`` (32 characters, lower case) and the first of them that
    decides what the label is, passing over a word of ``not_a_level_through`` ("T1 with gadolinium" is decided by
    "gadolinium", "C5 with stereotactic radiotherapy" by "stereotactic")."""
    after = text[end:end + 32].strip().lower()
    words = re.split(r"[\s,;:.)]+", after) if after else [""]
    if words[0] in vocab.not_a_level_through:
        return after[len(words[0]):].strip(), (words[1] if len(words) > 1 else "")
    return after, words[0]


def vertebral_levels(text: str, vocab: Vocabulary) -> list[str]:
    """C1-C7/T1-T12/L1-L5/S1-S5 written as vertebrae. Not a level: an MRI sequence ("T1 post-contrast"),
    a stage ("T2N0"), or a lesion label in cranial words without any spine word ("L1 Lt occipital",
    "T2 right frontal")."""
    out = []
    text = text.replace("_", " ")
    if vocab.site_terms["cranial"].search(text) and not vocab.spine_context.search(text) and \
            not vocab.site_terms["spinal"].search(text):
        return []
    # "para-aortic node at the L2 level", "(L2 level node)": the level of a body target, a landmark, in words
    # that name a body site and nothing of the spine
    unlevelled = re.sub(r"\blevels?\b", " ", text, flags=re.I)
    landmark = bool(vocab.site_terms["body"].search(text)) and not vocab.spine_context.search(unlevelled) and \
        not vocab.site_terms["spinal"].search(text)
    for m in vocab.vertebral_level.finditer(text):
        after, after_word = _after_level(text, m.end(), vocab)
        if landmark and after_word == "level":
            continue
        before = text[max(0, m.start() - 12):m.start()].strip().lower()
        before_word = re.split(r"[\s(]+", before)[-1] if before else ""
        if after_word in vocab.not_a_level_after or after.startswith(("-weighted", "weighted", "-w", "+")) or \
                after_word.startswith(("post", "pre-", "gad", "contrast", "weight", "flair", "fs")):
            continue
        if before_word in vocab.not_a_level_before or before_word.endswith(("stage", "grade")):
            continue
        out.append(m.group(0))
    return out


LEVEL_ORDER = [f"C{i}" for i in range(1, 8)] + [f"T{i}" for i in range(1, 13)] + \
    [f"L{i}" for i in range(1, 6)] + [f"S{i}" for i in range(1, 6)]


def level_key(level: str) -> str:
    """A vertebral level as :data:`LEVEL_ORDER` writes it ("Th9" -> "T9", "l1" -> "L1")."""
    return level.upper().replace("TH", "T")


def contiguous_levels(levels: Sequence[str]) -> bool:
    """The vertebral levels ("T8", "Th9", "L1") make one unbroken run of the spine (T12 and L1 are next to each
    other); False when one is no single known level."""
    order = []
    for lv in levels:
        key = level_key(lv)
        if key not in LEVEL_ORDER:
            return False
        order.append(LEVEL_ORDER.index(key))
    order.sort()
    return all(b - a == 1 for a, b in zip(order, order[1:]))


def levels_spanned(level: str) -> set[str]:
    """The vertebrae a level or a range of levels covers, as :data:`LEVEL_ORDER` writes them ("T7-T9" -> T7, T8,
    T9; "T12/L1" -> T12, L1; "Th9" -> T9); a level that is no known vertebra is itself."""
    ends = [level_key(p) for p in re.split(r"\s*(?:-|–|—|/)\s*", level.strip()) if p]
    if len(ends) == 2 and all(e in LEVEL_ORDER for e in ends):
        a, b = sorted(LEVEL_ORDER.index(e) for e in ends)
        return set(LEVEL_ORDER[a:b + 1])
    return {level_key(level)} if len(ends) <= 1 else set(ends)


_LEVEL_SHAPE = re.compile(r"(?<![A-Za-z0-9])(Th|[CTLS])(\d{1,2})(?![A-Za-z0-9])")


def label_letters(names: list[str], vocab: Vocabulary, texts: list[str] | None = None) -> set[str]:
    """The letters of vertebral levels that the chart's lesion names use as a series of labels: a name with one
    of no vertebra ("S7", "L6", "C8", "T13": the vocabulary's vertebral_level does not take it) makes its letter's
    other names ("PTV_S2" beside "PTV_S7", liver segments) labels too, no levels; so does a name whose own words
    (``texts``, its row or item) spell its level-shaped part out as a label of the series, the noun starting with
    that letter and the same number ("PTV_L3 | lesion 3, R frontal 4 mm"), where they name no level of their own."""
    out = set()
    for k, name in enumerate(names):
        own = texts[k] if texts is not None and k < len(texts) else ""
        for m in _LEVEL_SHAPE.finditer(name.replace("_", " ")):
            if not vocab.vertebral_level.fullmatch(m.group(0)):
                out.add(m.group(1).upper())
            elif own and _spelled_label(m, own, vocab):
                out.add(m.group(1).upper())
    return out


def _spelled_label(level: "re.Match[str]", own: str, vocab: Vocabulary) -> bool:
    """Whether ``own`` writes the level-shaped ``level`` ("L3") as a series label ("lesion 3", "lesion #3": a lesion
    noun starting with its letter, then its number) and names no vertebral level but it."""
    letter, number = level.group(1), int(level.group(2))
    for m in re.finditer(rf"\b({letter}[a-z]+)\s*(?:#\s*|no\.\s*|number\s+)?0*(\d{{1,2}})\b", own, re.I):
        if int(m.group(2)) == number and vocab.lesion_noun.fullmatch(m.group(1)):
            rest = own.replace(level.group(0), " ")
            return not any(v.upper() != level.group(0).upper() for v in vertebral_levels(rest, vocab))
    return False


def unlevelled(text: str, letters: set[str]) -> str:
    """``text`` without the labels of the letters :func:`label_letters` found ("PTV_S2" -> "PTV_")."""
    if not letters:
        return text
    return _LEVEL_SHAPE.sub(lambda m: " " if m.group(1).upper() in letters else m.group(0), text)


def plain_words(name: str, vocab: Vocabulary) -> str:
    """A plan or structure name in plain words: "PTV_LtOccipital" -> "PTV Lt Occipital",
    "GTV_R_cbllm" -> "GTV R cerebellar" (abbreviations from anatomy.yaml)."""
    if "_" not in name and not re.search(r"[a-z][A-Z]", name):
        return _GLUED_SIDE.sub(lambda m: glued_side(m.group(0), vocab) or m.group(0), name)
    # "LtOccipital" -> "Lt Occipital"; "Rib7L" -> "Rib 7 L", "RIB6" -> "RIB 6" (a word, its number, its side;
    # "Th12" stays a level, "PTV1" a volume's number)
    name = cached_rx(rf"(?<![A-Za-z])(?!(?:{vocab.volume_kind})\d)([A-Z]{{3,}})(?=\d)", 0).sub(r"\1 ", name)
    # "PCnode" -> "PC node": capitals run into a whole place word in lower case (the capitals its abbreviation)
    name = _CAPS_PLACE.sub(lambda m: f"{m.group(1)} {m.group(2)}" if vocab.place_word(m.group(2)) else m.group(0), name)
    t = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})|(?<=[A-Za-z][a-z]{2})(?=\d)|"
               r"(?<=\d)(?=[A-Z][a-z]?(?![a-z\d]))", " ",
               name.replace("_", " "))
    words = t.split(" ")
    out = []
    i = 0
    while i < len(words):
        phrase = _shortened_phrase(words, i, vocab)
        if phrase:
            out.append(" ".join(phrase))
            i += len(phrase)
            continue
        out.append(_abbreviated(words[i], vocab))
        i += 1
    return " ".join(out)


_CAPS_PLACE = re.compile(r"(?<![A-Za-z])([A-Z]{2,})([a-z]{3,})(?![A-Za-z])")


def _abbreviated(word: str, vocab: Vocabulary) -> str:
    """One word of a structure name in plain words: its abbreviation's expansion ("cbl" -> "cerebellar"), or a side
    letter run into an abbreviation ("ROCC" -> "right occipital", "LCBL" -> "left cerebellar", "LTOCC" -> "left
    occipital": the side first, then the place of three letters or more); else the word."""
    low = word.lower()
    if low in vocab.structure_abbreviations:
        return vocab.structure_abbreviations[low]
    return side_run(word, vocab) or word


def side_run(word: str, vocab: Vocabulary) -> str | None:
    """A side letter run into a place's abbreviation ("ROCC" -> "right occipital", "LTOCC" -> "left occipital": the
    side first, then an abbreviation of three letters or more) in plain words; None for any other word (one the
    abbreviations name whole, "RUL", is no such run)."""
    low = word.lower()
    if low in vocab.structure_abbreviations:
        return None
    for side in sorted(vocab.side_abbreviations, key=len):
        rest = low[len(side):]
        if low.startswith(side) and len(rest) >= 3 and rest in vocab.structure_abbreviations:
            return f"{vocab.side_abbreviations[side]} {vocab.structure_abbreviations[rest]}"
    return glued_side(word, vocab)


_GLUED_SIDE = re.compile(r"(?<![\w-])[LR][a-z]{4,}(?![\w-])")


def glued_side(word: str, vocab: Vocabulary) -> str | None:
    """A capital side letter run into a whole place word ("Ltemporal" -> "left temporal", "Rfrontal": a scan or a
    form that lost the space) in plain words; None for any other word ("Lingual" and "Rectal" are words of their
    own)."""
    if not _GLUED_SIDE.fullmatch(word) or vocab.place_word(word) or not vocab.place_word(word[1:]) or \
            word[1:].lower() in vocab.laterality:
        return None
    return f"{vocab.side_abbreviations[word[0].lower()]} {word[1:]}"


def _shortened_phrase(words: list[str], i: int, vocab: Vocabulary) -> tuple[str, ...] | None:
    """The site phrase of several words that ``words[i:]`` write with their first word shortened to its start (three
    letters or more) and the others whole: "Cav Sinus" -> ("cavernous", "sinus"); None when there is none."""
    first = words[i].lower()
    if len(first) < 3:
        return None
    for phrase in vocab.site_phrase_words:
        n = len(phrase)
        if phrase[0] != first and phrase[0].startswith(first) and \
                [w.lower() for w in words[i + 1:i + n]] == list(phrase[1:]):
            return phrase
    return None


def _site_words(text: str, vocab: Vocabulary) -> str | None:
    """The site the words name, cranial before spinal before body (None: no site words)."""
    if vocab.site_terms["cranial"].search(text):
        return "cranial"
    if vertebral_levels(text, vocab) or vocab.site_terms["spinal"].search(text):
        return "spinal"
    if any(not _bare_numbered_place(text, m, vocab) for m in vocab.site_terms["body"].finditer(text)):
        return "body"
    return None


def _bare_numbered_place(text: str, m: re.Match[str], vocab: Vocabulary) -> bool:
    """A place word that names a place only with its number (the vocabulary's numbered_place: "segment VII",
    "seg 4") written without one ("a three level segment"): it names no organ, so no site."""
    rx = vocab.patterns["numbered_place"]
    return rx.match(f"{m.group(0)} 1") is not None and rx.match(text, m.start()) is None


def tissue_only(name: str, vocab: Vocabulary) -> bool:
    """Whether a lesion name's only site words are tissues found in the spine and the body alike (anatomy.yaml
    ``tissue_places``: "bone met", "osseous metastasis"): such a name tells no site by itself."""
    text = plain_words(name, vocab)
    found = [m.group(0).lower() for rx in vocab.site_terms.values() for m in rx.finditer(text)]
    return bool(found) and all(w in vocab.tissue_places for w in found) and not vertebral_levels(text, vocab)


def metastatic_to(text: str, vocab: Vocabulary) -> str | None:
    """The site named after "<primary> (metastatic) to": "metastatic breast cancer to L4" -> spinal."""
    for m in vocab.patterns["metastatic_to"].finditer(text):
        site = _site_words(m.group("place"), vocab)
        if site:
            return site
    return None


def site_of(text: str, vocab: Vocabulary, *, primary: bool = True) -> str | None:
    """cranial > spinal > body: a brain metastasis from lung cancer is cranial, an L2 metastasis spinal;
    "metastatic breast cancer to L4" is spinal (a primary cancer's organ never sets a lesion's site).
    ``primary=False``: words that name only the primary cancer's organ ("breast cancer metastasis") give no site
    (the caller reads the lesion's other words first); by default they are the last resort."""
    text = plain_words(text, vocab) if len(text) < 40 else text.replace("_", " ")  # "PTV_L_Frontal"
    to = metastatic_to(text, vocab)
    if to:
        return to
    core = strip_primary(text, vocab)
    for candidate in (core, text) if primary else (core,):
        site = _site_words(candidate, vocab)
        if site:
            return site
    return None


def located_site(name: str, text: str, vocab: Vocabulary) -> str | None:
    """The site of the place written right after a metastasis's name in its own words ("the breast met at C2" ->
    spinal): None when the name is no metastasis, is not in ``text`` or no place with a site follows it."""
    if not vocab.patterns["metastasis_noun"].search(name):
        return None
    for m in re.finditer(re.escape(name), text, re.I):
        at = vocab.patterns["located_at"].match(text, m.end())
        if at is None or vocab.primary_nouns & {w.lower() for w in at.group("place").split()}:
            continue  # ("a met in breast cancer": its primary, no place)
        # (read with the name: "adrenal met at the T12 level" is a landmark)
        site = _site_words(f"{name}{at.group(0)}", vocab)
        if site:
            return site
    return None


def size_number(written: str) -> float | None:
    """One number of a size as written: "1,5" (a decimal comma) -> 1.5, "one point two" -> 1.2 (dictated)."""
    if written[0].isdigit():
        return float(written.replace(",", "."))
    return spelled_number(written)


def sizes_cm(text: str, vocab: Vocabulary, *, base: int = 0, full_text: str | None = None) -> list[tuple[float, int]]:
    """Lesion sizes in cm with their offsets; margins, slice thickness and distances are skipped."""
    full = full_text if full_text is not None else text
    out = []
    before_rx, after_rx = vocab.patterns["size_not_lesion_before"], vocab.patterns["size_not_lesion_after"]
    for m in vocab.patterns["size"].finditer(text):
        s, e = base + m.start(), base + m.end()
        before = full[max(0, s - 30):s]
        after = full[e:e + 25]
        plane = m.group("b") is not None and vocab.patterns["size_plane_after"].match(after)
        if before_rx.search(before) or (after_rx.search(after) and not plane):
            continue  # (a size of two dimensions and its plane, "3.4 x 2.9 cm axial", is a lesion's measurement)
        if re.match(r"^\s*(?:from|of|to|away)\b", after, re.I):
            continue
        dims = [d for d in (size_number(x) for x in (m.group("a"), m.group("b"), m.group("c")) if x) if d is not None]
        if not dims:
            continue
        v = max(dims)
        if m.group("unit").lower().startswith("m"):  # "mm", "millimeters"
            if v <= vocab.lesion_size_min_mm:
                continue
            v = v / 10.0
        if 0.05 <= v <= 30:
            out.append((round(v, 2), s))
    return out


def optic_distances(text: str, vocab: Vocabulary) -> list[tuple[float, str, int, int]]:
    """Every written distance from the lesion to the optic apparatus in mm, with the structure's last word
    ("nerve", "chiasm") and the span; 0 where the lesion touches it. A distance written as a field ("Distance from
    the PTV edge to the left optic nerve: 2 mm") counts as one written after its number does."""
    out = []
    for m in vocab.patterns["distance_to"].finditer(text):
        hit = vocab.optic.match(text[m.end():m.end() + 40])
        mm = _distance_mm(m, vocab) if hit else None
        if mm is not None:
            out.append((mm, _structure(hit.group(0)), m.start(), m.end()))
    for m in vocab.patterns["distance_field"].finditer(text):  # "Distance ... to the left optic nerve: 2 mm"
        hit = vocab.optic.search(m.group("s"))
        mm = _distance_mm(m, vocab) if hit else None
        if mm is not None:
            out.append((mm, _structure(hit.group(0)), m.start(), m.end()))
    for m in vocab.touching.finditer(text):
        negated = re.search(r"\bno[t]?\b", text[max(0, m.start() - 12):m.start()], re.I)
        hit = vocab.optic.search(text[m.end():m.end() + 30])
        if hit and not negated:
            out.append((0.0, _structure(hit.group(0)), m.start(), m.end()))
    return out


def _distance_mm(m: re.Match[str], vocab: Vocabulary) -> float | None:
    """A written distance's length in mm, from its match's ``d`` (digits or words: "2,5", "three") and ``unit``
    (mm or cm) groups; None when its words are no number."""
    raw = m.group("d")
    # "three millimeters", "2,5 mm", "one and a half millimeters"
    n = float(raw.replace(",", ".")) if raw[0].isdigit() else (vocab.number(raw) or spelled_number(raw, vocab))
    return None if n is None else float(n) * (10.0 if m.group("unit").lower().startswith("c") else 1.0)


def _structure(words: str) -> str:
    return re.sub(r"(?:s|a)$", "", words.lower().split()[-1])  # "optic nerves" -> "nerve", "chiasma" -> "chiasm"


def optic_distance_mm(text: str, vocab: Vocabulary) -> float | None:
    """The smallest written distance from the lesion to the optic apparatus, 0 when it touches it."""
    return min((d for d, _, _, _ in optic_distances(text, vocab)), default=None)


def _oar_context(text: str, start: int, end: int, vocab: Vocabulary, bare: bool = True) -> bool:
    """The structure at start..end is named as an organ at risk: by the words around it ("brainstem Dmax", "dose
    to the cochlea"; a bare preposition before it, "to the", "of the", only with ``bare``), or by the dose written
    right after it, which the words before it make an organ's dose ("trigeminal nerve 9.6 Gy" in a chart that does
    not treat the nerve; quantity_roles.yaml)."""
    after = re.split(r"[\s:=,]+", text[end:end + 20].strip().lower())
    before = text[max(0, start - 14):start].lower().rstrip()
    cues = [b for b in vocab.oar_before if bare or not vocab.patterns["bare_preposition_cue"].fullmatch(b)]
    if (bool(after) and after[0] in vocab.oar_after) or any(before.endswith(b) for b in cues):
        return True
    dose = vocab.patterns["dose"].match(text, end + len(re.match(r"[ \t:=]*", text[end:end + 6]).group(0)))
    return dose is not None and cue_role(text, dose.start(), vocab) == "organ_at_risk"


def _tumour_noun(phrase: str, vocab: Vocabulary) -> bool:
    """Whether a phrase ends with a lesion's noun ("AVM", "vestibular schwannoma", "trigeminal nerve")."""
    return any(n.end() == len(phrase) for n in vocab.lesion_noun.finditer(phrase))


def volume_diameter_cm(volume_cc: float) -> float:
    """The diameter of the sphere of a volume (cc = cm3): of all shapes of that volume the sphere has the smallest
    largest dimension, so a lesion of that volume is at least this long in its largest dimension."""
    return (6.0 * volume_cc / math.pi) ** (1.0 / 3.0)


def lesion_volumes_cc(text: str, vocab: Vocabulary) -> list[float]:
    """The lesion's own volumes written in its words ("GTV 26.3 cc", patterns ``lesion_volume``), in cc."""
    return [float(m.group("v").replace(",", ".")) for m in vocab.patterns["lesion_volume"].finditer(text)]


def complexity(name: str, text: str, size_cm: float | None, vocab: Vocabulary,
               optic_mm: float | None = None, volume_cc: float | None = None) -> tuple[str, tuple[str, ...]]:
    """CPT cranial class of one lesion from its own words: (simple|complex, reasons); ``optic_mm`` a distance to
    the optic apparatus its table gives in a column of its own, ``volume_cc`` the lesion's own volume its table
    gives (a volume proves a largest dimension at least its sphere's diameter; a smaller one proves nothing)."""
    reasons: list[str] = []
    plain = plain_words(name, vocab)  # "PTV_Pons", "AVM_Nidus_LtPar": a structure name's words
    for trig in vocab.complex_histology:
        for words in (text, plain):  # (the name's words too: "AVM_Nidus_LtPar" in its row is one word there)
            if any(not _oar_context(words, m.start(), m.end(), vocab, bare=not _tumour_noun(m.group(0), vocab))
                   for m in trig.regex.finditer(words)):
                # a lesion's own noun ("AVM", "schwannoma") after "to the" is the target the dose went to ("1800 cGy
                # in 1 fraction to the AVM nidus"); the words after it still make it an organ at risk ("trigeminal
                # nerve Dmax")
                reasons.append(trig.reason)
                break
    for trig in vocab.complex_location:
        hit = trig.regex.search(name) or trig.regex.search(plain)
        if not hit:
            for m in trig.regex.finditer(text):
                before = text[max(0, m.start() - 22):m.start()].lower()
                if (_oar_context(text, m.start(), m.end(), vocab) and not _of_lesion(text, m.start(), vocab)) or \
                        vocab.location_negation.search(text[max(0, m.start() - 30):m.start()]):
                    continue
                if re.search(r"\b(?:in|within|of|involving|into|inside)\s+(?:the\s+)?(?:left\s+|right\s+|dorsal\s+|"
                             r"ventral\s+)?$", before) or _lesion_follows(text, m.end(), vocab) or \
                        _qualifies_noun(text, m.start(), vocab) or _listed_place(text, m.start(), vocab):
                    hit = m
                    break
        if hit:
            reasons.append(trig.reason)
    d = min((x for x in (optic_distance_mm(text, vocab), optic_mm) if x is not None), default=None)
    if d is not None and d <= vocab.optic_mm:
        reasons.append(f"within {vocab.optic_mm:g} mm of the optic apparatus")
    if size_cm is not None and size_cm >= vocab.size_cm:
        reasons.append(f"{size_cm:g} cm, {vocab.size_cm:g} cm or larger")
    else:
        vol = max([v for v in [volume_cc] if v is not None] + lesion_volumes_cc(text, vocab), default=None)
        if vol is not None and volume_diameter_cm(vol) >= vocab.size_cm:
            reasons.append(f"{vol:g} cc: a sphere of that volume is {volume_diameter_cm(vol):.1f} cm across, so its "
                           f"largest dimension is {vocab.size_cm:g} cm or larger")
    reasons = unique(reasons)
    return ("complex" if reasons else "simple"), tuple(reasons)


def _of_lesion(text: str, start: int, vocab: Vocabulary) -> bool:
    """A place written right after a lesion's noun and a preposition of location ("a 1.2 cm meningioma of the left
    cavernous sinus received 14 Gy", "metastasis in the pons"): where that lesion is, though a dose follows it."""
    left = text[max(0, start - 60):start]
    prep = re.search(r"\s+(?:of|in|within|involving|into|inside)\s+(?:the\s+)?(?:(?:left|right|dorsal|ventral|"
                     r"lateral|medial|posterior|anterior)\s+)?$", left, re.I)
    if prep is None:
        return False
    head = left[:prep.start()]
    return any(n.end() == len(head) for n in vocab.lesion_noun.finditer(head))


def _listed_place(text: str, start: int, vocab: Vocabulary) -> bool:
    """A place that ends a list of places the lesion lies in or extends into ("extends into the right middle
    cerebellar peduncle and lateral pons", "within the left thalamus, midbrain"): a preposition of location,
    then only place words, sides and "and"/"or"/commas up to it."""
    left = text[max(0, start - 90):start]
    prep = None
    for prep in re.finditer(r"\b(?:in|within|into|involving|inside)\s+(?:the\s+)?", left, re.I):
        pass
    if prep is None:
        return False
    words = re.findall(r"[^\s,]+", left[prep.end():])
    return bool(words) and all(
        w.lower() in vocab.words("place_list_fillers") or vocab.place_word(w) for w in words)


def _qualifies_noun(text: str, start: int, vocab: Vocabulary) -> bool:
    """A place in parentheses right after a lesion noun ("Metastasis (brainstem)", "lesion 3 (pons)"): where
    that lesion is."""
    left = text[max(0, start - 40):start]
    paren = re.search(r"\(\s*$", left)
    if not paren:
        return False
    head = re.sub(rf"\s+(?:{vocab.label_shape})$", "", left[:paren.start()].rstrip())  # "lesion 3 (pons)"
    return any(n.end() == len(head) for n in vocab.lesion_noun.finditer(head))


def _lesion_follows(text: str, end: int, vocab: Vocabulary) -> bool:
    m = vocab.lesion_noun.match(text[end:end + 40].lstrip())
    return m is not None


def _histology(text: str, vocab: Vocabulary) -> str | None:
    for trig in vocab.complex_histology:
        m = trig.regex.search(text)
        if m and not _oar_context(text, m.start(), m.end(), vocab):
            return m.group(0).lower()
    m = vocab.histology.search(text)
    return m.group(0).lower() if m else None


def spelled_out(name: str, text: str, vocab: Vocabulary) -> str:
    """The diagnoses of ``text`` that a lesion's name writes as their initials ("L VS", "R VS" in a chart that says
    "left vestibular schwannoma"; "AN" for "acoustic neuroma"): an upper-case word of the name that is the initials
    of a diagnosis of two words or more the chart names, also as a word of its structure name ("VS_Lt", "GTV_AN").
    Their phrases, space-joined ("" when none)."""
    words = set(re.findall(r"(?<![\w-])[A-Z]{2,4}(?![\w-])", f"{name} {plain_words(name, vocab)}"))
    if not words:
        return ""
    found: list[str] = []
    for rx in [t.regex for t in vocab.complex_histology] + [vocab.histology, vocab.simple_histology]:
        for m in rx.finditer(text):
            parts = re.split(r"[\s-]+", m.group(0).strip())
            if len(parts) >= 2 and "".join(w[0] for w in parts).upper() in words:
                found.append(" ".join(parts).lower())
    return " ".join(unique(found))


def _specific_place(text: str, vocab: Vocabulary) -> bool:
    """A site word more specific than "cranial"/"spine" (which also name software, techniques and
    headings); a lesion noun alone ("to each level", "the cavity") does not tell one lesion from another."""
    for rx in vocab.site_terms.values():
        for m in rx.finditer(text):
            if m.group(0).lower() not in vocab.generic_site_words:
                return True
    return False


def signature(name: str, vocab: Vocabulary) -> frozenset[str]:
    """Location words of a name, to tell distinct lesions from the same lesion named twice."""
    core = strip_primary(plain_words(name, vocab), vocab).lower()
    words = {vocab.side_abbreviations.get(w, w) for w in re.findall(r"[a-z0-9]+", core)}
    # an anatomy word that abbreviates others ("RLL": right lower lobe) has their words, as its structure name does
    for w in [w for w in words if w in vocab.structure_abbreviations and
              any(vocab.site_terms[s].fullmatch(w) for s in vocab.site_terms)]:
        words = (words - {w}) | set(vocab.structure_abbreviations[w].split())
    keep = {w for w in words if vocab.place_word(w)}
    # a place of several words ("cavernous sinus", "skull base"): its words, none a place alone
    keep |= {w for rx in vocab.site_terms.values() for m in rx.finditer(core) if " " in m.group(0)
             for w in m.group(0).lower().split()}
    forms = dict(vocab.place_forms)  # "pontine" and "pons": one structure
    keep = {forms.get(w, w) for w in keep}
    keep |= {lv.lower() for lv in vertebral_levels(plain_words(name, vocab), vocab)}
    keep |= {f"#{n if n.isdigit() else vocab.numeral(n)}" for n in
             (m.group("n").lower() for m in vocab.patterns["numbered_place"].finditer(core))}  # "segment II", "2": "#2"
    return frozenset(keep)


def same_places(name: str, vocab: Vocabulary) -> frozenset[str]:
    """The location words of a name with each place in one form ("pontine lesion" -> {"pons"}, "left renal mass" ->
    {"left", "kidney"}), to compare two names of one lesion written as a noun and as its adjective; a part of an organ
    names the organ too ("right upper lobe" -> {"right", "upper", "lung"}; anatomy.yaml place_parts)."""
    forms = dict(vocab.place_forms)
    places = frozenset(forms.get(w, w) for w in signature(name, vocab))
    places |= {organ for part, organ in vocab.place_parts if part <= places}
    # a noun of the place's kind after the word that names the place ("left frontal lobe") names nothing more than
    # that word ("left frontal"): anatomy.yaml place_kind_nouns
    kinds = places & vocab.place_kind_nouns
    if kinds and places - kinds - set(vocab.laterality):
        places -= kinds
    return places


_LABEL_STOP = re.compile(r"(?<![.\s\d])\.(?=\s|$)|\n|[()\[\]]")  # a full stop (not a leader's dots, a decimal), a
# hard break; brackets are counted: one the label's clause did not open ends it


def _label_rx(name: str, vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(this label, any label of its series) as patterns over the chart's text, from the lesion's name (its label
    as the vocabulary's lesion_word_label or lesion_code_label reads it)."""
    m = vocab.patterns["lesion_word_label"].search(name)
    if m:
        word = re.escape(m.group("noun").lower().rstrip("s"))
        word = r"met(?:astasis)?" if word.startswith("met") else word
        ident = re.escape(m.group("ident"))
        return (re.compile(rf"(?<![A-Za-z]){word}[\s_#-]*{ident}(?![A-Za-z0-9])", re.I),
                re.compile(rf"(?<![A-Za-z]){word}[\s_#-]*(?:{vocab.label_shape})(?![A-Za-z0-9])", re.I))
    m = vocab.patterns["lesion_code_label"].search(name)
    if m:
        return (re.compile(rf"(?<![A-Za-z0-9]){m.group(0)}(?![A-Za-z0-9])"),
                re.compile(rf"(?<![A-Za-z0-9]){m.group('letters')}\d{{1,2}}(?![A-Za-z0-9])"))
    m = _STRUCTURE_LABEL.search(name)
    if m and vocab.patterns["target_structure"].match(m.group(0)):  # "PTV_PS", "GTV_LT": a structure's name
        return (re.compile(rf"(?<![\w.]){re.escape(m.group(0))}(?![\w.])"),
                re.compile(rf"(?<![\w.]){re.escape(m.group('kind'))}_[A-Za-z0-9]+(?![\w.])"))
    return None


_STRUCTURE_LABEL = re.compile(r"(?<![\w.])(?P<kind>[A-Za-z]{2,5})_[A-Za-z0-9]{1,12}(?![\w.])")


def label_text(name: str, text: str, vocab: Vocabulary, limit: int = 200) -> str:
    """The chart's words about the lesion its label names, wherever the label stands: from each mention of the
    label ("L4 right mesial temporal (uncus) ..... 1.0 cm; 4 mm from the right optic tract", "Target 1 = left
    vestibular schwannoma", "Met 1 (left frontal) measures 4.1 cm", a structure's "PTV_PS: planum meningioma, 3 mm
    from the chiasm") to the next label of the series (the next "PTV_..." of a structure), a full stop
    or the end of the line (a dotted leader or a semicolon inside a target's line does not end it). A label in
    parentheses after other words ("Collimators 8 mm (Target 2)") describes nothing; an MRI sequence named like
    a label ("T1 post-contrast") is no mention of target T1."""
    rx = _label_rx(name, vocab)
    if rx is None:
        return ""
    own, series = rx
    out = []
    for m in own.finditer(text):
        if re.search(r"\(\s*$", text[max(0, m.start() - 3):m.start()]):
            continue
        after, after_word = _after_level(text, m.end(), vocab)
        if after_word in vocab.not_a_level_after or after.startswith(("-weighted", "weighted", "-w")) or \
                after_word.startswith(("post", "pre-", "gad", "contrast", "weight", "flair")):
            continue
        end = min(len(text), m.end() + limit)
        nxt = series.search(text, m.end(), end)
        end = nxt.start() if nxt else end
        depth = 0
        for x in _LABEL_STOP.finditer(text, m.end(), end):
            if x.group(0) in "([":
                depth += 1
            elif x.group(0) in ")]" and depth:
                depth -= 1
            else:
                end = x.start()
                break
        out.append(text[m.start():end])
    return " ".join(out)


def label_key(label: str) -> str:
    """A label as labels are compared: lower case, "#" and spacing left out ("Lesion #2" -> "lesion 2")."""
    return " ".join(label.lower().replace("#", " ").split())


def structure_labels(text: str, names: Sequence[str], vocab: Vocabulary) -> dict[str, list[str]]:
    """The labels the chart gives each lesion right after its name, in parentheses ("PTV_Supra (Lesion 1)" in a
    plan approval, where the consultation and the summary speak of "Lesion 1"): {name: ["Lesion 1"]}, each label as
    first written (the vocabulary's lesion_name_label, the whole parenthesis). The label names the same lesion
    wherever it stands; a label given to two lesions names neither."""
    found: dict[str, dict[str, str]] = {n: {} for n in names}
    for n in names:
        if not n.strip():
            continue
        for m in re.finditer(rf"(?<![\w.]){re.escape(n.strip())}\s*\(\s*([^()\n]{{1,30}}?)\s*\)", text):
            label = vocab.patterns["lesion_name_label"].match(m.group(1))
            if label is not None and label.end() == len(m.group(1)):
                found[n].setdefault(label_key(label.group(0)), label.group(0).strip())
    return {n: [w for w in ws if label_key(n) != label_key(w)] for n, ws in _labels_of_one(found).items()}


def _labels_of_one(found: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """{name: labels as written} of ``found`` ({name: {label key: label as written}}) less every label found for two
    lesions or more: a label given to two lesions names neither."""
    taken = [k for ks in found.values() for k in ks]
    return {n: [w for k, w in ks.items() if taken.count(k) == 1] for n, ks in found.items()}


def row_labels(tables: Sequence[Table], names: Sequence[str], vocab: Vocabulary) -> dict[str, list[str]]:
    """The label a table's row gives the lesion another of its cells names ("A | Left frontal | 1.2 cm | 20 Gy",
    where the lesion is read as "Left frontal" and a summary says "A 20 Gy, B 16 Gy"): {name: ["A"]}, each label as
    written (the vocabulary's lesion_name_label, the whole first cell; not a bare number). A label given to two
    lesions names neither."""
    found: dict[str, dict[str, str]] = {n: {} for n in names}
    keyed = {label_key(n): n for n in names if n.strip()}
    rx = vocab.patterns["lesion_name_label"]
    for t in tables:
        for row in t.rows:
            label = rx.match(row[0].text) if len(row) >= 2 else None
            if label is None or label.end() != len(row[0].text.rstrip()) or label.group(0).strip().isdigit():
                continue  # (a row's bare number is no label elsewhere: "3" is as likely a count of fractions)
            for c in row[1:]:
                n = keyed.get(label_key(c.text))
                if n is not None and label_key(label.group(0)) != label_key(n):
                    found[n].setdefault(label_key(label.group(0)), label.group(0).strip())
    return _labels_of_one(found)


def noun_text(name: str, others: Sequence[str], text: str, vocab: Vocabulary,
              sentences: list[tuple[int, int]]) -> str:
    """The clauses naming a resection cavity as "the cavity" ("The cavity measures 3.6 cm"), when the lesion is
    the course's only cavity: from the noun to the next lesion (", and ...", ";", " and a ...")."""
    rx = vocab.patterns["cavity_target"]
    if not rx.search(name) or any(rx.search(o) for o in others):
        return ""
    out = []
    for s, e in sentences:
        m = rx.search(text, s, e)
        if m:
            stop = next_clause(vocab).search(text, m.end(), e)
            out.append(text[m.start():stop.start() if stop else e])
    return " ".join(out)


def next_clause(vocab: Vocabulary, *, sentence_end: bool = False) -> re.Pattern[str]:
    """Where the next lesion's clause begins: ", and ...", ";", " and the ..." (connectives next_lesion_joiners,
    articles); with ``sentence_end`` also a sentence's end (". ")."""
    return cached_rx(rf",\s*(?:{vocab.alternation('next_lesion_joiners')})\s(?!\s*(?:its|whose)\b)|;"
                     rf"|\sand\s+(?:{vocab.alternation('articles')})\s" + (r"|\.\s" if sentence_end else ""))
