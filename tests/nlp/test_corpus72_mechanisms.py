"""Mechanisms behind corpus 72 (other clinics' system printouts and exports), each on a chart written here:

- a comma-separated export whose title lines are commented out and name their section ("# rx: target,total_cGy,
  fractions" over "PTV_A,2400,3") is read as tables, one per section;
- an isocentre's key named after what it is centred on ("ISO_LtFrontal" on every arc's row) is the isocentre's row,
  no lesion;
- a prescription history that marks a version RETIRED, beside the plan summary of that version, explains the two
  doses: the delivered one is read and nothing is flagged;
- a radiosurgery table's "Dose at 50%" column is the prescription only where the row's isodose is 50%: a row
  prescribed at its 100% isodose takes its maximum;
- an export key under its record's name ("rx.fractions = 1") is the course's fraction count;
- in a bundle, the table of a plan version the course replaced ("_v1" beside a log of "_v2") yields its doses to the
  later version's, and the two are no contradiction; a target whose structure a note says was removed is no lesion;
- a physics second check's comparison table (a "Diff" column) gives point doses, no prescription;
- a plan's key/value fields ("Plan name | BRAIN_..." over "Unit", "Fractions") are no lesion table on its side;
- a patient-specific QA printout of a treatment "scheduled 2027-07-06" gives no delivered course;
- a bare number larger than any course's total in Gy, under a title naming no unit, is in cGy.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart, read_course, read_text
from srscheck.nlp.lesions.sources import transposed
from srscheck.nlp.vocab import load_vocabulary

from srscheck.core.model import Cell, Table

COMMENTED_CSV = """# KESTREL-RV 4.1 course export; site=HOLM RIDGE CANCER CENTRE; generated=02/03/2027 10:12:00
# name,mrn,dob
"TESTPATIENT, GAMMA",TEST-003,01/02/1960
# course_id,intent,unit,immobilization,sim_ct,sim_mri
K1,Palliative,"gantry linac 6 MV FFF","open face mask",01/20/2027 CT 1 mm,01/19/2027 MRI T1 post-contrast fused
# rx: target,total_cGy,fractions,cGy_per_fx,isodose_pct
PTV_LtFrontal,2500,5,500,80
PTV_RtCbllm,3000,5,600,80
# dvh: structure,D95_cGy,Dmax_cGy,Dmean_cGy
PTV_LtFrontal,2530,3120,2870
PTV_RtCbllm,3010,3700,3390
Brainstem,,1510,300
# fraction,date,PTV_LtFrontal_cGy,PTV_RtCbllm_cGy,status
1,02/01/2027,500,600,DONE
2,02/02/2027,500,600,DONE
3,02/03/2027,500,600,DONE
4,02/04/2027,500,600,DONE
5,02/05/2027,500,600,DONE
"""


def test_commented_titles_of_a_csv_export_are_its_tables(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(COMMENTED_CSV, encoding="utf-8")
    r = read_chart(path)
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(25.0, 5), (30.0, 5)]
    assert r.facts.fractions.value == 5
    assert r.facts.sites.value == ["cranial"]


ARCS = """RIVERBEND HOSPITAL - PLAN SUMMARY (invented system)
Patient: TESTPATIENT, DELTA     MRN: TEST-004

Rx: PTV_LtFrontal 2000 cGy in 1 fraction to the 80% isodose line
Unit: 6 MV FFF gantry linac; frameless mask; CT 1 mm fused with MRI T1 post-contrast

Arc table
Arc | Isocenter    | Gantry start | Gantry stop | Couch | MU  | Dose rate
A1  | ISO_LtFrontal | 181         | 179         | 0     | 812 | 1400
A2  | ISO_LtFrontal | 179         | 181         | 45    | 790 | 1400
A3  | ISO_LtFrontal | 181         | 30          | 315   | 701 | 1400

