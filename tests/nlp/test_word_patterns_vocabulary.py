"""English words and marks the readers matched with regex literals in code are vocabulary (resources/vocab/
patterns.yaml, compiled with the other patterns): list_lead_words and target_list_separator (lesions.sources: a
dose shared out over a list of targets), respectively (lesions.sources.respective_lesions), planned_first_title
(lesions.sources.delivered_count), role_clause_break (quantities.claim_role), numbered_stage (review),
technique_suffix and clause_joiner (lesions.resolution), and more after them (the sections below). Each caller reads
the vocabulary's pattern."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from srscheck.nlp import facts, furniture, get_reader, pieces, quantities
from srscheck.nlp.context import is_birth_date
from srscheck.nlp.forms import form_entries, fraction_conflicts
from srscheck.nlp.lesions import classification, resolution, sources
from srscheck.nlp.pieces import parse
from srscheck.nlp.quantities import spelled_number
from srscheck.nlp.reader import document_from_text
from srscheck.nlp.vocab import load_vocabulary

from srscheck.core.model import Evidence, Fact

NEVER = re.compile(r"(?!)")
MOVED = ("list_lead_words", "target_list_separator", "respectively", "planned_first_title", "role_clause_break",
         "numbered_stage", "technique_suffix", "clause_joiner",
         # (below: the literals of pieces, quantities, furniture, lesions.sources and facts moved later)
         "parenthesis_compared", "spelled_part", "name_abbreviation", "place_object_before", "place_list_separator",
         "dose_range_low", "of_count_cell", "fraction_index_only", "placeholder_name", "frame_word")


def _without(name: str):
    vocab = load_vocabulary()
    return replace(vocab, patterns={**vocab.patterns, name: NEVER})


@pytest.mark.parametrize("name", MOVED)
def test_the_words_are_patterns(name: str) -> None:
    assert name in load_vocabulary().patterns


def test_examples() -> None:
    pats = load_vocabulary().patterns
    assert pats["list_lead_words"].match("SBRT to the T8").group(0) == "SBRT to the "
    assert [m.group(0) for m in pats["target_list_separator"].finditer("T8, L1 and L3")] == [", ", " and "]
    assert pats["respectively"].search("20, 18 and 16 Gy Respectively")
    assert pats["numbered_stage"].search("Stage 2: ") and pats["numbered_stage"].search("Fx #3 ")
    assert not pats["numbered_stage"].search("Prescription: ")
    assert [m.group(0) for m in pats["role_clause_break"].finditer("8 Gy (of a planned 40 Gy); ok")] == ["(", ")", ";"]
    assert pats["clause_joiner"].search("grown whereas the")


def test_the_fractions_column_title_is_read_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    assert sources.delivered_count("3/5", "Fx planned/delivered", vocab) == 5
    assert sources.delivered_count("3/5", "Fx delivered/planned", vocab) == 3
    assert sources.delivered_count("3/5", "Fx planned/delivered", _without("planned_first_title")) == 3


def test_a_structure_names_technique_is_read_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    assert resolution.structure_core("LIV6_SBRT", vocab) == "liv6"
    assert resolution.structure_core("LIV6_SBRT", _without("technique_suffix")) == "liv6_sbrt"


def test_no_literal_is_left_in_the_code() -> None:
    for module, name in ((sources, "_LEAD_WORDS"), (sources, "_LIST_SEP"), (sources, "_RESPECTIVELY"),
                         (sources, "_PLANNED_FIRST"), (resolution, "_TECHNIQUE_SUFFIX"), (resolution, "_JOINER")):
        assert not hasattr(module, name), name


# volume_label (lesions.resolution.volume_label): the numbered structure a lesion's name starts with, its nouns
# ("target", "lesion", "les", "met") beside the volume kinds, as vocabulary


def _draft(name: str, row: str, at: int, gy: float) -> sources.Draft:
    return sources.Draft(name, at, at + len(name), row, at, dose_gy=gy, fractions=1)


def _plan() -> list[sources.Draft]:
    return [_draft("PTV1 R parietal", "PTV1 R parietal\t20 Gy", 0, 20.0),
            _draft("Lesion 2 L frontal", "Lesion 2 L frontal\t18 Gy", 30, 18.0)]


def test_a_structures_number_is_read_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    assert resolution.volume_label("PTV1 R parietal", vocab) == "1"
    assert resolution.volume_label("Lesion 2 L frontal", vocab) == resolution.volume_label("met_2", vocab) == "2"
    assert resolution.volume_label("target B", vocab) == resolution.volume_label("les-b", vocab) == "b"
    assert resolution.volume_label("Target #2", vocab) == resolution.volume_label("PTV1.5", vocab) == ""
    assert resolution.volume_label("PTV1 R parietal", _without("volume_label")) == ""


def test_a_record_row_named_by_its_structure_number_is_the_plans_lesion() -> None:
    # the record's "PTV1" / "lesion 2" rows are the plan's "PTV1 R parietal" / "Lesion 2 L frontal" (merge_tables)
    vocab = load_vocabulary()
    record = [_draft("PTV1", "PTV1\t20 Gy\t1", 100, 20.0), _draft("lesion 2", "lesion 2\t18 Gy\t1", 120, 18.0)]
    assert [d.name for d in resolution.merge_tables(_plan(), record, vocab)] == ["PTV1 R parietal",
                                                                                  "Lesion 2 L frontal"]
    assert "PTV1" in [d.name for d in resolution.merge_tables(_plan(), record, _without("volume_label"))]


# birth_field (context.is_birth_date), form_fraction_field (forms.fraction_conflicts), bare_preposition_cue
# (lesions.classification._oar_context) and dose_item_list_rest (lesions.sources._shared_noun), literals in code
# before


def test_more_words_are_patterns() -> None:
    pats = load_vocabulary().patterns
    assert pats["birth_field"].search("Pt D.O.B. 03/04/1957") and pats["birth_field"].search("MRN 44")
    assert pats["form_fraction_field"].search("No. of fractions") and pats["form_fraction_field"].search("# FX")
    assert not pats["form_fraction_field"].search("Fractionation")  # (a whole word)
    assert pats["bare_preposition_cue"].fullmatch("to the") and not pats["bare_preposition_cue"].fullmatch("dose to")
    rest = pats["dose_item_list_rest"]
    items = ", right parietal (18 Gy) and left cerebellar (16 Gy) "
    assert rest.match(items + "metastases").end() == len(items)
    assert rest.match(" AND right parietal (18 Gy) metastases").end() == 1  # case-sensitive, as in code before


def test_a_date_of_birth_is_read_from_the_vocabulary() -> None:
    text = "Patient: J. Doe   DOB 03/04/1957\nSRS 20 Gy in 1 fraction on 11/02/2026.\n"
    assert is_birth_date(text, text.index("03/04"), load_vocabulary())
    assert not is_birth_date(text, text.index("03/04"), _without("birth_field"))
    assert not is_birth_date(text, text.index("11/02"), load_vocabulary())


def test_a_forms_fraction_field_is_read_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    document = document_from_text("SBRT PRESCRIPTION\nFractions\t[ ] 1 [X] 3 [ ] 5\n")
    entries = form_entries(document.text, vocab.patterns["checkbox"])
    five = Fact(5, (Evidence(1, "5 fractions delivered"),))
    flags = fraction_conflicts(five, document, entries, vocab.patterns["form_fraction_field"])
    assert len(flags) == 1 and "ticks 3" in flags[0].message
    assert fraction_conflicts(five, document, entries, NEVER) == []


def test_a_bare_preposition_cue_is_read_from_the_vocabulary() -> None:
    # "to the AVM nidus": the dose's target, the lesion's own noun; not an organ at risk "to the" AVM
    words = "1800 cGy in 1 fraction to the AVM nidus"
    assert classification.complexity("Target 1", words, None, load_vocabulary())[0] == "complex"
    assert classification.complexity("Target 1", words, None, _without("bare_preposition_cue"))[0] == "simple"


def test_a_lists_shared_noun_is_read_from_the_vocabulary() -> None:
    text = "the left frontal (20 Gy), right parietal (18 Gy) and left cerebellar (16 Gy) metastases"
    at = text.index("(20 Gy)") + len("(20 Gy)")
    assert sources._shared_noun(text, at, load_vocabulary()) == "metastases"
    vocab = load_vocabulary()
    nothing = replace(vocab, patterns={**vocab.patterns, "dose_item_list_rest": re.compile("")})
    assert sources._shared_noun(text, at, nothing) is None


def test_no_literal_is_left_in_the_readers() -> None:
    from srscheck.nlp import context, forms

    for module, name in ((context, "_BIRTH"), (forms, "_FRACTION_FIELD"), (classification, "_BARE_CUE"),
                         (sources, "_SHARED_NOUN")):
        assert not hasattr(module, name), name


# parenthesis_compared (pieces: a cue's scope running on past a parenthesis), spelled_part (quantities.spelled_number),
# name_abbreviation (furniture: a catalogue's item), place_object_before, place_list_separator, dose_range_low and
# of_count_cell (lesions.sources), fraction_index_only (quantities.fraction_grid) and placeholder_name
# (facts.planned_targets), literals in code before


def test_no_literal_is_left_in_these_readers() -> None:
    for module, name in ((pieces, "_COMPARED"), (quantities, "_PART"), (quantities, "_FX_INDEX"),
                         (furniture, "_ABBREVIATION"), (sources, "_PLACE_OBJECT"), (sources, "_LIST_SEPARATOR"),
                         (sources, "_RANGE_LOW"), (sources, "_OF_COUNT"), (facts, "_PLACEHOLDER")):
        assert not hasattr(module, name), name


def test_examples_of_these_words() -> None:
    pats = load_vocabulary().patterns
    assert pats["parenthesis_compared"].match("Versus") and not pats["parenthesis_compared"].match("with")
    assert pats["name_abbreviation"].search("signed J. Moreau") and not pats["name_abbreviation"].search("a j. b")
    assert pats["dose_range_low"].search("range 12.1 to ") and not pats["dose_range_low"].search("range 12.1 TO ")
    assert pats["of_count_cell"].match("4 of 5").groups() == ("4", "5") and not pats["of_count_cell"].match("03/12")
    assert pats["fraction_index_only"].match("Fx 4") and not pats["fraction_index_only"].match("Fx 4 Gy")
    assert pats["placeholder_name"].match("Lesion 2") and not pats["placeholder_name"].match("Lesion 2 pons")


def _negated(text: str, word: str, vocab) -> bool:
    ent = next(e for e in parse(get_reader().nlp, text, vocab=vocab).entities if e.text == word)
    return "NEGATED_EXISTENCE" in ent.modifiers


def test_a_comparison_after_a_parenthesis_is_read_from_the_vocabulary() -> None:
    text = "We weighed a frameless linac plan (no MRI fusion) versus PET guided planning."
    assert _negated(text, "PET", load_vocabulary())
    assert not _negated(text, "PET", _without("parenthesis_compared"))


def test_a_spelled_part_is_read_from_the_vocabulary() -> None:
    assert spelled_number("nine and a half") == 9.5
    assert spelled_number("nine and a half", load_vocabulary()) == 9.5
    assert spelled_number("nine and a half", _without("spelled_part")) is None


def test_a_title_in_a_list_item_is_read_from_the_vocabulary() -> None:
    assert furniture._item("Dr. Lindqvist", load_vocabulary())
    assert not furniture._item("Dr. Lindqvist", _without("name_abbreviation"))


def test_a_fraction_count_cell_is_read_from_the_vocabulary() -> None:
    # the planned count written first: the given one is the second of the pair, or the first number when no pair
    assert sources.delivered_count("3 of 2", "Fx planned/delivered", load_vocabulary()) == 2
    assert sources.delivered_count("3 of 2", "Fx planned/delivered", _without("of_count_cell")) == 3


# frame_word (devices: a recorded frame placement outweighs a mask named) and identity.yaml's fraction_row
# (identity.dates_of_service: a per-fraction row's dates are days of treatment), literals in code before


def test_a_frame_placements_word_is_read_from_the_vocabulary() -> None:
    from srscheck.nlp import devices

    from srscheck.core.model import Mention

    text = "Thermoplastic mask made at CT sim. Day of SRS: head frame placed under local."
    mask = Mention("POSITIONING", "mask", Evidence(1, "mask", start=text.index("mask"), end=text.index("mask") + 4))
    at = text.index("head frame placed")
    placed = Mention("FRAME_PLACEMENT", "frame_placement", Evidence(1, "head frame placed", start=at, end=at + 17))
    fact = Fact(["frame", "mask"], (mask.evidence,))
    kept, flags = devices._frame_placed(fact, [mask, placed], text, load_vocabulary().patterns["frame_word"])
    assert kept.value == ["frame"] and len(flags) == 1
    assert devices._frame_placed(fact, [mask, placed], text, NEVER) == (fact, [])
    assert not hasattr(devices, "_FRAME_WORD")


def test_a_fraction_rows_dates_are_read_from_the_identity_vocabulary() -> None:
    from srscheck.nlp import identity

    # (rows whose words are a check, no treatment: their dates are days of service only as per-fraction rows)
    doc = document_from_text("1  03/10/2026  position check\n2  03/12/2026  position check\n")
    iv = identity.identity_vocab()
    assert identity.dates_of_service(doc, iv, day_first=False).value == ["2026-03-10", "2026-03-12"]
    assert identity.dates_of_service(doc, replace(iv, fraction_row=NEVER), day_first=False).value == []
    assert not hasattr(identity, "_FRACTION_ROW")


# (below: texttables' page number, lesions.sources' list item split and article, quantities' spelled numbers and
# identity's service date moved later: the page_mark, list_item_split patterns, connectives articles, anatomy.yaml
# spelled_numbers, identity.yaml service_date)


@pytest.mark.parametrize("name", ["page_mark", "list_item_split"])
def test_the_later_words_are_patterns(name: str) -> None:
    assert name in load_vocabulary().patterns


def test_a_list_after_a_count_splits_by_the_vocabulary() -> None:
    text = "Three lesions received 20 Gy each: right frontal, left parietal and the left cerebellar."
    vocab = load_vocabulary()
    got = sources.listed_after(text, text.index("lesions") + 7, 3, vocab)
    assert [name for _s, _e, name in got] == ["right frontal", "left parietal", "left cerebellar"]
    assert sources.listed_after(text, text.index("lesions") + 7, 3, _without("list_item_split")) == []
    other = replace(vocab, connectives=tuple((k, ("el",) if k == "articles" else v) for k, v in vocab.connectives))
    assert [name for _s, _e, name in sources.listed_after(text, text.index("lesions") + 7, 3, other)][2] == \
        "the left cerebellar"


def test_spelled_numbers_are_read_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    assert spelled_number("thirty-six point two five", vocab) == 36.25
    assert spelled_number("one hundred and eighty", vocab) == 180.0
    assert spelled_number("four point oh", vocab) == 4.0
    sp = vocab.spelled_numbers
    other = replace(vocab, spelled_numbers=replace(sp, units={**sp.units, "une": 1}, tens={**sp.tens, "vingt": 20},
                                                   point="virgule"))
    assert spelled_number("vingt une virgule cinq", replace(other, spelled_numbers=replace(
        other.spelled_numbers, units={**other.spelled_numbers.units, "cinq": 5}))) == 21.5


def test_the_service_date_is_read_from_the_identity_vocabulary() -> None:
    from srscheck.nlp import identity
    iv = identity.identity_vocab()
    assert [m.group(0) for m in iv.service_date.finditer("Treated 7 Feb 2026 and March 3, 2026.")] == \
        ["7 Feb 2026", "March 3, 2026"]


# count_cell and its word COUNTOF, shared with of_count_cell (lesions.sources._figures_only: "3 of 3" under "Targets
# treated"), and the column titles column_structure, column_date (lesions.sources), column_diameter, column_percent
# and column_count (quantities.pipe_table), literals in code before


@pytest.mark.parametrize("name", ["count_cell", "column_structure", "column_date", "column_diameter", "column_percent",
                                  "column_count"])
def test_the_cell_and_title_words_are_patterns(name: str) -> None:
    assert name in load_vocabulary().patterns


def test_a_count_cell_is_read_from_the_vocabulary() -> None:
    from srscheck.core.model import Cell

    rows = [(Cell("3 of 3", 0, 6),), (Cell("2/2", 7, 10),)]
    assert sources._figures_only(rows, 0, load_vocabulary())
    assert not sources._figures_only(rows, 0, _without("count_cell"))
    assert not hasattr(sources, "_COUNT_CELL")


def test_examples_of_the_cell_and_title_words() -> None:
    pats = load_vocabulary().patterns
    assert pats["count_cell"].fullmatch("3 OF 5") and not pats["count_cell"].fullmatch("3of5")
    assert pats["column_structure"].fullmatch(" Structures ")
    assert not pats["column_structure"].fullmatch("Structure set")
    assert pats["column_date"].search("Date (MM/DD)") and not pats["column_date"].search("Updated")
    assert pats["column_diameter"].search("Diam.") and pats["column_percent"].search("IDL")
    assert pats["column_count"].search("# Shots") and not pats["column_count"].search("Rx dose")
