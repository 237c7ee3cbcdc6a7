"""Mechanisms behind corpus 68 (an ordinary week's in-tray from other clinics), each on a chart written here:

- a form's label wrapped in its column around a bilingual slash ("Vorherige Bestrahlung /" over "previous RT" beside
  the prior course's value) stays that row's label: the wrapped half is no heading of an earlier-course section
  that would swallow the form's rows of this course below it;
- a lesion table's per-fraction column titled "Dose/fr" is per fraction, so the row's total is the lesion's dose;
- a chart that names no site by any word of the site vocabulary takes its site from what the unit tracks
  ("6D skull tracking": cranial), and a thermoplastic mask written the way European printouts write it is a mask;
- an export that frames each record in bars without drawn borders ("| TARGET | RX_TOTAL | FX |" over
  "| PTV_A | 50 Gy | 5 |") is read as its tables, one lesion a row;
- "two fractions remaining" in an on-treatment note counts what is left of the course, not a planned count;
- a history title in a form's label cell ("Prior radiation<TAB>T10-T12 20 Gy / 5 fr") heads its row only, not the
  form's rows of this course under it;
- a session record's column of set-up shifts in mm ("SHIFT_MM") gives no lesion its size;
- one dose said of both named lesions ("both the liver metastasis and the right adrenal metastasis received forty
  Gy") where the plan gives one of them another is flagged;
- a note's plan line copied from the consultation ("A/P (from consult 10/02): ... SRS 21 Gy x1") is no reading of
  the dose given, and where it differs from that dose the note is flagged.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from srscheck.nlp import read_chart, read_course, read_text
from srscheck.nlp.reader import read_document
from srscheck.nlp.texttables import text_tables
from srscheck.nlp.vocab import load_vocabulary

FORM = [("Patient", "TESTPATIENT, ONE"),
        ("Diagnosis", "Renal cell carcinoma, bone metastases"),
        ("Vorherige Bestrahlung /", "T10-T12 20 Gy / 5 fr, 04/2025 (palliative, conventional)"),
        ("previous RT", None),
        ("Behandlung", "SBRT L3 27 Gy / 3 fr"),
        ("Unit", "Robotic-arm mounted 6 MV linac, spine tracking"),
        ("Fixation", "Vacuum mattress, supine"),
        ("Imaging", "CT 1 mm + MRI T1/T2 10/02/2026, fused")]


def _form_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 9)
    c.drawString(57, 748, "EXAMPLE HOSPITAL RADIOTHERAPY -- Treatment summary, spine SBRT")
    # the value column stands where "previous" could not have followed the label's first line on its line
    x = 57 + stringWidth(FORM[2][0] + " previ", "Helvetica", 9) + 9
    y = 720.0
    for label, value in FORM:
        c.drawString(57, y, label)
        if value:
            c.drawString(x, y, value)
        y -= 13.5
    c.drawString(57, y - 20, "Fractions: 10/14/2026, 10/16/2026, 10/18/2026 - course completed as planned.")
    c.drawString(57, y - 40, "Electronically signed: A. Example MD 10/18/2026")
    c.save()
    return path


def test_bilingual_label_wrapped_in_its_column_heads_no_earlier_course(tmp_path: Path) -> None:
    pdf = _form_pdf(tmp_path / "summary.pdf")
    assert "Vorherige Bestrahlung / previous RT\tT10-T12 20 Gy" in read_document(pdf).text
    r = read_chart(pdf)
    assert not any("\u201cprevious RT\u201d" in w for w in r.warnings)  # (the prior course's own row is one)
    assert r.facts.fractions.value == 3
    assert r.facts.positioning.value == ["body_immobilization"]
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(27.0, 3)]


PER_FRACTION_TABLE = """EXAMPLE CLINIC - stereotactic radiotherapy summary
Patient TESTPATIENT, TWO

Target\tLocation\tDose/fr (Gy)\tSum (Gy)
PTV1\tleft frontal\t8.0\t24.0
PTV2\tright occipital\t9.0\t27.0