Treatment delivered 03/02/2027 as planned, one fraction, CBCT before treatment.
"""


def test_an_isocentre_key_named_for_its_target_is_no_lesion(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(ARCS, encoding="utf-8")
    r = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(20.0, 1)]


PLAN_V1 = """EASTGATE CLINIC - PLAN SUMMARY (invented TPS)
Patient: TESTPATIENT, EPSILON     MRN: TEST-005
Plan        MEDULLA_v1
Rx          PTV_Medulla 2700 cGy in 3 fractions (900 cGy/fx) to 80% isodose
Machine     6 MV gantry linac; frameless mask; CT 1 mm with MRI T1 fused
"""

RECORD = """EASTGATE CLINIC - TREATMENT RECORD (invented OIS)
Patient: TESTPATIENT, EPSILON  |  TEST-005

PRESCRIPTION HISTORY
  Rx v1  2027-01-04  PTV_Medulla 2700 cGy / 3 fx   status: RETIRED 2027-01-05 (lower dose for the brainstem)
  Rx v2  2027-01-05  PTV_Medulla 2400 cGy / 3 fx (800 cGy/fx), plan MEDULLA_v2, approved

SESSIONS (plan MEDULLA_v2)
  Fx  Date         Imaging      Fx dose  Cum dose  Status
  1   2027-01-08   CBCT         800      800       Complete
  2   2027-01-10   CBCT         800      1600      Complete
  3   2027-01-12   CBCT         800      2400      Complete

COURSE SUMMARY: PTV_Medulla 2400 cGy in 3 of 3 fractions, completed 2027-01-12.
"""


def test_a_retired_version_told_again_by_its_plan_is_no_second_dose(tmp_path: Path) -> None:
    plan, record = tmp_path / "1_plan.txt", tmp_path / "2_record.txt"
    plan.write_text(PLAN_V1, encoding="utf-8")
    record.write_text(RECORD, encoding="utf-8")
    r = read_course([plan, record])
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(24.0, 3)]
    assert not [f for f in r.review if f.fact == "lesions"]


FORM = """HILLCREST RADIOSURGERY - PRESCRIPTION AND TREATMENT FORM
Patient: TESTPATIENT, ZETA     MRN: TEST-006     Date: 04/05/2027
Indication: trigeminal neuralgia, left, V3. Stereotactic frame applied; stereotactic MRI and CT.

Target                        Collimator  Shots  Max dose (Gy)  Isodose (%)  Dose at 50% (Gy)  Fractions
----------------------------  ----------  -----  -------------  -----------  ----------------  ---------
L trigeminal nerve, cisternal 4 mm        1      85             100          42.5              1

Unit: cobalt-60 radiosurgery unit. Treatment completed without interruption.
"""


def test_a_dose_at_another_isodose_line_is_no_prescription(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(FORM, encoding="utf-8")
    r = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(85.0, 1)]


KEYS = """NORTHGATE HOSPITAL :: INVENTED-OIS :: COURSE REPORT
patient.name        = TESTPATIENT, ETA
patient.mrn         = TEST-007
course.diagnosis    = arteriovenous malformation, right frontal
unit                = 6 MV gantry linac with stereotactic cones
immobilization      = stereotactic head frame
imaging.ct          = 2027-02-01 stereotactic CT angiogram
target.name         = AVM_Nidus_R_Fr
rx.dose_cGy         = 1600
rx.fractions        = 1
rx.isodose_pct      = 80
delivery.date       = 2027-02-01
delivery.dose_cGy   = 1600
"""


def test_a_namespaced_fractions_key_is_the_count(tmp_path: Path) -> None:
    path = tmp_path / "keys.txt"
    path.write_text(KEYS, encoding="utf-8")
    r = read_chart(path)
    assert r.facts.fractions.value == 1
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(16.0, 1)]


# --- bundles where the plan changed between documents ---------------------------------------------------------

PLAN_V1_TABLE = """OAKRIDGE CANCER CENTRE - PLAN REPORT (invented TPS)
Patient: TESTPATIENT, IOTA     MRN: TEST-009
Plan            THORAX_SPINE_v1, 2 isocentres, VMAT
Machine         10 MV FFF gantry linac
Immobilization  vacuum bag, arms up
Images          CT sim 2027-04-01, MRI spine 2027-03-30, registered

