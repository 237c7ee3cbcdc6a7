"""Lesions from tables: one lesion per target however many tables, structure names and isocenter rows list it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart, read_text


def _lesions(tmp_path: Path, *blocks) -> list:
    path = make_chart_pdf(tmp_path / "chart.pdf", [[Heading("Radiosurgery record"), *blocks,
                                                   "Treated on the Varian Edge with a frameless mask."]])
    return list(read_chart(path).facts.lesions)


def test_plan_and_delivered_tables_name_the_same_lesions_once(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Location", "Rx (Gy)", "Isodose", "Max (Gy)"),
                               ("T1", "Lt temporal", "21.0", "50%", "42.0"),
                               ("T2", "Rt occipital", "18.0", "50%", "36.0")]),
                   Heading("Delivered", level=2),
                   RuledTable([("Target", "Dose delivered"),
                               ("T1 Lt temporal", "21.0 Gy"), ("T2 Rt occipital", "18.0 Gy")]))
    assert sorted(x.dose_gy for x in les) == [18.0, 21.0]
    assert {x.site for x in les} == {"cranial"}  # T1/T2 are labels in a brain chart


def test_structure_names_and_plain_names_resolve_to_one_lesion(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Structure", "Rx dose", "Fx", "cGy/fx", "Dmax", "V100"),
                               ("PTV_RtParietal", "2100 cGy", "1", "2100", "2600 cGy", "98%"),
                               ("PTV_L_cbllm", "1800 cGy", "1", "1800", "2250 cGy", "97%"),
                               ("Brainstem", "600 cGy", "", "", "", "")]),
                   RuledTable([("Target", "Delivered dose"),
                               ("Right parietal", "2100 cGy"), ("Left cerebellar", "1800 cGy")]))
    assert len(les) == 2  # the organ-at-risk row of the structure table is no lesion
    assert sorted(x.dose_gy for x in les) == [18.0, 21.0]
    assert all(x.fractions == 1 for x in les)


def test_isocenter_rows_are_not_lesions(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Rx", "Fx", "Gy/fx"),
                               ("PTV_T8", "30 Gy", "5", "6 Gy"), ("PTV_L3", "25 Gy", "5", "5 Gy")]),
                   RuledTable([("Isocenter", "Target", "Arcs"),
                               ("ISO_1", "PTV_T8", "2 VMAT arcs"), ("ISO_2", "PTV_L3", "2 VMAT arcs")]))
    assert [(x.dose_gy, x.fractions) for x in les] == [(30.0, 5), (25.0, 5)]  # Gy/fx is no fraction count


@pytest.mark.parametrize("row", [("Course 2", "-", "-"), ("Plan B", "-", "-"), ("Phase 1", "-", "-")])
def test_course_plan_phase_rows_are_not_lesions(tmp_path: Path, row) -> None:
    les = _lesions(tmp_path, RuledTable([("Row", "Target", "Rx (Gy)"), row,
                                         ("A", "L frontal", "20"), ("B", "R parietal", "18")]))
    assert sorted(x.name for x in les) == ["L frontal", "R parietal"]


# --------------------------------------------------------------------------------------------------
# Labels defined in prose, several lesions in one planning volume, sides that disagree (issue 10)
# --------------------------------------------------------------------------------------------------


def _text_chart(tmp_path: Path, text: str):
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return read_chart(path)


def test_labels_defined_in_prose_give_label_only_mentions_their_place(tmp_path: Path) -> None:
    """A dictated note defines T1/T2 by place, then gives doses by label only: the lesions are cranial
    (T1/T2 are no thoracic vertebrae) and each gets its own dose ("sixteen Gray to T2")."""
    reading = _text_chart(tmp_path, (
        "SRS NOTE\n\nHISTORY: MRI of 05/02/2025 shows two metastases from renal cell carcinoma: target T1 is in "
        "the right temporal lobe measuring nine millimeters, and target T2 is in the left occipital lobe measuring "
        "seven millimeters.\n\nPLAN: CT simulation in a frameless mask fused with MRI, single isocenter, "
        "prescription twenty-two Gray to T1 and sixteen Gray to T2 in one fraction.\n\n"
        "TREATMENT: Treated 05/09/2025 on the TrueBeam with cone beam CT before treatment, single fraction.\n"))
    les = sorted(reading.facts.lesions, key=lambda x: x.name)
    assert [(x.site, x.dose_gy) for x in les] == [("cranial", 16.0), ("cranial", 22.0)]
    assert les[0].name.endswith("(T2)") and "occipital" in les[0].name
    assert reading.facts.sites.value == ["cranial"]
    assert not [r for r in reading.review if r.fact == "sites"]


def test_label_colon_place_and_place_paren_label(tmp_path: Path) -> None:
    from srscheck.nlp.lesions.sources import label_places
    from srscheck.nlp.vocab import load_vocabulary

    vocab = load_vocabulary()
    text = ("Targets: L1: right frontal; L2: left cerebellum.\nThe left occipital lesion (M3) was treated. "
            "A punctate right parietal focus called L4 resolved. On the T1 post contrast sequence lesion L5 is "
            "in the pons.")
    assert label_places(text, vocab) == {"L1": "right frontal", "L2": "left cerebellum", "M3": "left occipital",
                                         "L4": "right parietal", "L5": "pons"}
    assert label_places("Spine: L4 vertebral body, T12: pedicle and lamina.", vocab)["T12"]  # a place, still
    assert "L1" not in label_places("L1 is in the left frontal lobe and L1 is in the right parietal lobe.", vocab)


def test_two_lesions_inside_one_ptv_are_two_lesions(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   "Two metastases: GTV1 right frontal (1.2 cm) and GTV2 right parietal (0.8 cm), 5 mm apart, "
                   "covered by a single combined target.",
                   RuledTable([("Structure", "Contains", "Rx", "Fx"),
                               ("PTV_comb", "GTV1 + GTV2", "25 Gy", "5")]),
                   "Both lesions received 25 Gy in 5 fractions.")
    assert sorted((x.name, x.dose_gy, x.fractions) for x in les) == [
        ("right frontal (GTV1)", 25.0, 5), ("right parietal (GTV2)", 25.0, 5)]


def test_a_shots_cell_multiplying_collimator_sizes_names_no_lesions(tmp_path: Path) -> None:
    # "4 mm x 8, 8 mm x 3": eight 4 mm shots and three 8 mm shots, not lesions "x8" and "8" of a combined target
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Volume [cc]", "Marginal dose", "Isodose", "Shots"),
                               ("Residual craniopharyngioma, suprasellar", "1.46", "12 Gy", "50%",
                                "11 (4 mm x 8, 8 mm x 3)")]),
                   "Single session on the cobalt unit under a head frame: 12 Gy to the 50% isodose.")
    assert [(x.name, x.dose_gy) for x in les] == [("Residual craniopharyngioma", 12.0)]


def test_one_lesion_in_two_plans_stays_one(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Isocenter", "Covers", "Arcs"),
                               ("ISO 1", "anterior half of PTV_Pons", "2"),
                               ("ISO 2", "posterior half of PTV_Pons", "2")]),
                   RuledTable([("Target", "Rx", "Fx"), ("PTV_Pons", "25 Gy", "5")]))
    assert [(x.dose_gy, x.fractions) for x in les] == [(25.0, 5)]


def test_a_lesion_named_on_the_other_side_is_flagged(tmp_path: Path) -> None:
    path = make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("Radiosurgery record"),
        RuledTable([("Structure", "Rx", "Fx"), ("PTV_L_Parietal", "2000 cGy", "1")]),
        "Treated on the Varian Edge with a frameless mask; PTV_L_Parietal 2000 cGy delivered in 1 fraction.",
        "Summary: single-fraction SRS, 20 Gy, to the right parietal metastasis, no acute toxicity."]])
    reading = read_chart(path)
    flags = [r for r in reading.review if r.fact == "sites"]
    assert len(flags) == 1 and "left" in flags[0].message and "right parietal" in flags[0].message
    assert any("right parietal metastasis" in e.text for e in flags[0].evidence)
    path = make_chart_pdf(tmp_path / "two.pdf", [[
        Heading("Radiosurgery record"),
        RuledTable([("Structure", "Rx", "Fx"), ("PTV_L_Parietal", "2000 cGy", "1"),
                    ("PTV_R_Parietal", "1800 cGy", "1")]),
        "Treated on the Varian Edge with a frameless mask.",
        "Summary: the right parietal metastasis received 18 Gy and the left parietal metastasis 20 Gy."]])
    assert not [r for r in read_chart(path).review if r.fact == "sites"]  # each side is a lesion of its own


def test_gtv_and_ptv_rows_and_repeated_structure_names_are_one_lesion(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Structure", "Rx (Gy)", "Fx"),
                               ("GTV1_R_Par", "", ""), ("PTV1_R_Par", "20", "1"),
                               ("GTV2_L_Cbm", "", ""), ("PTV2_L_Cbm", "18", "1")]),
                   RuledTable([("Plan", "Target", "Arcs"),
                               ("Plan_A", "PTV1_R_Par", "2"), ("Plan_B", "PTV1_R_Par", "2"),
                               ("Plan_C", "PTV2_L_Cbm", "2")]))
    assert sorted((x.name, x.dose_gy) for x in les) == [("PTV1_R_Par", 20.0), ("PTV2_L_Cbm", 18.0)]


def test_a_contoured_target_dropped_before_treatment_is_no_lesion(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Location", "Rx", "Status"),
                               ("T1", "R occipital", "20 Gy", "treated"), ("T2", "L frontal", "18 Gy", "treated"),
                               ("T3", "L temporal", "-", "dropped, not treated")]))
    assert sorted(x.name for x in les) == ["L frontal", "R occipital"]


def test_structure_names_combined_in_one_ptv_and_a_planning_target_count(tmp_path: Path) -> None:
    reading = read_chart(make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("Radiosurgery record"),
        "Two metastases, right temporal and right occipital, were combined into a single planning target.",
        RuledTable([("Structure", "Contains", "Rx", "Fx"), ("PTV_both", "GTV_RTemp, GTV_ROcc", "25 Gy", "5")]),
        "Treated on the Varian Edge with a frameless mask, 25 Gy in 5 fractions."]]))
    assert [(x.dose_gy, x.fractions) for x in reading.facts.lesions] == [(25.0, 5), (25.0, 5)]
    assert not [r for r in reading.review if r.fact == "lesion_count"]  # one planning target, two lesions


def test_a_size_in_words_is_no_lesion_count(tmp_path: Path) -> None:
    reading = _text_chart(tmp_path, (
        "SRS NOTE\n\nHISTORY: a single one point six centimeter right parietal metastasis on MRI.\n\n"
        "PLAN: frameless mask, CT fused with MRI, eighteen Gray in one fraction.\n\n"
        "TREATMENT: Treated on the Novalis Tx, ExacTrac verification, single fraction.\n"))
    assert len(reading.facts.lesions) == 1


def test_a_phase_table_with_a_total_row_is_one_lesion(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Phase", "Target", "Dose/fx", "Fx", "Phase dose"),
                               ("1", "PTV_Adrenal", "8 Gy", "3", "24 Gy"),
                               ("2 (boost)", "PTV_Adrenal_cd", "8 Gy", "2", "16 Gy"),
                               ("Total", "left adrenal metastasis", "", "5", "40 Gy")]))
    assert [(x.dose_gy, x.fractions) for x in les] == [(40.0, 5)]


def test_a_summary_naming_another_vertebral_level_is_flagged(tmp_path: Path) -> None:
    reading = read_chart(make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("Spine SBRT record"),
        RuledTable([("Target", "Rx", "Fx"), ("PTV_L2", "24 Gy", "2")]),
        "BodyFIX immobilization, CT and MRI lumbar spine fused, CBCT before each fraction.",
        "Summary: SBRT to the L3 metastasis, 24 Gy in 2 fractions, completed."]]))
    flags = [r for r in reading.review if r.fact == "sites"]
    assert len(flags) == 1 and "L2" in flags[0].message and "L3" in flags[0].message


def test_per_session_record_rows_of_one_site_are_one_lesion(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Site", "Fx", "Dose/Fx (cGy)", "Planned (cGy)"),
                               ("LLL_SBRT", "4/4", "1200", "4800")]),
                   Heading("Treatment record", level=2),
                   RuledTable([("Date", "Fx", "Site", "Field", "Cumulative (cGy)"),
                               ("2026-05-04", "1", "LLL_SBRT", "ARC1", "600"),
                               ("2026-05-04", "1", "LLL_SBRT", "ARC2", "1200"),
                               ("2026-05-06", "2", "LLL_SBRT", "ARC1", "1800"),
                               ("2026-05-06", "2", "LLL_SBRT", "ARC2", "2400"),
                               ("2026-05-08", "3", "LLL_SBRT", "ARC1", "3000"),
                               ("2026-05-08", "3", "LLL_SBRT", "ARC2", "3600"),
                               ("2026-05-11", "4", "LLL_SBRT", "ARC1", "4200"),
                               ("2026-05-11", "4", "LLL_SBRT", "ARC2", "4800")]))
    assert [(x.dose_gy, x.fractions) for x in les] == [(48.0, 4)]


def test_dated_rows_of_two_sites_stay_two_lesions(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Date", "Fx", "Site", "Dose (cGy)"),
                               ("2026-05-04", "1", "PTV_T4", "900"),
                               ("2026-05-04", "1", "PTV_T8", "900"),
                               ("2026-05-06", "2", "PTV_T4", "900"),
                               ("2026-05-06", "2", "PTV_T8", "900")]))
    assert sorted(x.name for x in les) == ["PTV_T4", "PTV_T8"]


def test_a_plan_named_after_its_structure_is_the_same_lesion(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Structure", "Rx (cGy)", "Fx"), ("PTV_Liv6", "3000", "3")]),
                   RuledTable([("Site", "Fx", "Cumulative (cGy)", "Date"),
                               ("LIV6_SBRT", "1", "1000", "2026-12-07"),
                               ("LIV6_SBRT", "2", "2000", "2026-12-09"),
                               ("LIV6_SBRT", "3", "3000", "2026-12-11")]))
    assert [(x.dose_gy, x.fractions) for x in les] == [(30.0, 3)]


def test_an_image_log_under_a_ptv_header_names_no_lesions(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   "PTV_LLL 54 Gy / 3 fractions. PTV_Rib6R 30 Gy / 3 fractions.",
                   RuledTable([("#", "Date", "CBCT (both PTVs)"),
                               ("1", "10/11/2026", "matched, approved"),
                               ("2", "12/11/2026", "matched, approved"),
                               ("3", "14/11/2026", "matched, approved")]),
                   "Completed: left lower lobe 54 Gy in 3 fractions, right 6th rib 30 Gy in 3 fractions.")
    assert sorted(x.dose_gy for x in les) == [30.0, 54.0]
    assert not any("matched" in x.name for x in les)

def test_an_image_guidance_column_naming_targets_in_brackets_is_no_lesion_column(tmp_path: Path) -> None:
    """A fraction log "# | Date | kV match (all PTVs)" holds verification results, not lesions; the target
    table beside it keeps its lesions although it also has a constraint column."""
    les = _lesions(tmp_path,
                   RuledTable([("Target", "Dose / #", "Constraint met"),
                               ("PTV_RUL", "50 Gy / 5#", "Oesophagus max 20 Gy"),
                               ("PTV_Liver7", "40 Gy / 5#", "Duodenum max 18 Gy")]),
                   RuledTable([("#", "Date", "kV match (all PTVs)"),
                               ("1", "03/02/2026", "matched, approved"),
                               ("2", "05/02/2026", "matched, approved")]))
    assert [(x.name, x.dose_gy) for x in les] == [("PTV_RUL", 50.0), ("PTV_Liver7", 40.0)]


def test_an_organ_at_risk_table_is_still_no_lesion_table(tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   "Left frontal metastasis treated with 20 Gy in 1 fraction.",
                   RuledTable([("Organ", "Constraint", "Achieved"),
                               ("Brainstem", "max 15 Gy", "4.1 Gy"), ("Optic chiasm", "max 8 Gy", "1.2 Gy")]))
    assert [x.dose_gy for x in les] == [20.0]


def test_a_table_whose_unmarked_title_row_gives_the_fraction_count_is_a_lesion_table(tmp_path: Path) -> None:
    """Title row "# | Site | Size (cm) | Rx (Gy) x 1" not marked as a header: "x 1" is part of a title, so
    the rows are the lesions (not the primary cancer named on the Diagnosis line)."""
    les = _lesions(tmp_path,
                   "Diagnosis: brain metastases; primary lung adenocarcinoma.",
                   RuledTable([("#", "Site", "Size (cm)", "Rx (Gy) x 1"),
                               ("1", "Left temporal", "0.7", "20"),
                               ("2", "Right parietal", "1.1", "20"),
                               ("3", "Left cerebellar", "2.2", "18")], header=False),
                   "The remaining two lesions received 20 Gy; the cerebellar lesion received 18 Gy.")
    assert [(x.name, x.site, x.dose_gy, x.size_cm) for x in les] == [
        ("Left temporal", "cranial", 20.0, 0.7), ("Right parietal", "cranial", 20.0, 1.1),
        ("Left cerebellar", "cranial", 18.0, 2.2)]


def test_a_coverage_column_and_a_cumulative_column_are_not_the_lesion_dose(tmp_path: Path) -> None:
    """"D95 (cGy)" is a dose-volume metric of the plan, not its prescription; a log's "Cum (cGy)" column is the
    running sum, so the "Dose (cGy)" column alone gives the delivered total."""
    les = _lesions(tmp_path,
                   "Rx 5000 cGy / 5 fx (1000 cGy/fx) to PTV_RLL.",
                   RuledTable([("Structure", "D95 (cGy)", "Dmax (cGy)"),
                               ("PTV_RLL", "5013", "6120"), ("Cord", "-", "1410")]),
                   RuledTable([("Fx", "Date", "Dose (cGy)", "Cum (cGy)"),
                               ("1", "2026-01-05", "1000", "1000"), ("2", "2026-01-06", "1000", "2000"),
                               ("3", "2026-01-07", "1000", "3000"), ("4", "2026-01-08", "1000", "4000"),
                               ("5", "2026-01-09", "1000", "5000")]),
                   "The patient received 52 Gy in 5 fractions according to the discharge letter.")
    assert [(x.name, x.dose_gy, x.fractions) for x in les] == [("PTV_RLL", 50.0, 5)]


def test_a_session_number_with_a_stray_mark_and_no_date_still_counts(tmp_path: Path) -> None:
    """A scanned log whose last row lost its date and read its session number as "3." (a stray full stop):
    the row is still that site's third session, so each site had three, not two."""
    les = _lesions(tmp_path,
                   RuledTable([("Site", "Fx", "Date", "Cum cGy"),
                               ("T11", "1", "2026-06-01", "900"),
                               ("L4", "1", "2026-06-01", "900"),
                               ("T11", "2", "2026-06-03", "1800"),
                               ("L4", "2", "2026-06-03", "1800"),
                               ("T11", "3.", "", "2700"),
                               ("L4", "3", "", "2700")]))
    assert sorted((x.name, x.dose_gy, x.fractions) for x in les) == [("L4", 27.0, 3), ("T11", 27.0, 3)]