Three fractions given 03/02/2026 - 03/06/2026 on a gantry linac with a thermoplastic mask, CT and MRI fused.
"""


def test_a_dose_per_fr_column_is_per_fraction(tmp_path: Path) -> None:
    path = tmp_path / "table.txt"
    path.write_text(PER_FRACTION_TABLE, encoding="utf-8")
    r = read_chart(path)
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(24.0, 3), (27.0, 3)]
    assert not any("in one place" in f.message for f in r.review)


TRACKED = """EXAMPLE RADIOTHERAPIE - behandelverslag / treatment summary
Unit: robotic-arm mounted 6 MV linac, 6D skull tracking
Fixatie: thermoplastisch masker
Planning CT 1 mm and MRI T1 Gd fused.

Doel\tDosis (Gy)\tFracties
GTV1\t24\t3
GTV2\t27\t3

Treated 05-10-2026 to 09-10-2026, three fractions.
"""


def test_site_from_the_tracked_anatomy_and_a_mask_in_another_spelling(tmp_path: Path) -> None:
    path = tmp_path / "tracked.txt"
    path.write_text(TRACKED, encoding="utf-8")
    r = read_chart(path)
    assert r.facts.sites.value == ["cranial"]
    assert {les.site for les in r.facts.lesions} == {"cranial"}
    assert r.facts.positioning.value == ["mask"]


def test_a_site_word_wins_over_the_tracked_anatomy(tmp_path: Path) -> None:
    path = tmp_path / "lung.txt"
    path.write_text("SBRT summary\nUnit: robotic linac, Xsight Spine tracking\nTarget: right lung nodule 54 Gy in "
                    "3 fractions, delivered 10/01/2026 - 10/05/2026.\n", encoding="utf-8")
    r = read_chart(path)
    assert r.facts.sites.value == ["body"]


EXPORT = """|| EXAMPLE HOSPITAL || TESTRV 1.0 || COURSE EXPORT ||
| MRN | SYN-00068 | NAME | TESTPATIENT, THREE |
| SIM | 4DCT 2 mm 2026-10-01 |
| MACHINE | 6 MV FFF gantry linac | TPS | EXAMPLEPLAN, VMAT |
| TARGET | RX_TOTAL | FX | DOSE_FX | IGRT |
| PTV_A | 50 Gy | 5 | 10 Gy | CBCT |
| PTV_B | 50 Gy | 5 | 10 Gy | CBCT |
| PTV_C | 30 Gy | 5 | 6 Gy | CBCT |
| FX | DATE | PTV_A | PTV_B | PTV_C |
| 1 | 2026-10-05 | 10 | 10 | 6 |
| 2 | 2026-10-07 | 10 | 10 | 6 |
| 3 | 2026-10-09 | 10 | 10 | 6 |
| 4 | 2026-10-12 | 10 | 10 | 6 |
| 5 | 2026-10-14 | 10 | 10 | 6 |
"""


def test_bar_framed_records_without_borders_are_tables() -> None:
    lines = EXPORT.splitlines()
    tables = text_tables(lines)
    assert [(t.first, t.last, t.header) for t in tables] == [(4, 7, True), (8, 13, True)]
    assert len(tables[0].rows[0]) == 5  # (the frame's outer bars open no empty column)


def test_bar_framed_export_gives_a_lesion_a_row(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(EXPORT, encoding="utf-8")
    r = read_chart(path)
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(30.0, 5), (50.0, 5), (50.0, 5)]
    assert r.facts.lesion_count.value == 3


NOTE = """ON-TREATMENT VISIT 10/09/2026, fraction 3 of 5
Liver SBRT 40 Gy in 5 fractions to the segment VII metastasis, fractions 1-3 delivered 10/05, 10/07 and 10/09/2026.
A/P: Tolerating treatment well. Continue as planned, two fractions remaining.
"""


def test_fractions_remaining_count_no_planned_course(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    r = read_chart(path)
    assert r.facts.fractions.value == 5
    assert not any("2 fraction" in w for w in r.warnings)
    assert not any(f.fact == "fractions" for f in r.review)


FORM_TEXT = """Treatment summary, spine SBRT
Patient\tTESTPATIENT, FOUR
Prior radiation\tT10-T12 20 Gy / 5 fr, 04/2025 (palliative, conventional)
Behandlung\tSBRT L3 27 Gy / 3 fr
Unit\tRobotic-arm mounted 6 MV linac, spine tracking
Fixation\tVacuum mattress, supine
Fractions: 10/14/2026, 10/16/2026, 10/18/2026 - course completed.
"""


def test_a_history_title_in_a_forms_label_cell_heads_its_row_only() -> None:
    r = read_text(FORM_TEXT)
    assert r.facts.modality.value == "robotic_linac"
    assert r.facts.fractions.value == 3
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(27.0, 3)]


CSV_ONE_RECORD = """# EXAMPLE-RV export, generated 2026-10-20T09:00:00
patient_name,mrn,dob
"TESTPATIENT, FIVE",SYN-00069,1950-01-01
course_id,site,technique,machine,rx_total_cgy,rx_fractions,planning_system,sim_ct,mri_fusion,setup_device
C1,"Spine L1","SBRT VMAT","6MV gantry linac",3000,5,"EXAMPLEPLAN 2",2026-10-01,"Y (MRI L-spine 2026-09-30)",
fraction,date,dose_cgy,cum_dose_cgy,igrt,status
1,2026-10-06,600,600,CBCT,TREATED
2,2026-10-07,600,1200,CBCT,TREATED
3,2026-10-08,600,1800,CBCT,TREATED
4,2026-10-09,600,2400,CBCT,TREATED
5,2026-10-10,600,3000,CBCT,TREATED
"""


def test_a_csv_record_under_its_keys_is_a_table(tmp_path: Path) -> None:
    lines = CSV_ONE_RECORD.splitlines()
    tables = text_tables(lines)
    assert [(t.first, t.last) for t in tables] == [(3, 4), (5, 10)]
    path = tmp_path / "export.csv"
    path.write_text(CSV_ONE_RECORD, encoding="utf-8")
    r = read_chart(path)
    assert r.facts.imaging.value == ["CT", "MRI"]  # (the course's row is no sentence dated by the birth date above)
    assert r.facts.modality.value == "linac" and not any("inferred" in w for w in r.warnings)


def test_prose_with_commas_over_one_line_is_no_table() -> None:
    lines = ["Seen today, with her husband, after the scan, before the plan, as arranged",
             "Plan: 30 Gy, 5 fractions, L1, daily, starting 10/06/2026"]
    assert text_tables(lines) == []


SESSION_BUNDLE_NOTE = """RADIATION ONCOLOGY CONSULTATION 09/01/2026
MRI brain shows two metastases:
  1. right frontal, 3.8 x 3.0 x 2.6 cm
  2. left occipital, 0.7 cm
