"""Mechanisms behind corpus 78 (dictated notes and bundles, cranial-heavy: lesion count, sites, cranial complexity),
each on a chart written here:

- a spoken "new paragraph" is a hard break: the summary dictated after it is a sentence of its own, not the tail of a
  follow-up plan's sentence (its doses count);
- a place named in several words ("right gyrus rectus") ends where its dose begins in a long dictated clause;
- a list item naming a count's members in its parenthesis ("The remaining three (left frontal 12 mm, ...): 20 Gy
  each") is that many lesions, and an item whose first dose is an organ's maximum keeps its own dose after it;
- a table cell "20 x 1" under "Rx (Gy x fx)" is 20 Gy in 1 fraction;
- a size given as the lesion's largest dimension classifies it over an older size written first;
- a structure name that writes the diagnosis's initials ("VS_Lt") is that diagnosis;
- a level-shaped part of a structure name its own row spells as a series label ("PTV_L3 | lesion 3, R frontal") is
  no vertebral level; an organ at risk measured at a level ("Spinal cord (T11)") defines no label;
- a record titled as enclosed for reference ("Course C1 (for reference)") is an earlier course's, no course to weigh;
- the volumes of one planning volume at one level, told apart by tissue ("GTV_T11_bone + GTV_T11_paraspinal"), are
  one lesion, and "one target" in a parenthesis after its name counts nothing, the parenthesis between the name
  and its dose an aside of that target;
- a regimen set after "last year," is that earlier treatment's;
- a disease's year that goes on "when she had ... a catheter angiogram" dates its sentence;
- a study named for a response "in the chest on the CT" is the diagnosis's; a "stereotactic MRI" is the plan's.
"""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, TextTable, make_chart_pdf
from srscheck.nlp import read_chart, read_course, read_text
from srscheck.nlp.lesions.sources import _one_level, label_places
from srscheck.nlp.vocab import load_vocabulary


def _files(tmp_path: Path, *texts: str) -> list[Path]:
    out = []
    for i, text in enumerate(texts, 1):
        p = tmp_path / f"{i}_doc.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def test_a_summary_dictated_after_new_paragraph_gives_every_lesion_its_dose() -> None:
    reading = read_text(
        "RADIATION ONCOLOGY DICTATION\n\n"
        "This is doctor Example dictating a radiosurgery procedure note comma single fraction period She was treated "
        "today on the linac to four lesions period. Lesion one right gyrus rectus eleven millimeters, its posterior "
        "edge is four millimeters from the optic chiasm, prescribed fifteen gray to the eighty percent I so dose line "
        "to respect the chiasm, chiasm max was seven point eight gray. Lesion two left parietal nine millimeters "
        "twenty gray. Lesion three right occipital six millimeters twenty gray. Lesion four left cerebellar "
        "hemisphere eight millimeters twenty gray. All four lesions were treated as planned in one session. Follow up "
        "MRI six to eight weeks new paragraph summary, four brain metastases treated in a single session, right gyrus "
        "rectus fifteen gray, left parietal twenty gray, right occipital twenty gray, left cerebellar twenty gray. "
        "End of dictation.\n")
    lesions = reading.facts.lesions
    assert len(lesions) == 4
    rectus = next(les for les in lesions if "rectus" in les.name)
    assert rectus.dose_gy == 15.0
    assert rectus.complexity == "complex"
    assert not any(f.fact == "lesion_count" for f in reading.review)


def test_a_list_item_naming_a_counts_members_is_that_many_lesions() -> None:
    reading = read_text(
        "PROCEDURE NOTE\nPROCEDURE: Stereotactic radiosurgery, single fraction, 5 intracranial targets\n\n"
        "TARGETS: all five lesions on the MRI were contoured and treated:\n"
        " - Right orbital apex, 9 mm, 2 mm from the right optic nerve (optic nerve Dmax 8.9 Gy): 14 Gy\n"
        " - Dorsal pons (within the brainstem), 5 mm: 15 Gy\n"
        " - The remaining three (left frontal 12 mm, right parietal 7 mm, left occipital 5 mm): 20 Gy each\n"
        "All prescribed to the 80% isodose line.\n\nDELIVERY: 6 MV linac, one session, 09/15/2026, thermoplastic "
        "mask.\n")
    got = sorted((les.name.lower(), les.dose_gy, les.complexity) for les in reading.facts.lesions)
    assert got == [("dorsal pons", 15.0, "complex"), ("left frontal", 20.0, "simple"),
                   ("left occipital", 20.0, "simple"), ("right orbital apex", 14.0, "complex"),
                   ("right parietal", 20.0, "simple")]
    assert not any(f.fact == "lesion_count" for f in reading.review)


