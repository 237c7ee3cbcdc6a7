"""Treated lesions: from lesion tables, numbered/bulleted lists, named dose statements and count words.

Each lesion gets a name (its location as written), a site (cranial/spinal/body), the CPT cranial class
(simple/complex with the reason), a dose in Gy, fractions, size and histology, with evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from srscheck.core.model import Document, Evidence, Lesion, Table, unique

from .context import TextContext
from .lines import soften
from .quantities import DoseStatement, fraction_table_rows, is_rx_context, to_gy
from .vocab import Vocabulary


@dataclass
class Draft:
    name: str
    start: int
    end: int
    text: str  # the lesion's own words (table row, list item, clause)
    text_start: int
    dose: DoseStatement | None = None
    dose_gy: float | None = None
    fractions: int | None = None
    size_cm: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# sites, sizes, complexity
# --------------------------------------------------------------------------------------------------

def strip_primary(text: str, vocab: Vocabulary) -> str:
    """Drop where the primary cancer is named: "(lung adenocarcinoma)", "from colorectal cancer"."""
    t = re.sub(r"\([^)]*\)", " ", text)
    if re.search(r"\bmet(?:astas[ie]s|s?)\b", t, re.I):  # "two lung cancer metastases": lung is the primary
        t = re.sub(r"\b[a-z-]+\s+(?:cancer|carcinoma|adenocarcinoma|melanoma|sarcoma)\b", " ", t, flags=re.I)
    return vocab.primary_cue.split(t, maxsplit=1)[0]


def vertebral_levels(text: str, vocab: Vocabulary) -> list[str]:
    """C1-C7/T1-T12/L1-L5/S1-S5 written as vertebrae. Not a level: an MRI sequence ("T1 post-contrast"),
    a stage ("T2N0"), or a lesion label in cranial words without any spine word ("L1 Lt occipital",
    "T2 right frontal")."""
    out = []
    text = text.replace("_", " ")
    if vocab.site_terms["cranial"].search(text) and not vocab.spine_context.search(text) and \
            not vocab.site_terms["spinal"].search(text):
        return []
    for m in vocab.vertebral_level.finditer(text):
        after = text[m.end():m.end() + 16].strip().lower()
        after_word = re.split(r"[\s,;:.)]+", after)[0] if after else ""
        before = text[max(0, m.start() - 12):m.start()].strip().lower()
        before_word = re.split(r"[\s(]+", before)[-1] if before else ""
        if after_word in vocab.not_a_level_after or after.startswith(("-weighted", "weighted", "-w", "+")) or \
                after_word.startswith(("post", "pre-", "gad", "contrast", "weight", "flair", "fs")):
            continue
        if before_word in vocab.not_a_level_before or before_word.endswith(("stage", "grade")):
            continue
        out.append(m.group(0))
    return out


def plain_words(name: str, vocab: Vocabulary) -> str:
    """A plan or structure name in plain words: "PTV_LtOccipital" -> "PTV Lt Occipital",
    "GTV_R_cbllm" -> "GTV R cerebellar" (abbreviations from anatomy.yaml)."""
    if "_" not in name and not re.search(r"[a-z][A-Z]", name):
        return name
    t = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.replace("_", " "))
    return " ".join(vocab.structure_abbreviations.get(w.lower(), w) for w in t.split(" "))


def metastatic_to(text: str, vocab: Vocabulary) -> str | None:
    """The site named after "<primary> (metastatic) to": "metastatic breast cancer to L4" -> spinal."""
    for m in vocab.patterns["metastatic_to"].finditer(text):
        place = m.group("place")
        if vocab.site_terms["cranial"].search(place):
            return "cranial"
        if vertebral_levels(place, vocab) or vocab.site_terms["spinal"].search(place):
            return "spinal"
        if vocab.site_terms["body"].search(place):
            return "body"
    return None


def site_of(text: str, vocab: Vocabulary) -> str | None:
    """cranial > spinal > body: a brain metastasis from lung cancer is cranial, an L2 metastasis spinal;
    "metastatic breast cancer to L4" is spinal (a primary cancer's organ never sets a lesion's site)."""
    text = plain_words(text, vocab) if len(text) < 40 else text.replace("_", " ")  # "PTV_L_Frontal"
    to = metastatic_to(text, vocab)
    if to:
        return to
    core = strip_primary(text, vocab)
    for candidate in (core, text):
        if vocab.site_terms["cranial"].search(candidate):
            return "cranial"
        if vertebral_levels(candidate, vocab) or vocab.site_terms["spinal"].search(candidate):
            return "spinal"
        if vocab.site_terms["body"].search(candidate):
            return "body"
    return None


def sizes_cm(text: str, vocab: Vocabulary, *, base: int = 0, full_text: str | None = None) -> list[tuple[float, int]]:
    """Lesion sizes in cm with their offsets; margins, slice thickness and distances are skipped."""
    full = full_text if full_text is not None else text
    out = []
    before_rx, after_rx = vocab.patterns["size_not_lesion_before"], vocab.patterns["size_not_lesion_after"]
    for m in vocab.patterns["size"].finditer(text):
        s, e = base + m.start(), base + m.end()
        before = full[max(0, s - 30):s]
        after = full[e:e + 25]
        if before_rx.search(before) or after_rx.search(after):
            continue
        if re.match(r"^\s*(?:from|of|to|away)\b", after, re.I):
            continue
        dims = [float(x) for x in (m.group("a"), m.group("b"), m.group("c")) if x]
        v = max(dims)
        if m.group("unit").lower() == "mm":
            if v <= vocab.lesion_size_min_mm:
                continue
            v = v / 10.0
        if 0.05 <= v <= 30:
            out.append((round(v, 2), s))
    return out


def optic_distance_mm(text: str, vocab: Vocabulary) -> float | None:
    """The smallest written distance from the lesion to the optic apparatus, 0 when it touches it."""
    best: float | None = None
    for m in vocab.patterns["distance_to"].finditer(text):
        tail = text[m.end():m.end() + 40]
        if vocab.optic.match(tail):
            d = float(m.group("d")) * (10.0 if m.group("unit").lower() == "cm" else 1.0)
            best = d if best is None else min(best, d)
    for m in vocab.touching.finditer(text):
        negated = re.search(r"\bno[t]?\b", text[max(0, m.start() - 12):m.start()], re.I)
        if vocab.optic.search(text[m.end():m.end() + 30]) and not negated:
            best = 0.0
    return best


def _oar_context(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    after = re.split(r"[\s:=,]+", text[end:end + 20].strip().lower())
    before = text[max(0, start - 14):start].lower()
    return (bool(after) and after[0] in vocab.oar_after) or any(before.rstrip().endswith(b) for b in vocab.oar_before)


def complexity(name: str, text: str, size_cm: float | None, vocab: Vocabulary) -> tuple[str, tuple[str, ...]]:
    """CPT cranial class of one lesion from its own words: (simple|complex, reasons)."""
    reasons: list[str] = []
    for trig in vocab.complex_histology:
        for m in trig.regex.finditer(text):
            if not _oar_context(text, m.start(), m.end(), vocab):
                reasons.append(trig.reason)
                break
    for trig in vocab.complex_location:
        hit = trig.regex.search(name)
        if not hit:
            for m in trig.regex.finditer(text):
                before = text[max(0, m.start() - 22):m.start()].lower()
                if _oar_context(text, m.start(), m.end(), vocab) or \
                        vocab.location_negation.search(text[max(0, m.start() - 30):m.start()]):
                    continue
                if re.search(r"\b(?:in|within|of|involving|into|inside)\s+(?:the\s+)?(?:left\s+|right\s+|dorsal\s+|"
                             r"ventral\s+)?$", before) or _lesion_follows(text, m.end(), vocab):
                    hit = m
                    break
        if hit:
            reasons.append(trig.reason)
    d = optic_distance_mm(text, vocab)
    if d is not None and d <= vocab.optic_mm:
        reasons.append(f"within {vocab.optic_mm:g} mm of the optic apparatus")
    if size_cm is not None and size_cm >= vocab.size_cm:
        reasons.append(f"{size_cm:g} cm, {vocab.size_cm:g} cm or larger")
    reasons = unique(reasons)
    return ("complex" if reasons else "simple"), tuple(reasons)


def _lesion_follows(text: str, end: int, vocab: Vocabulary) -> bool:
    m = vocab.lesion_noun.match(text[end:end + 40].lstrip())
    return m is not None


# --------------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------------

def clean_name(raw: str, vocab: Vocabulary) -> str:
    raw = raw.strip().lstrip(",;:.-–— \t")
    name = re.split(r"\s*(?:,|;|:|\(|\s-\s|\s–\s|\s—\s)", raw.strip(), maxsplit=1)[0]
    name = vocab.patterns["leading_words"].sub("", name).strip(" .\t-–—")
    return name[:80]


def lesion_phrase(text: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Span of the first "<location words> <lesion noun>" phrase, or a vertebral level."""
    nouns = list(vocab.lesion_noun.finditer(text))
    for i in range(len(nouns)):
        span = _noun_phrase(text, nouns, i, vocab)
        if span:
            return span
    levels = vertebral_levels(text, vocab)
    if levels:
        i = text.find(levels[0])
        return i, i + len(levels[0])
    return None