We recommend single-fraction radiosurgery on the linac with a mask, 15 Gy to the right frontal and 20 Gy to the
left occipital lesion.
"""
SESSION_BUNDLE_RECORD = """SESSION|EXAMPLE-RV|exported 09/15/2026
PATIENT|TESTPATIENT, SIX|SYN-00070
DATE|FIELD_GROUP|TARGETS|IGRT|SHIFT_MM|MU|STATUS
09/15/2026|ISO1 arcs 1-4|PTV1_RFront,PTV2_LOcc|CBCT|0.6|7012|TREATED
SUMMARY|2/2 targets treated|single fraction complete
"""
SESSION_BUNDLE_PLAN = """PLAN REPORT 09/12/2026
Structure\tRx (cGy)\tFx
PTV1_RFront\t1500\t1
PTV2_LOcc\t2000\t1
"""


def test_set_up_correction_columns_are_no_size_columns() -> None:
    pats = load_vocabulary().patterns
    for title in ("SHIFT MM", "Shift (mm)", "Tracking (mm)", "Setup error (mm)", "RMS (mm)", "Couch correction mm"):
        assert pats["column_size"].search(title) and pats["column_not_size"].search(title), title
    for title in ("Size (mm)", "Max diameter (mm)", "Diameter"):
        assert not pats["column_not_size"].search(title), title


def test_a_set_up_shift_column_in_mm_is_no_size(tmp_path: Path) -> None:
    note, plan, record = tmp_path / "1_consult.txt", tmp_path / "2_plan.txt", tmp_path / "3_record.txt"
    note.write_text(SESSION_BUNDLE_NOTE, encoding="utf-8")
    plan.write_text(SESSION_BUNDLE_PLAN, encoding="utf-8")
    record.write_text(SESSION_BUNDLE_RECORD, encoding="utf-8")
    r = read_course([note, plan, record])
    sizes = sorted((les.dose_gy, les.size_cm, les.complexity) for les in r.facts.lesions)
    assert sizes == [(15.0, 3.8, "complex"), (20.0, 0.7, "simple")]


BOTH_NAMED = """MR-linac SBRT prescription
Target\tTotal\tFractions\tDose/fx
PTV_Liver\t40 Gy\t5\t8 Gy
PTV_RAdrenal\t30 Gy\t5\t6 Gy
Treated 09/01/2026 - 09/09/2026, five fractions, CT and MRI simulation, vacuum cushion.