def test_a_cell_of_dose_times_fractions_under_its_titles_order(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "plan.pdf", [[
        Heading("Robotic Radiosurgery - Plan and Treatment Record"),
        KeyValue([("Unit", "Robotic-arm mounted 6 MV linac"), ("Immobilization", "Thermoplastic mask"),
                  ("Images", "Planning CT 12/08/2026 + MRI T1+Gd 12/08/2026, registered")]),
        TextTable([("#", "Target", "Size", "Rx (Gy x fx)", "Isodose"),
                   ("1", "L temporal", "13 mm", "20 x 1", "78%"),
                   ("2", "R frontal", "8 mm", "20 x 1", "80%"),
                   ("3", "R cerebellar", "5 mm", "18 x 1", "80%")],
                  columns=(0, 30, 150, 220, 330)),
        "Treated 12/14/2026 in one session, all three targets.",
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0781", footer="SYNTHETIC TEST RECORD")
    reading = read_chart(pdf)
    got = sorted((les.dose_gy, les.fractions) for les in reading.facts.lesions)
    assert got == [(18.0, 1), (20.0, 1), (20.0, 1)]


def test_a_size_given_as_the_largest_dimension_classifies_the_lesion() -> None:
    reading = read_text(
        "CONSULTATION\nHistory: man with a left parafalcine meningioma first seen in 2022 (2.6 cm), now 3.4 x 2.9 cm "
        "axial and 3.8 cm craniocaudal on MRI 12/29/2025.\n\nAssessment: growing left parafalcine meningioma, "
        "largest dimension 3.8 cm.\n\nTREATMENT RECORD\nPTV_Falx 25 Gy in 5 fractions on the linac, thermoplastic "
        "mask, completed 02/06/2026.\n")
    (lesion,) = reading.facts.lesions
    assert lesion.size_cm == 3.8
    assert lesion.complexity == "complex"


def test_a_structure_name_writing_the_diagnosis_initials_is_that_diagnosis(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "plan.pdf", [[
        Heading("Dose Plan"),
        "MRI: left vestibular schwannoma 1.6 cm and a 2.1 cm right frontal convexity meningioma.",
        KeyValue([("Unit", "Cobalt-60 multi-source unit"), ("Fixation", "Stereotactic frame, 4 pins")]),
        TextTable([("Target", "Diameter", "Rx", "IDL"),
                   ("VS_Lt", "16 mm", "12 Gy", "50%"),
                   ("Mening_RFr", "21 mm", "14 Gy", "50%")],
                  columns=(0, 120, 220, 300)),
        "Delivered 02/02/2027 in one session.",
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0782", footer="SYNTHETIC TEST RECORD")
    reading = read_chart(pdf)
    got = {les.name: les.complexity for les in reading.facts.lesions}
    assert got == {"VS_Lt": "complex", "Mening_RFr": "simple"}


def test_a_level_shaped_label_its_row_spells_as_a_lesion_is_no_level(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "plan.pdf", [[
        Heading("C2 Brain FSRT - Plan Summary"),
        KeyValue([("Unit", "Gantry linac, 6 MV FFF"), ("Immobilization", "Thermoplastic SRS mask")]),
        TextTable([("Target", "Description", "Rx"),
                   ("PTV_Cav", "R cerebellar resection cavity + 2 mm", "27 Gy / 3 fx"),
                   ("PTV_Lt_Occ", "L occipital met 6 mm + 1 mm", "24 Gy / 3 fx"),
                   ("PTV_L3", "lesion 3, R frontal 4 mm + 1 mm", "24 Gy / 3 fx")],
                  columns=(0, 90, 330)),
        "Course complete 05/15/2026.",
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0783", footer="SYNTHETIC TEST RECORD")
    reading = read_chart(pdf)
    assert reading.facts.sites.value == ["cranial"]
    assert all(les.site == "cranial" for les in reading.facts.lesions)
    assert not any(f.fact == "sites" for f in reading.review)


def test_a_record_enclosed_for_reference_is_no_course_to_weigh(tmp_path: Path) -> None:
    plan = make_chart_pdf(tmp_path / "1_plan.pdf", [[
        Heading("C2 Brain SRS - Plan and Record"),
        KeyValue([("Unit", "Gantry linac 6 MV FFF"), ("Immobilization", "Thermoplastic SRS mask"),
                  ("Images", "Planning CT 05/02/2026 fused with MRI 05/02/2026")]),
        "Left occipital metastasis 20 Gy in 1 fraction, delivered 05/11/2026.",
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0784", footer="SYNTHETIC TEST RECORD")
    prior = make_chart_pdf(tmp_path / "2_summary.pdf", [[
        Heading("Completion Summary - Course C1 (for reference)"),
        KeyValue([("Course", "C1 RUL SBRT"), ("Dates", "06/02/2025 - 06/12/2025"),
                  ("Dose", "50 Gy in 5 fractions"), ("Immobilization", "Vacuum cushion")]),
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0784", footer="SYNTHETIC TEST RECORD")
    reading = read_course([plan, prior])
    assert reading.facts.fractions.value == 1
    assert not any("two courses" in f.message for f in reading.review)


def test_parts_of_one_level_in_one_planning_volume_are_one_lesion() -> None:
    vocab = load_vocabulary()
    assert _one_level([(0, "GTV_T11_bone"), (20, "GTV_T11_paraspinal")], vocab)
    assert not _one_level([(0, "GTV1"), (8, "GTV2")], vocab)
    assert not _one_level([(0, "GTV_T11"), (10, "GTV_L1")], vocab)
    assert not _one_level([(0, "GTV_T11_1"), (12, "GTV_T11_2")], vocab)
    # an organ at risk measured at a level defines no label of that level
    assert "T11" not in label_places("OAR Dmax\nSpinal cord (T11) 11.6 Gy\nCauda equina (L4) 14.9 Gy\n", vocab)
    assert label_places("the left cerebellar lesion (L1) received 20 Gy", vocab).get("L1")


def test_one_target_said_in_a_parenthesis_after_a_name_counts_nothing() -> None:
    reading = read_text(
        "TREATMENT NOTE 04/20/2026\nSingle session spine radiosurgery delivered today to both levels, T11 (bone and "
        "paraspinal component, one target) 16 Gy and L4 18 Gy, vacuum cushion, spine tracking.\n")
    assert sorted((les.name, les.dose_gy) for les in reading.facts.lesions) == [("L4", 18.0), ("T11", 16.0)]
    assert not any(f.fact == "lesion_count" for f in reading.review)


def test_a_regimen_after_last_year_is_that_earlier_treatments() -> None:
    reading = read_text(
        "CONSULT NOTE\nOligometastatic bone disease, three sites, S two, the right ninth rib and L one. L one was "
        "treated with conventional radiotherapy last year, twenty gray in five, for pain, so I will look at cord "
        "dose first.\n\nTREATMENT RECORD\nTargets PTV_S2 30 Gy/5; PTV_Rib9R 35 Gy/5. Completed 03/25/2026.\n")
    names = sorted(les.name for les in reading.facts.lesions)
    assert len(names) == 2 and not any("L1" in n for n in names)


def test_a_disease_year_going_on_with_what_was_done_then_dates_its_sentence() -> None:
    reading = read_text(
        "CONSULT\nShe has a right glomus jugulare paraganglioma diagnosed in twenty nineteen when she had pre "
        "operative embolization and a catheter angiogram followed by a subtotal resection. Recommendation, "
        "twenty five gray in five fractions on the linac, thermoplastic mask.\n\nTREATMENT SUMMARY 10/27/2026\n"
        "Planning CT 10/13/2026 fused with MRI 10/12/2026. 25 Gy in 5 fractions to the right glomus jugulare, "
        "completed 10/27/2026.\n")
    assert reading.facts.imaging.value == ["CT", "MRI"]


def test_a_ct_named_for_a_response_in_the_chest_is_no_planning_study(tmp_path: Path) -> None:
    reading = read_course(_files(
        tmp_path,
        "NEW PATIENT CONSULTATION\nDate of service: 02/03/2026\nMan with lung adenocarcinoma on pembrolizumab with "
        "a good response in the chest on the CT of January twentieth; MRI of the brain on January twenty sixth "
        "showed three lesions. Plan: single session radiosurgery with a frame.\n",
        "OPERATIVE / PROCEDURE NOTE\nDate: 02/17/2026\nProcedures: application of stereotactic head frame, "
        "stereotactic MRI for targeting, stereotactic radiosurgery on the cobalt-60 unit, single session.\n"
        "Left frontal 18 Gy, right parietal 20 Gy, left cerebellar 20 Gy, all at the 50% isodose. Delivered "
        "10:12 to 10:58, no interruption. Frame off.\n"))
    assert reading.facts.imaging.value == ["MRI"]


def test_a_long_dictated_clause_opened_by_a_label_and_place_names_its_dose() -> None:
    reading = read_text(
        "RADIATION ONCOLOGY DICTATION\n\n"
        "She was treated today with single fraction radiosurgery on the linac to two lesions. Lesion one right gyrus "
        "rectus eleven millimeters, its posterior edge is four millimeters from the optic chiasm, prescribed fifteen "
        "gray to the eighty percent isodose line to respect the chiasm, chiasm max was seven point eight gray. "
        "Lesion two left parietal nine millimeters twenty gray. Both lesions were treated in one session.\n")
    got = sorted((les.name, les.dose_gy, les.complexity) for les in reading.facts.lesions)
    assert got == [("left parietal", 20.0, "simple"), ("right gyrus rectus", 15.0, "complex")]
    assert not any(f.fact == "lesion_count" for f in reading.review)


def test_an_older_measurement_written_first_is_not_the_lesions_size() -> None:
    reading = read_text(
        "CONSULTATION\nHistory: man with a left parafalcine meningioma first seen in 2022 (2.6 cm), now 3.4 x 2.9 cm "
        "axial and 3.8 cm craniocaudal on MRI 12/29/2025.\n\nTREATMENT RECORD\nPTV_Falx 25 Gy in 5 fractions on "
        "the linac, thermoplastic mask, completed 02/06/2026.\n")
    (lesion,) = reading.facts.lesions
    assert lesion.size_cm == 3.8
    assert lesion.complexity == "complex"


def test_a_count_naming_its_members_in_apposition_gives_each_the_dose() -> None:
    reading = read_text(
        "PROCEDURE NOTE 10/02/2026\nSingle session radiosurgery on the linac in a mask to four lesions. The "
        "brainstem lesion received fifteen gray and the remaining three lesions, left frontal, right parietal and left "
        "occipital, received twenty gray each. Tolerated well.\n")
    got = sorted((les.name, les.dose_gy, les.complexity) for les in reading.facts.lesions)
    assert got == [("brainstem lesion", 15.0, "complex"), ("left frontal", 20.0, "simple"),
                   ("left occipital", 20.0, "simple"), ("right parietal", 20.0, "simple")]


def test_a_place_written_after_a_lesion_noun_is_its_place_though_a_dose_follows() -> None:
    reading = read_text(
        "Single session radiosurgery on the cobalt-60 unit with a frame, 10/02/2026: a 1.2 cm meningioma of the left "
        "cavernous sinus received 14 Gy at the 50% isodose. Tolerated well.\n")
    (lesion,) = reading.facts.lesions
    assert lesion.complexity == "complex"
    reading = read_text(
        "Single session radiosurgery on the linac with a mask, 10/02/2026: right frontal metastasis 20 Gy; brainstem "
        "received 9 Gy max. Tolerated well.\n")
    (lesion,) = reading.facts.lesions
    assert lesion.complexity == "simple"


def test_a_tectal_plate_lesion_is_cranial_and_in_the_brainstem() -> None:
    reading = read_text(
        "Single session radiosurgery on the linac with a mask, 10/02/2026: a 1.8 cm tectal plate lesion received "
        "14 Gy. Tolerated well.\n")
    (lesion,) = reading.facts.lesions
    assert (lesion.site, lesion.complexity) == ("cranial", "complex")