# Words that end a lesion's name when reading back from its noun: units and function words
# ("twenty Gray to the left frontal metastasis" is named "left frontal metastasis").
_NOT_NAME_WORDS = {"cm", "mm", "gy", "cgy", "gray", "centigray", "to", "the", "a", "an", "of", "with", "and", "in",
                   "on", "at", "for", "was", "were", "is", "received", "treated", "prescribed"}

_GENERIC_NOUNS = {"target", "targets", "level", "levels", "isocenter", "cavity", "focus", "foci", "met", "mass",
                  "masses"}


def _noun_phrase(text: str, nouns: list["re.Match[str]"], i: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """The phrase around lesion noun ``nouns[i]``: location words before it in its clause ("right occipital
    brain metastasis") and a place after it ("metastasis in the pons"); None for a noun that names no
    target here (a bare "target", or "lung cancer" before "metastases")."""
    m = nouns[i]
    word = m.group(0).lower()
    if word in _GENERIC_NOUNS and not re.search(r"[A-Za-z]", text[max(0, m.start() - 25):m.start()]):
        return None
    nxt = nouns[i + 1] if i + 1 < len(nouns) else None
    if word in vocab.primary_nouns and nxt is not None and \
            not re.search(r"[,;:.(]", text[m.end():nxt.start()]) and nxt.start() - m.end() < 30:
        return None  # "lung cancer metastases": the target is the metastases, lung the primary
    left = text[:m.start()]
    cut = max(left.rfind(c) for c in ":\t\n;,.(•")
    start = m.start()
    for w in reversed(list(re.finditer(r"\S+", left[cut + 1:]))[-6:]):  # words, not sizes ("a 0.8 cm metastasis")
        if not re.fullmatch(r"[A-Za-z][A-Za-z/-]*", w.group(0)) or w.group(0).lower() in _NOT_NAME_WORDS:
            break
        start = cut + 1 + w.start()
    return start, m.end() + _place_after(text[m.end():m.end() + 50], vocab)


def _place_after(tail: str, vocab: Vocabulary) -> int:
    """Length of "in the pons" / "of the left cerebellum" after a lesion noun (0 when none)."""
    lead = re.match(r"\s+(?:in|of|within|involving|at)\s+(?:the\s+)?", tail)
    if not lead:
        return 0
    end, kept_place = lead.end(), False
    for w in re.finditer(r"[A-Za-z-]+", tail[lead.end():]):
        word = w.group(0).lower()
        if word in vocab.laterality or any(rx.fullmatch(word) for rx in vocab.site_terms.values()):
            end = lead.end() + w.end()
            kept_place = kept_place or word not in vocab.laterality
        else:
            break
    return end if kept_place else 0


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
    keep = {w for w in words if w in vocab.laterality or any(
        vocab.site_terms[s].fullmatch(w) for s in vocab.site_terms)}
    keep |= {lv.lower() for lv in vertebral_levels(plain_words(name, vocab), vocab)}
    return frozenset(keep)


# --------------------------------------------------------------------------------------------------
# sources of lesions
# --------------------------------------------------------------------------------------------------

def _is_header(cells, vocab: Vocabulary | None = None) -> bool:
    """Short column titles; a row of "Label:" cells is a key/value block, not a table header. Digits
    inside a word ("V100", "D95", "Vol (cc)") may appear in a title; a number on its own may not."""
    if any(c.text.rstrip().endswith(":") for c in cells):
        return False
    return all(len(c.text.split()) <= 4 and not re.search(r"(?<![A-Za-z\d.])\d+(?![\d.])(?!\s*(?:mm|cm|gy|%))", c.text, re.I)
               for c in cells if c.text.strip())


def table_lesions(tables: tuple[Table, ...], text: str, vocab: Vocabulary) -> list[Draft]:
    """One draft per data row of every lesion table; a headerless table on the next page with the same
    columns continues the lesion table before it (a table broken across pages). A row of a later table
    that names a lesion already listed (the delivered table after the plan table, "L1 Lt occipital"
    after "Lt occipital", "PTV_LtOccipital" after "Left occipital") is the same lesion."""
    drafts: list[Draft] = []
    previous: tuple[Table, list[str]] | None = None
    for t in tables:
        if not t.rows and not t.header:
            continue
        heads = [c.text for c in t.header] if t.header and _is_header(t.header) else None
        rows = list(t.rows)
        if heads is None and not t.header and len(rows) >= 2 and len(rows[0]) >= 3 and _is_header(rows[0]) and \
                _lesion_table([c.text for c in rows[0]], vocab) and \
                any(vocab.patterns["column_dose"].search(c.text) for c in rows[0]):
            heads, rows = [c.text for c in rows[0]], rows[1:]  # a header the layout did not mark
        continued = False
        if heads is None:
            if previous is None or t.page != previous[0].page + 1 or len(rows[0] if rows else t.header) != \
                    len(previous[1]):
                previous = None
                continue
            heads = previous[1]
            rows = ([tuple(t.header)] if t.header else []) + rows
            continued = True
        if fraction_table_rows(t, vocab) or not _lesion_table(heads, vocab):
            previous = None
            continue
        new = _row_drafts(heads, rows, vocab)
        drafts = drafts + new if continued else _merge_tables(drafts, new, vocab)
        previous = (t, heads)
    return drafts


def _merge_tables(kept: list[Draft], new: list[Draft], vocab: Vocabulary) -> list[Draft]:
    """Rows of one table are distinct lesions; a row of another table with the same location words (or
    a subset of them, with at least one place word) is a lesion already kept."""
    if not kept:
        return list(new)
    out = list(kept)
    sigs = [signature(d.name, vocab) for d in kept]
    taken: set[int] = set()
    for d in new:
        sig = signature(d.name, vocab)
        hit = None
        if any(w not in vocab.laterality for w in sig):
            for i, other in enumerate(sigs):
                if i in taken or not other or _labels_differ(d.name, kept[i].name):
                    continue
                if (sig <= other or other <= sig) and any(w not in vocab.laterality for w in sig & other):
                    hit = i
                    break
        if hit is None:
            out.append(d)
            continue
        taken.add(hit)
        k = out[hit]
        k.spans.extend(d.spans)
        if k.dose_gy is None:
            k.dose_gy, k.dose = d.dose_gy, d.dose
        if k.fractions is None:
            k.fractions = d.fractions
        if k.size_cm is None:
            k.size_cm = d.size_cm
    return out


_LABEL = re.compile(r"(?<![\w.])(?:#?\d{1,2}|[A-H]|[LTCSM]\d{1,2})(?![\w.])")


def _labels_differ(a: str, b: str) -> bool:
    """Both names carry a label ("metastasis 1" / "metastasis 2", "T1 Lt frontal" / "T2 Lt frontal") and
    the labels differ: two lesions, however alike their places."""
    la, lb = set(_LABEL.findall(a)), set(_LABEL.findall(b))
    return bool(la) and bool(lb) and not (la & lb)


def _lesion_table(heads: list[str], vocab: Vocabulary) -> bool:
    pats = vocab.patterns
    oar = [h for h in heads if pats["oar_table"].search(h)]
    if oar and not any("marginal" in h.lower() for h in heads) and \
            not all(re.fullmatch(r"\s*structures?\s*", h, re.I) for h in oar):
        return False
    return any(pats["column_name"].search(h) or re.fullmatch(r"\s*structures?\s*", h, re.I) for h in heads)


def _row_drafts(heads: list[str], rows, vocab: Vocabulary) -> list[Draft]:
    drafts: list[Draft] = []
    pats = vocab.patterns
    structure = [i for i, h in enumerate(heads) if re.fullmatch(r"\s*structures?\s*", h, re.I)]
    name_cols = [i for i, h in enumerate(heads) if pats["column_name"].search(h)] + structure
    dose_cols = [i for i, h in enumerate(heads) if pats["column_dose"].search(h) and not pats["column_not_dose"].search(h)]
    fx_cols = [i for i, h in enumerate(heads) if pats["column_fractions"].search(h) and i not in dose_cols
               and not pats["column_not_fractions"].search(h)]
    size_cols = [i for i, h in enumerate(heads) if pats["column_size"].search(h) and i not in dose_cols]
    loc_cols = [i for i in name_cols if pats["column_location"].search(heads[i])]
    for row in rows:
        cells = list(row)
        if not any(c.text.strip() for c in cells):
            continue
        if structure and not any(i < len(cells) and pats["target_structure"].match(cells[i].text)
                                 for i in structure):
            continue  # a structure table also lists organs at risk: only target volumes are lesions
        cands = [cells[i] for i in loc_cols + name_cols if i < len(cells) and re.search(r"\w", cells[i].text)]
        if not cands and cells and pats["not_a_lesion_name"].match(cells[0].text):
            continue  # "Course C1 | - | -": a course or plan row of a target table
        if cands and all(pats["not_a_lesion_name"].match(c.text) for c in cands):
            # an isocenter / plan / phase row: a lesion only through a target named in another cell
            cands = [c for c in cells if pats["target_structure"].match(c.text) or
                     (site_of(c.text, vocab) and not pats["not_a_lesion_name"].match(c.text))]
            if not cands:
                continue
        cands = [c for c in cands if not pats["not_a_lesion_name"].match(c.text)]
        named = [c for c in cands if not pats["id_only"].match(c.text)]
        cell = named[0] if named else (cands[0] if cands else None)
        if cell is None:
            continue
        row_start = min((c.start for c in cells if c.end > c.start), default=cell.start)
        row_end = max(c.end for c in cells)
        d = Draft(clean_name(cell.text, vocab) or cell.text.strip(), cell.start, cell.end,
                  " ".join(c.text for c in cells), row_start, spans=[(row_start, row_end)])
        for i in dose_cols:
            if i < len(cells):
                m = vocab.patterns["dose"].search(cells[i].text)
                if m:
                    d.dose_gy = to_gy(m.group("dose"), m.group("unit"))
                    break
                num = re.match(r"^\s*(\d+(?:\.\d+)?)\s*$", cells[i].text)
                if num:
                    d.dose_gy = to_gy(num.group(1), "cGy" if "cgy" in heads[i].lower() else "Gy")
                    break
        for i in fx_cols:
            if i < len(cells) and cells[i].text.strip():
                n = vocab.number(cells[i].text.strip().split(" ")[0])
                if n:
                    d.fractions = n
                    break
        for i in size_cols:
            if i < len(cells):
                cm = sizes_cm(cells[i].text, vocab)
                if cm:
                    d.size_cm = cm[0][0]
                else:
                    num = re.match(r"^\s*(\d+(?:\.\d+)?)\s*$", cells[i].text)
                    if num:
                        v = float(num.group(1))
                        d.size_cm = v / 10.0 if "mm" in heads[i].lower() else v
        drafts.append(d)
    return drafts


def listed_lesions(text: str, ctx: TextContext, vocab: Vocabulary) -> list[Draft]:
    """"Lesion 1: ...", "Target B - ..." items, and numbered/bulleted lines that describe a lesion."""
    drafts: list[Draft] = []
    enum = list(vocab.patterns["enumerated_lesion"].finditer(text))
    for i, m in enumerate(enum):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if i + 1 < len(enum):
            end = min(end, enum[i + 1].start())
        item = text[m.end():end]
        if not ctx.counts(m.start("noun"), m.end()):
            continue
        raw = item.strip()
        name = clean_name(raw, vocab) or f"{m.group('noun').title()} {m.group('id')}"
        start = m.end() + (len(item) - len(item.lstrip()))
        drafts.append(Draft(name, start, start + len(name), item, m.end(), spans=[(m.start("noun"), end)]))
    if drafts:
        return drafts
    for key in ("numbered_item", "bullet_item"):
        items = []
        for m in vocab.patterns[key].finditer(text):
            item = m.group("item")
            has_place = site_of(item, vocab) is not None or vocab.lesion_noun.search(item)
            dose = vocab.patterns["dose"].search(item)
            has_value = dose is not None and is_rx_context(item, dose.start(), vocab)
            if has_place and has_value and ctx.counts(m.start("item"), m.end("item")) and \
                    not vocab.patterns["not_a_lesion_item"].search(item):
                name = clean_name(item, vocab)
                items.append(Draft(name, m.start("item"), m.start("item") + len(name), item, m.start("item"),
                                   spans=[(m.start("item"), m.end("item"))]))
        if len(items) >= 2:
            return items
    return []


def named_dose_lesions(text: str, doses: list[DoseStatement], vocab: Vocabulary) -> list[Draft]:
    """"T4 27 Gy in 3 fractions; T8 27 Gy in 3 fractions": one lesion per distinct named dose."""
    drafts: list[Draft] = []
    previous_end = 0
    for d in doses:
        if not d.counts or d.kind == "dose_per_fraction":
            continue
        left = text[:d.start]
        cut = max(left.rfind(c) for c in ";\n\t•.")
        colon = left.rfind(":")
        # a clause never reaches back over another dose ("T10 30 Gy / 5 fx, L1 30 Gy ...")
        clause_start = max(cut + 1, colon + 1, previous_end)
        if colon > cut and colon >= previous_end and not text[colon + 1:d.start].strip():
            clause_start = max(cut + 1, previous_end)  # "Left occipital metastasis: 20 Gy": the label names it
        previous_end = d.end
        after = re.match(r"\s*\(([^()]{3,50})\)", text[d.end:d.end + 60])
        if after and _specific_place(after.group(1), vocab):  # "20 Gy (left parietal) and 18 Gy (right frontal)"
            s, e = d.end + after.start(1), d.end + after.end(1)
            name = clean_name(text[s:e], vocab) or text[s:e].strip()
            drafts.append(Draft(name, s, s + len(name), text[clause_start:d.end + after.end()], clause_start,
                                dose=d, dose_gy=d.total_gy, fractions=d.fractions,
                                spans=[(clause_start, d.end + after.end())]))
            previous_end = d.end + after.end()
            continue
        clause = text[clause_start:d.start]
        if len(clause) > 90 or not clause.strip():
            continue
        if not (_specific_place(clause, vocab) or vertebral_levels(clause, vocab)):
            continue
        span = lesion_phrase(clause, vocab)
        if span:
            s, e = clause_start + span[0], clause_start + span[1]
        else:
            s, e = clause_start, d.start
        name = clean_name(text[s:e], vocab) or text[s:e].strip()
        if not name:
            continue
        drafts.append(Draft(name, s, s + len(name), text[clause_start:d.end], clause_start, dose=d,
                            dose_gy=d.total_gy, fractions=d.fractions, spans=[(clause_start, d.end)]))
    return drafts


def count_statements(text: str, ctx: TextContext, vocab: Vocabulary) -> list[tuple[int, int, int, bool]]:
    """(n, start, end, in a treatment sentence) for "three brain metastases", "both lesions" ..."""
    out = []
    for m in vocab.patterns["lesion_count"].finditer(text):
        n = vocab.number(m.group("n"))
        between = text[m.end("n"):m.start("noun")]
        if n is None or not 1 <= n <= 60 or vocab.patterns["count_stop"].search(between):
            continue
        extent = vocab.patterns["count_extent_before"].search(text[max(0, m.start() - 40):m.start()]) or \
            vocab.patterns["count_not_before"].search(text[max(0, m.start() - 4):m.start()])
        if not ctx.counts(m.start(), m.end()) or extent:
            continue  # "one CTV spanning three contiguous levels" is one target
        s, e = ctx.sentence(m.start())
        out.append((n, m.start(), m.end(), bool(vocab.patterns["treatment_words"].search(text[s:e]))))
    return out




def described_lesions(text: str, ctx: TextContext, vocab: Vocabulary,
                      doses: list[DoseStatement]) -> list[tuple[int, int, int, int]]:
    """Where the chart names its targets, best first.

    Every affirmed lesion phrase is a candidate, scored: named on a "Target:"/"Diagnosis:" line, in a
    sentence or line with a prescription or treatment words, a target noun (metastasis, lesion,
    schwannoma) rather than the primary cancer's name, a known site. Each is the name's span and the
    span of the words describing it (the whole labelled line, or the sentence), so a size written after
    a semicolon on the same line still belongs to the lesion.
    """
    found: dict[tuple[int, int, int, int], float] = {}
    rx = [d.start for d in doses if d.counts and d.kind != "dose_per_fraction"]

    def consider(score: float, span: tuple[int, int, int, int]) -> None:
        s, e, cs, ce = span
        if not ctx.counts(s, e):
            return
        noun = vocab.lesion_noun.search(text[s:e])
        if noun and noun.group(0).lower() not in vocab.primary_nouns:
            score += 2
        if site_of(text[s:e], vocab):
            score += 1
        if any(cs <= p < ce for p in rx):
            score += 3
        elif vocab.patterns["treatment_words"].search(text[cs:ce]):
            score += 1
        found[span] = max(score, found.get(span, score))

    for m in vocab.patterns["labelled_line"].finditer(text):
        value_start, value_end = m.start("value"), m.end("value")
        value = m.group("value")
        bonus = 2.5 if vocab.patterns["target_label"].match(m.group(0)) else 2.0
        span = lesion_phrase(value, vocab)
        if span:
            consider(bonus, (value_start + span[0], value_start + span[1], value_start, value_end))
        elif site_of(value, vocab):
            name = clean_name(value, vocab)
            consider(bonus - 0.5, (value_start, value_start + len(name), value_start, value_end))
    nouns = list(vocab.lesion_noun.finditer(text))
    for i, m in enumerate(nouns):
        span = _noun_phrase(text, nouns, i, vocab)
        if not span:
            continue
        s, e = ctx.sentence(m.start())
        if site_of(text[span[0]:span[1]], vocab) or any(t.regex.search(text[s:e]) for t in vocab.complex_histology):
            consider(0.0, (span[0], span[1], s, e))
    return [span for span, _ in sorted(found.items(), key=lambda kv: (-kv[1], kv[0][0]))]


def related_text(name: str, own_start: int, text: str, vocab: Vocabulary,
                 sentences: list[tuple[int, int]]) -> str:
    """Other words about the same lesion: in every sentence naming its place (same location words and
    side), the clause from that place to the next lesion (", and ...", ";"). A bullet "PTV2 suprasellar,
    4 mm from the optic chiasm" reaches the "Suprasellar" row of a dose table; "a suprasellar
    metastasis 4 mm from the chiasm, and a left frontal metastasis" gives each lesion its own clause."""
    sig = signature(name, vocab)
    places = {w for w in sig if w not in vocab.laterality}
    if not places:
        return ""
    side = {vocab.side_abbreviations.get(w, w) for w in sig} & {"left", "right"}
    out = []
    for s, e in sentences:
        if s <= own_start < e and e - s < 200:
            continue  # the lesion's own row or item
        sent = text[s:e]
        low = sent.lower()
        words = {vocab.side_abbreviations.get(w, w) for w in re.findall(r"[a-z0-9]+", low)}
        if not places <= words or (side and (words & {"left", "right"}) and not side <= words):
            continue
        hits = [m.start() for p in places for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])", low)]
        if not hits:
            continue
        first = min(hits)
        left = _clause_start(sent, 0, first)
        ends = [m.start() for m in _NEXT_LESION.finditer(sent, first)]
        out.append(sent[left:ends[0] if ends else len(sent)].strip())
    return " ".join(out)


