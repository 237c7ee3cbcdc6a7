"""Mechanisms found on corpus 84 (EHR exports with note bloat), each on a chart written here:

- on a plain-text page (a character grid) a single space is a word space, never a table's gutter, however the
  words of another row line up with it: "[ ] Stereotactic head frame" over "( ) Planning CT   (x) Stereotactic MRI"
  keeps its unticked box on the frame;
- an order log's rows open with their date ("04/03/2026  Stereotactic head frame application ........
  DISCONTINUED"): the dot leader is the row's "label: value", each dated row is a sentence of its own, and a
  status never reaches the next row's item;
- an orders report's Status column ("CANCELLED", "DISCONTINUED") says its row's order was not carried out;
- a year written as the attribute of a noun that names no treatment ("the artifact of the 2021 MVD hardware") dates
  that phrase, not its sentence;
- a note's title under an EHR export's banner (rule lines, facility, print time, patient and encounter lines) is
  its title: a follow-up visit with the earlier course copied forward is a follow-up;
- a target an addendum says was removed ("PTV3 was removed") is struck though its row is named by its place;
- a table row's dose the chart's own amendment calls wrong ("The value 24 Gy above was a transcription error",
  'The summary entry "35 Gy / 5" was entered in error') gives way to the row's plan or to the target's other
  statements.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

CHECKBOXES = """RADIOSURGERY NOTE
Indication: growing left vestibular schwannoma.
Fixation:   [ ] Stereotactic head frame   [X] Thermoplastic mask with infrared nose-marker motion monitoring
Imaging:    ( ) Planning CT   (x) Stereotactic MRI 04/13/2026 (3D T1 post-gadolinium)   (x) Cone-beam CT at the unit
Prescription: 12 Gy to the 50% isodose line, single session, cobalt-60 unit. Delivered 04/14/2026.
"""


def test_a_single_space_on_a_text_page_is_no_column_gap() -> None:
    reading = read_text(CHECKBOXES)
    assert "Stereotactic head frame" in reading.document.text  # not split into two cells
    assert reading.facts.positioning.value == ["mask"]
    assert "CT" not in (reading.facts.imaging.value or [])


ORDER_LOG = """ORDERS (this encounter)
  04/03/2026  Stereotactic head frame application ........ DISCONTINUED 04/07/2026 (changed to mask-based treatment)
  04/03/2026  MRI brain, stereotactic ...................... COMPLETED 04/13/2026
  04/07/2026  Thermoplastic mask fabrication ............... COMPLETED 04/13/2026
  04/07/2026  Radiosurgery, cobalt-60, single session ...... COMPLETED 04/14/2026

PROCEDURE NOTE
Left vestibular schwannoma treated 04/14/2026 with cobalt-60 radiosurgery, 12 Gy to the 50% isodose line.
"""


def test_a_dated_order_log_row_is_a_sentence_of_its_own() -> None:
    reading = read_text(ORDER_LOG)
    frames = [m for m in reading.mentions if m.label == "POSITIONING" and m.value == "frame"]
    assert frames and not any(m.affirmed for m in frames)
    assert reading.facts.positioning.value == ["mask"]
    assert reading.facts.imaging.value == ["MRI"]


ORDERS_REPORT = """MEDICAL CENTER - ORDERS REPORT (all statuses)
Patient: EXAMPLE, PATIENT   MRN: X-84

Ordered     Order                                                   Status       Status date   Comment
02/02/2026  MRI thoracic spine w/wo contrast (SBRT planning)        CANCELLED    02/03/2026    MR-unsafe pacemaker
02/03/2026  CT simulation - spine SBRT, 1 mm, vacuum cushion        COMPLETED    02/09/2026    Same position
02/03/2026  SBRT spine, T9, 16 Gy x 1 fraction                       COMPLETED    03/02/2026
02/03/2026  PET/CT skull base to thigh                              DISCONTINUED 02/05/2026    Not needed
"""


def test_an_orders_report_status_column_says_what_was_not_done() -> None:
    reading = read_text(ORDERS_REPORT)
    assert reading.facts.imaging.value == ["CT"]
    mri = [m for m in reading.mentions if m.label == "IMAGING" and m.value == "MRI"]
    assert mri and not any(m.affirmed for m in mri)


FUNCTIONAL = """Procedure Note - Radiosurgery
Date of service 05/06/2026
Procedure
Stereotactic head frame applied. Stereotactic MRI (3D CISS) and a stereotactic CT (1 mm) were obtained and fused,
the CT being used to correct the artifact from the {attribute} hardware.
Right trigeminal nerve 80 Gy maximum dose, one 4 mm shot, cobalt-60 unit, delivered 05/06/2026.
"""


def test_a_year_as_a_nouns_attribute_dates_that_phrase_only() -> None:
    reading = read_text(FUNCTIONAL.format(attribute="2021 MVD"))
    assert reading.facts.imaging.value == ["CT", "MRI"]
    # a phrase naming a course of treatment still dates its sentence
    history = read_text("Her 2019 WBRT was well tolerated, with an MRI at the time.\n"
                        "SRS 20 Gy in 1 fraction delivered 03/05/2026 to the left frontal lesion.\n")
    assert "MRI" not in (history.facts.imaging.value or [])


FOLLOW_UP = """ORCHARDVIEW EHR (invented) - CLINICAL DOCUMENT EXPORT
Facility: EXAMPLE CANCER CENTER - Department of Radiation Oncology
Printed: 03/25/2026 11:05
========================================================================
Patient: EXAMPLE, PATIENT    MRN: X-84    DOB: 02/27/1955    Sex: M
Encounter date: 03/24/2026    Type: established patient    Provider: A. Doctor, MD
========================================================================

