"""Mechanisms found on corpus 94 (one patient, several courses: which course the claim is for), each on a chart
written here:

- a phase table's total row labelled with the course ("Course | | | 5 | | 40 Gy") gives no course number: its
  number is the fraction column's, so the chart holds one course, not courses 1 and 5;
- that row sums the phases of one target ("Course | Prostate | 28 | 66 Gy"): the phases' rows are no lesions of
  their own;
- a count on a line opened by a numbered phase ("Phase 2 prescription: 21 Gy in 3 fractions") is that phase's, no
  planned count of a course given in more fractions;
- an option a size rules out ("too large for a single session") is no count of the course (ConText: hypothetical);
- a treatment-history table's rows numbered as another course than the document's ("Plan Summary - Course 2" over
  rows of course 1, or the row that says "this course") are history: their lesions are no lesions of this course;
- the date an earlier course's summary was printed or signed ("printed 07/09/2026 for records") is no day of its
  course: the summary, treated in 2024, is still an earlier course's beside this course's 2026 record;
- a count said of a part of the lesions ("four new metastases") is checked against the lesions treated: a part can
  be fewer, never more;
- a coder's pre-bill worksheet is a billing paper, and its date of service is the course claimed: a treatment record
  dated over a year before it is an earlier course's, so nothing documents the course billed.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

PHASED_PANCREAS = """Course Report - Pancreas SBRT (MR-guided)
Course          C1 PANC_SBRT, dates of service 10/05/2026 - 10/13/2026
Unit            1.5 T MR-linac, 7 MV FFF
Immobilization  MR-safe vacuum cushion, arms up, knee support
Simulation      CT 09/24/2026 (2 mm) and MR simulation 09/24/2026

Phase    Plan       Reason                      Fractions    Dose/fx    Phase dose
1        PANC_v1    initial plan                1-3          8 Gy       24 Gy
2        PANC_v2    re-simulation 10/08         4-5          8 Gy       16 Gy
Course                                          5                       40 Gy

Course completed 10/13/2026: pancreatic head 40 Gy in 5 fractions (two phases).
"""


def test_a_phase_tables_course_row_numbers_no_course() -> None:
    reading = read_text(PHASED_PANCREAS)
    assert not [f for f in reading.review if f.kind in ("other_course", "course_unclear")]
    assert reading.facts.modality.value == "linac"
    assert "CT" in reading.facts.imaging.value
    assert reading.facts.fractions.value == 5


PROSTATE_BOOST = """Course Prescription and Plan Summary
Course      C1 PROSTATE (one course, two phases)
Simulation  02/18/2026 CT 2 mm, supine in custom vacuum cushion

Phase   Target                    Technique             Dose / fx   Fractions   Phase dose   Dates
1       Prostate + proximal SV    IMRT (VMAT)           1.8 Gy      25          45 Gy        02/26 - 04/01/2026
2       Prostate (boost)          Stereotactic boost    7 Gy        3           21 Gy        04/06 - 04/10/2026
Course  Prostate                                                    28          66 Gy        02/26 - 04/10/2026

Phase 2 prescription: 21 Gy in 3 fractions to PTV_boost (prostate + 3 mm).
Course C1 completed 04/10/2026: prostate 66 Gy in 28 fractions.
"""


def test_a_phase_tables_course_row_is_its_one_target() -> None:
    reading = read_text(PROSTATE_BOOST)
    assert [(x.dose_gy, x.fractions) for x in reading.facts.lesions] == [(66.0, 28)]
    assert reading.facts.lesion_count.value == 1


def test_a_numbered_phases_count_is_no_plan_of_the_course() -> None:
    reading = read_text(PROSTATE_BOOST)
    assert reading.facts.fractions.value == 28
    assert not [f for f in reading.review if f.fact == "fractions"]



STAGE_NOTE = """RADIOSURGERY - PROCEDURE NOTE, STAGE ONE OF TWO
Date 03/03/2026
Indication: a 4.1 cm left parietal metastasis, too large for a single session. We are treating it with dose-staged
radiosurgery, two stages of 15 Gy two weeks apart, as one course.
Today's stage: thermoplastic mask on the cobalt-60 unit, cone beam CT co-registered with the planning MRI; 15 Gy to
the 50% isodose line. Stage one delivered.
"""

SUMMARY = """Radiosurgery Course Summary
Course dates    03/03/2026 - 03/17/2026
Stage 1 03/03/2026 left parietal metastasis 15 Gy; stage 2 03/17/2026 left parietal metastasis 15 Gy.
One lesion treated in two sessions (dose-staged), total 30 Gy.
"""


def test_an_option_ruled_out_is_no_count_of_the_course(tmp_path: Path) -> None:
    (tmp_path / "1_note.txt").write_text(STAGE_NOTE)
    (tmp_path / "2_summary.txt").write_text(SUMMARY)
    reading = read_course([tmp_path / "1_note.txt", tmp_path / "2_summary.txt"])
    assert reading.facts.fractions.value == 2
    assert not [f for f in reading.review if f.fact == "fractions"]


HISTORY_TABLE = """Fractionated SRS Plan Summary - Course 2
Dates of service    02/09/2026 - 02/13/2026
Unit                Robotic-arm mounted 6 MV linac, skull tracking; thermoplastic mask
Planning images     CT 01/29/2026 1 mm + post-operative MRI 01/28/2026, fused
Prescription        30 Gy in 5 fractions (6 Gy/fx) to the left temporal resection cavity

