"""Forms: an option's box decides whether it is evidence; a checklist's N column negates its row; a form
the detailed record contradicts gives way to the record with a review flag (through read_text)."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.forms import form_entries
from srscheck.nlp.vocab import load_vocabulary


def _options(line: str) -> list[tuple[str, bool]]:
    box = load_vocabulary().patterns["checkbox"]
    return [(line[e.start:e.end], e.ticked) for e in form_entries(line, box)]


def test_an_option_list_after_a_field_label_names_each_option_after_its_box():
    assert _options("Technique\t☐ 3D-CRT ☐ IMRT ☒ SBRT/SABR ☐ SRS (cranial)") == [
        ("3D-CRT", False), ("IMRT", False), ("SBRT/SABR", True), ("SRS (cranial)", False)]
    assert _options("Immobilization: [ ] frame [X] mask (open face) [ ] vac-lok") == [
        ("frame", False), ("mask (open face)", True), ("vac-lok", False)]


def test_a_cell_that_ends_with_its_box_puts_each_label_first():
    assert _options("Planning MRI [ ]  Planning CT [X]") == [("Planning MRI", False), ("Planning CT", True)]


def test_each_cell_of_a_session_row_is_read_on_its_own():
    opts = _options("04/21\t☐1 ☒2 ☐3\t☒ mask ☐ frame\tdone\t5 Gy")
    assert opts == [("1", False), ("2", True), ("3", False), ("mask", True), ("frame", False)]


def test_unticked_options_are_no_evidence_of_use():
    r = read_text("STEREOTACTIC PRESCRIPTION\n"
                  "Technique\t☐ 3D-CRT ☐ IMRT ☒ SBRT/SABR ☐ SRS (cranial) ☐ Protons\n"
                  "Unit\t☒ TrueBeam STx ☐ CyberKnife\n"
                  "Immobilization\t☐ frame ☐ mask ☒ vac-lok\n"
                  "Sim imaging\t☒ CT (1.25 mm) ☐ MRI ☐ PET\n"
                  "Fractions\t☐ 1 ☒ 3 ☐ 5\n"
                  "Target\tT11 vertebral body, 27 Gy in 3 fractions, completed 02/05/2026.\n")
    f = r.facts
    assert f.modality.value == "linac"
    assert f.positioning.value == ["body_immobilization"]
    assert f.imaging.value == ["CT"]
    assert f.fractions.value == 3


def test_an_unticked_scheme_does_not_give_the_fractions():
    r = read_text("Scheme\t☐ SBRT 36.25 Gy / 5 fx ☒ Moderate hypofractionation 60 Gy / 20 fx "
                  "☐ Conventional 78 Gy / 39 fx\n"
                  "Completed 60 Gy in 20 fractions to the prostate 02/23/2026.\n")
    assert r.facts.fractions.value == 20


def test_a_checklist_row_answered_in_the_n_column_is_negated():
    rows = [("Step", "Y", "N", "comment"), ("4DCT simulation", "Y", "", "12/01/2026"),
            ("MRI", "", "N", "not indicated"), ("Fiducials", "", "N", "peripheral lesion"),
            ("Vac-lok / body immobilization", "X", "", "arms up")]
    table = "".join(f"{a:<32}{b:<5}{c:<5}{d}\n" for a, b, c, d in rows)
    r = read_text("LUNG SBRT CHECKLIST\n" + table +
                  "\n34 Gy delivered in a single fraction to the LLL nodule on the TrueBeam.\n")
    assert r.facts.imaging.value == ["CT"]
    assert r.facts.positioning.value == ["body_immobilization"]


def test_a_form_the_record_contradicts_gives_way_with_a_review_flag():
    rows = [("Item", "Y", "N", "Init"), ("Stereotactic frame applied", "X", "", "LM"),
            ("Thermoplastic mask fitted", "X", "", "LM"), ("Pacemaker", "", "X", "SB")]
    table = "".join(f"{a:<32}{b:<5}{c:<5}{d}\n" for a, b, c, d in rows)
    r = read_text("TIME-OUT\n" + table + "\nPROCEDURE RECORD\nUnit\tLeksell Gamma Knife Icon\n"
                  "Fixation\tIcon thermoplastic mask; no frame\n"
                  "Target\tLeft frontal metastasis, 1.3 cm\nDose\t21 Gy to the 50% isodose, 1 session, delivered.\n")
    assert r.facts.positioning.value == ["mask"]
    flags = [f for f in r.review if f.fact == "positioning"]
    assert flags and "no frame" in flags[0].message


def test_a_ticked_fraction_count_the_record_contradicts_is_flagged():
    r = read_text("SBRT PRESCRIPTION - LIVER\nTarget\tHCC segment VII\nFractions\t[ ] 1 [X] 3 [ ] 5\n\n"
                  "TREATMENT RECORD\nFx\tDate\tDose\tCumulative\n"
                  "1\t08/18/2026\t10 Gy\t10 Gy\n2\t08/20/2026\t10 Gy\t20 Gy\n"
                  "3\t08/22/2026\t10 Gy\t30 Gy\n4\t08/25/2026\t10 Gy\t40 Gy\n5\t08/27/2026\t10 Gy\t50 Gy\n\n"
                  "End of treatment: segment VII lesion, 50 Gy / 5 fx completed 08/27/2026.\n")
    assert r.facts.fractions.value == 5
    assert any(f.fact == "fractions" and "ticks 3" in f.message for f in r.review)


def test_a_ticked_count_that_agrees_raises_nothing():
    r = read_text("Fractions\t[ ] 1 [X] 3 [ ] 5\n"
                  "Right frontal metastasis 27 Gy in 3 fractions delivered on the TrueBeam.\n")
    assert not [f for f in r.review if "form" in f.message]


def test_a_numbered_volume_named_again_without_its_place_is_one_lesion():
    r = read_text("Target\tSize\tRx\tIDL\nPTV1 R parietal\t1.5 cm\t20 Gy\t80%\nPTV2 L frontal\t0.8 cm\t20 Gy\t80%\n\n"
                  "Treatment record 09/29/2026\nTarget\tDelivered\tExacTrac\tStatus\nPTV1\t20 Gy\t0.4 mm\tcomplete\n"
                  "PTV2\t20 Gy\t0.6 mm\tcomplete\n")
    assert [les.name.split()[0] for les in r.facts.lesions] == ["PTV1", "PTV2"]
    assert [les.dose_gy for les in r.facts.lesions] == [20.0, 20.0]


def test_an_organ_at_risk_row_of_a_target_table_is_no_lesion():
    r = read_text("Target\tDose/fx\t# fx\tTotal\nPTV_T11\t12 Gy\t2\t24 Gy\nCord PRV (constraint)\t\t\tDmax < 17 Gy\n"
                  "Delivered on the TrueBeam, 24 Gy in 2 fractions.\n")
    assert [les.name for les in r.facts.lesions] == ["PTV_T11"]


def test_a_bare_label_beside_labelled_rows_named_by_their_location_is_cranial():
    r = read_text("Gamma Knife Icon - Radiosurgery Summary, single session (1 fraction)\n"
                  "Target    Location        Diam.    Rx dose    Shots\n"
                  "T1        Lt frontal      8 mm     20 Gy      4\n"
                  "T2        Rt occipital    11 mm    20 Gy      6\n"
                  "T3                        14 mm               7\n\n"
                  "All three targets treated as planned on the Leksell Gamma Knife Icon.\n")
    assert r.facts.sites.value == ["cranial"]
    assert not [f for f in r.review if f.fact == "sites"]


TYPED_FORM = ("FRACTIONATED GAMMA KNIFE - TREATMENT RECORD FORM\n"
              "UNIT: [ ] Perfexion [X] Icon FIXATION: [ ] Frame (pt declined) [X] Mask + IFMM\n"
              "marker\n"
              "PLANNING IMAGES: MRI 3D T1+C 0.8 mm on 10/27/26: [X] done. Planning CT: [ ]\n"
              "done [X] not done. IGRT: Icon CBCT stereotactic reference at unit.\n"
              "PRESCRIPTION: 5 Gy per fraction x 5 fractions = 25 Gy to the 50% isodose\n"
              "TOTAL GIVEN: 25 Gy / 5 fx COMPLETED 11/06/26\n")


def test_a_field_answered_not_done_is_negated_even_when_its_answers_wrap():
    f = read_text(TYPED_FORM).facts
    assert f.imaging.value == ["MRI"]


def test_a_declined_option_does_not_reach_the_ticked_option_after_it():
    r = read_text(TYPED_FORM)
    assert r.facts.positioning.value == ["mask"]
    # the mask's quotation is its own option, not the frame the patient declined
    assert all("declined" not in e.text for e in r.facts.positioning.evidence)


def test_a_cross_read_twice_by_ocr_is_a_ticked_box():
    assert _options("FIXATION: [ ] Frame [xX] Mask") == [("Frame", False), ("Mask", True)]


def test_a_backward_cue_on_a_form_line_stops_at_the_box_before_its_option():
    # "- not done" negates back to its own box: the ticked 4D CT option before it stays a planning CT
    # (medspaCy cuts a scope at a terminator only when the two scopes overlap at an edge)
    text = ("SBRT record\nPlanning imaging: [X] 4D CT (10 phases, ITV) [ ] MRI (pacemaker - not done) [ ] PET\n"
            "Left kidney 26 Gy in 1 fraction delivered.\n")
    assert read_text(text).facts.imaging.value == ["CT"]


def test_an_option_written_before_its_box_is_quoted_with_its_own_box():
    # "label [box]" forms: the ticked CT's quotation is "Planning CT [X]", not the MRI's empty box before it
    r = read_text("SRS planning form\nPlanning MRI [ ]   Planning CT [X]   Mask [X]   Frame [ ]\n"
                  "Right frontal metastasis 20 Gy in 1 fraction delivered on the linac.\n")
    assert r.facts.imaging.value == ["CT"]
    (quote,) = [e.text for e in r.facts.imaging.evidence]
    assert quote.strip() == "Planning CT [X]"


def test_a_field_answered_not_done_is_one_of_the_form_entries():
    vocab = load_vocabulary()
    text = "Planning CT: [ ]\ndone [X] not done. IGRT: CBCT at unit.\n"
    fields = [text[e.start:e.end] for e in form_entries(text, vocab.patterns["checkbox"], None,
                                                        vocab.patterns["form_answer_no"]) if e.kind == "field"]
    assert fields == ["Planning CT"]
