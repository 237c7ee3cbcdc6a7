"""System printouts of other clinics: (1) a per-fraction log with a row per field of each fraction and a closing
"Summary" row gives the course's delivered dose by its running total (the rows' sum), outranking a note's other
dose, which is flagged; (2) a prescription revision "Deleted" before approval is no lesion's row; (3) a robotic
linac's "beams from 68 nodes" names no lymph nodes (no site flag); (4) a structure name's words ("AVM_Nidus_LtPar")
give its complexity."""

from __future__ import annotations

from srscheck.nlp import read_course, read_text

LOG = """SPINE SBRT TREATMENT RECORD EXPORT
Target: PTV_T9. Thermoplastic body mold.
"Fraction","Date","Field","MU","Imaging","Dose (cGy)","Cumulative (cGy)"
"1","Mar 2, 2026","ARC_1","1201","CBCT","400","400"
"1","Mar 2, 2026","ARC_2","1188","CBCT","400","800"
"2","Mar 4, 2026","ARC_1","1201","CBCT","400","1200"
"2","Mar 4, 2026","ARC_2","1188","CBCT","400","1600"
"3","Mar 6, 2026","ARC_1","1201","CBCT","400","2000"
"3","Mar 6, 2026","ARC_2","1188","CBCT","400","2400"
"Summary","3 of 3 fractions","","","","","2400"
"""

NOTE_END = """TREATMENT COMPLETION NOTE
She completed her spine radiosurgery to the T9 vertebra today, twenty-seven Gray in three fractions, in her body
mold with cone-beam CT before each treatment.
"""


def test_a_log_of_fields_gives_the_delivered_dose(tmp_path) -> None:
    (tmp_path / "1_log.txt").write_text(LOG)
    (tmp_path / "2_note.txt").write_text(NOTE_END)
    reading = read_course(sorted(tmp_path.iterdir()))
    (les,) = reading.facts.lesions
    assert (les.dose_gy, les.fractions) == (24.0, 3)
    assert reading.facts.fractions.value == 3
    assert any("27 Gy" in f.message for f in reading.review)


PLAN = """PRESCRIPTION - PROSTATE SBRT
Simulation: CT 1.5 mm and MRI pelvis, fused. Fiducials: 3 gold seeds. Immobilization: vacuum cushion.
Rev   Target              Total      Fx   Status
1     PTV_Prost_3625      3625 cGy   5    Deleted 02/11/2026
1     PTV_Boost_4000      4000 cGy   5    Deleted 02/11/2026
2     PTV_Prost_3625      3625 cGy   5    Approved 02/12/2026
Delivered 3625 cGy in 5 fractions, completed 02/27/2026.
"""


def test_a_deleted_revision_row_is_no_lesion() -> None:
    facts = read_text(PLAN).facts
    assert facts.lesion_count.value == 1
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(36.25, 5)]


NOTE = """RADIOSURGERY PROCEDURE NOTE
Target: right vestibular schwannoma, 1.4 cm. Thermoplastic mask; planning CT and MRI fused.
Using the robotic-arm mounted linac with skull tracking, 12 Gy was delivered in one fraction to the 80% isodose
line, 120 beams from 60 nodes.
"""


def test_beam_nodes_are_no_lymph_nodes() -> None:
    reading = read_text(NOTE)
    assert reading.facts.sites.value == ["cranial"]
    assert not [f for f in reading.review if f.fact == "sites"]


def test_a_structure_names_words_give_its_class() -> None:
    text = ("RADIOSURGERY PLAN\nFrame: stereotactic head ring. Imaging: DSA, CT and MRI.\n"
            "Target              Rx (Gy)   IDL\nAVM_Nidus_RtFront    18.0     80%\n"
            "Delivered 18 Gy in 1 fraction on the gantry linac.\n")
    (les,) = read_text(text).facts.lesions
    assert les.complexity == "complex"
    assert "arteriovenous malformation" in les.complexity_reasons