RADIATION ONCOLOGY FOLLOW-UP NOTE

HPI (copied forward from note 08/19/2024 and edited):
Procedure 08/19/2024: SRS 20 Gy x 1 to L frontal metastasis, gantry linac, thermoplastic mask. Tolerated well.
MRI brain 03/18/2026: treated left frontal lesion now 3 mm, no new lesions.

RADIATION HISTORY:
  Course  Site                  Dose / Fx      Technique            Dates         Status
  C1      L frontal metastasis  20 Gy / 1      SRS, gantry linac    08/19/2024    Completed

ASSESSMENT / PLAN: continued response. No radiation indicated at this time. MRI brain every 4 months.
"""


def test_a_title_under_an_export_banner_is_the_notes_title() -> None:
    reading = read_text(FOLLOW_UP)
    assert reading.facts.course_status.value == "follow_up"
    assert not reading.facts.lesions and reading.facts.lesion_count.value is None


def _bundle(tmp_path: Path, docs: dict[str, str]):
    paths = []
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return read_course(paths)


PLAN = """Physics - SRS Plan Report
Plan                         SRS_3T_v1 (approved 03/10/2026)
Unit                         6 MV FFF gantry linac
Immobilization               Thermoplastic SRS mask

Target    Location            Size (cm)     Rx                IDL
PTV1      Left frontal        1.4           20 Gy x 1         80%
PTV2      Right cerebellar    1.0           20 Gy x 1         80%
PTV3      Left thalamus       0.6           18 Gy x 1         80%
"""

ADDENDUM_NOTE = """SRS Treatment Note
Date of service: 03/12/2026
The patient was treated today with single-fraction stereotactic radiosurgery on the gantry linac.

Addendum: {addendum}
"""


def test_a_target_an_addendum_removes_is_struck_by_its_rows_label(tmp_path: Path) -> None:
    kept = _bundle(tmp_path, {"1_plan.txt": PLAN, "2_note.txt": ADDENDUM_NOTE.format(
        addendum="the physics second check was reviewed.")})
    assert sorted(les.dose_gy for les in kept.facts.lesions) == [18.0, 20.0, 20.0]
    reading = _bundle(tmp_path, {"1_plan.txt": PLAN, "2_note.txt": ADDENDUM_NOTE.format(
        addendum="on the day-of-treatment MRI the left thalamic focus was re-read as a vessel. PTV3 was removed and\n"
                 "the plan re-optimized.")})
    assert sorted(les.dose_gy for les in reading.facts.lesions) == [20.0, 20.0]


SUMMARY = """End of Treatment Summary
Dates 04/20/2026 - 04/22/2026
Technique: robotic-arm mounted 6 MV linac, thermoplastic mask.

Target                   Size       Prescription       IDL    Delivered
PTV1 left cerebellar     2.8 cm     27 Gy / 3 fx       72%    27 Gy / 3 fx
PTV2 right frontal       1.6 cm     27 Gy / 3 fx       76%    24 Gy / 3 fx

AMENDED 04/24/2026 09:02 (A. Doctor, MD): total dose for PTV2 right frontal
corrected to 27 Gy in 3 fractions (9 Gy x 3) per the treatment record. The value 24 Gy
above was a transcription error; treatment delivered as prescribed.
"""


def test_a_table_cell_an_amendment_calls_wrong_gives_way_to_the_rows_plan() -> None:
    lesions = read_text(SUMMARY).facts.lesions
    assert sorted((les.dose_gy, les.fractions) for les in lesions) == [(27.0, 3), (27.0, 3)]


MULTI_SUMMARY = """SBRT Treatment Summary
Dates                       04/27/2026 - 05/01/2026, all targets treated each day

Target                      Dose / fractions      Dose per fraction Delivered
Left adrenal                40 Gy / 5             8 Gy                       05/01/2026 complete
Right lower lobe nodule     50 Gy / 5             10 Gy                      05/01/2026 complete
T6 vertebral body           35 Gy / 5             7 Gy                       05/01/2026 complete
"""

MULTI_AMENDMENT = """NOTE AMENDMENT
Amends: SBRT Treatment Summary dated 05/01/2026

Amended: total dose for T6 corrected to 30 Gy in 5 fractions (6 Gy per fraction), as prescribed and recorded. The
summary entry "35 Gy / 5, 7 Gy" was entered in error. Left adrenal (40 Gy / 5) and right lower lobe (50 Gy / 5)
entries are correct.
"""


def test_one_targets_entry_an_amendment_calls_wrong_is_not_its_dose(tmp_path: Path) -> None:
    reading = _bundle(tmp_path, {"1_summary.txt": MULTI_SUMMARY, "2_amendment.txt": MULTI_AMENDMENT})
    doses = {les.name: les.dose_gy for les in reading.facts.lesions}
    assert sorted(doses.values()) == [30.0, 40.0, 50.0]
    assert next(v for k, v in doses.items() if "T6" in k) == 30.0
