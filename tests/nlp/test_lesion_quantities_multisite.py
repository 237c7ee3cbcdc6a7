"""Per-lesion quantities in courses of several lesions and sites: a table cell that writes its fractionation
("7 Gy x 5 = 35 Gy") gives the lesion its total, not its dose per fraction, and a course whose lesions are
treated in different fraction counts on shared sessions has as many sessions as its longest lesion."""

from __future__ import annotations

from pdfmaker import Heading, RuledTable, make_chart_pdf
from srscheck.nlp import read_chart, read_course, read_text


def test_a_dose_cell_written_as_dose_per_fraction_times_count_gives_the_total() -> None:
    chart = """SBRT PLAN NOTE
Two adrenal metastases and one liver metastasis from melanoma. Body frame, 4DCT, CBCT daily on a gantry linac.
Planned volumes:
  PTV_LAdrenal   7 Gy x 5 = 35 Gy
  PTV_RAdrenal   6 Gy x 5 = 30 Gy
  PTV_Liver7     2 x 15 Gy
All three targets treated; course complete.
"""
    les = read_text(chart).facts.lesions
    assert [(x.dose_gy, x.fractions) for x in les] == [(35.0, 5), (30.0, 5), (30.0, 2)]


def test_lesions_in_different_fraction_counts_make_a_course_of_the_longest() -> None:
    # "a single fraction" is said of one lesion; the course ran five sessions for the left temporal lesion
    chart = """RADIOSURGERY COMPLETION NOTE
Mask, CT fused with MRI, CBCT before each session. Three metastases treated on shared sessions of one course:
Target	Location	Dose	Fractions
1	right frontal	24 Gy	3
2	left parietal	20 Gy	1
3	left temporal	30 Gy	5
The left parietal lesion received its dose in a single fraction on day one. The course is complete.
"""
    reading = read_text(chart)
    assert [x.fractions for x in reading.facts.lesions] == [3, 1, 5]
    assert reading.facts.fractions.value == 5


def test_stage_dose_columns_give_each_lesion_its_own_sessions(tmp_path) -> None:
    # a stage's dose column ("Stage 1 dose") is a title with a number in it; each row is one session of its lesion
    (tmp_path / "1_first.txt").write_text("""GAMMA KNIFE TREATMENT REPORT - FIRST STAGE 03/02/2026
Mask fixation, MRI-only planning, CBCT registration. A large left parietal metastasis is dose-staged; two small ones are
treated completely today.
Lesion         Volume     Stage 1 dose    Isodose
L parietal     22.0 cc    14 Gy           50%
R frontal      0.4 cc     21 Gy           50%
L cerebellar   0.9 cc     19 Gy           50%
""")
    (tmp_path / "2_second.txt").write_text("""GAMMA KNIFE TREATMENT REPORT - SECOND STAGE 03/30/2026
Same mask. The parietal lesion receives its second stage today.
Lesion                    Volume     Stage 2 dose    Isodose
L parietal (stage 2)      17.5 cc    14 Gy           50%
Radiosurgery completed in two sessions.
""")
    reading = read_course(sorted(tmp_path.iterdir()))
    assert [(x.dose_gy, x.fractions) for x in reading.facts.lesions] == [(28.0, 2), (21.0, 1), (19.0, 1)]
    assert reading.facts.fractions.value == 2


def test_letter_labels_and_structure_names_of_one_lesion_resolve_to_one(tmp_path) -> None:
    # the plan names its targets by letter with a Description column; the record by structure names
    # ("PTV_cav", "PTV_RCb") with a per-session dose in cGy and a running total in a "Cum" column
    (tmp_path / "1_plan.txt").write_text("""ROBOTIC RADIOSURGERY PLAN
Thermoplastic mask, CT with contrast fused to MRI. Skull tracking.
Target   Description                       Dose     Fractions
A        Left parietal cavity              27 Gy    3
B        Right cerebellar                  18 Gy    1
""")
    (tmp_path / "2_record.txt").write_text("""DELIVERY RECORD
Fx Date          Structure    cGy     Cum     Imaging             MU
1  04/06/2026    PTV_cav      900     900     kV pair     OK      1320
1  04/06/2026    PTV_RCb      1800    1800    kV pair     OK      2210
2  04/07/2026    PTV_cav      900     1800    kV pair     OK      1318
3  04/08/2026    PTV_cav      900     2700    kV pair     OK      1322
Sessions completed: 3.
""")
    (tmp_path / "3_summary.txt").write_text("""TREATMENT SUMMARY
Two targets were treated: the left parietal cavity with 27 Gy in 3 fractions and the right cerebellar
metastasis with 18 Gy in one fraction.
""")
    reading = read_course(sorted(tmp_path.iterdir()))
    les = reading.facts.lesions
    assert [(x.dose_gy, x.fractions) for x in les] == [(27.0, 3), (18.0, 1)]
    assert "cavity" in les[0].name and "cerebellar" in les[1].name.lower()
    assert not [f for f in reading.review if f.fact == "lesion_count"]


def test_a_column_title_overflowing_a_narrow_ruled_cell_stays_with_its_column(tmp_path) -> None:
    # "Prescription" is wider than its column: it runs past the ruling into the Fractions cell, whose own title
    # touches the next one ("FractionsIsodose")
    table = RuledTable([("Target", "Site", "Prescription", "Fractions", "Isodose"),
                        ("A", "Left parietal", "24 Gy", "3", "80%"),
                        ("B", "Right occipital", "20 Gy", "1", "80%"),
                        ("C", "Left cerebellar", "30 Gy", "5", "78%")], widths=(50, 100, 30, 40, 30))
    words = "All targets were treated over five sessions; treatment complete."
    setup = "Mask, CT fused with MRI, CBCT before each session."
    path = make_chart_pdf(tmp_path / "chart.pdf", [[Heading("Radiosurgery plan summary"), setup, table, words]])
    les = read_chart(path).facts.lesions
    assert [(x.dose_gy, x.fractions) for x in les] == [(24.0, 3), (20.0, 1), (30.0, 5)]
