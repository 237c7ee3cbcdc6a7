"""What happened in this course, and the review flags that say where the chart disagrees with itself:
a treatment history printed date first (its fraction number in a later column, over a page break, a row per
target), "given" as a reason and not a delivery, a dose the chart puts in the past on a date of this course's
record, a letter's subject line as its title, options talked over and not taken, a prescription the chart says
was replaced, and a focus on the other side that the chart leaves untreated."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, KeyValue, TextTable, make_chart_pdf
from srscheck.nlp import read_chart, read_course, read_text

COLS = (0, 70, 150, 180, 240, 350)


def _history(rows, header=("Date", "Field", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point")):
    return TextTable([header, *rows], columns=COLS[:len(header)], header=False)


def test_a_history_printed_date_first_over_a_page_break_is_the_record_of_what_was_given(tmp_path: Path) -> None:
    pdf = make_chart_pdf(tmp_path / "srs.pdf", [[
        Heading("SRS Plan and Treatment History"),
        KeyValue([("Prescription", "21.00 Gy in 3 fractions (7.00 Gy/fx) to PTV_ROcc"),
                  ("Target", "right occipital metastasis, 2.8 cm"), ("Immobilization", "thermoplastic mask")]),
        Heading("ARIA - Treatment History", level=2),
        _history([("11/04/2026", "Arc 1-4", "1", "7.00 Gy", "7.00 Gy", "PTV_ROcc"),
                  ("11/06/2026", "Arc 1-4", "2", "7.00 Gy", "14.00 Gy", "PTV_ROcc")]),
    ], [
        Heading("ARIA - Treatment History (continued)", level=2),
        _history([("11/09/2026", "Arc 1-4", "3", "7.00 Gy", "21.00 Gy", "PTV_ROcc")]),
        "Completion summary: the patient completed single-fraction SRS of 21 Gy to the right occipital metastasis.",
    ]])
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == 3
    flags = [f for f in reading.review if f.fact == "fractions"]
    assert flags and "3, 1" in flags[0].message


def test_a_history_with_a_row_per_target_counts_each_fraction_once(tmp_path: Path) -> None:
    rows = [(d, f"Spine {t}", str(i), "900 cGy", f"{900 * i} cGy", f"PTV_{t}")
            for i, d in enumerate(("11/16/2026", "11/18/2026", "11/20/2026"), 1) for t in ("T12", "L2")]
    pdf = make_chart_pdf(tmp_path / "spine.pdf", [[
        Heading("Spine SBRT Plan"),
        KeyValue([("Rx", "27 Gy in 3 fractions (9 Gy/fx) to each target"), ("Targets", "PTV_T12, PTV_L2"),
                  ("Immobilization", "vacuum cushion")]),
        Heading("MOSAIQ - Treatment History", level=2),
        _history(rows[:3], ("Date", "Site", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point")),
    ], [  # the page breaks inside fraction 2's rows: the rest of it, then fraction 3, under the header again
        _history(rows[3:], ("Date", "Site", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point")),
    ]])
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == 3
    assert not [f for f in reading.review if f.fact == "fractions"]


def test_a_history_continued_on_the_next_page_without_its_header_row_is_one_record(tmp_path: Path) -> None:
    # fractions 1-3 under the titles on page 1; fractions 4-5 on page 2 with no header row: one log of five
    cols = (0, 30, 110, 190, 250, 330)
    header = ("Fx", "Date", "Tracking", "MU", "Corrections (mm)", "Dose (cGy)")
    rows = [(str(i), f"04/0{5 + i}/2026", "6D skull", f"9 6{i}0", "0.5 / 0.3", "500") for i in range(1, 6)]
    pdf = make_chart_pdf(tmp_path / "log.pdf", [[
        Heading("Robotic radiosurgery - course report"),
        KeyValue([("Diagnosis", "left glomus jugulare paraganglioma"), ("Immobilisation", "thermoplastic head mask"),
                  ("Prescription", "2500 cGy in 5 fractions to the 78% isodose; 500 cGy per fraction")]),
        Heading("Treatment history", level=2),
        TextTable([header, *rows[:3]], columns=cols, header=False),
    ], [
        TextTable(rows[3:], columns=cols, header=False),
        "Course complete 04/10/2026: left glomus jugulare, 2500 cGy in 5 fractions.",
    ]], header="Example Clinic   TESTPATIENT, ANN   MRN SYN-0001", footer="SYNTHETIC TEST RECORD")
    reading = read_chart(pdf)
    assert reading.facts.fractions.value == 5
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(25.0, 5)]
    assert not [f for f in reading.review if f.fact == "fractions"]


def test_a_headerless_table_on_the_next_page_that_restarts_its_numbers_is_not_the_logs_rest(tmp_path: Path) -> None:
    # page 2's rows number 1, 2 again (another list): the log on page 1 stays three fractions
    cols = (0, 30, 110, 190)
    rows = [(str(i), f"04/0{5 + i}/2026", "6D skull", "800") for i in range(1, 4)]
    pdf = make_chart_pdf(tmp_path / "log.pdf", [[
        Heading("Stereotactic course report"),
        KeyValue([("Target", "T9 vertebral metastasis"), ("Prescription", "2400 cGy in 3 fractions")]),
        TextTable([("Fx", "Date", "Tracking", "Dose (cGy)"), *rows], columns=cols, header=False),
    ], [
        TextTable([("1", "05/20/2026", "MRI", "follow-up"), ("2", "08/20/2026", "MRI", "follow-up")], columns=cols,
                  header=False),
        "Completed: T9, 2400 cGy in 3 fractions.",
    ]])
    assert read_chart(pdf).facts.fractions.value == 3


REJECTED = """SBRT PLAN AND TREATMENT RECORD
Rx\tPTV_LUL 60 Gy in 8 fractions (7.5 Gy/fx), daily, left upper lobe NSCLC, Vac-Lok cushion
Five-fraction SBRT (50 Gy/5) was considered but rejected given contact with the proximal bronchial tree.
A risk-adapted eight-fraction course was chosen.
Course completed 10/14/2026: PTV_LUL 60.00 Gy in 8 fractions.
"""


def test_given_as_a_reason_is_no_delivery_of_the_option_not_chosen() -> None:
    reading = read_text(REJECTED)
    assert reading.facts.fractions.value == 8
    assert not [f for f in reading.review if f.fact == "fractions"]


def _discharge(tmp_path: Path, day: str) -> Path:
    rows = [(d, "Lung LLL", str(i), "1200 cGy", f"{1200 * i} cGy", "PTV_LLL")
            for i, d in enumerate(("11/10/2026", "11/12/2026", "11/14/2026", "11/17/2026"), 1)]
    return make_chart_pdf(tmp_path / "lung.pdf", [[
        Heading("SBRT Plan Report"),
        KeyValue([("Rx", "PTV_LLL 48 Gy in 4 fractions (12 Gy/fx)"), ("Target", "left lower lobe NSCLC"),
                  ("Immobilization", "Vac-Lok cushion")]),
        Heading("MOSAIQ - Treatment History", level=2),
        _history(rows, ("Date", "Site", "Fx", "Dose/Fx", "Cum. Delivered", "Ref. Point")),
        f"Oncologic history: LLL NSCLC, completed stereotactic body radiotherapy 54 Gy in 3 fractions on {day}.",
    ]])


def test_a_dose_put_in_the_past_on_a_date_of_this_courses_record_is_this_course_and_flagged(tmp_path: Path) -> None:
    reading = read_chart(_discharge(tmp_path, "11/17/2026"))
    assert reading.facts.fractions.value == 4
    flags = [f for f in reading.review if "54 Gy in 3 fractions" in f.message]
    assert flags and "48 Gy in 4 fractions" in flags[0].message


def test_a_dose_of_an_earlier_date_is_still_an_earlier_course(tmp_path: Path) -> None:
    reading = read_chart(_discharge(tmp_path, "03/02/2024"))
    assert reading.facts.fractions.value == 4
    assert not [f for f in reading.review if "54 Gy" in f.message]


REQUEST = """WILLOWMERE GAMMA KNIFE CENTER - Patient Financial Services
Patient: EXAMPLE, QUENTIN MRN: SYN-1