Target     Rx (cGy)   Fx   cGy/fx   Coverage
--------   --------   --   ------   --------
PTV_T8     3500       5    700      92.0%
PTV_L4     3000       5    600      95.1%
"""

LOG_V2 = """OAKRIDGE CANCER CENTRE,INVENTED-RV,DELIVERY LOG,TESTPATIENT IOTA,TEST-009
plan,fx,date,ref_point,dose_cGy,cum_cGy,status
""" + "".join(f"THORAX_SPINE_v2,{n},04/{5 + n:02d}/2027,{t},600,{600 * n},TREATED\n"
              for n in range(1, 6) for t in ("PTV_T8", "PTV_L4")) + "END OF LOG,course complete,5 of 5 fractions\n"


def test_the_table_of_a_replaced_plan_version_yields_to_the_later_version(tmp_path: Path) -> None:
    """The plan report of "_v1" beside the log of "_v2": each lesion's dose is the later version's, and the two
    versions' totals are no contradiction."""
    plan, log = tmp_path / "1_plan.txt", tmp_path / "2_log.txt"
    plan.write_text(PLAN_V1_TABLE, encoding="utf-8")
    log.write_text(LOG_V2, encoding="utf-8")
    r = read_course([plan, log])
    assert sorted((les.name, les.dose_gy, les.fractions) for les in r.facts.lesions) == \
        [("PTV_L4", 30.0, 5), ("PTV_T8", 30.0, 5)]
    assert not [f for f in r.review if f.fact == "lesions"]
    # without the versions, the plan's total stands against the log's
    plan.write_text(PLAN_V1_TABLE.replace("THORAX_SPINE_v1", "THORAX_SPINE"), encoding="utf-8")
    log.write_text(LOG_V2.replace("THORAX_SPINE_v2", "THORAX_SPINE"), encoding="utf-8")
    assert [f for f in read_course([plan, log]).review if f.fact == "lesions"]


PLAN_THREE = PLAN_V1_TABLE.replace("THORAX_SPINE_v1", "THORAX_SPINE") \
    .replace("3500       5    700 ", "3000       5    600 ") + "PTV_L5x    2400       3    800      96.0%\n"

NOTE_REMOVED = """OAKRIDGE CANCER CENTRE - ON-TREATMENT NOTE 2027-04-06
Patient: TESTPATIENT, IOTA
The L5 lesion was reviewed again on the day of treatment and is degenerative: PTV_L5x removed. T8 and L4 treated today
with CBCT before treatment, fraction 1 of 5.
"""

SRS_PLAN = """ASHFORD CANCER CENTRE - PLAN REPORT (invented TPS)
Patient: TESTPATIENT, KAPPA     MRN: TEST-010
Machine         6 MV FFF gantry linac, single isocentre
Immobilization  frameless SRS mask
Images          CT sim 2027-05-02 1 mm, MRI T1 post-contrast 2027-05-01 registered

Structure   Volume (cc)   Dose (cGy)   Fx   Isodose   Dmax (cGy)
---------   -----------   ----------   --   -------   ----------
PTV_Met1    0.62          2000         1    78%       2564
PTV_Met2    0.94          1800         1    80%       2250
"""

CHECK = """ASHFORD CANCER CENTRE - PHYSICS SECOND CHECK
Patient: TESTPATIENT, KAPPA     MRN: TEST-010

Target point   TPS dose (cGy)   Check (cGy)   Diff (%)   Result
------------   --------------   -----------   --------   ------
PTV_Met1 ctr   2437             2461          +1.0       PASS
PTV_Met2 ctr   2131             2117          -0.7       PASS

Approved for treatment. Delivered in one fraction 05/06/2027 with CBCT before treatment.
"""


def test_a_second_checks_point_doses_are_no_prescription(tmp_path: Path) -> None:
    plan, check = tmp_path / "1_plan.txt", tmp_path / "2_check.txt"
    plan.write_text(SRS_PLAN, encoding="utf-8")
    check.write_text(CHECK, encoding="utf-8")
    r = read_course([plan, check])
    assert sorted((les.name, les.dose_gy) for les in r.facts.lesions) == [("PTV_Met1", 20.0), ("PTV_Met2", 18.0)]
    assert not [f for f in r.review if f.fact == "lesions"]