Dear colleague, both the segment VII liver metastasis and the right adrenal metastasis received forty Gy
in five fractions.
"""


def test_one_dose_said_of_both_named_lesions_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "course.txt"
    path.write_text(BOTH_NAMED, encoding="utf-8")
    r = read_chart(path)
    assert sorted(les.dose_gy for les in r.facts.lesions) == [30.0, 40.0]
    assert any("every lesion received 40 Gy" in f.message for f in r.review)


COPIED_AP = """SRS TREATMENT NOTE 10/20/2026
Dx: breast cancer, solitary right parietal met, 1.1 cm
A/P (from consult 10/02): R parietal met -> SRS 21 Gy x1, mask
Plan approved 10/18: Rx lowered to 1800 cGy because of the motor strip.
Today: 1800 cGy x 1 fx delivered to the R parietal PTV on the linac, CBCT before treatment, CT and MRI fused.
"""


def test_a_dose_copied_from_the_consult_is_no_reading_but_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(COPIED_AP, encoding="utf-8")
    r = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(18.0, 1)]
    assert any("repeats the consultation's 21 Gy" in f.message for f in r.review)


def test_a_change_from_the_consult_is_no_copy_of_it() -> None:
    rx = load_vocabulary().patterns["consult_copied"]
    assert rx.search("A/P (from consult 09/30): L cerebellar met -> SRS ")
    assert rx.search("Plan (copied from the consult note): SRS ")
    assert not rx.search("Change from consult           ")


CAVITY_LETTER = """RADIATION ONCOLOGY - LETTER
Dear Colleague,
Your patient has completed her course of fractionated stereotactic radiotherapy, thirty gray in five fractions to
the resection cavity, together with treatment of two further metastases seen on her post-operative MRI. She was
immobilised in a thermoplastic mask and planned on CT fused with MRI. Each target was treated on a linac:

Target\tDose\tFractions
Left frontal resection cavity\t27 Gy\t3
Right occipital metastasis\t24 Gy\t3
Left cerebellar metastasis\t24 Gy\t3

Cone-beam CT before each fraction. All three fractions were delivered as planned.
"""


def test_a_regimen_naming_its_target_after_it_is_held_against_that_lesion() -> None:
    # a regimen written before the target it names ("thirty gray in five fractions to the resection cavity"), whose
    # count is no lesion's: that lesion is given two regimens, and the chart is flagged
    reading = read_text(CAVITY_LETTER)
    doses = {les.name: (les.dose_gy, les.fractions) for les in reading.facts.lesions}
    assert len(doses) == 3 and {v for v in doses.values()} == {(27.0, 3), (24.0, 3)}, doses
    flags = [f for f in reading.review if f.fact == "lesions" and "30 Gy in 5" in f.message]
    assert flags and "cavity" in flags[0].message, [f.message for f in reading.review]
    agreed = read_text(CAVITY_LETTER.replace("thirty gray in five fractions", "twenty-seven gray in three fractions"))
    assert not [f for f in agreed.review if f.fact == "lesions"], [f.message for f in agreed.review]
