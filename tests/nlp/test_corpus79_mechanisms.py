"""Mechanisms found on corpus 79 (other clinics' system print-outs and exports), each on a chart written here:

- a scheduling export's appointment rows: a "COMPLETED" status of a row that names a step before the treatment
  (planning MRI, CT simulation, consult) says that step was done, not the treatment; a "treatment not yet
  delivered" names no delivery; and an export whose every dated row of a treatment session is still booked
  ("SCHEDULED") was printed before the course: it documents none of it;
- a capital section heading over a ruled table ("PLAN SUMMARY") titles the table, not its first column; and a
  plan's name column ("Plan name": "T4_SBRT_v1") beside the target column names no lesion;
- an export's header block written as comment records ("# targets_in_course,2") is read as fields, its count of
  the course's targets ("Targets in course: 2") is a count checked against the targets treated (read in the
  field's own sentence, however it is indented), and the "course" of that label is no course numbered 2.
"""

from __future__ import annotations

from srscheck.nlp import read_text

from srscheck.core.model import status_kind

SCHEDULE = """BRACKENRIDGE ONCOLOGY - APPOINTMENT AND CHARGE EXPORT (invented)
printed|2027-03-04 09:12|user|front.desk
patient|EXAMPLE, PATIENT|mrn|X-1
course|C1 SRS BRAIN - L parietal met 1.1 cm|physician|A. Example MD
APPT_ID|DATE|TIME|RESOURCE|APPOINTMENT|STATUS|NOTE
B-101|2027-02-20|09:00|Clinic 3|New patient consult|COMPLETED|SRS 20 Gy x1 advised
B-102|2027-02-26|08:00|MRI 3T|Planning MRI brain with contrast|COMPLETED|
B-103|2027-02-26|10:30|CT-SIM|CT simulation, thermoplastic mask|COMPLETED|mask made
B-104|2027-03-10|07:30|LINAC-2|SRS treatment 1 of 1|SCHEDULED|
CHARGE_ID|CODE|DESCRIPTION|UNITS|STATUS|REASON
C-1|77372|SRS delivery, linac, single session|1|ON HOLD|treatment not yet delivered
"""


def test_a_scheduling_export_with_its_treatment_still_booked_documents_no_course() -> None:
    reading = read_text(SCHEDULE)
    assert reading.facts.course_status.value == "recommended"
    assert reading.facts.modality.value is None and not reading.facts.lesions
    assert reading.facts.imaging.value == [] and reading.facts.positioning.value == []
    given = read_text(SCHEDULE.replace("SRS treatment 1 of 1|SCHEDULED", "SRS treatment 1 of 1|COMPLETED")
                      .replace("|ON HOLD|treatment not yet delivered", "|POSTED|"))
    assert given.facts.course_status.value == "delivered"
    assert given.facts.positioning.value == ["mask"]


def test_a_completed_step_before_the_treatment_is_no_delivery_statement() -> None:
    """Without the booked row, the rows of steps done (MRI, simulation) still say nothing was delivered: the
    export's "treatment not yet delivered" makes the course one still to be given."""
    rows = SCHEDULE.replace("B-104|2027-03-10|07:30|LINAC-2|SRS treatment 1 of 1|SCHEDULED|\n", "")
    reading = read_text(rows)
    assert reading.facts.course_status.value != "delivered"
    assert not any("COMPLETED" in e.text for e in reading.facts.course_status.evidence)


def test_treatment_not_yet_delivered_is_no_statement_that_it_was() -> None:
    from srscheck.nlp import get_reader
    from srscheck.nlp.context import build_context
    from srscheck.nlp.facts import _delivery_statements
    from srscheck.nlp.lines import soften
    from srscheck.nlp.pieces import parse
    from srscheck.nlp.reader import document_from_text
    reader = get_reader()
    text = "Charge status: on hold, treatment not yet delivered.\nFraction 1 was delivered on 03/10/2027.\n"
    ctx = build_context(document_from_text(text), parse(reader.nlp, soften(text, reader.vocab)), reader.vocab)
    said = [m.group() for m in _delivery_statements(text, ctx, reader.vocab, 0, len(text))]
    assert said == ["was delivered"]


