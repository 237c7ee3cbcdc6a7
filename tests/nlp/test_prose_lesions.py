"""Lesions described in prose and their doses (dictations, letters, tumour-board notes, summaries): doses and
fraction counts dictated as words, lesions counted in words, and which dose belongs to which lesion."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart, read_course


def _txt(path: Path, *paragraphs: str) -> Path:
    path.write_text("RADIATION ONCOLOGY - SBRT COMPLETION\nPATIENT TESTPATIENT, ANN   MRN SYN-0401\n\n"
                    + "\n\n".join(paragraphs) + "\n\nSYNTHETIC TEST RECORD\n", encoding="utf-8")
    return path


def test_a_dose_dictated_in_words_times_a_count_in_words(tmp_path: Path) -> None:
    """"fifteen gray times three" is 15 Gy per fraction for 3 fractions, as "15 Gy x 3" is."""
    reading = read_chart(_txt(tmp_path / "liver.txt", "TREATMENT DELIVERED",
                              "He received fifteen gray times three for a total of forty five gray to the segment "
                              "eight liver lesion on the Elekta Synergy with cone beam CT before each fraction."))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(45.0, 3)]
    assert reading.facts.fractions.value == 3
    both = read_chart(_txt(tmp_path / "both.txt", "TREATMENT DELIVERED",
                           "Twenty gray times both lesions was discussed. The right adrenal metastasis received "
                           "10 Gy x 3 on the TrueBeam with cone beam CT."))
    assert reading.facts.fractions.value == 3 and both.facts.fractions.value == 3


def _gk(path: Path, *paragraphs: str) -> Path:
    return _txt(path, "Gamma Knife radiosurgery on the Perfexion in a Leksell frame, stereotactic MRI for planning.",
                *paragraphs)


def test_a_negated_place_does_not_negate_the_lesions_dose(tmp_path: Path) -> None:
    """"close to but not in the brainstem" says where the lesion is not; its 1800 cGy was given."""
    reading = read_chart(_gk(tmp_path / "place.txt",
                             "The right frontal lesion was treated with 2000 cGy and the right cerebellar lesion, "
                             "which sits close to but not in the brainstem, with 1800 cGy."))
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [18.0, 20.0]


def test_a_dose_wrapped_onto_the_next_line_keeps_the_name_before_it(tmp_path: Path) -> None:
    from pdfmaker import Heading, make_chart_pdf
    words = ("The right frontal lesion was treated with 2000 cGy, the left occipital lesion with 2000 cGy and the "
             "right cerebellar lesion with 1800 cGy. After a pause for a new shot sequence the remaining left frontal "
             "lesion received 2000 cGy in the same session.")
    path = make_chart_pdf(tmp_path / "wrap.pdf", [[Heading("Radiosurgery Completion Summary"),
                                                   "Gamma Knife radiosurgery in a Leksell frame, MRI for planning.",
                                                   words]],
                          header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0402", footer="SYNTHETIC TEST RECORD")
    reading = read_chart(path)
    text = reading.document.text
    assert any("\n" in text[m:m + 40] for m in [text.find("received")]), "the dose must wrap for this test"
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [18.0, 20.0, 20.0, 20.0]


def test_a_dose_to_a_list_of_targets_is_each_targets_dose(tmp_path: Path) -> None:
    reading = read_chart(_gk(tmp_path / "list.txt",
                             "All three lesions were treated in one session: 2000 cGy to the left frontal and right "
                             "occipital lesions and 1500 cGy to the pontine lesion."))
    doses = {les.name: les.dose_gy for les in reading.facts.lesions}
    assert sorted(doses.values()) == [15.0, 20.0, 20.0]
    assert doses[next(n for n in doses if "pontine" in n)] == 15.0


def test_a_count_with_no_noun_and_a_tumour_boards_count(tmp_path: Path) -> None:
    """The tumour board recommends five; the summary says one was dropped and "All four were treated": four, no
    count conflict to review."""
    board = _txt(tmp_path / "1_board.txt", "Multidisciplinary Tumour Board",
                 "Five small enhancing foci. Consensus recommendation: radiosurgery to all five foci in one session.")
    summary = _gk(tmp_path / "2_summary.txt", "Radiosurgery Completion Summary",
                  "The left temporal dot was judged vascular and was not treated. The right frontal lesion received "
                  "20 Gy, the left occipital lesion 20 Gy, the right cerebellar lesion 18 Gy and the left frontal "
                  "lesion 20 Gy. All four were treated in a single session.")
    reading = read_course([board, summary])
    assert reading.facts.lesion_count.value == 4
    assert not [f for f in reading.review if f.fact == "lesion_count"]


def test_several_targets_are_named_by_their_places_first(tmp_path: Path) -> None:
    """"both lesions (R frontal, L cerebellar), 8 Gy today" places neither lesion by its own name: the lesions
    are the right frontal and left cerebellar ones described elsewhere, each 24 Gy in 3 fractions."""
    reading = read_chart(_txt(tmp_path / "soap.txt",
                              "A: Cranial SRS on the CyberKnife to both lesions (R frontal, L cerebellar), 8 Gy today, "
                              "fx 1/3, 6D skull tracking within tolerance.",
                              "He was referred with two brain metastases: a 2.4 cm right frontal lesion and a 1.7 cm "
                              "left cerebellar lesion. Both lesions were treated with 24 Gy in 3 fractions."))
    assert sorted((les.name, les.dose_gy, les.fractions) for les in reading.facts.lesions) == [
        ("left cerebellar lesion", 24.0, 3), ("right frontal lesion", 24.0, 3)]


def test_a_target_named_by_a_noun_of_its_own_keeps_its_dose(tmp_path: Path) -> None:
    """"the satellite 18 Gy": the second of two lesions, named without a place, with its own dose."""
    reading = read_chart(_gk(tmp_path / "satellite.txt",
                             "The MRI showed the dominant left parietal lesion and a smaller satellite just posterior "
                             "to it. Both lesions were treated in a single session: the parietal lesion received 20 Gy "
                             "and the satellite 18 Gy, each to the 50% isodose line."))
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [18.0, 20.0]


def test_a_lesion_said_not_to_be_treated_is_no_target_and_no_side_conflict(tmp_path: Path) -> None:
    """"The right adrenal nodule is lipid rich, an adenoma, NOT for treatment" (the adenoma is the nodule named
    again, not the next lesion) and "the right adrenal adenoma was left alone": the left adrenal metastasis is
    the one target, and the right adrenal is no side written wrong."""
    reading = read_chart(_txt(tmp_path / "adrenal.txt", "SUMMARY",
                              "Stage IV melanoma with a growing 2.6 cm left adrenal metastasis. The 1.1 cm right "
                              "adrenal nodule is lipid rich, an adenoma, NOT for treatment.",
                              "She completed SBRT to the left adrenal metastasis on the MR-linac, "
                              "35 Gy in 5 fractions. The right adrenal adenoma was left alone."))
    assert [les.name for les in reading.facts.lesions] == ["left adrenal metastasis"]
    assert not [f for f in reading.review if f.fact == "sites"]


def test_a_dose_over_its_count_with_no_fraction_word(tmp_path: Path) -> None:
    """"24 Gy/3" is 24 Gy in 3 fractions; the 3 is no lesion count, and "both lesions" after it still counts two."""
    reading = read_chart(_txt(tmp_path / "slash.txt", "CyberKnife SRS with a mask and a planning CT fused to MRI.",
                              "A: course complete, SRS 24 Gy/3 to both lesions, prescribed to the 80% isodose line."))
    assert reading.facts.fractions.value == 3
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(24.0, 3), (24.0, 3)]


def test_an_option_considered_but_rejected_is_not_the_course(tmp_path: Path) -> None:
    reading = read_chart(_txt(tmp_path / "option.txt", "Lung SBRT on the TrueBeam with a 4DCT and daily CBCT.",
                              "Rx: PTV_LUL 60 Gy in 8 fractions (7.5 Gy/fx), daily.",
                              "Five-fraction SBRT (50 Gy/5) was considered but rejected given contact with the "
                              "proximal bronchial tree. An eight-fraction course was delivered."))
    assert reading.facts.fractions.value == 8
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(60.0, 8)]
    assert not [f for f in reading.review if f.fact == "fractions"]


def test_dictated_enumerations_and_lists_of_places(tmp_path: Path) -> None:
    """Dictated "Lesion number one, right frontal, twenty gray"; "the right frontal and left parietal metastases
    to 20 Gy" (two targets sharing a noun before their dose); ", and right cerebellar 18 Gy" named without "and"."""
    enum = read_chart(_gk(tmp_path / "enum.txt", "Lesion number one, right frontal, twenty gray to the fifty percent "
                          "isodose line. Lesion number two, left cerebellar, eighteen gray to the fifty percent "
                          "isodose line. Both were treated in a single session."))
    assert sorted((les.name, les.dose_gy) for les in enum.facts.lesions) == [("left cerebellar (lesion 2)", 18.0),
                                                                              ("right frontal (lesion 1)", 20.0)]
    pair = read_chart(_gk(tmp_path / "pair.txt", "We treated the right frontal and left parietal metastases to 20 Gy "
                          "each and the right cerebellar metastasis to 18 Gy in a single fraction."))
    assert sorted(les.dose_gy for les in pair.facts.lesions) == [18.0, 20.0, 20.0]
    listed = read_chart(_gk(tmp_path / "listed.txt", "Three metastases were treated: right frontal 20 Gy, "
                            "left parietal 20 Gy and right cerebellar 18 Gy, all in one session."))
    assert "right cerebellar" in [les.name for les in listed.facts.lesions]
