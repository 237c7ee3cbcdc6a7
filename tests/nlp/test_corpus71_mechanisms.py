"""Reader mechanisms found on corpus 71 (each chart text written for the test):
- a lesion table's dose column whose value times the row's fraction count is another dose column's, on every row, holds
  each fraction's dose whatever its title (sources._per_fraction_by_values: "ED (cGy) | Fx | GD (cGy)");
- the MR acronym as records from abroad write it ("MRT", "IRM") is MRI (concepts.yaml);
- a date stamp set apart at the end of a title's line is no word of the title (titles.heading_lines): a tumour board
  titled so is advisory, its count no count of treated lesions;
- a course "closed after 4 of 5 fractions" stopped after 4 (patterns course_stopped_before);
- a line opened by a "key=" field is a record of its own (lines.hard_breaks): "operable=no" negates nothing on the
  next line;
- the year of the operation a lesion is "residual after" dates that operation, not the lesion (patterns
  disease_event_date_before);
- a target table's row whose Target column names an organ at risk ("Brainstem | pontine surface | 16 Gy") is the
  organ's dose, no lesion (sources._row_drafts)."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text


def test_a_dose_column_times_the_count_is_the_per_fraction_column() -> None:
    r = read_text("Therapieart ........ Fraktionierte stereotaktische Radiotherapie (FSRT)\n"
                  "Geraet ............. 6 MV FFF Linearbeschleuniger\n\n"
                  "Zielvolumen\tLage\tDurchm.\tED (cGy)\tFx\tGD (cGy)\tStatus\n"
                  "PTV_1\trechts frontal\t3,2 cm\t900\t3\t2700\tabgeschlossen\n"
                  "PTV_2\tlinks parietal\t1,1 cm\t800\t3\t2400\tabgeschlossen\n")
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(27.0, 3), (24.0, 3)]


def test_two_dose_columns_that_are_not_dose_and_product_stay_as_they_are() -> None:
    r = read_text("SBRT plan\n\nTarget\tRx (Gy)\tFx\tPlanned (Gy)\n"
                  "PTV_T10\t24\t2\t24\n"
                  "PTV_L2\t30\t5\t30\n")
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(24.0, 2), (30.0, 5)]


def test_the_mr_acronym_of_records_from_abroad_is_mri() -> None:
    r = read_text("Planungs-CT ........ 05.03.2026, 1 mm\nMRT (Fusion) ....... 04.03.2026, T1 3D KM, 1 mm\n"
                  "Radiosurgery to the right frontal metastasis, 20 Gy in 1 fraction, delivered.\n")
    assert r.facts.imaging.value == ["CT", "MRI"]


BOARD = """HOSPITAL UNIVERSITARI
COMITE DE TUMORES TORACICOS / THORACIC TUMOUR BOARD - ACTA                 Fecha: 03/02/2026

Paciente: TEST, PILAR     NHC: SYN-1
Decision: SBRT to the 3 oligoprogressive sites (adrenal, RLL, rib 7R); continue osimertinib.
"""

RECORD = """SBRT TREATMENT RECORD
Rib 7R: complete metabolic response on the planning PET-CT - NOT a target. Only adrenal and RLL planned.
Treatment given: SBRT, 23/02/2026 - 04/03/2026
   - Left adrenal metastasis: 40 Gy in 5 fractions
   - Right lower lobe metastasis: 50 Gy in 5 fractions
"""


def test_a_tumour_boards_title_with_its_date_stamp_is_advisory(tmp_path: Path) -> None:
    board, record = tmp_path / "1_board.txt", tmp_path / "2_record.txt"
    board.write_text(BOARD, encoding="utf-8")
    record.write_text(RECORD, encoding="utf-8")
    r = read_course([board, record])
    assert r.facts.lesion_count.value == 2
    assert not [f for f in r.review if f.fact == "lesion_count"]


def test_a_course_closed_after_k_of_n_fractions_had_k() -> None:
    r = read_text("TREATMENT RECORD - SBRT\nPrescription\t3000 cGy in 5 fractions to the S1 metastasis\n"
                  "Patient admitted (febrile neutropenia). Course closed after 4 of 5\n"
                  "fractions, 2400 cGy delivered; will not be completed.\n")
    assert r.facts.fractions.value == 4


def test_a_key_equals_record_is_a_sentence_of_its_own() -> None:
    r = read_text("# Diagnosis=Synchronous primary lung cancers; operable=no (IP, %DLCO 41)\n"
                  "# PlanningCT=4DCT 2.0 mm, 2026/05/20, ITV from 10 phases\n"
                  "# Prescription=PTV_RUL 48 Gy/4 fr at isocenter\n"
                  "# Summary: PTV_RUL 4800 cGy/4 fr completed 2026/06/08\n")
    assert r.facts.imaging.value == ["CT"]


def test_the_year_of_the_operation_a_lesion_remains_after_dates_the_operation_only() -> None:
    r = read_text("FRACTIONATED RADIOSURGERY TREATMENT CHART\n"
                  "Diagnosis\tNon-functioning pituitary macroadenoma, residual after TSS (2024), left cavernous "
                  "sinus, 1,9 x 1,4 cm\n"
                  "Prescription\t25 Gy / 5 fractions (5 Gy per fraction) to the 50% isodose\n"
                  "Course completed 13/02/2026: 25 Gy in 5 fractions delivered to the residual adenoma.\n")
    assert [(les.complexity, les.dose_gy, les.fractions) for les in r.facts.lesions] == [("complex", 25.0, 5)]
    assert "pituitary" in r.facts.lesions[0].name.lower()


def test_an_organ_in_a_target_tables_target_column_is_no_lesion() -> None:
    r = read_text("Diagnosis\tRight trigeminal neuralgia, refractory to carbamazepine\n"
                  "Stereotactic head frame; Gamma Knife radiosurgery, single session, completed.\n\n"
                  "Target\tLocation\tCollimator\tShots\tIsodose\tDose\n"
                  "R CN V\tcisternal segment, 7.5 mm anterior to the root entry zone\t4 mm\t1\t100%\t80 Gy maximum\n"
                  "Brainstem\tpontine surface\t-\t-\t20% line\t16 Gy touches surface\n")
    assert [les.dose_gy for les in r.facts.lesions] == [80.0]


def test_an_organ_in_a_constraint_column_leaves_the_targets_row() -> None:
    # "Constraint met" is no Target column though its title says "met": the row's target is its Target cell
    r = read_text("SABR - End of Treatment Summary\n"
                  "Target\tDose / #\tPer #\tConstraint met\n"
                  "PTV_LLL\t54 Gy / 3#\t18 Gy\tChest wall D30cc 27 Gy\n"
                  "PTV_Rib6R\t30 Gy / 3#\t10 Gy\tCord max 8.1 Gy\n")
    assert sorted(les.dose_gy for les in r.facts.lesions) == [30.0, 54.0]
