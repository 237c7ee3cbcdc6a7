"""Which table rows are lesions and which numbers in them are the lesion's dose and fractions: a first column
titled as the treated site ("Treatment Site") names each row's target, even when its cells start with a number
sign ("#1 L occipital") and every row is dated; it is no per-fraction delivery log."""

from __future__ import annotations

from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart, read_course, read_text


def test_a_treatment_site_column_of_numbered_targets_is_no_fraction_log() -> None:
    chart = """STEREOTACTIC RADIOSURGERY - COMPLETION RECORD
Thermoplastic mask, planning CT fused with a contrast MRI, cone-beam CT before the single session on a gantry linac.
Of the four lesions on the staging scan, the first, second and fourth were treated.

Treatment Site       Dose/Fx      # Fx   Total Dose   Start        End
#1 L occipital       2100 cGy     1      2100 cGy     03/14/2026   03/14/2026
#2 R parietal        1900 cGy     1      1900 cGy     03/14/2026   03/14/2026
#4 R cerebellar      1700 cGy     1      1700 cGy     03/14/2026   03/14/2026

All targets completed without incident.
"""
    facts = read_text(chart).facts
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(21.0, 1), (19.0, 1), (17.0, 1)]
    assert facts.lesion_count.value == 3
    assert facts.fractions.value == 1


def test_a_delivered_of_planned_fractions_cell_gives_the_delivered_count() -> None:
    # "3/3" under "Fx Delivered/Planned": three given of three planned; with the plan first, the second number
    chart = """SBRT TREATMENT SUMMARY
Vacuum cushion, 4D CT simulation, daily cone-beam CT on a gantry linac.
Target                 Dose/Fx    Fx Delivered/Planned    Total Delivered    Start        End
R adrenal (PTV_Adr)    900 cGy    3/3                     2700 cGy           05/04/2026   05/08/2026
Mild fatigue only.
"""
    les = read_text(chart).facts.lesions
    assert [(x.dose_gy, x.fractions) for x in les] == [(27.0, 3)]
    flipped = chart.replace("Fx Delivered/Planned", "Fx Planned/Delivered").replace("3/3   ", "5/3   ")
    assert [x.fractions for x in read_text(flipped).facts.lesions] == [3]


def test_a_graded_side_effect_on_named_fractions_is_no_fraction_count() -> None:
    # "grade 1 fatigue on fractions 3-4" names two of the fractions; it does not say the course had one
    chart = """SBRT COMPLETION NOTE
Right lower lobe nodule treated on a gantry linac, vacuum cushion, 4D CT, CBCT before each treatment.
Prescription: 48 Gy in 4 fractions, all delivered.
Toxicity: grade 1 fatigue on fractions 3-4.
"""
    facts = read_text(chart).facts
    assert facts.fractions.value == 4
    assert not any("1 fraction" in w for w in read_text(chart).warnings)


def test_a_staged_record_sums_a_lesions_sessions_by_their_days() -> None:
    # each row is one plan of a stage; the running-total cell has the next column's date run into it, the
    # Fx cell counts the plan's own fraction ("1/1"), and the unit is named by its machine id only
    chart = """R&V TREATMENT HISTORY EXPORT
Course: C1 STAGED      Machine: EDGE2      Physician: A. Example, MD
Mask, planning CT fused with MRI; CBCT before each stage.

Plan          Ref. point         Dose/Fx (cGy)   Fx (del/plan)   Cum (cGy)   Date
S1_A_Iso1     PTV_A_12Gy         1200 (80% IDL)  1/1             1200        02/03/2026
S1_A_Iso2     PTV_A_12Gy         (same session, second isocenter for the posterior half of A)
S1_B          PTV_B_18Gy         1800 (80% IDL)  1/1             1800        02/03/2026
S2_A          PTV_A_12Gy         1200 (80% IDL)  1/1             2400        03/03/2026

Both stages completed.
"""
    facts = read_text(chart).facts
    assert facts.modality.value == "linac"
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(24.0, 2), (18.0, 1)]
    assert facts.fractions.value == 2


def test_lesions_described_in_prose_take_the_doses_of_the_sentences_naming_them() -> None:
    # no table and no list: the letter names each lesion once with its label, then gives each dose by the label
    # or by a noun only one lesion has; the larger dose is not every lesion's
    chart = """Dear colleague,
Your patient finished fractionated radiosurgery on a gantry linac in a thermoplastic mask, planned on CT fused
with MRI, with cone-beam CT before every fraction. We treated both, the left occipital metastasis, which we
named Target 1, and the right frontal surgical cavity, Target 2.
Target 1 was treated to 8 Gy x 3 to the 80% isodose line. The cavity, Target 2, received twenty-one Gray in three
fractions. Both targets were treated with one isocenter. The brainstem maximum was 9.2 Gy against our 18 Gy limit.
Kind regards,
"""
    facts = read_text(chart).facts
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(24.0, 3), (21.0, 3)]


def test_a_logs_per_fraction_doses_are_no_course_dose_the_documents_agree_on(tmp_path) -> None:
    # an interrupted course: the plan's "of 9 Gy" and the log's 9 Gy rows are doses of one fraction, in two
    # documents; they are no total that outweighs the summary's prescribed 45 Gy as a contradiction
    (tmp_path / "1_plan.txt").write_text("""SBRT PLAN - LIVER
Prescription: 45 Gy in 5 fractions of 9 Gy to PTV_Liver8
Gantry linac, vacuum cushion, 4DCT with an abdominal compression belt.
""")
    log = RuledTable([("Fx", "Date", "Status", "Dose", "IGRT"),
                      ("1", "03/02/2026", "treated", "9 Gy", "CBCT, approved"),
                      ("2", "03/04/2026", "treated", "9 Gy", "CBCT, approved"),
                      ("3", "03/06/2026", "treated", "9 Gy", "CBCT, approved"),
                      ("4", "03/09/2026", "NOT TREATED - admitted", "-", "-"),
                      ("5", "03/11/2026", "NOT TREATED - cancelled", "-", "-")])
    make_chart_pdf(tmp_path / "2_log.pdf", [[Heading("Daily treatment log"), log, "Cumulative delivered dose: 27 Gy."]])
    (tmp_path / "3_summary.txt").write_text("""END OF TREATMENT SUMMARY
He was admitted with a chest infection. The course was stopped after 3 of 5 planned fractions: the segment 8 liver
metastasis was prescribed 45 Gy (03/02/2026 - 03/06/2026). He does not wish to resume.
""")
    reading = read_course(sorted(tmp_path.iterdir()))
    assert [(x.dose_gy, x.fractions) for x in reading.facts.lesions] == [(27.0, 3)]
    assert not [f for f in reading.review if "9 Gy" in f.message]


def test_a_log_whose_first_column_is_its_site_still_numbers_fractions_in_its_fx_column(tmp_path) -> None:
    # "Site | Fx | ...": the first column names the target; the Fx column of a dated log still counts what was given
    log = RuledTable([("Site", "Fx", "Dose/Fx (cGy)", "Cumulative (cGy)", "Date"),
                      ("Liver seg 7", "1", "1100", "1100", "2026-04-01"),
                      ("Liver seg 7", "2", "1100", "2200", "2026-04-03"),
                      ("Liver seg 7", "3", "1100", "3300", "2026-04-06")])
    head = "Plan header: Prescription 3500 cGy, 5 fractions, 700 cGy/fx. Versa HD, abdominal compression, 4DCT."
    path = make_chart_pdf(tmp_path / "chart.pdf", [[Heading("Treatment record"), head, log,
                                                    "Course status: complete."]])
    assert read_chart(path).facts.fractions.value == 3