def test_a_completed_session_row_still_counts_however_its_other_cells_read() -> None:
    from srscheck.nlp.facts import _step_row_done
    from srscheck.nlp.reader import document_from_text
    from srscheck.nlp.vocab import load_vocabulary
    pats = load_vocabulary().patterns
    text = ("DATE|ITEM|IMAGING|STATUS\n2027-03-10|Fx 1 of 3|CT on rails|COMPLETED\n"
            "2027-03-08|none|CT simulation|COMPLETED\n2027-03-09|J.D.|COMPLETED|contours approved\n")
    doc = document_from_text(text)
    done = [m for m in pats["delivery_statement"].finditer(text)]
    assert [_step_row_done(doc.tables, text, pats, m) for m in done] == [False, True, False]
    assert status_kind(read_text(text).facts.course_status) == "delivered"


HISTORY = """RIVERBEND MEDICAL CENTER      ROBOTIC RADIOSURGERY - TREATMENT HISTORY REPORT
Patient: EXAMPLE, PATIENT     MRN: X-2
PLANNING    CT 1 mm 03/01/2027 (vacuum cushion); MRI L-spine 02/28/2027 fused to CT
IMMOBIL.    Vacuum cushion

PLAN SUMMARY
Plan name     Target               Rx (cGy)  Fx  Rx IDL
------------  -------------------  --------  --  ------
L1_SBRT_v2    L1 vertebral body       2400    2    80%
L4_SBRT_v1    L4 body + R pedicle     2400    2    78%

DELIVERY LOG
Date        Sess  Plan          Fx    Dose(cGy)  Cum(cGy)
----------  ----  ------------  ----  ---------  --------
03/08/2027     1  L1_SBRT_v2    1/2        1200      1200
03/08/2027     1  L4_SBRT_v1    1/2        1200      1200
03/10/2027     2  L1_SBRT_v2    2/2        1200      2400
03/10/2027     2  L4_SBRT_v1    2/2        1200      2400
SESSIONS DELIVERED: 2 of 2        STATUS: COMPLETE
"""


def test_a_capital_section_heading_over_a_ruled_table_is_no_column_title() -> None:
    from srscheck.nlp.reader import document_from_text
    heads = [[c.text for c in t.header] for t in document_from_text(HISTORY).tables if t.header]
    assert ["Plan name", "Target", "Rx (cGy)", "Fx", "Rx IDL"] in heads
    assert ["Date", "Sess", "Plan", "Fx", "Dose(cGy)", "Cum(cGy)"] in heads
    # two lines of titles stay one title each
    two = "Target    Rx       Fx\nname      (cGy)\n------    -----    --\nL1 body   2400     2\nL4 body   2400     2\n"
    assert [c.text for c in document_from_text(two).tables[0].header] == ["Target name", "Rx (cGy)", "Fx"]


def test_a_plan_name_column_beside_the_target_column_names_no_lesion() -> None:
    reading = read_text(HISTORY)
    assert reading.facts.lesion_count.value == 2
    assert sorted((les.dose_gy, les.fractions) for les in reading.facts.lesions) == [(24.0, 2), (24.0, 2)]
    assert all(les.site == "spinal" for les in reading.facts.lesions)


EXPORT = """# HOLLOWAY CANCER NETWORK - course export (invented) - generated 2027-03-12 10:02
# mrn,X-3
# course,C1 SBRT OLIGOMETS
# physician,A. Example MD
# targets_in_course,2
# machine,gantry linac 6 MV FFF
# immobilization,vacuum cushion
target_no,structure,site,rx_total_cGy,fractions
1,PTV_RRib,right 7th rib,3000,5
2,PTV_L2,L2 vertebral body,3000,5
3,PTV_LAdr,left adrenal,4000,5
date,fraction,structure,dose_cGy
2027-03-02,1,PTV_RRib,600
2027-03-02,1,PTV_L2,600
2027-03-02,1,PTV_LAdr,800
# course_status,COMPLETED 2027-03-10
"""


def test_an_exports_comment_records_are_fields_and_their_count_of_the_course_is_checked() -> None:
    """"# targets_in_course,2" is the export's field "Targets in course: 2": a count of the course's lesions (not
    a course numbered 2), checked against the three targets the export treats."""
    from srscheck.nlp.lines import csv_fields
    from srscheck.nlp.vocab import load_vocabulary
    assert "  Targets in course:2\n" in csv_fields(EXPORT, load_vocabulary().normalisation)
    reading = read_text(EXPORT)
    assert reading.facts.lesion_count.value == 3
    assert any(f.fact == "lesion_count" for f in reading.review)
    assert not any("earlier course" in w for w in reading.warnings)
    agreed = read_text(EXPORT.replace("targets_in_course,2", "targets_in_course,3"))
    assert not any(f.fact == "lesion_count" for f in agreed.review)