# --------------------------------------------------------------------------------------------------
# A plan's union of its targets ("PTV_All", whose volume is their sum, with no prescription of its own) is the
# structure the isocentre is centred on, not one more lesion; labels that read as spinal levels ("L1".."L5") take
# the places the chart's list of target locations gives them, a brain structure as well as a side and a lobe.

def test_a_union_of_the_targets_is_no_lesion_and_a_level_like_label_takes_its_listed_brain_place(
        tmp_path: Path) -> None:
    les = _lesions(tmp_path,
                   RuledTable([("Structure", "Vol (cc)", "Rx (Gy)", "Rx iso %", "Dmax (Gy)"),
                               ("PTV_L1", "0.90", "20.0", "80", "25.0"),
                               ("PTV_L2", "0.35", "18.0", "80", "22.5"),
                               ("PTV_L3", "0.20", "16.0", "80", "20.0"),
                               ("PTV_All", "1.45", "-", "-", "25.0")]),
                   "Target locations: L1 right temporal lobe 1.2 cm; L2 midbrain (tectum) 0.7 cm; "
                   "L3 left cerebellar hemisphere 0.6 cm.")
    assert sorted(x.dose_gy for x in les) == [16.0, 18.0, 20.0]
    assert {x.site for x in les} == {"cranial"}
    midbrain = next(x for x in les if x.dose_gy == 18.0)
    assert midbrain.complexity == "complex"  # a brainstem lesion