Treatment history

Course   Date                Target                        Dose            Status
1        04/22/2025          Right frontal metastasis      20 Gy x 1       complete response
1        04/22/2025          Left cerebellar metastasis    20 Gy x 1       stable
2        02/09-02/13/2026    Left temporal cavity          30 Gy / 5 fx    this course
"""


def test_a_history_tables_rows_of_another_course_number_are_history() -> None:
    reading = read_text(HISTORY_TABLE)
    assert [(x.dose_gy, x.fractions) for x in reading.facts.lesions] == [(30.0, 5)]
    assert reading.facts.lesion_count.value == 1


PRIOR_SUMMARY = """ONCOLOGY GROUP (printed 07/09/2026 for records)
Radiation Treatment Summary
Course              Spine L2 SBRT
Treatment dates     10/07/2024 - 10/11/2024
L2 vertebral body metastasis: 27 Gy in 3 fractions of 9 Gy. All three fractions delivered with tracking.
Electronically signed: A. Pellowe, MD 10/11/2024
"""

CURRENT_RECORD = """Spine SBRT - Plan and Treatment Record
Date of service     07/14/2026 (single fraction)
Simulation          07/07/2026 CT 1 mm, supine in vacuum cushion; MRI 07/03/2026 fused
Unit                6 MV FFF gantry linac
Prescription        16 Gy x 1 fraction to T6
Delivery 07/14/2026: CBCT before treatment; both arcs delivered; 16 Gy to T6 in one fraction.
"""


def test_a_printed_date_makes_no_earlier_summary_current(tmp_path: Path) -> None:
    (tmp_path / "1_prior.txt").write_text(PRIOR_SUMMARY)
    (tmp_path / "2_current.txt").write_text(CURRENT_RECORD)
    reading = read_course([tmp_path / "1_prior.txt", tmp_path / "2_current.txt"])
    assert reading.facts.fractions.value == 1
    assert not [f for f in reading.review if f.fact == "fractions"]


NEW_METS = """Robotic Radiosurgery - Plan and Treatment Record
Date of service 06/02/2026 (single session). Robotic-arm mounted 6 MV linac, frameless thermoplastic mask.
Target          Rx           Note
R occipital     21 Gy x 1    new
L frontal       20 Gy x 1    new
R cerebellar    18 Gy x 1    {third}

Completion Summary
Ms. Doe underwent single-session robotic radiosurgery to {count} new metastases on 06/02/2026.
"""


def _count_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "lesion_count"]


def test_a_count_of_new_lesions_is_checked_against_the_lesions_treated() -> None:
    reading = read_text(NEW_METS.format(third="new", count="four"))
    assert reading.facts.lesion_count.value == 3
    assert _count_flags(reading)
    for third, count in (("recurrent after SRS 2024", "two"), ("new", "more than twenty")):
        reading = read_text(NEW_METS.format(third=third, count=count))
        assert reading.facts.lesion_count.value == 3
        assert not _count_flags(reading), count


WORKSHEET = """RADIATION ONCOLOGY - PRE-BILL WORKSHEET
Patient: DOE, JANE   MRN: SYN-0001
Date of service: 06/16/2026   Place of service: hospital outpatient
Codes entered:   77372 x1   77432 x1
Documentation attached: treatment summary (see next file)
"""

OLD_SUMMARY = """Stereotactic Radiosurgery Treatment Summary
Treatment date      06/18/2024
Unit                6 MV gantry linac with cones; frameless thermoplastic mask
Imaging             CT sim 06/11/2024 + MRI 06/10/2024, fused
Target              Right frontal metastasis, 1.4 cm: 20 Gy x 1 to the 80% isodose line
Single-session radiosurgery delivered 06/18/2024 without complication.
"""


def test_a_record_long_before_the_billed_date_of_service_documents_no_course(tmp_path: Path) -> None:
    (tmp_path / "1_worksheet.txt").write_text(WORKSHEET)
    (tmp_path / "2_summary.txt").write_text(OLD_SUMMARY)
    reading = read_course([tmp_path / "1_worksheet.txt", tmp_path / "2_summary.txt"])
    assert reading.facts.course_status.value != "delivered"
    assert not reading.facts.lesions
    assert reading.facts.modality.value is None