def test_a_target_a_note_says_was_removed_is_no_lesion(tmp_path: Path) -> None:
    plan, note = tmp_path / "1_plan.txt", tmp_path / "2_note.txt"
    plan.write_text(PLAN_THREE, encoding="utf-8")
    note.write_text(NOTE_REMOVED, encoding="utf-8")
    r = read_course([plan, note])
    assert sorted(les.name for les in r.facts.lesions) == ["PTV_L4", "PTV_T8"]


def test_a_plans_key_value_fields_are_no_table_on_its_side() -> None:
    """A printout's fields read as a two-column table ("Plan name | BRAIN_TRIO_2 (status: APPROVED)" over "Unit",
    "Fixation", "Dose algorithm", "Fractions"): the values name the plan, no lesion printed on its side."""
    def row(*texts: str) -> tuple[Cell, ...]:
        return tuple(Cell(t, 0, len(t)) for t in texts)
    fields = [("Unit", "Cobalt-60 multi-source radiosurgery unit"), ("Fixation", "Stereotactic head frame, 4 pins"),
              ("Dose algorithm", "TMR 10"), ("Fractions", "1")]
    vocab = load_vocabulary()
    plan = Table(1, row("Plan name", "BRAIN_TRIO_2 (status: APPROVED / TREATED)"), tuple(row(*f) for f in fields))
    assert transposed(plan, vocab) is None
    # an empty corner over the lesions' names is a table on its side
    side = Table(1, row("", "Brain L frontal"), tuple(row(*f) for f in fields[:2] + [("Dose (Gy)", "20")] + fields[3:]))
    assert transposed(side, vocab) is not None


PSQA = """WILLOWMERE HOSPITAL - MEDICAL PHYSICS
TESTPATIENT, MU   MRN TEST-012

Patient-Specific QA Report - SRS
Plan                       SRS_2MET_v1 for TESTPATIENT, MU
Phantom                    head phantom with film and a pinpoint chamber
Machine                    6 MV FFF gantry linac
Measured                   2027-07-01 19:10
Plan targets (from TPS)    PTV1 2000 cGy, PTV2 1800 cGy, 1 fraction

Chamber at PTV1 centre     expected 2390 cGy, measured 2371 cGy, -0.8%, PASS
Film gamma 3%/1 mm         97.9%, PASS

Conclusion: plan deliverable, QA passed. Treatment scheduled 2027-07-06.
"""


def test_a_qa_printout_of_a_treatment_scheduled_later_gives_no_course(tmp_path: Path) -> None:
    path = tmp_path / "psqa.txt"
    path.write_text(PSQA, encoding="utf-8")
    r = read_chart(path)
    assert r.facts.course_status.value == "planned"


BARE = """GLENDALE CANCER CENTRE - SBRT PLAN SUMMARY (invented TPS)
Patient: TESTPATIENT, NU     MRN: TEST-013
Machine: 10 MV FFF gantry linac; vacuum bag; 4DCT simulation 2027-08-02

Target        Dose    Fx
-----------   -----   --
PTV_RUL       5000    5
PTV_LLL       4800    4

Delivered 2027-08-09 to 2027-08-16, all fractions, CBCT before each.
"""


def test_a_bare_number_no_course_gives_in_gy_is_in_cgy(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(BARE, encoding="utf-8")
    r = read_chart(path)
    assert sorted((les.name, les.dose_gy) for les in r.facts.lesions) == [("PTV_LLL", 48.0), ("PTV_RUL", 50.0)]


MU_CHECK = """ASHFORD CANCER CENTRE - PHYSICS SECOND CHECK (MU)
Patient: TESTPATIENT, XI     MRN: TEST-014
6 MV FFF gantry linac, frameless mask, CT and MRI registered. Delivered in one fraction 05/09/2027.

Target            Rx (cGy)   Fx   TPS MU   Indep MU   Diff (%)   Result
---------------   --------   --   ------   --------   --------   ------
PTV1 L frontal    2000       1    1204     1219       +1.2       PASS
PTV2 R parietal   1800       1    1322     1341       +1.4       PASS
"""


def test_a_second_checks_prescription_column_stays_the_prescription() -> None:
    """Beside the calculations it compares (monitor units and their difference), a check's Rx column is the
    prescription."""
    r = read_text(MU_CHECK)
    assert sorted(les.dose_gy for les in r.facts.lesions) == [18.0, 20.0]