def test_a_count_of_targets_treated_in_a_log_is_no_target_name() -> None:
    # "Targets treated | 2 of 2": how many of the planned targets the session treated, not a third target
    text = ("SRS TREATMENT RECORD\n"
            "Target                 Location             Size       Dose        Fx\n"
            "PTV-1                  right frontal lobe   14 mm      18 Gy       1\n"
            "PTV-2                  left occipital lobe   9 mm      20 Gy       1\n\n"
            "Irradiation log\n"
            "Date         Fx    Image guidance     MU      Targets treated\n"
            "09.03.2026   1/1   CBCT               4312    2 of 2\n\n"
            "Both targets irradiated in one session as planned.\n")
    r = read_text(text)
    assert [(les.name, les.dose_gy) for les in r.facts.lesions] == [("right frontal lobe", 18.0),
                                                                     ("left occipital lobe", 20.0)]
    assert r.facts.lesion_count.value == 2 and not r.review


_MARGIN_TABLE = ("STEREOTACTIC RADIOTHERAPY - PLAN SUMMARY\n"
                 "Structure              Description                     Vol (cc)   Rx              Rx isodose\n"
                 "PTV_1 (GTV_1 + 2 mm)   Left frontal resection cavity   17.42      30 Gy / 5 fx    78%\n"
                 "PTV_2 (GTV_2 + 1 mm)   Right parietal metastasis       0.31       30 Gy / 5 fx    76%\n\n"
                 "MRI 08/05/2026: left frontal resection cavity 3.7 x 3.1 x 2.9 cm; right parietal metastasis 6 mm.\n"
                 "Planning CT fused with MRI; thermoplastic mask. Fraction 5 of 5 delivered 29/05/2026.\n")


def test_a_volume_grown_by_a_margin_is_one_lesion_not_a_combination() -> None:
    # "GTV_1 + 2 mm" is the volume grown by a 2 mm margin, never "GTV_1 + GTV2" (a second lesion numbered 2)
    les = read_text(_MARGIN_TABLE).facts.lesions
    assert [(x.dose_gy, x.fractions) for x in les] == [(30.0, 5), (30.0, 5)]
    assert not any(x.name.upper().startswith("GTV") for x in les)



def test_a_structure_row_takes_the_size_of_the_place_its_description_cell_writes() -> None:
    # "PTV_1 | Left frontal resection cavity": the row keeps its structure's name, and the MRI's "left frontal
    # resection cavity 3.7 x 3.1 x 2.9 cm" (a clause naming its description's place) is its size and makes it complex
    les = read_text(_MARGIN_TABLE).facts.lesions
    assert [(x.name, x.size_cm, x.complexity) for x in les] == [
        ("PTV_1", 3.7, "complex"), ("PTV_2", 0.6, "simple")]