def _lines_naming(name: str, text: str, vocab: Vocabulary) -> str:
    """Every line naming the place of a chart's only lesion (its Diagnosis row, its summary line)."""
    places = {w for w in signature(name, vocab) if w not in vocab.laterality}
    if not places:
        return ""
    return " ".join(line for line in text.splitlines()
                    if places <= set(re.findall(r"[a-z0-9]+", line.lower())))


def _distinct_target(name: str, drafts: list[Draft], vocab: Vocabulary) -> bool:
    """Another target, not the first one again nor the primary cancer: a target noun and a specific place
    that no draft has."""
    noun = vocab.lesion_noun.search(name)
    if noun is None or noun.group(0).lower() in vocab.primary_nouns or not _specific_place(name, vocab):
        return False
    sig = signature(name, vocab)
    return bool(sig) and not any(sig & signature(d.name, vocab) for d in drafts)


def _clause(text: str, s: int, e: int, cs: int, ce: int) -> tuple[int, int]:
    """The clause of a sentence (cs..ce) that holds the phrase s..e: from the last , ; : ( before it to the
    next lesion (", and ...", ";")."""
    nxt = _NEXT_LESION.search(text, e, ce)
    return _clause_start(text, cs, s), nxt.start() if nxt else ce


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding offset ``at`` starts: after the last , ; : ( or the previous lesion's
    boundary (", and a ...", " and the ...") between ``lo`` and ``at``."""
    left = max(text.rfind(c, lo, at) for c in ",;:(") + 1
    for m in _NEXT_LESION.finditer(text, lo, at):
        left = max(left, m.end())
    return max(left, lo)


_NEXT_LESION = re.compile(r",\s*(?:and|while|whereas|with)\s|;|\sand\s+(?:a|an|the)\s|\.\s", re.I)


def _merge_same(drafts: list[Draft], vocab: Vocabulary) -> list[Draft]:
    """Merge drafts that name the same lesion (same location words, or one a subset of the other)."""
    out: list[Draft] = []
    sigs: list[frozenset[str]] = []
    for d in drafts:
        sig = signature(d.name, vocab) or frozenset({d.name.lower()})
        for i, other in enumerate(sigs):
            if sig <= other or other <= sig:
                kept = out[i]
                kept.spans.extend(d.spans)
                if kept.dose_gy is None:
                    kept.dose_gy, kept.dose = d.dose_gy, d.dose
                if kept.fractions is None:
                    kept.fractions = d.fractions
                break
        else:
            out.append(d)
            sigs.append(sig)
    return out


def _dose_in(d: Draft, doses: list[DoseStatement]) -> None:
    if d.dose_gy is not None:
        return
    for st in doses:
        if st.counts and st.total_gy is not None and any(a <= st.start < b for a, b in d.spans):
            d.dose_gy, d.dose = st.total_gy, st
            if d.fractions is None:
                d.fractions = st.fractions
            return


def course_dose(doses: list[DoseStatement], course_fx: int | None) -> DoseStatement | None:
    """The prescription of a single-target course: the most-cited total dose of the course's fractionation."""
    totals = [d for d in doses if d.counts and d.total_gy is not None and d.kind != "dose"
              and (course_fx is None or d.fractions in (None, course_fx))]
    if not totals:
        per = [d for d in doses if d.counts and d.kind == "dose_per_fraction"]
        if per and course_fx:
            p = per[0]
            return DoseStatement(p.start, p.end, round(p.per_fraction_gy * course_fx, 3), p.per_fraction_gy,
                                 course_fx, "dose_per_fraction", True)
        totals = [d for d in doses if d.counts and d.kind == "dose" and d.total_gy is not None]
    if not totals:
        return None
    votes = Counter(d.total_gy for d in totals)
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return next(d for d in totals if d.total_gy == best)


def find_lesions(document: Document, ctx: TextContext, vocab: Vocabulary, doses: list[DoseStatement],
                 course_fx: int | None, chart_site_hint: str | None, wrapped: str) -> list[Lesion]:
    """``wrapped`` is the chart text with soft line breaks as spaces (lines.soften), same offsets."""
    text = document.text
    drafts = table_lesions(document.tables, text, vocab)
    source = "table"
    if not drafts:  # items end at a hard line break, not where a wrapped line happens to end
        drafts, source = listed_lesions(wrapped, ctx, vocab), "list"
    if not drafts:
        named = _merge_same(named_dose_lesions(text, doses, vocab), vocab)
        if len(named) >= 2:
            drafts, source = named, "named doses"
    counts = count_statements(wrapped, ctx, vocab)
    if not drafts:
        source = "description"
        treated = [c for c in counts if c[3]] or counts
        n = max((c[0] for c in treated), default=1)
        described = described_lesions(text, ctx, vocab, doses)
        named = _merge_same(named_dose_lesions(text, doses, vocab), vocab)
        if not described and not doses and not counts:
            return []
        drafts = []
        for s, e, cs, ce in described:  # the best description, then other places the chart names
            name = clean_name(text[s:e], vocab) or text[s:e].strip()
            if drafts and (len(drafts) >= n or not _distinct_target(name, drafts, vocab)):
                continue
            if n > 1:  # several targets in one sentence: each keeps its own clause
                cs, ce = _clause(text, s, e, cs, ce)
            drafts.append(Draft(name, s, s + len(name), text[cs:ce], cs, spans=[(cs, ce)]))
        first = drafts[0] if drafts else Draft("Target", 0, 0, "", 0, spans=[])
        drafts = drafts or [first]
        for extra in named:
            if len(drafts) >= n:
                break
            if not (signature(extra.name, vocab) & signature(first.name, vocab)):
                drafts.append(extra)
        while len(drafts) < n:
            drafts.append(Draft(f"Lesion {len(drafts) + 1}", first.start, first.end, first.text,
                                first.text_start, spans=list(first.spans)))
    for d in drafts:
        _dose_in(d, doses)
    single = len(drafts) == 1
    rx = course_dose(doses, course_fx)
    lesions = []
    whole = _affirmed_text(text, ctx)
    soft_whole = soften(whole)  # related clauses are looked up on wrapped lines joined
    chart_histo = _histology(whole, vocab)
    # when the chart's only diagnoses are complex types (e.g. bilateral schwannomas in a location-only
    # table), rows that name no diagnosis of their own share them
    chart_complex = [t.reason for t in vocab.complex_histology if t.regex.search(whole)]
    if vocab.simple_histology.search(whole):
        chart_complex = []
    for d in drafts:
        own = d.text
        if single:
            own = whole  # one target: the whole chart describes it
        else:  # one of several: its own words plus the clauses elsewhere that name it
            own = f"{d.text} {related_text(d.name, d.start, soft_whole, vocab, ctx.sentences)}"
        if d.dose_gy is None and (single or source == "description") and rx is not None:
            d.dose_gy, d.dose = rx.total_gy, rx
        fx = d.fractions if d.fractions is not None else course_fx
        size = d.size_cm
        if size is None:
            cand = sizes_cm(d.text, vocab, base=d.text_start, full_text=text) if d.text else []
            if not cand and own is not d.text and not single:
                cand = sizes_cm(own, vocab)
            if not cand and single:
                cand = sizes_cm(_lines_naming(d.name, soft_whole, vocab), vocab) or \
                    _main_size(text, ctx, vocab, d)
            size = cand[0][0] if cand else None
        noun = vocab.lesion_noun.search(d.name)
        primary_only = noun is not None and noun.group(0).lower() in vocab.primary_nouns and \
            metastatic_to(d.text, vocab) is not None  # "Metastatic breast cancer" named, "... to L4" meant
        site = (None if primary_only else site_of(d.name, vocab)) or site_of(d.text, vocab) or chart_site_hint
        histo = _histology(own if single else d.text, vocab)
        cx, reasons = (None, ())
        if site == "cranial":
            cx, reasons = complexity(d.name, own, size, vocab)
            if histo is None and chart_complex and not single:
                cx, reasons = "complex", tuple(unique(list(reasons) + chart_complex))
        histo = histo or chart_histo
        ev: list[Evidence] = []
        if d.end > d.start:
            ev.append(document.evidence(*ctx.sentence(d.start), rule=f"lesion:{source}"))
        if d.dose is not None:
            ev.append(document.evidence(*ctx.sentence(d.dose.start), rule="lesion:dose"))
        lesions.append(Lesion(name=d.name, site=site, complexity=cx, dose_gy=d.dose_gy, fractions=fx,
                              size_cm=size, histology=histo, complexity_reasons=reasons,
                              evidence=tuple(unique(ev))))
    return lesions


def _affirmed_text(text: str, ctx: TextContext) -> str:
    """The chart text with sentences that do not count (negated, historical, planned) blanked out."""
    chars = list(text)
    for s, e in ctx.sentences:
        if not ctx.counts(s, s + 1) or set(ctx.modifiers(s, e)) & {"HISTORICAL", "FAMILY"}:
            for i in range(s, e):
                if chars[i] not in "\n\f":
                    chars[i] = " "
    return "".join(chars)


def _main_size(text: str, ctx: TextContext, vocab: Vocabulary, d: Draft) -> list[tuple[float, int]]:
    """Sizes written in sentences that mention a lesion noun or the lesion's own name."""
    out = []
    for s, e in ctx.sentences:
        sent = text[s:e]
        if vocab.lesion_noun.search(sent) or (d.name and d.name.lower() in sent.lower()):
            out.extend(sizes_cm(sent, vocab, base=s, full_text=text))
    return out


def _histology(text: str, vocab: Vocabulary) -> str | None:
    for trig in vocab.complex_histology:
        m = trig.regex.search(text)
        if m and not _oar_context(text, m.start(), m.end(), vocab):
            return m.group(0).lower()
    m = vocab.histology.search(text)
    return m.group(0).lower() if m else None