November 30, 2026

Utilization Management Department
Crestline Health Plan
Fax 555-0143

RE: Request for prior authorization - EXAMPLE, QUENTIN, MRN SYN-1, member ID SYN-MBR-1

To whom it may concern:

I am requesting authorization for stereotactic radiosurgery with the Leksell Gamma Knife for a right frontal
metastasis. We propose a single-session treatment with a Leksell stereotactic frame, with 20 Gy to the right frontal
lesion. The planned date is December 14, 2026, pending your approval.
"""


def test_a_letters_subject_line_below_its_letterhead_is_its_title() -> None:
    reading = read_text(REQUEST)
    assert reading.facts.course_status.value == "recommended"
    assert any(e.rule == "course_status:request" for e in reading.facts.course_status.evidence)
    assert reading.facts.modality.value is None and not reading.facts.lesions


OPTIONS = """CRANIAL SRS - PLAN AND TREATMENT RECORD
Linac\tTrueBeam STx, 6X-FFF
Immobilization\topen-face frameless mask
Option of frame-based Gamma Knife at the partner site was discussed and not pursued; patient preferred frameless linac SRS.
Summary: left parietal metastasis 20 Gy single fraction, 11/23/2026, tolerated well.
"""  # noqa: E501  (chart text: its lines are printed as they are)


def test_an_option_discussed_and_not_pursued_is_no_unit_or_device_of_the_course() -> None:
    reading = read_text(OPTIONS)
    assert reading.facts.modality.value == "linac"
    assert reading.facts.positioning.value == ["mask"]
    assert not [f for f in reading.review if f.fact in ("modality", "positioning")]


REVIEWED = """MR-LINAC PROSTATE SBRT
Consult excerpt: prostate adenocarcinoma. Options reviewed incl. CyberKnife SBRT at an affiliated center and
conventional 60 Gy/20; patient chose MR-guided SBRT here.
Simulation: CT supine with knee wedge and foot immobilizer. Fiducials\tconsidered; not placed.
Prostate SBRT 36.25 Gy in 5 fractions on the Elekta Unity delivered 10/20-10/29/2026.
"""


def test_options_reviewed_are_not_the_unit_and_a_considered_device_is_not_used() -> None:
    reading = read_text(REVIEWED)
    assert reading.facts.modality.value == "linac"
    assert not [f for f in reading.review if f.fact == "modality"]
    assert reading.facts.positioning.value == ["body_immobilization"]


PLAN_A = """Physician Directive / Plan A - Liver SBRT
Target\tHCC, liver segment VII, 3.4 cm
Rx (original)\tPTV_Liv7 50 Gy in 5 fractions (10 Gy/fx), every other day
Immobilization\tvacuum cushion
"""

SUMMARY = """END OF TREATMENT SUMMARY
Course: SBRT to HCC, liver segment VII, re-planned after fraction 2 (Plan B, 8 Gy per fraction for fractions 3-5).
Total delivered: 44 Gy in 5 fractions (originally prescribed 50 Gy in 5).
"""


def test_a_prescription_the_chart_says_was_replaced_is_no_contradiction(tmp_path: Path) -> None:
    paths = []
    for name, text in (("1_plan.txt", PLAN_A), ("2_summary.txt", SUMMARY)):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    reading = read_course(paths)
    assert [les.dose_gy for les in reading.facts.lesions] == [44.0]
    assert not [f for f in reading.review if f.fact == "lesions"]
    # without the words that say it was replaced, the two prescriptions disagree
    paths[0].write_text(PLAN_A.replace("Rx (original)", "Rx"), encoding="utf-8")
    assert [f for f in read_course(paths).review if f.fact == "lesions"]


UNTREATED = """TUMOUR BOARD
Summary: growing 2.6 cm left adrenal metastasis. The 1.1 cm right adrenal nodule is lipid rich, an adenoma, NOT for treatment.
SBRT to the left adrenal metastasis, 35 Gy in 5 fractions, completed 08/27/2026 on the MR-linac in a vacuum cushion.
"""  # noqa: E501  (chart text: its lines are printed as they are)


def test_a_focus_on_the_other_side_left_untreated_is_neither_the_target_nor_a_side_conflict() -> None:
    reading = read_text(UNTREATED)
    assert [les.name for les in reading.facts.lesions] == ["left adrenal metastasis"]
    assert not [f for f in reading.review if f.fact == "sites"]


BANNER = """{banner}
Target\tsolitary left adrenal metastasis
Rx\tPTV_ADR 700 cGy x 5 = 3500 cGy, Eclipse VMAT, vacuum cushion, 4DCT
Fx\tDate\tDose
1\t06/01/2026\t700 cGy
2\t06/03/2026\t700 cGy
3\t06/05/2026\t700 cGy
4\t06/08/2026\t700 cGy
5\t06/10/2026\t700 cGy
CBCT before each fraction. Completed as prescribed.
"""


def test_a_whole_other_regimen_written_as_this_courses_is_flagged() -> None:
    reading = read_text(BANNER.format(banner="Adrenal SBRT 40 Gy / 3 fx - course record"))
    assert reading.facts.fractions.value == 5
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "35 Gy in 5 fractions" in flags[0].message and "40 Gy in 3 fractions" in flags[0].message


def test_the_same_regimen_in_a_banner_is_no_conflict() -> None:
    reading = read_text(BANNER.format(banner="Adrenal SBRT 35 Gy / 5 fx - course record"))
    assert not [f for f in reading.review if f.fact == "lesions"]


def _course(tmp_path: Path, docs) -> list[Path]:
    out = []
    for name, text in docs:
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


TWO_TARGET_RECORD = """SBRT DAILY TREATMENT RECORD
Radixact, vacuum bag, planning CT with PET fused.
Target 1: right adrenal metastasis, 40 Gy in 5 fractions (8 Gy/fx).
Target 2: left para-aortic node, 40 Gy in 5 fractions (8 Gy/fx).
Fractions 1 to 5 delivered 03/02/2026 to 03/06/2026 to both targets, MVCT before each.
"""


def test_a_summary_that_leaves_out_a_treated_lesion_is_flagged(tmp_path: Path) -> None:
    summary = ("END OF TREATMENT LETTER TO THE GP\nShe completed SBRT to the right adrenal metastasis, 40 Gy in 5 "
               "fractions, on 03/06/2026, with mild fatigue only.\n")
    reading = read_course(_course(tmp_path, [("1_record.txt", TWO_TARGET_RECORD), ("2_summary.txt", summary)]))
    assert reading.facts.lesion_count.value == 2
    flags = [f for f in reading.review if f.fact == "lesion_count"]
    assert flags and "2_summary.txt" in flags[0].message and "para-aortic" in flags[0].message


def test_a_summary_that_names_every_treated_lesion_is_no_conflict(tmp_path: Path) -> None:
    summary = ("END OF TREATMENT LETTER TO THE GP\nShe completed SBRT to the right adrenal metastasis and the left "
               "para-aortic node, 40 Gy in 5 fractions each, on 03/06/2026.\n")
    reading = read_course(_course(tmp_path, [("1_record.txt", TWO_TARGET_RECORD), ("2_summary.txt", summary)]))
    assert not [f for f in reading.review if f.fact == "lesion_count"]


SRS_RECORD = """RADIOSURGERY PROCEDURE NOTE
Gamma Knife Icon, frame-based, single session. Targets: 1. left frontal, 1.0 cm, 20 Gy; 2. right occipital, 0.8 cm,
20 Gy; 3. left cerebellar, 1.2 cm, 18 Gy. All delivered at the 50% isodose on 02/10/2026. Frame removed.
"""


def test_a_course_document_counting_other_lesions_than_the_record_treats_is_flagged(tmp_path: Path) -> None:
    frame = ("FRAME PLACEMENT OPERATIVE NOTE\nPreoperative diagnosis: lung cancer with two brain metastases.\n"
             "The Leksell frame was applied under local anesthesia on 02/10/2026.\n")
    reading = read_course(_course(tmp_path, [("1_frame.txt", frame), ("2_procedure.txt", SRS_RECORD)]))
    assert reading.facts.lesion_count.value == 3
    flags = [f for f in reading.review if f.fact == "lesion_count"]
    assert flags and "1_frame.txt" in flags[0].message


def test_a_course_document_counting_the_treated_lesions_is_no_conflict(tmp_path: Path) -> None:
    frame = ("FRAME PLACEMENT OPERATIVE NOTE\nPreoperative diagnosis: lung cancer with three brain metastases.\n"
             "The Leksell frame was applied under local anesthesia on 02/10/2026.\n")
    reading = read_course(_course(tmp_path, [("1_frame.txt", frame), ("2_procedure.txt", SRS_RECORD)]))
    assert not [f for f in reading.review if f.fact == "lesion_count"]


MARKERS = """INTERVENTIONAL RADIOLOGY - PROCEDURE NOTE
Patient: EXAMPLE, RUPERT   MRN: SYN-2   Date of procedure: 10/02/2026
Procedure: CT-guided placement of two gold fiducial markers in the liver.
Indication: hepatocellular carcinoma of segment 6, 2.4 cm, planned for SBRT 45 Gy in 3 fractions.
Two markers were placed at the tumour margin without complication.
Plan: CT simulation on 10/09/2026 (ordered); radiation oncology will contact the patient with the start date.
"""


def test_a_note_written_before_simulation_documents_no_course() -> None:
    """A marker placement note whose simulation is still to come yields no lesions, fractions or devices of a
    course; once a record says it was given, it counts. (Its status is "recommended", or since the thirty-fourth
    session "follow_up" of kind other_service: an interventional procedure's own report whose counted words name no
    radiation given. Either status documents no course; which one is finer is left open.)"""
    reading = read_text(MARKERS)
    assert reading.facts.course_status.value in ("recommended", "follow_up")
    assert not reading.facts.lesions and reading.facts.fractions.value is None
    given = read_text(MARKERS + "SBRT 45 Gy in 3 fractions was delivered 10/14/2026 to 10/20/2026.\n")
    assert given.facts.course_status.value == "delivered"
